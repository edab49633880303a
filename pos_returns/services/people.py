"""The back office's people and settings: employees, return reasons, the store's details,
registers. Managers and admins only, employees along the role ladder (`_authority`); every
change is in the journal with the person who made it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from pos_returns.domain.money import check_currency
from pos_returns.services import journal, print_jobs
from pos_returns.services.auth import Actor, as_stored, hash_pin, rank, require_manager, roles_up_to
from pos_returns.services.errors import InvalidInput, NotFound, PermissionDenied, Sentence, say
from pos_returns.services.stores import add_employee
from pos_returns.services.text import clean
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Employee, Reason, Receipt, Register, Role, Store

_CODE = re.compile(r"[A-Za-z0-9-]{1,32}")


# -- employees ------------------------------------------------------------------------------
def employees(uow: UnitOfWork, store: Store, actor: Actor) -> list[Employee]:
    """Everyone, active ones first, by code."""
    _manager(uow, store, actor, "seeing the employees")
    return list(
        uow.session.scalars(
            select(Employee)
            .where(Employee.store_id == store.id)
            .order_by(Employee.active.desc(), Employee.code)
        )
    )


@dataclass(frozen=True)
class Person:
    """An employee as the People page lists them, with why the signed-in person may not
    change their role, PIN or status (None: they may)."""

    code: str
    name: str
    role: Role
    active: bool
    locked: bool
    role_refusal: Sentence | None
    pin_refusal: Sentence | None
    status_refusal: Sentence | None


@dataclass(frozen=True)
class Staff:
    people: tuple[Person, ...]
    roles: tuple[Role, ...]
    """The roles the signed-in person may give (their own and those below)."""


def staff(uow: UnitOfWork, store: Store, actor: Actor) -> Staff:
    """Everyone (as `employees`), each with what `actor` may not do to them and why: the
    same checks `hire`, `set_role`, `reset_pin` and `set_active` make."""
    actor = _manager(uow, store, actor, "seeing the employees")
    rows = employees(uow, store, actor)
    admins = sum(1 for e in rows if e.active and e.role == Role.ADMIN)
    return Staff(
        tuple(
            Person(
                e.code,
                e.name,
                Role(e.role),
                e.active,
                e.locked_until is not None,
                _why_not_role(actor, e, admins),
                _why_not_pin(actor, e),
                _why_not_status(actor, e, admins),
            )
            for e in rows
        ),
        roles_up_to(actor.role),
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
    """A new employee with `role`, at most the hiring person's own. Raises
    PermissionDenied, or InvalidInput naming the field to mend."""
    actor, _ = _authority(uow, store, actor, "adding an employee")
    code, name = code.strip(), clean(name)
    if not _CODE.fullmatch(code):
        raise InvalidInput("employee code: 1 to 32 letters, digits or dashes")
    if not name:
        raise InvalidInput("name: type the employee's name")
    _refuse(_why_not_give(actor, role))
    employee = add_employee(uow, store, code=code, name=name, role=role, pin=pin)
    _journal(uow, store, actor, "employee_added", employee, at=at, role=role.value)
    return employee


def set_role(
    uow: UnitOfWork, store: Store, actor: Actor, code: str, role: Role, *, at: datetime
) -> Employee:
    """Give `code` the `role`: only to someone below the actor (an admin: anyone but the
    last active admin), and no role above the actor's. Raises PermissionDenied."""
    actor, admins = _authority(uow, store, actor, "changing a role")
    employee = _employee(uow, store, code)
    _refuse(_why_not_give(actor, role) or _why_not_role(actor, employee, admins, role))
    employee.role = role.value
    _journal(uow, store, actor, "employee_role", employee, at=at, role=role.value)
    return employee


def reset_pin(
    uow: UnitOfWork, store: Store, actor: Actor, code: str, pin: str, *, at: datetime
) -> Employee:
    """A new PIN, and the lock of wrong PINs lifted: one's own, or that of someone below
    (an admin: anyone's). Raises PermissionDenied, or InvalidInput for a bad PIN."""
    actor, _ = _authority(uow, store, actor, "resetting a PIN")
    employee = _employee(uow, store, code)
    _refuse(_why_not_pin(actor, employee))
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
    """Deactivate (they can no longer sign in; their returns stay theirs) or bring back
    someone below the actor (an admin: anyone but themselves and the last active admin).
    Raises PermissionDenied."""
    actor, admins = _authority(uow, store, actor, "deactivating an employee")
    employee = _employee(uow, store, code)
    _refuse(_why_not_status(actor, employee, admins))
    employee.active = active
    kind = "employee_reactivated" if active else "employee_deactivated"
    _journal(uow, store, actor, kind, employee, at=at)
    return employee


