"""decide() against SPEC.md sections 3 and 4, one behaviour per test.

The bundled standard policy (resources/examples/policy.json) and receipt are used
throughout: sold 2026-10-03 14:22 in Riga; line 1 two scarves (apparel, 45.00), line 2
headphones (electronics, 89.00), line 3 three candles (final sale, 12.00); paid 100.00 by
card and 46.00 cash.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from builders import history, policy, receipt, receipt_doc, request, rules_policy

from pos_returns.domain.decision import ManagerReasonKind, decide
from pos_returns.domain.errors import DecisionError
from pos_returns.domain.model import TenderMethod
from pos_returns.domain.money import Money
from pos_returns.domain.policy import OTHERWISE, Outcome

SCARF = {"line": 1, "qty": 1, "condition": "unopened"}


def one_line(at: str, line: dict | None = None, pol=None, rec=None, hist=(), **changes):
    decision = decide(
        pol or policy(), rec or receipt(), request(at, line or SCARF, **changes), hist
    )
    return decision, decision.lines[0]


def eur(text: str) -> Money:
    return Money(Decimal(text), "EUR")


# -- conditions -------------------------------------------------------------------------
def test_category_and_condition_pick_the_opened_electronics_rule() -> None:
    _, line = one_line("2026-10-13T10:00:00+03:00", {"line": 2, "qty": 1, "condition": "opened"})
    assert (line.rule, line.outcome, line.fee) == (
        "electronics-opened",
        Outcome.REFUND,
        eur("13.35"),
    )


def test_other_category_opened_falls_through_to_standard() -> None:
    _, line = one_line("2026-10-13T10:00:00+03:00", {"line": 1, "qty": 1, "condition": "opened"})
    assert line.rule == "standard"


def test_a_tag_denies_a_final_sale_item_on_day_zero() -> None:
    _, line = one_line("2026-10-03T18:00:00+03:00", {"line": 3, "qty": 1, "condition": "unopened"})
    assert (line.days, line.rule, line.outcome, line.refund) == (
        0,
        "final-sale",
        Outcome.DENY,
        eur("0"),
    )


def test_defective_items_are_refunded_long_after_the_standard_window() -> None:
    _, line = one_line("2027-06-01T10:00:00+03:00", {"line": 1, "qty": 1, "condition": "defective"})
    assert (line.rule, line.outcome) == ("defective", Outcome.REFUND)


def test_damaged_items_are_denied() -> None:
    _, line = one_line("2026-10-05T10:00:00+03:00", {"line": 1, "qty": 1, "condition": "damaged"})
    assert (line.rule, line.outcome) == ("damaged", Outcome.DENY)


def test_min_days_holds_from_its_first_day() -> None:
    item = {"line": 2, "qty": 1, "condition": "unopened"}
    _, day14 = one_line("2026-10-17T10:00:00+03:00", item)
    _, day15 = one_line("2026-10-18T10:00:00+03:00", item)
    assert (day14.days, day14.rule) == (14, "standard")
    assert (day15.days, day15.rule, day15.outcome) == (15, "electronics-late", Outcome.DENY)


def test_receipt_condition_false_matches_only_returns_without_a_receipt() -> None:
    pol = rules_policy(
        {"id": "no-receipt", "when": {"receipt": False}, "then": {"outcome": "store_credit"}},
    )
    _, line = one_line("2026-10-05T10:00:00+03:00", pol=pol)
    assert line.rule == OTHERWISE and line.outcome is Outcome.DENY


def test_all_conditions_of_a_rule_must_hold() -> None:
    pol = rules_policy(
        {
            "id": "both",
            "when": {"category": ["apparel"], "tags_any": ["clearance"]},
            "then": {"outcome": "exchange"},
        },
        {"id": "rest", "when": {}, "then": {"outcome": "refund"}},
    )
    _, line = one_line("2026-10-05T10:00:00+03:00", pol=pol)
    assert line.rule == "rest"
    tagged = receipt_doc()
    tagged["lines"][0]["tags"] = ["clearance"]
    from pos_returns.domain.formats import parse_receipt

    _, line = one_line("2026-10-05T10:00:00+03:00", pol=pol, rec=parse_receipt(tagged))
    assert (line.rule, line.outcome, line.refund) == ("both", Outcome.EXCHANGE, eur("0"))


def test_the_first_matching_rule_wins_over_a_later_one() -> None:
    pol = rules_policy(
        {"id": "first", "when": {"max_days": 30}, "then": {"outcome": "store_credit"}},
        {"id": "second", "when": {"max_days": 30}, "then": {"outcome": "refund"}},
    )
    _, line = one_line("2026-10-05T10:00:00+03:00", pol=pol)
    assert line.rule == "first"


def test_no_matching_rule_uses_otherwise() -> None:
    pol = rules_policy(
        {"id": "short", "when": {"max_days": 1}, "then": {"outcome": "refund"}},
        otherwise={"outcome": "exchange"},
    )
    _, line = one_line("2026-10-10T10:00:00+03:00", pol=pol)
    assert (line.rule, line.outcome) == (OTHERWISE, Outcome.EXCHANGE)


# -- days -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("at", "days", "rule"),
    [
        ("2026-10-03T23:59:59+03:00", 0, "standard"),  # day of purchase
        ("2026-11-02T23:59:00+02:00", 30, "standard"),  # last day of the 30-day window
        ("2026-11-03T00:00:00+02:00", 31, "late"),  # first day after it
        ("2027-01-01T10:00:00+02:00", 90, "late"),  # last day of the 90-day window
        ("2027-01-02T10:00:00+02:00", 91, OTHERWISE),  # first day after it
    ],
)
def test_window_boundaries_are_inclusive_on_local_dates(at: str, days: int, rule: str) -> None:
    _, line = one_line(at)
    assert (line.days, line.rule) == (days, rule)


def test_days_use_the_policys_local_dates_not_utc() -> None:
    # Sold 00:30 on 3 Oct in Riga (still 2 Oct in UTC); returned 23:30 on 2 Nov in Riga.
    rec = receipt(sold_at="2026-10-03T00:30:00+03:00")
    _, line = one_line("2026-11-02T23:30:00+02:00", rec=rec)
    assert (line.days, line.rule) == (30, "standard")
    # The same moment written in UTC is still 2 Nov in Riga.
    _, line = one_line("2026-11-02T21:30:00+00:00", rec=rec)
    assert line.days == 30


def test_a_late_evening_sale_in_utc_is_the_next_day_in_riga() -> None:
    rec = receipt(sold_at="2026-10-02T22:30:00+00:00")  # 01:30 on 3 Oct in Riga
    _, line = one_line("2026-10-03T09:00:00+03:00", rec=rec)
    assert line.days == 0


@pytest.mark.parametrize(
    ("sold", "returned"),
    [
        ("2026-10-24T12:00:00+03:00", "2026-10-25T12:00:00+02:00"),  # autumn: a 25-hour day
        ("2026-03-28T12:00:00+02:00", "2026-03-29T12:00:00+03:00"),  # spring: a 23-hour day
    ],
)
def test_a_dst_change_does_not_change_the_day_count(sold: str, returned: str) -> None:
    _, line = one_line(returned, rec=receipt(sold_at=sold))
    assert line.days == 1


def test_a_return_before_the_sale_is_refused() -> None:
    with pytest.raises(DecisionError) as err:
        one_line("2026-10-03T10:00:00+03:00")
    assert err.value.field == "at"


# -- seasonal windows -------------------------------------------------------------------
def test_a_holiday_purchase_can_be_returned_until_january_31() -> None:
    rec = receipt(sold_at="2026-12-10T12:00:00+02:00")
    _, line = one_line("2027-01-31T18:00:00+02:00", rec=rec)
    assert (line.days, line.rule, line.seasonal_until) == (52, "standard", date(2027, 1, 31))


def test_the_holiday_window_ends_on_its_return_until_date() -> None:
    rec = receipt(sold_at="2026-12-10T12:00:00+02:00")
    _, line = one_line("2027-02-01T09:00:00+02:00", rec=rec)
    assert (line.rule, line.seasonal_until) == ("late", None)


def test_a_purchase_outside_the_holiday_period_gets_no_extension() -> None:
    rec = receipt(sold_at="2026-11-14T12:00:00+02:00")
    _, line = one_line("2026-12-20T12:00:00+02:00", rec=rec)
    assert line.rule == "late"


def test_a_seasonal_period_can_span_the_new_year() -> None:
    pol = policy(
        seasonal=[{"purchased_from": "12-26", "purchased_to": "01-05", "return_until": "02-15"}]
    )
    rec = receipt(sold_at="2027-01-03T12:00:00+02:00")
    _, line = one_line("2027-02-14T12:00:00+02:00", pol=pol, rec=rec)
    assert (line.rule, line.seasonal_until) == ("standard", date(2027, 2, 15))


def test_seasonal_windows_do_not_widen_a_rule_without_max_days() -> None:
    rec = receipt(sold_at="2026-12-10T12:00:00+02:00")
    _, line = one_line(
        "2027-01-20T12:00:00+02:00", {"line": 2, "qty": 1, "condition": "unopened"}, rec=rec
    )
    assert line.rule == "electronics-late"  # min_days 15 holds; nothing to extend


# -- money ------------------------------------------------------------------------------
def test_partial_returns_of_thirds_round_cumulatively() -> None:
    doc = receipt_doc(
        lines=[
            {
                "line": 1,
                "sku": "1",
                "description": "Socks",
                "category": "apparel",
                "qty": 3,
                "unit_price": "3.50",
                "amount": "10.00",
                "tax": "1.74",
            }
        ],
        tenders=[{"method": "cash", "amount": "10.00"}],
    )
    from pos_returns.domain.formats import parse_receipt

    rec = parse_receipt(doc)
    refunds, taxes, past = [], [], []
    for day in (4, 5, 6):
        d, line = one_line(f"2026-10-{day:02d}T10:00:00+03:00", rec=rec, hist=tuple(past))
        refunds.append(line.refund.to_json())
        taxes.append(line.tax.to_json())
        past.extend(
            history(
                {
                    "at": f"2026-10-{day:02d}T10:00:00+03:00",
                    "customer": "C-1001",
                    "lines": [{"line": 1, "qty": 1}],
                    "to_tenders": [{"method": "cash", "amount": line.refund.to_json()}],
                }
            )
        )
    assert refunds == ["3.33", "3.34", "3.33"]
    assert taxes == ["0.58", "0.58", "0.58"]


def test_currencies_without_cents_round_to_whole_units() -> None:
    doc = receipt_doc(
        currency="JPY",
        lines=[
            {
                "line": 1,
                "sku": "1",
                "description": "Tea",
                "category": "food",
                "qty": 3,
                "unit_price": "334",
                "amount": "1000",
                "tax": "74",
            }
        ],
        tenders=[{"method": "cash", "amount": "1000"}],
    )
    from pos_returns.domain.formats import parse_receipt

    rec = parse_receipt(doc)
    decision = decide(
        policy(),
        rec,
        request(
            "2026-10-04T10:00:00+03:00",
            {"line": 1, "qty": 2, "condition": "unopened"},
            currency="JPY",
        ),
    )
    assert decision.lines[0].refund == Money(667, "JPY")
    assert decision.to_tenders[0].amount.to_json() == "667"


def test_restocking_fee_rounds_half_up() -> None:
    pol = rules_policy(
        {"id": "fee", "when": {}, "then": {"outcome": "refund", "restocking_fee_pct": "12.5"}}
    )
    _, line = one_line(
        "2026-10-05T10:00:00+03:00", {"line": 3, "qty": 1, "condition": "opened"}, pol=pol
    )
    # 12.00 / 3 = 4.00; 12.5 % of 4.00 = 0.50
    assert (line.refund, line.fee, line.net) == (eur("4.00"), eur("0.50"), eur("3.50"))
    _, line = one_line(
        "2026-10-05T10:00:00+03:00",
        {"line": 1, "qty": 1, "condition": "opened"},
        pol=rules_policy(
            {"id": "fee", "when": {}, "then": {"outcome": "refund", "restocking_fee_pct": "0.01"}}
        ),
    )
    assert line.fee == eur("0.00")  # 0.01 % of 22.50 = 0.00225
    _, line = one_line(
        "2026-10-05T10:00:00+03:00",
        {"line": 1, "qty": 1, "condition": "opened"},
        pol=rules_policy(
            {"id": "fee", "when": {}, "then": {"outcome": "refund", "restocking_fee_pct": "0.02"}}
        ),
    )
    assert line.fee == eur("0.00")  # 0.0045 rounds down
    _, line = one_line(
        "2026-10-05T10:00:00+03:00",
        {"line": 1, "qty": 1, "condition": "opened"},
        pol=rules_policy(
            {"id": "fee", "when": {}, "then": {"outcome": "refund", "restocking_fee_pct": "0.1"}}
        ),
    )
    assert line.fee == eur("0.02")  # 0.0225 rounds half up to 0.02


def test_store_credit_bonus_rounds_half_up_on_the_whole_amount() -> None:
    pol = policy(store_credit_bonus_pct="10")
    doc = receipt_doc(
        lines=[
            {
                "line": 1,
                "sku": "1",
                "description": "Mug",
                "category": "home",
                "qty": 1,
                "unit_price": "22.45",
                "amount": "22.45",
                "tax": "3.90",
            }
        ],
        tenders=[{"method": "cash", "amount": "22.45"}],
    )
    from pos_returns.domain.formats import parse_receipt

    decision, _ = one_line(
        "2026-10-05T10:00:00+03:00", pol=pol, rec=parse_receipt(doc), prefer="store_credit"
    )
    assert (decision.store_credit, decision.store_credit_bonus) == (eur("24.70"), eur("2.25"))
    assert decision.to_tenders == ()


def test_store_credit_outcomes_earn_no_bonus_even_when_preferred() -> None:
    decision, line = one_line("2026-11-20T10:00:00+02:00", prefer="store_credit")
    assert line.outcome is Outcome.STORE_CREDIT
    assert (decision.store_credit, decision.store_credit_bonus) == (eur("22.50"), eur("0.00"))


def test_mixed_outcomes_split_money_between_tenders_and_store_credit() -> None:
    pol = rules_policy(
        {
            "id": "scarf-credit",
            "when": {"category": ["apparel"]},
            "then": {"outcome": "store_credit"},
        },
        {"id": "rest", "when": {}, "then": {"outcome": "refund"}},
    )
    decision = decide(
        pol,
        receipt(),
        request("2026-10-05T10:00:00+03:00", SCARF, {"line": 3, "qty": 3, "condition": "unopened"}),
    )
    assert decision.store_credit == eur("22.50")
    assert sum((t.amount for t in decision.to_tenders), eur("0")) == eur("12.00")
    assert decision.refund_total == eur("34.50")


def test_deny_and_exchange_lines_refund_nothing() -> None:
    pol = rules_policy({"id": "swap", "when": {}, "then": {"outcome": "exchange"}})
    decision, line = one_line("2026-10-05T10:00:00+03:00", pol=pol)
    assert (line.refund, line.tax, line.fee, decision.refund_total) == (
        eur("0"),
        eur("0"),
        eur("0"),
        eur("0"),
    )
    assert decision.to_tenders == ()


# -- tenders ----------------------------------------------------------------------------
def test_leftover_cents_go_round_robin_in_receipt_order() -> None:
    doc = receipt_doc(
        tenders=[
            {"method": "card", "amount": "48.67", "reference": "A"},
            {"method": "card", "amount": "48.67", "reference": "B"},
            {"method": "cash", "amount": "48.66"},
        ]
    )
    from pos_returns.domain.formats import parse_receipt

    decision, _ = one_line(
        "2026-10-05T10:00:00+03:00",
        {"line": 3, "qty": 1, "condition": "unopened"},
        pol=rules_policy({"id": "r", "when": {}, "then": {"outcome": "refund"}}),
        rec=parse_receipt(doc),
    )
    # 4.00 over 48.67/48.67/48.66 of 146.00: floors 1.33, 1.33, 1.33; one cent left -> first.
    assert [t.amount.to_json() for t in decision.to_tenders] == ["1.34", "1.33", "1.33"]


def test_a_tender_refunded_in_full_before_gets_nothing_more() -> None:
    hist = history(
        {
            "at": "2026-10-04T10:00:00+03:00",
            "customer": "C-1001",
            "lines": [{"line": 2, "qty": 1}],
            "to_tenders": [{"method": "card", "reference": "VISA 1234", "amount": "89.00"}],
        },
        {
            "at": "2026-10-04T11:00:00+03:00",
            "customer": "C-1001",
            "lines": [{"line": 3, "qty": 3}],
            "to_tenders": [
                {"method": "card", "reference": "VISA 1234", "amount": "11.00"},
                {"method": "cash", "amount": "1.00"},
            ],
        },
    )
    decision, _ = one_line("2026-10-05T10:00:00+03:00", hist=hist)
    assert [(t.method, t.amount) for t in decision.to_tenders] == [
        (TenderMethod.CASH, eur("22.50"))
    ]


def test_gift_card_money_is_listed_under_its_own_method() -> None:
    doc = receipt_doc(tenders=[{"method": "gift_card", "amount": "146.00", "reference": "GC-9"}])
    from pos_returns.domain.formats import parse_receipt

    decision, _ = one_line("2026-10-05T10:00:00+03:00", rec=parse_receipt(doc))
    assert [(t.method, t.reference, t.amount) for t in decision.to_tenders] == [
        (TenderMethod.GIFT_CARD, "GC-9", eur("22.50"))
    ]


def test_without_a_receipt_refund_money_is_paid_in_cash() -> None:
    pol = rules_policy({"id": "nr", "when": {"receipt": False}, "then": {"outcome": "refund"}})
    req = request(
        "2026-10-05T10:00:00+03:00",
        {
            "sku": "X1",
            "category": "home",
            "qty": 2,
            "condition": "unopened",
            "unit_price": "9.99",
            "unit_tax": "1.73",
        },
        receipt_number=None,
    )
    decision = decide(pol, None, req)
    line = decision.lines[0]
    assert (line.line, line.sku, line.days, line.refund, line.tax) == (
        1,
        "X1",
        0,
        eur("19.98"),
        eur("3.46"),
    )
    assert [(t.method, t.amount) for t in decision.to_tenders] == [
        (TenderMethod.CASH, eur("19.98"))
    ]


# -- over-returns -----------------------------------------------------------------------
def test_returning_more_than_is_left_is_an_error_naming_the_line() -> None:
    hist = history(
        {
            "at": "2026-10-04T10:00:00+03:00",
            "customer": "C-1001",
            "lines": [{"line": 1, "qty": 1}],
            "to_tenders": [],
        }
    )
    with pytest.raises(DecisionError) as err:
        one_line(
            "2026-10-05T10:00:00+03:00", {"line": 1, "qty": 2, "condition": "unopened"}, hist=hist
        )
    assert err.value.field == "lines[0].qty"
    assert "1 of 2 left" in err.value.message


def test_returns_of_other_receipts_do_not_count_against_this_one() -> None:
    hist = history(
        {
            "at": "2026-10-04T10:00:00+03:00",
            "customer": "C-1001",
            "receipt_number": "S01-R9-000001",
            "lines": [{"line": 1, "qty": 2}],
        }
    )
    _, line = one_line(
        "2026-10-05T10:00:00+03:00", {"line": 1, "qty": 2, "condition": "unopened"}, hist=hist
    )
    assert line.refund == eur("45.00")


def test_a_line_asked_for_twice_in_one_request_is_an_error() -> None:
    from dataclasses import replace

    req = request("2026-10-05T10:00:00+03:00", {"line": 1, "qty": 2, "condition": "unopened"})
    doubled = replace(req, lines=req.lines * 2)  # the parser refuses this; decide must too
    with pytest.raises(DecisionError) as err:
        decide(policy(), receipt(), doubled)
    assert err.value.field == "lines[1].line"


def test_a_request_mixing_line_shapes_is_an_error_not_a_crash() -> None:
    from dataclasses import replace

    from pos_returns.domain.model import Condition, RequestLine

    req = request("2026-10-05T10:00:00+03:00")
    loose = replace(req, lines=(RequestLine(qty=1, condition=Condition.OPENED, sku="X"),))
    with pytest.raises(DecisionError) as err:
        decide(policy(), receipt(), loose)
    assert err.value.field == "lines[0].line"
    with pytest.raises(DecisionError) as err:
        decide(policy(), None, replace(loose, receipt_number=None))
    assert err.value.field == "lines[0]"


def test_an_unknown_line_is_an_error() -> None:
    with pytest.raises(DecisionError) as err:
        one_line("2026-10-05T10:00:00+03:00", {"line": 9, "qty": 1, "condition": "unopened"})
    assert err.value.field == "lines[0].line"


def test_a_request_for_another_receipt_is_an_error() -> None:
    with pytest.raises(DecisionError) as err:
        one_line("2026-10-05T10:00:00+03:00", receipt_number="S01-R2-999999")
    assert err.value.field == "receipt_number"


# -- manager approval -------------------------------------------------------------------
def codes(decision) -> list[str]:
    return [r.code for r in decision.manager_reasons]


def test_a_rule_can_require_a_manager() -> None:
    req = request(
        "2026-10-05T10:00:00+03:00",
        {"sku": "X1", "category": "home", "qty": 1, "condition": "unopened", "unit_price": "9.99"},
        receipt_number=None,
    )
    decision = decide(policy(), None, req)
    assert decision.needs_manager
    assert codes(decision) == ["rule:no-receipt"]
    assert decision.manager_reasons[0].lines == (1,)


def test_a_return_without_receipt_or_customer_needs_a_manager_when_id_is_required() -> None:
    req = request(
        "2026-10-05T10:00:00+03:00",
        {"sku": "X1", "category": "home", "qty": 1, "condition": "unopened", "unit_price": "9.99"},
        receipt_number=None,
        customer=None,
    )
    assert codes(decide(policy(), None, req)) == ["rule:no-receipt", "no_receipt_without_id"]


def test_refunds_over_the_threshold_need_a_manager_and_at_the_threshold_do_not() -> None:
    pol = policy(manager_approval={"refund_over": "45.00"})
    at_limit = decide(
        pol,
        receipt(),
        request("2026-10-05T10:00:00+03:00", {"line": 1, "qty": 2, "condition": "unopened"}),
    )
    over = decide(
        pol,
        receipt(),
        request(
            "2026-10-05T10:00:00+03:00",
            {"line": 1, "qty": 2, "condition": "unopened"},
            {"line": 2, "qty": 1, "condition": "defective"},
        ),
    )
    assert (at_limit.needs_manager, codes(over)) == (False, ["refund_over"])


@pytest.mark.parametrize(("days_ago", "needs"), [(90, True), (91, False)])
def test_the_customer_limit_counts_returns_within_its_days(days_ago: int, needs: bool) -> None:
    from datetime import datetime, timedelta

    now = datetime.fromisoformat("2026-10-20T10:00:00+03:00")
    old = (now - timedelta(days=days_ago)).isoformat()
    recent = (now - timedelta(days=2)).isoformat()
    entries = [
        {
            "at": t,
            "customer": "C-1001",
            "receipt_number": f"S01-R1-{i}",
            "lines": [{"line": 1, "qty": 1}],
        }
        for i, t in enumerate((old, recent, recent))
    ]
    decision, _ = one_line(now.isoformat(), hist=history(*entries))
    assert decision.recent_returns == (3 if needs else 2)
    assert (ManagerReasonKind.CUSTOMER_LIMIT in {r.kind for r in decision.manager_reasons}) is needs


def test_other_customers_returns_do_not_count_toward_the_limit() -> None:
    entries = [
        {
            "at": "2026-10-10T10:00:00+03:00",
            "customer": "C-2",
            "receipt_number": f"X{i}",
            "lines": [{"line": 1, "qty": 1}],
        }
        for i in range(5)
    ]
    decision, _ = one_line("2026-10-20T10:00:00+03:00", hist=history(*entries))
    assert (decision.recent_returns, decision.needs_manager) == (0, False)


def test_decide_is_deterministic() -> None:
    args = (policy(), receipt(), request("2026-10-20T10:00:00+03:00", SCARF))
    assert decide(*args) == decide(*args)


# -- manager overrides ----------------------------------------------------------------------
def test_a_manager_can_override_a_denied_line_to_a_refund() -> None:
    candle = {"line": 3, "qty": 1, "condition": "unopened"}
    decision = decide(
        policy(),
        receipt(),
        request("2026-10-05T10:00:00+03:00", candle),
        overrides={3: Outcome.REFUND},
    )
    line = decision.lines[0]
    assert (line.rule, line.outcome, line.overridden, line.refund) == (
        "final-sale",
        Outcome.REFUND,
        True,
        eur("4.00"),
    )
    assert codes(decision) == ["override"]
    assert sum((t.amount for t in decision.to_tenders), eur("0")) == eur("4.00")


def test_only_a_denied_line_can_be_overridden() -> None:
    with pytest.raises(DecisionError) as err:
        decide(
            policy(),
            receipt(),
            request("2026-10-05T10:00:00+03:00", SCARF),
            overrides={1: Outcome.STORE_CREDIT},
        )
    assert err.value.field == "overrides"
    with pytest.raises(DecisionError):
        decide(
            policy(),
            receipt(),
            request("2026-10-05T10:00:00+03:00", {"line": 3, "qty": 1, "condition": "unopened"}),
            overrides={3: Outcome.DENY},
        )


def test_an_override_for_a_line_not_returned_is_an_error() -> None:
    with pytest.raises(DecisionError) as err:
        decide(
            policy(),
            receipt(),
            request("2026-10-05T10:00:00+03:00", SCARF),
            overrides={2: Outcome.REFUND},
        )
    assert "line 2 is not part of this return" in err.value.message


def test_the_quick_line_decision_is_the_dataclasss_own() -> None:
    from datetime import date as day

    from pos_returns.domain.decision import LineDecision, _new_line_decision
    from pos_returns.domain.model import Condition

    values = dict(
        line=3,
        qty=2,
        days=17,
        rule="standard",
        outcome=Outcome.STORE_CREDIT,
        refund=eur("20.00"),
        fee=eur("3.00"),
        tax=eur("3.47"),
        condition=Condition.OPENED,
        manager=True,
        seasonal_until=day(2027, 1, 31),
        sku="4006381333931",
        overridden=True,
    )
    quick = _new_line_decision(*values.values())
    assert quick == LineDecision(**values) and quick.net == eur("17.00")
