"""The line-item CSV layout (and the Online Retail exports, read the same way): one row
per sold line, the rows of one receipt number making one receipt (see the package's
documentation for the columns and the checks)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from typing import Any, NamedTuple, TextIO

from pos_returns.domain.formats import MAX_QTY
from pos_returns.services.errors import InvalidInput, say
from pos_returns.services.importing.batches import Batch, Sale, cancellation_batches, split_off
from pos_returns.services.importing.cancellations import Cancelled
from pos_returns.services.importing.checks import (
    CONTROL,
    EARLIEST_SALE,
    MAX_DESCRIPTION,
    MAX_TEXT,
    SAME_SALE,
    SPREADSHEET_NUMBER,
    Checks,
    Price,
    clean,
    whole,
)
from pos_returns.services.importing.online_retail import (
    cancellation_problem,
    columns_for,
    is_cancellation,
    product_problem,
)
from pos_returns.services.importing.reading import delimiter, header
from pos_returns.services.importing.report import Reject
from pos_returns.services.sales import LineRow

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

CARRY_ROWS = 2000  # a receipt stays open until this many rows pass without one of its rows


class Columns(NamedTuple):
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


class _Read(NamedTuple):
    """A row's fields, parsed and checked as every row's are."""

    number: str
    sku: str
    qty: int
    priced: Price
    when: datetime
    customer: str


class LineItems(Checks):
    """Reads a line-item CSV (or an Online Retail export) into batches of sales, then of
    cancellations; rows that cannot be imported go to the report's rejects."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cancelled: list[Cancelled] = []  # the file's cancelled rows, for the end
        self.cancelled_rows: dict[int, tuple[str, ...]] = {}  # their rows, by line

    def batches(
        self, stream: TextIO, first: str, layout: str, mapping: dict[str, str] | None
    ) -> Iterator[Batch]:
        """Batches of sales, then batches of cancellations (written after all the sales).

        A receipt is handed out once no row of it was seen for `window` rows, so receipts
        whose rows are a little scattered (as in the Online Retail export) stay whole.
        (One loop over the rows, a little past 60 lines: it is the import's hot path, and
        its bookkeeping reads best in one place.)
        """
        names = header(first)
        if not names or not any(names):
            return
        cols = self._column_positions(names, layout == "online-retail", mapping)
        window = min(self.batch_size, CARRY_ROWS)
        batch = Batch()
        written: set[str] = set()  # receipt numbers of the batches handed out
        seen: dict[str, set[tuple[str, ...]]] = {}  # rows of this batch's receipts
        seen_cancelled: dict[str, set[tuple[str, ...]]] = {}  # rows of every cancellation
        latest: dict[str, int] = {}  # receipt number -> its latest row in this batch
        last_number: str | None = None
        stream.seek(0)
        reader = csv.reader(stream, delimiter=delimiter(first))
        next(reader)  # the header
        for row in reader:
            line_no = reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # a blank line
            self.report.rows_read += 1
            if len(row) < cols.width:
                self.reject(line_no, "missing columns", f"{len(row)} of {len(names)}", row=row)
                continue
            number = row[cols.number].strip()
            if number != last_number:
                if batch.rows >= self.batch_size + window:
                    out = split_off(batch, latest, seen, self.report.rows_read - window)
                    if out.sales:
                        written.update(out.sales)
                        yield out
                last_number = number
            if cols.online and is_cancellation(number):
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
        yield from cancellation_batches(self.cancelled, self.batch_size)

    def _row(
        self,
        line_no: int,
        row: list[str],
        number: str,
        batch: Batch,
        cols: Columns,
    ) -> Reject | None:
        """Check one CSV row and add it to the batch (or to the cancellations); the reject
        when it cannot be."""
        read = self._read(line_no, row, number, cols)
        if isinstance(read, Reject):
            return read
        if cols.online and is_cancellation(number):
            return self._cancellation(line_no, row, read, cols)
        qty = read.qty
        if qty <= 0:
            if cols.online and qty < 0:
                return Reject(
                    line_no, "stock adjustment", f"{read.sku} x {qty} on invoice {number}"
                )
            return Reject(line_no, "quantity not positive", f"{read.sku} x {qty}")
        if read.priced.value < 0 or (cols.online and not read.priced.value):
            return Reject(line_no, "zero or negative price", row[cols.price].strip())
        return self._sale_line(line_no, row, batch, cols, read)

    def _read(self, line_no: int, row: list[str], number: str, cols: Columns) -> _Read | Reject:
        """The row's receipt number, SKU, quantity, price, time and customer, checked."""
        if not number:
            return Reject(line_no, "no receipt number")
        problem = self.number_problem[number]
        if problem:
            return Reject(line_no, problem, repr(number))
        sku = row[cols.sku].strip()
        if cols.online:
            bad = product_problem(line_no, number, sku)
            if bad is not None:
                return bad
        if not sku:
            return Reject(line_no, "no SKU")
        if len(sku) > MAX_TEXT:
            return Reject(line_no, "SKU too long", sku[:70])
        if CONTROL.search(sku):
            return Reject(line_no, "control character in SKU", repr(sku))
        qty_text = row[cols.qty]
        try:
            qty = int(qty_text)
        except ValueError:
            as_whole = whole(qty_text)
            if as_whole is None:
                return Reject(line_no, "quantity is not a whole number", repr(qty_text))
            qty = as_whole
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
            plain = SPREADSHEET_NUMBER.fullmatch(customer)
            if plain:
                customer = plain.group(1)
            if len(customer) > MAX_TEXT:
                return Reject(line_no, "customer too long", customer[:70])
            if CONTROL.search(customer):
                return Reject(line_no, "control character in customer", repr(customer))
        return _Read(number, sku, qty, priced, when, customer)

    def _cancellation(
        self, line_no: int, row: list[str], read: _Read, cols: Columns
    ) -> Reject | None:
        """A cancelled row, kept for the end (its past return is written after the sales)."""
        bad = cancellation_problem(
            line_no,
            read.number,
            read.sku,
            read.qty,
            row[cols.price],
            positive_price=read.priced.value > 0,
        )
        if bad is not None:
            return bad
        self.cancelled.append(
            Cancelled(line_no, read.number, read.sku, -read.qty, read.customer or None, read.when)
        )
        self.cancelled_rows[line_no] = tuple(row)
        return None

    def _sale_line(
        self, line_no: int, row: list[str], batch: Batch, cols: Columns, read: _Read
    ) -> Reject | None:
        """Add a sold line to its receipt in the batch; the reject when it does not fit."""
        qty, priced = read.qty, read.priced
        amount = self.amount(priced, qty)
        if amount > self.max_minor:
            return Reject(line_no, "amount out of range", f"{qty} x {row[cols.price].strip()}")
        tax = self._tax(line_no, row, cols, amount)
        if isinstance(tax, Reject):
            return tax
        category = self.default_category
        if cols.category is not None:
            category = row[cols.category].strip() or category
            if len(category) > MAX_TEXT:
                return Reject(line_no, "category too long", category[:70])
            if CONTROL.search(category):
                return Reject(line_no, "control character in category", repr(category))
        description = clean(row[cols.description]) if cols.description is not None else ""
        if len(description) > MAX_DESCRIPTION:
            return Reject(
                line_no,
                "description too long",
                f"{len(description):,} characters, at most {MAX_DESCRIPTION}",
            )
        number, customer = read.number, read.customer
        sale = batch.sales.get(number)
        if sale is None:
            sale = batch.sales[number] = Sale(number, read.when, customer or None, line_no)
        else:
            bad = self._other_sale(line_no, sale, read.when, customer, amount)
            if bad is not None:
                return bad
            if sale.customer is None and customer:
                sale.customer = customer
        sale.lines.append(
            LineRow(
                len(sale.lines) + 1,
                read.sku,
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

    def _tax(self, line_no: int, row: list[str], cols: Columns, amount: int) -> int | Reject:
        """The line's tax: the file's, or what `tax_rate` makes of its amount."""
        tax_text = row[cols.tax].strip() if cols.tax is not None else ""
        if not tax_text:
            return self.tax_of(amount) if self.tax_rate else 0
        tax_value = self.price[tax_text]
        if tax_value is None:
            return Reject(line_no, "tax is not a number", repr(tax_text))
        tax = tax_value.minor
        if not tax_value.in_range or not 0 <= tax <= amount:
            return Reject(line_no, "tax not between 0 and the amount", tax_text[:70])
        return tax

    def _other_sale(
        self, line_no: int, sale: Sale, when: datetime, customer: str, amount: int
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
    ) -> Columns:
        """Where our fields are in the file's rows (the header is kept for the rejects)."""
        self.report.columns = tuple(header)
        columns = self._columns(header, online, mapping)
        index = {name: position for position, name in reversed(list(enumerate(header)))}
        at = {key: index[column] for key, column in columns.items() if column in index}
        missing = [key for key in REQUIRED_FIELDS if key not in at]
        if missing:
            raise InvalidInput(
                say(
                    "{file}: no column for {missing}; the header has {header}. Map our fields "
                    "to the file's columns (e.g. {field} -> {column})",
                    file=self.report.file,
                    missing=", ".join(
                        f"{key} (looked for {columns.get(key, key)!r})" for key in missing
                    ),
                    header=", ".join(header),
                    field=missing[0],
                    column=header[0],
                )
            )
        return Columns(
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
        base = columns_for(header, self.report.file) if online else DEFAULT_COLUMNS
        columns = dict(base)
        for key, column in (mapping or {}).items():
            if key not in DEFAULT_COLUMNS:
                raise InvalidInput(
                    say(
                        "mapping: {key!r} is not one of our fields ({fields})",
                        key=key,
                        fields=", ".join(DEFAULT_COLUMNS),
                    )
                )
            if column not in header:
                raise InvalidInput(
                    say(
                        "mapping: {key} -> {column!r}, but the file has no such column "
                        "(it has {header})",
                        key=key,
                        column=column,
                        header=", ".join(header),
                    )
                )
            columns[key] = column
        return columns
