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

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import Engine, bindparam, case, select, update

from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import bulk_insert
from pos_returns.store.ids import uuid7
from pos_returns.store.models import (
    PolicyStatus,
    PolicyVersion,
    Receipt,
    ReceiptLine,
    Tender,
)
from pos_returns.sync.central import _plain
from pos_returns.sync.push import CentralUnreachable, _set_state, _state

log = logging.getLogger(__name__)
PAGE = 5000


@dataclass
class PullResult:
    policies: int = 0
    receipts: int = 0
    returned_updates: int = 0

    @property
    def moved(self) -> int:
        return self.policies + self.receipts + self.returned_updates


def pull(engine: Engine, central_url: str, store_code: str) -> PullResult:
    """Bring down what changed since the last pull; raises CentralUnreachable."""
    result = PullResult()
    try:
        with psycopg.connect(_plain(central_url), connect_timeout=5) as central:
            _pull_policies(engine, central, store_code, result)
            _pull_receipts(engine, central, store_code, result)
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


def _window(
    engine: Engine, central: psycopg.Connection, store_code: str, stream: str
) -> tuple[str, str]:
    """The stream's lower bound (the last pull's upper one) and the upper bound now."""
    with UnitOfWork(engine) as uow:
        lower = _state(uow, get_store(uow, store_code), stream) or "0"
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
            uow.session.add(
                PolicyVersion(
                    store_id=store.id,
                    version=version,
                    status=PolicyStatus.PUBLISHED,
                    document=document,
                    created_at=published_at,
                    published_at=published_at,
                    effective_from=effective_from,
                )
            )
            result.policies += 1
        uow.commit()
    _set_state(engine, store_code, "policies_xid", upper)


def _pull_receipts(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PullResult
) -> None:
    """The store's receipts new to this register (streamed in pages, written in bulk), and
    its older lines' returned quantities as the chain counts them."""
    with central.transaction():
        central.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        lower, upper = _window(engine, central, store_code, "receipts_xid")
        window = (store_code, lower)
        with central.cursor(name="receipts") as stream:  # server-side: a page at a time
            stream.itersize = PAGE
            stream.execute(
                "SELECT id, number, number_key, register, sold_at, currency, customer,"
                " total_minor FROM receipts"
                " WHERE store = %s AND xid >= %s::xid8",
                window,
            )
            while page := stream.fetchmany(PAGE):
                result.receipts += _write_page(engine, central, store_code, page)
        changed = central.execute(
            "SELECT r.number, l.line_no, l.returned_qty FROM receipt_lines l"
            " JOIN receipts r ON r.store = l.store AND r.id = l.receipt_id"
            " WHERE l.store = %s AND l.xid >= %s::xid8 AND l.returned_qty > 0",
            window,
        ).fetchall()
    if changed:
        result.returned_updates += _write_returned(engine, store_code, changed)
    _set_state(engine, store_code, "receipts_xid", upper)


def _write_page(
    engine: Engine, central: psycopg.Connection, store_code: str, page: list[Any]
) -> int:
    """Write the receipts of `page` this register lacks, with their lines and tenders."""
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow, store_code)
        known = set(
            uow.session.scalars(
                select(Receipt.number).where(
                    Receipt.store_id == store.id, Receipt.number.in_([r[1] for r in page])
                )
            )
        )
        fresh = [r for r in page if r[1] not in known]
        if not fresh:
            return 0
        ids = [r[0] for r in fresh]
        lines = central.execute(
            "SELECT receipt_id, line_no, sku, description, category, tags, qty,"
            " unit_price_minor, amount_minor, tax_minor, returned_qty FROM receipt_lines"
            " WHERE store = %s AND receipt_id = ANY(%s)",
            (store_code, ids),
        ).fetchall()
        tenders = central.execute(
            "SELECT receipt_id, position, method, amount_minor, reference FROM tenders"
            " WHERE store = %s AND receipt_id = ANY(%s)",
            (store_code, ids),
        ).fetchall()
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
        )
        bulk_insert(connection, ReceiptLine, [_line_row(store.id, line) for line in lines])
        bulk_insert(
            connection,
            Tender,
            [
                {
                    "id": uuid7(),
                    "store_id": store.id,
                    "receipt_id": rid,
                    "position": position,
                    "method": method,
                    "amount_minor": amount,
                    "reference": reference,
                }
                for rid, position, method, amount, reference in tenders
            ],
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


def _line_row(store_id: Any, line: tuple[Any, ...]) -> dict[str, Any]:
    rid, line_no, sku, description, category, tags, qty, unit, amount, tax, back = line
    return {
        "id": uuid7(),
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
