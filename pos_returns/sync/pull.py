"""Pull: what the chain decided comes down to this register.

Each stream (the store's published policies, its receipts and the returned quantities of
their lines) is read by a PostgreSQL snapshot watermark. A pull reads, in one snapshot,
every row it can see whose `xid` is at or above the watermark, and the next watermark is
that snapshot's `pg_snapshot_xmin`: every transaction below it had ended, so nothing can
still commit below it, while a transaction open during the pull (its rows unseen) has an
xid at or above it and is read by the next pull. This is DESIGN.md's window
`[previous xmin, current xmin)` plus what is already committed above it, so a row
committed a moment ago comes down now even while some long transaction elsewhere on the
server holds the xmin back. (A sequence or a timestamp would skip the rows of a
transaction that took a number early and committed late.) A row may come down twice;
writing it here is idempotent.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import Engine, bindparam, case, select, update

from pos_returns.services import journal
from pos_returns.services.no_receipt import CHAIN_ID_KEY
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import bulk_insert
from pos_returns.store.ids import uuid7
from pos_returns.store.models import (
    Employee,
    PolicyStatus,
    PolicyVersion,
    Product,
    Receipt,
    ReceiptLine,
    Tender,
)
from pos_returns.sync.central import _plain
from pos_returns.sync.common import CentralUnreachable, set_state, state

log = logging.getLogger(__name__)
PAGE = 20_000


@dataclass
class PullResult:
    policies: int = 0
    receipts: int = 0
    returned_updates: int = 0
    employees: int = 0
    products: int = 0

    @property
    def moved(self) -> int:
        return (
            self.policies + self.receipts + self.returned_updates + self.employees + self.products
        )


def pull(engine: Engine, central_url: str, store_code: str) -> PullResult:
    """Bring down what changed since the last pull; raises CentralUnreachable."""
    result = PullResult()
    try:
        with psycopg.connect(_plain(central_url), connect_timeout=5) as central:
            _pull_chain_key(engine, central, store_code)
            _pull_policies(engine, central, store_code, result)
            _pull_receipts(engine, central, store_code, result)
            _pull_people(engine, central, store_code, result)
    except psycopg.OperationalError as exc:
        raise CentralUnreachable(" ".join(str(exc).split())[:200]) from None
    if result.moved:
        log.info(
            "pulled %d policy versions, %d receipts, %d returned quantities",
            result.policies,
            result.receipts,
            result.returned_updates,
        )
    return result


def _pull_chain_key(engine: Engine, central: psycopg.Connection, store_code: str) -> None:
    """The chain's key for ID numbers, kept beside the sync cursors (a central database
    set up before it had one has none: this store's own key goes on being used)."""
    try:
        with central.transaction():
            row = central.execute("SELECT id_key FROM chain").fetchone()
    except psycopg.errors.UndefinedTable:
        return
    if row is None:
        return
    with UnitOfWork(engine) as uow:
        known = state(uow, get_store(uow, store_code), CHAIN_ID_KEY)
    if known != row[0]:
        set_state(engine, store_code, CHAIN_ID_KEY, row[0])
        log.info("the chain's key for ID numbers came down")


def _window(
    engine: Engine, central: psycopg.Connection, store_code: str, stream: str
) -> tuple[str, str]:
    """The stream's lower bound (the last pull's upper one) and the upper bound now."""
    with UnitOfWork(engine) as uow:
        lower = state(uow, get_store(uow, store_code), stream) or "0"
    row = central.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
    assert row is not None
    return lower, row[0]


def _pull_policies(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PullResult
) -> None:
    with central.transaction():
        central.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        lower, upper = _window(engine, central, store_code, "policies_xid")
        rows = central.execute(
            "SELECT version, document, effective_from, published_at FROM policy_versions"
            " WHERE store = %s AND xid >= %s::xid8 ORDER BY version",
            (store_code, lower),
        ).fetchall()
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow, store_code)
        have = set(
            uow.session.scalars(
                select(PolicyVersion.version).where(PolicyVersion.store_id == store.id)
            )
        )
        for version, document, effective_from, published_at in rows:
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
            # In the journal as a publication here is: the version decides returns here.
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
            result.policies += 1
        uow.commit()
    set_state(engine, store_code, "policies_xid", upper)


