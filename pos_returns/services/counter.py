"""What the counter screen shows, built from the services: a receipt with the policy's
answer for each line, and a quote for the lines the cashier picked.

The screen never decides anything: every badge, sentence and amount here comes from the
policy engine through `propose_return`, in the cashier's language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from pos_returns.domain.decision import Decision, LineDecision
from pos_returns.domain.model import Condition, PastReturn, Prefer, TenderMethod
from pos_returns.domain.money import Money
from pos_returns.domain.policy import Outcome, Policy
from pos_returns.i18n import wording
from pos_returns.services import sales
from pos_returns.services.errors import InvalidInput, NotFound, say
from pos_returns.services.no_receipt import PriceBasis
from pos_returns.services.returns import DecideReturn, Proposal, ReturnItem, propose_return
from pos_returns.services.stores import ReasonLine, get_store, reason_lines
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Receipt, Return, Store

NEEDS_MANAGER = "needs_manager"  # a badge beside the policy's outcomes


@dataclass(frozen=True)
class LineView:
    line: int
    sku: str
    description: str
    qty: int
    returned: int
    paid: Money  # for the whole line
    badge: str  # an Outcome value, NEEDS_MANAGER, or "" when nothing is left to return
    sentence: str
    basis: PriceBasis | None = None  # without a receipt: the price it is returned at

    @property
    def left(self) -> int:
        return self.qty - self.returned

    @property
    def selectable(self) -> bool:
        return self.left > 0 and self.badge not in ("", Outcome.DENY.value)


@dataclass(frozen=True)
class ReceiptView:
    """A receipt as the counter shows it; or, with `number` None, the items a customer
    brought back without one (`id_required`: the policy asks for their ID)."""

    number: str | None
    sold_at: datetime | None
    timezone: str  # the store's, for showing times
    customer: str | None
    currency: str
    lines: tuple[LineView, ...]
    paid_with: tuple[str, ...]  # "VISA 1234: 100.00 €"
    id_required: bool = False
    elsewhere: tuple[PastReturn, ...] = ()  # this receipt's and customer's returns elsewhere
    offline: bool = False  # the chain could not be asked: this store's records decide

    def line(self, number: int) -> LineView:
        return next(x for x in self.lines if x.line == number)


def look_up(uow: UnitOfWork, store: Store, number: str, at: datetime, lang: str) -> ReceiptView:
    """The receipt `number` as scanned or typed, each line with what the policy says if it
    came back now, unopened (the default the cashier changes). Raises NotFound."""
    row = sales.find_by_number(uow, number)
    if row is None:
        shown = number.strip() or "(nothing)"
        raise NotFound(
            say(
                "no receipt {number!r} here; check the number, or find the sale by customer, "
                "by card and date, or by item and date",
                number=shown,
            )
        )
    words = wording(lang)
    currency = row.currency
    left = [
        ReturnItem(x.line_no, x.qty - x.returned_qty, Condition.UNOPENED)
        for x in row.lines
        if x.qty > x.returned_qty
    ]
    answers: dict[int, tuple[str, str]] = {}
    if left:
        proposal = propose_return(uow, store, DecideReturn(row.number, tuple(left), at))
        for decided in proposal.decision.lines:
            answers[decided.line] = (
                _badge(decided, proposal.policy),
                words.line_sentence(decided, proposal.policy, proposal.decision),
            )
    lines = tuple(
        LineView(
            line=x.line_no,
            sku=x.sku,
            description=x.description or x.sku,
            qty=x.qty,
            returned=x.returned_qty,
            paid=Money.from_minor(x.amount_minor, currency),
            badge=answers.get(x.line_no, ("", ""))[0],
            sentence=answers.get(x.line_no, ("", ""))[1],
        )
        for x in row.lines
    )
    paid_with = tuple(
        f"{t.reference or words.tender(TenderMethod(t.method))}: "
        f"{words.fmt.money(Money.from_minor(t.amount_minor, currency))}"
        for t in row.tenders
    )
    return ReceiptView(
        row.number, row.sold_at, store.timezone, row.customer, currency, lines, paid_with
    )


def look_up_items(
    uow: UnitOfWork, store: Store, scanned: tuple[tuple[str, int], ...], at: datetime, lang: str
) -> ReceiptView:
    """Items brought back without a receipt, as `(item code, how many)` in the order they
    were scanned: each priced at the lowest price of the policy's window, with what the
    policy says if it came back now, unopened. Raises NotFound for an item with no price."""
    if not scanned:
        raise InvalidInput(say("scan the first item"))
    items = tuple(
        ReturnItem(n, qty, Condition.UNOPENED, sku=sku) for n, (sku, qty) in enumerate(scanned, 1)
    )
    proposal = propose_return(uow, store, DecideReturn(None, items, at))
    words = wording(lang)
    lines = tuple(
        LineView(
            line=decided.line,
            sku=proposal.prices[decided.line].sku,
            description=proposal.prices[decided.line].description,
            qty=decided.qty,
            returned=0,
            paid=proposal.prices[decided.line].unit_price * decided.qty,
            badge=_badge(decided, proposal.policy),
            sentence=words.line_sentence(decided, proposal.policy, proposal.decision),
            basis=proposal.prices[decided.line],
        )
        for decided in proposal.decision.lines
    )
    return ReceiptView(
        None,
        None,
        store.timezone,
        None,
        proposal.decision.currency,
        lines,
        (),
        id_required=proposal.policy.no_receipt.requires_id,
    )


def _badge(line: LineDecision, policy: Policy) -> str:
    rule = policy.rule(line.rule)
    if line.outcome is not Outcome.DENY and rule is not None and rule.then.manager:
        return NEEDS_MANAGER
    return line.outcome.value


@dataclass(frozen=True)
class QuoteLine:
    line: int
    outcome: Outcome
    refund: Money
    fee: Money
    sentence: str


@dataclass(frozen=True)
class Quote:
    """The decision for the picked lines, as the refund summary shows it."""

    proposal: Proposal
    lines: tuple[QuoteLine, ...]
    to_tenders: tuple[str, ...]  # "Refund 15.42 € to VISA 1234", "Give 7.08 € cash"
    total: Money
    fees: Money
    store_credit: Money  # given as store credit in this quote
    credit_instead: Money | None  # what taking store credit instead would give
    manager_reasons: tuple[str, ...]
    offline_note: str | None = None  # what the policy does with a card's share offline

    @property
    def decision(self) -> Decision:
        return self.proposal.decision

    @property
    def needs_manager(self) -> bool:
        return bool(self.manager_reasons)


def quote(uow: UnitOfWork, store: Store, request: DecideReturn, lang: str) -> Quote:
    """The decision for `request` and, when it refunds money, the store-credit alternative."""
    words = wording(lang)
    proposal = propose_return(uow, store, request)
    decision = proposal.decision
    credit_instead = None
    if request.prefer is Prefer.ORIGINAL and decision.to_tenders:
        other = propose_return(uow, store, replace(request, prefer=Prefer.STORE_CREDIT))
        if other.decision.store_credit > decision.store_credit:
            credit_instead = other.decision.store_credit
    currency = decision.currency
    fees = sum((x.fee for x in decision.lines), Money.from_minor(0, currency))
    return Quote(
        proposal=proposal,
        lines=tuple(
            QuoteLine(
                x.line,
                x.outcome,
                x.refund,
                x.fee,
                words.line_sentence(x, proposal.policy, decision),
            )
            for x in decision.lines
        ),
        to_tenders=tuple(
            words.refund_line(t.method, t.reference, t.amount) for t in decision.to_tenders
        ),
        total=decision.refund_total,
        fees=fees,
        store_credit=decision.store_credit,
        credit_instead=credit_instead,
        manager_reasons=tuple(
            words.manager_reason(r, proposal.policy, decision) for r in decision.manager_reasons
        ),
        offline_note=words.card_offline(decision),
    )


@dataclass(frozen=True)
class RecentReturn:
    number: str
    at: datetime
    total: Money
    receipt_number: str | None


def recent(uow: UnitOfWork, store: Store, register: str, limit: int = 8) -> list[RecentReturn]:
    """The register's latest returns, newest first (the counter reprints from these)."""
    rows = uow.session.scalars(
        select(Return)
        .where(Return.store_id == store.id, Return.register_code == register)
        .order_by(Return.returned_at.desc(), Return.id.desc())
        .limit(limit)
    )
    return [
        RecentReturn(
            r.number,
            r.returned_at,
            Money.from_minor(r.refund_total_minor, r.currency),
            r.receipt_number,
        )
        for r in rows
    ]


