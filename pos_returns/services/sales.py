"""Receipts in the database: finding them, and their history. They are written by
`receipt_rows` (its names are kept here for the callers that know them by `sales`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from pos_returns.domain import model as dm
from pos_returns.domain.money import Money
from pos_returns.services.no_receipt import CUSTOMER_ID_PREFIX
from pos_returns.services.receipt_rows import (
    LineRow,
    ReceiptRow,
    SaveCounts,
    TenderRow,
    number_key,
    receipt_row,
    save_receipt_rows,
    save_receipts,
)
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Receipt, ReceiptLine, Refund, Return, ReturnLine, Store, Tender

__all__ = [  # the writer's names too, as the callers that know them by `sales` ask for them
    "LineRow",
    "ReceiptRow",
    "SaveCounts",
    "TenderRow",
    "find_by_card",
    "find_by_customer",
    "find_by_number",
    "find_by_sku",
    "history",
    "number_key",
    "receipt_row",
    "save_receipt_rows",
    "save_receipts",
    "to_domain",
]


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
