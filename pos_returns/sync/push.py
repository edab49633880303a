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
changed here and the print history.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import Engine, select

from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import (
    Approval,
    Employee,
    OutboxItem,
    Receipt,
    Refund,
    Return,
    ReturnLine,
    Store,
    StoreCredit,
)
from pos_returns.sync import refusals
from pos_returns.sync.central import _plain
from pos_returns.sync.common import (
    BATCH,
    CentralUnreachable,
    PushResult,
    insert_returning,
    set_state,
    state,
)
from pos_returns.sync.push_records import (
    push_employees,
    push_journal,
    push_policies,
    push_prints,
)

log = logging.getLogger(__name__)


def push(engine: Engine, central_url: str, store_code: str, *, batch: int = BATCH) -> PushResult:
    """Push everything pending, batch after batch; raises CentralUnreachable."""
    result = PushResult()
    try:
        with psycopg.connect(_plain(central_url), connect_timeout=5) as central:
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
    except psycopg.OperationalError as exc:
        raise CentralUnreachable(" ".join(str(exc).split())[:200]) from None
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


# -- receipts -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Sale:
    id: uuid.UUID
    number: str
    row: tuple[Any, ...]
    lines: list[tuple[Any, ...]]
    tenders: list[tuple[Any, ...]]


def _push_receipts(
    engine: Engine, central: psycopg.Connection, store_code: str, batch: int, result: PushResult
) -> bool:
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        after = state(uow, store, "receipts_pushed")
        query = (
            select(Receipt)
            .where(Receipt.store_id == store.id, Receipt.source != "central")  # came from there
            .order_by(Receipt.id)
        )
        if after:
            query = query.where(Receipt.id > uuid.UUID(after))
        rows = uow.session.scalars(query.limit(batch)).all()
        if not rows:
            return False
        sales = _sales_up(store_code, rows)
        last = rows[-1].id
    _send_receipts(engine, central, store_code, sales, result)
    set_state(engine, store_code, "receipts_pushed", str(last))
    return len(rows) == batch


def _retry_refused_receipts(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PushResult
) -> None:
    """The receipts the centre refused before, once more each (the cursor passed them)."""
    ids = [uuid.UUID(subject) for subject in refusals.refused(engine, store_code, "receipt")]
    if not ids:
        return
    with UnitOfWork(engine) as uow:
        rows = uow.session.scalars(select(Receipt).where(Receipt.id.in_(ids))).all()
        sales = _sales_up(store_code, rows)
    gone = {str(i) for i in ids} - {str(s.id) for s in sales}
    refusals.taken(engine, store_code, "receipt", sorted(gone))  # deleted here meanwhile
    _send_receipts(engine, central, store_code, sales, result)


def _sales_up(store_code: str, rows: Sequence[Receipt]) -> list[_Sale]:
    return [
        _Sale(
            r.id,
            r.number,
            (
                store_code,
                r.id,
                r.number,
                r.number_key,
                r.register_code,
                r.sold_at,
                r.currency,
                r.customer,
                r.total_minor,
            ),
            [
                (
                    store_code,
                    r.id,
                    x.line_no,
                    x.sku,
                    x.description,
                    x.category,
                    json.dumps(x.tags),
                    x.qty,
                    x.unit_price_minor,
                    x.amount_minor,
                    x.tax_minor,
                )
                for x in r.lines
            ],
            [
                (store_code, r.id, t.position, t.method, t.amount_minor, t.reference)
                for t in r.tenders
            ],
        )
        for r in rows
    ]