def a_big_recent_receipt(uow: UnitOfWork, store: Store, at: datetime, over: Money) -> str | None:
    """A receipt of the last 30 days paid more than `over`, none returned yet (to show a
    manager's approval with demo data)."""
    since = at - timedelta(days=30)
    number = uow.session.scalar(
        select(Receipt.number)
        .where(
            Receipt.store_id == store.id,
            Receipt.sold_at >= since,
            Receipt.sold_at <= at,
            Receipt.total_minor > over.minor_units,
            ~select(Return.id).where(Return.receipt_id == Receipt.id).exists(),
        )
        .order_by(Receipt.sold_at.desc())
        .limit(1)
    )
    return number


@dataclass(frozen=True)
class SaleHit:
    number: str
    sold_at: datetime
    total: Money
    customer: str | None


SEARCHES = ("customer", "card", "item")


def find_sales(
    uow: UnitOfWork, store: Store, how: str, text: str, *, first: date, last: date
) -> list[SaleHit]:
    """Sales without their receipt number: by customer, by card on the day `first`, or by
    item (SKU or barcode) sold between `first` and `last`. Raises InvalidInput."""
    text = text.strip()
    if how not in SEARCHES:
        raise InvalidInput(say("search by {ways}", ways=", ".join(SEARCHES)))
    if not text:
        raise InvalidInput(
            {
                "customer": say("type the customer's number"),
                "card": say('type the card, e.g. "VISA 1234"'),
                "item": say("type the item's code or barcode"),
            }[how]
        )
    if how == "customer":
        rows = sales.find_by_customer(uow, text)
    elif how == "card":
        rows = sales.find_by_card(uow, text, first, store.timezone)
    else:
        if last < first:
            raise InvalidInput(say("the last day is before the first"))
        rows = sales.find_by_sku(uow, store, text, first=first, last=last)
    return [
        SaleHit(r.number, r.sold_at, Money.from_minor(r.total_minor, r.currency), r.customer)
        for r in rows
    ]


