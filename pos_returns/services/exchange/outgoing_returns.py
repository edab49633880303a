"""The outbox's returns as they go up: each with its lines, refunds, approval and store
credit, read in a few queries per batch, as plain records whose fields are named as the
central tables' columns. The returns the centre refused before, and the returns of a
receipt it refused, are kept out of the batches; the push tries the first alone."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from pos_returns.services.exchange.state import refused_in
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
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


@dataclass(frozen=True, slots=True)
class ReturnLineUp:
    return_id: uuid.UUID
    position: int
    line_no: int
    sku: str
    qty: int
    condition: str
    disposition: str
    rule: str
    outcome: str
    refund_minor: int
    fee_minor: int
    tax_minor: int
    counts: bool  # a line of a sale: counted against it at the centre


@dataclass(frozen=True, slots=True)
class RefundUp:
    return_id: uuid.UUID
    position: int
    method: str
    reference: str | None
    amount_minor: int


@dataclass(frozen=True, slots=True)
class ApprovalUp:
    return_id: uuid.UUID
    manager: str  # the manager's code
    kind: str
    reasons: list[Any]
    note: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CreditUp:
    code: str
    return_id: uuid.UUID
    currency: str
    value_minor: int
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class ReturnUp:
    outbox_id: uuid.UUID
    id: uuid.UUID
    number: str
    register: str
    receipt_store: str | None  # the store the receipt was sold at (another one's, maybe)
    receipt_number: str | None
    employee: str  # the employee's code
    customer: str | None
    customer_id_hash: str | None
    reason: str
    note: str
    prefer: str
    language: str
    policy_version: int
    decision: dict[str, Any]
    currency: str
    refund_total_minor: int
    store_credit_minor: int
    returned_at: datetime
    lines: tuple[ReturnLineUp, ...]
    refunds: tuple[RefundUp, ...]
    approval: ApprovalUp | None
    credit: CreditUp | None


def returns_to_push(db: Database, store_code: str, batch: int) -> list[ReturnUp]:
    """The outbox's next `batch` returns not sent yet, oldest first, leaving out the ones
    the centre refused before (`returns_to_retry`) and the returns of receipts it refused."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        kept_apart = [uuid.UUID(s) for s in refused_in(uow, store, "return")]
        kept_apart += _held_with_receipt(uow, store)
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
        return _returns_up(uow, store_code, items)


@dataclass(frozen=True)
class Retry:
    returns: list[ReturnUp]  # the refused returns still waiting, to try once more each
    gone: list[str]  # refused returns no longer waiting (sent or deleted meanwhile)


def returns_to_retry(db: Database, store_code: str) -> Retry:
    """The returns the centre refused before, still in the outbox (but those whose receipt
    it refuses: they wait with it)."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        kept_apart = [uuid.UUID(s) for s in refused_in(uow, store, "return")]
        if not kept_apart:
            return Retry([], [])
        items = uow.session.scalars(
            select(OutboxItem).where(
                OutboxItem.store_id == store.id,
                OutboxItem.kind == "return",
                OutboxItem.sent_at.is_(None),
                OutboxItem.subject_id.in_(kept_apart),
            )
        ).all()
        held = set(_held_with_receipt(uow, store))
        ups = _returns_up(uow, store_code, [i for i in items if i.subject_id not in held])
    waiting = {str(item.subject_id) for item in items}
    return Retry(ups, [str(i) for i in kept_apart if str(i) not in waiting])


def mark_returns_sent(db: Database, outbox_ids: Sequence[uuid.UUID]) -> None:
    """The centre holds these outbox items' returns: they are sent."""
    if not outbox_ids:
        return
    with UnitOfWork(db, write=True) as uow:
        now = datetime.now(UTC)
        for item in uow.session.scalars(
            select(OutboxItem).where(OutboxItem.id.in_(list(outbox_ids)))
        ):
            item.sent_at = now
        uow.commit()