# The ladder, cashier < manager < admin. A manager manages cashiers, and their own PIN
# (they know it, and a store's admin may be at head office). An admin manages everyone,
# other admins too, as PostgreSQL's superusers may: a departed admin can then be removed
# without editing the database, and the rule that the last active admin is never demoted
# or deactivated keeps the store from losing its last one. Nobody changes their own status
# (a second person does it, and the journal names them); an admin may step down while
# another active admin remains. Each check says why not, for the service to refuse with
# and for the People page to show beside the button it disables.
def _authority(uow: UnitOfWork, store: Store, actor: Actor, what: str) -> tuple[Actor, int]:
    """The actor as stored now, a manager or admin, and the store's active admins; the
    store's row stays locked until the commit, so two changes at once (two admins
    demoting each other) run one after the other and the second sees the first."""
    require_manager(actor, what)
    uow.session.execute(
        select(Store.id).where(Store.id == store.id).with_for_update(key_share=True)
    )
    actor = _manager(uow, store, actor, what)
    admins = uow.session.scalar(
        select(func.count())
        .select_from(Employee)
        .where(
            Employee.store_id == store.id,
            Employee.role == Role.ADMIN.value,
            Employee.active.is_(True),
        )
    )
    return actor, admins or 0


def _manager(uow: UnitOfWork, store: Store, actor: Actor, what: str) -> Actor:
    """`actor` as stored now, if a manager or admin of `store`; else PermissionDenied."""
    require_manager(actor, what)
    actor = as_stored(uow, store, actor)
    require_manager(actor, what)
    return actor


def _refuse(why: Sentence | None) -> None:
    if why is not None:
        raise PermissionDenied(why)


def _why_not_give(actor: Actor, role: Role) -> Sentence | None:
    if rank(role) > rank(actor.role):
        return say("only an admin gives the admin role; ask an admin")
    return None


def _why_not_role(
    actor: Actor, employee: Employee, admins: int, role: Role | None = None
) -> Sentence | None:
    """Why `actor` may not give `employee` a role (`role`, or any other than theirs)."""
    if employee.id == actor.id and actor.role is not Role.ADMIN:
        return say("you cannot change your own role; ask an admin")
    if role is Role.ADMIN:
        return _outranks(actor, employee)
    return _outranks(actor, employee) or _last_admin(employee, admins)


def _why_not_pin(actor: Actor, employee: Employee) -> Sentence | None:
    return None if employee.id == actor.id else _outranks(actor, employee)


def _why_not_status(actor: Actor, employee: Employee, admins: int) -> Sentence | None:
    if employee.id == actor.id:
        if actor.role is Role.ADMIN:
            return say("you cannot deactivate yourself; ask another admin")
        return say("you cannot deactivate yourself; ask an admin")
    return _outranks(actor, employee) or _last_admin(employee, admins)


def _outranks(actor: Actor, employee: Employee) -> Sentence | None:
    """Why not, if `employee` stands at or above `actor` (an admin is outranked by none)."""
    role = Role(employee.role)
    if actor.role is Role.ADMIN or rank(role) < rank(actor.role):
        return None
    if role is Role.ADMIN:
        return say(
            "{name} is an admin: only an admin may change their role, PIN or status",
            name=employee.name,
        )
    return say(
        "{name} is a manager: only an admin may change their role, PIN or status",
        name=employee.name,
    )


def _last_admin(employee: Employee, admins: int) -> Sentence | None:
    if employee.role == Role.ADMIN.value and employee.active and admins <= 1:
        return say(
            "{name} is the last active admin; make someone else an admin first",
            name=employee.name,
        )
    return None


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
    _manager(uow, store, actor, "changing the return reasons")
    if not wanted:
        raise InvalidInput("keep at least one return reason")
    seen: set[str] = set()
    for index, line in enumerate(wanted, 1):
        if not _CODE.fullmatch(line.code):
            raise InvalidInput(f"reason {index}: its code is 1 to 32 letters, digits or dashes")
        if line.code in seen:
            raise InvalidInput(f"reason {index}: code {line.code!r} is used twice")
        if not clean(line.label):
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
    _manager(uow, store, actor, "changing the store's details")
    name = clean(details.name)
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
    _manager(uow, store, actor, "adding a register")
    code = code.strip().upper()
    if not _CODE.fullmatch(code):
        raise InvalidInput("register code: 1 to 32 letters, digits or dashes, e.g. R4")
    exists = uow.session.scalars(
        select(Register).where(Register.store_id == store.id, Register.code == code)
    ).first()
    if exists is not None:
        raise InvalidInput(f"register {code} exists already")
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


def test_page(
    uow: UnitOfWork, store: Store, actor: Actor, register: str, at: datetime
) -> tuple[Any, str]:
    """Queue a test page for the register's printer, claimed by this process (the caller
    prints it at once with `run_queue(only=...)`)."""
    _manager(uow, store, actor, "printing a test page")
    owner = print_jobs.sender_id()
    return print_jobs.queue_test_page(uow, store, register, sender=(owner, at)), owner
