"""A return at this register as the chain sees it: the one use case behind every door.

The counter, the command line and the benches look a receipt up, quote a return and
complete it through these functions, with the same inputs: a receipt of another store is
fetched from the chain when this database lacks it, and the decision takes in what the
chain did that this database does not hold (the receipt's returns at other registers and
stores, the customer's returns elsewhere within the policy's limit). When the central
database does not answer, the request is marked offline and the policy's offline choices
apply. The chain is reached through the `Chain` port; `pos_returns.sync.lookup` implements
it over the central PostgreSQL database (`chain_for(url)`), and each door passes it in.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import select

from pos_returns.domain.model import PastReturn, ReturnedQty, TenderMethod, TenderRefund
from pos_returns.domain.money import Money
from pos_returns.domain.policy import OfflineReceipt
from pos_returns.services import sales
from pos_returns.services.counter import Quote, ReceiptView, look_up, quote
from pos_returns.services.errors import InvalidInput, NotFound, say
from pos_returns.services.no_receipt import CUSTOMER_ID_PREFIX, customer_id_hashes
from pos_returns.services.policies import published_policy
from pos_returns.services.returns import (
    CompleteReturn,
    DecideReturn,
    ReturnCompleted,
    complete_return,
)
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Receipt, Return, Store


class ChainUnreachable(Exception):
    """The central database did not answer; this register's records decide meanwhile."""


@dataclass(frozen=True)
class ChainReturn:
    """A return of a receipt recorded at the centre."""

    id: uuid.UUID
    at: datetime
    customer: str | None
    currency: str
    lines: tuple[tuple[int, int], ...]  # (line, qty)
    refunds: tuple[tuple[str, int, str | None], ...]  # (method, amount in minor units, ref)


@dataclass(frozen=True)
class CustomerReturn:
    """A return by the same customer elsewhere in the chain (for the policy's limit)."""

    id: uuid.UUID
    store: str
    receipt: str
    at: datetime


class Chain(Protocol):
    """What a register asks the chain's central database; each raises ChainUnreachable."""

    def fetch_receipt(self, engine: Database, number: str) -> str | None:
        """Bring the receipt `number` (any store's) down into `engine`'s database; its
        number as the chain knows it, or None when no store has it."""
        ...

    def receipt_returns(self, receipt_store: str, number: str) -> list[ChainReturn]: ...

    def customer_returns(
        self, customer: str, since: datetime, receipt_store: str, number: str
    ) -> list[CustomerReturn]:
        """The customer's returns since `since` of receipts other than this one."""
        ...

    def id_returns(
        self, hashes: Sequence[str], since: datetime
    ) -> list[tuple[uuid.UUID, datetime]]: ...


# -- look-up ---------------------------------------------------------------------------------
def look_up_anywhere(
    engine: Database,
    store_code: str,
    number: str,
    *,
    at: datetime,
    lang: str,
    chain: Chain | None,
    reachable: bool = True,
) -> ReceiptView:
    """The receipt `number` from this register's database, or else (with a chain) from any
    store of the chain, fetched and kept here; with what the chain did of it elsewhere.
    Raises NotFound.

    `reachable` False: the last sync found the central database down, so it is not tried
    (a host that drops packets would hold each scan for the connection's timeout); the
    view says it is offline, and the policy's offline choices apply."""
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        try:
            view = look_up(uow, store, number, at, lang)
        except NotFound:
            if chain is None:
                raise
            if not reachable:
                raise _not_found_offline(uow, store, number, at) from None
        else:
            if chain is None:
                return view
            if not reachable:
                return replace(view, offline=True)
            return _view_with_chain(engine, chain, store_code, view, at)
    try:
        found = chain.fetch_receipt(engine, number)
    except ChainUnreachable:
        with UnitOfWork(engine) as uow:
            raise _not_found_offline(uow, get_store(uow, store_code), number, at) from None
    if found is None:
        raise NotFound(
            say(
                "no receipt {number!r} at any store of the chain; check the number, or find "
                "the sale by customer, by card and date, or by item and date",
                number=number.strip(),
            )
        )
    with UnitOfWork(engine) as uow:
        view = look_up(uow, get_store(uow, store_code), found, at, lang)
    return _view_with_chain(engine, chain, store_code, view, at)


def _view_with_chain(
    engine: Database, chain: Chain, store_code: str, view: ReceiptView, at: datetime
) -> ReceiptView:
    if view.number is None:
        return view
    asked = with_chain(
        engine, chain, store_code, DecideReturn(view.number, (), at, customer=view.customer)
    )
    return replace(view, elsewhere=asked.elsewhere, offline=asked.offline)


def _not_found_offline(uow: UnitOfWork, store: Store, number: str, at: datetime) -> NotFound:
    """A number not found here while the other stores' receipts cannot be looked at: what
    the cashier may do, as the policy says (`offline.other_store_receipt`)."""
    try:
        _, policy = published_policy(uow, store, at)
        waits = policy.offline.other_store_receipt is OfflineReceipt.WAIT
    except NotFound:
        waits = False
    if waits:
        return NotFound(
            say(
                "no receipt {number!r} here, and the central database does not answer, so "
                "the other stores' receipts cannot be looked at now; check the number, or "
                "ask the customer to come back when the register is online (the policy "
                "takes another store's receipt only once it can be checked)",
                number=number.strip(),
            )
        )
    return NotFound(
        say(
            "no receipt {number!r} here, and the central database does not answer, so "
            "the other stores' receipts cannot be looked at now; check the number, find "
            "the sale by customer, card or item, or take the items back without a "
            "receipt (the policy's rule for that applies)",
            number=number.strip(),
        )
    )


