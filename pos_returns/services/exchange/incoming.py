"""What comes down from the chain, written into this register's database: the chain's key
for ID numbers, policy versions (each with its journal entry), the store's receipts with
their returned quantities, its employees and catalogue, and another store's receipt
fetched at the counter. Every write is idempotent: a row may come down twice."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import bindparam, case, select, update

from pos_returns.services import journal
from pos_returns.services.exchange.state import set_sync_state, sync_state
from pos_returns.services.no_receipt import CHAIN_ID_KEY
from pos_returns.services.receipt_rows import LineRow, ReceiptRow, TenderRow, save_receipt_rows
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import (
    Employee,
    PolicyStatus,
    PolicyVersion,
    Product,
    Receipt,
    ReceiptLine,
    Store,
)


class PulledPolicy(NamedTuple):
    version: int
    document: dict[str, Any]
    effective_from: datetime
    published_at: datetime


class PulledEmployee(NamedTuple):
    code: str
    name: str
    role: str
    pin_hash: str
    active: bool


class PulledProduct(NamedTuple):
    sku: str
    description: str
    category: str
    tags: list[Any]
    price_minor: int


class ReturnedQty(NamedTuple):
    """A sale line's returned quantity as the chain counts it."""

    number: str  # the receipt's
    line_no: int
    returned: int


class OtherStore(NamedTuple):
    """A store of the chain, as far as a register needs to know it."""

    code: str
    name: str
    timezone: str
    currency: str


def keep_chain_key(db: Database, store_code: str, key: str) -> bool:
    """Keep the chain's key for ID numbers beside the sync cursors (new returns hash an ID
    with it); whether it was new here."""
    if sync_state(db, store_code, CHAIN_ID_KEY) == key:
        return False
    set_sync_state(db, store_code, CHAIN_ID_KEY, key)
    return True


def receive_policies(db: Database, store_code: str, versions: Sequence[PulledPolicy]) -> int:
    """Keep the versions this register lacks (published at head office or at another
    register), each in the journal as a publication here is: it decides returns here.
    Returns how many were new."""
    added = 0
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        have = set(
            uow.session.scalars(
                select(PolicyVersion.version).where(PolicyVersion.store_id == store.id)
            )
        )
        for version, document, effective_from, published_at in versions:
            if version in have:
                continue  # published here and pushed, or pulled before
            row = PolicyVersion(
                store_id=store.id,
                version=version,
                status=PolicyStatus.PUBLISHED,
                document=document,
                created_at=published_at,
                published_at=published_at,
                effective_from=effective_from,
            )
            uow.session.add(row)
            uow.flush()
            journal.append(
                uow,
                store.id,
                journal.POLICY_RECEIVED,
                subject_id=row.id,
                at=datetime.now(UTC),
                payload={
                    "version": version,
                    "effective_from": effective_from.isoformat(),
                    "from": "the chain's central database",
                },
            )
            added += 1
        uow.commit()
    return added


def receive_people(
    db: Database,
    store_code: str,
    people: Sequence[PulledEmployee],
    products: Sequence[PulledProduct],
) -> tuple[int, int]:
    """The store's employees (added, given a role or a PIN, deactivated at any register or
    by head office) and its catalogue; how many employees changed, and products came."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        changed = _receive_employees(uow, store, people)
        catalogue = {
            p.sku: p
            for p in uow.session.scalars(select(Product).where(Product.store_id == store.id))
        }
        for sku, description, category, tags, price in products:
            item = catalogue.get(sku)
            if item is None:
                uow.session.add(
                    Product(
                        store_id=store.id,
                        sku=sku,
                        description=description,
                        category=category,
                        tags=tags,
                        price_minor=price,
                    )
                )
            else:
                item.description, item.category = description, category
                item.tags, item.price_minor = tags, price
        uow.commit()
    return changed, len(products)


def _receive_employees(uow: UnitOfWork, store: Store, people: Sequence[PulledEmployee]) -> int:
    staff = uow.session.scalars(select(Employee).where(Employee.store_id == store.id))
    mine = {e.code: e for e in staff}
    changed = 0
    for code, name, role, pin_hash, active in people:
        row = mine.get(code)
        if row is None:
            uow.session.add(
                Employee(
                    store_id=store.id,
                    code=code,
                    name=name,
                    role=role,
                    pin_hash=pin_hash,
                    active=active,
                )
            )
        elif (row.name, row.role, row.pin_hash, row.active) != (name, role, pin_hash, active):
            row.name, row.role, row.active = name, role, active
            if row.pin_hash != pin_hash:  # a new PIN set elsewhere lifts the lock here too
                row.pin_hash, row.failed_pins, row.locked_until = pin_hash, 0, None
        else:
            continue
        changed += 1
    return changed


# -- receipts -----------------------------------------------------------------------------------
def has_receipts(db: Database, store_code: str) -> bool:
    """Whether this register holds any of its store's receipts (a new one holds none)."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        found = uow.session.scalars(
            select(Receipt.id).where(Receipt.store_id == store.id).limit(1)
        ).first()
        return found is not None