def _held_with_receipt(uow: UnitOfWork, store: Store) -> list[uuid.UUID]:
    """The returns of receipts the centre refused: they wait with their receipt (sent
    alone, a return would count against whatever sale the centre holds under its number)."""
    receipts = [uuid.UUID(s) for s in refused_in(uow, store, "receipt")]
    if not receipts:
        return []
    return list(uow.session.scalars(select(Return.id).where(Return.receipt_id.in_(receipts))))


@dataclass(frozen=True)
class _Hanging:
    """What hangs on a batch of returns, by return id."""

    lines: dict[uuid.UUID, list[ReturnLine]]
    refunds: dict[uuid.UUID, list[Refund]]
    approvals: dict[uuid.UUID, Approval]
    credits: dict[uuid.UUID, StoreCredit]
    codes: dict[uuid.UUID, str]  # employees' codes
    sold_at: dict[uuid.UUID, str]  # the store of each receipt


def _returns_up(uow: UnitOfWork, store_code: str, items: Sequence[OutboxItem]) -> list[ReturnUp]:
    session = uow.session
    ids = [item.subject_id for item in items]
    returns = {r.id: r for r in session.scalars(select(Return).where(Return.id.in_(ids)))}
    hanging = _hanging(uow, ids, {r.receipt_id for r in returns.values() if r.receipt_id})
    ups = []
    for item in items:
        row = returns.get(item.subject_id)
        assert row is not None, f"outbox {item.id} names no return"
        ups.append(_return_up(item.id, row, hanging, store_code))
    return ups


def _hanging(uow: UnitOfWork, ids: list[uuid.UUID], sale_ids: Collection[uuid.UUID]) -> _Hanging:
    session = uow.session
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
    approvals = select(Approval).where(Approval.return_id.in_(ids))
    credits = select(StoreCredit).where(StoreCredit.return_id.in_(ids))
    sold_at = (
        select(Receipt.id, Store.code)
        .join(Store, Store.id == Receipt.store_id)
        .where(Receipt.id.in_(list(sale_ids)))
    )
    return _Hanging(
        lines,
        refunds,
        {a.return_id: a for a in session.scalars(approvals)},
        {c.return_id: c for c in session.scalars(credits) if c.return_id},
        {e_id: code for e_id, code in session.execute(select(Employee.id, Employee.code))},
        {rid: code for rid, code in session.execute(sold_at)},
    )


def _return_up(outbox_id: uuid.UUID, row: Return, hanging: _Hanging, store_code: str) -> ReturnUp:
    approval, credit = hanging.approvals.get(row.id), hanging.credits.get(row.id)
    return ReturnUp(
        outbox_id=outbox_id,
        id=row.id,
        number=row.number,
        register=row.register_code,
        receipt_store=(
            hanging.sold_at.get(row.receipt_id, store_code)  # type: ignore[arg-type]
            if row.receipt_number
            else None
        ),
        receipt_number=row.receipt_number,
        employee=hanging.codes.get(row.employee_id, "?"),
        customer=row.customer,
        customer_id_hash=row.customer_id_hash,
        reason=row.reason_code,
        note=row.note,
        prefer=row.prefer,
        language=row.language,
        policy_version=row.policy_version,
        decision=row.decision,
        currency=row.currency,
        refund_total_minor=row.refund_total_minor,
        store_credit_minor=row.store_credit_minor,
        returned_at=row.returned_at,
        lines=_lines_up(row.id, hanging.lines.get(row.id, [])),
        refunds=tuple(
            RefundUp(row.id, r.position, r.method, r.reference, r.amount_minor)
            for r in hanging.refunds.get(row.id, [])
        ),
        approval=ApprovalUp(
            row.id,
            hanging.codes.get(approval.manager_id, "?"),
            approval.kind,
            approval.reasons,
            approval.note,
            approval.created_at,
        )
        if approval
        else None,
        credit=CreditUp(credit.code, row.id, credit.currency, credit.value_minor, credit.issued_at)
        if credit
        else None,
    )


def _lines_up(return_id: uuid.UUID, lines: list[ReturnLine]) -> tuple[ReturnLineUp, ...]:
    return tuple(
        ReturnLineUp(
            return_id,
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
            x.receipt_line_id is not None,
        )
        for x in lines
    )
