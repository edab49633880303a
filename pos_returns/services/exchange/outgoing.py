"""What goes up to the chain's central database, read from this register's database as
plain records: the receipts imported here, the outbox's returns with what hangs on them,
the journal's entries, the policy versions published here, the employees changed here and
the print history (the returns: `outgoing_returns.py`).

A record's fields are named as the central table's columns (its store aside), so the push
writes each kind with one generic insert (`pos_returns.sync.common`)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from pos_returns.services.exchange.state import state_of
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import (
    Employee,
    JournalEntry,
    PolicyStatus,
    PolicyVersion,
    PrintJob,
    Receipt,
)

RECEIPTS_PUSHED = "receipts_pushed"  # the cursor: the last receipt pushed (keys in order)
EMPLOYEES_SEQ = "employees_seq"  # the journal entry up to which employees' changes went up
PRINTS_DONE_AT = "prints_done_at"  # the end of the last print job pushed


# -- receipts -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReceiptLineUp:
    receipt_id: uuid.UUID
    line_no: int
    sku: str
    description: str
    category: str
    tags: list[Any]
    qty: int
    unit_price_minor: int
    amount_minor: int
    tax_minor: int


@dataclass(frozen=True, slots=True)
class TenderUp:
    receipt_id: uuid.UUID
    position: int
    method: str
    amount_minor: int
    reference: str | None


@dataclass(frozen=True, slots=True)
class ReceiptUp:
    id: uuid.UUID
    number: str
    number_key: str
    register: str
    sold_at: datetime
    currency: str
    customer: str | None
    total_minor: int
    lines: tuple[ReceiptLineUp, ...]
    tenders: tuple[TenderUp, ...]


def receipts_to_push(db: Database, store_code: str, batch: int) -> list[ReceiptUp]:
    """The next `batch` receipts made or imported here after the cursor (`RECEIPTS_PUSHED`),
    in key order; the ones that came from the centre stay out."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        after = state_of(uow, store, RECEIPTS_PUSHED)
        query = select(Receipt).where(Receipt.store_id == store.id, Receipt.source != "central")
        if after:
            query = query.where(Receipt.id > uuid.UUID(after))
        return _receipts_up(uow, query.order_by(Receipt.id).limit(batch))


def receipts_by_id(db: Database, ids: Collection[uuid.UUID]) -> list[ReceiptUp]:
    """The receipts `ids` still here (a receipt deleted meanwhile is left out)."""
    with UnitOfWork(db) as uow:
        return _receipts_up(uow, select(Receipt).where(Receipt.id.in_(list(ids))))


def _receipts_up(uow: UnitOfWork, query: Any) -> list[ReceiptUp]:
    rows = uow.session.scalars(
        query.options(selectinload(Receipt.lines), selectinload(Receipt.tenders))
    ).all()
    return [
        ReceiptUp(
            r.id,
            r.number,
            r.number_key,
            r.register_code,
            r.sold_at,
            r.currency,
            r.customer,
            r.total_minor,
            tuple(
                ReceiptLineUp(
                    r.id,
                    x.line_no,
                    x.sku,
                    x.description,
                    x.category,
                    x.tags,
                    x.qty,
                    x.unit_price_minor,
                    x.amount_minor,
                    x.tax_minor,
                )
                for x in r.lines
            ),
            tuple(
                TenderUp(r.id, t.position, t.method, t.amount_minor, t.reference) for t in r.tenders
            ),
        )
        for r in rows
    ]


# -- journal, policies, people, prints -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class JournalUp:
    instance: uuid.UUID
    seq: int
    kind: str
    subject_id: uuid.UUID | None
    actor_id: uuid.UUID | None
    payload: dict[str, Any]
    created_at: datetime
    prev_hash: str
    hash: str
    format: int
    rows_digest: str | None
    signature: str | None


