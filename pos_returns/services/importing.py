"""Importing a store's past sales from a file: JSON Lines receipts or line-item CSV.

    report = import_receipts(engine, "S01", "sales.csv.gz")
    print(report.summary())

The file is first read whole, writing nothing: one that cannot be read to its end (a
truncated or damaged ``.gz``, a byte that is not text in `encoding`, a CSV field longer
than Python's limit of 131,072 characters, which is what a quote never closed makes) is
refused with InvalidInput naming the line, and nothing is written. Then it is read again
in batches of about `batch_size` rows, each written and committed in its own write unit of
work: an import stopped midway for another reason (the database gone, the till switched
off) keeps the batches committed before it, and running the same import again finishes
the job. Receipts already in the database (same store, number, time and total) are
skipped, imported returns likewise, so importing a file twice changes nothing; a receipt
whose number the store has for another sale (another time or total) is rejected
("receipt number already used for another sale").

Layouts (``layout="auto"`` picks one: ``.jsonl``/``.ndjson`` names or a first line that
starts with ``{`` are JSON Lines; a CSV header of the Online Retail export is that layout;
any other CSV is the line-item layout). A name ending in ``.gz`` is read through gzip.
Text is UTF-8 (a byte-order mark is allowed; pass `encoding` for another, e.g. ``cp1252``
or ``latin-1``). The CSV delimiter is the header's most frequent of ``,`` ``;`` and tab.

``jsonl``
    One SPEC.md receipt (``pos-returns/receipt@1``) per line. A line that is not JSON or
    not a valid receipt is rejected with its line number and the field at fault (the
    FormatError's field and message); so is a receipt of another store, a receipt
    number used twice in the file with different content (the same line twice is a
    duplicate), and a receipt that breaks one of the checks on text, dates and amounts
    below (its descriptions are cleaned the same way).

``csv``: line-item CSV, one row per sold line
    Our fields and the file's column headers they are read from by default are
    `DEFAULT_COLUMNS`; ``mapping`` (our field -> the file's header) overrides them field
    by field::

        receipt     receipt_number   required: rows with one number make one receipt
        sold_at     sold_at          required: YYYY-MM-DD HH:MM:SS, ISO 8601, M/D/YYYY H:MM
        sku         sku              required
        qty         qty              required: a whole number > 0
        unit_price  unit_price       required: a decimal number >= 0 (in the store's currency)
        description description      optional, may be blank
        customer    customer         optional, blank = no customer
        category    category         optional, blank = `default_category`
        tax         tax              optional: the tax part of the line's amount

    Rows of one receipt number make one receipt, its lines numbered in file order; the
    receipt's time and customer are those of its first row (its first non-blank customer).
    A line's amount is qty * unit price, rounded half up to the currency's minor unit (the
    unit price is kept rounded the same way). Without a tax column (or where it is blank)
    the tax is the part of the amount that `tax_rate` percent, included in the price, makes:
    ``round(amount * rate / (100 + rate))``. The export has no payment data, so every
    imported receipt gets ONE tender of method ``other`` for its total, and register
    ``IMPORT``. Date/times without an offset are in the store's time zone. Customers
    written as spreadsheet numbers (``13085.0``) lose the ``.0``. Descriptions are
    trimmed; blank ones are kept blank. Text is kept as it is (é, ā, ĳ...).

    A row is rejected, with its line and the reason, when its receipt number, SKU,
    customer or category is blank where required, too long for the database or holds a
    control character, or when its quantity, price or date cannot be read; and when:

    - the receipt's other rows say another thing: a time more than `SAME_SALE` (10
      minutes) from the receipt's first row ("receipt number with another date/time"; the
      lines of one sale are stamped as they are scanned, and 40 invoices of the Online
      Retail II export span a minute), or another non-blank customer;
    - the date is before `EARLIEST_SALE` (1990) or more than `FUTURE_SLACK` (a day) after
      the import ("date out of range");
    - a unit price, tax, line amount or the receipt's total reaches 10^12 in the
      currency (SPEC.md's 12 digits, `MAX_WHOLE_DIGITS`): "price out of range", ...
    - the description, once cleaned, is longer than `MAX_DESCRIPTION` (500) characters.

    A row that is exactly equal to an earlier row of the same receipt (every column) is
    a duplicate: skipped and counted, not rejected. The rows of one receipt should be
    together in the file, as exports write them; a receipt is written once
    `_CARRY_ROWS` (2,000) rows, or `batch_size` if smaller, have passed without a row of
    it, so slightly scattered receipts (as in the Online Retail export) stay whole, and a
    row of a receipt written already is rejected ("receipt's rows not together").

``online-retail``: the UCI "Online Retail" (I and II) exports
    ``InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country``
    or ``Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country``,
    read as the line-item CSV (see `ONLINE_RETAIL_COLUMNS`; Country is not kept), prices in
    the store's currency, with these rules, in this order:

    - invoices starting with ``A`` are bad-debt adjustments: rejected;
    - only product codes are imported (`PRODUCT_CODE`): the catalogue's stock numbers, five
      or more digits and an optional letter suffix (``85123A``, ``15056BL``), and the web
      shop's letter-prefixed four-digit codes (``DCGS0058``, ``SP1002``). Every other code
      is a service, fee or bookkeeping code (``POST``, ``DOT``, ``C2``, ``M``, ``D``,
      ``S``, ``B``, ``PADS``, ``BANK CHARGES``, ``AMAZONFEE``, ``ADJUST``, ``CRUK``,
      ``TEST001``, gift vouchers ``gift_0001_20``...): rejected as "not a product";
    - in invoices starting with ``C`` (cancellations) quantities must be negative; other
      invoices with a negative quantity are stock adjustments: rejected;
    - a zero or negative price is rejected.

    Cancellations become past returns (``returns``, ``return_lines``, ``refunds``), written
    after all the sales of the file, in file order. A cancelled row is linked to the same
    customer's purchases of that StockCode made at or before the cancellation, newest
    first, taking from each what is left to return (``receipt_lines.returned_qty`` is
    raised, never above ``qty``; usually the newest purchase takes it all). A row with
    no customer, no such purchase, or more cancelled than is left on all of them is
    rejected whole, with the reason. A cancellation invoice makes one return per original
    receipt, numbered ``IMPORT-<invoice>-<n>``, by the store's inactive system employee
    ``import`` (made once, role cashier, a random PIN; also the actor of the journal
    entry below), reason ``other``, note "imported
    cancellation <invoice>", prefer ``original``, policy version 0, a minimal decision
    document, lines in condition ``unopened`` going to ``restock``, and ONE refund of
    method ``other``; each line refunds SPEC.md's share of the original line's amount
    (``round(A*(r+q)/n) - round(A*r/n)``), so the returns of a line add up to what was
    paid for it. An invoice whose first return exists already was imported before and is
    skipped whole.

Text with control characters: PostgreSQL cannot store NUL, and a receipt holding one
would be refused by the central database for good. So control characters (U+0000-U+001F,
U+007F-U+009F) are cleaned out of descriptions, each run of them (tab and line breaks
included) becoming one space before the description is trimmed; in receipt numbers,
SKUs, categories, customers, registers, tags and tender references, which are looked up
and printed as they are, they are refused: the row (or JSON line) is rejected.

Rejected rows: `ImportReport.rejects` holds every one, with its line, reason, particulars
and original row (JSON Lines: the line's text). With `rejects_folder`, they are written to
``<folder>/<file name>-<UTC time>.csv`` (columns ``line, reason, detail``, then the file's
own columns, or ``text``) and the summary names that file; `rejects_folder_for` gives the
command's default, a ``rejects`` folder beside a SQLite database file or else beside the
imported file.

After the import, one journal entry ``sales_imported`` (file name, SHA-256 of the file as
stored, layout and counts) is appended in the last batch's transaction; an import that adds
nothing (the same file again) writes nothing, not even that entry.

Speed: the Online Retail II file (about 500,000 rows) imports into an empty SQLite file at
30,000-47,000 lines a second on a two-core machine (reading it whole first, 0.5 s of
that, included), and CSV receipts of about 4 lines into
a database of a million receipts at about 22,000 (`pos-returns bench store`). The work is
bulk inserts of rows already in minor units (`save_receipt_rows`: no domain objects for
CSV sales), cached parsing, one query per 500 cancelled (customer, item) pairs, batches of
50,000 rows (fewer commits, each index page written fewer times), and Python's cyclic
garbage collector held back during the import (see `_collect_between_batches`).
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import gc
import gzip
import hashlib
import io
import json
import re
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple, TextIO, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, select

from pos_returns.domain import model as dm
from pos_returns.domain.currencies import minor_unit_exponent
from pos_returns.domain.errors import DomainError
from pos_returns.domain.formats import MAX_QTY, parse_receipt
from pos_returns.domain.money import MAX_WHOLE_DIGITS, Money
from pos_returns.services import journal
from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import InvalidInput, NotFound, PermissionDenied, say
from pos_returns.services.import_returns import (
    IMPORT_EMPLOYEE,
    IMPORT_REGISTER,
    RETURN_PREFIX,
    Cancelled,
    Returns,
    import_cancellations,
    import_employee,
)
from pos_returns.services.register import has_identity, this_register
from pos_returns.services.sales import (
    LineRow,
    ReceiptRow,
    SaveCounts,
    number_key,
    receipt_row,
    save_receipt_rows,
)
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Employee, Store

LAYOUTS = ("auto", "jsonl", "csv", "online-retail")

DEFAULT_COLUMNS: dict[str, str] = {
    "receipt": "receipt_number",
    "sold_at": "sold_at",
    "sku": "sku",
    "description": "description",
    "qty": "qty",
    "unit_price": "unit_price",
    "customer": "customer",
    "category": "category",
    "tax": "tax",
}
"""The line-item CSV's columns: our field -> the file's header (``mapping`` overrides)."""

REQUIRED_FIELDS = ("receipt", "sold_at", "sku", "qty", "unit_price")

ONLINE_RETAIL_COLUMNS: dict[tuple[str, ...], dict[str, str]] = {
    (
        "InvoiceNo",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "UnitPrice",
        "CustomerID",
        "Country",
    ): {
        "receipt": "InvoiceNo",
        "sku": "StockCode",
        "description": "Description",
        "qty": "Quantity",
        "sold_at": "InvoiceDate",
        "unit_price": "UnitPrice",
        "customer": "CustomerID",
    },
    (
        "Invoice",
        "StockCode",
        "Description",
        "Quantity",
        "InvoiceDate",
        "Price",
        "Customer ID",
        "Country",
    ): {
        "receipt": "Invoice",
        "sku": "StockCode",
        "description": "Description",
        "qty": "Quantity",
        "sold_at": "InvoiceDate",
        "unit_price": "Price",
        "customer": "Customer ID",
    },
}
"""The two Online Retail headers (I and II) and how their columns map to our fields."""

PRODUCT_CODE = re.compile(r"[0-9]{5,}[A-Z]*|[A-Z]{2,4}[0-9]{4}[A-Z]?", re.IGNORECASE)
"""An Online Retail StockCode that names goods; every other code is not a product."""

JOURNAL_KIND = "sales_imported"

MAX_DESCRIPTION = 500
"""Characters in a line's description, once cleaned; a longer one is rejected."""