def _send_receipts(
    engine: Engine,
    central: psycopg.Connection,
    store_code: str,
    sales: list[_Sale],
    result: PushResult,
) -> None:
    """The receipts in one transaction, or one by one when the centre refuses some: those
    are kept apart with its reason (refusals.py) and the others go up."""

    def send(cur: psycopg.Cursor[Any], some: Sequence[_Sale]) -> set[uuid.UUID]:
        added = insert_returning(
            cur,
            "INSERT INTO receipts (store, id, number, number_key, register, sold_at, currency,"
            " customer, total_minor) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT DO NOTHING RETURNING id",
            [sale.row for sale in some],
        )
        fresh = set(added)
        _same_sales(cur, [sale for sale in some if sale.id not in fresh])
        cur.executemany(
            "INSERT INTO receipt_lines (store, receipt_id, line_no, sku, description, category,"
            " tags, qty, unit_price_minor, amount_minor, tax_minor)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (store, receipt_id, line_no) DO NOTHING",
            [line for sale in some if sale.id in fresh for line in sale.lines],
        )
        cur.executemany(
            "INSERT INTO tenders (store, receipt_id, position, method, amount_minor, reference)"
            " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (store, receipt_id, position) DO NOTHING",
            [tender for sale in some if sale.id in fresh for tender in sale.tenders],
        )
        return fresh

    committed, refused_now = refusals.send_each(central, sales, send)
    bad = {sale.id for sale, _why in refused_now}
    for sale, why in refused_now:
        refusals.refuse(engine, store_code, "receipt", str(sale.id), label=sale.number, reason=why)
        result.refused.append(("receipt", sale.number, why))
    refusals.taken(engine, store_code, "receipt", [str(s.id) for s in sales if s.id not in bad])
    result.receipts += sum(len(fresh) for fresh in committed)


def _same_sales(cur: psycopg.Cursor[Any], held: Sequence[_Sale]) -> None:
    """The receipts the centre holds already: sent before (the same key), or the same sale
    brought in at another register (the same number, time and total: one import file at
    two registers). Another sale under the same number is refused (`NotTaken`)."""
    if not held:
        return
    cur.execute(
        "SELECT number, id, sold_at, total_minor FROM receipts"
        " WHERE store = %s AND number = ANY(%s)",
        (held[0].row[0], [sale.number for sale in held]),
    )
    there = {number: (rid, sold_at, total) for number, rid, sold_at, total in cur.fetchall()}
    for sale in held:
        rid, sold_at, total = there.get(sale.number, (None, None, None))
        if rid == sale.id or (sold_at == sale.row[5] and total == sale.row[8]):
            continue
        raise refusals.NotTaken(
            f"receipt number {sale.number} is another sale at the centre "
            f"(sold {sold_at:%Y-%m-%d %H:%M}, total {total} minor units)"
            if sold_at is not None
            else f"receipt {sale.number} clashes with a receipt the centre holds"
        )


# -- returns ------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Up:
    outbox_id: uuid.UUID
    number: str
    row: tuple[Any, ...]
    lines: list[tuple[Any, ...]]
    refunds: list[tuple[Any, ...]]
    approval: tuple[Any, ...] | None
    credit: tuple[Any, ...] | None
    receipt_lines: list[tuple[int, int, int]]  # (position, line_no, qty) to count


def _push_returns(
    engine: Engine, central: psycopg.Connection, store_code: str, batch: int, result: PushResult
) -> bool:
    """A batch of the outbox's returns, leaving out the ones the centre refused before
    (`_retry_refused_returns` tries those alone)."""
    kept_apart = [uuid.UUID(s) for s in refusals.refused(engine, store_code, "return")]
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        kept_apart += _of_refused_receipts(uow, engine, store_code)
        query = select(OutboxItem).where(
            OutboxItem.store_id == store.id,
            OutboxItem.kind == "return",
            OutboxItem.sent_at.is_(None),
        )
        if kept_apart:
            query = query.where(OutboxItem.subject_id.not_in(kept_apart))
        items = uow.session.scalars(
            query.order_by(OutboxItem.created_at, OutboxItem.id).limit(batch)
        ).all()
        if not items:
            return False
        ups = _returns_up(uow, store_code, list(items))
    _send_returns(engine, central, store_code, ups, result)
    return len(items) == batch


def _of_refused_receipts(uow: UnitOfWork, engine: Engine, store_code: str) -> list[uuid.UUID]:
    """The returns of receipts the centre refused: they wait with their receipt (sent
    alone, a return would count against whatever sale the centre holds under its number)."""
    receipts = [uuid.UUID(s) for s in refusals.refused(engine, store_code, "receipt")]
    if not receipts:
        return []
    return list(uow.session.scalars(select(Return.id).where(Return.receipt_id.in_(receipts))))


