"""Plain sentences from rules and decisions, in the customer's language.

The sentence for a line is written from the rule that decided it, so what the cashier
reads aloud, what the receipt prints and what the poster says are the same words:
"Returned within 30 days with a receipt: full refund to the original payment."

Words come from gettext catalogues (`Translator`, e.g. `gettext.GNUTranslations`);
numbers, percentages, money and dates from a `Formats` (Babel's, outside the domain).
Sentences are built from short fragments whose translations never need to agree in
gender or case with the item, so they hold for any category a store invents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from pos_returns.domain.decision import Decision, LineDecision, ManagerReason, ManagerReasonKind
from pos_returns.domain.labels import CATEGORY_LABELS, REASON_LABELS, TAG_LABELS
from pos_returns.domain.model import Condition, Prefer, TenderMethod
from pos_returns.domain.money import Money
from pos_returns.domain.policy import (
    OTHERWISE,
    OfflineCard,
    Outcome,
    Policy,
    Rule,
    Seasonal,
    Then,
    When,
)


class Translator(Protocol):
    def gettext(self, message: str, /) -> str: ...
    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...
    def pgettext(self, context: str, message: str, /) -> str: ...


class Formats(Protocol):
    """How a language writes numbers, money, dates and lists."""

    def number(self, value: int) -> str: ...
    def percent(self, value: Decimal) -> str: ...
    def money(self, value: Money) -> str: ...
    def day_month(self, value: date) -> str: ...
    def list_or(self, items: Sequence[str]) -> str: ...


class PlainFormats:
    """English-like formats with no locale data (tests, and the domain on its own)."""

    _MONTHS = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )

    def number(self, value: int) -> str:
        return str(value)

    def percent(self, value: Decimal) -> str:
        return f"{value.normalize():f}%"

    def money(self, value: Money) -> str:
        return str(value)

    def day_month(self, value: date) -> str:
        return f"{value.day} {self._MONTHS[value.month - 1]}"

    def list_or(self, items: Sequence[str]) -> str:
        if len(items) <= 2:
            return " or ".join(items)
        return ", ".join(items[:-1]) + " or " + items[-1]


@dataclass(frozen=True, slots=True)
class Wording:
    """One language: its catalogue and its formats."""

    tr: Translator
    fmt: Formats

    def _(self, message: str) -> str:
        return self.tr.gettext(message)

    def _n(self, singular: str, plural: str, n: int) -> str:
        return self.tr.ngettext(singular, plural, n)

    def _p(self, context: str, message: str) -> str:
        return self.tr.pgettext(context, message)

    # -- labels -------------------------------------------------------------------------
    def category(self, name: str) -> str:
        """A category's name for people; stores' own categories show as written."""
        msgid = CATEGORY_LABELS.get(name)
        return self._p("category", msgid) if msgid else _humanize(name)

    def tag(self, name: str) -> str:
        """A noun phrase for items carrying a tag ("Final-sale items")."""
        msgid = TAG_LABELS.get(name)
        if msgid:
            return self._p("tag", msgid)
        return self._("Items marked “{tag}”").format(tag=_humanize(name, capital=False))

    def condition(self, condition: Condition) -> str:
        """The item condition as the cashier picks it ("Opened")."""
        labels = {
            Condition.UNOPENED: self._p("condition", "Unopened"),
            Condition.OPENED: self._p("condition", "Opened"),
            Condition.DAMAGED: self._p("condition", "Damaged by the customer"),
            Condition.DEFECTIVE: self._p("condition", "Defective"),
        }
        return labels[condition]

    def reason(self, code: str, label: str) -> str:
        """A return reason for the counter: the default reasons in this language, a
        store's own ones as the store wrote them."""
        msgid = REASON_LABELS.get(code)
        return self._p("reason", msgid) if msgid else label

    def tender(self, method: TenderMethod) -> str:
        """How a sale was paid ("Card")."""
        labels = {
            TenderMethod.CASH: self._p("tender", "Cash"),
            TenderMethod.CARD: self._p("tender", "Card"),
            TenderMethod.GIFT_CARD: self._p("tender", "Gift card"),
            TenderMethod.STORE_CREDIT: self._p("tender", "Store credit"),
            TenderMethod.OTHER: self._p("tender", "Other payment"),
        }
        return labels[method]

    def refund_line(self, method: TenderMethod, reference: str | None, amount: Money) -> str:
        """What the cashier does with one tender's money: "Refund 15.42 € to VISA 1234"."""
        money = self.fmt.money(amount)
        if method is TenderMethod.CASH:
            return self._("Give {amount} cash").format(amount=money)
        if method in (TenderMethod.GIFT_CARD, TenderMethod.STORE_CREDIT):
            return self._("Issue {amount} as new store credit").format(amount=money)
        return self._("Refund {amount} to {payment}").format(
            amount=money, payment=reference or self.tender(method)
        )

    # -- rule sentences -----------------------------------------------------------------
    def rule_sentence(
        self,
        rule: Rule | None,
        policy: Policy,
        *,
        prefer: Prefer = Prefer.ORIGINAL,
        has_receipt: bool = True,
        seasonal_until: date | None = None,
    ) -> str:
        """The sentence for a rule (None: the policy's `otherwise`)."""
        then = rule.then if rule is not None else policy.otherwise
        situation = (
            self._situation(rule.when, seasonal_until)
            if rule is not None
            else self._("Not covered by any rule of our return policy")
        )
        outcome = self.outcome(then, policy, prefer=prefer, has_receipt=has_receipt)
        return self._("{situation}: {outcome}.").format(
            situation=_capitalize(situation), outcome=outcome
        )

    def line_sentence(self, line: LineDecision, policy: Policy, decision: Decision) -> str:
        """The sentence for a decided line, read aloud and printed on the receipt."""
        rule = policy.rule(line.rule) if line.rule != OTHERWISE else None
        sentence = self.rule_sentence(
            rule,
            policy,
            prefer=decision.prefer,
            has_receipt=decision.has_receipt,
            seasonal_until=line.seasonal_until,
        )
        if line.overridden:
            outcome = self.outcome(
                Then(line.outcome),
                policy,
                prefer=decision.prefer,
                has_receipt=decision.has_receipt,
            )
            sentence += " " + self._("Manager's decision: {outcome}.").format(outcome=outcome)
        return sentence

    def explain(self, decision: Decision, policy: Policy) -> list[str]:
        """One sentence per decided line, in order (the decision's `explanation`)."""
        return [self.line_sentence(line, policy, decision) for line in decision.lines]

    def _situation(self, when: When, seasonal_until: date | None) -> str:
        if when.is_empty:
            return self._("Any return")
        subject = self._subject(when)
        state = self._state(when.condition)
        days = self._days(when, seasonal_until)
        receipt = {
            True: self._("with a receipt"),
            False: self._("without a receipt"),
            None: "",
        }[when.receipt]
        if not (state or days or receipt):
            return subject
        if subject:
            template = self._("{subject} returned {state} {days} {receipt}")
        else:
            template = self._("Returned {state} {days} {receipt}")
        return _squeeze(template.format(subject=subject, state=state, days=days, receipt=receipt))

    def _subject(self, when: When) -> str:
        parts: list[str] = []
        if when.category is not None:
            parts.append(self.fmt.list_or([self.category(c) for c in sorted(when.category)]))
        if when.tags_any is not None:
            parts.append(self.fmt.list_or([self.tag(t) for t in sorted(when.tags_any)]))
        if len(parts) == 2:
            return self._("{category}, {tagged}").format(
                category=parts[0], tagged=_lower_first(parts[1])
            )
        return parts[0] if parts else ""

    def _state(self, conditions: frozenset[Condition] | None) -> str:
        if conditions is None:
            return ""
        phrases = {
            Condition.UNOPENED: self._("unopened"),
            Condition.OPENED: self._("opened"),
            Condition.DAMAGED: self._("damaged after purchase"),
            Condition.DEFECTIVE: self._("faulty"),
        }
        return self.fmt.list_or([phrases[c] for c in Condition if c in conditions])

    def _days(self, when: When, seasonal_until: date | None) -> str:
        if seasonal_until is not None:
            return self._("by {date} (holiday purchases)").format(
                date=self.fmt.day_month(seasonal_until)
            )
        low, high = when.min_days, when.max_days
        if low == 0:
            low = None
        if high is not None and low is None:
            if high == 0:
                return self._("on the day of purchase")
            return self._n("within {n} day", "within {n} days", high).format(
                n=self.fmt.number(high)
            )
        if low is not None and high is None:
            return (
                self._n(
                    "more than {n} day after purchase", "more than {n} days after purchase", low - 1
                ).format(n=self.fmt.number(low - 1))
                if low > 1
                else self._("after the day of purchase")
            )
        if low is not None and high is not None:
            return self._n(
                "between {low} and {n} day after purchase",
                "between {low} and {n} days after purchase",
                high,
            ).format(low=self.fmt.number(low), n=self.fmt.number(high))
        return ""

    def outcome(
        self,
        then: Then,
        policy: Policy,
        *,
        prefer: Prefer = Prefer.ORIGINAL,
        has_receipt: bool = True,
    ) -> str:
        """What the customer gets: "full refund to the original payment"."""
        fee = self.fmt.percent(then.restocking_fee_pct) if then.restocking_fee_pct else None
        bonus = policy.store_credit_bonus_pct
        if then.outcome is Outcome.REFUND:
            if prefer is Prefer.STORE_CREDIT:
                text = (
                    self._("refund as store credit, less a {fee} restocking fee")
                    if fee
                    else self._("full value as store credit")
                )
                if bonus:
                    text = self._("{outcome}, plus a {bonus} bonus").format(
                        outcome=text, bonus=self.fmt.percent(bonus)
                    )
            elif not has_receipt:
                text = (
                    self._("refund in cash, less a {fee} restocking fee")
                    if fee
                    else self._("refund in cash")
                )
            else:
                text = (
                    self._("refund to the original payment, less a {fee} restocking fee")
                    if fee
                    else self._("full refund to the original payment")
                )
        elif then.outcome is Outcome.STORE_CREDIT:
            text = (
                self._("store credit only, less a {fee} restocking fee")
                if fee
                else self._("store credit only")
            )
        elif then.outcome is Outcome.EXCHANGE:
            text = self._("exchange for another item, no money back")
        else:
            text = self._("not returnable")
        text = text.format(fee=fee)
        if then.manager:
            text = self._("{outcome}, with a manager's approval").format(outcome=text)
        return text

    # -- manager reasons ----------------------------------------------------------------
    def manager_reason(self, reason: ManagerReason, policy: Policy, decision: Decision) -> str:
        """Why a manager must approve, in one sentence for the cashier."""
        if reason.kind is ManagerReasonKind.RULE:
            numbers = ", ".join(self.fmt.number(n) for n in reason.lines)
            return self._n(
                "The policy asks a manager to approve line {lines}.",
                "The policy asks a manager to approve lines {lines}.",
                len(reason.lines),
            ).format(lines=numbers)
        if reason.kind is ManagerReasonKind.REFUND_OVER:
            assert policy.manager_refund_over is not None
            limit = Money(policy.manager_refund_over, decision.currency)
            return self._("Refunds over {limit} need a manager's approval.").format(
                limit=self.fmt.money(limit)
            )
        if reason.kind is ManagerReasonKind.OVERRIDE:
            numbers = ", ".join(self.fmt.number(n) for n in reason.lines)
            return self._n(
                "A manager overrides the policy on line {lines}.",
                "A manager overrides the policy on lines {lines}.",
                len(reason.lines),
            ).format(lines=numbers)
        if reason.kind is ManagerReasonKind.NO_RECEIPT_WITHOUT_ID:
            return self._(
                "A return without a receipt needs the customer's ID or a manager's approval."
            )
        assert policy.limits is not None
        if reason.kind is ManagerReasonKind.CUSTOMER_UNCHECKED:
            return self._(
                "Offline, this customer's returns at other stores cannot be counted: "
                "the policy asks a manager to approve."
            )
        return self._limit_text(policy, decision.recent_returns or 0)

    def card_offline(self, decision: Decision) -> str | None:
        """What the policy does with a card's share while offline, or None."""
        if decision.card_offline is OfflineCard.WAIT:
            return self._(
                "Offline, card refunds wait until the link is back: offer store credit now, "
                "or ask the customer to come back."
            )
        if decision.card_offline is OfflineCard.STORE_CREDIT:
            return self._("Offline, the card's share is given as store credit.")
        return None

    def _limit_text(self, policy: Policy, made: int) -> str:
        assert policy.limits is not None
        return self._n(
            "This customer has made {made} return in the last {days} days (limit: {count}).",
            "This customer has made {made} returns in the last {days} days (limit: {count}).",
            made,
        ).format(
            made=self.fmt.number(made),
            days=self.fmt.number(policy.limits.days),
            count=self.fmt.number(policy.limits.count),
        )

    # -- the whole policy ---------------------------------------------------------------
    def policy_summary(self, policy: Policy, currency: str | None = None) -> list[str]:
        """The policy in plain language: one short paragraph per run of rules with the
        same outcome (in the policy's order, since the first rule that fits decides),
        then one paragraph of general terms. Printed on receipts and posters."""
        paragraphs: list[str] = []
        run: list[str] = []
        last: Outcome | None = None
        for rule in policy.rules:
            if last is not None and rule.then.outcome is not last:
                paragraphs.append(" ".join(run))
                run = []
            run.append(self.rule_sentence(rule, policy, has_receipt=rule.when.receipt is not False))
            last = rule.then.outcome
        if run:
            paragraphs.append(" ".join(run))
        paragraphs.append(self.rule_sentence(None, policy))
        general = self.general_terms(policy, currency)
        if general:
            paragraphs.append(" ".join(general))
        return paragraphs

    def general_terms(self, policy: Policy, currency: str | None = None) -> list[str]:
        """The policy-wide terms, a sentence each: bonus, seasons, no receipt, limits."""
        terms: list[str] = []
        if policy.store_credit_bonus_pct and any(
            r.then.outcome is Outcome.REFUND for r in policy.rules
        ):
            terms.append(
                self._("Take store credit instead of a refund and get {bonus} more.").format(
                    bonus=self.fmt.percent(policy.store_credit_bonus_pct)
                )
            )
        terms.extend(self._seasonal_text(window) for window in policy.seasonal)
        if any(r.when.receipt is False for r in policy.rules):
            price = self._n(
                "Without a receipt, an item is valued at its lowest price in the last {n} day.",
                "Without a receipt, an item is valued at its lowest price in the last {n} days.",
                policy.no_receipt.price_days,
            ).format(n=self.fmt.number(policy.no_receipt.price_days))
            terms.append(price)
            if policy.no_receipt.requires_id:
                terms.append(self._("Please bring an ID for a return without a receipt."))
        if policy.manager_refund_over is not None:
            amount = (
                self.fmt.money(Money(policy.manager_refund_over, currency))
                if currency
                else f"{policy.manager_refund_over:f}"
            )
            terms.append(
                self._("Refunds over {limit} need a manager's approval.").format(limit=amount)
            )
        if policy.limits is not None:
            terms.append(
                self._n(
                    "After {count} return in {days} days, a manager approves the next ones.",
                    "After {count} returns in {days} days, a manager approves the next ones.",
                    policy.limits.count,
                ).format(
                    count=self.fmt.number(policy.limits.count),
                    days=self.fmt.number(policy.limits.days),
                )
            )
        if policy.offline.card_refund is OfflineCard.STORE_CREDIT:
            terms.append(
                self._("If our tills are offline, card refunds are given as store credit.")
            )
        elif policy.offline.card_refund is OfflineCard.WAIT:
            terms.append(
                self._("If our tills are offline, card refunds wait until they are back online.")
            )
        return terms

    def _seasonal_text(self, window: Seasonal) -> str:
        sample = 2024  # a leap year, so 02-29 is a real day
        return self._("Bought between {start} and {end}? You can return it until {until}.").format(
            start=self.fmt.day_month(window.purchased_from.in_year(sample)),
            end=self.fmt.day_month(window.purchased_to.in_year(sample)),
            until=self.fmt.day_month(window.return_until.in_year(sample)),
        )


def _humanize(name: str, *, capital: bool = True) -> str:
    text = re.sub(r"[-_]+", " ", name).strip()
    return _capitalize(text) if capital else text


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
