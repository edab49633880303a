"""Finding the rules a policy can never reach and the returns no rule covers."""

from __future__ import annotations

from builders import policy, rules_policy

from pos_returns.domain.model import Condition
from pos_returns.domain.policy_check import Days, Finding, FindingKind, check_policy

ALL = tuple(Condition)


def rule(rule_id: str, outcome: str = "refund", **when: object) -> dict:
    return {"id": rule_id, "when": when, "then": {"outcome": outcome}}


def test_the_standard_policy_leaves_only_late_returns_to_otherwise() -> None:
    assert check_policy(policy()) == (
        Finding(
            FindingKind.GAP,
            receipt=True,
            days=Days(91, 730),
            conditions=(Condition.UNOPENED, Condition.OPENED),
        ),
        Finding(
            FindingKind.GAP,
            receipt=True,
            days=Days(731, None),
            conditions=(Condition.UNOPENED, Condition.OPENED, Condition.DEFECTIVE),
        ),
    )


def test_a_rule_covered_by_earlier_ones_is_shadowed_and_names_them() -> None:
    checked = check_policy(
        rules_policy(
            rule("apparel", category=["apparel"], receipt=True),
            rule("thirty", receipt=True, max_days=30),
            rule("late-apparel", category=["apparel"], receipt=True, min_days=31),
            rule("shoes", category=["shoes"], receipt=True, max_days=14),
            rule("anything"),
        )
    )
    assert [f for f in checked if f.kind is not FindingKind.GAP] == [
        Finding(FindingKind.SHADOWED, rule="late-apparel", by=("apparel",)),
        Finding(FindingKind.SHADOWED, rule="shoes", by=("thirty",)),
    ]
    assert [f for f in checked if f.kind is FindingKind.GAP] == []  # "anything" covers all


def test_a_tag_or_a_condition_keeps_a_later_rule_reachable() -> None:
    checked = check_policy(
        rules_policy(
            rule("sale", "deny", tags_any=["final-sale"]),
            rule("faulty", condition=["defective"]),
            rule("any"),
        )
    )
    assert checked == ()


def test_a_rule_without_a_receipt_after_some_days_can_never_match() -> None:
    checked = check_policy(
        rules_policy(rule("nr-late", receipt=False, min_days=5), rule("receipted", receipt=True))
    )
    assert checked[0] == Finding(FindingKind.NEVER, rule="nr-late")
    assert checked[1:] == (
        Finding(FindingKind.GAP, receipt=False, days=Days(0, 0), conditions=ALL),
    )


def test_a_rule_shadowed_by_several_names_each() -> None:
    checked = check_policy(
        rules_policy(
            rule("with", receipt=True),
            rule("without", receipt=False),
            rule("never-reached", condition=["opened"]),
        )
    )
    assert checked == (Finding(FindingKind.SHADOWED, rule="never-reached", by=("with", "without")),)
