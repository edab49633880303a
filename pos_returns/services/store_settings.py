"""The back office's settings: the store's details and receipt texts, its return reasons,
its registers and their printers. Managers and admins only; every change is in the journal
with the person who made it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from pos_returns.domain.money import check_currency
from pos_returns.services import journal, print_jobs
from pos_returns.services.auth import Actor
from pos_returns.services.errors import InvalidInput, say
from pos_returns.services.people import CODE, manager_now
from pos_returns.services.stores import (
    ReasonLine,
    ReceiptSettings,
    RegisterPrinter,
    get_store,
    reason_lines,
    registers,
    set_store_language,
    update_receipt_settings,
)
from pos_returns.services.text import clean
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Reason, Receipt, Register, Store


# -- return reasons -------------------------------------------------------------------------
def save_reasons(
    uow: UnitOfWork, store: Store, actor: Actor, wanted: list[ReasonLine], at: datetime
) -> list[Reason]:
    """The store's list of reasons, in this order; a reason left out is retired (returns
    that gave it keep it), one brought back is active again."""
    manager_now(uow, store, actor, say("changing the return reasons"))
    if not wanted:
        raise InvalidInput(say("keep at least one return reason"))
    seen: set[str] = set()
    for index, line in enumerate(wanted, 1):
        if not CODE.fullmatch(line.code):
            raise InvalidInput(
                say("reason {n}: its code is 1 to 32 letters, digits or dashes", n=index)
            )
        if line.code in seen:
            raise InvalidInput(
                say("reason {n}: code {code!r} is used twice", n=index, code=line.code)
            )
        if not clean(line.label):
            raise InvalidInput(say("reason {n}: give it a label", n=index))
        seen.add(line.code)
    rows = {
        r.code: r for r in uow.session.scalars(select(Reason).where(Reason.store_id == store.id))
    }
    for row in rows.values():
        row.active = row.code in seen
        row.position = len(wanted) + 1
    for position, line in enumerate(wanted):
        row = rows.get(line.code)
        if row is None:
            row = Reason(store_id=store.id, code=line.code)
            uow.session.add(row)
        row.label = clean(line.label)
        row.needs_note = line.needs_note
        row.position = position
        row.active = True
    uow.flush()
    journal.append(
        uow,
        store.id,
        "reasons_changed",
        subject_id=store.id,
        actor_id=actor.id,
        at=at,
        payload={"reasons": [line.code for line in wanted]},
    )
    return [r for r in uow.session.scalars(select(Reason).where(Reason.store_id == store.id))]


# -- the store and its registers ----------------------------------------------------------
@dataclass(frozen=True)
class StoreDetails:
    name: str
    address: str
    timezone: str
    currency: str


def update_store(
    uow: UnitOfWork, store: Store, actor: Actor, details: StoreDetails, at: datetime
) -> Store:
    """The store's name, address, time zone and currency (the currency only while the
    store has no sales: amounts already recorded are in the old one)."""
    manager_now(uow, store, actor, say("changing the store's details"))
    name = clean(details.name)
    if not name:
        raise InvalidInput(say("store name: type the store's name"))
    try:
        ZoneInfo(details.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            say(
                'time zone: {timezone!r} is not a known time zone (e.g. "Europe/Riga")',
                timezone=details.timezone,
            )
        ) from None
    currency = details.currency.strip().upper()
    try:
        check_currency(currency, "currency")
    except ValueError:
        raise InvalidInput(
            say(
                'currency: {currency!r} is not a currency code in use (ISO 4217, e.g. "EUR")',
                currency=currency,
            )
        ) from None
    if currency != store.currency:
        sold = uow.session.scalar(
            select(func.count()).select_from(Receipt).where(Receipt.store_id == store.id)
        )
        if sold:
            raise InvalidInput(
                say(
                    "currency: the store has {n} sales in {currency}; it stays {currency}",
                    n=sold,
                    currency=store.currency,
                )
            )
    store.name, store.address = name, clean(details.address, lines=True)
    store.timezone, store.currency = details.timezone, currency
    uow.flush()
    journal.append(
        uow,
        store.id,
        "store_changed",
        subject_id=store.id,
        actor_id=actor.id,
        at=at,
        payload={"name": name, "timezone": details.timezone, "currency": currency},
    )
    return store


def add_register(
    uow: UnitOfWork, store: Store, actor: Actor, code: str, name: str, *, at: datetime
) -> Register:
    manager_now(uow, store, actor, say("adding a register"))
    code = code.strip().upper()
    if not CODE.fullmatch(code):
        raise InvalidInput(say("register code: 1 to 32 letters, digits or dashes, e.g. R4"))
    exists = uow.session.scalars(
        select(Register).where(Register.store_id == store.id, Register.code == code)
    ).first()
    if exists is not None:
        raise InvalidInput(say("register {register} exists already", register=code))
    row = Register(store_id=store.id, code=code, name=clean(name) or f"Register {code}")
    uow.session.add(row)
    uow.flush()
    journal.append(
        uow,
        store.id,
        "register_added",
        subject_id=row.id,
        actor_id=actor.id,
        at=at,
        payload={"register": code},
    )
    return row


# -- the use cases the Settings page calls --------------------------------------------------
@dataclass(frozen=True)
class StoreSettings:
    """The store's settings as the Settings page shows them."""

    details: StoreDetails
    language: str
    footer: str
    feedback_url: str
    reasons: tuple[ReasonLine, ...]
    registers: tuple[RegisterPrinter, ...]