EARLIEST_SALE = datetime(1990, 1, 1, tzinfo=UTC)
"""Sales before this are rejected ("date out of range"): a mistyped year, not history."""

FUTURE_SLACK = timedelta(days=1)
"""Sales more than this after the import's time are rejected ("date out of range")."""

SAME_SALE = timedelta(minutes=10)
"""How far the time of a receipt's row may be from its first row's: lines are stamped as
they are scanned. Further apart, the same number names another sale: the row is rejected."""

_CARRY_ROWS = 2000  # a receipt stays open until this many rows pass without one of its rows
_MAX_TEXT = 64  # receipt numbers, SKUs, categories and customers are String(64)
_MAX_REGISTER = 32  # receipts.register_code is String(32)
# an imported return is numbered IMPORT-<invoice>-<n>, and Return.number is String(64)
_MAX_CANCELLATION = _MAX_TEXT - len(RETURN_PREFIX) - len("-99999")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_FIELD_LIMIT = csv.field_size_limit()
_US_MOMENT = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_SPREADSHEET_NUMBER = re.compile(r"([0-9]+)\.0+")


# -- the report -----------------------------------------------------------------------------
class Reject(NamedTuple):
    """A row (or JSON line) left out: its line in the file, why, and the particulars.

    `reason` is short and fixed, so rejects can be counted by it; `detail` names the row's
    values; `field` is the receipt field at fault for JSON Lines; `row` is the row as read
    (a JSON line: its text), for the rejects file.
    """

    line: int
    reason: str
    detail: str = ""
    field: str = ""
    row: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        return f"{self.reason}: {self.detail}" if self.detail else self.reason


