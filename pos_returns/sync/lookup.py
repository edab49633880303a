"""A receipt from another store of the chain, fetched when a customer brings it here.

The counter first looks in its own database; when the number is not there and the central
database answers, the receipt (any store's) comes down with its lines and tenders, under a
local copy of its store's row, and is returned like any other. The return then counts
against that store's sale line on the central side."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import psycopg
from sqlalchemy import Engine, select

from pos_returns.domain.model import PastReturn, ReturnedQty, TenderMethod, TenderRefund
from pos_returns.domain.money import Money
from pos_returns.domain.policy import OfflineReceipt
from pos_returns.services.counter import ReceiptView, look_up
from pos_returns.services.errors import InvalidInput, NotFound, say
from pos_returns.services.no_receipt import CUSTOMER_ID_PREFIX, customer_id_hashes
from pos_returns.services.policies import published_policy
from pos_returns.services.returns import DecideReturn
from pos_returns.services.sales import number_key
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Receipt, ReceiptLine, Return, Store, Tender
from pos_returns.sync.central import _plain
from pos_returns.sync.push import CentralUnreachable


def fetch_receipt(engine: Engine, central_url: str, number: str) -> str | None:
    """Bring down the receipt `number` (as scanned or typed) from the chain; its number as
    the chain knows it, or None when no store has it. Raises CentralUnreachable."""
    key = number_key(number)
    try:
        with psycopg.connect(_plain(central_url), connect_timeout=5) as conn:
            found = conn.execute(
                "SELECT r.store, r.id, r.number, r.register, r.sold_at, r.currency, r.customer,"
                " r.total_minor, s.name, s.timezone, s.currency FROM receipts r"
                " JOIN stores s ON s.code = r.store WHERE r.number_key = %s LIMIT 1",
                (key,),
            ).fetchone()
            if found is None:
                return None
            code, rid = found[0], found[1]
            lines = conn.execute(
                "SELECT line_no, sku, description, category, tags, qty, unit_price_minor,"
                " amount_minor, tax_minor, returned_qty FROM receipt_lines"
                " WHERE store = %s AND receipt_id = %s ORDER BY line_no",
                (code, rid),
            ).fetchall()
            tenders = conn.execute(
                "SELECT position, method, amount_minor, reference FROM tenders"
                " WHERE store = %s AND receipt_id = %s ORDER BY position",
                (code, rid),
            ).fetchall()
    except psycopg.OperationalError as exc:
        raise CentralUnreachable(" ".join(str(exc).split())[:200]) from None
    (_, _, chain_number, register, sold_at, currency, customer, total, name, zone, money) = found
    with UnitOfWork(engine, write=True) as uow:
        session = uow.session
        if session.scalars(select(Receipt.id).where(Receipt.number_key == key)).first():
            return str(chain_number)  # came down meanwhile
        store = session.scalars(select(Store).where(Store.code == code)).first()
        if store is None:  # the other store, as far as this register needs to know it
            store = Store(code=code, name=name, timezone=zone, currency=money.strip())
            session.add(store)
            uow.flush()
        session.add(
            Receipt(
                id=rid,
                store_id=store.id,
                number=chain_number,
                number_key=key,
                register_code=register,
                sold_at=sold_at,
                currency=currency.strip(),
                customer=customer,
                total_minor=total,
                source="central",
            )
        )
        uow.flush()
        for line_no, sku, description, category, tags, qty, unit, amount, tax, back in lines:
            session.add(
                ReceiptLine(
                    store_id=store.id,
                    receipt_id=rid,
                    line_no=line_no,
                    sku=sku,
                    description=description,
                    category=category,
                    tags=tags,
                    qty=qty,
                    unit_price_minor=unit,
                    amount_minor=amount,
                    tax_minor=tax,
                    returned_qty=back,
                )
            )
        for position, method, amount, reference in tenders:
            session.add(
                Tender(
                    store_id=store.id,
                    receipt_id=rid,
                    position=position,
                    method=method,
                    amount_minor=amount,
                    reference=reference,
                )
            )
        uow.commit()
    return str(chain_number)


def look_up_anywhere(
    engine: Database,
    store_code: str,
    number: str,
    *,
    at: datetime,
    lang: str,
    central_url: str | None,
    reachable: bool = True,
) -> ReceiptView:
    """The receipt `number` from this register's database, or else (with a central
    database) from any store of the chain, fetched and kept here; with the customer's
    returns elsewhere in the chain, for the policy's limit. Raises NotFound.

    `reachable` False: the last sync found the central database down, so it is not tried
    (a host that drops packets would hold each scan for the connection's timeout); the
    view says it is offline, and the policy's offline choices apply."""
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        try:
            view = look_up(uow, store, number, at, lang)
        except NotFound:
            if central_url is None:
                raise
            if not reachable:
                raise _not_found_offline(uow, store, number, at) from None
        else:
            if central_url is None:
                return view
            if not reachable:
                return replace(view, offline=True)
            return _with_chain_history(engine, central_url, store_code, view, at)
    try:
        found = fetch_receipt(engine, central_url, number)
    except CentralUnreachable:
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
    return _with_chain_history(engine, central_url, store_code, view, at)


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


def _with_chain_history(
    engine: Database, central_url: str, store_code: str, view: ReceiptView, at: datetime
) -> ReceiptView:
    """`view` with what the chain did that this database does not hold: the returns of this
    receipt at other registers and stores (their lines and refunds, so what is left and
    where the money may go are right), and the customer's other returns within the
    policy's limit. Offline, marked so: this store's records decide."""
    if view.number is None:
        return view
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        sale = uow.session.execute(
            select(Receipt.id, Store.code)
            .join(Store, Store.id == Receipt.store_id)
            .where(Receipt.number == view.number)
        ).first()
        if sale is None:
            return view
        sale_id, sold_at = sale
        since = None
        try:
            _, policy = published_policy(uow, store, at)
            if policy.limits is not None and view.customer:
                since = at - timedelta(days=policy.limits.days + 1)
        except NotFound:
            pass
        here = set(uow.session.scalars(select(Return.id).where(Return.receipt_id == sale_id)))
        if since is not None:
            here |= set(
                uow.session.scalars(
                    select(Return.id).where(
                        Return.customer == view.customer, Return.returned_at >= since
                    )
                )
            )
    try:
        with psycopg.connect(_plain(central_url), connect_timeout=5) as conn:
            own = conn.execute(
                "SELECT r.id, r.returned_at, r.customer, r.currency,"
                " coalesce((SELECT json_agg(json_build_array(l.line_no, l.qty))"
                "  FROM return_lines l WHERE l.store = r.store AND l.return_id = r.id), '[]'),"
                " coalesce((SELECT json_agg(json_build_array(f.method, f.amount_minor,"
                "  f.reference) ORDER BY f.position)"
                "  FROM refunds f WHERE f.store = r.store AND f.return_id = r.id), '[]')"
                " FROM returns r WHERE r.receipt_store = %s AND r.receipt_number = %s",
                (sold_at, view.number),
            ).fetchall()
            others = []
            if since is not None:
                others = conn.execute(
                    "SELECT id, store, coalesce(receipt_number, number), returned_at"
                    " FROM returns WHERE customer = %s AND returned_at >= %s"
                    " AND (receipt_number IS DISTINCT FROM %s OR receipt_store <> %s)",
                    (view.customer, since, view.number, sold_at),
                ).fetchall()
    except psycopg.OperationalError:
        return replace(view, offline=True)  # this store's records decide
    elsewhere = [
        PastReturn(
            at=when,
            customer=customer,
            lines=tuple(ReturnedQty(int(line), int(qty)) for line, qty in lines),
            to_tenders=tuple(
                TenderRefund(TenderMethod(method), Money.from_minor(int(amount), currency), ref)
                for method, amount, ref in refunds
            ),
        )
        for rid, when, customer, currency, lines, refunds in own
        if rid not in here
    ]
    elsewhere += [
        PastReturn(at=when, customer=view.customer, lines=(), receipt_number=f"{code}:{receipt}")
        for rid, code, receipt, when in others
        if rid not in here
    ]
    return replace(view, elsewhere=tuple(elsewhere))


def with_chain_customer(
    engine: Database, central_url: str, store_code: str, request: DecideReturn
) -> DecideReturn:
    """A return without a receipt by a customer who showed their ID: `request` with their
    returns at other registers and stores within the policy's limit (found by the chain's
    hash of the ID), or marked offline when the central database does not answer."""
    if request.receipt_number is not None or not (request.customer_id or "").strip():
        return request
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        try:
            _, policy = published_policy(uow, store, request.at)
            hashes = customer_id_hashes(uow, store, request.customer_id or "")
        except (NotFound, InvalidInput):
            return request  # the quote itself says what is wrong
        if policy.limits is None:
            return request
        since = request.at - timedelta(days=policy.limits.days + 1)
        here = set(
            uow.session.scalars(
                select(Return.id).where(
                    Return.customer_id_hash.in_(hashes), Return.returned_at >= since
                )
            )
        )
    try:
        with psycopg.connect(_plain(central_url), connect_timeout=5) as conn:
            found = conn.execute(
                "SELECT id, returned_at FROM returns"
                " WHERE customer_id_hash = ANY(%s) AND returned_at >= %s",
                (list(hashes), since),
            ).fetchall()
    except psycopg.OperationalError:
        return replace(request, offline=True)  # this store's records decide
    customer = CUSTOMER_ID_PREFIX + hashes[0]
    elsewhere = tuple(
        PastReturn(at=when, customer=customer, lines=(), receipt_number="")
        for rid, when in found
        if rid not in here
    )
    return replace(request, elsewhere=elsewhere)
