"""The return policy (SPEC.md section 3): rules tried in order, first match decides."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from pos_returns.domain.model import Condition

OTHERWISE = "otherwise"
"""The rule id a decision reports when no rule matched; no rule may take it."""


class Outcome(StrEnum):
    REFUND = "refund"
    STORE_CREDIT = "store_credit"
    EXCHANGE = "exchange"
    DENY = "deny"


@dataclass(frozen=True, slots=True)
class When:
    """A rule's conditions; None means "any"."""

    category: frozenset[str] | None = None
    tags_any: frozenset[str] | None = None
    condition: frozenset[Condition] | None = None
    receipt: bool | None = None
    max_days: int | None = None
    min_days: int | None = None

    @property
    def is_empty(self) -> bool:
        return all(
            v is None
            for v in (
                self.category,
                self.tags_any,
                self.condition,
                self.receipt,
                self.max_days,
                self.min_days,
            )
        )


@dataclass(frozen=True, slots=True)
class Then:
    outcome: Outcome
    restocking_fee_pct: Decimal = Decimal(0)
    manager: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    when: When
    then: Then


@dataclass(frozen=True, slots=True)
class MonthDay:
    month: int
    day: int

    def __str__(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"

    def key(self) -> tuple[int, int]:
        return (self.month, self.day)

    def in_year(self, year: int) -> date:
        """This month-day in `year`; 02-29 falls back to 02-28 in a common year."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return date(year, self.month, self.day - 1)


@dataclass(frozen=True, slots=True)
class Seasonal:
    """Purchases from `purchased_from` to `purchased_to` (inclusive, may wrap the new
    year) can be returned until the first `return_until` after the purchase."""

    purchased_from: MonthDay
    purchased_to: MonthDay
    return_until: MonthDay

    def covers(self, purchased: date) -> bool:
        md = (purchased.month, purchased.day)
        start, end = self.purchased_from.key(), self.purchased_to.key()
        if start <= end:
            return start <= md <= end
        return md >= start or md <= end

    def until_for(self, purchased: date) -> date:
        """The first `return_until` date strictly after the purchase date."""
        candidate = self.return_until.in_year(purchased.year)
        if candidate <= purchased:
            candidate = self.return_until.in_year(purchased.year + 1)
        return candidate


@dataclass(frozen=True, slots=True)
class NoReceipt:
    price_days: int = 90
    requires_id: bool = False


@dataclass(frozen=True, slots=True)
class CustomerLimit:
    """At most `count` returns in `days` days before a manager must approve."""

    count: int
    days: int


class OfflineLimit(StrEnum):
    """The customer limit when the chain's returns cannot be asked for."""

    LOCAL = "local"  # count the returns this store's database holds
    MANAGER = "manager"  # a manager approves any return of a named customer


class OfflineCard(StrEnum):
    """A refund to a card while the register is offline."""

    TERMINAL = "terminal"  # the card terminal has its own line: refund as usual
    WAIT = "wait"  # the card refund waits for the link; store credit may be taken now
    STORE_CREDIT = "store_credit"  # the card's share is given as store credit


class OfflineReceipt(StrEnum):
    """A receipt of another store, which cannot be fetched while offline."""

    NO_RECEIPT = "no_receipt"  # the items may come back under the no-receipt rule
    WAIT = "wait"  # the customer comes back when the register is online


@dataclass(frozen=True, slots=True)
class Offline:
    """What the counter does when the chain's central database does not answer."""

    customer_limit: OfflineLimit = OfflineLimit.LOCAL
    card_refund: OfflineCard = OfflineCard.TERMINAL
    other_store_receipt: OfflineReceipt = OfflineReceipt.NO_RECEIPT


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    version: int
    timezone: str
    rules: tuple[Rule, ...]
    otherwise: Then = field(default_factory=lambda: Then(Outcome.DENY))
    store_credit_bonus_pct: Decimal = Decimal(0)
    manager_refund_over: Decimal | None = None  # in the receipt's currency
    no_receipt: NoReceipt = field(default_factory=NoReceipt)
    limits: CustomerLimit | None = None
    seasonal: tuple[Seasonal, ...] = ()
    currency: str | None = None  # for returns without a receipt
    offline: Offline = field(default_factory=Offline)

    def rule(self, rule_id: str) -> Rule | None:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None

    def then_for(self, rule_id: str) -> Then:
        """The outcome of rule `rule_id`, or of `otherwise`."""
        rule = self.rule(rule_id)
        return rule.then if rule is not None else self.otherwise
