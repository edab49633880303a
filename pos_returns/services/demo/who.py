"""The demo's who: the store, its registers and staff, and its customers."""

from __future__ import annotations

import itertools
import random

from pos_returns.store.models import Role

STORE_CODE = "S01"
STORE_NAME = "Demo Store — Rīga"
STORE_ADDRESS = "Brīvības iela 68, Rīga, LV-1011, Latvija"
TIMEZONE = "Europe/Riga"
CURRENCY = "EUR"
LANGUAGE = "en"  # the screens and receipts; past returns were in lv, en or fr
REGISTERS = ("R1", "R2", "R3")
REGISTER_WEIGHTS = (50, 33, 17)
STAFF = (
    ("101", "Anna Bērziņa", Role.CASHIER),
    ("102", "Jānis Kalniņš", Role.CASHIER),
    ("900", "Māris Ozoliņš", Role.MANAGER),
    ("999", "Līga Liepiņa", Role.ADMIN),
)
CUSTOMERS = 2_000
FIRST_CUSTOMER = 1001
CUSTOMER_SHARE = 0.6


def pins(rng: random.Random, count: int) -> list[str]:
    """Distinct four-digit PINs, none of them a run or a repeat like 1234 or 1111."""
    made: list[str] = []
    while len(made) < count:
        pin = f"{rng.randrange(10_000):04d}"
        digits = [int(c) for c in pin]
        steps = {b - a for a, b in itertools.pairwise(digits)}
        if len(set(pin)) < 3 or steps in ({1}, {-1}) or pin in made:
            continue
        made.append(pin)
    return made
