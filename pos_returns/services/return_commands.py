"""What a return is asked with and what it gives back: the commands and results of
`services.returns` (which re-exports them; callers import them from there)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pos_returns.domain import model as dm
from pos_returns.domain.decision import Decision
from pos_returns.domain.model import Condition, Prefer
from pos_returns.domain.money import Money
from pos_returns.domain.policy import Outcome, Policy
from pos_returns.services.actors import Actor
from pos_returns.services.no_receipt import PriceBasis
from pos_returns.services.text import clean

DISPOSITIONS = ("restock", "damaged", "vendor")
DEFAULT_DISPOSITION = {
    Condition.UNOPENED: "restock",
    Condition.OPENED: "restock",
    Condition.DAMAGED: "damaged",
    Condition.DEFECTIVE: "vendor",
}
CREDIT_TENDERS = (dm.TenderMethod.GIFT_CARD, dm.TenderMethod.STORE_CREDIT)


@dataclass(frozen=True)
class ReturnItem:
    """One receipt line coming back: how many, in what state, and where it goes.

    Without a receipt, `line` numbers the items brought back (1, 2, ...) and `sku` names
    each one."""

    line: int
    qty: int
    condition: Condition
    disposition: str | None = None
    sku: str | None = None

    @property
    def goes_to(self) -> str:
        return self.disposition or DEFAULT_DISPOSITION[self.condition]


@dataclass(frozen=True)
class DecideReturn:
    """What the cashier asks: `receipt_number` None for items brought back without their
    receipt, when `customer_id` is the ID document's number if the customer showed one
    (only its keyed hash is kept)."""

    receipt_number: str | None
    items: tuple[ReturnItem, ...]
    at: datetime
    prefer: Prefer = Prefer.ORIGINAL
    customer: str | None = None
    overrides: dict[int, Outcome] = field(default_factory=dict)
    customer_id: str | None = None
    # What the chain did that this database does not hold (the central database's): this
    # receipt's returns at other registers and stores, and the customer's other returns.
    elsewhere: tuple[dm.PastReturn, ...] = ()
    # The central database did not answer: the policy's offline choices apply.
    offline: bool = False

    def __post_init__(self) -> None:
        if self.customer is not None:  # as kept and sent: no control characters
            object.__setattr__(self, "customer", clean(self.customer) or None)


@dataclass(frozen=True)
class Proposal:
    """The decision as the counter shows it, and the fingerprint that completes it."""

    receipt: dm.Receipt | None  # None for a return without a receipt
    receipt_id: uuid.UUID | None
    policy: Policy
    decision: Decision
    fingerprint: str
    prices: dict[int, PriceBasis] = field(default_factory=dict)  # without a receipt, by line
    customer_id_hash: str | None = None


@dataclass(frozen=True)
class CompleteReturn:
    """Complete `request` at this register (the database's own: no command names another)."""

    request: DecideReturn
    employee: Actor
    reason: str
    note: str = ""
    language: str = "en"
    expected_fingerprint: str | None = None
    approver: Actor | None = None  # a signed-in manager, when the decision needs one
    approval_note: str = ""


@dataclass(frozen=True)
class ReturnCompleted:
    """What changed: the return and what hangs on it (the screen refreshes these)."""

    return_id: uuid.UUID
    number: str
    decision: Decision
    document: dict[str, Any]
    store_credit_code: str | None
    store_credit: Money | None
    print_job_id: uuid.UUID


@dataclass(frozen=True)
class StoreCreditBalance:
    """A store credit as issued, and what is left of it (minor units of `currency`)."""

    code: str
    currency: str
    value_minor: int
    balance_minor: int
    issued_at: datetime

    @property
    def balance(self) -> Money:
        return Money.from_minor(self.balance_minor, self.currency)
