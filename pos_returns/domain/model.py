"""Receipts, return requests and earlier returns: the facts a decision is made from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pos_returns.domain.money import Money


class TenderMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    GIFT_CARD = "gift_card"
    STORE_CREDIT = "store_credit"
    OTHER = "other"


class Condition(StrEnum):
    """The state of a returned item, as the cashier sees it."""

    UNOPENED = "unopened"
    OPENED = "opened"
    DAMAGED = "damaged"  # by the customer
    DEFECTIVE = "defective"  # the product's fault


class Prefer(StrEnum):
    ORIGINAL = "original"
    STORE_CREDIT = "store_credit"


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    line: int
    sku: str
    description: str
    category: str
    tags: frozenset[str]
    qty: int
    unit_price: Money
    amount: Money  # paid for the whole line, after discounts, tax included
    tax: Money  # the part of `amount` that is tax


@dataclass(frozen=True, slots=True)
class Tender:
    method: TenderMethod
    amount: Money
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Receipt:
    """A sale, checked: lines add up to the tenders, line numbers are unique."""

    receipt_number: str
    store: str
    register: str
    sold_at: datetime
    currency: str
    customer: str | None
    lines: tuple[ReceiptLine, ...]
    tenders: tuple[Tender, ...]

    @property
    def total(self) -> Money:
        return sum((t.amount for t in self.tenders), Money.zero(self.currency))

    def line(self, number: int) -> ReceiptLine | None:
        for line in self.lines:
            if line.line == number:
                return line
        return None


@dataclass(frozen=True, slots=True)
class RequestLine:
    """One line of a return request.

    With a receipt, `line` names the receipt line. Without one, `line` is None and the
    item is described by `sku`, `category`, `tags` and `unit_price` (the lowest price
    in the policy's window), `unit_tax` being the tax in that price when known.
    """

    qty: int
    condition: Condition
    line: int | None = None
    sku: str | None = None
    category: str | None = None
    tags: frozenset[str] = frozenset()
    unit_price: Money | None = None
    unit_tax: Money | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ReturnRequest:
    receipt_number: str | None
    at: datetime
    customer: str | None
    lines: tuple[RequestLine, ...]
    prefer: Prefer = Prefer.ORIGINAL
    currency: str | None = None  # for a return without a receipt

    @property
    def has_receipt(self) -> bool:
        return self.receipt_number is not None


@dataclass(frozen=True, slots=True)
class TenderRefund:
    """Money given back to one of the receipt's tenders."""

    method: TenderMethod
    amount: Money
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class ReturnedQty:
    line: int
    qty: int


@dataclass(frozen=True, slots=True)
class PastReturn:
    """An earlier return of this receipt, or of this customer on another receipt.

    `receipt_number` None means "this receipt" (the history file of SPEC.md section 5
    names no receipt); a different number counts toward the customer's limit only.
    """

    at: datetime
    customer: str | None
    lines: tuple[ReturnedQty, ...]
    to_tenders: tuple[TenderRefund, ...] = ()
    receipt_number: str | None = None