@dataclass
class ImportReport:
    file: str
    layout: str
    store: str
    sha256: str = ""
    rows_read: int = 0  # data rows (CSV) or non-blank lines (JSON Lines)
    receipts_added: int = 0
    lines_added: int = 0
    receipts_skipped: int = 0  # already in the database
    duplicate_rows: int = 0
    returns_added: int = 0  # past returns made from cancellations
    returned_lines: int = 0  # cancellation rows linked to a purchase
    returns_skipped: int = 0  # cancellation invoices imported before
    rejects: list[Reject] = field(default_factory=list)
    elapsed: float = 0.0  # seconds
    columns: tuple[str, ...] = ()  # the file's header (JSON Lines: "text"), for the rejects
    rejects_file: Path | None = None  # where every reject was written, if it was
    rejects_error: str = ""  # why they could not be written there

    def rejects_by_reason(self) -> Counter[str]:
        return Counter(r.reason for r in self.rejects)

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def lines_per_second(self) -> float:
        """Receipt lines written per second (the import's speed)."""
        return self.lines_added / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def changed(self) -> bool:
        return bool(self.receipts_added or self.returns_added)

    def summary(self, examples: int = 3) -> str:
        out = [
            f"Imported {self.file} ({self.layout}) into {self.store} in {self.elapsed:.1f} s "
            f"({self.rows_per_second:,.0f} rows/s, {self.lines_per_second:,.0f} lines/s)",
            f"  rows read:               {self.rows_read:,}",
            f"  receipts added:          {self.receipts_added:,} ({self.lines_added:,} lines)",
            f"  receipts already there:  {self.receipts_skipped:,}",
            f"  duplicate rows skipped:  {self.duplicate_rows:,}",
            f"  past returns added:      {self.returns_added:,} "
            f"({self.returned_lines:,} cancelled lines linked to purchases)",
            f"  returns already there:   {self.returns_skipped:,} cancellations",
            f"  rows rejected:           {len(self.rejects):,}",
        ]
        by_reason: dict[str, list[Reject]] = {}
        for reject in self.rejects:
            by_reason.setdefault(reject.reason, []).append(reject)
        for reason, count in self.rejects_by_reason().most_common():
            shown = "; ".join(
                f"line {r.line}" + (f": {r.detail}" if r.detail else "")
                for r in by_reason[reason][:examples]
            )
            out.append(f"    {count:>9,}  {reason}  (e.g. {shown})")
        if self.rejects_file is not None:
            out.append(f"  every rejected row, with its line and reason: {self.rejects_file}")
        elif self.rejects_error:
            out.append(f"  the rejected rows could not be written: {self.rejects_error}")
        return "\n".join(out)

    def write_rejects(self, folder: Path) -> Path | None:
        """Write every reject, in line order, to a new CSV file in `folder`: columns
        ``line, reason, detail`` and then the row as read. Returns the file (None when
        nothing was rejected); raises OSError when it cannot be written."""
        if not self.rejects:
            return None
        folder.mkdir(parents=True, exist_ok=True)
        stem = self.file.removesuffix(".gz").removesuffix(".GZ")
        stem = Path(stem).stem or "import"
        moment = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
        for attempt in range(1, 1000):
            path = folder / f"{stem}-{moment}{'' if attempt == 1 else f'-{attempt}'}.csv"
            try:
                out = path.open("x", encoding="utf-8", newline="")
            except FileExistsError:
                continue
            with out:
                writer = csv.writer(out)
                writer.writerow(["line", "reason", "detail", *self.columns])
                for reject in sorted(self.rejects, key=lambda r: r.line):
                    writer.writerow([reject.line, reject.reason, reject.detail, *reject.row])
            return path
        raise FileExistsError(f"{folder}: too many rejects files named {stem}-{moment}")


# -- the entry point -----------------------------------------------------------------------
def import_receipts(
    engine: Engine,
    store_code: str | None,
    path: str | Path,
    *,
    layout: str = "auto",
    mapping: dict[str, str] | None = None,
    default_category: str = "general",
    tax_rate: Decimal = Decimal("0"),
    batch_size: int = 50_000,
    progress: Callable[[ImportReport], None] | None = None,
    encoding: str = "utf-8",
    rejects_folder: Path | None = None,
    checked: CheckedFile | None = None,
    actor: Actor | None = None,
) -> ImportReport:
    """Import the sales in `path` into store `store_code` (None: the database's only
    store); see the module's documentation.

    Sales are what returns are refunded against, so on a store's register only a manager
    imports them (`actor`), and only into the register's own store: a receipt made up and
    imported could otherwise be refunded. A store with no employee yet (made from this
    file) and a demo database take an import without one. Raises PermissionDenied.

    `tax_rate` is a percentage included in the prices (``Decimal("20")`` for 20% VAT),
    used where the file gives no tax. `progress` is called with the report so far after
    every committed batch. With `rejects_folder`, every rejected row is written to a CSV
    file there (`ImportReport.write_rejects`). `checked` is what `check_file` said of the
    same file, layout and encoding (it is not read whole a second time). Raises
    InvalidInput for an unusable file (see `check_file`; a mapping or header that does
    not fit) and writes nothing then; NotFound for an unknown store. Rows that cannot be
    imported are not errors but rejects in the report.
    """
    started = time.perf_counter()
    path = Path(path)
    if batch_size < 1:
        raise InvalidInput("batch_size must be at least 1")
    if not default_category.strip() or len(default_category) > _MAX_TEXT:
        raise InvalidInput(f"default category {default_category!r} must be 1 to 64 characters")
    if not isinstance(tax_rate, Decimal) or not tax_rate.is_finite() or tax_rate < 0:
        raise InvalidInput(f"tax rate {tax_rate!r} must be a Decimal percentage >= 0")
    with UnitOfWork(engine) as uow:
        store = _store(uow, store_code)
        _may_import(uow, store, actor)
        info = _StoreInfo(store.code, store.timezone, store.currency)
    if checked is None or (checked.path, checked.layout, checked.encoding) != (
        path,
        layout,
        encoding,
    ):
        checked = check_file(path, layout=layout, encoding=encoding)
    else:
        started -= checked.seconds  # the import's time includes reading the file whole
    if rejects_folder is not None:
        try:
            rejects_folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidInput(
                f"cannot make the folder {rejects_folder} for the rejected rows "
                f"({exc.strerror or exc}); name another one with --rejects FOLDER"
            ) from None
    codec = checked.codec
    report = ImportReport(file=path.name, layout=checked.chosen, store=info.code)
    report.sha256 = checked.sha256
    chosen = checked.chosen
    importer = _Importer(
        engine,
        info,
        report,
        default_category=default_category,
        tax_rate=tax_rate,
        batch_size=batch_size,
        progress=progress,
        started=started,
    )
    with _open_text(path, codec) as stream, _collect_between_batches():
        try:
            first = _first_line(stream)
            if chosen == "jsonl":
                report.columns = ("text",)
                batches = importer.jsonl_batches(stream)
            else:
                batches = importer.csv_batches(stream, first, chosen, mapping)
            for batch, last in _mark_last(batches):
                importer.write(batch, last=last)
        except _FILE_ERRORS as exc:
            # _read_whole_file read it all a moment ago: the file changed since
            raise InvalidInput(
                f"{path.name} changed while it was imported ({_why(exc)}); "
                f"{report.receipts_added:,} receipts were written before that. Import it "
                "again once the file is complete"
            ) from None
    if rejects_folder is not None:
        try:
            report.rejects_file = report.write_rejects(rejects_folder)
        except OSError as exc:
            report.rejects_error = f"{rejects_folder}: {exc.strerror or exc}"
    report.elapsed = time.perf_counter() - started
    return report


@dataclass(frozen=True)
class CheckedFile:
    """A file `check_file` read to its end: what it was asked and what it found."""

    path: Path
    layout: str  # as asked ("auto"...)
    encoding: str  # as asked
    codec: str  # what reads it
    chosen: str  # the layout found
    sha256: str  # of the file as stored
    seconds: float  # reading it took


