"""Receipts in the database: saving imported sales, finding them, and their history."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from pos_returns.domain import model as dm
from pos_returns.domain.money import Money
from pos_returns.services.errors import InvalidInput, say
from pos_returns.services.no_receipt import CUSTOMER_ID_PREFIX
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import bulk_insert
from pos_returns.store.ids import uuid7
from pos_returns.store.models import Receipt, ReceiptLine, Refund, Return, ReturnLine, Store, Tender

_NUMBER_NOISE = re.compile(r"[\s\-_/.]+")
_NUMBER_OK = re.compile(r"[A-Z0-9]{1,64}")


def number_key(text: str) -> str:
    """A receipt number as scanned or typed, folded: ``s01 r2-000123`` -> ``S01R2000123``.

    Raises InvalidInput when nothing like a receipt number is left.
    """
    key = _NUMBER_NOISE.sub("", text).upper()
    if not _NUMBER_OK.fullmatch(key):
        raise InvalidInput(
            say(
                "{text!r} is not a receipt number; search by customer, card or item instead",
                text=text.strip(),
            )
        )
    return key


# -- saving -------------------------------------------------------------------------------
@dataclass
class SaveCounts:
    receipts: int = 0
    lines: int = 0
    skipped: int = 0  # already in the database, the same sale
    # (number, sold at, total) of receipts whose number the database holds for another
    # sale (another time or total): not written, and not counted as skipped
    conflicts: list[tuple[str, datetime, int]] = field(default_factory=list)


class LineRow(NamedTuple):
    """A receipt line ready to store: money in minor units."""

    line: int
    sku: str
    description: str
    category: str
    tags: tuple[str, ...]
    qty: int
    unit_price: int
    amount: int
    tax: int


class ReceiptRow(NamedTuple):
    """A receipt ready to store; tenders are (method, minor units, reference)."""

    number: str
    register: str
    sold_at: datetime
    currency: str
    customer: str | None
    total: int
    lines: Sequence[LineRow]
    tenders: Sequence[tuple[str, int, str | None]]


def receipt_row(receipt: dm.Receipt) -> ReceiptRow:
    return ReceiptRow(
        receipt.receipt_number,
        receipt.register,
        receipt.sold_at,
        receipt.currency,
        receipt.customer,
        receipt.total.minor_units,
        [
            LineRow(
                x.line,
                x.sku,
                x.description,
                x.category,
                tuple(sorted(x.tags)),
                x.qty,
                x.unit_price.minor_units,
                x.amount.minor_units,
                x.tax.minor_units,
            )
            for x in receipt.lines
        ],
        [(t.method.value, t.amount.minor_units, t.reference) for t in receipt.tenders],
    )


def save_receipts(
    uow: UnitOfWork, store: Store, receipts: Sequence[dm.Receipt], source: str = "import"
) -> SaveCounts:
    """Insert receipts that are not in the database yet (by number); returns counts."""
    return save_receipt_rows(uow, store, [receipt_row(r) for r in receipts], source)


def save_receipt_rows(
    uow: UnitOfWork, store: Store, receipts: Sequence[ReceiptRow], source: str = "import"
) -> SaveCounts:
    """`save_receipts` for receipts already in minor units (the CSV import builds these
    directly: it is the path for hundreds of thousands of lines, in bulk inserts). A number
    the store has already is skipped: counted as `skipped` when it is the same sale (time
    and total), else listed in `conflicts`."""
    counts = SaveCounts()
    if not receipts:
        return counts
    numbers = [r.number for r in receipts]
    existing: dict[str, tuple[datetime, int]] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        for number, sold_at, total in uow.session.execute(
            select(Receipt.number, Receipt.sold_at, Receipt.total_minor).where(
                Receipt.store_id == store.id, Receipt.number.in_(chunk)
            )
        ):
            existing[number] = (sold_at, total)
    receipt_rows: list[dict[str, object]] = []
    line_rows: list[dict[str, object]] = []
    tender_rows: list[dict[str, object]] = []
    now = datetime.now(UTC)
    store_id = store.id
    for receipt in receipts:
        known = existing.get(receipt.number)
        if known is not None:
            if known == (receipt.sold_at, receipt.total):
                counts.skipped += 1
            else:
                counts.conflicts.append((receipt.number, *known))
            continue
        existing[receipt.number] = (receipt.sold_at, receipt.total)
        rid = uuid7()
        receipt_rows.append(
            {
                "id": rid,
                "store_id": store_id,
                "number": receipt.number,
                "number_key": number_key(receipt.number),
                "register_code": receipt.register,
                "sold_at": receipt.sold_at,
                "currency": receipt.currency,
                "customer": receipt.customer,
                "total_minor": receipt.total,
                "source": source,
                "imported_at": now,
            }
        )
        for line in receipt.lines:
            line_rows.append(
                {
                    "id": uuid7(),
                    "store_id": store_id,
                    "receipt_id": rid,
                    "line_no": line.line,
                    "sku": line.sku,
                    "description": line.description,
                    "category": line.category,
                    "tags": line.tags,
                    "qty": line.qty,
                    "unit_price_minor": line.unit_price,
                    "amount_minor": line.amount,
                    "tax_minor": line.tax,
                    "returned_qty": 0,
                }
            )
        for position, (method, amount, reference) in enumerate(receipt.tenders):
            tender_rows.append(
                {
                    "id": uuid7(),
                    "store_id": store_id,
                    "receipt_id": rid,
                    "position": position,
                    "method": method,
                    "amount_minor": amount,
                    "reference": reference,
                }
            )
        counts.receipts += 1
        counts.lines += len(receipt.lines)
    connection = uow.session.connection()
    for table, rows in ((Receipt, receipt_rows), (ReceiptLine, line_rows), (Tender, tender_rows)):
        bulk_insert(connection, table, rows)
    return counts


# -- finding ------------------------------------------------------------------------------
def find_by_number(uow: UnitOfWork, text: str) -> Receipt | None:
    """The receipt a scanned or typed number names, at any store known locally."""
    key = number_key(text)
    return uow.session.scalars(select(Receipt).where(Receipt.number_key == key).limit(1)).first()


def find_by_customer(uow: UnitOfWork, customer: str, limit: int = 50) -> list[Receipt]:
    return list(
        uow.session.scalars(
            select(Receipt)
            .where(Receipt.customer == customer.strip())
            .order_by(Receipt.sold_at.desc())
            .limit(limit)
        )
    )


def find_by_card(uow: UnitOfWork, reference: str, day: date, timezone: str) -> list[Receipt]:
    """Receipts paid with the card `reference` (e.g. "VISA 1234") on local date `day`."""
    start, end = _local_day(day, timezone)
    return list(
        uow.session.scalars(
            select(Receipt)
            .join(Tender, Tender.receipt_id == Receipt.id)
            .where(
                func.upper(Tender.reference) == reference.strip().upper(),
                Receipt.sold_at >= start,
                Receipt.sold_at < end,
            )
            .order_by(Receipt.sold_at)
            .distinct()
        )
    )


def find_by_sku(
    uow: UnitOfWork, store: Store, sku: str, *, first: date, last: date, limit: int = 100
) -> list[Receipt]:
    """Receipts of `store` with item `sku` sold between local dates `first` and `last`."""
    start, _ = _local_day(first, store.timezone)
    _, end = _local_day(last, store.timezone)
    return list(
        uow.session.scalars(
            select(Receipt)
            .join(ReceiptLine, ReceiptLine.receipt_id == Receipt.id)
            .where(
                ReceiptLine.store_id == store.id,
                ReceiptLine.sku == sku.strip(),
                Receipt.sold_at >= start,
                Receipt.sold_at < end,
            )
            .order_by(Receipt.sold_at.desc())
            .distinct()
            .limit(limit)
        )
    )


def _local_day(day: date, timezone: str) -> tuple[datetime, datetime]:
    zone = ZoneInfo(timezone)
    start = datetime(day.year, day.month, day.day, tzinfo=zone)
    return start, start + timedelta(days=1)


# -- to the domain ------------------------------------------------------------------------
def to_domain(receipt: Receipt, store_code: str) -> dm.Receipt:
    cur = receipt.currency
    return dm.Receipt(
        receipt_number=receipt.number,
        store=store_code,
        register=receipt.register_code,
        sold_at=receipt.sold_at,
        currency=cur,
        customer=receipt.customer,
        lines=tuple(
            dm.ReceiptLine(
                line=x.line_no,
                sku=x.sku,
                description=x.description,
                category=x.category,
                tags=frozenset(x.tags or ()),
                qty=x.qty,
                unit_price=Money.from_minor(x.unit_price_minor, cur),
                amount=Money.from_minor(x.amount_minor, cur),
                tax=Money.from_minor(x.tax_minor, cur),
            )
            for x in receipt.lines
        ),
        tenders=tuple(
            dm.Tender(dm.TenderMethod(t.method), Money.from_minor(t.amount_minor, cur), t.reference)
            for t in receipt.tenders
        ),
    )


def history(
    uow: UnitOfWork,
    receipt: Receipt | None,
    customer: str | None,
    since: datetime | None,
    *,
    customer_id_hashes: Sequence[str] = (),
) -> tuple[dm.PastReturn, ...]:
    """Every earlier return of `receipt` (at any store known locally) and the customer's
    returns of other receipts since `since` (for the policy's limit): the customer named
    by their number, or by the hashes of the ID they showed for returns without a receipt
    (the first is the one the decision names them by; the others are older keys')."""
    conditions = []
    if receipt is not None:
        conditions.append(Return.receipt_id == receipt.id)
    if customer and since is not None:
        conditions.append((Return.customer == customer) & (Return.returned_at >= since))
    if customer_id_hashes and since is not None:
        conditions.append(
            Return.customer_id_hash.in_(customer_id_hashes) & (Return.returned_at >= since)
        )
    if not conditions:
        return ()
    rows = uow.session.scalars(
        select(Return).where(or_(*conditions)).order_by(Return.returned_at)
    ).all()
    return tuple(_past(row, receipt, customer_id_hashes) for row in rows)


def _past(row: Return, receipt: Receipt | None, hashes: Sequence[str] = ()) -> dm.PastReturn:
    cur = row.currency
    own = receipt is not None and row.receipt_id == receipt.id
    lines: Iterable[ReturnLine] = row.lines
    refunds: Iterable[Refund] = row.refunds
    customer = row.customer
    if customer is None and row.customer_id_hash:  # one ID under any key: one customer
        named = hashes[0] if row.customer_id_hash in hashes else row.customer_id_hash
        customer = CUSTOMER_ID_PREFIX + named
    return dm.PastReturn(
        at=row.returned_at,
        customer=customer,
        lines=tuple(dm.ReturnedQty(x.line_no, x.qty) for x in lines if x.receipt_line_id),
        to_tenders=tuple(
            dm.TenderRefund(
                dm.TenderMethod(r.method), Money.from_minor(r.amount_minor, cur), r.reference
            )
            for r in refunds
        )
        if own
        else (),
        # Not this receipt: another one's number, or "" for a return without a receipt.
        receipt_number=None if own else (row.receipt_number or ""),
    )
