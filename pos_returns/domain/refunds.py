"""The money of a return (SPEC.md section 4), exact in integer minor units.

Cumulative rounding of partial returns, percentages rounded half up, and the sharing of
refund money over a receipt's tenders with their caps and round-robin cents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal

from pos_returns.domain.errors import DecisionError
from pos_returns.domain.model import (
    PastReturn,
    Prefer,
    Receipt,
    ReceiptLine,
    TenderMethod,
    TenderRefund,
)
from pos_returns.domain.money import Money
from pos_returns.domain.policy import OfflineCard, Policy


def _round_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for numerator >= 0 and denominator > 0."""
    return (2 * numerator + denominator) // (2 * denominator)


def line_share(line: ReceiptLine, before: int, qty: int) -> tuple[Money, Money]:
    """The amount and tax of `qty` units when `before` were returned earlier, by
    cumulative rounding: round(A*(r+q)/n) - round(A*r/n)."""
    currency, n, after = line.amount.currency, line.qty, before + qty
    amount, tax = line.amount.minor_units, line.tax.minor_units
    return (
        Money.from_minor(_round_div(amount * after, n) - _round_div(amount * before, n), currency),
        Money.from_minor(_round_div(tax * after, n) - _round_div(tax * before, n), currency),
    )


def percent_of(money: Money, pct: Decimal) -> Money:
    """round(money * pct / 100) to the minor unit, half up."""
    if not pct:
        return Money.zero(money.currency)
    units = (Decimal(money.minor_units) * pct / 100).to_integral_value(rounding=ROUND_HALF_UP)
    return Money.from_minor(int(units), money.currency)


def allocate_to_tenders(
    receipt: Receipt, money: Money, own_history: Iterable[tuple[int, PastReturn]] = ()
) -> tuple[TenderRefund, ...]:
    """Share `money` over the receipt's tenders (SPEC.md section 4).

    Each tender first gets min(floor(p*R/T), p - already); the cents left are dealt one per
    tender in receipt order, skipping full tenders, until none are left. Tenders that get
    nothing are left out. Raises DecisionError when the tenders have no room left for the
    money (a history that gave back more than was paid).
    """
    currency = receipt.currency
    total = receipt.total.minor_units
    wanted = money.minor_units
    paid = [t.amount.minor_units for t in receipt.tenders]
    already = already_refunded(receipt, own_history)
    room = [p - a for p, a in zip(paid, already, strict=True)]
    given = [
        min((p * wanted) // total, max(r, 0)) if total else 0
        for p, r in zip(paid, room, strict=True)
    ]
    left = wanted - sum(given)
    spare = sum(max(r - g, 0) for r, g in zip(room, given, strict=True))
    if left > spare:
        raise DecisionError.said(
            "history[*].to_tenders",
            "earlier refunds leave the receipt's tenders {left} to give back, less than the "
            "{owed} this return owes",
            left=Money.from_minor(spare + sum(given), currency).to_json(),
            owed=money.to_json(),
        )
    while left > 0:
        for i in range(len(given)):
            if left == 0:
                break
            if given[i] < room[i]:
                given[i] += 1
                left -= 1
    return tuple(
        TenderRefund(t.method, Money.from_minor(g, receipt.currency), t.reference)
        for t, g in zip(receipt.tenders, given, strict=True)
        if g > 0
    )


def already_refunded(receipt: Receipt, own_history: Iterable[tuple[int, PastReturn]]) -> list[int]:
    """What earlier returns gave back to each tender, matched by method and reference;
    two tenders alike are filled in receipt order."""
    already = [0] * len(receipt.tenders)
    for h, past in own_history:
        for k, refund in enumerate(past.to_tenders):
            field = f"history[{h}].to_tenders[{k}]"
            name = f"{refund.method}{' ' + refund.reference if refund.reference else ''}"
            amount = refund.amount.minor_units
            alike = [
                i
                for i, t in enumerate(receipt.tenders)
                if t.method is refund.method and (t.reference or None) == (refund.reference or None)
            ]
            if not alike:
                raise DecisionError.said(
                    field,
                    "an earlier refund went to {tender}, which is not a tender of receipt "
                    "{receipt}",
                    tender=name,
                    receipt=receipt.receipt_number,
                )
            for n, i in enumerate(alike):
                capacity = receipt.tenders[i].amount.minor_units - already[i]
                take = amount if n == len(alike) - 1 else min(amount, capacity)
                already[i] += take
                amount -= take
            last = alike[-1]
            if already[last] > receipt.tenders[last].amount.minor_units:
                raise DecisionError.said(
                    f"{field}.amount",
                    "earlier refunds to {tender} add up to {back}, more than it paid ({paid})",
                    tender=name,
                    back=Money.from_minor(already[last], receipt.currency).to_json(),
                    paid=receipt.tenders[last].amount.to_json(),
                )
    return already


def where_money_goes(
    policy: Policy,
    receipt: Receipt | None,
    prefer: Prefer,
    money: tuple[Money, Money],
    own_history: Sequence[tuple[int, PastReturn]],
    *,
    offline: bool,
) -> tuple[tuple[TenderRefund, ...], Money, Money, OfflineCard | None]:
    """The refund to tenders, the store credit, its bonus and the offline card fallback
    applied, for the `refund` and `store_credit` lines' money."""
    refund_money, credit_money = money
    bonus = Money.zero(refund_money.currency)
    if prefer is Prefer.STORE_CREDIT:
        bonus = percent_of(refund_money, policy.store_credit_bonus_pct)
        return (), credit_money + refund_money + bonus, bonus, None
    to_tenders: tuple[TenderRefund, ...] = ()
    if refund_money:
        if receipt is not None:
            to_tenders = allocate_to_tenders(receipt, refund_money, own_history)
        else:
            to_tenders = (TenderRefund(TenderMethod.CASH, refund_money),)
    cards = [t for t in to_tenders if t.method is TenderMethod.CARD]
    fallback = policy.offline.card_refund
    if not (offline and cards) or fallback is OfflineCard.TERMINAL:
        return to_tenders, credit_money, bonus, None
    if fallback is OfflineCard.STORE_CREDIT:  # no bonus: the customer did not choose it
        rest = tuple(t for t in to_tenders if t.method is not TenderMethod.CARD)
        return rest, sum((t.amount for t in cards), credit_money), bonus, fallback
    return to_tenders, credit_money, bonus, fallback
