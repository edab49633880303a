"""What the counter screen shows: the receipt with the policy's answer per line, and the
quote for the picked lines, from the real services on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
from datetime import datetime

import pytest
from integration.shop import POLICY, RECEIPT, Shop, open_shop
from sqlalchemy import Engine

from pos_returns.domain.model import Condition, Prefer
from pos_returns.services.counter import NEEDS_MANAGER, look_up, quote
from pos_returns.services.errors import NotFound
from pos_returns.services.policies import publish_policy
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem, complete_return
from pos_returns.services.uow import UnitOfWork

AT = datetime.fromisoformat("2026-10-10T11:30:00+03:00")


@pytest.fixture
def shop(engine: Engine) -> Shop:
    return open_shop(engine)


def test_the_receipt_shows_each_lines_answer_and_what_is_left(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        request = DecideReturn(
            RECEIPT["receipt_number"], (ReturnItem(1, 1, Condition.UNOPENED),), AT
        )
        complete_return(uow, shop.store(uow), CompleteReturn(request, shop.cashier, "gift"))
        uow.commit()
    with UnitOfWork(shop.engine) as uow:
        view = look_up(uow, shop.store(uow), "s01 r2 000123", AT, "en")
    scarf, headphones, candle = view.lines
    assert (scarf.qty, scarf.returned, scarf.left) == (2, 1, 1)
    assert scarf.badge == "refund" and scarf.selectable
    assert (
        scarf.sentence
        == "Returned within 30 days with a receipt: full refund to the original payment."
    )
    assert headphones.badge == "refund"
    assert candle.badge == "deny" and not candle.selectable
    assert candle.sentence == "Final-sale items: not returnable."
    assert view.paid_with == ("VISA 1234: €100.00", "Cash: €46.00")


def test_a_fully_returned_line_has_nothing_left_to_pick(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        request = DecideReturn(
            RECEIPT["receipt_number"], (ReturnItem(1, 2, Condition.UNOPENED),), AT
        )
        complete_return(uow, shop.store(uow), CompleteReturn(request, shop.cashier, "gift"))
        uow.commit()
    with UnitOfWork(shop.engine) as uow:
        scarf = look_up(uow, shop.store(uow), RECEIPT["receipt_number"], AT, "en").line(1)
    assert (scarf.left, scarf.badge, scarf.selectable) == (0, "", False)


def test_a_rule_that_needs_a_manager_shows_so(shop: Shop) -> None:
    policy = copy.deepcopy(POLICY)
    standard = next(r for r in policy["rules"] if r["id"] == "standard")
    standard["then"]["manager"] = True
    with UnitOfWork(shop.engine, write=True) as uow:
        publish_policy(uow, shop.store(uow), shop.manager, policy, AT)
        uow.commit()
    with UnitOfWork(shop.engine) as uow:
        view = look_up(uow, shop.store(uow), RECEIPT["receipt_number"], AT, "lv")
    assert view.line(1).badge == NEEDS_MANAGER and view.line(1).selectable
    assert view.line(1).sentence.endswith("ar vadītāja apstiprinājumu.")
    assert view.line(3).badge == "deny"


def test_past_every_window_nothing_can_be_picked(shop: Shop) -> None:
    late = datetime.fromisoformat("2027-06-01T10:00:00+03:00")
    with UnitOfWork(shop.engine) as uow:
        view = look_up(uow, shop.store(uow), RECEIPT["receipt_number"], late, "en")
    assert {x.badge for x in view.lines} == {"deny"}
    assert not any(x.selectable for x in view.lines)


def test_an_unknown_number_suggests_the_other_searches(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow, pytest.raises(NotFound, match="by customer, by card"):
        look_up(uow, shop.store(uow), "S01-R9-999999", AT, "en")


def test_the_quote_says_where_the_money_goes_and_what_store_credit_would_give(
    shop: Shop,
) -> None:
    request = DecideReturn(
        RECEIPT["receipt_number"],
        (ReturnItem(1, 2, Condition.UNOPENED), ReturnItem(2, 1, Condition.OPENED)),
        AT,
    )
    with UnitOfWork(shop.engine) as uow:
        got = quote(uow, shop.store(uow), request, "en")
        credit = quote(
            uow,
            shop.store(uow),
            DecideReturn(request.receipt_number, request.items, AT, Prefer.STORE_CREDIT),
            "en",
        )
    assert str(got.total) == "120.65 EUR" and str(got.fees) == "13.35 EUR"
    assert got.to_tenders == ("Refund €82.64 to VISA 1234", "Give €38.01 cash")
    assert got.credit_instead is not None and got.credit_instead > got.total
    assert credit.to_tenders == () and credit.store_credit == got.credit_instead
    assert credit.credit_instead is None
    assert not got.needs_manager
    assert got.lines[1].sentence.startswith("Electronics returned opened within 14 days")