def settings_of(db: Database, store_code: str) -> StoreSettings:
    with UnitOfWork(db) as uow:
        return _settings(uow, get_store(uow, store_code))


def _settings(uow: UnitOfWork, store: Store) -> StoreSettings:
    printers = [
        (r.code, print_jobs.register_printer(uow, store, r.code)) for r in registers(uow, store)
    ]
    return StoreSettings(
        StoreDetails(store.name, store.address, store.timezone, store.currency),
        store.language,
        store.receipt_footer,
        store.feedback_url,
        reason_lines(uow, store),
        tuple(RegisterPrinter(code, p.url, p.profile) for code, p in printers),
    )


@dataclass(frozen=True)
class StoreChange:
    """What the Settings page saves at once: the details, the language, the receipt's texts."""

    details: StoreDetails
    language: str
    receipt: ReceiptSettings


def save_store(
    db: Database, store_code: str, actor: Actor, change: StoreChange, *, at: datetime
) -> StoreSettings:
    """The store's details, language and receipt texts, in one transaction (all or none).
    Raises PermissionDenied or InvalidInput naming the setting."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        update_store(uow, store, actor, change.details, at)
        set_store_language(uow, store, actor, change.language)
        update_receipt_settings(uow, store, actor, change.receipt)
        uow.commit()
        return _settings(uow, store)


def keep_reasons(
    db: Database, store_code: str, actor: Actor, wanted: list[ReasonLine], *, at: datetime
) -> StoreSettings:
    """`save_reasons`, committed. Raises PermissionDenied or InvalidInput."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        save_reasons(uow, store, actor, wanted, at)
        uow.commit()
        return _settings(uow, store)


def open_register(
    db: Database, store_code: str, actor: Actor, code: str, *, at: datetime
) -> StoreSettings:
    """`add_register` (named after its code), committed. Raises PermissionDenied or
    InvalidInput."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        add_register(uow, store, actor, code, "", at=at)
        uow.commit()
        return _settings(uow, store)


def queue_test_page_for(
    db: Database, store_code: str, actor: Actor, register: str, *, sender: tuple[str, datetime]
) -> uuid.UUID:
    """A test page for the register's printer (managers only), queued and claimed by
    `sender` (owner, now), who prints it at once (`run_queue(only=..., owner=...)`); gives
    the job's id. Raises PermissionDenied or NotFound."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        manager_now(uow, store, actor, say("printing a test page"))
        job_id = print_jobs.queue_test_page(uow, store, register, sender=sender).id
        uow.commit()
    return job_id
