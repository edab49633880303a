"""Stores, registers, employees and return reasons."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from pos_returns.domain.money import check_currency
from pos_returns.services.auth import hash_pin
from pos_returns.services.errors import InvalidInput, NotFound
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Employee, Reason, Register, Role, Store

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
    language: str = "en"
    registers: tuple[str, ...] = ("R1",)


def create_store(uow: UnitOfWork, new: NewStore) -> Store:
    """A store with its registers and the default return reasons."""
    try:
        ZoneInfo(new.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"{new.timezone!r} is not a known time zone") from None
    check_currency(new.currency)
    if uow.session.scalars(select(Store).where(Store.code == new.code)).first() is not None:
        raise InvalidInput(f"store {new.code} exists already")
    store = Store(
        code=new.code,
        name=new.name,
        address=new.address,
        timezone=new.timezone,
        currency=new.currency,
        language=new.language,
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
    return store


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
    """The store `code`, or the only store of a register's database."""
    query = select(Store)
    if code is not None:
        query = query.where(Store.code == code)
    stores = uow.session.scalars(query.limit(2)).all()
    if not stores:
        raise NotFound(
            f"no store {code!r} in this database"
            if code
            else "this database has no store yet: run `pos-returns demo` or import sales"
        )
    if len(stores) > 1:
        raise InvalidInput("this database holds several stores: name one with --store")
    return stores[0]


def reasons(uow: UnitOfWork, store: Store) -> list[Reason]:
    return list(
        uow.session.scalars(
            select(Reason)
            .where(Reason.store_id == store.id, Reason.active.is_(True))
            .order_by(Reason.position)
        )
    )