def check_file(path: str | Path, *, layout: str = "auto", encoding: str = "utf-8") -> CheckedFile:
    """Read `path` to its end as `import_receipts` will, writing nothing.

    Raises InvalidInput for an unknown layout or encoding, a missing file, and a file that
    cannot be read whole: a truncated or damaged ``.gz``, a byte that is not text in
    `encoding` (naming its line and column), a CSV field longer than Python's limit
    (naming the line its row starts on).
    """
    started = time.perf_counter()
    path = Path(path)
    if layout not in LAYOUTS:
        raise InvalidInput(f"layout {layout!r}: choose one of {', '.join(LAYOUTS)}")
    codec = _text_codec(encoding)
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    sha256, chosen = _read_whole_file(path, codec, encoding, layout)
    return CheckedFile(path, layout, encoding, codec, chosen, sha256, time.perf_counter() - started)


def rejects_folder_for(engine: Engine, path: str | Path) -> Path:
    """Where the command writes an import's rejected rows: a ``rejects`` folder beside the
    SQLite database file, or beside the imported file when the database is not a file."""
    url = engine.url
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database and database != ":memory:":
        if not database.startswith("file:"):
            return Path(database).resolve().parent / "rejects"
    return Path(path).resolve().parent / "rejects"


def _may_import(uow: UnitOfWork, store: Store, actor: Actor | None) -> None:
    """Only this register's own store, and on a store's register only by a manager."""
    if not has_identity(uow):
        return  # no register yet: the store is being made from the file
    here = this_register(uow)
    if store.id != here.store_id:
        raise PermissionDenied(
            say(
                "this database is register {register} of {store}: it imports {store}'s sales only",
                register=here.register,
                store=here.store_code,
            )
        )
    if here.is_demo:
        return
    staff = uow.session.scalar(
        select(func.count())
        .select_from(Employee)
        .where(Employee.store_id == store.id, Employee.code != IMPORT_EMPLOYEE)
    )
    if not staff:
        return  # nobody to ask yet: the store was just made
    if actor is None or actor.store_id != store.id:
        raise PermissionDenied(
            say(
                "importing sales into {store}'s register takes a manager: give --employee "
                "CODE --pin PIN",
                store=store.code,
            )
        )
    require_manager(actor, "importing sales")


def _store(uow: UnitOfWork, code: str | None) -> Store:
    """The store to import into; without one, say how to make it while importing."""
    try:
        return get_store(uow, code)
    except NotFound:
        example = f"{code or 'S01'}:Europe/London:GBP"
        if code is None:
            raise NotFound(
                "this database has no store yet: make it while importing with "
                f"--create-store CODE:TIMEZONE:CURRENCY (e.g. --create-store {example})"
            ) from None
        raise NotFound(
            f"no store {code!r} in this database: name one it has with --store, or make it "
            f"while importing with --create-store {code}:TIMEZONE:CURRENCY "
            f"(e.g. --create-store {example})"
        ) from None


# -- reading --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _StoreInfo:
    code: str
    timezone: str
    currency: str


_FILE_ERRORS = (UnicodeDecodeError, csv.Error, EOFError, gzip.BadGzipFile, zlib.error)
"""What reading a file to its end raises when the file itself is at fault."""


def _text_codec(encoding: str) -> str:
    """The codec to read text in `encoding` with (UTF-8 allows a byte-order mark)."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, ValueError):
        info = None
    if info is None or not getattr(info, "_is_text_encoding", True):
        raise InvalidInput(
            f"encoding {encoding!r} is not a text encoding Python knows: name the file's "
            "encoding, e.g. utf-8, cp1252 or latin-1"
        )
    return "utf-8-sig" if info.name == "utf-8" else info.name


def _open_binary(path: Path) -> io.BufferedIOBase:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _open_text(path: Path, codec: str) -> TextIO:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding=codec, newline="")
    return path.open("r", encoding=codec, newline="")


class _Hashing(io.RawIOBase):
    """A file read through this also feeds its bytes, as stored, to a SHA-256."""

    def __init__(self, raw: io.FileIO) -> None:
        super().__init__()
        self.raw = raw
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:  # a writable buffer (bytearray, memoryview)
        count = self.raw.readinto(buffer) or 0
        if count:
            self.digest.update(memoryview(buffer)[:count])
        return count

    def hexdigest(self) -> str:
        """The SHA-256 of the whole file (what was not read yet is read now)."""
        for block in iter(lambda: self.raw.read(1 << 20), b""):
            self.digest.update(block)
        return self.digest.hexdigest()


def _read_whole_file(path: Path, codec: str, encoding: str, layout: str) -> tuple[str, str]:
    """Read the file to its end as the import will, writing nothing: its SHA-256 and its
    layout. Raises InvalidInput, naming the line, for a file that cannot be read whole."""
    line = 2  # where the CSV row being read starts (the header is line 1)
    with path.open("rb", buffering=0) as raw, _Hashing(raw) as hashing:
        buffered = io.BufferedReader(hashing, 1 << 20)
        packed: gzip.GzipFile | io.BufferedReader[_Hashing] = (
            gzip.GzipFile(fileobj=buffered, mode="rb")
            if path.name.lower().endswith(".gz")
            else buffered
        )
        try:
            with io.TextIOWrapper(packed, encoding=codec, newline="") as stream:
                first = _first_line(stream)
                chosen = _choose_layout(layout, path, first)
                if chosen == "jsonl":
                    for _ in stream:
                        pass
                else:  # the rows after the header (a hashed stream is read once)
                    reader = csv.reader(stream, delimiter=_delimiter(first))
                    for _ in reader:
                        line = reader.line_num + 2
                return hashing.hexdigest(), chosen
        except UnicodeDecodeError as exc:
            raise _not_text(path, codec, encoding, exc) from None
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise InvalidInput(
                    f"{path.name}: line {line}: the row starting there has a field longer "
                    f"than {_FIELD_LIMIT:,} characters, usually a quote that is never "
                    "closed; nothing was imported. Mend the quotes from that line on"
                ) from None
            raise InvalidInput(
                f"{path.name}: line {line}: not CSV this can read ({exc}); nothing was imported"
            ) from None
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise InvalidInput(
                f"{path.name}: the gzip file is truncated or damaged ({_why(exc)}); nothing "
                "was imported. Copy or export it again"
            ) from None


def _why(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _not_text(path: Path, codec: str, encoding: str, exc: UnicodeDecodeError) -> InvalidInput:
    """The error for a byte that is not text in `encoding`, naming its line and column."""
    found = _bad_byte(path, codec)
    where = f"line {found[0]}, column {found[1]}" if found else "somewhere"
    byte = found[2] if found else exc.object[exc.start : exc.end]
    return InvalidInput(
        f"{path.name}: {where}: byte 0x{bytes(byte).hex().upper()} is not {encoding} text; "
        "nothing was imported. Name the file's encoding with --encoding "
        "(e.g. cp1252 or latin-1)"
    )


def _bad_byte(path: Path, codec: str) -> tuple[int, int, bytes] | None:
    """The line and column (1-based) of the first byte that is not text in `codec`, and
    the bytes at fault; None if every byte is."""
    decoder = codecs.getincrementaldecoder(codec)()
    line = 1
    with _open_binary(path) as raw:
        for block in chain(iter(lambda: raw.read(1 << 20), b""), [b""]):
            try:
                decoder.decode(block, final=not block)
            except UnicodeDecodeError as exc:
                data = exc.object  # the decoder's few held-back bytes, then this block
                before = data[: exc.start]
                start = before.rfind(b"\n") + 1
                column = len(before[start:].decode(codec, "replace")) + 1
                return line + before.count(b"\n"), column, bytes(data[exc.start : exc.end])
            line += block.count(b"\n")
    return None


def _first_line(stream: TextIO) -> str:
    """The first line of the stream (the readers go back to the start)."""
    return stream.readline()


def _choose_layout(layout: str, path: Path, first: str) -> str:
    if layout != "auto":
        return layout
    name = path.name.lower().removesuffix(".gz")
    if name.endswith((".jsonl", ".ndjson")) or first.lstrip("\ufeff \t").startswith("{"):
        return "jsonl"
    header = _header(first)
    if header is not None and tuple(header) in ONLINE_RETAIL_COLUMNS:
        return "online-retail"
    return "csv"


def _delimiter(first: str) -> str:
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _header(first: str) -> list[str] | None:
    rows = list(csv.reader([first], delimiter=_delimiter(first)))
    if not rows:
        return None
    return [name.strip().lstrip("\ufeff") for name in rows[0]]


T = TypeVar("T")


@contextmanager
def _collect_between_batches() -> Iterator[None]:
    """Keep Python's cyclic garbage collector from running in the middle of a batch.

    While a batch is in memory (hundreds of thousands of objects, most of them in the
    bulk insert) the collector's automatic full passes walk them all again and again:
    measured, a quarter of the import's time. The import makes few reference cycles, so
    it turns automatic collection off meanwhile, collects the young generations every
    few batches, and turns it back on (if it was on) when done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _mark_last(items: Iterable[T]) -> Iterator[tuple[T, bool]]:
    """Each item with True for the last one."""
    iterator = iter(items)
    end = object()
    previous: Any = next(iterator, end)
    if previous is end:
        return
    for item in iterator:
        yield previous, False
        previous = item
    yield previous, True