def _pull_people(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PullResult
) -> None:
    """The store's employees (added, given a role or a PIN, deactivated at any register or
    by head office) and its product catalogue."""
    with central.transaction():
        central.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        lower, upper = _window(engine, central, store_code, "people_xid")
        people = central.execute(
            "SELECT code, name, role, pin_hash, active FROM employees"
            " WHERE store = %s AND xid >= %s::xid8",
            (store_code, lower),
        ).fetchall()
        products = central.execute(
            "SELECT sku, description, category, tags, price_minor FROM products"
            " WHERE store = %s AND xid >= %s::xid8",
            (store_code, lower),
        ).fetchall()
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow, store_code)
        mine = {
            e.code: e
            for e in uow.session.scalars(select(Employee).where(Employee.store_id == store.id))
        }
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
            result.employees += 1
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
            result.products += 1
        uow.commit()
    set_state(engine, store_code, "people_xid", upper)


def _pull_receipts(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PullResult
) -> None:
    """The store's receipts new to this register (streamed in pages, written in bulk), and
    its older lines' returned quantities as the chain counts them."""
    with central.transaction():
        central.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        lower, upper = _window(engine, central, store_code, "receipts_xid")
        window = (store_code, lower)
        first = _first_pull(engine, store_code)
        # The centre's pages are read on a thread while this one writes the last page
        # here: the network and the local disk work at the same time.
        pages: queue.Queue[_Page | BaseException | None] = queue.Queue(maxsize=3)
        reader = threading.Thread(
            target=_read_pages, args=(central, window, pages), name="pull-receipts"
        )
        reader.start()
        try:
            with _bulk_load(engine, first):
                while (page := pages.get()) is not None:
                    if isinstance(page, BaseException):
                        raise page
                    result.receipts += _write_page(engine, store_code, page, first)
        finally:
            while reader.is_alive():  # let a reader blocked on a full queue finish
                with contextlib.suppress(queue.Empty):
                    pages.get(timeout=0.1)
            reader.join()
        changed = central.execute(
            "SELECT r.number, l.line_no, l.returned_qty FROM receipt_lines l"
            " JOIN receipts r ON r.store = l.store AND r.id = l.receipt_id"
            " WHERE l.store = %s AND l.xid >= %s::xid8 AND l.returned_qty > 0",
            window,
        ).fetchall()
    if changed:
        result.returned_updates += _write_returned(engine, store_code, changed)
    set_state(engine, store_code, "receipts_xid", upper)


@dataclass(frozen=True)
class _Page:
    receipts: list[Any]
    lines: list[Any]
    tenders: list[Any]


def _read_pages(
    central: psycopg.Connection,
    window: tuple[str, str],
    pages: queue.Queue[_Page | BaseException | None],
) -> None:
    """Stream the store's receipts in the window, a page with its lines and tenders at a
    time, into `pages`; None at the end (or the exception that stopped it)."""
    try:
        store_code = window[0]
        with central.cursor(name="receipts") as stream:  # server-side: a page at a time
            stream.itersize = PAGE
            stream.execute(
                "SELECT replace(id::text, '-', ''), number, number_key, register, sold_at,"
                " currency, customer,"
                " total_minor FROM receipts WHERE store = %s AND xid >= %s::xid8"
                " ORDER BY id",  # in key order: each local index grows at its end
                window,
            )
            while page := stream.fetchmany(PAGE):
                ids = [r[0] for r in page]
                lines = central.execute(
                    "SELECT replace(receipt_id::text, '-', ''), line_no, sku, description,"
                    " category, tags::text, qty,"
                    " unit_price_minor, amount_minor, tax_minor, returned_qty"
                    " FROM receipt_lines WHERE store = %s AND receipt_id = ANY(%s::uuid[])"
                    " ORDER BY receipt_id, line_no",
                    (store_code, ids),
                ).fetchall()
                tenders = central.execute(
                    "SELECT replace(receipt_id::text, '-', ''), position, method, amount_minor,"
                    " reference FROM tenders"
                    " WHERE store = %s AND receipt_id = ANY(%s::uuid[])",
                    (store_code, ids),
                ).fetchall()
                pages.put(_Page(page, lines, tenders))
        pages.put(None)
    except BaseException as exc:  # noqa: BLE001 - handed to the writing thread
        pages.put(exc)


def _first_pull(engine: Engine, store_code: str) -> bool:
    """Whether this register has none of its store's receipts yet (a new register)."""
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        return (
            uow.session.scalars(
                select(Receipt.id).where(Receipt.store_id == store.id).limit(1)
            ).first()
            is None
        )


