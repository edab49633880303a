"""The demo's story, told from the seed before anything is written: who works there, what
was sold when, and what came back.

Each part draws from its own stream of ``random.Random(seed)`` (`STREAMS`), so a change to
one part of the story leaves the others as they were.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pos_returns.domain import model as dm
from pos_returns.resources import resource
from pos_returns.services.demo.calendar import DAYS, SAMPLE_NOTES, features, slots
from pos_returns.services.demo.came_back import Candidate, return_candidates
from pos_returns.services.demo.sold import CatalogueItem, ReceiptMaker, load_catalogue
from pos_returns.services.demo.who import STAFF, TIMEZONE, pins
from pos_returns.store.models import Role

POLICY = ("examples", "policy.json")
STREAMS = ("pins", "customers", "calendar", "receipts", "returns")


@dataclass(frozen=True)
class SampleReceipt:
    """A receipt good for trying a return; `kind` is basket, electronics, final-sale or late."""

    number: str
    kind: str
    note: str


@dataclass(frozen=True)
class Story:
    """Everything the demo store is made of, in the order it happened."""

    seed: int
    first_day: date
    last_day: date
    pins: tuple[str, ...]  # STAFF's, in order
    catalogue: tuple[CatalogueItem, ...]
    policy: dict[str, Any]  # the SPEC example policy, as published on the first day
    sold: tuple[dm.Receipt, ...]  # in time order
    samples: tuple[SampleReceipt, ...]
    returns: tuple[Candidate, ...]  # in time order (none of the samples')


def tell(seed: int, receipts: int, today: date) -> Story:
    """The story of `receipts` receipts sold over the DAYS before `today`."""
    zone = ZoneInfo(TIMEZONE)
    catalogue = load_catalogue()
    policy = json.loads(resource(*POLICY).read_text("utf-8"))
    master = random.Random(seed)
    streams = {name: random.Random(master.getrandbits(64)) for name in STREAMS}
    staff_pins = pins(streams["pins"], len(STAFF))
    last_day = today - timedelta(days=1)
    first_day = today - timedelta(days=DAYS)
    maker = ReceiptMaker(streams["receipts"], streams["customers"], catalogue, zone)
    when = slots(streams["calendar"], receipts, first_day, last_day, zone)
    special = features(when, last_day)
    sold = [maker.receipt(slot, special.get(i)) for i, slot in enumerate(when)]
    by_feature = {feature: i for i, feature in special.items()}
    samples = tuple(
        SampleReceipt(sold[by_feature[f]].receipt_number, f, note)
        for f, note in SAMPLE_NOTES.items()
        if f in by_feature
    )
    sample_numbers = {s.number for s in samples}
    cashiers = [code for code, _name, role in STAFF if role is Role.CASHIER]
    returns = return_candidates(
        streams["returns"],
        [r for r in sold if r.receipt_number not in sample_numbers],
        last_day,
        zone,
        cashiers,
    )
    return Story(
        seed=seed,
        first_day=first_day,
        last_day=last_day,
        pins=tuple(staff_pins),
        catalogue=catalogue,
        policy=policy,
        sold=tuple(sold),
        samples=samples,
        returns=tuple(returns),
    )
