"""Returns: the decision for a request, and completing it in one transaction.

    proposal = propose(db, request)                        # what the screen shows
    done = chain.complete_here(db, chain, store_code,      # the door's use case: it owns
        CompleteReturn(request, ..., proposal.fingerprint))  # the write transaction

`complete_return` (the step inside that transaction) decides again from the database as
it is then, and refuses when that decision differs from the one the cashier saw (the
receipt, the policy or the return history changed), when a line is denied, when a card
refund must wait for the register to be online, when it would return more than was sold,
or when a manager must approve and none did. The return, its lines, refunds, store
credit, approval, journal entry, outbox row and print job (`services.return_rows`) are
written together or not at all.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from pos_returns.domain import model as dm
from pos_returns.domain.decision import Decision, decide
from pos_returns.domain.errors import DecisionError
from pos_returns.domain.formats import decision_to_json, receipt_to_json
from pos_returns.domain.policy import Outcome, Policy
from pos_returns.domain.wording import Wording
from pos_returns.i18n import wording
from pos_returns.services import no_receipt, sales
from pos_returns.services import return_rows as rows
from pos_returns.services.errors import InvalidInput, NotFound, Refused, say
from pos_returns.services.no_receipt import PriceBasis
from pos_returns.services.policies import published_policy
from pos_returns.services.register import acting_store
from pos_returns.services.return_commands import (
    CREDIT_TENDERS,
    DEFAULT_DISPOSITION,
    DISPOSITIONS,
    CompleteReturn,
    DecideReturn,
    Proposal,
    ReturnCompleted,
    ReturnItem,
    StoreCreditBalance,
)
from pos_returns.services.stores import reasons
from pos_returns.services.text import clean
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store import queries
from pos_returns.store.models import Store, StoreCredit

__all__ = [
    "CREDIT_TENDERS",
    "DEFAULT_DISPOSITION",
    "DISPOSITIONS",
    "CompleteReturn",
    "DecideReturn",
    "Proposal",
    "ReturnCompleted",
    "ReturnItem",
    "StoreCreditBalance",
    "complete_return",
    "decide_with",
    "lookup_store_credit",
    "propose",
    "propose_return",
    "store_credit",
]


# -- the use cases --------------------------------------------------------------------------
def propose(db: Database, request: DecideReturn, *, store_code: str | None = None) -> Proposal:
    """What the policy decides for `request` at this register's store (or `store_code`),
    from the database as it is now; writes nothing. Raises NotFound (no such receipt, no
    policy in force), InvalidInput, Refused."""
    with UnitOfWork(db) as uow:
        return propose_return(uow, acting_store(uow, store_code), request)


def store_credit(db: Database, code: str) -> StoreCreditBalance:
    """The store credit `code` (as printed or typed) and its balance. Raises NotFound."""
    with UnitOfWork(db) as uow:
        return lookup_store_credit(uow, code)


# -- deciding -------------------------------------------------------------------------------
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
    receipt_row = queries.receipt_by_number(uow.session, sales.number_key(request.receipt_number))
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
        raise InvalidInput(say("the items without a receipt are numbered 1, 2, 3, ... in order"))
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
            raise InvalidInput(
                say(
                    "line {n}: disposition is one of {dispositions}",
                    n=item.line,
                    dispositions=", ".join(DISPOSITIONS),
                )
            )


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
    except DecisionError as exc:  # the domain's template: a screen shows it translated
        why = say(exc.template, **exc.values) if exc.template else say("{why}", why=exc.message)
        raise Refused(why) from None


def complete_return(uow: UnitOfWork, store: Store, cmd: CompleteReturn) -> ReturnCompleted:
    """Write the return; the caller commits the unit of work (which must be a write one).
    Doors call `chain.complete_here`, which owns that transaction.

    Decides again from the database as it is now and refuses (Refused, InvalidInput;
    nothing is written then) what the cashier may not complete: see the module."""
    cmd = replace(cmd, note=clean(cmd.note), approval_note=clean(cmd.approval_note))
    proposal = _decide_again(uow, store, cmd)
    words = wording(cmd.language)
    _refuse_what_cannot_be_completed(proposal, cmd, words)
    _check_reason(uow, store, cmd.reason, cmd.note)
    writing = rows.Completing(uow, store, cmd, proposal, rows.decision_document(proposal, words))
    row = rows.write_return(writing)
    credit = rows.pay_back(writing, row)
    rows.write_approval(writing, row)
    said = rows.summary(writing, row, credit)
    rows.record_in_journal(writing, row, said)
    rows.queue_for_sync(writing, row, said)
    job = rows.queue_receipt(writing, row)
    return ReturnCompleted(
        return_id=row.id,
        number=row.number,
        decision=proposal.decision,
        document=writing.document,
        store_credit_code=credit.code if credit else None,
        store_credit=credit.value if credit else None,
        print_job_id=job.id,
    )


def _decide_again(uow: UnitOfWork, store: Store, cmd: CompleteReturn) -> Proposal:
    """The decision inside the write transaction; refused when it is not the one the
    cashier saw (`expected_fingerprint`): the receipt, the policy or the receipt's returns
    changed meanwhile."""
    proposal = propose_return(uow, store, cmd.request)
    if cmd.expected_fingerprint and cmd.expected_fingerprint != proposal.fingerprint:
        raise Refused(
            say(
                "the receipt, the policy or this receipt's returns changed since the decision "
                "was shown; look at the new decision and complete again"
            )
        )
    return proposal


def _refuse_what_cannot_be_completed(
    proposal: Proposal, cmd: CompleteReturn, words: Wording
) -> None:
    """A line the policy denies, a card refund that waits for the register to be online,
    a return a manager must approve and none (or a cashier) did."""
    decision = proposal.decision
    for line in decision.lines:
        if line.outcome is Outcome.DENY:
            raise Refused(
                say(
                    "line {n} cannot be returned ({why}); leave it out, or a manager overrides it",
                    n=line.line,
                    why=words.line_sentence(line, proposal.policy, decision),
                )
            )
    if decision.card_waits:
        raise Refused(
            say(
                "the register is offline and the policy keeps card refunds until it is back; "
                "give store credit now, or ask the customer to come back"
            )
        )
    if not decision.needs_manager:
        return
    if cmd.approver is None:
        codes = ", ".join(r.code for r in decision.manager_reasons)
        raise Refused(say("a manager must approve this return ({why})", why=codes))
    if not cmd.approver.is_manager:
        raise Refused(say("{name} is not a manager and cannot approve", name=cmd.approver.name))


def _check_reason(uow: UnitOfWork, store: Store, code: str, note: str) -> None:
    known = {r.code: r for r in reasons(uow, store)}
    reason = known.get(code)
    if reason is None:
        raise InvalidInput(
            say(
                "unknown reason {code!r}: choose one of {reasons}",
                code=code,
                reasons=", ".join(known),
            )
        )
    if reason.needs_note and not note.strip():
        raise InvalidInput(say("reason {label!r} needs a short note", label=reason.label))


def _fingerprint(basis: dict[str, Any], decision: Decision) -> str:
    """A digest of what was decided from: the receipt (or the items' prices) and the
    decision."""
    body = json.dumps(
        {"receipt": basis, "decision": decision_to_json(decision, [])},
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def lookup_store_credit(uow: UnitOfWork, code: str) -> StoreCreditBalance:
    """The store credit `code` (any case, spaces around it ignored). Raises NotFound."""
    credit = uow.session.scalars(
        select(StoreCredit).where(StoreCredit.code == code.strip().upper())
    ).first()
    if credit is None:
        raise NotFound(say("no store credit {code!r}", code=code.strip()))
    return StoreCreditBalance(
        credit.code, credit.currency, credit.value_minor, credit.balance_minor, credit.issued_at
    )
