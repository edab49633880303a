"""The rows a completed return writes, step by step, inside `complete_return`'s write unit
of work (`services.returns`): the return and its lines, the refunds and store credit, the
approval, the journal entries, the outbox row and the print job. Each step only writes;
what may be written was decided and checked before the first one."""

from __future__ import annotations

import base64
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update

from pos_returns.domain.decision import Decision
from pos_returns.domain.formats import decision_to_json
from pos_returns.domain.money import Money
from pos_returns.domain.wording import Wording
from pos_returns.i18n import LANGUAGES, wording
from pos_returns.services import journal
from pos_returns.services.errors import Refused, say
from pos_returns.services.register import next_return_number
from pos_returns.services.return_commands import (
    CREDIT_TENDERS,
    CompleteReturn,
    Proposal,
)
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


@dataclass(frozen=True)
class Credit:
    """The store credit a return issued: its code and value."""

    code: str
    value: Money


def decision_document(proposal: Proposal, words: Wording) -> dict[str, Any]:
    """The decision as the return keeps it: in the cashier's language, with the sentences
    in every language (for receipts printed in any of them) and, without a receipt, what
    each item was priced at and why."""
    decision = proposal.decision
    document = decision_to_json(decision, words.explain(decision, proposal.policy))
    document["sentences"] = {
        lang: wording(lang).explain(decision, proposal.policy) for lang in LANGUAGES
    }
    if proposal.prices:
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
    return document


@dataclass(frozen=True)
class Completing:
    """A return being written: the unit of work, the store, the command and the decision
    checked inside that transaction, and the decision document it keeps."""

    uow: UnitOfWork
    store: Store
    cmd: CompleteReturn
    proposal: Proposal
    document: dict[str, Any]

    @property
    def decision(self) -> Decision:
        return self.proposal.decision

    @property
    def at(self) -> datetime:
        return self.cmd.request.at

    @property
    def approved(self) -> bool:
        """A manager approved (or overrode) a decision that needed one."""
        return self.cmd.approver is not None and self.decision.needs_manager

    @property
    def approval_kind(self) -> str:
        return "override" if self.cmd.request.overrides else "approval"


def write_return(c: Completing) -> Return:
    """The return's row, numbered by this register, and its lines (flushed)."""
    cmd, decision, receipt = c.cmd, c.decision, c.proposal.receipt
    number, register = next_return_number(c.uow, c.store)
    row = Return(
        store_id=c.store.id,
        number=number,
        register_code=register,
        receipt_id=c.proposal.receipt_id,
        receipt_number=receipt.receipt_number if receipt else None,
        employee_id=cmd.employee.id,
        customer=(receipt.customer if receipt else None) or cmd.request.customer,
        customer_id_hash=c.proposal.customer_id_hash,
        reason_code=cmd.reason,
        note=cmd.note,
        prefer=decision.prefer.value,
        language=cmd.language,
        policy_version=decision.policy_version,
        decision=c.document,
        currency=decision.currency,
        refund_total_minor=decision.refund_total.minor_units,
        store_credit_minor=decision.store_credit.minor_units,
        returned_at=c.at,
    )
    c.uow.session.add(row)
    c.uow.flush()
    _write_lines(c, row)
    return row


def _write_lines(c: Completing, row: Return) -> None:
    by_line = {item.line: item for item in c.cmd.request.items}
    receipt = c.proposal.receipt
    line_ids = {
        line_no: line_id
        for line_no, line_id in c.uow.session.execute(
            select(ReceiptLine.line_no, ReceiptLine.id).where(
                ReceiptLine.receipt_id == c.proposal.receipt_id
            )
        )
    }
    for position, line in enumerate(c.decision.lines):
        if receipt is None:
            sku = c.proposal.prices[line.line].sku
        else:
            sku = next(x.sku for x in receipt.lines if x.line == line.line)
        c.uow.session.add(
            ReturnLine(
                store_id=c.store.id,
                return_id=row.id,
                position=position,
                receipt_line_id=line_ids.get(line.line),
                line_no=line.line,
                sku=sku,
                qty=line.qty,
                condition=line.condition.value,
                disposition=by_line[line.line].goes_to,
                rule=line.rule,
                outcome=line.outcome.value,
                refund_minor=line.refund.minor_units,
                fee_minor=line.fee.minor_units,
                tax_minor=line.tax.minor_units,
            )
        )
        if receipt is not None:
            _take_from_sale_line(c.uow, line_ids[line.line], line.line, line.qty)


