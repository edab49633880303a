"""The back office's people and settings: employees, return reasons, the store's details,
registers. Managers only; every change is in the journal with the manager who made it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from pos_returns.domain.money import check_currency
from pos_returns.services import journal, print_jobs
from pos_returns.services.auth import Actor, hash_pin, require_manager
from pos_returns.services.errors import InvalidInput, NotFound
from pos_returns.services.stores import add_employee
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Employee, Reason, Receipt, Register, Role, Store

_CODE = re.compile(r"[A-Za-z0-9-]{1,32}")


# -- employees ------------------------------------------------------------------------------
def employees(uow: UnitOfWork, store: Store, actor: Actor) -> list[Employee]:
    """Everyone, active ones first, by code."""
    require_manager(actor, "seeing the employees")
    return list(
        uow.session.scalars(
            select(Employee)
            .where(Employee.store_id == store.id)
            .order_by(Employee.active.desc(), Employee.code)
        )
    )


def hire(
    uow: UnitOfWork,
    store: Store,
    actor: Actor,
    *,
    code: str,
    name: str,
    role: Role,
    pin: str,
    at: datetime,
) -> Employee:
    require_manager(actor, "adding an employee")
    code, name = code.strip(), " ".join(name.split())
    if not _CODE.fullmatch(code):
        raise InvalidInput("employee code: 1 to 32 letters, digits or dashes")
    if not name:
        raise InvalidInput("name: type the employee's name")
    _only_an_admin_makes_an_admin(actor, role)
    employee = add_employee(uow, store, code=code, name=name, role=role, pin=pin)
    _journal(uow, store, actor, "employee_added", employee, at=at, role=role.value)
    return employee


def set_role(
    uow: UnitOfWork, store: Store, actor: Actor, code: str, role: Role, *, at: datetime
) -> Employee:
    require_manager(actor, "changing a role")
    employee = _employee(uow, store, code)
    _only_an_admin_makes_an_admin(actor, role)
    if employee.id == actor.id and role is Role.CASHIER:
        raise InvalidInput("you cannot take your own manager role; ask another manager")
    employee.role = role.value
    _journal(uow, store, actor, "employee_role", employee, at=at, role=role.value)
    return employee


def reset_pin(
    uow: UnitOfWork, store: Store, actor: Actor, code: str, pin: str, *, at: datetime
) -> Employee:
    """A new PIN, and the lock of wrong PINs lifted."""
    require_manager(actor, "resetting a PIN")
    employee = _employee(uow, store, code)
    try:
        employee.pin_hash = hash_pin(pin)
    except ValueError as exc:
        raise InvalidInput(f"PIN: {exc}") from None
    employee.failed_pins = 0
    employee.locked_until = None
    _journal(uow, store, actor, "employee_pin_reset", employee, at=at)
    return employee


def set_active(
    uow: UnitOfWork, store: Store, actor: Actor, code: str, active: bool, *, at: datetime
) -> Employee:
    """Deactivate (they can no longer sign in; their returns stay theirs) or bring back."""
    require_manager(actor, "deactivating an employee")
    employee = _employee(uow, store, code)
    if employee.id == actor.id and not active:
        raise InvalidInput("you cannot deactivate yourself; ask another manager")
    employee.active = active
    kind = "employee_reactivated" if active else "employee_deactivated"
    _journal(uow, store, actor, kind, employee, at=at)
    return employee


def _only_an_admin_makes_an_admin(actor: Actor, role: Role) -> None:
    if role is Role.ADMIN and actor.role is not Role.ADMIN:
        raise InvalidInput("only an admin gives the admin role")


def _employee(uow: UnitOfWork, store: Store, code: str) -> Employee:
    employee = uow.session.scalars(
        select(Employee).where(Employee.store_id == store.id, Employee.code == code.strip())
    ).first()
    if employee is None:
        raise NotFound(f"no employee {code.strip()!r} at {store.code}")
    return employee


def _journal(
    uow: UnitOfWork,
    store: Store,
    actor: Actor,
    kind: str,
    employee: Employee,
    *,
    at: datetime,
    **extra: str,
) -> None:
    uow.flush()
    journal.append(
        uow,
        store.id,
        kind,
        subject_id=employee.id,
        actor_id=actor.id,
        at=at,
        payload={"employee": employee.code, "name": employee.name, **extra},
    )


# -- return reasons -------------------------------------------------------------------------
@dataclass(frozen=True)
class ReasonLine:
    code: str
    label: str
    needs_note: bool = False


def save_reasons(
    uow: UnitOfWork, store: Store, actor: Actor, wanted: list[ReasonLine], at: datetime
) -> list[Reason]:
    """The store's list of reasons, in this order; a reason left out is retired (returns
    that gave it keep it), one brought back is active again."""
    require_manager(actor, "changing the return reasons")
    if not wanted:
        raise InvalidInput("keep at least one return reason")
    seen: set[str] = set()
    for index, line in enumerate(wanted, 1):
        if not _CODE.fullmatch(line.code):
            raise InvalidInput(f"reason {index}: its code is 1 to 32 letters, digits or dashes")
        if line.code in seen:
            raise InvalidInput(f"reason {index}: code {line.code!r} is used twice")
        if not line.label.strip():
            raise InvalidInput(f"reason {index}: give it a label")
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
        row.label = line.label.strip()
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
    require_manager(actor, "changing the store's details")
    name = " ".join(details.name.split())
    if not name:
        raise InvalidInput("store name: type the store's name")
    try:
        ZoneInfo(details.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            f'time zone: {details.timezone!r} is not a known time zone (e.g. "Europe/Riga")'
        ) from None
    currency = details.currency.strip().upper()
    try:
        check_currency(currency, "currency")
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    if currency != store.currency:
        sold = uow.session.scalar(
            select(func.count()).select_from(Receipt).where(Receipt.store_id == store.id)
        )
        if sold:
            raise InvalidInput(
                f"currency: the store has {sold} sales in {store.currency}; it stays "
                f"{store.currency}"
            )
    store.name, store.address = name, details.address.strip()
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
    require_manager(actor, "adding a register")
    code = code.strip().upper()
    if not _CODE.fullmatch(code):
        raise InvalidInput("register code: 1 to 32 letters, digits or dashes, e.g. R4")
    exists = uow.session.scalars(
        select(Register).where(Register.store_id == store.id, Register.code == code)
    ).first()
    if exists is not None:
        raise InvalidInput(f"register {code} exists already")
    row = Register(store_id=store.id, code=code, name=name.strip() or f"Register {code}")
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


def test_page(
    uow: UnitOfWork, store: Store, actor: Actor, register: str, at: datetime
) -> tuple[Any, str]:
    """Queue a test page for the register's printer, claimed by this process (the caller
    prints it at once with `run_queue(only=...)`)."""
    require_manager(actor, "printing a test page")
    owner = print_jobs.sender_id()
    return print_jobs.queue_test_page(uow, store, register, sender=(owner, at)), owner
