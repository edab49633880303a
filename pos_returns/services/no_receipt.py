"""Returns without a receipt: what an item is worth, and who the customer is.

An item brought back without its receipt is refunded at the lowest price the store sold it
at during the policy's `no_receipt.price_days` (SPEC.md section 2): that price comes from the
store's own sales, or from the catalogue when the item did not sell in that window. The
customer's ID document, when the policy asks for one, is never stored: only a keyed hash
of it (HMAC-SHA256), so the same ID is recognised for the policy's return limit without
the number being readable from the database or its exports. The key is the chain's once
the register has synced (the same ID is then the same customer at every store), and the
store's own before that; returns hashed with the store's key still count.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Row, select

from pos_returns.domain.money import Money
from pos_returns.services.errors import InvalidInput, NotFound, say
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Product, Receipt, ReceiptLine, Store, SyncState

_ID_NOISE = re.compile(r"[\s\-_/.]+")
_ITEM_NOISE = re.compile(r"\s+")
CUSTOMER_ID_PREFIX = "id:"  # the decision's customer when an ID was shown: "id:<hash>"
CHAIN_ID_KEY = "chain_id_key"  # the sync_state row holding the chain's key, once pulled


@dataclass(frozen=True)
class PriceBasis:
    """What an item without its receipt is refunded at, and where that price comes from."""

    sku: str
    description: str
    category: str
    tags: frozenset[str]
    unit_price: Money  # tax included, like the receipt lines' amounts
    unit_tax: Money | None  # the tax in it, when the sale that set the price says
    sold_at: datetime | None  # the sale at that price; None for the catalogue's price
    days: int  # the window looked at (the policy's price_days)

    @property
    def from_catalogue(self) -> bool:
        return self.sold_at is None


def item_code(text: str) -> str:
    """An item code as scanned or typed (no spaces); InvalidInput when there is none."""
    code = _ITEM_NOISE.sub("", text)
    if not code or len(code) > 64:
        raise InvalidInput(
            say("{text!r} is not an item code: scan the item's barcode", text=text.strip())
        )
    return code


def price_basis(uow: UnitOfWork, store: Store, sku: str, at: datetime, days: int) -> PriceBasis:
    """The lowest price `sku` sold at in the `days` before `at` (per unit, after discounts,
    tax included), else its catalogue price. Raises NotFound when neither is known."""
    code = item_code(sku)
    session = uow.session
    product = session.scalars(
        select(Product).where(Product.store_id == store.id, Product.sku == code)
    ).first()
    cheapest = _cheapest_sale(uow, store, code, at, days)
    if cheapest is not None:
        amount, tax, qty, description, category, tags, sold_at, currency = cheapest
        return PriceBasis(
            sku=code,
            description=(product.description if product else "") or description or code,
            category=product.category if product else category,
            tags=frozenset(product.tags if product else tags),
            unit_price=Money.from_minor(amount // qty, currency),
            unit_tax=Money.from_minor(tax // qty, currency),
            sold_at=sold_at,
            days=days,
        )
    if product is not None:
        return PriceBasis(
            sku=code,
            description=product.description or code,
            category=product.category,
            tags=frozenset(product.tags),
            unit_price=Money.from_minor(product.price_minor, store.currency),
            unit_tax=None,
            sold_at=None,
            days=days,
        )
    raise NotFound(
        say(
            "item {code} did not sell here in the last {days} days and is not in the "
            "catalogue, so there is no price to return it at; check the code, or ask the "
            "customer for the receipt",
            code=code,
            days=days,
        )
    )


def _cheapest_sale(
    uow: UnitOfWork, store: Store, code: str, at: datetime, days: int
) -> Row[Any] | None:
    """The store's sale of item `code` at the lowest price per unit in the `days` before
    `at` (the latest of equal ones), or None."""
    unit = ReceiptLine.amount_minor / ReceiptLine.qty  # whole minor units, rounded down
    return uow.session.execute(
        select(
            ReceiptLine.amount_minor,
            ReceiptLine.tax_minor,
            ReceiptLine.qty,
            ReceiptLine.description,
            ReceiptLine.category,
            ReceiptLine.tags,
            Receipt.sold_at,
            Receipt.currency,
        )
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(
            ReceiptLine.store_id == store.id,
            ReceiptLine.sku == code,
            ReceiptLine.qty > 0,
            Receipt.currency == store.currency,
            Receipt.sold_at >= at - timedelta(days=days),
            Receipt.sold_at <= at,
        )
        .order_by(unit, Receipt.sold_at.desc())
        .limit(1)
    ).first()


def customer_id_hash(store: Store, id_number: str, key: str | None = None) -> str:
    """The keyed hash that stands for a customer's ID document (64 hex digits), with
    `key` (hex) or else the store's own key."""
    folded = _ID_NOISE.sub("", id_number).upper()
    if len(folded) < 4:
        raise InvalidInput(say("the ID number is too short: type it as printed on the document"))
    if key is None:
        if not store.id_key:
            raise InvalidInput(
                say("store {store} has no key for ID numbers; run the migrations", store=store.code)
            )
        key = store.id_key
    return hmac.new(bytes.fromhex(key), folded.encode("utf-8"), hashlib.sha256).hexdigest()


def customer_id_hashes(uow: UnitOfWork, store: Store, id_number: str) -> tuple[str, ...]:
    """Every hash this register may have kept for the ID: the chain's first (what new
    returns keep), then the store's own (returns taken before the register synced)."""
    chain = uow.session.get(SyncState, (store.id, CHAIN_ID_KEY))
    own = customer_id_hash(store, id_number)
    if chain is None or chain.value == store.id_key:
        return (own,)
    return (customer_id_hash(store, id_number, chain.value), own)
