"""The back office's people: employees, their roles, PINs and status. Managers and admins
only, employees along the role ladder (`_authority`); every change is in the journal with
the person who made it. (The store's settings: `services.store_settings`.)"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from pos_returns.services import journal
from pos_returns.services.auth import Actor, as_stored, hash_pin, rank, require_manager, roles_up_to
from pos_returns.services.errors import InvalidInput, NotFound, PermissionDenied, Sentence, say
from pos_returns.services.stores import add_employee, get_store
from pos_returns.services.text import clean
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Employee, Role, Store

CODE = re.compile(r"[A-Za-z0-9-]{1,32}")


# -- employees ------------------------------------------------------------------------------
def employees(uow: UnitOfWork, store: Store, actor: Actor) -> list[Employee]:
    """Everyone, active ones first, by code."""
    manager_now(uow, store, actor, say("seeing the employees"))
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
    actor = manager_now(uow, store, actor, say("seeing the employees"))
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
    actor, _ = _authority(uow, store, actor, say("adding an employee"))
    code, name = code.strip(), clean(name)
    if not CODE.fullmatch(code):
        raise InvalidInput(say("employee code: 1 to 32 letters, digits or dashes"))
    if not name:
        raise InvalidInput(say("name: type the employee's name"))
    _refuse(_why_not_give(actor, role))
    employee = add_employee(uow, store, code=code, name=name, role=role, pin=pin)
    _journal(uow, store, actor, "employee_added", employee, at=at, role=role.value)
    return employee


def set_role(
    uow: UnitOfWork, store: Store, actor: Actor, code: str, role: Role, *, at: datetime
) -> Employee:
    """Give `code` the `role`: only to someone below the actor (an admin: anyone but the
    last active admin), and no role above the actor's. Raises PermissionDenied."""
    actor, admins = _authority(uow, store, actor, say("changing a role"))
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
    actor, _ = _authority(uow, store, actor, say("resetting a PIN"))
    employee = _employee(uow, store, code)
    _refuse(_why_not_pin(actor, employee))
    try:
        employee.pin_hash = hash_pin(pin)
    except ValueError:  # hash_pin's one refusal
        raise InvalidInput(say("PIN: a PIN is 4 to 12 digits")) from None
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
    actor, admins = _authority(uow, store, actor, say("deactivating an employee"))
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
def _authority(uow: UnitOfWork, store: Store, actor: Actor, what: Sentence) -> tuple[Actor, int]:
    """The actor as stored now, a manager or admin, and the store's active admins; the
    store's row stays locked until the commit, so two changes at once (two admins
    demoting each other) run one after the other and the second sees the first."""
    require_manager(actor, what)
    uow.session.execute(
        select(Store.id).where(Store.id == store.id).with_for_update(key_share=True)
    )
    actor = manager_now(uow, store, actor, what)
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


def manager_now(uow: UnitOfWork, store: Store, actor: Actor, what: Sentence) -> Actor:
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
        raise NotFound(say("no employee {code!r} at {store}", code=code.strip(), store=store.code))
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


# -- the use cases the People page calls ----------------------------------------------------
# Each change is one transaction; each answers with everyone as they are now, as `actor`
# may see them (the page shows that list again).
@dataclass(frozen=True)
class NewEmployee:
    code: str
    name: str
    role: Role
    pin: str


def staff_of(db: Database, store_code: str, actor: Actor) -> Staff:
    """`staff` in a unit of work of its own. Raises PermissionDenied."""
    with UnitOfWork(db) as uow:
        return staff(uow, get_store(uow, store_code), actor)


def add_person(
    db: Database, store_code: str, actor: Actor, new: NewEmployee, *, at: datetime
) -> Staff:
    """`hire`, committed. Raises PermissionDenied or InvalidInput (nothing written)."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        hire(uow, store, actor, code=new.code, name=new.name, role=new.role, pin=new.pin, at=at)
        uow.commit()
    return staff_of(db, store_code, actor)


def give_role(
    db: Database, store_code: str, actor: Actor, code: str, role: Role, *, at: datetime
) -> Staff:
    """`set_role`, committed. Raises PermissionDenied or NotFound (nothing written)."""
    with UnitOfWork(db, write=True) as uow:
        set_role(uow, get_store(uow, store_code), actor, code, role, at=at)
        uow.commit()
    return staff_of(db, store_code, actor)


def give_pin(
    db: Database, store_code: str, actor: Actor, code: str, pin: str, *, at: datetime
) -> Staff:
    """`reset_pin`, committed. Raises PermissionDenied, NotFound or InvalidInput."""
    with UnitOfWork(db, write=True) as uow:
        reset_pin(uow, get_store(uow, store_code), actor, code, pin, at=at)
        uow.commit()
    return staff_of(db, store_code, actor)


def make_active(
    db: Database, store_code: str, actor: Actor, code: str, active: bool, *, at: datetime
) -> Staff:
    """`set_active`, committed. Raises PermissionDenied or NotFound (nothing written)."""
    with UnitOfWork(db, write=True) as uow:
        set_active(uow, get_store(uow, store_code), actor, code, active, at=at)
        uow.commit()
    return staff_of(db, store_code, actor)
