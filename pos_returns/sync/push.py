"""Push: what this register did goes up to the central database, exactly once.

A batch is one central transaction. Rows go up with their own keys (`ON CONFLICT DO
NOTHING`), and only the returns the central side did not have yet (`RETURNING`) raise the
sold lines' returned quantities, through `apply_return_line`. So a push cut off at any
point and retried, or the same batch pushed twice, leaves exactly one copy and counts each
return once. The local outbox rows are marked sent after the central commit; if that mark
is lost, the next push finds everything there already and marks them.

Receipts the register imported go up first (by a cursor on their ids), then the outbox's
returns with their lines, refunds, approval and store credit, then the journal entries the
central side lacks.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import Engine, select

from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import (
    Approval,
    Employee,
    JournalEntry,
    OutboxItem,
    PolicyStatus,
    PolicyVersion,
    Receipt,
    Refund,
    Return,
    ReturnLine,
    Store,
    StoreCredit,
    SyncState,
)
from pos_returns.sync.central import _plain

log = logging.getLogger(__name__)
BATCH = 500


class CentralUnreachable(Exception):
    """The central database did not answer or dropped the connection; nothing is lost:
    what was not confirmed goes up with the next push."""


@dataclass
class PushResult:
    receipts: int = 0  # new on the central side
    returns: int = 0  # new on the central side
    already_there: int = 0  # sent before (a retried batch)
    journal: int = 0
    policies: int = 0
    conflicts: list[tuple[str, int]] = field(default_factory=list)  # (return number, line)

    @property
    def moved(self) -> int:
        return self.receipts + self.returns + self.journal + self.policies


def push(engine: Engine, central_url: str, store_code: str, *, batch: int = BATCH) -> PushResult:
    """Push everything pending, batch after batch; raises CentralUnreachable."""
    result = PushResult()
    try:
        with psycopg.connect(_plain(central_url), connect_timeout=5) as central:
            while _push_receipts(engine, central, store_code, batch, result):
                pass
            while _push_returns(engine, central, store_code, batch, result):
                pass
            _push_journal(engine, central, store_code, result)
            _push_policies(engine, central, store_code, result)
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
    return result


# -- receipts -----------------------------------------------------------------------------
def _push_receipts(
    engine: Engine, central: psycopg.Connection, store_code: str, batch: int, result: PushResult
) -> bool:
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        after = _state(uow, store, "receipts_pushed")
        query = select(Receipt).where(Receipt.store_id == store.id).order_by(Receipt.id)
        if after:
            query = query.where(Receipt.id > uuid.UUID(after))
        rows = uow.session.scalars(query.limit(batch)).all()
        if not rows:
            return False
        receipts = [
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
            )
            for r in rows
        ]
        lines = {
            r.id: [
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
            ]
            for r in rows
        }
        tenders = {
            r.id: [
                (store_code, r.id, t.position, t.method, t.amount_minor, t.reference)
                for t in r.tenders
            ]
            for r in rows
        }
        last = rows[-1].id
    with central.transaction(), central.cursor() as cur:
        new = _insert_returning(
            cur,
            "INSERT INTO receipts (store, id, number, number_key, register, sold_at, currency,"
            " customer, total_minor) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT DO NOTHING RETURNING id",
            receipts,
        )
        fresh = [row for rid in new for row in lines[rid]]
        cur.executemany(
            "INSERT INTO receipt_lines (store, receipt_id, line_no, sku, description, category,"
            " tags, qty, unit_price_minor, amount_minor, tax_minor)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            fresh,
        )
        cur.executemany(
            "INSERT INTO tenders (store, receipt_id, position, method, amount_minor, reference)"
            " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [row for rid in new for row in tenders[rid]],
        )
    result.receipts += len(new)
    _set_state(engine, store_code, "receipts_pushed", str(last))
    return len(rows) == batch


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
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        items = uow.session.scalars(
            select(OutboxItem)
            .where(
                OutboxItem.store_id == store.id,
                OutboxItem.kind == "return",
                OutboxItem.sent_at.is_(None),
            )
            .order_by(OutboxItem.created_at, OutboxItem.id)
            .limit(batch)
        ).all()
        if not items:
            return False
        ups = [_return_up(uow, store_code, item) for item in items]
    with central.transaction(), central.cursor() as cur:
        new = set(
            _insert_returning(
                cur,
                "INSERT INTO returns (store, id, number, register, receipt_store, receipt_number,"
                " employee, customer, customer_id_hash, reason, note, prefer, language,"
                " policy_version, decision, currency, refund_total_minor, store_credit_minor,"
                " returned_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
                " %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING RETURNING id",
                [up.row for up in ups],
            )
        )
        cur.executemany(
            "INSERT INTO return_lines (store, return_id, position, line_no, sku, qty, condition,"
            " disposition, rule, outcome, refund_minor, fee_minor, tax_minor)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT DO NOTHING",
            [line for up in ups for line in up.lines],
        )
        cur.executemany(
            "INSERT INTO refunds (store, return_id, position, method, reference, amount_minor)"
            " VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [refund for up in ups for refund in up.refunds],
        )
        cur.executemany(
            "INSERT INTO approvals (store, return_id, manager, kind, reasons, note, created_at)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [up.approval for up in ups if up.approval],
        )
        cur.executemany(
            "INSERT INTO store_credits (store, code, return_id, currency, value_minor,"
            " issued_at) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            [up.credit for up in ups if up.credit],
        )
        for up in ups:
            return_id, receipt_number = up.row[1], up.row[5]
            if return_id not in new or receipt_number is None:
                continue  # counted when it first arrived, or no sale to count against
            for position, line_no, qty in up.receipt_lines:
                cur.execute(
                    "SELECT apply_return_line(%s, %s, %s, %s, %s, %s)",
                    (return_id, position, store_code, receipt_number, line_no, qty),
                )
                fitted = cur.fetchone()
                if fitted is not None and not fitted[0]:
                    result.conflicts.append((up.number, line_no))
    result.returns += len(new)
    result.already_there += len(ups) - len(new)
    with UnitOfWork(engine, write=True) as uow:
        now = datetime.now(UTC)
        for item in uow.session.scalars(
            select(OutboxItem).where(OutboxItem.id.in_([up.outbox_id for up in ups]))
        ):
            item.sent_at = now
        uow.commit()
    return len(items) == batch


def _return_up(uow: UnitOfWork, store_code: str, item: OutboxItem) -> _Up:
    session = uow.session
    row = session.get(Return, item.subject_id)
    assert row is not None, f"outbox {item.id} names no return"
    employee = session.get(Employee, row.employee_id)
    lines = session.scalars(
        select(ReturnLine).where(ReturnLine.return_id == row.id).order_by(ReturnLine.position)
    ).all()
    refunds = session.scalars(
        select(Refund).where(Refund.return_id == row.id).order_by(Refund.position)
    ).all()
    approval = session.scalars(select(Approval).where(Approval.return_id == row.id)).first()
    manager = session.get(Employee, approval.manager_id) if approval else None
    credit = session.scalars(select(StoreCredit).where(StoreCredit.return_id == row.id)).first()
    return _Up(
        outbox_id=item.id,
        number=row.number,
        row=(
            store_code,
            row.id,
            row.number,
            row.register_code,
            store_code if row.receipt_number else None,
            row.receipt_number,
            employee.code if employee else "?",
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
            for x in lines
        ],
        refunds=[
            (store_code, row.id, r.position, r.method, r.reference, r.amount_minor) for r in refunds
        ],
        approval=(
            store_code,
            row.id,
            manager.code if manager else "?",
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
        receipt_lines=[(x.position, x.line_no, x.qty) for x in lines if x.receipt_line_id],
    )


# -- journal ------------------------------------------------------------------------------
def _push_journal(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PushResult
) -> None:
    with central.cursor() as cur:
        cur.execute("SELECT coalesce(max(seq), 0) FROM journal WHERE store = %s", (store_code,))
        found = cur.fetchone()
    have = int(found[0]) if found else 0
    while True:
        with UnitOfWork(engine) as uow:
            store = get_store(uow, store_code)
            entries = uow.session.scalars(
                select(JournalEntry)
                .where(JournalEntry.store_id == store.id, JournalEntry.seq > have)
                .order_by(JournalEntry.seq)
                .limit(BATCH)
            ).all()
            rows = [
                (
                    store_code,
                    e.seq,
                    e.kind,
                    e.subject_id,
                    e.actor_id,
                    json.dumps(e.payload),
                    e.created_at,
                    e.prev_hash,
                    e.hash,
                )
                for e in entries
            ]
        if not rows:
            return
        with central.transaction(), central.cursor() as cur:
            added = _insert_returning(
                cur,
                "INSERT INTO journal (store, seq, kind, subject_id, actor_id, payload, created_at,"
                " prev_hash, hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING RETURNING seq",
                rows,
            )
        result.journal += len(added)
        have = rows[-1][1]


# -- policies published here ------------------------------------------------------------------
def _push_policies(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PushResult
) -> None:
    """The versions published at this register (a handful: sent each time, kept once)."""
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        rows = [
            (
                store_code,
                v.version,
                json.dumps(v.document),
                v.effective_from or v.published_at or v.created_at,
                v.published_at or v.created_at,
                code or "",
            )
            for v, code in uow.session.execute(
                select(PolicyVersion, Employee.code)
                .outerjoin(Employee, Employee.id == PolicyVersion.published_by)
                .where(
                    PolicyVersion.store_id == store.id,
                    PolicyVersion.status != PolicyStatus.DRAFT,
                )
            )
        ]
    with central.transaction(), central.cursor() as cur:
        result.policies += len(
            _insert_returning(
                cur,
                "INSERT INTO policy_versions (store, version, document, effective_from,"
                " published_at, published_by) VALUES (%s, %s, %s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING RETURNING version",
                rows,
            )
        )


# -- helpers ------------------------------------------------------------------------------
def _insert_returning(cur: psycopg.Cursor[Any], query: str, rows: Sequence[Any]) -> list[Any]:
    """Run `query` for each row; the keys it returned (the rows that were new). psycopg's
    rowcount after a batch of upserts is -1, so the RETURNING rows are what counts."""
    if not rows:
        return []
    cur.executemany(query, rows, returning=True)  # type: ignore[arg-type]
    new = []
    while True:
        found = cur.fetchone()
        if found is not None:
            new.append(found[0])
        if not cur.nextset():
            break
    return new


def _state(uow: UnitOfWork, store: Store, name: str) -> str | None:
    row = uow.session.get(SyncState, (store.id, name))
    return row.value if row else None


def _set_state(engine: Engine, store_code: str, name: str, value: str) -> None:
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow, store_code)
        row = uow.session.get(SyncState, (store.id, name))
        if row is None:
            uow.session.add(SyncState(store_id=store.id, name=name, value=value))
        else:
            row.value = value
            row.updated_at = datetime.now(UTC)
        uow.commit()