def _retry_refused_returns(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PushResult
) -> None:
    kept_apart = [uuid.UUID(s) for s in refusals.refused(engine, store_code, "return")]
    if not kept_apart:
        return
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        items = uow.session.scalars(
            select(OutboxItem).where(
                OutboxItem.store_id == store.id,
                OutboxItem.kind == "return",
                OutboxItem.sent_at.is_(None),
                OutboxItem.subject_id.in_(kept_apart),
            )
        ).all()
        held = set(_of_refused_receipts(uow, engine, store_code))  # wait with their receipt
        ups = _returns_up(uow, store_code, [i for i in items if i.subject_id not in held])
    waiting = {str(item.subject_id) for item in items}
    gone = [str(i) for i in kept_apart if str(i) not in waiting]  # sent or deleted meanwhile
    refusals.taken(engine, store_code, "return", gone)
    _send_returns(engine, central, store_code, ups, result)


def _send_returns(
    engine: Engine,
    central: psycopg.Connection,
    store_code: str,
    ups: list[_Up],
    result: PushResult,
) -> None:
    """The returns in one transaction (each new one raising its sale lines' returned
    quantities), or one by one when the centre refuses some: those are kept apart with its
    reason and stay in the outbox; the others are marked sent."""
    committed, refused_now = refusals.send_each(central, ups, _insert_returns)
    bad = {up.row[1] for up, _why in refused_now}
    for up, why in refused_now:
        refusals.refuse(engine, store_code, "return", str(up.row[1]), label=up.number, reason=why)
        result.refused.append(("return", up.number, why))
    sent = [up for up in ups if up.row[1] not in bad]
    new = {rid for fresh, _conflicts in committed for rid in fresh}
    result.returns += len(new)
    result.already_there += len(sent) - len(new)
    result.conflicts += [c for _fresh, conflicts in committed for c in conflicts]
    refusals.taken(engine, store_code, "return", [str(up.row[1]) for up in sent])
    with UnitOfWork(engine, write=True) as uow:
        now = datetime.now(UTC)
        for item in uow.session.scalars(
            select(OutboxItem).where(OutboxItem.id.in_([up.outbox_id for up in sent]))
        ):
            item.sent_at = now
        uow.commit()


def _insert_returns(
    cur: psycopg.Cursor[Any], ups: Sequence[_Up]
) -> tuple[set[uuid.UUID], list[tuple[str, int]]]:
    """Write `ups` (ON CONFLICT on the key only: a row that clashes on its number with
    another return is refused, never taken for "already there"); the ids new here, and
    the (number, line) of lines that returned more than was left."""
    new = set(
        insert_returning(
            cur,
            "INSERT INTO returns (store, id, number, register, receipt_store, receipt_number,"
            " employee, customer, customer_id_hash, reason, note, prefer, language,"
            " policy_version, decision, currency, refund_total_minor, store_credit_minor,"
            " returned_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
            " %s, %s, %s, %s, %s) ON CONFLICT (store, id) DO NOTHING RETURNING id",
            [up.row for up in ups],
        )
    )
    cur.executemany(
        "INSERT INTO return_lines (store, return_id, position, line_no, sku, qty, condition,"
        " disposition, rule, outcome, refund_minor, fee_minor, tax_minor)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
        " ON CONFLICT (store, return_id, position) DO NOTHING",
        [line for up in ups if up.row[1] in new for line in up.lines],
    )
    cur.executemany(
        "INSERT INTO refunds (store, return_id, position, method, reference, amount_minor)"
        " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (store, return_id, position) DO NOTHING",
        [refund for up in ups if up.row[1] in new for refund in up.refunds],
    )
    cur.executemany(
        "INSERT INTO approvals (store, return_id, manager, kind, reasons, note, created_at)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (store, return_id) DO NOTHING",
        [up.approval for up in ups if up.approval and up.row[1] in new],
    )
    cur.executemany(
        "INSERT INTO store_credits (store, code, return_id, currency, value_minor,"
        " issued_at) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (store, code) DO NOTHING",
        [up.credit for up in ups if up.credit and up.row[1] in new],
    )
    counted = [  # only the returns new here: each is counted once, in order
        (up, position, line_no, qty)
        for up in ups
        if up.row[1] in new and up.row[5] is not None
        for position, line_no, qty in up.receipt_lines
    ]
    conflicts: list[tuple[str, int]] = []
    if counted:  # the centre reads receipt, line and quantity from the rows just sent
        cur.execute(
            "SELECT u.n, apply_return_line(u.ret, u.pos) FROM unnest(%s::int[], %s::uuid[],"
            " %s::int[]) WITH ORDINALITY AS u(n, ret, pos, o) ORDER BY u.o",
            (
                list(range(len(counted))),
                [c[0].row[1] for c in counted],
                [c[1] for c in counted],
            ),
        )
        for n, fitted in cur.fetchall():
            if not fitted:
                conflicts.append((counted[n][0].number, counted[n][2]))
    return new, conflicts


