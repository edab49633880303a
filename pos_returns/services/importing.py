"""Importing a store's past sales from a file: JSON Lines receipts or line-item CSV.

    report = import_receipts(engine, "S01", "sales.csv.gz")
    print(report.summary())

The file is read in batches of about `batch_size` rows, each written and committed in its
own write unit of work: a crash loses at most the batch in progress, and running the same
import again finishes the job. Receipts already in the database (same store and number)
are skipped, imported returns likewise, so importing a file twice changes nothing.

Layouts (``layout="auto"`` picks one: ``.jsonl``/``.ndjson`` names or a first line that
starts with ``{`` are JSON Lines; a CSV header of the Online Retail export is that layout;
any other CSV is the line-item layout). A name ending in ``.gz`` is read through gzip.
Text is UTF-8 (a byte-order mark is allowed; pass `encoding` for another). The CSV
delimiter is the header's most frequent of ``,`` ``;`` and tab.

``jsonl``
    One SPEC.md receipt (``pos-returns/receipt@1``) per line. A line that is not JSON or
    not a valid receipt is rejected with its line number and the field at fault (the
    FormatError's field and message); so is a receipt of another store, or a receipt
    number used twice in the file with different content (the same line twice is a
    duplicate).

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

After the import, one journal entry ``sales_imported`` (file name, SHA-256 of the file as
stored, layout and counts) is appended in the last batch's transaction; an import that adds
nothing (the same file again) writes nothing, not even that entry.

Speed: the Online Retail II file (about 500,000 rows) imports into an empty SQLite file at
about 30,000 lines a second on a two-core machine, and CSV receipts of about 4 lines into
a database of a million receipts at about 22,000 (`pos-returns bench store`). The work is
bulk inserts of rows already in minor units (`save_receipt_rows`: no domain objects for
CSV sales), cached parsing, one query per 500 cancelled (customer, item) pairs, batches of
50,000 rows (fewer commits, each index page written fewer times), and Python's cyclic
garbage collector held back during the import (see `_collect_between_batches`).
"""

from __future__ import annotations

import csv
import gc
import gzip
import hashlib
import io
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any, NamedTuple, TextIO, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from pos_returns.domain import model as dm
from pos_returns.domain.currencies import minor_unit_exponent
from pos_returns.domain.errors import DomainError
from pos_returns.domain.formats import MAX_QTY, parse_receipt
from pos_returns.services import journal
from pos_returns.services.errors import InvalidInput
from pos_returns.services.import_returns import (
    IMPORT_REGISTER,
    Cancelled,
    Returns,
    import_cancellations,
    import_employee,
)
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
from pos_returns.store.models import (
    Store,
)

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

_CARRY_ROWS = 2000  # a receipt stays open until this many rows pass without one of its rows
_MAX_TEXT = 64  # receipt numbers, SKUs, categories and customers are String(64)
_US_MOMENT = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_SPREADSHEET_NUMBER = re.compile(r"([0-9]+)\.0+")


# -- the report -----------------------------------------------------------------------------
class Reject(NamedTuple):
    """A row (or JSON line) left out: its line in the file, why, and the particulars.

    `reason` is short and fixed, so rejects can be counted by it; `detail` names the row's
    values; `field` is the receipt field at fault for JSON Lines.
    """

    line: int
    reason: str
    detail: str = ""
    field: str = ""

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
        return "\n".join(out)


# -- the entry point -----------------------------------------------------------------------
def import_receipts(
    engine: Engine,
    store_code: str,
    path: str | Path,
    *,
    layout: str = "auto",
    mapping: dict[str, str] | None = None,
    default_category: str = "general",
    tax_rate: Decimal = Decimal("0"),
    batch_size: int = 50_000,
    progress: Callable[[ImportReport], None] | None = None,
    encoding: str = "utf-8-sig",
) -> ImportReport:
    """Import the sales in `path` into store `store_code`; see the module's documentation.

    `tax_rate` is a percentage included in the prices (``Decimal("20")`` for 20% VAT),
    used where the file gives no tax. `progress` is called with the report so far after
    every committed batch. Raises InvalidInput for an unusable file (unknown layout,
    missing column, not UTF-8) and NotFound for an unknown store; rows that cannot be
    imported are not errors but rejects in the report.
    """
    started = time.perf_counter()
    path = Path(path)
    if layout not in LAYOUTS:
        raise InvalidInput(f"layout {layout!r}: choose one of {', '.join(LAYOUTS)}")
    if batch_size < 1:
        raise InvalidInput("batch_size must be at least 1")
    if not default_category.strip() or len(default_category) > _MAX_TEXT:
        raise InvalidInput(f"default category {default_category!r} must be 1 to 64 characters")
    if not isinstance(tax_rate, Decimal) or not tax_rate.is_finite() or tax_rate < 0:
        raise InvalidInput(f"tax rate {tax_rate!r} must be a Decimal percentage >= 0")
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        info = _StoreInfo(store.code, store.timezone, store.currency)
    report = ImportReport(file=path.name, layout=layout, store=info.code)
    report.sha256 = _sha256(path)
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
    with _open_text(path, encoding) as stream, _collect_between_batches():
        try:
            first = _first_line(stream)
            chosen = _choose_layout(layout, path, first)
            report.layout = chosen
            if chosen == "jsonl":
                batches = importer.jsonl_batches(stream)
            else:
                batches = importer.csv_batches(stream, first, chosen, mapping)
            for batch, last in _mark_last(batches):
                importer.write(batch, last=last)
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                f"{path.name} is not {encoding} text ({exc.reason} at byte {exc.start} of a "
                "block); pass the file's encoding"
            ) from None
    report.elapsed = time.perf_counter() - started
    return report


