"""Receipts: a return's receipt as the customer takes it home (built in
`return_receipt.py`), and the sales receipts a cashier looks up without their number.

The printer test page and the policy poster are in `print_pages.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from pos_returns.domain.document import Document
from pos_returns.domain.money import Money
from pos_returns.i18n import check_language
from pos_returns.services import sales
from pos_returns.services.errors import InvalidInput, NotFound, say
from pos_returns.services.return_receipt import receipt_document
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Refund, Return, Store


def find_return(uow: UnitOfWork, store: Store, number: str) -> Return:
    """A return of `store` by its number as printed or scanned (any case, any spaces)."""
    wanted = "".join(number.split()).upper()
    row = uow.session.scalars(
        select(Return).where(Return.store_id == store.id, func.upper(Return.number) == wanted)
    ).first()
    if row is None:
        raise NotFound(
            say(
                "no return {number!r} at {store}; the number is printed under the barcode of "
                "the return receipt, e.g. {store}-R1-RT000001",
                number=number.strip(),
                store=store.code,
            )
        )
    return row


# -- the use cases the doors call -----------------------------------------------------------
def receipt_for_return(
    db: Database,
    store_code: str | None,
    number: str,
    language: str | None = None,
    *,
    copy: bool = False,
) -> Document:
    """The return receipt of return `number` of the store (default: this register's), in
    `language` (default: the one chosen at the counter). Raises NotFound."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return return_receipt(uow, store, find_return(uow, store, number), language, copy=copy)


@dataclass(frozen=True)
class SoldLine:
    line: int
    sku: str
    description: str
    qty: int
    returned: int
    amount: Money


@dataclass(frozen=True)
class Payment:
    method: str
    amount: Money
    reference: str | None


@dataclass(frozen=True)
class SaleDetails:
    """A receipt with what came back of each line (`pos-returns receipt show`)."""

    number: str
    sold_at: datetime  # in the store's time zone
    register: str
    customer: str | None
    lines: tuple[SoldLine, ...]
    payments: tuple[Payment, ...]


def sale_details(db: Database, store_code: str | None, number: str) -> SaleDetails:
    """The receipt `number` as printed or scanned, its time in the store's time zone.
    Raises NotFound."""
    with UnitOfWork(db) as uow:
        zone = ZoneInfo(get_store(uow, store_code).timezone)
        row = sales.find_by_number(uow, number)
        if row is None:
            raise NotFound(
                say("no receipt {number!r}; try `pos-returns receipt find`", number=number.strip())
            )
        return SaleDetails(
            number=row.number,
            sold_at=row.sold_at.astimezone(zone),
            register=row.register_code,
            customer=row.customer,
            lines=tuple(
                SoldLine(
                    line.line_no,
                    line.sku,
                    line.description,
                    line.qty,
                    line.returned_qty,
                    Money.from_minor(line.amount_minor, row.currency),
                )
                for line in row.lines
            ),
            payments=tuple(
                Payment(t.method, Money.from_minor(t.amount_minor, row.currency), t.reference)
                for t in row.tenders
            ),
        )


@dataclass(frozen=True)
class SaleSearch:
    """How a receipt is found without its number: by customer; by card on a day (the
    store's); or by item sold between two days."""

    customer: str | None = None
    card: str | None = None
    day: date | None = None
    sku: str | None = None
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class SaleFound:
    number: str
    sold_at: datetime  # in the store's time zone
    total: Money
    customer: str | None


def find_sales(db: Database, store_code: str | None, search: SaleSearch) -> list[SaleFound]:
    """The receipts `search` finds (by customer, else by card and day, else by item and
    days), newest first as `services.sales` gives them."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        if search.customer:
            rows = sales.find_by_customer(uow, search.customer)
        elif search.card:
            if search.day is None:
                raise InvalidInput(say("a card is looked for on one day: give the date"))
            rows = sales.find_by_card(uow, search.card, search.day, store.timezone)
        else:
            if search.first is None or search.last is None:
                raise InvalidInput(say("an item is looked for between two dates: give both"))
            sku = search.sku or ""
            rows = sales.find_by_sku(uow, store, sku, first=search.first, last=search.last)
        zone = ZoneInfo(store.timezone)
        return [
            SaleFound(
                row.number,
                row.sold_at.astimezone(zone),
                Money.from_minor(row.total_minor, row.currency),
                row.customer,
            )
            for row in rows
        ]


def return_receipt(
    uow: UnitOfWork,
    store: Store,
    row: Return,
    language: str | None = None,
    *,
    copy: bool = False,
    open_drawer: bool = False,
) -> Document:
    """The return receipt of `row`, in `language` (default: the one chosen at the counter).

    `open_drawer` starts it with a pulse to the cash drawer (cash is being handed over).
    """
    lang = check_language(language or row.language)
    return receipt_document(uow, store, row, lang, copy=copy, open_drawer=open_drawer)


def has_cash_refund(uow: UnitOfWork, row: Return) -> bool:
    return (
        uow.session.scalar(
            select(func.count())
            .select_from(Refund)
            .where(Refund.return_id == row.id, Refund.method == "cash", Refund.amount_minor > 0)
        )
        or 0
    ) > 0