def _returns_up(uow: UnitOfWork, store_code: str, items: list[OutboxItem]) -> list[_Up]:
    """The outbox's returns with what hangs on them, read in a few queries per batch."""
    session = uow.session
    ids = [item.subject_id for item in items]
    returns = {r.id: r for r in session.scalars(select(Return).where(Return.id.in_(ids)))}
    lines: dict[uuid.UUID, list[ReturnLine]] = {}
    for line in session.scalars(
        select(ReturnLine).where(ReturnLine.return_id.in_(ids)).order_by(ReturnLine.position)
    ):
        lines.setdefault(line.return_id, []).append(line)
    refunds: dict[uuid.UUID, list[Refund]] = {}
    for refund in session.scalars(
        select(Refund).where(Refund.return_id.in_(ids)).order_by(Refund.position)
    ):
        refunds.setdefault(refund.return_id, []).append(refund)
    approvals = {
        a.return_id: a for a in session.scalars(select(Approval).where(Approval.return_id.in_(ids)))
    }
    credits = {
        c.return_id: c
        for c in session.scalars(select(StoreCredit).where(StoreCredit.return_id.in_(ids)))
    }
    codes = {e_id: code for e_id, code in session.execute(select(Employee.id, Employee.code))}
    sale_ids = {r.receipt_id for r in returns.values() if r.receipt_id is not None}
    sold_at = {  # the store each receipt was sold at: another one's, for a cross-store return
        rid: code
        for rid, code in session.execute(
            select(Receipt.id, Store.code)
            .join(Store, Store.id == Receipt.store_id)
            .where(Receipt.id.in_(sale_ids))
        )
    }
    ups = []
    for item in items:
        row = returns.get(item.subject_id)
        assert row is not None, f"outbox {item.id} names no return"
        mine = lines.get(row.id, [])
        approval, credit = approvals.get(row.id), credits.get(row.id)
        ups.append(
            _Up(
                outbox_id=item.id,
                number=row.number,
                row=(
                    store_code,
                    row.id,
                    row.number,
                    row.register_code,
                    sold_at.get(row.receipt_id, store_code) if row.receipt_number else None,
                    row.receipt_number,
                    codes.get(row.employee_id, "?"),
                    row.customer,
                    row.customer_id_hash,
                    row.reason_code,
                    row.note,
                    row.prefer,
                    row.language,
                    row.policy_version,
                    json.dumps(row.decision),
                    row.currency,
                    row.refund_total_minor,
                    row.store_credit_minor,
                    row.returned_at,
                ),
                lines=[
                    (
                        store_code,
                        row.id,
                        x.position,
                        x.line_no,
                        x.sku,
                        x.qty,
                        x.condition,
                        x.disposition,
                        x.rule,
                        x.outcome,
                        x.refund_minor,
                        x.fee_minor,
                        x.tax_minor,
                    )
                    for x in mine
                ],
                refunds=[
                    (store_code, row.id, r.position, r.method, r.reference, r.amount_minor)
                    for r in refunds.get(row.id, [])
                ],
                approval=(
                    store_code,
                    row.id,
                    codes.get(approval.manager_id, "?"),
                    approval.kind,
                    json.dumps(approval.reasons),
                    approval.note,
                    approval.created_at,
                )
                if approval
                else None,
                credit=(
                    store_code,
                    credit.code,
                    row.id,
                    credit.currency,
                    credit.value_minor,
                    credit.issued_at,
                )
                if credit
                else None,
                receipt_lines=[(x.position, x.line_no, x.qty) for x in mine if x.receipt_line_id],
            )
        )
    return ups