# -- reading --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _StoreInfo:
    code: str
    timezone: str
    currency: str


def _open_text(path: Path, encoding: str) -> TextIO:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding=encoding, newline="")
    return path.open("r", encoding=encoding, newline="")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as raw:
        for block in iter(lambda: raw.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
    lines: list[LineRow] = field(default_factory=list)
    total: int = 0  # minor units


class _Price(NamedTuple):
    value: Decimal
    minor: int  # rounded half up to the currency's minor unit
    exact: bool  # no rounding was needed


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
        self.moment: _Memo[str, datetime | None] = _Memo(self._moment)
        self.price: _Memo[str, _Price | None] = _Memo(self._price)
        self.usable_number: _Memo[str, bool] = _Memo(self._usable_number)
        self._cancelled: list[Cancelled] = []  # the file's cancelled rows, for the end
        self.batches = 0  # written

    # -- small helpers ---------------------------------------------------------------------
    def reject(self, line: int, reason: str, detail: str = "", field: str = "") -> None:
        self.report.rejects.append(Reject(line, reason, detail, field))

    def _moment(self, text: str) -> datetime | None:
        """An aware UTC datetime from the accepted layouts, naive ones in the store's zone."""
        try:
            return _parse_moment(text.strip(), self.zone)
        except ValueError:
            return None

    def _price(self, text: str) -> _Price | None:
        """The price, its minor units rounded half up, and whether that is exact."""
        try:
            price = Decimal(text.strip())
        except InvalidOperation:
            return None
        if not price.is_finite():
            return None
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
    def _usable_number(number: str) -> bool:
        try:
            number_key(number)
        except InvalidInput:
            return False
        return len(number) <= _MAX_TEXT

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
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                self.reject(line_no, "not JSON", f"{exc.msg} at column {exc.colno}")
                continue
            try:
                receipt = parse_receipt(data)
            except DomainError as exc:
                self.reject(line_no, "bad receipt", str(exc), exc.field)
                continue
            if receipt.store != self.store.code:
                self.reject(
                    line_no,
                    "receipt of another store",
                    f"{receipt.store}, not {self.store.code}",
                    "store",
                )
                continue
            number = receipt.receipt_number
            if not self.usable_number[number]:
                self.reject(line_no, "bad receipt number", repr(number), "receipt_number")
                continue
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
                    )
                continue
            seen[number] = fingerprint
            batch.receipts.append(receipt)
            batch.rows += len(receipt.lines)
            if batch.rows >= self.batch_size:
                yield batch
                batch = _Batch()
        if batch.receipts:
            yield batch

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
                self.reject(line_no, "missing columns", f"{len(row)} of {len(header)}")
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
                self.report.rejects.append(bad)
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
        if not self.usable_number[number]:
            return Reject(line_no, "bad receipt number", repr(number))
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
        when = self.moment[row[cols.at]]
        if when is None:
            return Reject(line_no, "bad date/time", repr(row[cols.at]))
        customer = row[cols.customer].strip() if cols.customer is not None else ""
        if customer:
            plain = _SPREADSHEET_NUMBER.fullmatch(customer)
            if plain:
                customer = plain.group(1)
            if len(customer) > _MAX_TEXT:
                return Reject(line_no, "customer too long", customer[:70])
        if cancellation:
            if qty >= 0:
                return Reject(line_no, "cancellation with a positive quantity", f"{sku} x {qty}")
            if priced.value <= 0:
                return Reject(line_no, "zero or negative price", price_text.strip())
            self._cancelled.append(Cancelled(line_no, number, sku, -qty, customer or None, when))
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
        tax_text = row[cols.tax].strip() if cols.tax is not None else ""
        if tax_text:
            tax_value = self.price[tax_text]
            if tax_value is None:
                return Reject(line_no, "tax is not a number", repr(tax_text))
            tax = tax_value.minor
            if not 0 <= tax <= amount:
                return Reject(line_no, "tax not between 0 and the amount", tax_text)
        else:
            tax = self.tax_of(amount) if self.tax_rate else 0
        category = self.default_category
        if cols.category is not None:
            category = row[cols.category].strip() or category
            if len(category) > _MAX_TEXT:
                return Reject(line_no, "category too long", category[:70])
        sale = batch.sales.get(number)
        if sale is None:
            sale = batch.sales[number] = _Sale(number, when, customer or None)
        elif sale.customer is None and customer:
            sale.customer = customer
        sale.lines.append(
            LineRow(
                len(sale.lines) + 1,
                sku,
                row[cols.description].strip() if cols.description is not None else "",
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

    def _column_positions(
        self, header: list[str], online: bool, mapping: dict[str, str] | None
    ) -> _Columns:
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
        report.returns_added += returns.returns
        report.returned_lines += returns.lines
        report.returns_skipped += returns.skipped
        report.rejects.extend(Reject(*r) for r in returns.rejects)
        self.batches += 1
        if self.batches % 10 == 0:
            gc.collect(1)  # the cycles the last batches left (see _collect_between_batches)
        report.elapsed = time.perf_counter() - self.started
        if self.progress is not None:
            self.progress(report)

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
                "rejects": len(report.rejects) + len(returns.rejects),
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
    """``"12.0"`` -> 12; None for anything that is not a whole number."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.to_integral_value():
        return None
    return int(value)