def keep_pulled_receipts(
    db: Database,
    store_code: str,
    receipts: Sequence[ReceiptRow],
    lines: Sequence[LineRow],
    tenders: Sequence[TenderRow],
    *,
    first: bool = False,
) -> int:
    """Write the store's receipts this register lacks (by number) with their `lines` and
    `tenders` (each naming its receipt), keeping the chain's keys and returned quantities
    (`receipt_rows.save_receipt_rows`); how many were new. `first`: the register holds none of
    the store's receipts yet, so none is looked up."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        counts = save_receipt_rows(
            uow, store, receipts, "central", look_up=not first, lines=lines, tenders=tenders
        )
        uow.commit()
    return counts.receipts


# The indexes a new register's first pull builds once at the end instead of row by row.
_LOOKUP_INDEXES = (
    "ix_receipts_number_key",
    "ix_receipts_customer_sold",
    "ix_receipts_store_id",
    "ix_receipt_lines_sku",
    "ix_receipt_lines_store_id",
)


@contextlib.contextmanager
def loading_receipts(db: Database, *, first: bool) -> Iterator[None]:
    """Around a new SQLite register's first pull (`first`), the receipts' look-up indexes
    are dropped and built again afterwards (whatever happened): sorting a million keys
    once is far quicker than placing them one by one."""
    if not first or db.dialect.name != "sqlite":
        yield
        return
    indexes = [
        index
        for table in (Receipt.__table__, ReceiptLine.__table__)
        for index in table.indexes
        if index.name in _LOOKUP_INDEXES
    ]
    with db.begin() as connection:
        for index in indexes:
            index.drop(connection, checkfirst=True)
    try:
        yield
    finally:
        with db.begin() as connection:
            for index in indexes:
                index.create(connection, checkfirst=True)


def raise_returned(db: Database, store_code: str, changed: Sequence[ReturnedQty]) -> int:
    """Raise this register's returned quantities to the chain's (other registers' returns:
    its guard sees them from now on); never lower one, never above what was sold. Returns
    how many lines changed."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        sale = (
            select(Receipt.id)
            .where(Receipt.store_id == store.id, Receipt.number == bindparam("number"))
            .scalar_subquery()
        )
        raise_to = (
            update(ReceiptLine)
            .where(
                ReceiptLine.receipt_id == sale,
                ReceiptLine.line_no == bindparam("line"),
                ReceiptLine.returned_qty < bindparam("back"),
            )
            .values(
                returned_qty=case(
                    (ReceiptLine.qty < bindparam("back"), ReceiptLine.qty),
                    else_=bindparam("back"),
                )
            )
        )
        updated = 0
        connection = uow.session.connection()
        for number, line_no, back in changed:
            updated += connection.execute(
                raise_to, {"number": number, "line": line_no, "back": back}
            ).rowcount
        uow.commit()
    return updated


def keep_fetched_receipt(db: Database, store: OtherStore, receipt: ReceiptRow) -> str:
    """Keep a receipt fetched from the chain (any store's: that store's row is added as far
    as this register needs it), with its lines' returned quantities; its number. A receipt
    of that number that came down meanwhile is kept as it is."""
    assert receipt.key is not None, "a fetched receipt comes with its number's key"
    with UnitOfWork(db, write=True) as uow:
        session = uow.session
        if session.scalars(select(Receipt.id).where(Receipt.number_key == receipt.key)).first():
            return receipt.number  # came down meanwhile
        row = session.scalars(select(Store).where(Store.code == store.code)).first()
        if row is None:
            row = Store(
                code=store.code, name=store.name, timezone=store.timezone, currency=store.currency
            )
            session.add(row)
            uow.flush()
        save_receipt_rows(uow, row, [receipt], "central")
        uow.commit()
    return receipt.number
