"""Completing returns against real SQLite and PostgreSQL: one transaction, nothing lost,
nothing returned twice."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from integration.shop import POLICY, RECEIPT, Shop, open_shop
from sqlalchemy import Engine, func, select, text

from pos_returns.domain.model import Condition, Prefer
from pos_returns.domain.policy import Outcome
from pos_returns.services import journal
from pos_returns.services.errors import InvalidInput, NotFound, PermissionDenied, Refused
from pos_returns.services.policies import publish_policy, published_policy
from pos_returns.services.returns import (
    CompleteReturn,
    DecideReturn,
    ReturnItem,
    complete_return,
    lookup_store_credit,
    propose_return,
)
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import (
    Approval,
    JournalEntry,
    OutboxItem,
    PolicyVersion,
    PrintJob,
    PublishedPolicyChanged,
    ReceiptLine,
    Refund,
    Return,
    ReturnLine,
    StoreCredit,
)

AT = datetime.fromisoformat("2026-10-20T10:00:00+03:00")
NUMBER = RECEIPT["receipt_number"]


@pytest.fixture
def shop(engine: Engine) -> Shop:
    return open_shop(engine)


def request(*items: ReturnItem, **changes) -> DecideReturn:  # noqa: ANN003
    return DecideReturn(NUMBER, items or (ReturnItem(1, 1, Condition.OPENED),), AT, **changes)


def complete(shop: Shop, req: DecideReturn, **changes):  # noqa: ANN003, ANN201
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        cmd = CompleteReturn(req, shop.cashier, "wrong-size", **changes)
        done = complete_return(uow, store, cmd)
        uow.commit()
    return done


def count(shop: Shop, model) -> int:  # noqa: ANN001
    with UnitOfWork(shop.engine) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def test_the_proposal_is_the_engines_decision(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow:
        proposal = propose_return(uow, shop.store(uow), request())
    decision = proposal.decision
    assert decision.refund_total.to_json() == "22.50"
    assert [(t.method.value, t.amount.to_json()) for t in decision.to_tenders] == [
        ("card", "15.42"),
        ("cash", "7.08"),
    ]
    assert len(proposal.fingerprint) == 64


def test_completing_a_return_writes_everything_in_one_transaction(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow:
        fingerprint = propose_return(uow, shop.store(uow), request()).fingerprint
    done = complete(shop, request(), expected_fingerprint=fingerprint)
    assert re.fullmatch(r"S01-R1-[0-9A-HJKMNP-TV-Z]{4}-RT000001", done.number)  # this instance
    assert done.document["explanation"] == [
        "Returned within 30 days with a receipt: full refund to the original payment."
    ]
    assert [count(shop, m) for m in (Return, ReturnLine, Refund, OutboxItem, PrintJob)] == [
        1,
        1,
        2,
        1,
        1,
    ]
    with UnitOfWork(shop.engine) as uow:
        line = uow.session.scalars(select(ReceiptLine).where(ReceiptLine.line_no == 1)).one()
        assert line.returned_qty == 1
        entry = uow.session.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert entry is not None and entry.kind == "return_completed"
        assert entry.payload["to_tenders"][0]["amount"] == "15.42"
        assert journal.verify(uow, shop.store(uow)).ok


def test_the_second_visit_refunds_the_rest_and_a_third_is_refused(shop: Shop) -> None:
    complete(shop, request())
    second = complete(shop, request())
    assert second.decision.refund_total.to_json() == "22.50"
    before = [count(shop, m) for m in (Return, Refund, JournalEntry, OutboxItem, PrintJob)]
    with pytest.raises(Refused, match="1 of 2|0 of 2"):
        complete(shop, request())
    assert [count(shop, m) for m in (Return, Refund, JournalEntry, OutboxItem, PrintJob)] == before


def test_a_stale_decision_is_refused(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow:
        fingerprint = propose_return(uow, shop.store(uow), request()).fingerprint
    complete(shop, request())  # another register returns the other scarf meanwhile
    with pytest.raises(Refused, match="changed since the decision was shown"):
        complete(shop, request(), expected_fingerprint=fingerprint)


def test_a_return_that_needs_a_manager_is_refused_without_one(shop: Shop) -> None:
    big = request(ReturnItem(1, 2, Condition.UNOPENED), ReturnItem(2, 1, Condition.DEFECTIVE))
    with UnitOfWork(shop.engine, write=True) as uow:  # 134.00 back: lower the threshold
        publish_policy(
            uow,
            shop.store(uow),
            shop.manager,
            {**POLICY, "manager_approval": {"refund_over": "100.00"}},
            AT,
        )
        uow.commit()
    with pytest.raises(Refused, match="a manager must approve this return \\(refund_over\\)"):
        complete(shop, big)
    with pytest.raises(Refused, match="not a manager"):
        complete(shop, big, approver=shop.cashier)
    done = complete(shop, big, approver=shop.manager, approval_note="regular customer")
    assert done.decision.policy_version == 2
    with UnitOfWork(shop.engine) as uow:
        approval = uow.session.scalars(select(Approval)).one()
        assert (approval.kind, approval.reasons, approval.note) == (
            "approval",
            ["refund_over"],
            "regular customer",
        )
        kinds = list(uow.session.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)))
        assert kinds == ["policy_published", "policy_published", "return_completed", "approval"]


def test_a_manager_override_refunds_a_final_sale_item(shop: Shop) -> None:
    candle = request(ReturnItem(3, 1, Condition.UNOPENED), overrides={3: Outcome.REFUND})
    done = complete(shop, candle, approver=shop.manager, approval_note="wrong item sold")
    assert done.decision.refund_total.to_json() == "4.00"
    with UnitOfWork(shop.engine) as uow:
        assert uow.session.scalars(select(Approval.kind)).one() == "override"


def test_store_credit_is_issued_with_its_bonus_and_can_be_looked_up(shop: Shop) -> None:
    done = complete(shop, request(prefer=Prefer.STORE_CREDIT))
    assert done.store_credit is not None and done.store_credit.to_json() == "24.75"
    assert done.store_credit_code is not None
    with UnitOfWork(shop.engine) as uow:
        credit = lookup_store_credit(uow, done.store_credit_code.lower())
        assert (credit.value_minor, credit.balance_minor) == (2475, 2475)
    assert count(shop, Refund) == 0
    with UnitOfWork(shop.engine) as uow, pytest.raises(NotFound):
        lookup_store_credit(uow, "SC-NOPE")


def test_a_reason_that_needs_a_note_is_refused_without_one(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        cmd = CompleteReturn(request(), shop.cashier, "other")
        with pytest.raises(InvalidInput, match="needs a short note"):
            complete_return(uow, shop.store(uow), cmd)
        with pytest.raises(InvalidInput, match="unknown reason"):
            complete_return(uow, shop.store(uow), CompleteReturn(request(), shop.cashier, "bored"))
    assert count(shop, Return) == 0


def test_a_cashier_cannot_publish_a_policy(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow, pytest.raises(PermissionDenied):
        publish_policy(uow, shop.store(uow), shop.cashier, POLICY, AT)


def test_a_published_policy_cannot_change_only_retire(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        publish_policy(uow, shop.store(uow), shop.manager, {**POLICY, "name": "Winter"}, AT)
        uow.commit()
    with UnitOfWork(shop.engine, write=True) as uow:
        first, second = uow.session.scalars(select(PolicyVersion).order_by(PolicyVersion.version))
        assert (first.status, second.status) == ("retired", "published")
        second.document = {**second.document, "store_credit_bonus_pct": "50"}
        with pytest.raises(PublishedPolicyChanged, match="version 2 was published.*document"):
            uow.flush()
    with UnitOfWork(shop.engine, write=True) as uow:
        first = uow.session.scalars(select(PolicyVersion).order_by(PolicyVersion.version)).first()
        uow.session.delete(first)
        with pytest.raises(PublishedPolicyChanged, match="cannot be deleted"):
            uow.flush()
    with UnitOfWork(shop.engine) as uow:
        _, policy = published_policy(uow, shop.store(uow))
        assert (policy.version, policy.name, str(policy.store_credit_bonus_pct)) == (
            2,
            "Winter",
            "10",
        )


def test_the_journal_catches_a_changed_row(shop: Shop) -> None:
    complete(shop, request())
    complete(shop, request())
    with shop.engine.begin() as conn:
        conn.execute(
            text("UPDATE journal SET payload = :p WHERE seq = 2"),
            {"p": '{"refund_total": "999.00"}'},
        )
    with UnitOfWork(shop.engine) as uow:
        result = journal.verify(uow, shop.store(uow))
    assert (result.ok, result.first_broken, result.entries) == (False, 2, 3)
    assert "changed after it was written" in result.problem


def test_unknown_receipts_say_what_to_do(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow:
        with pytest.raises(NotFound, match="find the sale by customer, by card and date"):
            propose_return(uow, shop.store(uow), DecideReturn("S01-R2-999999", (), AT))
        with pytest.raises(InvalidInput, match="not a receipt number"):
            propose_return(uow, shop.store(uow), DecideReturn("%%%", (), AT))


def test_a_unit_of_work_left_without_commit_writes_nothing(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        complete_return(uow, shop.store(uow), CompleteReturn(request(), shop.cashier, "wrong-size"))
        # no commit: as if the till failed here
    assert [count(shop, m) for m in (Return, Refund, StoreCredit, JournalEntry, PrintJob)] == [
        0,
        0,
        0,
        1,
        0,
    ]  # only the policy publication of open_shop


def test_a_denied_line_is_refused_with_the_policys_words(shop: Shop) -> None:
    with pytest.raises(
        Refused,
        match=r"line 3 cannot be returned \(Final-sale items: not "
        r"returnable\.\)",
    ):
        complete(shop, request(ReturnItem(3, 1, Condition.UNOPENED)))
    assert count(shop, Return) == 0


def test_free_text_is_kept_without_control_characters(shop: Shop) -> None:
    """A NUL or an escape typed or pasted into a note would reach the printer or stop the
    central sync: it is kept as a space."""
    done = complete(
        shop,
        request(customer="C-1001\x00"),
        note="",
        approval_note="",
    )
    with UnitOfWork(shop.engine) as uow:
        row = uow.session.get(Return, done.return_id)
        assert row is not None and row.customer == "C-1001"
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        cmd = CompleteReturn(request(), shop.cashier, "other", note="too\x00small\x1b[0m")
        noted = complete_return(uow, store, cmd)
        uow.commit()
    with UnitOfWork(shop.engine) as uow:
        row = uow.session.get(Return, noted.return_id)
        assert row is not None and row.note == "too small [0m"
