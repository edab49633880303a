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
from dataclasses import dataclass
from typing import Any, cast

import psycopg

from pos_returns.services import exchange
from pos_returns.services.exchange import (
    PulledEmployee,
    PulledPolicy,
    PulledProduct,
    ReturnedQty,
)
from pos_returns.services.receipt_rows import LineRow, ReceiptRow, TenderRow
from pos_returns.services.uow import Database
from pos_returns.sync.connection import connected

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


def pull(engine: Database, central_url: str, store_code: str) -> PullResult:
    """Bring down what changed since the last pull; raises CentralUnreachable."""
    result = PullResult()
    with connected(central_url) as central:
        _pull_chain_key(engine, central, store_code)
        _pull_policies(engine, central, store_code, result)
        _pull_receipts(engine, central, store_code, result)
        _pull_people(engine, central, store_code, result)
    if result.moved:
        log.info(
            "pulled %d policy versions, %d receipts, %d returned quantities",
            result.policies,
            result.receipts,
            result.returned_updates,
        )
    return result


def _pull_chain_key(engine: Database, central: psycopg.Connection[Any], store_code: str) -> None:
    """The chain's key for ID numbers, kept beside the sync cursors (a central database
    set up before it had one has none: this store's own key goes on being used)."""
    try:
        with central.transaction():
            row = central.execute("SELECT id_key FROM chain").fetchone()
    except psycopg.errors.UndefinedTable:
        return
    if row is not None and exchange.keep_chain_key(engine, store_code, row[0]):
        log.info("the chain's key for ID numbers came down")


def _window(
    engine: Database, central: psycopg.Connection[Any], store_code: str, stream: str
) -> tuple[str, str]:
    """The stream's lower bound (the last pull's upper one) and the upper bound now."""
    lower = exchange.sync_state(engine, store_code, stream) or "0"
    row = central.execute("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").fetchone()
    assert row is not None
    return lower, row[0]


def _pull_policies(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PullResult
) -> None:
    with central.transaction():
        central.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        lower, upper = _window(engine, central, store_code, "policies_xid")
        rows = central.execute(
            "SELECT version, document, effective_from, published_at FROM policy_versions"
            " WHERE store = %s AND xid >= %s::xid8 ORDER BY version",
            (store_code, lower),
        ).fetchall()
    versions = [PulledPolicy(*row) for row in rows]
    result.policies += exchange.receive_policies(engine, store_code, versions)
    exchange.set_sync_state(engine, store_code, "policies_xid", upper)


def _pull_people(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PullResult
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
    employees, items = exchange.receive_people(
        engine,
        store_code,
        [PulledEmployee(*row) for row in people],
        [PulledProduct(*row) for row in products],
    )
    result.employees += employees
    result.products += items
    exchange.set_sync_state(engine, store_code, "people_xid", upper)


def _pull_receipts(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PullResult
) -> None:
    """The store's receipts new to this register (streamed in pages, written in bulk), and
    its older lines' returned quantities as the chain counts them."""
    with central.transaction():
        central.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        lower, upper = _window(engine, central, store_code, "receipts_xid")
        window = (store_code, lower)
        first = not exchange.has_receipts(engine, store_code)
        # The centre's pages are read on a thread while this one writes the last page
        # here: the network and the local disk work at the same time.
        pages: queue.Queue[_Page | BaseException | None] = queue.Queue(maxsize=3)
        reader = threading.Thread(
            target=_read_pages, args=(central, window, pages), name="pull-receipts"
        )
        reader.start()
        try:
            with exchange.loading_receipts(engine, first=first):
                while (page := pages.get()) is not None:
                    if isinstance(page, BaseException):
                        raise page
                    result.receipts += exchange.keep_pulled_receipts(
                        engine, store_code, page.receipts, page.lines, page.tenders, first=first
                    )
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
        returned = [ReturnedQty(*row) for row in changed]
        result.returned_updates += exchange.raise_returned(engine, store_code, returned)
    exchange.set_sync_state(engine, store_code, "receipts_xid", upper)


@dataclass(frozen=True)
class _Page:
    """A page of the store's receipts, their lines and their tenders, each line and tender
    naming its receipt (the writer files them: `receipt_rows.save_receipt_rows`)."""

    receipts: list[ReceiptRow]
    lines: list[LineRow]
    tenders: list[TenderRow]


def _read_pages(
    central: psycopg.Connection[Any],
    window: tuple[str, str],
    pages: queue.Queue[_Page | BaseException | None],
) -> None:
    """Stream the store's receipts in the window, a page with its lines and tenders at a
    time, into `pages`; None at the end (or the exception that stopped it)."""
    try:
        with central.cursor(name="receipts") as stream:  # server-side: a page at a time
            stream.itersize = PAGE
            stream.execute(
                "SELECT number, register, sold_at, currency::text, customer, total_minor,"
                " NULL, NULL, replace(id::text, '-', ''), number_key"
                " FROM receipts WHERE store = %s AND xid >= %s::xid8"
                " ORDER BY id",  # in key order: each local index grows at its end
                window,
            )
            while page := stream.fetchmany(PAGE):
                pages.put(_page(central, window[0], page))
        pages.put(None)
    except BaseException as exc:  # noqa: BLE001 - handed to the writing thread
        pages.put(exc)


def _page(central: psycopg.Connection[Any], store_code: str, receipts: list[Any]) -> _Page:
    """The receipts of a page with their lines and tenders. The centre's rows come in the
    writer's shapes field for field (ReceiptRow, LineRow, TenderRow; keys in hex, the form
    the database takes; the tags' JSON text as it is), and are handed over as they came:
    any Python work per row on this thread holds up the one writing the page before."""
    ids = [r[8] for r in receipts]
    lines = central.execute(
        "SELECT line_no, sku, description, category, tags::text, qty, unit_price_minor,"
        " amount_minor, tax_minor, returned_qty, replace(receipt_id::text, '-', '')"
        " FROM receipt_lines WHERE store = %s AND receipt_id = ANY(%s::uuid[])"
        " ORDER BY receipt_id, line_no",
        (store_code, ids),
    ).fetchall()
    tenders = central.execute(
        "SELECT method, amount_minor, reference, position, replace(receipt_id::text, '-', '')"
        " FROM tenders WHERE store = %s AND receipt_id = ANY(%s::uuid[])",
        (store_code, ids),
    ).fetchall()
    return _Page(
        cast(list[ReceiptRow], receipts),
        cast(list[LineRow], lines),
        cast(list[TenderRow], tenders),
    )
