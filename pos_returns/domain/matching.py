"""Which rule decides a line (SPEC.md section 3, evaluation steps 1-2): the first whose
every condition holds, with seasonal windows stretching `max_days`."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Policy, Rule


class LineFacts(NamedTuple):
    """What the rules look at for one line. Dates are local dates in the policy's zone;
    a line without a receipt has no purchase date and is on day 0. (A named tuple: one
    is made per line decided, and a tuple is made quickest.)"""

    category: str
    tags: frozenset[str]
    condition: Condition
    has_receipt: bool
    days: int
    purchase_date: date | None = None
    return_date: date | None = None


def match_rule(policy: Policy, facts: LineFacts) -> tuple[Rule | None, date | None]:
    """The first rule whose every condition holds (None: `otherwise`), and the seasonal
    return-until date when only a seasonal window made its `max_days` hold.

    The conditions are tested inline, cheapest first: this loop is most of a decision."""
    category, tags, condition = facts.category, facts.tags, facts.condition
    has_receipt, days = facts.has_receipt, facts.days
    for rule in policy.rules:
        when = rule.when
        if when.category is not None and category not in when.category:
            continue
        if when.tags_any is not None and tags.isdisjoint(when.tags_any):
            continue
        if when.condition is not None and condition not in when.condition:
            continue
        if when.receipt is not None and when.receipt != has_receipt:
            continue
        if when.min_days is not None and days < when.min_days:
            continue
        if when.max_days is not None and days > when.max_days:
            until = _seasonal_until(policy, facts.purchase_date, facts.return_date)
            if until is None:
                continue
            return rule, until
        return rule, None
    return None, None


def _seasonal_until(
    policy: Policy, purchase_date: date | None, return_date: date | None
) -> date | None:
    """The latest seasonal return-until date that still covers this return, if any."""
    if purchase_date is None or return_date is None:
        return None
    best: date | None = None
    for window in policy.seasonal:
        if window.covers(purchase_date):
            until = window.until_for(purchase_date)
            if return_date <= until and (best is None or until > best):
                best = until
    return best