def _take_from_sale_line(uow: UnitOfWork, line_id: uuid.UUID, line_no: int, qty: int) -> None:
    """The database's own guard against returning more than was sold, whatever raced: the
    sale line's returned quantity rises only while it stays within what was sold."""
    result = uow.session.execute(
        update(ReceiptLine)
        .where(ReceiptLine.id == line_id, ReceiptLine.returned_qty + qty <= ReceiptLine.qty)
        .values(returned_qty=ReceiptLine.returned_qty + qty)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise Refused(say("line {n} has fewer than {qty} left to return", n=line_no, qty=qty))


def pay_back(c: Completing, row: Return) -> Credit | None:
    """A refund row per tender, and the store credit the return issues (the decision's,
    plus what goes back to a gift card or store credit, given as new credit)."""
    credit_value = c.decision.store_credit
    for position, refund in enumerate(c.decision.to_tenders):
        c.uow.session.add(
            Refund(
                store_id=c.store.id,
                return_id=row.id,
                position=position,
                method=refund.method.value,
                reference=refund.reference,
                amount_minor=refund.amount.minor_units,
            )
        )
        if refund.method in CREDIT_TENDERS:
            credit_value = credit_value + refund.amount
    if credit_value.amount <= 0:
        return None
    code = _credit_code()
    c.uow.session.add(
        StoreCredit(
            store_id=c.store.id,
            code=code,
            currency=c.decision.currency,
            value_minor=credit_value.minor_units,
            balance_minor=credit_value.minor_units,
            return_id=row.id,
            issued_at=c.at,
        )
    )
    return Credit(code, credit_value)


def write_approval(c: Completing, row: Return) -> None:
    """The manager's approval or override of the return (when `c.approved`)."""
    if not c.approved:
        return
    assert c.cmd.approver is not None
    c.uow.session.add(
        Approval(
            store_id=c.store.id,
            return_id=row.id,
            manager_id=c.cmd.approver.id,
            kind=c.approval_kind,
            reasons=[r.code for r in c.decision.manager_reasons],
            note=c.cmd.approval_note,
            created_at=c.at,
        )
    )


def summary(c: Completing, row: Return, credit: Credit | None) -> dict[str, Any]:
    """What the journal entry and the outbox row say of the return."""
    decision = c.decision
    return {
        "return": row.number,
        "receipt": row.receipt_number,
        "register": row.register_code,
        "employee": c.cmd.employee.code,
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
        "approved_by": c.cmd.approver.code if c.approved and c.cmd.approver else None,
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


def record_in_journal(c: Completing, row: Return, said: dict[str, Any]) -> None:
    """The signed entry of the return and, when a manager approved it, of the approval
    (after the rows they cover are written)."""
    journal.append(
        c.uow,
        c.store.id,
        "return_completed",
        subject_id=row.id,
        actor_id=c.cmd.employee.id,
        at=c.at,
        payload=said,
    )
    if not c.approved:
        return
    assert c.cmd.approver is not None
    journal.append(
        c.uow,
        c.store.id,
        c.approval_kind,
        subject_id=row.id,
        actor_id=c.cmd.approver.id,
        at=c.at,
        payload={
            "return": row.number,
            "reasons": said["manager_reasons"],
            "note": c.cmd.approval_note,
        },
    )


def queue_for_sync(c: Completing, row: Return, said: dict[str, Any]) -> None:
    """The outbox row the sync pushes to the chain's central database."""
    c.uow.session.add(
        OutboxItem(
            store_id=c.store.id,
            kind="return",
            subject_id=row.id,
            payload={**said, "decision": c.document},
            created_at=c.at,
        )
    )


def queue_receipt(c: Completing, row: Return) -> PrintJob:
    """The print job of the return's receipt, for this register's printer (flushed)."""
    job = PrintJob(
        store_id=c.store.id,
        return_id=row.id,
        kind="return_receipt",
        register_code=row.register_code,
        language=c.cmd.language,
        created_at=c.at,
    )
    c.uow.session.add(job)
    c.uow.flush()
    return job


def _credit_code() -> str:
    raw = base64.b32encode(os.urandom(8)).decode("ascii").rstrip("=")
    return f"SC-{raw[:4]}-{raw[4:8]}-{raw[8:12]}"