# -- the use cases the counter screen calls ------------------------------------------------
@dataclass(frozen=True)
class CounterStart:
    """What the return page needs when someone signs in: the reasons to pick from, the
    register's latest returns (to reprint one) and the store's time zone."""

    reasons: tuple[ReasonLine, ...]
    recent: tuple[RecentReturn, ...]
    timezone: str


def counter_start(db: Database, store_code: str, register: str) -> CounterStart:
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return CounterStart(
            reason_lines(uow, store), tuple(recent(uow, store, register)), store.timezone
        )


def receipt_view(
    db: Database, store_code: str, number: str, at: datetime, lang: str
) -> ReceiptView:
    """`look_up` in a unit of work of its own: this database's receipt `number` (the chain
    is not asked: `services.chain.look_up_anywhere` does that). Raises NotFound."""
    with UnitOfWork(db) as uow:
        return look_up(uow, get_store(uow, store_code), number, at, lang)


def scanned_items(
    db: Database, store_code: str, scanned: tuple[tuple[str, int], ...], at: datetime, lang: str
) -> ReceiptView:
    """`look_up_items` in a unit of work of its own: the items brought back without a
    receipt. Raises NotFound or InvalidInput."""
    with UnitOfWork(db) as uow:
        return look_up_items(uow, get_store(uow, store_code), scanned, at, lang)


def search_sales(
    db: Database, store_code: str, how: str, text: str, *, first: date, last: date
) -> list[SaleHit]:
    """`find_sales` in a unit of work of its own. Raises InvalidInput."""
    with UnitOfWork(db) as uow:
        return find_sales(uow, get_store(uow, store_code), how, text, first=first, last=last)


def big_recent_receipt(db: Database, store_code: str, at: datetime, over: Decimal) -> str | None:
    """`a_big_recent_receipt` paid more than `over` in the store's currency (a picture of
    a manager's approval with demo data)."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return a_big_recent_receipt(uow, store, at, Money(over, store.currency))
