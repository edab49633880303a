"""Reading and validating policies, receipts and requests."""

from __future__ import annotations

import pytest
from builders import policy_doc, receipt_doc, request_doc

from pos_returns.domain.errors import FormatError
from pos_returns.domain.formats import parse_receipt, parse_request, receipt_to_json
from pos_returns.domain.policy_format import parse_policy, policy_to_json


def test_a_policy_survives_a_round_trip_through_json() -> None:
    policy = parse_policy(policy_doc())
    assert parse_policy(policy_to_json(policy)) == policy


def test_a_receipt_survives_a_round_trip_through_json() -> None:
    receipt = parse_receipt(receipt_doc())
    assert parse_receipt(receipt_to_json(receipt)) == receipt


def rule(when: dict, then: dict | None = None, rule_id: str = "r") -> dict:
    return {"id": rule_id, "when": when, "then": then or {"outcome": "refund"}}


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"format": "pos-returns/policy@2"}, "format", "expected"),
        ({"timezone": "Mars/Olympus"}, "timezone", "not a known time zone"),
        ({"rules": [rule({"max_day": 30})]}, "rules[0].when.max_day", "not a known field"),
        ({"rules": [rule({}), rule({})]}, "rules[1].id", "used twice"),
        ({"rules": [rule({}, rule_id="otherwise")]}, "rules[0].id", "reserved"),
        ({"rules": [rule({"min_days": 31, "max_days": 30})]}, "rules[0].when.min_days", "never"),
        ({"rules": [rule({"max_days": -1})]}, "rules[0].when.max_days", "out of range"),
        ({"rules": [rule({"condition": ["wet"]})]}, "rules[0].when.condition[0]", "not one of"),
        ({"rules": [rule({"condition": []})]}, "rules[0].when.condition", "empty"),
        (
            {"rules": [rule({}, {"outcome": "refund", "restocking_fee_pct": "150"})]},
            "rules[0].then.restocking_fee_pct",
            "out of range",
        ),
        (
            {"rules": [rule({}, {"outcome": "refund", "restocking_fee_pct": 15.5})]},
            "rules[0].then.restocking_fee_pct",
            "percentage",
        ),
        (
            {"rules": [rule({}, {"outcome": "deny", "restocking_fee_pct": "10"})]},
            "rules[0].then.restocking_fee_pct",
            "needs a refund",
        ),
        ({"rules": [rule({}, {"outcome": "giveaway"})]}, "rules[0].then.outcome", "not one of"),
        (
            {
                "seasonal": [
                    {"purchased_from": "11-31", "purchased_to": "12-24", "return_until": "01-31"}
                ]
            },
            "seasonal[0].purchased_from",
            "not a day",
        ),
        ({"manager_approval": {"refund_over": 200}}, "manager_approval.refund_over", "string"),
        ({"store_credit_bonus_pct": "ten"}, "store_credit_bonus_pct", "not a number"),
        (
            {"limits": {"returns_per_customer": {"count": 0, "days": 90}}},
            "limits.returns_per_customer.count",
            "out of range",
        ),
        ({"surprise": 1}, "surprise", "not a known field"),
    ],
)
def test_bad_policies_are_refused_naming_the_field(changes: dict, field: str, words: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_policy(policy_doc(**changes))
    assert err.value.field == field
    assert words in err.value.message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"currency": "EURO"}, "currency"),
        ({"sold_at": "2026-10-03T14:22:05"}, "sold_at"),
        ({"sold_at": "yesterday"}, "sold_at"),
        ({"tenders": [{"method": "card", "amount": "100.00"}]}, "tenders"),
        ({"tenders": [{"method": "cheque", "amount": "146.00"}]}, "tenders[0].method"),
        ({"lines": []}, "lines"),
    ],
)
def test_bad_receipts_are_refused_naming_the_field(changes: dict, field: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_receipt(receipt_doc(**changes))
    assert err.value.field == field


def test_a_receipt_line_whose_tax_exceeds_its_amount_is_refused() -> None:
    doc = receipt_doc()
    doc["lines"][0]["tax"] = "45.01"
    with pytest.raises(FormatError) as err:
        parse_receipt(doc)
    assert err.value.field == "lines[0].tax"


def test_a_receipt_with_a_line_number_twice_is_refused() -> None:
    doc = receipt_doc()
    doc["lines"][1]["line"] = 1
    with pytest.raises(FormatError) as err:
        parse_receipt(doc)
    assert err.value.field == "lines[1].line"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ({"line": 1, "qty": 0, "condition": "unopened"}, "lines[0].qty"),
        ({"line": 1, "qty": True, "condition": "unopened"}, "lines[0].qty"),
        ({"line": 1, "qty": 1, "condition": "soggy"}, "lines[0].condition"),
        ({"line": 1, "qty": 1}, "lines[0].condition"),
        ({"qty": 1, "condition": "opened"}, "lines[0].line"),
    ],
)
def test_bad_request_lines_are_refused_naming_the_field(line: dict, field: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_request(request_doc("2026-10-05T10:00:00+03:00", line), "EUR")
    assert err.value.field == field


def test_a_request_naming_a_line_twice_is_refused() -> None:
    line = {"line": 1, "qty": 1, "condition": "unopened"}
    with pytest.raises(FormatError) as err:
        parse_request(request_doc("2026-10-05T10:00:00+03:00", line, line), "EUR")
    assert err.value.field == "lines[1].line"


def test_a_no_receipt_line_needs_its_price() -> None:
    doc = request_doc(
        "2026-10-05T10:00:00+03:00",
        {"sku": "X", "category": "home", "qty": 1, "condition": "unopened"},
        receipt_number=None,
    )
    with pytest.raises(FormatError) as err:
        parse_request(doc, "EUR")
    assert err.value.field == "lines[0].unit_price"


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f"])
def test_text_with_control_characters_is_refused_naming_the_field(char: str) -> None:
    """A NUL cannot be stored by the chain's PostgreSQL (the policy would block every
    register's sync) and control characters print as nothing on receipts and posters."""
    with pytest.raises(FormatError) as raised:
        parse_policy(policy_doc(name=f"Standard{char}policy"))
    assert raised.value.field == "name"
    assert raised.value.message == f"contains a control character (U+{ord(char):04X})"


def test_a_control_character_in_a_rule_is_named_where_it_is() -> None:
    document = policy_doc()
    document["rules"][0]["when"]["tags_any"] = ["final\tsale"]
    with pytest.raises(FormatError) as raised:
        parse_policy(document)
    assert raised.value.field == "rules[0].when.tags_any[0]"
    assert raised.value.message == "contains a control character (U+0009)"
