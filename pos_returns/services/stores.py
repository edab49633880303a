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
from pos_returns.services.register import (
    ThisRegister,
    acting_store,
    check_register,
    has_identity,
    make_register,
    this_register,
)
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
        raise InvalidInput(
            say("{timezone!r} is not a known time zone", timezone=new.timezone)
        ) from None
    check_currency(new.currency)
    language = system_language() if new.language is None else new.language
    if language not in LANGUAGES:
        raise InvalidInput(
            say(
                "unknown language {lang!r}: choose one of {languages}",
                lang=language,
                languages=", ".join(LANGUAGES),
            )
        )
    if uow.session.scalars(select(Store).where(Store.code == new.code)).first() is not None:
        raise InvalidInput(say("store {store} exists already", store=new.code))
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
        raise InvalidInput(
            say("employee code {code} is {name}'s already; choose another", code=code, name=taken)
        )
    try:
        pin_hash = hash_pin(pin)
    except ValueError:  # hash_pin's one refusal
        raise InvalidInput(say("a PIN is 4 to 12 digits")) from None
    employee = Employee(store_id=store.id, code=code, name=name, role=role, pin_hash=pin_hash)
    uow.session.add(employee)
    uow.flush()
    return employee


def get_store(uow: UnitOfWork, code: str | None = None) -> Store:
    """The store `code`, or this register's own store (`register.acting_store`)."""
    return acting_store(uow, code)


def store_language(db: Database, code: str | None = None) -> str:
    """The language the counter of store `code` starts in, and returns to when the
    employee signs out. Raises NotFound for an unknown store."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, code)
        return store.language if store.language in LANGUAGES else "en"


def set_store_language(uow: UnitOfWork, store: Store, actor: Actor, lang: str) -> Store:
    """The store's language (its counters' and, on bilingual receipts, the second one);
    managers only. Raises InvalidInput for a language the counter does not speak."""
    require_manager(actor, say("changing the store's language"))
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
class ReasonLine:
    """A return reason as the counter lists it and the back office saves it."""

    code: str
    label: str
    needs_note: bool = False


def reason_lines(uow: UnitOfWork, store: Store) -> tuple[ReasonLine, ...]:
    """The store's active reasons, in the counter's order."""
    return tuple(ReasonLine(r.code, r.label, r.needs_note) for r in reasons(uow, store))


# -- which counter a database opens as -----------------------------------------------------
@dataclass(frozen=True)
class CounterPlace:
    """The store and register a counter window works as, and the store's language."""

    store_code: str
    register: str
    language: str


def counter_place(
    db: Database, store_code: str | None = None, register: str | None = None
) -> CounterPlace | None:
    """The counter this database opens as: its store (or `store_code`) and its register;
    None when the database has no store yet (the embedded default makes the demo then).
    Raises InvalidInput when `register` names another register than this database's,
    NotFound when the database has a store but is no register."""
    with UnitOfWork(db) as uow:
        try:
            store = get_store(uow, store_code)
        except NotFound:
            return None
        here = check_register(uow, register)
        language = store.language if store.language in LANGUAGES else "en"
        return CounterPlace(store.code, here.register, language)


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
    require_manager(actor, say("changing what receipts say"))
    if changes.feedback_url is not None:
        url = changes.feedback_url.strip()
        if url and not (url.startswith(("https://", "http://")) and " " not in url):
            raise InvalidInput(
                say(
                    "feedback address {url!r}: write a web address such as https://example.com/f",
                    url=url,
                )
            )
        if len(url) > 300:
            raise InvalidInput(
                say("feedback address: at most 300 characters (it becomes a QR code)")
            )
        store.feedback_url = url
    if changes.signature_over is not None:
        text = changes.signature_over.strip()
        if not text:
            store.signature_over_minor = None
        else:
            try:
                amount = Money.parse(text, store.currency, "signature over")
            except DomainError:
                raise InvalidInput(
                    say("signature over: {amount!r} is not an amount such as 100.00", amount=text)
                ) from None
            if amount.amount <= 0:
                raise InvalidInput(say("signature over: give an amount above 0, or nothing"))
            store.signature_over_minor = amount.minor_units
    if changes.footer is not None:
        if len(changes.footer) > 500:
            raise InvalidInput(say("receipt footer: at most 500 characters"))
        store.receipt_footer = clean(changes.footer, lines=True)
    if changes.bilingual is not None:
        store.bilingual_receipts = changes.bilingual
    uow.flush()
    return store


# -- the store's details (`pos-returns store show|set`) ---------------------------------------
@dataclass(frozen=True)
class RegisterPrinter:
    code: str
    printer_url: str | None  # None: no printer set (receipts are only shown)
    printer_profile: str | None


@dataclass(frozen=True)
class StoreOverview:
    """This register's store, what its receipts say, its registers' printers, and which
    register this database is (None: a database that is no register yet)."""

    code: str
    name: str
    timezone: str
    currency: str
    language: str
    address: str
    receipt_footer: str
    feedback_url: str
    signature_over: Money | None  # refunds of this much or more are signed for
    bilingual: bool
    registers: tuple[RegisterPrinter, ...]
    here: ThisRegister | None


def _details(uow: UnitOfWork, store: Store) -> StoreOverview:
    signature = store.signature_over_minor
    return StoreOverview(
        code=store.code,
        name=store.name,
        timezone=store.timezone,
        currency=store.currency,
        language=store.language,
        address=store.address,
        receipt_footer=store.receipt_footer,
        feedback_url=store.feedback_url,
        signature_over=None if signature is None else Money.from_minor(signature, store.currency),
        bilingual=store.bilingual_receipts,
        registers=tuple(
            RegisterPrinter(
                r.code, (r.printer or {}).get("url") or None, (r.printer or {}).get("profile")
            )
            for r in registers(uow, store)
        ),
        here=this_register(uow) if has_identity(uow) else None,
    )


def store_details(db: Database) -> StoreOverview:
    """This register's store (a database's only store when it is no register yet).
    Raises NotFound for a database without a store."""
    with UnitOfWork(db) as uow:
        return _details(uow, get_store(uow))


def change_receipt_settings(db: Database, actor: Actor, changes: ReceiptSettings) -> StoreOverview:
    """What the receipts of this register's store say (`update_receipt_settings`: managers
    only), committed. Raises PermissionDenied, InvalidInput."""
    with UnitOfWork(db, write=True) as uow:
        store = update_receipt_settings(uow, get_store(uow), actor, changes)
        details = _details(uow, store)
        uow.commit()
    return details


def ensure_store(db: Database, new: NewStore) -> str:
    """The store `new.code` in this database, made (`create_store`: the database becomes
    its first register) unless it is there; committed, gives its code. Raises InvalidInput
    when the database is another store's register already (`pos-returns import receipts
    --create-store`)."""
    with UnitOfWork(db, write=True) as uow:
        if has_identity(uow) and this_register(uow).store_code != new.code:
            here = this_register(uow)
            raise InvalidInput(
                say(
                    "--create-store {code}: this database is register {register} of {store} "
                    "already; make {code} in a database of its own",
                    code=new.code,
                    register=here.register,
                    store=here.store_code,
                )
            )
        if uow.session.scalars(select(Store).where(Store.code == new.code)).first() is None:
            create_store(uow, new)
            uow.commit()
    return new.code