def journal_hash(db: Database, store_code: str, seq: int) -> str | None:
    """The hash of this register's journal entry `seq`, None when it has none."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return uow.session.scalar(
            select(JournalEntry.hash).where(
                JournalEntry.store_id == store.id, JournalEntry.seq == seq
            )
        )


def journal_to_push(
    db: Database, store_code: str, instance: uuid.UUID, after: int, batch: int
) -> list[JournalUp]:
    """This register's (`instance`) next `batch` journal entries after entry `after`."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        entries = uow.session.scalars(
            select(JournalEntry)
            .where(JournalEntry.store_id == store.id, JournalEntry.seq > after)
            .order_by(JournalEntry.seq)
            .limit(batch)
        ).all()
        return [
            JournalUp(
                instance,
                e.seq,
                e.kind,
                e.subject_id,
                e.actor_id,
                e.payload,
                e.created_at,
                e.prev_hash,
                e.hash,
                e.format,
                e.rows_digest,
                e.signature,
            )
            for e in entries
        ]


@dataclass(frozen=True, slots=True)
class PolicyUp:
    version: int
    document: dict[str, Any]
    effective_from: datetime
    published_at: datetime
    published_by: str  # the employee's code ("" when unknown)


def policies_to_push(db: Database, store_code: str) -> list[PolicyUp]:
    """The versions published at this register (a handful: sent each time, kept once)."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return [
            PolicyUp(
                v.version,
                v.document,
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


@dataclass(frozen=True, slots=True)
class EmployeeUp:
    code: str
    name: str
    role: str
    pin_hash: str
    active: bool


@dataclass(frozen=True)
class EmployeesUp:
    employees: list[EmployeeUp]
    first: bool  # never pushed before: all of them
    through: int  # the journal entry they are up to date with (`EMPLOYEES_SEQ` after)


def employees_to_push(db: Database, store_code: str) -> EmployeesUp:
    """The employees changed here since the last push (the journal names them), or all of
    them the first time: a register never sends back an old copy of a change made at
    another one."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        after = state_of(uow, store, EMPLOYEES_SEQ)
        last = uow.session.scalar(
            select(func.max(JournalEntry.seq)).where(JournalEntry.store_id == store.id)
        )
        query = select(Employee).where(Employee.store_id == store.id)
        if after is not None:
            codes = {
                str(payload.get("employee"))
                for payload in uow.session.scalars(
                    select(JournalEntry.payload).where(
                        JournalEntry.store_id == store.id,
                        JournalEntry.seq > int(after),
                        JournalEntry.kind.like("employee_%"),
                    )
                )
            }
            query = query.where(Employee.code.in_(codes))
        employees = [
            EmployeeUp(e.code, e.name, e.role, e.pin_hash, e.active)
            for e in uow.session.scalars(query)
        ]
    return EmployeesUp(employees, after is None, last or 0)


@dataclass(frozen=True, slots=True)
class PrintUp:
    job_id: uuid.UUID
    return_id: uuid.UUID | None
    kind: str
    register: str
    status: str
    attempts: int
    copy: bool
    printer: str
    created_at: datetime
    done_at: datetime | None  # never None: the push asks for the jobs that ended


def prints_to_push(db: Database, store_code: str, limit: int) -> list[PrintUp]:
    """Print jobs that ended (on paper, on screen only) since the last push (from
    `PRINTS_DONE_AT` on), in the order they ended."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        after = state_of(uow, store, PRINTS_DONE_AT)
        query = select(PrintJob).where(
            PrintJob.store_id == store.id,
            PrintJob.status.in_(("done", "previewed")),
            PrintJob.done_at.is_not(None),
        )
        if after:
            query = query.where(PrintJob.done_at >= datetime.fromisoformat(after))
        return [
            PrintUp(
                j.id,
                j.return_id,
                j.kind,
                j.register_code,
                j.status,
                j.attempts,
                j.copy,
                j.printer,
                j.created_at,
                j.done_at,
            )
            for j in uow.session.scalars(query.order_by(PrintJob.done_at).limit(limit))
        ]