# The indexes a new register's first pull builds once at the end instead of row by row.
_LOOKUP_INDEXES = (
    "ix_receipts_number_key",
    "ix_receipts_customer_sold",
    "ix_receipts_store_id",
    "ix_receipt_lines_sku",
    "ix_receipt_lines_store_id",
)


@contextlib.contextmanager
def _bulk_load(engine: Engine, first: bool) -> Iterator[None]:
    """On a new SQLite register, drop the receipts' look-up indexes for the first pull and
    build them again afterwards (whatever happened): sorting a million keys once is far
    quicker than placing them one by one."""
    if not first or engine.dialect.name != "sqlite":
        yield
        return
    indexes = [
        index
        for table in (Receipt.__table__, ReceiptLine.__table__)
        for index in table.indexes
        if index.name in _LOOKUP_INDEXES
    ]
    with engine.begin() as connection:
        for index in indexes:
            index.drop(connection, checkfirst=True)
    try:
        yield
    finally:
        with engine.begin() as connection:
            for index in indexes:
                index.create(connection, checkfirst=True)


def _write_page(engine: Engine, store_code: str, page: _Page, first: bool = False) -> int:
    """Write the receipts of `page` this register lacks (all of them, on its first pull),
    with their lines and tenders."""
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow, store_code)
        known: set[str] = set()
        if not first:
            known = set(
                uow.session.scalars(
                    select(Receipt.number).where(
                        Receipt.store_id == store.id,
                        Receipt.number.in_([r[1] for r in page.receipts]),
                    )
                )
            )
        fresh = [r for r in page.receipts if r[1] not in known]
        if not fresh:
            return 0
        new_ids = {r[0] for r in fresh}
        lines = [line for line in page.lines if line[0] in new_ids]
        tenders = [tender for tender in page.tenders if tender[0] in new_ids]
        now = datetime.now(UTC)
        connection = uow.session.connection()
        bulk_insert(
            connection,
            Receipt,
            [
                {
                    "id": rid,
                    "store_id": store.id,
                    "number": number,
                    "number_key": key,
                    "register_code": register,
                    "sold_at": sold_at,
                    "currency": currency.strip(),
                    "customer": customer,
                    "total_minor": total,
                    "source": "central",
                    "imported_at": now,
                }
                for rid, number, key, register, sold_at, currency, customer, total in fresh
            ],
            ready=frozenset({"id"}),  # the centre's key, in hex
        )
        ids = _ids(len(lines) + len(tenders))
        bulk_insert(
            connection,
            ReceiptLine,
            [_line_row(store.id, next(ids), line) for line in lines],
            ready=frozenset({"id", "receipt_id", "tags"}),  # keys in hex, JSON text as it is
        )
        bulk_insert(
            connection,
            Tender,
            [
                {
                    "id": next(ids),
                    "store_id": store.id,
                    "receipt_id": rid,
                    "position": position,
                    "method": method,
                    "amount_minor": amount,
                    "reference": reference,
                }
                for rid, position, method, amount, reference in tenders
            ],
            ready=frozenset({"id", "receipt_id"}),
        )
        uow.commit()
        return len(fresh)


def _write_returned(engine: Engine, store_code: str, changed: list[Any]) -> int:
    """Raise this register's returned quantities to the chain's (other registers' returns:
    its guard sees them from now on); never lower one, never above what was sold."""
    with UnitOfWork(engine, write=True) as uow:
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


def _ids(count: int) -> Iterator[str]:
    """`count` UUIDv7 keys in order, as 32 hex digits (the form the database takes): one
    made now and the ones right after it (its low random bits cleared to make room), far
    cheaper than a new one per row."""
    base = uuid7().int & ~((1 << 32) - 1)
    return (format(base + i, "032x") for i in range(count))


def _line_row(store_id: Any, key: str, line: tuple[Any, ...]) -> dict[str, Any]:
    rid, line_no, sku, description, category, tags, qty, unit, amount, tax, back = line
    return {
        "id": key,
        "store_id": store_id,
        "receipt_id": rid,
        "line_no": line_no,
        "sku": sku,
        "description": description,
        "category": category,
        "tags": tags,
        "qty": qty,
        "unit_price_minor": unit,
        "amount_minor": amount,
        "tax_minor": tax,
        "returned_qty": back,
    }
