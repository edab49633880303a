"""What a policy's rules leave out or can never reach, found before it is published.

The rules are tried in order and the first that holds decides, so a rule can be
*shadowed*: every return it covers is decided by an earlier rule. And returns that no rule
covers fall to `otherwise`: those are the policy's *gaps*. Both are found exactly by
trying every kind of return the rules can tell apart: each category a rule names and one
it does not, no tag or each tag a rule names (an item with more tags only matches more of
the earlier rules), each condition, with and without a receipt, and each span of days
between the rules' `min_days` and `max_days` (a return without a receipt is on day 0).
Seasonal windows, which only lengthen `max_days` for some purchases, are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from pos_returns.domain.matching import LineFacts, match_rule
from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Policy, Rule

OTHER_CATEGORY = "\x00other"  # a category no rule names


class FindingKind(StrEnum):
    NEVER = "never"  # the rule's own conditions contradict each other
    SHADOWED = "shadowed"  # earlier rules decide everything it covers
    GAP = "gap"  # no rule covers these returns: `otherwise` decides


@dataclass(frozen=True, slots=True)
class Days:
    """From `first` to `last` days after purchase, inclusive; `last` None: no end."""

    first: int
    last: int | None


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    rule: str | None = None  # the rule never reached (NEVER, SHADOWED)
    by: tuple[str, ...] = ()  # the earlier rules that decide instead (SHADOWED)
    receipt: bool | None = None  # GAP: with or without a receipt
    days: Days | None = None  # GAP: the days after purchase
    conditions: tuple[Condition, ...] = ()  # GAP: the conditions left to `otherwise`


def check_policy(policy: Policy) -> tuple[Finding, ...]:
    """The rules that can never decide, then the gaps (for an item of a category no rule
    names, without tags), in the policy's order."""
    first_at: dict[str, list[_Point]] = {rule.id: [] for rule in policy.rules}
    decided_by: dict[_Point, str | None] = {}
    for point in _points(policy):
        rule, _ = match_rule(policy, point.facts())
        decided_by[point] = rule.id if rule else None
        if rule is not None:
            first_at[rule.id].append(point)
    findings: list[Finding] = []
    for rule in policy.rules:
        if first_at[rule.id]:
            continue
        covered = [p for p in decided_by if _holds(rule, p)]
        if not covered:
            findings.append(Finding(FindingKind.NEVER, rule=rule.id))
            continue
        earlier = {decided_by[p] for p in covered}
        by = tuple(r.id for r in policy.rules if r.id in earlier)
        findings.append(Finding(FindingKind.SHADOWED, rule=rule.id, by=by))
    findings += _gaps(decided_by)
    return tuple(findings)


@dataclass(frozen=True, slots=True)
class _Point:
    category: str
    tag: str | None
    condition: Condition
    receipt: bool
    days: Days

    def facts(self) -> LineFacts:
        tags = frozenset({self.tag}) if self.tag else frozenset()
        return LineFacts(self.category, tags, self.condition, self.receipt, self.days.first)


def _holds(rule: Rule, point: _Point) -> bool:
    """Whether `rule` alone holds at `point` (earlier rules aside)."""
    lone = Policy("check", 1, "UTC", (rule,))
    found, _ = match_rule(lone, point.facts())
    return found is not None


def _spans(policy: Policy) -> tuple[Days, ...]:
    """The spans of days within which every rule's day conditions hold alike."""
    starts = {0}
    for rule in policy.rules:
        if rule.when.min_days is not None:
            starts.add(rule.when.min_days)
        if rule.when.max_days is not None:
            starts.add(rule.when.max_days + 1)
    ordered = sorted(starts)
    ends: list[int | None] = [s - 1 for s in ordered[1:]]
    return tuple(Days(first, last) for first, last in zip(ordered, [*ends, None], strict=True))


def _points(policy: Policy) -> Iterator[_Point]:
    categories = sorted({c for r in policy.rules for c in r.when.category or ()})
    tags = sorted({t for r in policy.rules for t in r.when.tags_any or ()})
    spans = _spans(policy)
    for category in [*categories, OTHER_CATEGORY]:
        for tag in [None, *tags]:
            for condition in Condition:
                for span in spans:
                    yield _Point(category, tag, condition, True, span)
                yield _Point(category, tag, condition, False, Days(0, 0))


def _gaps(decided_by: dict[_Point, str | None]) -> list[Finding]:
    """Where an item of no named category and no tag falls to `otherwise`."""
    open_: dict[tuple[bool, Days], list[Condition]] = {}
    for point, rule in decided_by.items():
        if rule is None and point.category == OTHER_CATEGORY and point.tag is None:
            open_.setdefault((point.receipt, point.days), []).append(point.condition)
    return [
        Finding(FindingKind.GAP, receipt=receipt, days=days, conditions=tuple(conditions))
        for (receipt, days), conditions in sorted(
            open_.items(), key=lambda kv: (not kv[0][0], kv[0][1].first)
        )
    ]
