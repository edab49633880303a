"""Returns: the decision for a request, and completing it in one transaction.

    with UnitOfWork(engine) as uow:
        proposal = propose_return(uow, store, request)       # what the screen shows
    with UnitOfWork(engine, write=True) as uow:
        done = complete_return(uow, store, CompleteReturn(request, ..., proposal.fingerprint))
        uow.commit()

`complete_return` decides again inside its write transaction, from the database as it is
then, and refuses when that decision differs from the one the cashier saw (the receipt,
the policy or the return history changed), when it would return more than was sold, or
when a manager must approve and none did. The return, its lines, refunds, store credit,
approval, journal entry, outbox row and print job are written together or not at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from pos_returns.domain import model as dm
from pos_returns.domain.decision import Decision, decide
from pos_returns.domain.errors import DecisionError
from pos_returns.domain.formats import decision_to_json, receipt_to_json
from pos_returns.domain.model import Condition, Prefer
from pos_returns.domain.money import Money
from pos_returns.domain.policy import Outcome, Policy
from pos_returns.i18n import LANGUAGES, wording
from pos_returns.services import journal, no_receipt, sales
from pos_returns.services.auth import Actor
from pos_returns.services.errors import InvalidInput, NotFound, Refused, say
from pos_returns.services.no_receipt import PriceBasis
from pos_returns.services.policies import published_policy
from pos_returns.services.register import next_return_number
from pos_returns.services.stores import reasons
from pos_returns.services.text import clean
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import (
    Approval,
    OutboxItem,
    PrintJob,
    ReceiptLine,
    Refund,
    Return,
    ReturnLine,
    Store,
    StoreCredit,
)

DISPOSITIONS = ("restock", "damaged", "vendor")
DEFAULT_DISPOSITION = {
    Condition.UNOPENED: "restock",
    Condition.OPENED: "restock",
    Condition.DAMAGED: "damaged",
    Condition.DEFECTIVE: "vendor",
}
CREDIT_TENDERS = (dm.TenderMethod.GIFT_CARD, dm.TenderMethod.STORE_CREDIT)


@dataclass(frozen=True)
class ReturnItem:
    """One receipt line coming back: how many, in what state, and where it goes.

    Without a receipt, `line` numbers the items brought back (1, 2, ...) and `sku` names
    each one."""

    line: int
    qty: int
    condition: Condition
    disposition: str | None = None
    sku: str | None = None

    @property
    def goes_to(self) -> str:
        return self.disposition or DEFAULT_DISPOSITION[self.condition]


@dataclass(frozen=True)
class DecideReturn:
    """What the cashier asks: `receipt_number` None for items brought back without their
    receipt, when `customer_id` is the ID document's number if the customer showed one
    (only its keyed hash is kept)."""

    receipt_number: str | None
    items: tuple[ReturnItem, ...]
    at: datetime
    prefer: Prefer = Prefer.ORIGINAL
    customer: str | None = None
    overrides: dict[int, Outcome] = field(default_factory=dict)
    customer_id: str | None = None
    # What the chain did that this database does not hold (the central database's): this
    # receipt's returns at other registers and stores, and the customer's other returns.
    elsewhere: tuple[dm.PastReturn, ...] = ()
    # The central database did not answer: the policy's offline choices apply.
    offline: bool = False

    def __post_init__(self) -> None:
        if self.customer is not None:  # as kept and sent: no control characters
            object.__setattr__(self, "customer", clean(self.customer) or None)


@dataclass(frozen=True)
class Proposal:
    """The decision as the counter shows it, and the fingerprint that completes it."""

    receipt: dm.Receipt | None  # None for a return without a receipt
    receipt_id: uuid.UUID | None
    policy: Policy
    decision: Decision
    fingerprint: str
    prices: dict[int, PriceBasis] = field(default_factory=dict)  # without a receipt, by line
    customer_id_hash: str | None = None


@dataclass(frozen=True)
class CompleteReturn:
    """Complete `request` at this register (the database's own: no command names another)."""

    request: DecideReturn
    employee: Actor
    reason: str
    note: str = ""
    language: str = "en"
    expected_fingerprint: str | None = None
    approver: Actor | None = None  # a signed-in manager, when the decision needs one
    approval_note: str = ""


@dataclass(frozen=True)
class ReturnCompleted:
    """What changed: the return and what hangs on it (the screen refreshes these)."""

    return_id: uuid.UUID
    number: str
    decision: Decision
    document: dict[str, Any]
    store_credit_code: str | None
    store_credit: Money | None
    print_job_id: uuid.UUID


def propose_return(uow: UnitOfWork, store: Store, request: DecideReturn) -> Proposal:
    """The policy's decision for `request`, from the database as it is now."""
    return _propose(uow, store, request, None)


def decide_with(uow: UnitOfWork, store: Store, request: DecideReturn, policy: Policy) -> Decision:
    """What `policy` (a draft, say) would decide for `request`, with the receipt's history
    as it is now; writes nothing."""
    return _propose(uow, store, request, policy).decision


def _propose(
    uow: UnitOfWork, store: Store, request: DecideReturn, policy: Policy | None
) -> Proposal:
    """The decision of `policy`, or of the policy in force at the request's moment."""
    if request.receipt_number is None:
        _check_items(request)
        return _propose_without_receipt(uow, store, request, policy)
    receipt_row = sales.find_by_number(uow, request.receipt_number)
    if receipt_row is None:
        raise NotFound(
            say(
                "no receipt {number!r} here; check the number, or find the sale by customer, "
                "by card and date, or by item and date",
                number=request.receipt_number.strip(),
            )
        )
    _check_items(request)
    if policy is None:
        _, policy = published_policy(uow, store, request.at)
    receipt = sales.to_domain(receipt_row, store.code)
    # The receipt's customer is the one whose returns count toward the policy's limit: a
    # name typed at a return (`--customer`) does not make them someone else.
    customer = receipt.customer or request.customer
    past = sales.history(uow, receipt_row, customer, _limit_since(policy, request, customer))
    past += request.elsewhere
    domain_request = dm.ReturnRequest(
        receipt_number=receipt.receipt_number,
        at=request.at,
        customer=customer,
        lines=tuple(
            dm.RequestLine(qty=i.qty, condition=i.condition, line=i.line) for i in request.items
        ),
        prefer=request.prefer,
    )
    decision = _decide(
        policy, receipt, domain_request, past, request.overrides, offline=request.offline
    )
    return Proposal(
        receipt, receipt_row.id, policy, decision, _fingerprint(receipt_to_json(receipt), decision)
    )


def _propose_without_receipt(
    uow: UnitOfWork, store: Store, request: DecideReturn, policy: Policy | None
) -> Proposal:
    """Items priced at the lowest price of the policy's window; the customer known by the
    hash of their ID, when they showed one."""
    if policy is None:
        _, policy = published_policy(uow, store, request.at)
    numbers = [item.line for item in request.items]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        raise InvalidInput("the items without a receipt are numbered 1, 2, 3, ... in order")
    hashes: tuple[str, ...] = ()
    if request.customer_id and request.customer_id.strip():
        hashes = no_receipt.customer_id_hashes(uow, store, request.customer_id)
    id_hash = hashes[0] if hashes else None
    customer = no_receipt.CUSTOMER_ID_PREFIX + id_hash if id_hash else None
    prices: dict[int, PriceBasis] = {}
    lines = []
    for item in sorted(request.items, key=lambda x: x.line):
        if not item.sku:
            raise InvalidInput(say("item {n}: scan or type its item code", n=item.line))
        basis = no_receipt.price_basis(
            uow, store, item.sku, request.at, policy.no_receipt.price_days
        )
        prices[item.line] = basis
        lines.append(
            dm.RequestLine(
                qty=item.qty,
                condition=item.condition,
                sku=basis.sku,
                category=basis.category,
                tags=basis.tags,
                unit_price=basis.unit_price,
                unit_tax=basis.unit_tax,
                description=basis.description,
            )
        )
    past = sales.history(
        uow, None, None, _limit_since(policy, request, customer), customer_id_hashes=hashes
    )
    past += request.elsewhere  # the customer's returns at other stores, by the chain's hash
    domain_request = dm.ReturnRequest(
        receipt_number=None,
        at=request.at,
        customer=customer,
        lines=tuple(lines),
        prefer=request.prefer,
        currency=store.currency,
    )
    decision = _decide(
        policy, None, domain_request, past, request.overrides, offline=request.offline
    )
    basis_json = {
        str(n): {"sku": b.sku, "unit_price": b.unit_price.to_json()} for n, b in prices.items()
    }
    return Proposal(
        None,
        None,
        policy,
        decision,
        _fingerprint({"no_receipt": basis_json}, decision),
        prices,
        id_hash,
    )


def _check_items(request: DecideReturn) -> None:
    if not request.items:
        raise InvalidInput(say("pick at least one line to return"))
    for item in request.items:
        if item.disposition is not None and item.disposition not in DISPOSITIONS:
            raise InvalidInput(f"line {item.line}: disposition is one of {', '.join(DISPOSITIONS)}")


def _limit_since(policy: Policy, request: DecideReturn, customer: str | None) -> datetime | None:
    """From when the customer's earlier returns count toward the policy's limit."""
    if policy.limits is None or not customer:
        return None
    return request.at - timedelta(days=policy.limits.days + 1)


def _decide(
    policy: Policy,
    receipt: dm.Receipt | None,
    request: dm.ReturnRequest,
    past: tuple[dm.PastReturn, ...],
    overrides: dict[int, Outcome],
    *,
    offline: bool,
) -> Decision:
    try:
        return decide(policy, receipt, request, past, overrides=overrides, offline=offline)
    except DecisionError as exc:
        raise Refused(exc.message) from None


def complete_return(uow: UnitOfWork, store: Store, cmd: CompleteReturn) -> ReturnCompleted:
    """Write the return; the caller commits the unit of work (which must be a write one)."""
    cmd = replace(cmd, note=clean(cmd.note), approval_note=clean(cmd.approval_note))
    proposal = propose_return(uow, store, cmd.request)
    decision = proposal.decision
    if cmd.expected_fingerprint and cmd.expected_fingerprint != proposal.fingerprint:
        raise Refused(
            say(
                "the receipt, the policy or this receipt's returns changed since the decision "
                "was shown; look at the new decision and complete again"
            )
        )
    words = wording(cmd.language)
    for line in decision.lines:
        if line.outcome is Outcome.DENY:
            sentence = words.line_sentence(line, proposal.policy, decision)
            raise Refused(
                say(
                    "line {n} cannot be returned ({why}); leave it out, or a manager overrides it",
                    n=line.line,
                    why=sentence,
                )
            )
    if decision.card_waits:
        raise Refused(
            say(
                "the register is offline and the policy keeps card refunds until it is back; "
                "give store credit now, or ask the customer to come back"
            )
        )
    if decision.needs_manager:
        if cmd.approver is None:
            codes = ", ".join(r.code for r in decision.manager_reasons)
            raise Refused(say("a manager must approve this return ({why})", why=codes))
        if not cmd.approver.is_manager:
            raise Refused(say("{name} is not a manager and cannot approve", name=cmd.approver.name))
    _check_reason(uow, store, cmd.reason, cmd.note)
    at = cmd.request.at
    receipt = proposal.receipt
    currency = decision.currency
    document = decision_to_json(decision, words.explain(decision, proposal.policy))
    # The sentences in every language, as decided, for receipts printed in any of them.
    document["sentences"] = {
        lang: wording(lang).explain(decision, proposal.policy) for lang in LANGUAGES
    }
    if proposal.prices:  # what each item without a receipt was priced at, and why
        document["price_basis"] = {
            str(line): {
                "sku": basis.sku,
                "description": basis.description,
                "unit_price": basis.unit_price.to_json(),
                "sold_at": basis.sold_at.isoformat() if basis.sold_at else None,
                "days": basis.days,
            }
            for line, basis in proposal.prices.items()
        }

    number, register = next_return_number(uow, store)
    row = Return(
        store_id=store.id,
        number=number,
        register_code=register,
        receipt_id=proposal.receipt_id,
        receipt_number=receipt.receipt_number if receipt else None,
        employee_id=cmd.employee.id,
        customer=(receipt.customer if receipt else None) or cmd.request.customer,
        customer_id_hash=proposal.customer_id_hash,
        reason_code=cmd.reason,
        note=cmd.note,
        prefer=decision.prefer.value,
        language=cmd.language,
        policy_version=decision.policy_version,
        decision=document,
        currency=currency,
        refund_total_minor=decision.refund_total.minor_units,
        store_credit_minor=decision.store_credit.minor_units,
        returned_at=at,
    )
    uow.session.add(row)
    uow.flush()
    _write_lines(uow, store, row, proposal, cmd.request.items)
    credit_value = decision.store_credit
    for position, refund in enumerate(decision.to_tenders):
        uow.session.add(
            Refund(
                store_id=store.id,
                return_id=row.id,
                position=position,
                method=refund.method.value,
                reference=refund.reference,
                amount_minor=refund.amount.minor_units,
            )
        )
        if refund.method in CREDIT_TENDERS:
            credit_value = credit_value + refund.amount  # given back as new store credit
    credit = None
    if credit_value.amount > 0:
        credit = StoreCredit(
            store_id=store.id,
            code=_credit_code(),
            currency=currency,
            value_minor=credit_value.minor_units,
            balance_minor=credit_value.minor_units,
            return_id=row.id,
            issued_at=at,
        )
        uow.session.add(credit)
    if cmd.approver is not None and decision.needs_manager:
        uow.session.add(
            Approval(
                store_id=store.id,
                return_id=row.id,
                manager_id=cmd.approver.id,
                kind="override" if cmd.request.overrides else "approval",
                reasons=[r.code for r in decision.manager_reasons],
                note=cmd.approval_note,
                created_at=at,
            )
        )
    summary = _summary(row, cmd, decision, credit)
    journal.append(
        uow,
        store.id,
        "return_completed",
        subject_id=row.id,
        actor_id=cmd.employee.id,
        at=at,
        payload=summary,
    )
    if cmd.approver is not None and decision.needs_manager:
        journal.append(
            uow,
            store.id,
            "override" if cmd.request.overrides else "approval",
            subject_id=row.id,
            actor_id=cmd.approver.id,
            at=at,
            payload={
                "return": row.number,
                "reasons": summary["manager_reasons"],
                "note": cmd.approval_note,
            },
        )
    uow.session.add(
        OutboxItem(
            store_id=store.id,
            kind="return",
            subject_id=row.id,
            payload={**summary, "decision": document},
            created_at=at,
        )
    )
    job = PrintJob(
        store_id=store.id,
        return_id=row.id,
        kind="return_receipt",
        register_code=register,
        language=cmd.language,
        created_at=at,
    )
    uow.session.add(job)
    uow.flush()
    return ReturnCompleted(
        return_id=row.id,
        number=row.number,
        decision=decision,
        document=document,
        store_credit_code=credit.code if credit else None,
        store_credit=credit_value if credit else None,
        print_job_id=job.id,
    )


def _write_lines(
    uow: UnitOfWork, store: Store, row: Return, proposal: Proposal, items: tuple[ReturnItem, ...]
) -> None:
    by_line = {item.line: item for item in items}
    receipt = proposal.receipt
    line_ids = {
        line_no: line_id
        for line_no, line_id in uow.session.execute(
            select(ReceiptLine.line_no, ReceiptLine.id).where(
                ReceiptLine.receipt_id == proposal.receipt_id
            )
        )
    }
    for position, line in enumerate(proposal.decision.lines):
        item = by_line[line.line]
        if receipt is None:
            sku = proposal.prices[line.line].sku
        else:
            sku = next(x.sku for x in receipt.lines if x.line == line.line)
        uow.session.add(
            ReturnLine(
                store_id=store.id,
                return_id=row.id,
                position=position,
                receipt_line_id=line_ids.get(line.line),
                line_no=line.line,
                sku=sku,
                qty=line.qty,
                condition=line.condition.value,
                disposition=item.goes_to,
                rule=line.rule,
                outcome=line.outcome.value,
                refund_minor=line.refund.minor_units,
                fee_minor=line.fee.minor_units,
                tax_minor=line.tax.minor_units,
            )
        )
        if receipt is None:
            continue
        # The database's own guard against returning more than was sold, whatever raced.
        result = uow.session.execute(
            update(ReceiptLine)
            .where(
                ReceiptLine.id == line_ids[line.line],
                ReceiptLine.returned_qty + line.qty <= ReceiptLine.qty,
            )
            .values(returned_qty=ReceiptLine.returned_qty + line.qty)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise Refused(
                say("line {n} has fewer than {qty} left to return", n=line.line, qty=line.qty)
            )


def _check_reason(uow: UnitOfWork, store: Store, code: str, note: str) -> None:
    known = {r.code: r for r in reasons(uow, store)}
    reason = known.get(code)
    if reason is None:
        raise InvalidInput(f"unknown reason {code!r}: choose one of {', '.join(known)}")
    if reason.needs_note and not note.strip():
        raise InvalidInput(say("reason {label!r} needs a short note", label=reason.label))


def _credit_code() -> str:
    raw = base64.b32encode(os.urandom(8)).decode("ascii").rstrip("=")
    return f"SC-{raw[:4]}-{raw[4:8]}-{raw[8:12]}"


def _fingerprint(basis: dict[str, Any], decision: Decision) -> str:
    """A digest of what was decided from: the receipt (or the items' prices) and the
    decision."""
    body = json.dumps(
        {"receipt": basis, "decision": decision_to_json(decision, [])},
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def _summary(
    row: Return, cmd: CompleteReturn, decision: Decision, credit: StoreCredit | None
) -> dict[str, Any]:
    return {
        "return": row.number,
        "receipt": row.receipt_number,
        "register": row.register_code,
        "employee": cmd.employee.code,
        "reason": row.reason_code,
        "currency": row.currency,
        "refund_total": decision.refund_total.to_json(),
        "to_tenders": [
            {"method": t.method.value, "reference": t.reference, "amount": t.amount.to_json()}
            for t in decision.to_tenders
        ],
        "store_credit": decision.store_credit.to_json(),
        "store_credit_code": credit.code if credit else None,
        "policy_version": decision.policy_version,
        "manager_reasons": [r.code for r in decision.manager_reasons],
        "approved_by": cmd.approver.code if cmd.approver and decision.needs_manager else None,
        "lines": [
            {
                "line": x.line,
                "qty": x.qty,
                "rule": x.rule,
                "outcome": x.outcome.value,
                "refund": x.refund.to_json(),
                "fee": x.fee.to_json(),
            }
            for x in decision.lines
        ],
    }


def lookup_store_credit(uow: UnitOfWork, code: str) -> StoreCredit:
    credit = uow.session.scalars(
        select(StoreCredit).where(StoreCredit.code == code.strip().upper())
    ).first()
    if credit is None:
        raise NotFound(f"no store credit {code.strip()!r}")
    return credit
