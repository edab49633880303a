"""The back office's history: the store's returns with filters, one return in full (its
decision, approval and receipt), and the journal's check. Managers only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from pos_returns.domain.document import Document
from pos_returns.domain.money import Money
from pos_returns.services import journal
from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import InvalidInput, say
from pos_returns.services.receipts import find_return, return_receipt
from pos_returns.services.stores import ReasonLine, get_store, reason_lines
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Approval, Employee, Return, ReturnLine, Store

OUTCOMES = ("refund", "store_credit", "exchange", "deny")
LIMIT = 500


@dataclass(frozen=True)
class Filters:
    first: date | None = None  # local dates of the store, inclusive
    last: date | None = None
    employee: str | None = None  # an employee code
    outcome: str | None = None  # a line of the return had this outcome
    reason: str | None = None
    overrides_only: bool = False  # a manager approved or overrode


@dataclass(frozen=True)
class ReturnRow:
    number: str
    at: datetime
    employee: str
    receipt_number: str | None
    reason: str
    outcomes: tuple[str, ...]
    total: Money
    store_credit: Money
    approval: str | None  # "approval" or "override", by whom


def find_returns(uow: UnitOfWork, store: Store, actor: Actor, filters: Filters) -> list[ReturnRow]:
    """The store's returns matching `filters`, newest first (at most LIMIT)."""
    require_manager(actor, say("reading the returns"))
    if filters.first and filters.last and filters.last < filters.first:
        raise InvalidInput(say("the last day is before the first"))
    if filters.outcome is not None and filters.outcome not in OUTCOMES:
        raise InvalidInput(say("outcome is one of {outcomes}", outcomes=", ".join(OUTCOMES)))
    zone = ZoneInfo(store.timezone)
    query = (
        select(Return, Employee.name, Approval)
        .join(Employee, Employee.id == Return.employee_id)
        .outerjoin(Approval, Approval.return_id == Return.id)
        .where(Return.store_id == store.id)
    )
    if filters.first:
        query = query.where(Return.returned_at >= datetime.combine(filters.first, time(), zone))
    if filters.last:
        end = datetime.combine(filters.last + timedelta(days=1), time(), zone)
        query = query.where(Return.returned_at < end)
    if filters.employee:
        query = query.where(Employee.code == filters.employee.strip())
    if filters.reason:
        query = query.where(Return.reason_code == filters.reason)
    if filters.overrides_only:
        query = query.where(Approval.id.is_not(None))
    if filters.outcome:
        query = query.where(
            select(ReturnLine.id)
            .where(ReturnLine.return_id == Return.id, ReturnLine.outcome == filters.outcome)
            .exists()
        )
    rows = uow.session.execute(
        query.order_by(Return.returned_at.desc(), Return.id.desc()).limit(LIMIT)
    ).all()
    outcomes: dict[Any, list[str]] = {}
    ids = [row.id for row, _, _ in rows]
    if ids:
        for return_id, outcome in uow.session.execute(
            select(ReturnLine.return_id, ReturnLine.outcome)
            .where(ReturnLine.return_id.in_(ids))
            .order_by(ReturnLine.position)
        ):
            found = outcomes.setdefault(return_id, [])
            if outcome not in found:
                found.append(outcome)
    return [
        ReturnRow(
            number=row.number,
            at=row.returned_at,
            employee=name,
            receipt_number=row.receipt_number,
            reason=row.reason_code,
            outcomes=tuple(outcomes.get(row.id, ())),
            total=Money.from_minor(row.refund_total_minor, row.currency),
            store_credit=Money.from_minor(row.store_credit_minor, row.currency),
            approval=approval.kind if approval is not None else None,
        )
        for row, name, approval in rows
    ]


@dataclass(frozen=True)
class ReturnDetail:
    number: str
    decision: dict[str, Any]  # the decision document as the cashier saw it
    approval: str | None  # "override by Māris: checked the item" or None
    receipt: Document


def return_detail(
    uow: UnitOfWork, store: Store, actor: Actor, number: str, lang: str
) -> ReturnDetail:
    require_manager(actor, say("reading the returns"))
    row = find_return(uow, store, number)
    approval = uow.session.scalars(select(Approval).where(Approval.return_id == row.id)).first()
    said = None
    if approval is not None:
        manager = uow.session.get(Employee, approval.manager_id)
        who = manager.name if manager else "?"
        said = f"{approval.kind} by {who}" + (f": {approval.note}" if approval.note else "")
    return ReturnDetail(
        row.number, dict(row.decision), said, return_receipt(uow, store, row, lang, copy=True)
    )


def verify_journal(uow: UnitOfWork, store: Store, actor: Actor) -> journal.Verification:
    require_manager(actor, say("checking the journal"))
    return journal.verify(uow, store)


# -- the use cases the Returns page calls --------------------------------------------------
@dataclass(frozen=True)
class HistoryChoices:
    """What the filters offer: the store's reasons, and its time zone for the times."""

    timezone: str
    reasons: tuple[ReasonLine, ...]


def history_choices(db: Database, store_code: str) -> HistoryChoices:
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return HistoryChoices(store.timezone, reason_lines(uow, store))


def returns_matching(
    db: Database, store_code: str, actor: Actor, filters: Filters
) -> list[ReturnRow]:
    """`find_returns` in a unit of work of its own. Raises PermissionDenied, InvalidInput."""
    with UnitOfWork(db) as uow:
        return find_returns(uow, get_store(uow, store_code), actor, filters)


def return_in_full(
    db: Database, store_code: str, actor: Actor, number: str, lang: str
) -> ReturnDetail:
    """`return_detail` in a unit of work of its own. Raises PermissionDenied, NotFound."""
    with UnitOfWork(db) as uow:
        return return_detail(uow, get_store(uow, store_code), actor, number, lang)


def check_journal(db: Database, store_code: str, actor: Actor) -> journal.Verification:
    """`verify_journal` in a unit of work of its own (managers only)."""
    with UnitOfWork(db) as uow:
        return verify_journal(uow, get_store(uow, store_code), actor)