# -- the chain's history in a request -----------------------------------------------------
def with_chain(
    engine: Database,
    chain: Chain | None,
    store_code: str,
    request: DecideReturn,
    *,
    reachable: bool = True,
) -> DecideReturn:
    """`request` with what the chain did that this database does not hold, in
    `request.elsewhere`; marked offline when the chain does not answer (or is known down).
    Without a chain (sync off) it is returned as it is. With a receipt this database
    lacks, the receipt is fetched first."""
    if chain is None:
        return replace(request, elsewhere=(), offline=False)
    if not reachable:
        return replace(request, elsewhere=(), offline=True)
    try:
        if request.receipt_number is None:
            return _with_customer_id(engine, chain, store_code, request)
        return _with_receipt_history(engine, chain, store_code, request)
    except ChainUnreachable:
        return replace(request, elsewhere=(), offline=True)


def _with_receipt_history(
    engine: Database, chain: Chain, store_code: str, request: DecideReturn
) -> DecideReturn:
    assert request.receipt_number is not None
    with UnitOfWork(engine) as uow:
        local = sales.find_by_number(uow, request.receipt_number) is not None
    if not local:
        chain.fetch_receipt(engine, request.receipt_number)  # not found: the quote says so
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        row = sales.find_by_number(uow, request.receipt_number)
        if row is None:
            return replace(request, elsewhere=(), offline=False)
        sale_id, number = row.id, row.number
        customer = row.customer or request.customer  # the receipt's: as the decision counts
        sold_by = uow.session.scalar(
            select(Store.code)
            .join(Receipt, Receipt.store_id == Store.id)
            .where(Receipt.id == sale_id)
        )
        assert sold_by is not None
        since = None
        try:
            _, policy = published_policy(uow, store, request.at)
            if policy.limits is not None and customer:
                since = request.at - timedelta(days=policy.limits.days + 1)
        except NotFound:
            pass
        here = set(uow.session.scalars(select(Return.id).where(Return.receipt_id == sale_id)))
        if since is not None:
            here |= set(
                uow.session.scalars(
                    select(Return.id).where(
                        Return.customer == customer, Return.returned_at >= since
                    )
                )
            )
    own = chain.receipt_returns(sold_by, number)
    others = chain.customer_returns(customer, since, sold_by, number) if since and customer else []
    elsewhere = [
        PastReturn(
            at=r.at,
            customer=r.customer,
            lines=tuple(ReturnedQty(int(line), int(qty)) for line, qty in r.lines),
            to_tenders=tuple(
                TenderRefund(TenderMethod(method), Money.from_minor(int(amount), r.currency), ref)
                for method, amount, ref in r.refunds
            ),
        )
        for r in own
        if r.id not in here
    ]
    elsewhere += [
        PastReturn(at=r.at, customer=customer, lines=(), receipt_number=f"{r.store}:{r.receipt}")
        for r in others
        if r.id not in here
    ]
    return replace(request, elsewhere=tuple(elsewhere), offline=False)


def _with_customer_id(
    engine: Database, chain: Chain, store_code: str, request: DecideReturn
) -> DecideReturn:
    """Without a receipt, a customer who showed their ID: their returns at other registers
    and stores within the policy's limit (found by the chain's hash of the ID)."""
    if not (request.customer_id or "").strip():
        return replace(request, elsewhere=(), offline=False)
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        try:
            _, policy = published_policy(uow, store, request.at)
            hashes = customer_id_hashes(uow, store, request.customer_id or "")
        except (NotFound, InvalidInput):
            return replace(request, elsewhere=(), offline=False)  # the quote says what is wrong
        if policy.limits is None:
            return replace(request, elsewhere=(), offline=False)
        since = request.at - timedelta(days=policy.limits.days + 1)
        here = set(
            uow.session.scalars(
                select(Return.id).where(
                    Return.customer_id_hash.in_(hashes), Return.returned_at >= since
                )
            )
        )
    found = chain.id_returns(list(hashes), since)
    customer = CUSTOMER_ID_PREFIX + hashes[0]
    elsewhere = tuple(
        PastReturn(at=when, customer=customer, lines=(), receipt_number="")
        for rid, when in found
        if rid not in here
    )
    return replace(request, elsewhere=elsewhere, offline=False)


# -- the use cases ---------------------------------------------------------------------------
def quote_here(
    engine: Database,
    chain: Chain | None,
    store_code: str,
    request: DecideReturn,
    lang: str,
    *,
    reachable: bool = True,
) -> Quote:
    """What the policy decides for `request` at this register now, with the chain's
    history (the counter's summary and `pos-returns return --dry-run`)."""
    asked = with_chain(engine, chain, store_code, request, reachable=reachable)
    with UnitOfWork(engine) as uow:
        return quote(uow, get_store(uow, store_code), asked, lang)


def complete_here(
    engine: Database,
    chain: Chain | None,
    store_code: str,
    cmd: CompleteReturn,
    *,
    reachable: bool = True,
) -> ReturnCompleted:
    """Complete a return at this register: the chain's history taken in as for the quote,
    then the return, its refunds, credit, approval, journal entry, outbox row and print job
    in one transaction, committed. Raises what `complete_return` raises; nothing is
    written then."""
    asked = with_chain(engine, chain, store_code, cmd.request, reachable=reachable)
    with UnitOfWork(engine, write=True) as uow:
        done = complete_return(uow, get_store(uow, store_code), replace(cmd, request=asked))
        uow.commit()
    return done
