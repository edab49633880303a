"""The demo's when: the shop's opening hours and busy days, and when each receipt was
sold, on which register."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from pos_returns.services.demo.who import REGISTER_WEIGHTS, REGISTERS, STORE_CODE

DAYS = 365
# Mon..Sun opening hours (local), hourly traffic, and how busy each weekday is (percent).
OPENING = {0: (10, 20), 1: (10, 20), 2: (10, 20), 3: (10, 20), 4: (10, 20), 5: (10, 20)}
OPENING_SUNDAY = (10, 18)
HOURLY = (5, 7, 10, 9, 8, 9, 11, 13, 12, 8)
HOURLY_SUNDAY = (6, 9, 11, 11, 10, 10, 9, 6)
WEEKDAY_WEIGHT = (100, 90, 95, 100, 125, 160, 80)
CLOSED = {(1, 1), (6, 24), (12, 25)}  # New Year, Jāņi, Christmas


@dataclass(frozen=True)
class Slot:
    sold_at: datetime  # local, aware
    register: str
    number: str


def open_hours(day: date) -> tuple[int, int] | None:
    if (day.month, day.day) in CLOSED:
        return None
    return OPENING.get(day.weekday(), OPENING_SUNDAY)


def day_weight(day: date) -> int:
    """How busy a day is, in percent of an ordinary Monday."""
    weight = WEEKDAY_WEIGHT[day.weekday()]
    month, dom = day.month, day.day
    if month == 12 and dom <= 23:
        weight = weight * (180 if dom >= 10 else 140) // 100  # Christmas shopping
    elif month == 11 and dom >= 20:
        weight = weight * 130 // 100  # Black Friday week
    elif month == 1 and 2 <= dom <= 15:
        weight = weight * 125 // 100  # winter sales
    elif month in (7, 8):
        weight = weight * 90 // 100  # summer holidays
    return weight


def largest_remainder(total: int, weights: Sequence[int]) -> list[int]:
    """`total` split in proportion to `weights`, whole numbers that add up to `total`;
    the units left over go to the largest remainders (the earlier one on a tie)."""
    whole = sum(weights)
    if whole == 0:
        return [0] * len(weights)
    shares = [total * w // whole for w in weights]
    left = total - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in order[:left]:
        shares[i] += 1
    return shares


def slots(rng: random.Random, receipts: int, first: date, last: date, zone: ZoneInfo) -> list[Slot]:
    """When each receipt was sold and on which register, numbered per register in time order."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    days = [d for d in days if open_hours(d) is not None]
    per_day = largest_remainder(receipts, [day_weight(d) for d in days])
    hourly = list(itertools.accumulate(HOURLY))
    hourly_sunday = list(itertools.accumulate(HOURLY_SUNDAY))
    registers = list(itertools.accumulate(REGISTER_WEIGHTS))
    sequence = dict.fromkeys(REGISTERS, 0)
    slots: list[Slot] = []
    for day, count in zip(days, per_day, strict=True):
        hours = open_hours(day)
        assert hours is not None
        opens, closes = hours
        cum = hourly_sunday if day.weekday() == 6 else hourly
        offsets = range(closes - opens)
        moments = sorted(
            rng.choices(offsets, cum_weights=cum[: len(offsets)])[0] * 3600 + rng.randrange(3600)
            for _ in range(count)
        )
        midnight = datetime(day.year, day.month, day.day, tzinfo=zone)
        for seconds in moments:
            register = rng.choices(REGISTERS, cum_weights=registers)[0]
            sequence[register] += 1
            sold_at = midnight + timedelta(seconds=opens * 3600 + seconds)
            number = f"{STORE_CODE}-{register}-{sequence[register]:06d}"
            slots.append(Slot(sold_at, register, number))
    return slots


SAMPLE_NOTES = {
    "basket": "recent, three or more lines, paid by card and cash",
    "electronics": "recent electronics: a 15% restocking fee if opened",
    "final-sale": "recent, with a final-sale line the policy denies",
    "late": "sold more than 30 days ago: store credit only",
}


def features(slots: Sequence[Slot], last_day: date) -> dict[int, str]:
    """The receipts made to show something at the counter (see SAMPLE_NOTES), by index."""
    features: dict[int, str] = {}
    for offset, feature in enumerate(("electronics", "final-sale", "basket")):
        if offset < len(slots):
            features[len(slots) - 1 - offset] = feature
    late = last_day - timedelta(days=40)
    for i in range(len(slots) - 1, -1, -1):
        sold = slots[i].sold_at.date()
        if sold < last_day - timedelta(days=85):
            break  # past the policy's 90 days by the time someone tries it
        if (11, 15) <= (sold.month, sold.day) <= (12, 24):
            continue  # the policy's seasonal window: returnable for a refund until January
        if sold <= late and i not in features:
            features[i] = "late"
            break
    return features
