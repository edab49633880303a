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
"""

from __future__ import annotations

import csv
import itertools
import json
import math
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, insert, select, update

from pos_returns.domain import model as dm
from pos_returns.domain.model import Condition, Prefer
from pos_returns.domain.money import Money
from pos_returns.domain.policy import Outcome
from pos_returns.resources import resource
from pos_returns.services import sales
from pos_returns.services.auth import Actor
from pos_returns.services.errors import InvalidInput, NotFound, Refused
from pos_returns.services.policies import publish_policy
from pos_returns.services.returns import (
    CompleteReturn,
    DecideReturn,
    ReturnItem,
    complete_return,
    propose_return,
)
from pos_returns.services.stores import NewStore, add_employee, create_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.ids import uuid7
from pos_returns.store.models import PrintJob, Product, RegisterKind, Role, Store

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
VAT_PCT = 21
CUSTOMERS = 2_000
FIRST_CUSTOMER = 1001
CUSTOMER_SHARE = 0.6
RETURN_SHARE = 0.02
BATCH = 4_000
DAYS = 365
CATALOGUE = ("demo", "catalogue.csv")
POLICY = ("examples", "policy.json")

# Mon..Sun opening hours (local), hourly traffic, and how busy each weekday is (percent).
OPENING = {0: (10, 20), 1: (10, 20), 2: (10, 20), 3: (10, 20), 4: (10, 20), 5: (10, 20)}
OPENING_SUNDAY = (10, 18)
HOURLY = (5, 7, 10, 9, 8, 9, 11, 13, 12, 8)
HOURLY_SUNDAY = (6, 9, 11, 11, 10, 10, 9, 6)
WEEKDAY_WEIGHT = (100, 90, 95, 100, 125, 160, 80)
CLOSED = {(1, 1), (6, 24), (12, 25)}  # New Year, Jāņi, Christmas

LINE_COUNTS = (1, 2, 3, 4, 5, 6)
LINE_COUNT_WEIGHTS = (35, 27, 17, 10, 7, 4)
QTY_WEIGHTS = (80, 15, 5)
CATEGORY_POPULARITY = {"apparel": 10, "home": 9, "beauty": 8, "toys": 6, "electronics": 5}
CARD_BRANDS = ("VISA", "MC", "AMEX")
CARD_BRAND_WEIGHTS = (55, 38, 7)


# -- what the caller gets -----------------------------------------------------------------
@dataclass(frozen=True)
class DemoEmployee:
    code: str
    name: str
    role: Role
    pin: str


@dataclass(frozen=True)
class DemoCounts:
    products: int
    receipts: int
    lines: int
    returns: int


@dataclass(frozen=True)
class SampleReceipt:
    """A receipt good for trying a return; `kind` is basket, electronics, final-sale or late."""

    number: str
    kind: str
    note: str


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


# -- the catalogue ------------------------------------------------------------------------
@dataclass(frozen=True)
class CatalogueItem:
    sku: str
    description: str
    category: str
    tags: frozenset[str]
    price_minor: int


def ean13_check_digit(first12: str) -> str:
    """The EAN-13 check digit of 12 digits (weights 1, 3, 1, 3, ... from the left)."""
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return str((10 - total % 10) % 10)


def is_ean13(code: str) -> bool:
    return len(code) == 13 and code.isdigit() and ean13_check_digit(code[:12]) == code[12]


def load_catalogue() -> tuple[CatalogueItem, ...]:
    """The demo catalogue; raises InvalidInput naming the row of a broken one."""
    path = resource(*CATALOGUE)
    items: list[CatalogueItem] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row_no, row in enumerate(csv.DictReader(handle), start=2):
            where = f"{path.name} row {row_no}"
            sku = row["sku"].strip()
            if not is_ean13(sku):
                raise InvalidInput(f"{where}: sku {sku!r} is not an EAN-13 with its check digit")
            if sku in seen:
                raise InvalidInput(f"{where}: sku {sku} appears twice")
            seen.add(sku)
            try:
                price = Money.parse(row["price"].strip(), CURRENCY, "price").minor_units
            except ValueError as exc:
                raise InvalidInput(f"{where}: {exc}") from None
            tags = frozenset(t.strip() for t in row["tags"].split(";") if t.strip())
            items.append(
                CatalogueItem(sku, row["description"].strip(), row["category"], tags, price)
            )
    return tuple(items)


# -- the entry point ----------------------------------------------------------------------
def create_demo(
    engine: Engine, *, seed: int = 7, receipts: int = 20_000, today: date | None = None
) -> DemoInfo:
    """Create the demo store S01 with its staff, catalogue, policy, a year of receipts and
    about 2% of them returned. Raises InvalidInput if S01 exists already."""
    started = time.perf_counter()
    if receipts < 0:
        raise InvalidInput("receipts: give 0 or more")
    zone = ZoneInfo(TIMEZONE)
    if today is None:
        today = datetime.now(zone).date()  # the store's date: the only use of the clock
    with UnitOfWork(engine) as uow:  # before a second of work; checked again when writing
        _refuse_a_second_demo(uow)
    catalogue = load_catalogue()
    policy = json.loads(resource(*POLICY).read_text("utf-8"))
    master = random.Random(seed)
    streams = {name: random.Random(master.getrandbits(64)) for name in _STREAMS}
    pins = _pins(streams["pins"], len(STAFF))
    last_day = today - timedelta(days=1)
    first_day = today - timedelta(days=DAYS)
    maker = _ReceiptMaker(streams["receipts"], streams["customers"], catalogue, zone)
    slots = _slots(streams["calendar"], receipts, first_day, last_day, zone)
    features = _features(slots, last_day)
    sold = [maker.receipt(slot, features.get(i)) for i, slot in enumerate(slots)]
    by_feature = {feature: i for i, feature in features.items()}
    samples = tuple(
        SampleReceipt(sold[by_feature[f]].receipt_number, f, note)
        for f, note in _SAMPLE_NOTES.items()
        if f in by_feature
    )

    with UnitOfWork(engine, write=True) as uow:
        _refuse_a_second_demo(uow)
        store = create_store(
            uow,
            NewStore(
                STORE_CODE,
                STORE_NAME,
                TIMEZONE,
                CURRENCY,
                address=STORE_ADDRESS,
                language=LANGUAGE,
                registers=REGISTERS,
                kind=RegisterKind.DEMO,
            ),
        )
        store.receipt_footer = "Paldies, ka iepērkaties pie mums! Thank you for shopping with us."
        store.feedback_url = "https://feedback.example.com/s01"
        store.signature_over_minor = 10_000  # refunds of 100.00 EUR or more are signed for
        staff = []
        for (code, name, role), pin in zip(STAFF, pins, strict=True):
            row = add_employee(uow, store, code=code, name=name, role=role, pin=pin)
            staff.append(Actor(row.id, store.id, row.code, row.name, role))
        cashiers = [a for a in staff if a.role is Role.CASHIER]
        manager = next(a for a in staff if a.role is Role.MANAGER)
        uow.session.execute(
            insert(Product),
            [
                {
                    "id": uuid7(),
                    "store_id": store.id,
                    "sku": p.sku,
                    "description": p.description,
                    "category": p.category,
                    "tags": sorted(p.tags),
                    "price_minor": p.price_minor,
                }
                for p in catalogue
            ],
        )
        published = datetime(first_day.year, first_day.month, first_day.day, 8, tzinfo=zone)
        publish_policy(uow, store, manager, policy, published)
        lines = 0
        for start in range(0, len(sold), BATCH):
            counts = sales.save_receipts(uow, store, sold[start : start + BATCH], source="demo")
            lines += counts.lines
        sample_numbers = {s.number for s in samples}
        candidates = _return_candidates(
            streams["returns"],
            [r for r in sold if r.receipt_number not in sample_numbers],
            last_day,
            zone,
            cashiers,
        )
        returned = _complete_returns(uow, store, candidates, manager)
        # The returns happened in the past: their receipts were printed back then.
        uow.session.execute(
            update(PrintJob)
            .where(PrintJob.store_id == store.id, PrintJob.status == "queued")
            .values(status="done", attempts=1, done_at=PrintJob.created_at)
            .execution_options(synchronize_session=False)
        )
        products = (
            uow.session.scalar(
                select(func.count()).select_from(Product).where(Product.store_id == store.id)
            )
            or 0
        )
        uow.commit()

    return DemoInfo(
        store=STORE_CODE,
        store_name=STORE_NAME,
        registers=REGISTERS,
        employees=tuple(
            DemoEmployee(code, name, role, pin)
            for (code, name, role), pin in zip(STAFF, pins, strict=True)
        ),
        counts=DemoCounts(products, len(sold), lines, returned),
        samples=samples,
        first_day=first_day,
        last_day=last_day,
        seed=seed,
        seconds=time.perf_counter() - started,
    )


_STREAMS = ("pins", "customers", "calendar", "receipts", "returns")


def _refuse_a_second_demo(uow: UnitOfWork) -> None:
    if uow.session.scalar(select(Store.id).where(Store.code == STORE_CODE)) is not None:
        raise InvalidInput(
            f"the demo store {STORE_CODE} exists already in this database; use it, or make the "
            "demo in another database"
        )


def _pins(rng: random.Random, count: int) -> list[str]:
    """Distinct four-digit PINs, none of them a run or a repeat like 1234 or 1111."""
    pins: list[str] = []
    while len(pins) < count:
        pin = f"{rng.randrange(10_000):04d}"
        digits = [int(c) for c in pin]
        steps = {b - a for a, b in itertools.pairwise(digits)}
        if len(set(pin)) < 3 or steps in ({1}, {-1}) or pin in pins:
            continue
        pins.append(pin)
    return pins


# -- when the sales happened --------------------------------------------------------------
@dataclass(frozen=True)
class _Slot:
    sold_at: datetime  # local, aware
    register: str
    number: str


def _open_hours(day: date) -> tuple[int, int] | None:
    if (day.month, day.day) in CLOSED:
        return None
    return OPENING.get(day.weekday(), OPENING_SUNDAY)


def _day_weight(day: date) -> int:
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


def _largest_remainder(total: int, weights: Sequence[int]) -> list[int]:
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


def _slots(
    rng: random.Random, receipts: int, first: date, last: date, zone: ZoneInfo
) -> list[_Slot]:
    """When each receipt was sold and on which register, numbered per register in time order."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    days = [d for d in days if _open_hours(d) is not None]
    per_day = _largest_remainder(receipts, [_day_weight(d) for d in days])
    hourly = list(itertools.accumulate(HOURLY))
    hourly_sunday = list(itertools.accumulate(HOURLY_SUNDAY))
    registers = list(itertools.accumulate(REGISTER_WEIGHTS))
    sequence = dict.fromkeys(REGISTERS, 0)
    slots: list[_Slot] = []
    for day, count in zip(days, per_day, strict=True):
        hours = _open_hours(day)
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
            slots.append(_Slot(sold_at, register, number))
    return slots


