"""Importing a store's past sales from a file: JSON Lines receipts or line-item CSV.

    report = import_receipts(db, "S01", "sales.csv.gz")
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
garbage collector held back during the import (see `writer.collect_between_batches`).

The package, one module per job: `reading` (the file read whole first, its codec and
layout), `checks` (what every row goes through), `jsonl`, `line_items` and
`online_retail` (the layouts), `cancellations` (the Online Retail cancellations as past
returns), `writer` (batches into the database, and the journal entry), `report` (the
report and the rejects file).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from pos_returns.services.actors import Actor, require_manager
from pos_returns.services.errors import InvalidInput, NotFound, PermissionDenied, say
from pos_returns.services.importing.batches import mark_last
from pos_returns.services.importing.cancellations import (
    RETURN_PREFIX,
    Cancelled,
    Returns,
    import_cancellations,
    import_employee,
)
from pos_returns.services.importing.checks import (
    EARLIEST_SALE,
    FUTURE_SLACK,
    MAX_DESCRIPTION,
    MAX_TEXT,
    SAME_SALE,
    StoreInfo,
)
from pos_returns.services.importing.jsonl import JsonLines
from pos_returns.services.importing.line_items import DEFAULT_COLUMNS, REQUIRED_FIELDS, LineItems
from pos_returns.services.importing.online_retail import ONLINE_RETAIL_COLUMNS, PRODUCT_CODE
from pos_returns.services.importing.reading import (
    FILE_ERRORS,
    LAYOUTS,
    CheckedFile,
    check_file,
    first_line,
    open_text,
    why,
)
from pos_returns.services.importing.report import ImportReport, Reject
from pos_returns.services.importing.writer import (
    JOURNAL_KIND,
    Writer,
    collect_between_batches,
)
from pos_returns.services.register import acting_store, has_identity, this_register
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import IMPORT_EMPLOYEE, Employee, Store

__all__ = [
    "DEFAULT_COLUMNS",
    "EARLIEST_SALE",
    "FUTURE_SLACK",
    "JOURNAL_KIND",
    "LAYOUTS",
    "MAX_DESCRIPTION",
    "ONLINE_RETAIL_COLUMNS",
    "PRODUCT_CODE",
    "REQUIRED_FIELDS",
    "RETURN_PREFIX",
    "SAME_SALE",
    "Cancelled",
    "CheckedFile",
    "ImportReport",
    "Reject",
    "Returns",
    "check_file",
    "import_cancellations",
    "import_employee",
    "import_receipts",
    "rejects_folder_for",
]


def import_receipts(
    db: Database,
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
    store); see the package's documentation.

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
    _check_options(batch_size, default_category, tax_rate)
    info = _store_to_import_into(db, store_code, actor)
    if checked is None or (checked.path, checked.layout, checked.encoding) != (
        path,
        layout,
        encoding,
    ):
        checked = check_file(path, layout=layout, encoding=encoding)
    else:
        started -= checked.seconds  # the import's time includes reading the file whole
    if rejects_folder is not None:
        _make_folder(rejects_folder)
    report = ImportReport(file=path.name, layout=checked.chosen, store=info.code)
    report.sha256 = checked.sha256
    kind = JsonLines if checked.chosen == "jsonl" else LineItems
    reader = kind(
        info, report, default_category=default_category, tax_rate=tax_rate, batch_size=batch_size
    )
    cancelled_rows = reader.cancelled_rows if isinstance(reader, LineItems) else {}
    writer = Writer(
        db, info, report, cancelled_rows=cancelled_rows, progress=progress, started=started
    )
    _read_and_write(path, checked, reader, writer, mapping)
    if rejects_folder is not None:
        try:
            report.rejects_file = report.write_rejects(rejects_folder)
        except OSError as exc:
            report.rejects_error = f"{rejects_folder}: {exc.strerror or exc}"
    report.elapsed = time.perf_counter() - started
    return report


def _read_and_write(
    path: Path,
    checked: CheckedFile,
    reader: JsonLines | LineItems,
    writer: Writer,
    mapping: dict[str, str] | None,
) -> None:
    """Read the file again, in batches, and write each one as it comes."""
    report = writer.report
    with open_text(path, checked.codec) as stream, collect_between_batches():
        try:
            first = first_line(stream)
            if isinstance(reader, JsonLines):
                report.columns = ("text",)
                batches = reader.batches(stream)
            else:
                batches = reader.batches(stream, first, checked.chosen, mapping)
            for batch, last in mark_last(batches):
                writer.write(batch, last=last)
        except FILE_ERRORS as exc:
            # check_file read it all a moment ago: the file changed since
            raise InvalidInput(
                say(
                    "{file} changed while it was imported ({why}); {receipts:,} receipts were "
                    "written before that. Import it again once the file is complete",
                    file=path.name,
                    why=why(exc),
                    receipts=report.receipts_added,
                )
            ) from None


def _check_options(batch_size: int, default_category: str, tax_rate: Decimal) -> None:
    if batch_size < 1:
        raise InvalidInput(say("batch_size must be at least 1"))
    if not default_category.strip() or len(default_category) > MAX_TEXT:
        raise InvalidInput(
            say(
                "default category {category!r} must be 1 to 64 characters",
                category=default_category,
            )
        )
    if not isinstance(tax_rate, Decimal) or not tax_rate.is_finite() or tax_rate < 0:
        raise InvalidInput(
            say("tax rate {rate!r} must be a Decimal percentage >= 0", rate=tax_rate)
        )


def _store_to_import_into(db: Database, code: str | None, actor: Actor | None) -> StoreInfo:
    with UnitOfWork(db) as uow:
        store = _store(uow, code)
        _may_import(uow, store, actor)
        return StoreInfo(store.code, store.timezone, store.currency)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InvalidInput(
            say(
                "cannot make the folder {folder} for the rejected rows ({why}); name another "
                "one with --rejects FOLDER",
                folder=str(folder),
                why=exc.strerror or str(exc),
            )
        ) from None


def rejects_folder_for(db: Database, path: str | Path) -> Path:
    """Where the command writes an import's rejected rows: a ``rejects`` folder beside the
    SQLite database file, or beside the imported file when the database is not a file."""
    url = db.url
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
    require_manager(actor, say("importing sales"))


def _store(uow: UnitOfWork, code: str | None) -> Store:
    """The store to import into; without one, say how to make it while importing."""
    try:
        return acting_store(uow, code)
    except NotFound:
        example = f"{code or 'S01'}:Europe/London:GBP"
        if code is None:
            raise NotFound(
                say(
                    "this database has no store yet: make it while importing with "
                    "--create-store CODE:TIMEZONE:CURRENCY (e.g. --create-store {example})",
                    example=example,
                )
            ) from None
        raise NotFound(
            say(
                "no store {code!r} in this database: name one it has with --store, or make it "
                "while importing with --create-store {code}:TIMEZONE:CURRENCY "
                "(e.g. --create-store {example})",
                code=code,
                example=example,
            )
        ) from None
