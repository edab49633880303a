"""The demo's what came back: the returns customers brought, in the order they happened."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pos_returns.domain import model as dm
from pos_returns.domain.model import Condition, Prefer
from pos_returns.services.demo.calendar import open_hours
from pos_returns.services.returns import DecideReturn, ReturnItem

RETURN_SHARE = 0.02


@dataclass(frozen=True)
class Candidate:
    """A return a customer asked for, and the cashier (by code) who took it."""

    request: DecideReturn
    cashier: str
    reason: str
    note: str
    language: str


REASONS_APPAREL = (("wrong-size", 45), ("changed-mind", 25), ("not-as-described", 12), ("gift", 10))
REASONS_OTHER = (("changed-mind", 45), ("not-as-described", 25), ("gift", 20))
OTHER_NOTES = (
    "Bought the same item twice",
    "Customer found a better size in another shop",
    "Does not fit the space at home",
    "Ordered online as well",
)
CONDITIONS = (
    (Condition.UNOPENED, 40),
    (Condition.OPENED, 38),
    (Condition.DEFECTIVE, 14),
    (Condition.DAMAGED, 8),
)
LANGUAGES = (("lv", 60), ("en", 30), ("fr", 10))


def _pick(rng: random.Random, weighted: Sequence[tuple[object, int]]) -> object:
    return rng.choices([v for v, _ in weighted], weights=[w for _, w in weighted])[0]


def return_candidates(
    rng: random.Random,
    receipts: Sequence[dm.Receipt],
    last_day: date,
    zone: ZoneInfo,
    cashiers: Sequence[str],
) -> list[Candidate]:
    """Requests customers brought back, in time order: more than RETURN_SHARE of the
    receipts, as some are denied or refused; about one in ten comes back twice."""
    target = round(len(receipts) * RETURN_SHARE)
    picked = rng.sample(list(receipts), min(len(receipts), math.ceil(target * 1.25)))
    candidates: list[tuple[datetime, str, Candidate]] = []
    for receipt in picked:
        sold = receipt.sold_at.astimezone(zone)
        first = _request(
            rng, receipt, sold, after_days=0, last_day=last_day, zone=zone, cashiers=cashiers
        )
        if first is None:
            continue
        candidates.append((first.request.at, receipt.receipt_number, first))
        if rng.random() < 0.1:
            gap = (first.request.at.date() - sold.date()).days
            again = _request(
                rng, receipt, sold, after_days=gap, last_day=last_day, zone=zone, cashiers=cashiers
            )
            if again is not None:
                candidates.append((again.request.at, receipt.receipt_number, again))
    candidates.sort(key=lambda c: (c[0], c[1]))
    return [c for _, _, c in candidates]


def _request(
    rng: random.Random,
    receipt: dm.Receipt,
    sold: datetime,
    *,
    after_days: int,
    last_day: date,
    zone: ZoneInfo,
    cashiers: Sequence[str],
) -> Candidate | None:
    condition = _pick(rng, CONDITIONS)
    assert isinstance(condition, Condition)
    roll = rng.random()
    if condition is Condition.DEFECTIVE and roll < 0.4:
        days = rng.randint(31, 240)
    elif roll < 0.65:
        days = rng.randint(1, 14)
    elif roll < 0.88:
        days = rng.randint(15, 30)
    else:
        days = rng.randint(31, 80)
    day = sold.date() + timedelta(days=after_days + days)
    while open_hours(day) is None:
        day += timedelta(days=1)
    if day > last_day:
        room = (last_day - sold.date()).days - after_days
        if room < 1:
            return None
        day = sold.date() + timedelta(days=after_days + rng.randint(1, room))
        if open_hours(day) is None:
            return None
    opens, closes = open_hours(day) or (10, 18)
    at = datetime(day.year, day.month, day.day, tzinfo=zone) + timedelta(
        seconds=opens * 3600 + rng.randrange((closes - opens) * 3600)
    )
    lines = list(receipt.lines)
    roll = rng.random()
    count = 1 if roll < 0.7 else (2 if roll < 0.92 else len(lines))
    chosen = sorted(rng.sample(lines, min(count, len(lines))), key=lambda x: x.line)
    items = tuple(
        ReturnItem(x.line, x.qty if x.qty > 1 and rng.random() < 0.5 else 1, condition)
        for x in chosen
    )
    prefer = Prefer.STORE_CREDIT if rng.random() < 0.12 else Prefer.ORIGINAL
    note = ""
    if condition is Condition.DEFECTIVE:
        reason = "defective"
    elif rng.random() < 0.07:
        reason, note = "other", rng.choice(OTHER_NOTES)
    else:
        apparel = any(x.category == "apparel" for x in chosen)
        reason = str(_pick(rng, REASONS_APPAREL if apparel else REASONS_OTHER))
    language = str(_pick(rng, LANGUAGES))
    return Candidate(
        DecideReturn(receipt.receipt_number, items, at, prefer=prefer),
        rng.choice(list(cashiers)),
        reason,
        note,
        language,
    )
