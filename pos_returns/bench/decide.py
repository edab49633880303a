"""`pos-returns bench` (decide): the policy engine on a realistic hard case.

A 30-line receipt, a 20-rule policy and 5 earlier returns of that receipt.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from pos_returns.domain.decision import decide
from pos_returns.domain.model import (
    Condition,
    PastReturn,
    Prefer,
    Receipt,
    ReceiptLine,
    RequestLine,
    ReturnedQty,
    ReturnRequest,
    Tender,
    TenderMethod,
    TenderRefund,
)
from pos_returns.domain.money import Money
from pos_returns.domain.policy import (
    CustomerLimit,
    MonthDay,
    Outcome,
    Policy,
    Rule,
    Seasonal,
    Then,
    When,
)

CATEGORIES = ("apparel", "electronics", "home", "toys", "books", "beauty")
TZ = timezone(timedelta(hours=2))


def workload() -> tuple[Policy, Receipt, ReturnRequest, tuple[PastReturn, ...]]:
    """20 rules, a 30-line receipt paid three ways, 5 earlier returns, a 30-line request."""
    policy, receipt = _policy(), _receipt()
    sold_at = receipt.sold_at
    history = tuple(
        PastReturn(
            at=sold_at + timedelta(days=1 + k),
            customer="C-1",
            lines=tuple(ReturnedQty(n, 1) for n in range(1 + k, 31, 5)),
            to_tenders=(
                TenderRefund(TenderMethod.CARD, Money(Decimal("5.00"), "EUR"), "VISA 1234"),
            ),
        )
        for k in range(5)
    )
    conditions = tuple(Condition)
    request = ReturnRequest(
        receipt_number=receipt.receipt_number,
        at=sold_at + timedelta(days=12),
        customer="C-1",
        lines=tuple(RequestLine(qty=1, condition=conditions[n % 4], line=n) for n in range(1, 31)),
        prefer=Prefer.ORIGINAL,
    )
    return policy, receipt, request, history


def _policy() -> Policy:
    """20 rules: by category and condition, with fees, limits and a seasonal window."""
    rules = [Rule("final-sale", When(tags_any=frozenset({"final-sale"})), Then(Outcome.DENY))]
    for i, category in enumerate(CATEGORIES):
        rules.append(
            Rule(
                f"{category}-opened",
                When(
                    category=frozenset({category}),
                    condition=frozenset({Condition.OPENED}),
                    max_days=14 + i,
                ),
                Then(Outcome.REFUND, restocking_fee_pct=Decimal("15")),
            )
        )
        rules.append(
            Rule(
                f"{category}-late",
                When(category=frozenset({category}), min_days=60 + i),
                Then(Outcome.DENY),
            )
        )
    rules += [
        Rule(
            "defective",
            When(condition=frozenset({Condition.DEFECTIVE}), max_days=730),
            Then(Outcome.REFUND),
        ),
        Rule("damaged", When(condition=frozenset({Condition.DAMAGED})), Then(Outcome.DENY)),
        Rule(
            "clearance",
            When(tags_any=frozenset({"clearance"}), max_days=14),
            Then(Outcome.EXCHANGE),
        ),
        Rule("standard", When(receipt=True, max_days=30), Then(Outcome.REFUND)),
        Rule("late", When(receipt=True, max_days=90), Then(Outcome.STORE_CREDIT)),
        Rule(
            "no-receipt", When(receipt=False, max_days=90), Then(Outcome.STORE_CREDIT, manager=True)
        ),
        Rule("vip", When(category=frozenset({"jewellery"}), receipt=True), Then(Outcome.REFUND)),
    ]
    assert len(rules) == 20
    policy = Policy(
        name="Bench policy",
        version=1,
        timezone="Europe/Riga",
        rules=tuple(rules),
        store_credit_bonus_pct=Decimal("10"),
        manager_refund_over=Decimal("200.00"),
        limits=CustomerLimit(5, 90),
        seasonal=(Seasonal(MonthDay(11, 15), MonthDay(12, 24), MonthDay(1, 31)),),
    )
    return policy


def _receipt() -> Receipt:
    """30 lines of six categories (every 7th on clearance), paid by card, gift card, cash."""
    sold_at = datetime(2026, 11, 2, 9, 0, tzinfo=TZ)
    lines = []
    for n in range(1, 31):
        qty = 3 + n % 4
        amount = Money(Decimal(n * 7) + Decimal("0.99"), "EUR")
        lines.append(
            ReceiptLine(
                line=n,
                sku=f"SKU{n:05d}",
                description=f"Item {n}",
                category=CATEGORIES[n % len(CATEGORIES)],
                tags=frozenset({"clearance"}) if n % 7 == 0 else frozenset(),
                qty=qty,
                unit_price=amount,
                amount=amount * qty,
                tax=Money(
                    (amount.amount * qty * Decimal("0.21") / Decimal("1.21")).quantize(
                        Decimal("0.01")
                    ),
                    "EUR",
                ),
            )
        )
    total = sum((x.amount for x in lines), Money.zero("EUR"))
    card = Money((total.amount / 2).quantize(Decimal("0.01")), "EUR")
    gift = Money(Decimal("50.00"), "EUR")
    tenders = (
        Tender(TenderMethod.CARD, card, "VISA 1234"),
        Tender(TenderMethod.GIFT_CARD, gift, "GC-1"),
        Tender(TenderMethod.CASH, total - card - gift),
    )
    return Receipt("S01-R1-000001", "S01", "R1", sold_at, "EUR", "C-1", tuple(lines), tenders)


@dataclass(frozen=True)
class BenchResult:
    name: str
    rounds: int
    median_s: float
    p95_s: float

    def report(self) -> str:
        return (
            f"{self.name}: median {self.median_s * 1e6:.0f} µs, p95 {self.p95_s * 1e6:.0f} µs "
            f"over {self.rounds} runs (30-line receipt, 20 rules, 5 earlier returns)"
        )


def bench_decide(rounds: int = 2000) -> BenchResult:
    policy, receipt, request, history = workload()
    decide(policy, receipt, request, history)  # warm up
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        decide(policy, receipt, request, history)
        times.append(time.perf_counter() - start)
    times.sort()
    return BenchResult(
        "decide",
        rounds,
        statistics.median(times),
        times[int(len(times) * 0.95) - 1 if len(times) > 1 else 0],
    )
