"""The demo's what sold: the catalogue, and each receipt's items, amounts and tenders."""

from __future__ import annotations

import csv
import itertools
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from pos_returns.domain import model as dm
from pos_returns.domain.money import Money
from pos_returns.resources import resource
from pos_returns.services.demo.calendar import Slot, largest_remainder
from pos_returns.services.demo.who import (
    CURRENCY,
    CUSTOMER_SHARE,
    CUSTOMERS,
    FIRST_CUSTOMER,
    STORE_CODE,
)
from pos_returns.services.errors import InvalidInput, say

VAT_PCT = 21
CATALOGUE = ("demo", "catalogue.csv")
LINE_COUNTS = (1, 2, 3, 4, 5, 6)
LINE_COUNT_WEIGHTS = (35, 27, 17, 10, 7, 4)
QTY_WEIGHTS = (80, 15, 5)
CATEGORY_POPULARITY = {"apparel": 10, "home": 9, "beauty": 8, "toys": 6, "electronics": 5}
CARD_BRANDS = ("VISA", "MC", "AMEX")
CARD_BRAND_WEIGHTS = (55, 38, 7)


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
                raise InvalidInput(
                    say(
                        "{where}: sku {sku!r} is not an EAN-13 with its check digit",
                        where=where,
                        sku=sku,
                    )
                )
            if sku in seen:
                raise InvalidInput(say("{where}: sku {sku} appears twice", where=where, sku=sku))
            seen.add(sku)
            try:
                price = Money.parse(row["price"].strip(), CURRENCY, "price").minor_units
            except ValueError as exc:
                raise InvalidInput(
                    say("{where}: {problem}", where=where, problem=str(exc))
                ) from None
            tags = frozenset(t.strip() for t in row["tags"].split(";") if t.strip())
            items.append(
                CatalogueItem(sku, row["description"].strip(), row["category"], tags, price)
            )
    return tuple(items)


# -- what was sold ------------------------------------------------------------------------
def _round_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up, for non-negative whole numbers."""
    return (2 * numerator + denominator) // (2 * denominator)


def spread_discount(amounts: Sequence[int], discount: int) -> list[int]:
    """The line amounts less an order-level `discount` shared in proportion to them by
    largest remainder, so that they add up to exactly ``sum(amounts) - discount``."""
    return [a - s for a, s in zip(amounts, largest_remainder(discount, amounts), strict=True)]


def vat_part(amount_minor: int) -> int:
    """The VAT inside a tax-included amount: amount*21/121, rounded half up."""
    return _round_div(amount_minor * VAT_PCT, 100 + VAT_PCT)


class ReceiptMaker:
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

    def receipt(self, slot: Slot, feature: str | None) -> dm.Receipt:
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
