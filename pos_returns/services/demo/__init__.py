"""The demo store: a year of a Riga shop's sales, its policy, its staff and past returns.

    info = create_demo(engine)          # seed 7, 20,000 receipts, the year up to today
    print(info.report())                # the PINs and a few receipts to try a return with

Everything random comes from ``random.Random(seed)``: the same seed and ``today`` give
the same receipts, numbers and amounts in any database. The only other inputs are the
catalogue (``resources/demo/catalogue.csv``) and the SPEC example policy
(``resources/examples/policy.json``). Not decided by the seed: the row keys (UUIDv7), the
store-credit codes and the bookkeeping times the services stamp (``imported_at``).

Sales cover the 365 days before ``today`` (``today`` itself has none, so every receipt is
in the past whenever the demo is opened that day). The store, staff, catalogue, policy,
receipts and returns are written in one transaction: a demo is there whole or not at all.
Past returns go through the real ``propose_return``/``complete_return``, in the order they
happened, so the history, journal, refunds and store credits are what the counter makes.

The story is told first (`story.tell`: `who` works there, what was `sold` and when
(`calendar`), what `came_back`), then written (`writer.write`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from pos_returns.services.demo.calendar import DAYS
from pos_returns.services.demo.sold import (
    CatalogueItem,
    ean13_check_digit,
    is_ean13,
    load_catalogue,
    spread_discount,
    vat_part,
)
from pos_returns.services.demo.story import SampleReceipt, tell
from pos_returns.services.demo.who import (
    CURRENCY,
    REGISTERS,
    STAFF,
    STORE_CODE,
    STORE_NAME,
    TIMEZONE,
)
from pos_returns.services.demo.writer import DemoCounts, refuse_a_second_demo, write
from pos_returns.services.errors import InvalidInput, say
from pos_returns.services.uow import Database
from pos_returns.store.models import Role

__all__ = [
    "DAYS",
    "STORE_CODE",
    "CatalogueItem",
    "DemoCounts",
    "DemoEmployee",
    "DemoInfo",
    "SampleReceipt",
    "create_demo",
    "ean13_check_digit",
    "is_ean13",
    "load_catalogue",
    "spread_discount",
    "vat_part",
]


@dataclass(frozen=True)
class DemoEmployee:
    code: str
    name: str
    role: Role
    pin: str


@dataclass(frozen=True)
class DemoInfo:
    store: str
    store_name: str
    registers: tuple[str, ...]
    employees: tuple[DemoEmployee, ...]
    counts: DemoCounts
    samples: tuple[SampleReceipt, ...]
    first_day: date
    last_day: date
    seed: int
    seconds: float

    def report(self) -> str:
        """What ``pos-returns demo`` prints: the store, the PINs, receipts to try."""
        c = self.counts
        out = [
            f"Demo store {self.store} {self.store_name!r} ({TIMEZONE}, {CURRENCY}), "
            f"registers {', '.join(self.registers)}",
            f"Sales {self.first_day.isoformat()} to {self.last_day.isoformat()}: "
            f"{c.receipts:,} receipts, {c.lines:,} lines, {c.products:,} products; "
            f"{c.returns:,} past returns",
            "Employees (code, name, role, PIN):",
        ]
        width = max((len(e.name) for e in self.employees), default=0)
        out += [
            f"  {e.code:<5} {e.name:<{width}}  {e.role.value:<8} {e.pin}" for e in self.employees
        ]
        if self.samples:
            out.append("Receipts to try a return with:")
            out += [f"  {s.number}  {s.note}" for s in self.samples]
        out.append(f"Made in {self.seconds:.1f} s (seed {self.seed}).")
        return "\n".join(out)


def create_demo(
    engine: Database, *, seed: int = 7, receipts: int = 20_000, today: date | None = None
) -> DemoInfo:
    """Create the demo store S01 with its staff, catalogue, policy, a year of receipts and
    about 2% of them returned, committed. Raises InvalidInput if S01 exists already."""
    started = time.perf_counter()
    if receipts < 0:
        raise InvalidInput(say("receipts: give 0 or more"))
    if today is None:  # the store's date: the only use of the clock
        today = datetime.now(ZoneInfo(TIMEZONE)).date()
    refuse_a_second_demo(engine)  # before a second of work; checked again when writing
    story = tell(seed, receipts, today)
    counts = write(engine, story)
    return DemoInfo(
        store=STORE_CODE,
        store_name=STORE_NAME,
        registers=REGISTERS,
        employees=tuple(
            DemoEmployee(code, name, role, pin)
            for (code, name, role), pin in zip(STAFF, story.pins, strict=True)
        ),
        counts=counts,
        samples=story.samples,
        first_day=story.first_day,
        last_day=story.last_day,
        seed=seed,
        seconds=time.perf_counter() - started,
    )