@dataclass
class _Sale:
    """The rows of one receipt read so far."""

    number: str
    at: datetime
    customer: str | None
    line: int  # the line of its first row
    lines: list[LineRow] = field(default_factory=list)
    total: int = 0  # minor units


class _Price(NamedTuple):
    value: Decimal
    minor: int  # rounded half up to the currency's minor unit
    exact: bool  # no rounding was needed
    in_range: bool = True  # below 10^12 in the currency


K = TypeVar("K")
V = TypeVar("V")


class _Memo(dict[K, V]):
    """A dict that makes a missing value with `make` and keeps it (fast for repeats)."""

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> V:
        value = self[key] = self.make(key)
        return value


class _Columns(NamedTuple):
    """Where our fields are in a CSV row."""

    number: int
    at: int
    sku: int
    qty: int
    price: int
    description: int | None
    customer: int | None
    category: int | None
    tax: int | None
    width: int  # a row needs this many columns
    online: bool  # the Online Retail rules apply


@dataclass
class _Batch:
    sales: dict[str, _Sale] = field(default_factory=dict)
    receipts: list[dm.Receipt] = field(default_factory=list)  # JSON Lines
    receipt_lines: dict[str, int] = field(default_factory=dict)  # their numbers' lines
    cancelled: list[Cancelled] = field(default_factory=list)
    rows: int = 0


