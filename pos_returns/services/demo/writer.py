"""The demo written: the store, its staff, catalogue and policy, the receipts, and the
returns through the real services, all in one transaction (a demo is there whole or not
at all)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select, update

from pos_returns.domain.policy import Outcome
from pos_returns.services import sales
from pos_returns.services.auth import Actor
from pos_returns.services.demo.came_back import Candidate
from pos_returns.services.demo.story import Story
from pos_returns.services.demo.who import (
    CURRENCY,
    LANGUAGE,
    REGISTERS,
    STAFF,
    STORE_ADDRESS,
    STORE_CODE,
    STORE_NAME,
    TIMEZONE,
)
from pos_returns.services.errors import InvalidInput, NotFound, Refused, say
from pos_returns.services.policies import publish_policy
from pos_returns.services.returns import (
    CompleteReturn,
    DecideReturn,
    Proposal,
    complete_return,
    propose_return,
)
from pos_returns.services.stores import NewStore, add_employee, create_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.ids import uuid7
from pos_returns.store.models import PrintJob, Product, RegisterKind, Role, Store

BATCH = 4_000  # receipts saved at a time


@dataclass(frozen=True)
class DemoCounts:
    products: int
    receipts: int
    lines: int
    returns: int


def refuse_a_second_demo(db: Database) -> None:
    """Raises InvalidInput when the demo store is in this database already."""
    with UnitOfWork(db) as uow:
        _refuse_a_second_demo(uow)


def write(db: Database, story: Story) -> DemoCounts:
    """Write the demo `story`, committed; gives what was written. Raises InvalidInput when
    the demo store is in this database already."""
    zone = ZoneInfo(TIMEZONE)
    with UnitOfWork(db, write=True) as uow:
        _refuse_a_second_demo(uow)
        store = _store(uow)
        staff = _staff(uow, store, story.pins)
        manager = next(a for a in staff.values() if a.role is Role.MANAGER)
        _products(uow, store, story)
        first = story.first_day
        published = datetime(first.year, first.month, first.day, 8, tzinfo=zone)
        publish_policy(uow, store, manager, story.policy, published)
        lines = 0
        for start in range(0, len(story.sold), BATCH):
            batch = story.sold[start : start + BATCH]
            lines += sales.save_receipts(uow, store, batch, source="demo").lines
        returned = _complete_returns(uow, store, story.returns, staff, manager)
        # The returns happened in the past: their receipts were printed back then.
        uow.session.execute(
            update(PrintJob)
            .where(PrintJob.store_id == store.id, PrintJob.status == "queued")
            .values(status="done", attempts=1, done_at=PrintJob.created_at)
            .execution_options(synchronize_session=False)
        )
        products = uow.session.scalar(
            select(func.count()).select_from(Product).where(Product.store_id == store.id)
        )
        uow.commit()
    return DemoCounts(products or 0, len(story.sold), lines, returned)


def _refuse_a_second_demo(uow: UnitOfWork) -> None:
    if uow.session.scalar(select(Store.id).where(Store.code == STORE_CODE)) is not None:
        raise InvalidInput(
            say(
                "the demo store {store} exists already in this database; use it, or make the "
                "demo in another database",
                store=STORE_CODE,
            )
        )


def _store(uow: UnitOfWork) -> Store:
    """The demo store; this database becomes its register R1, a demo one."""
    store = create_store(
        uow,
        NewStore(
            STORE_CODE,
            STORE_NAME,
            TIMEZONE,
            CURRENCY,
            address=STORE_ADDRESS,
            language=LANGUAGE,
            registers=REGISTERS,
            kind=RegisterKind.DEMO,
        ),
    )
    store.receipt_footer = "Paldies, ka iepērkaties pie mums! Thank you for shopping with us."
    store.feedback_url = "https://feedback.example.com/s01"
    store.signature_over_minor = 10_000  # refunds of 100.00 EUR or more are signed for
    return store


def _staff(uow: UnitOfWork, store: Store, pins: Sequence[str]) -> dict[str, Actor]:
    """STAFF with their PINs, by code."""
    staff = {}
    for (code, name, role), pin in zip(STAFF, pins, strict=True):
        row = add_employee(uow, store, code=code, name=name, role=role, pin=pin)
        staff[code] = Actor(row.id, store.id, row.code, row.name, role)
    return staff


def _products(uow: UnitOfWork, store: Store, story: Story) -> None:
    uow.session.execute(
        insert(Product),
        [
            {
                "id": uuid7(),
                "store_id": store.id,
                "sku": p.sku,
                "description": p.description,
                "category": p.category,
                "tags": sorted(p.tags),
                "price_minor": p.price_minor,
            }
            for p in story.catalogue
        ],
    )


def _complete_returns(
    uow: UnitOfWork,
    store: Store,
    candidates: Sequence[Candidate],
    staff: dict[str, Actor],
    manager: Actor,
) -> int:
    """Each request through the real service, in a savepoint of its own; a manager
    approves where the decision asks; refused requests are skipped."""
    done = 0
    for candidate in candidates:
        asked = _asked(uow, store, candidate.request)
        if asked is None:
            continue
        request, proposal = asked
        needs_manager = proposal.decision.needs_manager
        command = CompleteReturn(
            request,
            staff[candidate.cashier],
            candidate.reason,
            note=candidate.note,
            language=candidate.language,
            expected_fingerprint=proposal.fingerprint,
            approver=manager if needs_manager else None,
            approval_note="Checked the item and the receipt" if needs_manager else "",
        )
        savepoint = uow.session.begin_nested()
        try:
            complete_return(uow, store, command)
        except (Refused, InvalidInput):
            savepoint.rollback()
            continue
        savepoint.commit()
        done += 1
    return done


def _asked(
    uow: UnitOfWork, store: Store, request: DecideReturn
) -> tuple[DecideReturn, Proposal] | None:
    """`request` with the lines the policy denies left out (as a cashier would), and what
    the policy decides for it; None when nothing is left or the request is refused."""
    for _ in range(2):
        try:
            proposal = propose_return(uow, store, request)
        except (Refused, NotFound, InvalidInput):
            return None
        denied = {x.line for x in proposal.decision.lines if x.outcome is Outcome.DENY}
        if not denied:
            return request, proposal
        items = tuple(i for i in request.items if i.line not in denied)
        if not items:
            return None
        request = replace(request, items=items)
    return None
