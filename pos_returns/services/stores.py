"""Stores, registers, employees and return reasons."""

from __future__ import annotations

import locale
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import default_locale
from sqlalchemy import select

from pos_returns.domain.errors import DomainError
from pos_returns.domain.money import Money, check_currency
from pos_returns.i18n import LANGUAGES
from pos_returns.services.auth import Actor, hash_pin, require_manager
from pos_returns.services.errors import InvalidInput, NotFound, say
from pos_returns.services.register import has_identity, make_register, this_register
from pos_returns.services.text import clean
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Employee, Reason, Register, RegisterKind, Role, Store

DEFAULT_REASONS = (
    ("wrong-size", "Wrong size", False),
    ("defective", "Defective", False),
    ("not-as-described", "Not as described", False),
    ("changed-mind", "Changed mind", False),
    ("gift", "Unwanted gift", False),
    ("other", "Other", True),
)


@dataclass(frozen=True)
class NewStore:
    code: str
    name: str
    timezone: str
    currency: str
    address: str = ""
    language: str | None = None  # the counter's and receipts'; None: the system's
    registers: tuple[str, ...] = ("R1",)
    kind: RegisterKind = RegisterKind.STORE  # a demo store's database is a demo one


def create_store(uow: UnitOfWork, new: NewStore) -> Store:
    """A store with its registers and the default return reasons. In a database that is
    no register yet, the store is its own and the database becomes its first register
    (`register.make_register`: a new instance with its journal key)."""
    try:
        ZoneInfo(new.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"{new.timezone!r} is not a known time zone") from None
    check_currency(new.currency)
    language = system_language() if new.language is None else new.language
    if language not in LANGUAGES:
        raise InvalidInput(f"language {language!r}: choose one of {', '.join(LANGUAGES)}")
    if uow.session.scalars(select(Store).where(Store.code == new.code)).first() is not None:
        raise InvalidInput(f"store {new.code} exists already")
    store = Store(
        code=new.code,
        name=new.name,
        address=new.address,
        timezone=new.timezone,
        currency=new.currency,
        language=language,
    )
    uow.session.add(store)
    uow.flush()
    for code in new.registers:
        uow.session.add(Register(store_id=store.id, code=code, name=f"Register {code}"))
    for position, (code, label, needs_note) in enumerate(DEFAULT_REASONS):
        uow.session.add(
            Reason(
                store_id=store.id, code=code, label=label, needs_note=needs_note, position=position
            )
        )
    uow.flush()
    if not has_identity(uow):
        make_register(uow, store, new.registers[0], kind=new.kind)
    return store


def system_language() -> str:
    """The system's language (LC_MESSAGES, LANGUAGE, LC_ALL, LC_CTYPE, LANG, else the C
    library's locale) when the counter speaks it, else English: a new store's default."""
    found = default_locale("LC_MESSAGES") or locale.getlocale()[0] or ""
    lang = found.replace("-", "_").split("_")[0].split(".")[0].lower()
    return lang if lang in LANGUAGES else "en"


def add_employee(
    uow: UnitOfWork, store: Store, *, code: str, name: str, role: Role, pin: str
) -> Employee:
    taken = uow.session.scalar(
        select(Employee.name).where(Employee.store_id == store.id, Employee.code == code)
    )
    if taken is not None:
        raise InvalidInput(f"employee code {code} is {taken}'s already; choose another")
    try:
        pin_hash = hash_pin(pin)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    employee = Employee(store_id=store.id, code=code, name=name, role=role, pin_hash=pin_hash)
    uow.session.add(employee)
    uow.flush()
    return employee


def get_store(uow: UnitOfWork, code: str | None = None) -> Store:
    """The store `code`, or this register's own store (the only store of a database that
    is no register yet)."""
    if code is None and has_identity(uow):
        return uow.session.get_one(Store, this_register(uow).store_id)
    query = select(Store)
    if code is not None:
        query = query.where(Store.code == code)
    stores = uow.session.scalars(query.limit(2)).all()
    if not stores:
        raise NotFound(
            f"no store {code!r} in this database"
            if code
            else "this database has no store yet: run `pos-returns demo`, import a store's "
            "sales with --create-store CODE:TIMEZONE:CURRENCY, or `pos-returns sync join`"
        )
    if len(stores) > 1:
        # A register's database also keeps the rows of other stores whose receipts came
        # back here; its own store is the one with registers.
        own = uow.session.scalars(
            select(Store).where(select(Register.id).where(Register.store_id == Store.id).exists())
        ).all()
        if len(own) == 1:
            return own[0]
        raise InvalidInput("this database holds several stores: name one with --store")
    return stores[0]


def store_language(db: Database, code: str) -> str:
    """The language the counter of store `code` starts in, and returns to when the
    employee signs out. Raises NotFound for an unknown store."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, code)
        return store.language if store.language in LANGUAGES else "en"


def set_store_language(uow: UnitOfWork, store: Store, actor: Actor, lang: str) -> Store:
    """The store's language (its counters' and, on bilingual receipts, the second one);
    managers only. Raises InvalidInput for a language the counter does not speak."""
    require_manager(actor, "changing the store's language")
    if lang not in LANGUAGES:
        raise InvalidInput(
            say(
                "unknown language {lang!r}: choose one of {languages}",
                lang=lang,
                languages=", ".join(LANGUAGES),
            )
        )
    store.language = lang
    uow.flush()
    return store


def registers(uow: UnitOfWork, store: Store) -> list[Register]:
    return list(
        uow.session.scalars(
            select(Register).where(Register.store_id == store.id).order_by(Register.code)
        )
    )


def reasons(uow: UnitOfWork, store: Store) -> list[Reason]:
    return list(
        uow.session.scalars(
            select(Reason)
            .where(Reason.store_id == store.id, Reason.active.is_(True))
            .order_by(Reason.position)
        )
    )


@dataclass(frozen=True)
class ReceiptSettings:
    """What a receipt says beyond the return; None leaves a setting as it is."""

    footer: str | None = None
    feedback_url: str | None = None  # "" removes the QR code
    signature_over: str | None = None  # an amount such as "100.00"; "" never asks
    bilingual: bool | None = None


def update_receipt_settings(
    uow: UnitOfWork, store: Store, actor: Actor, changes: ReceiptSettings
) -> Store:
    """Managers only; raises InvalidInput naming the setting that cannot be used."""
    require_manager(actor, "changing what receipts say")
    if changes.feedback_url is not None:
        url = changes.feedback_url.strip()
        if url and not (url.startswith(("https://", "http://")) and " " not in url):
            raise InvalidInput(
                f"feedback address {url!r}: write a web address such as https://example.com/f"
            )
        if len(url) > 300:
            raise InvalidInput("feedback address: at most 300 characters (it becomes a QR code)")
        store.feedback_url = url
    if changes.signature_over is not None:
        text = changes.signature_over.strip()
        if not text:
            store.signature_over_minor = None
        else:
            try:
                amount = Money.parse(text, store.currency, "signature over")
            except DomainError as exc:
                raise InvalidInput(str(exc)) from None
            if amount.amount <= 0:
                raise InvalidInput("signature over: give an amount above 0, or nothing")
            store.signature_over_minor = amount.minor_units
    if changes.footer is not None:
        if len(changes.footer) > 500:
            raise InvalidInput("receipt footer: at most 500 characters")
        store.receipt_footer = clean(changes.footer, lines=True)
    if changes.bilingual is not None:
        store.bilingual_receipts = changes.bilingual
    uow.flush()
    return store