class _Importer:
    def __init__(
        self,
        engine: Engine,
        store: _StoreInfo,
        report: ImportReport,
        *,
        default_category: str,
        tax_rate: Decimal,
        batch_size: int,
        progress: Callable[[ImportReport], None] | None,
        started: float,
    ) -> None:
        self.engine = engine
        self.store = store
        self.report = report
        self.default_category = default_category
        self.tax_rate = tax_rate
        self._rate = Fraction(tax_rate).as_integer_ratio()
        self.batch_size = batch_size
        self.progress = progress
        self.started = started
        self.zone = ZoneInfo(store.timezone)
        self.currency = store.currency
        self.exponent = minor_unit_exponent(store.currency)
        self.scale = Decimal(10) ** self.exponent
        # amounts from 10^12 in the currency on cannot be written (SPEC.md: 12 digits)
        self.limit = Decimal(10) ** MAX_WHOLE_DIGITS
        self.max_minor = 10 ** (MAX_WHOLE_DIGITS + self.exponent) - 1
        now = datetime.now(UTC)
        self.latest = now + FUTURE_SLACK
        self.moment: _Memo[str, datetime | None] = _Memo(self._moment)
        self.price: _Memo[str, _Price | None] = _Memo(self._price)
        self.number_problem: _Memo[str, str] = _Memo(self._number_problem)
        self._cancelled: list[Cancelled] = []  # the file's cancelled rows, for the end
        self._cancelled_rows: dict[int, tuple[str, ...]] = {}  # their rows, by line
        self.batches = 0  # written

    # -- small helpers ---------------------------------------------------------------------
    def reject(
        self, line: int, reason: str, detail: str = "", field: str = "", *, row: Iterable[str]
    ) -> None:
        self.report.rejects.append(Reject(line, reason, detail, field, tuple(row)))

    def _moment(self, text: str) -> datetime | None:
        """An aware UTC datetime from the accepted layouts, naive ones in the store's zone."""
        try:
            return _parse_moment(text.strip(), self.zone)
        except (ValueError, OverflowError):  # OverflowError: year 1 at +01:00 moved to UTC
            return None

    def date_problem(self, when: datetime) -> str:
        """Why a sale at `when` is not imported ("" if it is), for "date out of range"."""
        if when < EARLIEST_SALE:
            return f"{when.date().isoformat()}, before {EARLIEST_SALE.year}"
        if when > self.latest:  # as written: year 9999 may not move to UTC
            return f"{when.isoformat(timespec='minutes')}, after the import's time"
        return ""

    def _price(self, text: str) -> _Price | None:
        """The price, its minor units rounded half up, and whether that is exact; a price
        out of range keeps its value (for the check) and 0 minor units."""
        try:
            price = Decimal(text.strip())
        except InvalidOperation:
            return None
        if not price.is_finite():
            return None
        if price.copy_abs() >= self.limit:  # 1e30: not made into a 31-digit integer
            return _Price(price, 0, False, False)
        scaled = price * self.scale
        minor = int(scaled.to_integral_value(ROUND_HALF_UP))
        return _Price(price, minor, scaled == minor)

    def amount(self, price: _Price, qty: int) -> int:
        """qty * price in minor units, rounded half up."""
        if price.exact:
            return price.minor * qty
        return int((price.value * self.scale * qty).to_integral_value(ROUND_HALF_UP))

    def tax_of(self, amount: int) -> int:
        """The tax included in `amount` (>= 0) at `tax_rate`, rounded half up, in integers:
        with rate = p/q, amount * p / (100q + p)."""
        p, q = self._rate
        if not p:
            return 0
        whole = 100 * q + p
        return (2 * amount * p + whole) // (2 * whole)

    @staticmethod
    def _number_problem(number: str) -> str:
        """Why `number` cannot be a receipt's number ("" if it can)."""
        if _CONTROL.search(number):
            return "control character in the receipt number"
        try:
            number_key(number)
        except InvalidInput:
            return "bad receipt number"
        return "bad receipt number" if len(number) > _MAX_TEXT else ""

    # -- JSON Lines ------------------------------------------------------------------------
    def jsonl_batches(self, stream: TextIO) -> Iterator[_Batch]:
        report = self.report
        seen: dict[str, int] = {}  # receipt number -> hash of its line
        batch = _Batch()
        stream.seek(0)
        for line_no, raw in enumerate(stream, start=1):
            text = raw.strip().lstrip("\ufeff")
            if not text:
                continue
            report.rows_read += 1
            receipt = self._jsonl_receipt(line_no, text)
            if receipt is None:
                continue
            number = receipt.receipt_number
            fingerprint = hash(text)
            if number in seen:
                if seen[number] == fingerprint:
                    report.duplicate_rows += 1
                else:
                    self.reject(
                        line_no,
                        "receipt number used twice",
                        f"{number} with different content",
                        "receipt_number",
                        row=(text,),
                    )
                continue
            seen[number] = fingerprint
            batch.receipts.append(receipt)
            batch.receipt_lines[number] = line_no
            batch.rows += len(receipt.lines)
            if batch.rows >= self.batch_size:
                yield batch
                batch = _Batch()
        if batch.receipts:
            yield batch

    def _jsonl_receipt(self, line_no: int, text: str) -> dm.Receipt | None:
        """The receipt on one JSON line, checked and cleaned; None when it is rejected."""
        row = (text,)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            self.reject(line_no, "not JSON", f"{exc.msg} at column {exc.colno}", row=row)
            return None
        except (ValueError, RecursionError) as exc:  # a 5,000-digit number, deep nesting
            self.reject(line_no, "not JSON", f"not JSON this can read ({exc})", row=row)
            return None
        try:
            receipt = parse_receipt(data)
        except DomainError as exc:
            self.reject(line_no, "bad receipt", str(exc), exc.field, row=row)
            return None
        if receipt.store != self.store.code:
            self.reject(
                line_no,
                "receipt of another store",
                f"{receipt.store}, not {self.store.code}",
                "store",
                row=row,
            )
            return None
        number = receipt.receipt_number
        problem = self.number_problem[number]
        if problem:
            self.reject(line_no, problem, repr(number), "receipt_number", row=row)
            return None
        bad = self._receipt_problem(receipt)
        if bad is not None:
            self.reject(line_no, *bad, row=row)
            return None
        return _cleaned(receipt)

    def _receipt_problem(self, receipt: dm.Receipt) -> tuple[str, str, str] | None:
        """Why a JSON Lines receipt is not imported, as (reason, detail, field); None if it
        is. The text, date and amount checks of the CSV rows (see the module)."""
        texts: list[tuple[str, str | None, int]] = [
            ("register", receipt.register, _MAX_REGISTER),
            ("customer", receipt.customer, _MAX_TEXT),
        ]
        for i, line in enumerate(receipt.lines):
            texts += [
                (f"lines[{i}].sku", line.sku, _MAX_TEXT),
                (f"lines[{i}].category", line.category, _MAX_TEXT),
            ]
            texts += [(f"lines[{i}].tags", tag, _MAX_TEXT) for tag in sorted(line.tags)]
            description = _clean(line.description)
            if len(description) > MAX_DESCRIPTION:
                return (
                    "description too long",
                    f"{len(description):,} characters, at most {MAX_DESCRIPTION}",
                    f"lines[{i}].description",
                )
        for i, tender in enumerate(receipt.tenders):
            texts.append((f"tenders[{i}].reference", tender.reference, _MAX_TEXT))
        for name, text, most in texts:
            if text is None:
                continue
            if _CONTROL.search(text):
                return f"control character in {name.rpartition('.')[2]}", repr(text), name
            if len(text) > most:
                return f"{name.rpartition('.')[2]} too long", f"at most {most} characters", name
        when = self.date_problem(receipt.sold_at)
        if when:
            return "date out of range", when, "sold_at"
        if receipt.total.amount >= self.limit:
            return "receipt total out of range", receipt.total.to_json(), "lines"
        return None

    # -- CSV -------------------------------------------------------------------------------
    def csv_batches(
        self, stream: TextIO, first: str, layout: str, mapping: dict[str, str] | None
    ) -> Iterator[_Batch]:
        """Batches of sales, then batches of cancellations (written after all the sales).

        A receipt is handed out once no row of it was seen for `window` rows, so receipts
        whose rows are a little scattered (as in the Online Retail export) stay whole.
        """
        header = _header(first)
        if not header or not any(header):
            return
        cols = self._column_positions(header, layout == "online-retail", mapping)
        window = min(self.batch_size, _CARRY_ROWS)
        batch = _Batch()
        self._cancelled = []
        written: set[str] = set()  # receipt numbers of the batches handed out
        seen: dict[str, set[tuple[str, ...]]] = {}  # rows of this batch's receipts
        seen_cancelled: dict[str, set[tuple[str, ...]]] = {}  # rows of every cancellation
        latest: dict[str, int] = {}  # receipt number -> its latest row in this batch
        last_number: str | None = None
        stream.seek(0)
        reader = csv.reader(stream, delimiter=_delimiter(first))
        next(reader)  # the header
        for row in reader:
            line_no = reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # a blank line
            self.report.rows_read += 1
            if len(row) < cols.width:
                self.reject(line_no, "missing columns", f"{len(row)} of {len(header)}", row=row)
                continue
            number = row[cols.number].strip()
            if number != last_number:
                if batch.rows >= self.batch_size + window:
                    out = _split_off(batch, latest, seen, self.report.rows_read - window)
                    if out.sales:
                        written.update(out.sales)
                        yield out
                last_number = number
            if cols.online and number[:1] in ("C", "c"):
                same = seen_cancelled.setdefault(number, set())
            else:
                if number in written:
                    self.reject(
                        line_no,
                        "receipt's rows not together",
                        f"{number} was written by an earlier batch; sort the file by receipt",
                        row=row,
                    )
                    continue
                same = seen.setdefault(number, set())
                latest[number] = self.report.rows_read
                batch.rows += 1
            key = tuple(row)
            if key in same:
                self.report.duplicate_rows += 1
                continue
            same.add(key)
            bad = self._row(line_no, row, number, batch, cols)
            if bad is not None:
                self.report.rejects.append(bad._replace(row=key))
        if batch.sales:
            yield batch
        yield from _cancellation_batches(self._cancelled, self.batch_size)

    def _row(
        self,
        line_no: int,
        row: list[str],
        number: str,
        batch: _Batch,
        cols: _Columns,
    ) -> Reject | None:
        """Check one CSV row and add it to the batch; the reject when it cannot be."""
        if not number:
            return Reject(line_no, "no receipt number")
        problem = self.number_problem[number]
        if problem:
            return Reject(line_no, problem, repr(number))
        sku = row[cols.sku].strip()
        cancellation = False
        if cols.online:
            initial = number[0]
            if initial in "Aa":
                return Reject(line_no, "bad-debt adjustment", f"invoice {number}")
            if not PRODUCT_CODE.fullmatch(sku):
                return Reject(line_no, "not a product", sku or "blank StockCode")
            cancellation = initial in "Cc"
        if not sku:
            return Reject(line_no, "no SKU")
        if len(sku) > _MAX_TEXT:
            return Reject(line_no, "SKU too long", sku[:70])
        if _CONTROL.search(sku):
            return Reject(line_no, "control character in SKU", repr(sku))
        qty_text = row[cols.qty]
        try:
            qty = int(qty_text)
        except ValueError:
            whole = _whole(qty_text)
            if whole is None:
                return Reject(line_no, "quantity is not a whole number", repr(qty_text))
            qty = whole
        if abs(qty) > MAX_QTY:
            return Reject(line_no, "quantity too large", qty_text.strip())
        price_text = row[cols.price]
        priced = self.price[price_text]
        if priced is None:
            return Reject(line_no, "price is not a number", repr(price_text))
        if not priced.in_range:
            return Reject(line_no, "price out of range", price_text.strip()[:70])
        when = self.moment[row[cols.at]]
        if when is None:
            return Reject(line_no, "bad date/time", repr(row[cols.at]))
        if not EARLIEST_SALE <= when <= self.latest:
            return Reject(line_no, "date out of range", self.date_problem(when))
        customer = row[cols.customer].strip() if cols.customer is not None else ""
        if customer:
            plain = _SPREADSHEET_NUMBER.fullmatch(customer)
            if plain:
                customer = plain.group(1)
            if len(customer) > _MAX_TEXT:
                return Reject(line_no, "customer too long", customer[:70])
            if _CONTROL.search(customer):
                return Reject(line_no, "control character in customer", repr(customer))
        if cancellation:
            if qty >= 0:
                return Reject(line_no, "cancellation with a positive quantity", f"{sku} x {qty}")
            if priced.value <= 0:
                return Reject(line_no, "zero or negative price", price_text.strip())
            if len(number) > _MAX_CANCELLATION:
                return Reject(line_no, "cancellation number too long", number)
            self._cancelled.append(Cancelled(line_no, number, sku, -qty, customer or None, when))
            self._cancelled_rows[line_no] = tuple(row)
            return None
        if qty <= 0:
            if cols.online and qty < 0:
                return Reject(line_no, "stock adjustment", f"{sku} x {qty} on invoice {number}")
            return Reject(line_no, "quantity not positive", f"{sku} x {qty}")
        if priced.value < 0 or (cols.online and not priced.value):
            return Reject(line_no, "zero or negative price", price_text.strip())
        return self._sale_line(
            line_no,
            row,
            batch,
            cols,
            number=number,
            sku=sku,
            qty=qty,
            priced=priced,
            when=when,
            customer=customer,
        )

    def _sale_line(
        self,
        line_no: int,
        row: list[str],
        batch: _Batch,
        cols: _Columns,
        *,
        number: str,
        sku: str,
        qty: int,
        priced: _Price,
        when: datetime,
        customer: str,
    ) -> Reject | None:
        amount = self.amount(priced, qty)
        if amount > self.max_minor:
            return Reject(line_no, "amount out of range", f"{qty} x {row[cols.price].strip()}")
        tax_text = row[cols.tax].strip() if cols.tax is not None else ""
        if tax_text:
            tax_value = self.price[tax_text]
            if tax_value is None:
                return Reject(line_no, "tax is not a number", repr(tax_text))
            tax = tax_value.minor
            if not tax_value.in_range or not 0 <= tax <= amount:
                return Reject(line_no, "tax not between 0 and the amount", tax_text[:70])
        else:
            tax = self.tax_of(amount) if self.tax_rate else 0
        category = self.default_category
        if cols.category is not None:
            category = row[cols.category].strip() or category
            if len(category) > _MAX_TEXT:
                return Reject(line_no, "category too long", category[:70])
            if _CONTROL.search(category):
                return Reject(line_no, "control character in category", repr(category))
        description = _clean(row[cols.description]) if cols.description is not None else ""
        if len(description) > MAX_DESCRIPTION:
            return Reject(
                line_no,
                "description too long",
                f"{len(description):,} characters, at most {MAX_DESCRIPTION}",
            )
        sale = batch.sales.get(number)
        if sale is None:
            sale = batch.sales[number] = _Sale(number, when, customer or None, line_no)
        else:
            bad = self._other_sale(line_no, sale, when, customer, amount)
            if bad is not None:
                return bad
            if sale.customer is None and customer:
                sale.customer = customer
        sale.lines.append(
            LineRow(
                len(sale.lines) + 1,
                sku,
                description,
                category,
                (),
                qty,
                priced.minor,
                amount,
                tax,
            )
        )
        sale.total += amount
        return None

    def _other_sale(
        self, line_no: int, sale: _Sale, when: datetime, customer: str, amount: int
    ) -> Reject | None:
        """The reject of a row that does not fit the receipt it names (None if it fits)."""
        if abs(when - sale.at) > SAME_SALE:
            return Reject(
                line_no,
                "receipt number with another date/time",
                f"{sale.number} at {when.astimezone(self.zone):%Y-%m-%d %H:%M} here, "
                f"{sale.at.astimezone(self.zone):%Y-%m-%d %H:%M} on line {sale.line}",
            )
        if customer and sale.customer is not None and customer != sale.customer:
            return Reject(
                line_no,
                "receipt number with another customer",
                f"{sale.number} for customer {customer} here, {sale.customer} on its rows before",
            )
        if sale.total + amount > self.max_minor:
            return Reject(line_no, "receipt total out of range", sale.number)
        return None

    def _column_positions(
        self, header: list[str], online: bool, mapping: dict[str, str] | None
    ) -> _Columns:
        """Where our fields are in the file's rows (the header is kept for the rejects)."""
        self.report.columns = tuple(header)
        columns = self._columns(header, online, mapping)
        index = {name: position for position, name in reversed(list(enumerate(header)))}
        at = {key: index[column] for key, column in columns.items() if column in index}
        missing = [key for key in REQUIRED_FIELDS if key not in at]
        if missing:
            raise InvalidInput(
                f"{self.report.file}: no column for "
                + ", ".join(f"{key} (looked for {columns.get(key, key)!r})" for key in missing)
                + f"; the header has {', '.join(header)}. Map our fields to the file's "
                f"columns (e.g. {missing[0]} -> {header[0]})"
            )
        return _Columns(
            number=at["receipt"],
            at=at["sold_at"],
            sku=at["sku"],
            qty=at["qty"],
            price=at["unit_price"],
            description=at.get("description"),
            customer=at.get("customer"),
            category=at.get("category"),
            tax=at.get("tax"),
            width=max(at.values()) + 1,
            online=online,
        )

    def _columns(
        self, header: list[str], online: bool, mapping: dict[str, str] | None
    ) -> dict[str, str]:
        if online:
            base = ONLINE_RETAIL_COLUMNS.get(tuple(header))
            if base is None:
                raise InvalidInput(
                    f"{self.report.file}: the header is not one of the Online Retail layouts "
                    f"({' or '.join(','.join(h) for h in ONLINE_RETAIL_COLUMNS)})"
                )
        else:
            base = DEFAULT_COLUMNS
        columns = dict(base)
        for key, column in (mapping or {}).items():
            if key not in DEFAULT_COLUMNS:
                raise InvalidInput(
                    f"mapping: {key!r} is not one of our fields ({', '.join(DEFAULT_COLUMNS)})"
                )
            if column not in header:
                raise InvalidInput(
                    f"mapping: {key} -> {column!r}, but the file has no such column "
                    f"(it has {', '.join(header)})"
                )
            columns[key] = column
        return columns

    # -- writing ---------------------------------------------------------------------------
    def write(self, batch: _Batch, *, last: bool) -> None:
        report = self.report
        rows = [receipt_row(r) for r in batch.receipts]
        rows += [self._receipt(sale) for sale in batch.sales.values()]
        with UnitOfWork(self.engine, write=True) as uow:
            store = get_store(uow, self.store.code)
            saved = save_receipt_rows(uow, store, rows)
            returns = Returns()
            if batch.cancelled:
                returns = import_cancellations(uow, store, batch.cancelled, self.zone)
            changed = report.changed or saved.receipts > 0 or returns.returns > 0
            if last and changed:
                self._journal(uow, store, saved, returns)
            uow.commit()
        report.receipts_added += saved.receipts
        report.lines_added += saved.lines
        report.receipts_skipped += saved.skipped
        report.rejects.extend(self._conflicts(batch, saved))
        report.returns_added += returns.returns
        report.returned_lines += returns.lines
        report.returns_skipped += returns.skipped
        report.rejects.extend(
            Reject(*r, row=self._cancelled_rows.get(r[0], ())) for r in returns.rejects
        )
        self.batches += 1
        if self.batches % 10 == 0:
            gc.collect(1)  # the cycles the last batches left (see _collect_between_batches)
        report.elapsed = time.perf_counter() - self.started
        if self.progress is not None:
            self.progress(report)

    def _conflicts(self, batch: _Batch, saved: SaveCounts) -> Iterator[Reject]:
        """The rejects of receipts whose number the database holds for another sale."""
        for number, sold_at, total in saved.conflicts:
            sale = batch.sales.get(number)
            line = sale.line if sale is not None else batch.receipt_lines.get(number, 0)
            yield Reject(
                line,
                "receipt number already used for another sale",
                f"{number} is in the database sold at "
                f"{sold_at.astimezone(self.zone):%Y-%m-%d %H:%M} for "
                f"{Money.from_minor(total, self.currency).to_json()}",
                "receipt_number" if sale is None else "",
            )

    def _receipt(self, sale: _Sale) -> ReceiptRow:
        """The receipt of a CSV sale: one tender of method ``other`` for its total."""
        return ReceiptRow(
            sale.number,
            IMPORT_REGISTER,
            sale.at,
            self.currency,
            sale.customer,
            sale.total,
            sale.lines,
            ((dm.TenderMethod.OTHER.value, sale.total, None),),
        )

    def _journal(self, uow: UnitOfWork, store: Store, saved: SaveCounts, returns: Returns) -> None:
        """The one journal entry of the import, with the counts of this last batch too."""
        report = self.report
        journal.append(
            uow,
            store.id,
            JOURNAL_KIND,
            actor_id=import_employee(uow, store),
            at=datetime.now(UTC),
            payload={
                "file": report.file,
                "sha256": report.sha256,
                "layout": report.layout,
                "rows_read": report.rows_read,
                "receipts_added": report.receipts_added + saved.receipts,
                "lines_added": report.lines_added + saved.lines,
                "receipts_already_present": report.receipts_skipped + saved.skipped,
                "duplicate_rows": report.duplicate_rows,
                "past_returns_added": report.returns_added + returns.returns,
                "returned_lines": report.returned_lines + returns.lines,
                "rejects": len(report.rejects) + len(returns.rejects) + len(saved.conflicts),
            },
        )


