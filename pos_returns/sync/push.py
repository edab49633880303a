"""Push: what this register did goes up to the central database, exactly once.

A batch is one central transaction. Rows go up with their own keys (`ON CONFLICT DO
NOTHING`), and only the returns the central side did not have yet (`RETURNING`) raise the
sold lines' returned quantities, through `apply_return_line`. So a push cut off at any
point and retried, or the same batch pushed twice, leaves exactly one copy and counts each
return once. The local outbox rows are marked sent after the central commit; if that mark
is lost, the next push finds everything there already and marks them.

Receipts the register imported go up first (by a cursor on their ids), then the outbox's
returns with their lines, refunds, approval and store credit, then (push_records.py) the
journal entries the central side lacks, the policy versions published here, the employees
changed here and the print history. This register's database is read and written through
`services.exchange`; each kind's rows are written by `Kind.insert_new` (kinds.py).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

import psycopg

from pos_returns.services import exchange
from pos_returns.services.exchange import ReceiptUp, ReturnUp
from pos_returns.services.uow import Database
from pos_returns.sync import refusals
from pos_returns.sync.common import BATCH, CentralUnreachable, PushResult
from pos_returns.sync.connection import connected
from pos_returns.sync.kinds import RECEIPTS, RETURNS
from pos_returns.sync.push_records import (
    push_employees,
    push_journal,
    push_policies,
    push_prints,
)

__all__ = ["CentralUnreachable", "PushResult", "push"]

log = logging.getLogger(__name__)


def push(engine: Database, central_url: str, store_code: str, *, batch: int = BATCH) -> PushResult:
    """Push everything pending, batch after batch; raises CentralUnreachable."""
    result = PushResult()
    with connected(central_url) as central:
        # What the centre refused before is tried once more, alone; then the batches,
        # which leave it out.
        _retry_refused_receipts(engine, central, store_code, result)
        while _push_receipts(engine, central, store_code, batch, result):
            pass
        _retry_refused_returns(engine, central, store_code, result)
        while _push_returns(engine, central, store_code, batch, result):
            pass
        push_journal(engine, central, store_code, result)
        push_policies(engine, central, store_code, result)
        push_employees(engine, central, store_code, result)
        push_prints(engine, central, store_code, result)
    if result.moved:
        log.info(
            "pushed %d receipts, %d returns (%d already there), %d journal entries",
            result.receipts,
            result.returns,
            result.already_there,
            result.journal,
        )
    for number, line in result.conflicts:
        log.warning("return %s line %d: more than was sold; a manager must look", number, line)
    for kind, label, why in result.refused:
        log.error("the central database refused %s %s: %s", kind, label, why)
    return result


class _Numbered(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def number(self) -> str: ...


N = TypeVar("N", bound=_Numbered)


def _taken(
    engine: Database,
    store_code: str,
    kind: str,
    records: Sequence[N],
    *,
    refused: list[tuple[N, str]],
    result: PushResult,
) -> list[N]:
    """Keep the records the centre refused apart, with its reason; the others are no
    longer refused. Returns the others."""
    bad = {record.id for record, _why in refused}
    for record, why in refused:
        exchange.keep_refused(
            engine, store_code, kind, str(record.id), label=record.number, reason=why
        )
        result.refused.append((kind, record.number, why))
    taken = [record for record in records if record.id not in bad]
    exchange.clear_refused(engine, store_code, kind, [str(record.id) for record in taken])
    return taken


# -- receipts -----------------------------------------------------------------------------
def _push_receipts(
    engine: Database,
    central: psycopg.Connection[Any],
    store_code: str,
    batch: int,
    result: PushResult,
) -> bool:
    sales = exchange.receipts_to_push(engine, store_code, batch)
    if not sales:
        return False
    _send_receipts(engine, central, store_code, sales, result)
    exchange.set_sync_state(engine, store_code, exchange.RECEIPTS_PUSHED, str(sales[-1].id))
    return len(sales) == batch


def _retry_refused_receipts(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PushResult
) -> None:
    """The receipts the centre refused before, once more each (the cursor passed them)."""
    ids = [uuid.UUID(s) for s in exchange.refused_subjects(engine, store_code, "receipt")]
    if not ids:
        return
    sales = exchange.receipts_by_id(engine, ids)
    gone = {str(i) for i in ids} - {str(s.id) for s in sales}
    exchange.clear_refused(engine, store_code, "receipt", sorted(gone))  # deleted meanwhile
    _send_receipts(engine, central, store_code, sales, result)


def _send_receipts(
    engine: Database,
    central: psycopg.Connection[Any],
    store_code: str,
    sales: list[ReceiptUp],
    result: PushResult,
) -> None:
    """The receipts in one transaction, or one by one when the centre refuses some: those
    are kept apart with its reason (refusals.py) and the others go up."""

    def send(cur: psycopg.Cursor[Any], some: Sequence[ReceiptUp]) -> set[uuid.UUID]:
        fresh = RECEIPTS.insert_new(cur, store_code, some)
        _same_sales(cur, store_code, [sale for sale in some if sale.id not in fresh])
        return fresh

    committed, refused_now = refusals.send_each(central, sales, send)
    _taken(engine, store_code, "receipt", sales, refused=refused_now, result=result)
    result.receipts += sum(len(fresh) for fresh in committed)


def _same_sales(cur: psycopg.Cursor[Any], store_code: str, held: Sequence[ReceiptUp]) -> None:
    """The receipts the centre holds already: sent before (the same key), or the same sale
    brought in at another register (the same number, time and total: one import file at
    two registers). Another sale under the same number is refused (`NotTaken`)."""
    if not held:
        return
    cur.execute(
        "SELECT number, id, sold_at, total_minor FROM receipts"
        " WHERE store = %s AND number = ANY(%s)",
        (store_code, [sale.number for sale in held]),
    )
    there = {number: (rid, sold_at, total) for number, rid, sold_at, total in cur.fetchall()}
    for sale in held:
        rid, sold_at, total = there.get(sale.number, (None, None, None))
        if rid == sale.id or (sold_at == sale.sold_at and total == sale.total_minor):
            continue
        raise refusals.NotTaken(
            f"receipt number {sale.number} is another sale at the centre "
            f"(sold {sold_at:%Y-%m-%d %H:%M}, total {total} minor units)"
            if sold_at is not None
            else f"receipt {sale.number} clashes with a receipt the centre holds"
        )


# -- returns ------------------------------------------------------------------------------
def _push_returns(
    engine: Database,
    central: psycopg.Connection[Any],
    store_code: str,
    batch: int,
    result: PushResult,
) -> bool:
    """A batch of the outbox's returns, leaving out the ones the centre refused before
    (`_retry_refused_returns` tries those alone)."""
    ups = exchange.returns_to_push(engine, store_code, batch)
    if not ups:
        return False
    _send_returns(engine, central, store_code, ups, result)
    return len(ups) == batch


def _retry_refused_returns(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PushResult
) -> None:
    retry = exchange.returns_to_retry(engine, store_code)
    exchange.clear_refused(engine, store_code, "return", retry.gone)  # sent or deleted
    if retry.returns:
        _send_returns(engine, central, store_code, retry.returns, result)


def _send_returns(
    engine: Database,
    central: psycopg.Connection[Any],
    store_code: str,
    ups: list[ReturnUp],
    result: PushResult,
) -> None:
    """The returns in one transaction (each new one raising its sale lines' returned
    quantities), or one by one when the centre refuses some: those are kept apart with its
    reason and stay in the outbox; the others are marked sent."""

    def send(
        cur: psycopg.Cursor[Any], some: Sequence[ReturnUp]
    ) -> tuple[set[uuid.UUID], list[tuple[str, int]]]:
        new = RETURNS.insert_new(cur, store_code, some)
        return new, _count_lines(cur, [up for up in some if up.id in new])

    committed, refused_now = refusals.send_each(central, ups, send)
    sent = _taken(engine, store_code, "return", ups, refused=refused_now, result=result)
    new = {rid for fresh, _conflicts in committed for rid in fresh}
    result.returns += len(new)
    result.already_there += len(sent) - len(new)
    result.conflicts += [c for _fresh, conflicts in committed for c in conflicts]
    exchange.mark_returns_sent(engine, [up.outbox_id for up in sent])


def _count_lines(cur: psycopg.Cursor[Any], new: Sequence[ReturnUp]) -> list[tuple[str, int]]:
    """Count the sale lines of the returns new at the centre (each once, in order): the
    centre reads receipt, line and quantity from the rows just sent. Returns the (number,
    line) of lines that returned more than was left."""
    counted = [
        (up.number, line.position, line.line_no, up.id)
        for up in new
        if up.receipt_number is not None
        for line in up.lines
        if line.counts
    ]
    if not counted:
        return []
    cur.execute(
        "SELECT u.n, apply_return_line(u.ret, u.pos) FROM unnest(%s::int[], %s::uuid[],"
        " %s::int[]) WITH ORDINALITY AS u(n, ret, pos, o) ORDER BY u.o",
        (
            list(range(len(counted))),
            [c[3] for c in counted],
            [c[1] for c in counted],
        ),
    )
    return [(counted[n][0], counted[n][2]) for n, fitted in cur.fetchall() if not fitted]
