"""The back office's services on real SQLite and PostgreSQL: drafts, checks, what-if,
publishing now or later, templates, JSON in and out, people, reasons, the store, history,
and a cashier refused at every one of them."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta

import pytest
from integration.shop import POLICY, RECEIPT, Shop, open_shop
from sqlalchemy import Engine, select

from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Outcome
from pos_returns.domain.policy_check import FindingKind
from pos_returns.services import history, people, policy_editing, store_settings
from pos_returns.services.auth import sign_in
from pos_returns.services.errors import AuthFailed, InvalidInput, NotFound, PermissionDenied
from pos_returns.services.policies import publish_policy, published_policy
from pos_returns.services.returns import (
    CompleteReturn,
    DecideReturn,
    ReturnItem,
    complete_return,
)
from pos_returns.services.stores import reasons
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import JournalEntry, PolicyStatus, PolicyVersion, Role

AT = datetime.fromisoformat("2026-10-20T10:00:00+03:00")
NUMBER = RECEIPT["receipt_number"]


@pytest.fixture
def shop(engine: Engine) -> Shop:
    return open_shop(engine)


def thirty_to_fourteen() -> dict:
    draft = copy.deepcopy(POLICY)
    standard = next(r for r in draft["rules"] if r["id"] == "standard")
    standard["when"]["max_days"] = 14
    return draft


def test_a_draft_is_checked_as_publishing_would_and_says_where_it_is_wrong(shop: Shop) -> None:
    draft = thirty_to_fourteen()
    checked = policy_editing.check_draft(shop.manager, draft)
    assert checked.ok and checked.policy is not None
    draft["rules"][2]["then"]["restocking_fee_pct"] = "150"
    bad = policy_editing.check_draft(shop.manager, draft)
    assert not bad.ok and bad.problem is not None
    assert bad.problem.field == "rules[2].then.restocking_fee_pct"
    shadowing = copy.deepcopy(POLICY)
    shadowing["rules"].insert(0, {"id": "all", "when": {}, "then": {"outcome": "refund"}})
    findings = policy_editing.check_draft(shop.manager, shadowing).findings
    assert {f.rule for f in findings if f.kind is FindingKind.SHADOWED} == {
        r["id"] for r in POLICY["rules"]
    }


def test_a_draft_is_kept_until_published_and_publishing_ends_it(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        assert policy_editing.current_draft(uow, store, shop.manager)["name"] == POLICY["name"]
        policy_editing.save_draft(uow, store, shop.manager, {"name": "half-typed"}, AT)
        uow.commit()
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        assert policy_editing.current_draft(uow, store, shop.manager) == {"name": "half-typed"}
        policy_editing.save_draft(uow, store, shop.manager, thirty_to_fourteen(), AT)
        publish_policy(uow, store, shop.manager, thirty_to_fourteen(), AT)
        uow.commit()
    with UnitOfWork(shop.engine) as uow:
        statuses = uow.session.scalars(
            select(PolicyVersion.status).order_by(PolicyVersion.version)
        ).all()
        assert statuses == [PolicyStatus.RETIRED, PolicyStatus.PUBLISHED]  # no draft left
        row, policy = published_policy(uow, shop.store(uow), AT)
        assert row.version == 2 and policy.rule("standard").when.max_days == 14


def test_a_version_published_to_start_later_is_not_in_force_before(shop: Shop) -> None:
    later = AT + timedelta(days=10)
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        publish_policy(uow, store, shop.manager, thirty_to_fourteen(), AT, effective_from=later)
        with pytest.raises(InvalidInput, match="not in the past"):
            publish_policy(
                uow, store, shop.manager, POLICY, AT, effective_from=AT - timedelta(days=1)
            )
        uow.commit()
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        assert published_policy(uow, store, AT)[0].version == 1
        assert published_policy(uow, store, later)[0].version == 2
        entry = uow.session.scalars(
            select(JournalEntry).where(JournalEntry.kind == "policy_published")
        ).all()[-1]
        assert entry.payload["effective_from"].startswith("2026-10-30")
        assert entry.actor_id == shop.manager.id


def test_what_if_puts_the_drafts_decision_beside_the_published_one(shop: Shop) -> None:
    at = datetime.fromisoformat("2026-10-25T10:00:00+03:00")  # 22 days after the sale
    with UnitOfWork(shop.engine) as uow:
        result = policy_editing.what_if(
            uow,
            shop.store(uow),
            shop.manager,
            thirty_to_fourteen(),
            NUMBER,
            at=at,
            condition=Condition.UNOPENED,
        )
    assert not isinstance(result.draft, str) and not isinstance(result.published, str)
    scarf_now = result.published.lines[0]
    scarf_draft = result.draft.lines[0]
    assert (scarf_now.rule, scarf_now.outcome) == ("standard", Outcome.REFUND)
    assert (scarf_draft.rule, scarf_draft.outcome) == ("late", Outcome.STORE_CREDIT)
    with UnitOfWork(shop.engine) as uow, pytest.raises(NotFound, match="no receipt"):
        policy_editing.what_if(
            uow,
            shop.store(uow),
            shop.manager,
            POLICY,
            "S01-R2-999999",
            at=at,
            condition=Condition.UNOPENED,
        )


def test_the_text_customers_read_in_every_language_and_what_changes(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow:
        _, published = published_policy(uow, shop.store(uow), AT)
    draft = policy_editing.check_draft(shop.manager, thirty_to_fourteen()).policy
    assert draft is not None
    text = policy_editing.policy_text(draft, "EUR")
    assert set(text) == {"en", "fr", "nl", "lv"}
    assert any("14 days" in line for line in text["en"])
    diff = policy_editing.text_diff(published, draft, "en", "EUR")
    assert any(line.startswith("- ") and "30 days" in line for line in diff)
    assert any(line.startswith("+ ") and "14 days" in line for line in diff)
    assert policy_editing.text_diff(published, published, "fr", "EUR") == []


def test_templates_export_and_import(shop: Shop) -> None:
    for name in policy_editing.TEMPLATES:
        document = policy_editing.template(shop.manager, name)
        assert policy_editing.check_draft(shop.manager, document).ok, name
    text = policy_editing.export_json(shop.manager, thirty_to_fourteen())
    again = policy_editing.import_json(shop.manager, text)
    assert again["rules"] == json.loads(text)["rules"]
    with pytest.raises(InvalidInput, match=r"from policy.json: it is not JSON \(line 2"):
        policy_editing.import_json(shop.manager, '{\n  "name": }', "policy.json")
    broken = json.loads(text)
    broken["rules"][0]["when"]["max_dayz"] = 3
    with pytest.raises(InvalidInput, match=r"rules\[0\].when"):
        policy_editing.import_json(shop.manager, json.dumps(broken))
    with pytest.raises(NotFound, match="no policy template"):
        policy_editing.template(shop.manager, "lenient")


def test_employees_are_added_given_a_role_a_new_pin_and_deactivated(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        people.hire(
            uow, store, shop.manager, code="102", name="Ieva", role=Role.CASHIER, pin="4321", at=AT
        )
        with pytest.raises(InvalidInput, match="is Ieva's already"):
            people.hire(
                uow, store, shop.manager, code="102", name="X", role=Role.CASHIER, pin="1111", at=AT
            )
        people.reset_pin(uow, store, shop.manager, "102", "7777", at=AT)
        with pytest.raises(InvalidInput, match="PIN: a PIN is 4 to 12 digits"):
            people.reset_pin(uow, store, shop.manager, "102", "12", at=AT)
        people.set_role(uow, store, shop.manager, "102", Role.MANAGER, at=AT)
        people.set_active(uow, store, shop.manager, "101", False, at=AT)
        with pytest.raises(PermissionDenied, match="cannot deactivate yourself; ask an admin"):
            people.set_active(uow, store, shop.manager, "900", False, at=AT)
        uow.commit()
    assert sign_in(shop.engine, "102", "7777", AT).is_manager
    with pytest.raises(AuthFailed, match="no active employee"):
        sign_in(shop.engine, "101", "1234", AT)
    with UnitOfWork(shop.engine) as uow:
        kinds = uow.session.scalars(select(JournalEntry.kind)).all()
    assert {"employee_added", "employee_role", "employee_pin_reset"} <= set(kinds)
    assert "employee_deactivated" in kinds


def test_reasons_the_store_and_registers(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        store_settings.save_reasons(
            uow,
            store,
            shop.manager,
            [
                store_settings.ReasonLine("wrong-size", "Wrong size or fit"),
                store_settings.ReasonLine("late-delivery", "Arrived too late"),
                store_settings.ReasonLine("other", "Other", needs_note=True),
            ],
            AT,
        )
        with pytest.raises(InvalidInput, match="reason 2: code 'other' is used twice"):
            store_settings.save_reasons(
                uow,
                store,
                shop.manager,
                [store_settings.ReasonLine("other", "A"), store_settings.ReasonLine("other", "B")],
                AT,
            )
        store_settings.update_store(
            uow,
            store,
            shop.manager,
            store_settings.StoreDetails("Riga Old Town", "Kaļķu iela 2", "Europe/Riga", "EUR"),
            AT,
        )
        with pytest.raises(InvalidInput, match="currency: the store has 1 sales in EUR"):
            store_settings.update_store(
                uow,
                store,
                shop.manager,
                store_settings.StoreDetails("Riga", "", "Europe/Riga", "USD"),
                AT,
            )
        with pytest.raises(InvalidInput, match="time zone"):
            store_settings.update_store(
                uow,
                store,
                shop.manager,
                store_settings.StoreDetails("Riga", "", "Mars/Base", "EUR"),
                AT,
            )
        store_settings.add_register(uow, store, shop.manager, "r3", "By the door", at=AT)
        with pytest.raises(InvalidInput, match="register R3 exists already"):
            store_settings.add_register(uow, store, shop.manager, "R3", "", at=AT)
        uow.commit()
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        assert [(r.code, r.label) for r in reasons(uow, store)] == [
            ("wrong-size", "Wrong size or fit"),
            ("late-delivery", "Arrived too late"),
            ("other", "Other"),
        ]
        assert store.name == "Riga Old Town"


def complete(shop: Shop, items: tuple[ReturnItem, ...], **changes) -> str:  # noqa: ANN003
    overrides = changes.pop("overrides", {})
    request = DecideReturn(NUMBER, items, AT, overrides=overrides)
    with UnitOfWork(shop.engine, write=True) as uow:
        done = complete_return(
            uow, shop.store(uow), CompleteReturn(request, shop.cashier, **changes)
        )
        uow.commit()
    return done.number


def test_the_history_filters_returns_and_opens_one(shop: Shop) -> None:
    plain = complete(shop, (ReturnItem(1, 1, Condition.UNOPENED),), reason="wrong-size")
    overridden = complete(
        shop,
        (ReturnItem(3, 1, Condition.UNOPENED),),  # the final-sale candle
        reason="gift",
        overrides={3: Outcome.REFUND},
        approver=shop.manager,
        approval_note="Regular customer",
    )
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        every = history.find_returns(uow, store, shop.manager, history.Filters())
        assert [r.number for r in every] == [overridden, plain]  # newest first
        assert every[1].outcomes == ("refund",) and every[1].employee == "Anna"
        assert (every[0].approval, every[1].approval) == ("override", None)
        only = history.find_returns(uow, store, shop.manager, history.Filters(overrides_only=True))
        assert [r.number for r in only] == [overridden]
        by_reason = history.find_returns(uow, store, shop.manager, history.Filters(reason="gift"))
        assert [r.number for r in by_reason] == [overridden]
        on_the_day = history.Filters(first=date(2026, 10, 20), last=date(2026, 10, 20))
        assert len(history.find_returns(uow, store, shop.manager, on_the_day)) == 2
        before = history.Filters(first=date(2026, 10, 1), last=date(2026, 10, 19))
        assert history.find_returns(uow, store, shop.manager, before) == []
        by_other = history.Filters(employee="900")
        assert history.find_returns(uow, store, shop.manager, by_other) == []
        credit = history.Filters(outcome="store_credit")
        assert history.find_returns(uow, store, shop.manager, credit) == []
        with pytest.raises(InvalidInput, match="last day is before the first"):
            history.find_returns(
                uow,
                store,
                shop.manager,
                history.Filters(first=date(2026, 10, 2), last=date(2026, 10, 1)),
            )
        detail = history.return_detail(uow, store, shop.manager, overridden, "fr")
        assert detail.decision["lines"][0]["rule"] == "final-sale"
        assert detail.approval == "override by Māris: Regular customer"
        assert "COPIE" in " ".join(detail.receipt.text_blocks())
        assert history.verify_journal(uow, store, shop.manager).ok


def test_a_cashier_is_refused_every_back_office_action(shop: Shop) -> None:
    cashier = shop.cashier
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        refused = [
            lambda: policy_editing.check_draft(cashier, POLICY),
            lambda: policy_editing.template(cashier, "standard-30"),
            lambda: policy_editing.save_draft(uow, store, cashier, POLICY, AT),
            lambda: policy_editing.current_draft(uow, store, cashier),
            lambda: policy_editing.export_json(cashier, POLICY),
            lambda: policy_editing.import_json(cashier, json.dumps(POLICY)),
            lambda: policy_editing.what_if(
                uow, store, cashier, POLICY, NUMBER, at=AT, condition=Condition.UNOPENED
            ),
            lambda: publish_policy(uow, store, cashier, POLICY, AT),
            lambda: people.employees(uow, store, cashier),
            lambda: people.hire(
                uow, store, cashier, code="7", name="X", role=Role.CASHIER, pin="1234", at=AT
            ),
            lambda: people.set_role(uow, store, cashier, "101", Role.MANAGER, at=AT),
            lambda: people.reset_pin(uow, store, cashier, "900", "1234", at=AT),
            lambda: people.set_active(uow, store, cashier, "900", False, at=AT),
            lambda: store_settings.save_reasons(
                uow, store, cashier, [store_settings.ReasonLine("a", "A")], AT
            ),
            lambda: store_settings.update_store(
                uow, store, cashier, store_settings.StoreDetails("X", "", "Europe/Riga", "EUR"), AT
            ),
            lambda: store_settings.add_register(uow, store, cashier, "R9", "", at=AT),
            lambda: history.find_returns(uow, store, cashier, history.Filters()),
            lambda: history.return_detail(uow, store, cashier, "S01-R1-RT000001", "en"),
            lambda: history.verify_journal(uow, store, cashier),
        ]
        for action in refused:
            with pytest.raises(PermissionDenied, match="needs a manager; Anna is a cashier"):
                action()