def _split_off(
    batch: _Batch, latest: dict[str, int], seen: dict[str, set[tuple[str, ...]]], before: int
) -> _Batch:
    """Move the receipts whose latest row is before row `before` out of `batch`."""
    out = _Batch()
    for number in [n for n, at in latest.items() if at < before]:
        del latest[number]
        del seen[number]
        sale = batch.sales.pop(number, None)
        if sale is not None:
            out.sales[number] = sale
    batch.rows = sum(len(sale.lines) for sale in batch.sales.values())
    return out


def _cancellation_batches(cancelled: list[Cancelled], size: int) -> Iterator[_Batch]:
    """The cancelled rows in batches of about `size`, each invoice's rows in one batch."""
    by_invoice: dict[str, list[Cancelled]] = {}
    for row in cancelled:
        by_invoice.setdefault(row.invoice, []).append(row)
    batch = _Batch()
    for rows in by_invoice.values():
        batch.cancelled.extend(rows)
        if len(batch.cancelled) >= size:
            yield batch
            batch = _Batch()
    if batch.cancelled:
        yield batch


# -- small pure helpers ---------------------------------------------------------------------
def _clean(text: str) -> str:
    """A description without control characters (each run of them becomes one space),
    trimmed."""
    if _CONTROL.search(text):
        text = _CONTROLS.sub(" ", text)
    return text.strip()


def _cleaned(receipt: dm.Receipt) -> dm.Receipt:
    """`receipt` with its descriptions cleaned (itself when none needs it)."""
    if not any(_CONTROL.search(line.description) for line in receipt.lines):
        return receipt
    lines = tuple(
        dataclasses.replace(line, description=_clean(line.description)) for line in receipt.lines
    )
    return dataclasses.replace(receipt, lines=lines)


def _parse_moment(text: str, zone: ZoneInfo) -> datetime:
    """``YYYY-MM-DD HH:MM:SS``, any ISO 8601 form Python reads, or ``M/D/YYYY H:MM``."""
    us = _US_MOMENT.fullmatch(text)
    if us:
        month, day, year, hour, minute, second = us.groups()
        value = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    else:
        value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def _whole(text: str) -> int | None:
    """``"12.0"`` -> 12; None for anything that is not a whole number. Past `MAX_QTY` the
    value is MAX_QTY + 1 (with its sign): ``1e999999999`` is not made into an integer."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    if value.copy_abs() > MAX_QTY:
        return (MAX_QTY + 1) * (-1 if value < 0 else 1)
    if value != value.to_integral_value():
        return None
    return int(value)
