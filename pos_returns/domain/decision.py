"""The decision (SPEC.md sections 3 and 4): what each line gets and where the money goes.

`decide` is a pure function of the policy, the receipt, the request and the history. All
arithmetic is done in integer minor units, so it is exact; rounding is half up, where
SPEC.md says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from pos_returns.domain.errors import DecisionError
from pos_returns.domain.matching import LineFacts, match_rule
from pos_returns.domain.model import (
    Condition,
    PastReturn,
    Prefer,
    Receipt,
    ReceiptLine,
    RequestLine,
    ReturnRequest,
    TenderRefund,
)
from pos_returns.domain.money import Money
from pos_returns.domain.policy import (
    OTHERWISE,
    OfflineCard,
    OfflineLimit,
    Outcome,
    Policy,
    Rule,
    Then,
)
from pos_returns.domain.refunds import line_share, percent_of, where_money_goes

DEFAULT_CURRENCY = "EUR"


class ManagerReasonKind(StrEnum):
    RULE = "rule"  # a line's rule says a manager must approve
    REFUND_OVER = "refund_over"  # the refund total exceeds the policy's threshold
    NO_RECEIPT_WITHOUT_ID = "no_receipt_without_id"
    CUSTOMER_LIMIT = "customer_limit"
    # Offline, the chain's returns of this customer cannot be counted (policy.offline).
    CUSTOMER_UNCHECKED = "customer_limit_offline"
    OVERRIDE = "override"  # a manager overrides a `deny`


@dataclass(frozen=True, slots=True)
class ManagerReason:
    kind: ManagerReasonKind
    rule: str | None = None  # for RULE
    lines: tuple[int, ...] = ()  # for RULE: the request lines concerned

    @property
    def code(self) -> str:
        """``rule:no-receipt``, ``refund_over``, ``no_receipt_without_id``, ``customer_limit``."""
        return f"{self.kind}:{self.rule}" if self.kind is ManagerReasonKind.RULE else str(self.kind)


OVERRIDABLE = (Outcome.REFUND, Outcome.STORE_CREDIT, Outcome.EXCHANGE)


@dataclass(frozen=True, slots=True)
class LineDecision:
    """What the policy decided for one requested line.

    `refund` is the line's money before the fee (0 for deny and exchange), `tax` its tax
    part. `seasonal_until` is set when only a seasonal window made the rule's `max_days`
    hold. `line` is the receipt line, or the request's position for a line without one.
    """

    line: int
    qty: int
    days: int
    rule: str
    outcome: Outcome
    refund: Money
    fee: Money
    tax: Money
    condition: Condition
    manager: bool = False
    seasonal_until: date | None = None
    sku: str | None = None
    overridden: bool = False  # a manager replaced the rule's `deny` with `outcome`

    @property
    def net(self) -> Money:
        return self.refund - self.fee


@dataclass(frozen=True, slots=True)
class Decision:
    policy_version: int
    currency: str
    has_receipt: bool
    prefer: Prefer
    lines: tuple[LineDecision, ...]
    refund_total: Money
    to_tenders: tuple[TenderRefund, ...]
    store_credit: Money
    store_credit_bonus: Money
    manager_reasons: tuple[ManagerReason, ...]
    recent_returns: int | None = None  # the customer's returns within the policy limit's days
    # Offline with money for a card: the policy's fallback that applied (WAIT: the card
    # refund cannot be made now; STORE_CREDIT: the card's share was made store credit).
    card_offline: OfflineCard | None = None

    @property
    def card_waits(self) -> bool:
        """The refund goes to a card that cannot be refunded until the link is back."""
        return self.card_offline is OfflineCard.WAIT

    @property
    def needs_manager(self) -> bool:
        return bool(self.manager_reasons)


# -- the decision -----------------------------------------------------------------------
def decide(
    policy: Policy,
    receipt: Receipt | None,
    request: ReturnRequest,
    history: Sequence[PastReturn] = (),
    overrides: Mapping[int, Outcome] | None = None,
    *,
    offline: bool = False,
) -> Decision:
    """Apply `policy` to `request` line by line.

    `overrides` maps a line (the receipt line, or the request position without a receipt)
    that the policy denies to the outcome a manager gives it instead; such a decision
    always needs a manager. Overriding a line the policy does not deny is an error.

    The return happens at `request.at`; `history` holds earlier returns of this receipt
    (and of this customer on other receipts). Raises DecisionError, naming the field, for
    a request that does not fit the receipt: another receipt's number, an unknown line,
    a quantity above what is left to return, a return dated before the sale, or a history
    that does not fit the receipt. Never raises for a request that fits.

    `offline` says the chain's central database could not be asked (`history` holds only
    this store's records): the policy's `offline` choices then apply to the customer limit
    and to money going back to a card.
    """
    _check_fit(receipt, request)
    overrides = dict(overrides or {})
    currency = (
        receipt.currency if receipt else (request.currency or policy.currency or DEFAULT_CURRENCY)
    )
    zone = ZoneInfo(policy.timezone)
    return_date = request.at.astimezone(zone).date()
    own_history = _own_history(receipt, history)
    returned = _returned_so_far(receipt, own_history)

    lines: list[LineDecision] = []
    if receipt is not None:
        by_number = {line.line: line for line in receipt.lines}
        dates = (receipt.sold_at.astimezone(zone).date(), return_date)
        asked: set[int] = set()
        matched: dict[LineFacts, tuple[Rule | None, date | None]] = {}
        for index, req in enumerate(request.lines):
            if req.line is None:
                raise DecisionError.said(
                    f"lines[{index}].line", "is missing: name the receipt line"
                )
            line = by_number.get(req.line)
            if line is None:
                numbers = ", ".join(str(n) for n in by_number)
                raise DecisionError.said(
                    f"lines[{index}].line",
                    "line {line} is not on receipt {receipt} (its lines: {lines})",
                    line=req.line,
                    receipt=receipt.receipt_number,
                    lines=numbers,
                )
            if req.line in asked:
                raise DecisionError.said(
                    f"lines[{index}].line",
                    "line {line} is asked for twice; give it once with its quantity",
                    line=req.line,
                )
            asked.add(req.line)
            before = returned.get(line.line, 0)
            lines.append(
                _decide_receipt_line(
                    policy,
                    line,
                    req=req,
                    index=index,
                    before=before,
                    dates=dates,
                    override=overrides.pop(line.line, None),
                    matched=matched,
                )
            )
    else:
        for index, req in enumerate(request.lines):
            override = overrides.pop(index + 1, None)
            lines.append(_decide_loose_line(policy, req, index + 1, currency, override))
    if overrides:
        raise DecisionError.said(
            "overrides", "line {line} is not part of this return", line=min(overrides)
        )

    refund_money = Money.from_minor(_net_units(lines, Outcome.REFUND), currency)
    credit_money = Money.from_minor(_net_units(lines, Outcome.STORE_CREDIT), currency)
    paid_out = where_money_goes(
        policy, receipt, request.prefer, (refund_money, credit_money), own_history, offline=offline
    )
    to_tenders, store_credit, bonus, card_offline = paid_out

    refund_total = refund_money + credit_money
    recent = _recent_returns(policy, receipt, request, history)
    reasons = _manager_reasons(policy, request, lines, refund_total, (recent, offline))
    return Decision(
        policy_version=policy.version,
        currency=currency,
        has_receipt=receipt is not None,
        prefer=request.prefer,
        lines=tuple(lines),
        refund_total=refund_total,
        to_tenders=to_tenders,
        store_credit=store_credit,
        store_credit_bonus=bonus,
        manager_reasons=reasons,
        recent_returns=recent,
        card_offline=card_offline,
    )


def _net_units(lines: Sequence[LineDecision], outcome: Outcome) -> int:
    """What the lines of `outcome` give back after their fees, in minor units."""
    return sum(x.refund.minor_units - x.fee.minor_units for x in lines if x.outcome is outcome)


def _check_fit(receipt: Receipt | None, request: ReturnRequest) -> None:
    if receipt is None:
        if request.receipt_number is not None:
            raise DecisionError.said(
                "receipt_number",
                "the request names receipt {number!r} but no receipt was given",
                number=request.receipt_number,
            )
        return
    if request.receipt_number != receipt.receipt_number:
        raise DecisionError.said(
            "receipt_number",
            "the request is for {asked!r} but the receipt is {receipt!r}",
            asked=request.receipt_number,
            receipt=receipt.receipt_number,
        )
    if request.currency is not None and request.currency != receipt.currency:
        raise DecisionError.said(
            "currency",
            "the request is in {asked} but the receipt in {receipt}",
            asked=request.currency,
            receipt=receipt.currency,
        )
    if request.at < receipt.sold_at:
        raise DecisionError.said(
            "at",
            "the return ({at}) is before the sale ({sold})",
            at=request.at.isoformat(),
            sold=receipt.sold_at.isoformat(),
        )


def _own_history(
    receipt: Receipt | None, history: Sequence[PastReturn]
) -> list[tuple[int, PastReturn]]:
    """The earlier returns of this receipt, with their place in the history list."""
    if receipt is None:
        return []
    return [
        (i, past)
        for i, past in enumerate(history)
        if past.receipt_number in (None, receipt.receipt_number)
    ]


def _returned_so_far(
    receipt: Receipt | None, own: Iterable[tuple[int, PastReturn]]
) -> dict[int, int]:
    returned: dict[int, int] = {}
    if receipt is None:
        return returned
    numbers = {line.line for line in receipt.lines}
    for i, past in own:
        for j, item in enumerate(past.lines):
            if item.line not in numbers:
                raise DecisionError.said(
                    f"history[{i}].lines[{j}].line",
                    "line {line} is not on receipt {receipt}",
                    line=item.line,
                    receipt=receipt.receipt_number,
                )
            returned[item.line] = returned.get(item.line, 0) + item.qty
    return returned


def _decide_receipt_line(
    policy: Policy,
    line: ReceiptLine,
    *,
    req: RequestLine,
    index: int,
    before: int,
    dates: tuple[date, date],
    override: Outcome | None,
    matched: dict[LineFacts, tuple[Rule | None, date | None]],
) -> LineDecision:
    """One receipt line; `before` units of it were returned earlier, `dates` are the
    local purchase and return dates. `matched` keeps the rule found for each set of facts
    (a receipt's lines often share them: alike items, one date, one condition)."""
    left = line.qty - before
    if req.qty > left:
        raise DecisionError.said(
            f"lines[{index}].qty",
            "quantity {qty} is out of range: {left} of {sold} left to return on line {line} "
            "({before} returned before)",
            qty=req.qty,
            left=left,
            sold=line.qty,
            line=line.line,
            before=before,
        )
    purchase_date, return_date = dates
    days = (return_date - purchase_date).days
    facts = LineFacts(
        line.category, line.tags, req.condition, True, days, purchase_date, return_date
    )
    found = matched.get(facts)
    if found is None:
        found = matched[facts] = match_rule(policy, facts)
    rule, seasonal_until = found
    return _line_decision(
        policy,
        rule,
        lambda: line_share(line, before, req.qty),
        currency=line.amount.currency,
        line=line.line,
        qty=req.qty,
        days=days,
        condition=req.condition,
        seasonal_until=seasonal_until,
        sku=None,
        override=override,
    )


def _decide_loose_line(
    policy: Policy, req: RequestLine, position: int, currency: str, override: Outcome | None
) -> LineDecision:
    """A line returned without a receipt: no purchase date, so day 0 (SPEC.md section 2)."""
    if req.unit_price is None or req.category is None:
        raise DecisionError.said(
            f"lines[{position - 1}]", "a line without a receipt needs its category and unit_price"
        )
    rule, _ = match_rule(policy, LineFacts(req.category, req.tags, req.condition, False, 0))
    unit_price, unit_tax = req.unit_price, req.unit_tax
    return _line_decision(
        policy,
        rule,
        lambda: (
            Money(unit_price.amount * req.qty, currency),
            Money(unit_tax.amount * req.qty, currency) if unit_tax else Money.zero(currency),
        ),
        currency=currency,
        line=position,
        qty=req.qty,
        days=0,
        condition=req.condition,
        seasonal_until=None,
        sku=req.sku,
        override=override,
    )


def _line_decision(
    policy: Policy,
    rule: Rule | None,
    amounts: Callable[[], tuple[Money, Money]],
    *,
    currency: str,
    line: int,
    qty: int,
    days: int,
    condition: Condition,
    seasonal_until: date | None,
    sku: str | None,
    override: Outcome | None,
) -> LineDecision:
    then = rule.then if rule is not None else policy.otherwise
    if override is not None:
        if then.outcome is not Outcome.DENY or override not in OVERRIDABLE:
            raise DecisionError.said(
                "overrides",
                "line {line} is {outcome}, not denied: only a deny can be overridden, to "
                "refund, store_credit or exchange",
                line=line,
                outcome=str(then.outcome),
            )
        then = Then(override, manager=True)
    if then.outcome in (Outcome.DENY, Outcome.EXCHANGE):  # nothing back: not worked out
        refund = tax = Money.zero(currency)
    else:
        refund, tax = amounts()
    return _new_line_decision(
        line,
        qty,
        days,
        rule.id if rule is not None else OTHERWISE,
        then.outcome,
        refund,
        percent_of(refund, then.restocking_fee_pct),
        tax,
        condition,
        then.manager,
        seasonal_until,
        sku,
        override is not None,
    )


# A LineDecision is made for every line decided, and a frozen dataclass's __init__ sets
# each of its 13 fields through object.__setattr__ (a third of a decision's time). The
# slots' own setters do the same work directly; the values come in the fields' order.
_LINE_SETTERS = tuple(LineDecision.__dict__[f.name].__set__ for f in fields(LineDecision))


def _new_line_decision(*values: object) -> LineDecision:
    made = object.__new__(LineDecision)
    for set_field, value in zip(_LINE_SETTERS, values, strict=True):
        set_field(made, value)
    return made


# -- manager ----------------------------------------------------------------------------
def _recent_returns(
    policy: Policy, receipt: Receipt | None, request: ReturnRequest, history: Sequence[PastReturn]
) -> int | None:
    """How many returns the customer made in the limit's window before this one; None
    without a limit or customer."""
    customer = request.customer or (receipt.customer if receipt else None)
    return recent_returns(policy, customer, request.at, history)


def recent_returns(
    policy: Policy, customer: str | None, at: datetime, history: Sequence[PastReturn]
) -> int | None:
    """The customer's returns in `history` within the policy limit's days up to `at` (days
    counted on local dates, inclusive, like max_days); None without a limit or customer.
    A receipt counts its own return in by passing the moment it was made."""
    if policy.limits is None or customer is None:
        return None
    zone = ZoneInfo(policy.timezone)
    today = at.astimezone(zone).date()
    count = 0
    for past in history:
        if past.customer != customer or past.at > at:
            continue
        if (today - past.at.astimezone(zone).date()).days <= policy.limits.days:
            count += 1
    return count


def _manager_reasons(
    policy: Policy,
    request: ReturnRequest,
    lines: Sequence[LineDecision],
    refund_total: Money,
    customer: tuple[int | None, bool],
) -> tuple[ManagerReason, ...]:
    """Why a manager must approve; `customer` is the customer's recent returns (None
    without a limit or customer) and whether the chain could not be asked for them."""
    recent, offline = customer
    reasons: list[ManagerReason] = []
    by_rule: dict[str, list[int]] = {}
    overridden = tuple(line.line for line in lines if line.overridden)
    for line in lines:
        if line.manager and not line.overridden:
            by_rule.setdefault(line.rule, []).append(line.line)
    for rule_id, numbers in by_rule.items():
        reasons.append(ManagerReason(ManagerReasonKind.RULE, rule=rule_id, lines=tuple(numbers)))
    if overridden:
        reasons.append(ManagerReason(ManagerReasonKind.OVERRIDE, lines=overridden))
    if policy.manager_refund_over is not None and refund_total.amount > policy.manager_refund_over:
        reasons.append(ManagerReason(ManagerReasonKind.REFUND_OVER))
    if not request.has_receipt and policy.no_receipt.requires_id and not request.customer:
        reasons.append(ManagerReason(ManagerReasonKind.NO_RECEIPT_WITHOUT_ID))
    if policy.limits is not None and recent is not None and recent >= policy.limits.count:
        reasons.append(ManagerReason(ManagerReasonKind.CUSTOMER_LIMIT))
    elif recent is not None and offline and policy.offline.customer_limit is OfflineLimit.MANAGER:
        reasons.append(ManagerReason(ManagerReasonKind.CUSTOMER_UNCHECKED))
    return tuple(reasons)