_SAMPLE_NOTES = {
    "basket": "recent, three or more lines, paid by card and cash",
    "electronics": "recent electronics: a 15% restocking fee if opened",
    "final-sale": "recent, with a final-sale line the policy denies",
    "late": "sold more than 30 days ago: store credit only",
}


def _features(slots: Sequence[_Slot], last_day: date) -> dict[int, str]:
    """The receipts made to show something at the counter (see _SAMPLE_NOTES), by index."""
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


# -- what was sold ------------------------------------------------------------------------
def _round_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for non-negative whole numbers."""
    return (2 * numerator + denominator) // (2 * denominator)


def spread_discount(amounts: Sequence[int], discount: int) -> list[int]:
    """The line amounts less an order-level `discount` shared in proportion to them by
    largest remainder, so that they add up to exactly ``sum(amounts) - discount``."""
    return [a - s for a, s in zip(amounts, _largest_remainder(discount, amounts), strict=True)]


def vat_part(amount_minor: int) -> int:
    """The VAT inside a tax-included amount: amount*21/121, rounded half up."""
    return _round_div(amount_minor * VAT_PCT, 100 + VAT_PCT)


class _ReceiptMaker:
    def __init__(
        self,
        rng: random.Random,
        customer_rng: random.Random,
        catalogue: Sequence[CatalogueItem],
        zone: ZoneInfo,
    ) -> None:
        self.rng = rng
        self.zone = zone
        self.catalogue = list(catalogue)
        self.weights = list(
            itertools.accumulate(
                CATEGORY_POPULARITY.get(p.category, 5) / math.sqrt(p.price_minor / 100 + 5)
                for p in catalogue
            )
        )
        self.electronics = [p for p in catalogue if p.category == "electronics"]
        self.final_sale = [p for p in catalogue if "final-sale" in p.tags]
        # The customers: ids in shuffled order, a few regulars, each with their own card.
        ids = [f"C-{FIRST_CUSTOMER + n}" for n in range(CUSTOMERS)]
        customer_rng.shuffle(ids)
        self.customers = ids
        self.customer_weights = list(itertools.accumulate(1 / (k + 25) for k in range(CUSTOMERS)))
        self.cards = {c: self._card(customer_rng) for c in ids}
        self.line_counts = list(itertools.accumulate(LINE_COUNT_WEIGHTS))
        self._money: dict[int, Money] = {}  # the same few thousand amounts, made once
        self.qty_weights = list(itertools.accumulate(QTY_WEIGHTS))

    def _card(self, rng: random.Random) -> str:
        brand = rng.choices(CARD_BRANDS, cum_weights=_CARD_CUM_WEIGHTS)[0]
        return f"{brand} {rng.randrange(10_000):04d}"

    def _eur(self, minor: int) -> Money:
        money = self._money.get(minor)
        if money is None:
            money = self._money[minor] = Money.from_minor(minor, CURRENCY)
        return money

    def _products(self, count: int, feature: str | None) -> list[CatalogueItem]:
        rng = self.rng
        chosen: list[CatalogueItem] = []
        if feature == "electronics":
            chosen.append(rng.choice([p for p in self.electronics if p.price_minor < 20_000]))
        elif feature == "final-sale":
            chosen.append(rng.choice(self.final_sale))
        while len(chosen) < count:
            product = rng.choices(self.catalogue, cum_weights=self.weights)[0]
            if product in chosen:
                continue
            if feature is not None and "final-sale" in product.tags:
                continue  # a sample shows one thing: only its own line is special
            if feature == "late" and product.category == "electronics":
                continue
            chosen.append(product)
        return chosen

    def receipt(self, slot: _Slot, feature: str | None) -> dm.Receipt:
        rng = self.rng
        count = rng.choices(LINE_COUNTS, cum_weights=self.line_counts)[0]
        if feature == "basket":
            count = max(count, 3)
        elif feature == "final-sale":
            count = max(count, 2)
        customer = None
        if rng.random() < CUSTOMER_SHARE or feature == "basket":
            customer = rng.choices(self.customers, cum_weights=self.customer_weights)[0]
        products = self._products(count, feature)
        qtys = [rng.choices((1, 2, 3), cum_weights=self.qty_weights)[0] for _ in products]
        amounts = []
        for product, qty in zip(products, qtys, strict=True):
            gross = product.price_minor * qty
            pct = 0
            if "clearance" in product.tags:
                pct = 40 if "final-sale" in product.tags else 30
            elif rng.random() < 0.06:
                pct = rng.choice((10, 15, 20))  # a promotion on the item
            amounts.append(gross - _round_div(gross * pct, 100))
        subtotal = sum(amounts)
        discount = 0
        if customer is not None and rng.random() < 0.08:
            discount = _round_div(subtotal * 10, 100)  # loyalty card: 10% off the basket
        elif subtotal >= 5_000 and rng.random() < 0.04:
            discount = 500  # a EUR 5 coupon
        if discount:
            amounts = spread_discount(amounts, discount)
        lines = tuple(
            dm.ReceiptLine(
                line=n,
                sku=product.sku,
                description=product.description,
                category=product.category,
                tags=product.tags,
                qty=qty,
                unit_price=self._eur(product.price_minor),
                amount=self._eur(amount),
                tax=self._eur(vat_part(amount)),
            )
            for n, (product, qty, amount) in enumerate(
                zip(products, qtys, amounts, strict=True), start=1
            )
        )
        return dm.Receipt(
            receipt_number=slot.number,
            store=STORE_CODE,
            register=slot.register,
            sold_at=slot.sold_at,
            currency=CURRENCY,
            customer=customer,
            lines=lines,
            tenders=self._tenders(sum(amounts), customer, split=feature == "basket"),
        )

    def _tenders(self, total: int, customer: str | None, *, split: bool) -> tuple[dm.Tender, ...]:
        rng = self.rng
        card = self.cards[customer] if customer else self._card(rng)
        roll = rng.random()
        parts: list[tuple[dm.TenderMethod, int, str | None]]
        cash_part = next((c for c in (5_000, 2_000, 1_000, 500) if c < total), 0)
        if split or (0.82 <= roll < 0.92 and cash_part):
            cash_part = cash_part or total // 2
            parts = [(CARD, total - cash_part, card), (CASH, cash_part, None)]
        elif roll < 0.55:
            parts = [(CARD, total, card)]
        elif roll < 0.82:
            parts = [(CASH, total, None)]
        elif roll < 0.97:
            balance = rng.choice((2_000, 2_500, 5_000, 10_000))
            code = f"GC-{rng.randrange(10**8):08d}"
            parts = [(GIFT, min(balance, total), code)]
            if total > balance:
                method = CARD if rng.random() < 0.7 else CASH
                parts.append((method, total - balance, card if method is CARD else None))
        else:
            parts = [(CARD, total, card)]
        return tuple(dm.Tender(m, self._eur(a), ref) for m, a, ref in parts if a > 0)


CARD, CASH, GIFT = dm.TenderMethod.CARD, dm.TenderMethod.CASH, dm.TenderMethod.GIFT_CARD
_CARD_CUM_WEIGHTS = list(itertools.accumulate(CARD_BRAND_WEIGHTS))


# -- what came back -----------------------------------------------------------------------
@dataclass(frozen=True)
class _Candidate:
    request: DecideReturn
    employee: Actor
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


def _return_candidates(
    rng: random.Random,
    receipts: Sequence[dm.Receipt],
    last_day: date,
    zone: ZoneInfo,
    cashiers: Sequence[Actor],
) -> list[_Candidate]:
    """Requests customers brought back, in time order: more than RETURN_SHARE of the
    receipts, as some are denied or refused; about one in ten comes back twice."""
    target = round(len(receipts) * RETURN_SHARE)
    picked = rng.sample(list(receipts), min(len(receipts), math.ceil(target * 1.25)))
    candidates: list[tuple[datetime, str, _Candidate]] = []
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
    cashiers: Sequence[Actor],
) -> _Candidate | None:
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
    while _open_hours(day) is None:
        day += timedelta(days=1)
    if day > last_day:
        room = (last_day - sold.date()).days - after_days
        if room < 1:
            return None
        day = sold.date() + timedelta(days=after_days + rng.randint(1, room))
        if _open_hours(day) is None:
            return None
    opens, closes = _open_hours(day) or (10, 18)
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
    return _Candidate(
        DecideReturn(receipt.receipt_number, items, at, prefer=prefer),
        rng.choice(list(cashiers)),
        reason,
        note,
        language,
    )


def _complete_returns(
    uow: UnitOfWork, store: Store, candidates: Sequence[_Candidate], manager: Actor
) -> int:
    """Each request through the real service; denied lines are left out (as a cashier
    would), a manager approves where the decision asks; refused requests are skipped."""
    done = 0
    for candidate in candidates:
        request = candidate.request
        proposal = None
        for _ in range(2):
            try:
                proposal = propose_return(uow, store, request)
            except (Refused, NotFound, InvalidInput):
                proposal = None
                break
            denied = {x.line for x in proposal.decision.lines if x.outcome is Outcome.DENY}
            if not denied:
                break
            items = tuple(i for i in request.items if i.line not in denied)
            proposal = None
            if not items:
                break
            request = replace(request, items=items)
        if proposal is None:
            continue
        needs_manager = proposal.decision.needs_manager
        command = CompleteReturn(
            request,
            candidate.employee,
            candidate.reason,
            note=candidate.note,
            language=candidate.language,
            expected_fingerprint=proposal.fingerprint,
            approver=manager if needs_manager else None,
            approval_note="Checked the item and the receipt" if needs_manager else "",
        )
        savepoint = uow.session.begin_nested()
        try:
            complete_return(uow, store, command)
        except (Refused, InvalidInput):
            savepoint.rollback()
            continue
        savepoint.commit()
        done += 1
    return done
