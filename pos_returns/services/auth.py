"""Signing in: an employee's code and PIN checked, wrong PINs counted, a lock-out after
five; and the screen's language each employee chose.

The signed-in employee (`Actor`), PIN hashes and the role ladder live in
`services.actors` (re-exported here): checking a role needs no sign-in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select

from pos_returns.i18n import LANGUAGES
from pos_returns.services.actors import (
    LADDER,
    ROLE_NAMES,
    Actor,
    hash_pin,
    pin_matches,
    rank,
    require_manager,
    roles_up_to,
)
from pos_returns.services.errors import AuthFailed, InvalidInput, NotFound, PermissionDenied, say
from pos_returns.services.register import acting_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Employee, Role, Store

__all__ = [
    "LADDER",
    "LOCK_FOR",
    "MAX_WRONG_PINS",
    "ROLE_NAMES",
    "Actor",
    "as_stored",
    "authenticate",
    "hash_pin",
    "pin_matches",
    "rank",
    "remember_language",
    "require_manager",
    "roles_up_to",
    "sign_in",
]

MAX_WRONG_PINS = 5
LOCK_FOR = timedelta(minutes=15)


def authenticate(uow: UnitOfWork, store: Store, code: str, pin: str, now: datetime) -> Actor:
    """The employee `code` of `store` if `pin` is theirs.

    Wrong PINs are counted (commit the unit of work even on failure, as `sign_in` does);
    after five the employee is locked for 15 minutes. Raises AuthFailed.
    """
    employee = uow.session.scalars(
        select(Employee).where(Employee.store_id == store.id, Employee.code == code.strip())
    ).one_or_none()
    if employee is None or not employee.active:
        raise AuthFailed(
            say("no active employee with code {code!r} at {store}", code=code, store=store.code)
        )
    if employee.locked_until is not None and employee.locked_until > now:
        minutes = max(1, int((employee.locked_until - now).total_seconds() // 60))
        raise AuthFailed(
            say(
                "{name} is locked after {count} wrong PINs; try again in {minutes} min or ask "
                "a manager",
                name=employee.name,
                count=MAX_WRONG_PINS,
                minutes=minutes,
            )
        )
    if not pin_matches(pin, employee.pin_hash):
        employee.failed_pins += 1
        if employee.failed_pins >= MAX_WRONG_PINS:
            employee.failed_pins = 0
            employee.locked_until = now + LOCK_FOR
            raise AuthFailed(
                say("wrong PIN; {name} is now locked for 15 minutes", name=employee.name)
            )
        left = MAX_WRONG_PINS - employee.failed_pins
        raise AuthFailed(say("wrong PIN for {code} ({left} tries left)", code=code, left=left))
    employee.failed_pins = 0
    employee.locked_until = None
    return Actor(
        employee.id,
        employee.store_id,
        employee.code,
        employee.name,
        Role(employee.role),
        employee.language if employee.language in LANGUAGES else None,
    )


def sign_in(
    db: Database, code: str, pin: str, now: datetime, *, store_code: str | None = None
) -> Actor:
    """Sign employee `code` of this register's store (or `store_code`) in, in a
    transaction of its own: the wrong-PIN count is kept whether or not the PIN was right.
    Raises AuthFailed (NotFound, InvalidInput for a store that cannot be told)."""
    with UnitOfWork(db, write=True) as uow:
        store = acting_store(uow, store_code)
        try:
            actor = authenticate(uow, store, code, pin, now)
        except AuthFailed:
            uow.commit()
            raise
        uow.commit()
        return actor


def remember_language(db: Database, actor: Actor, lang: str) -> None:
    """Keep `lang` as the language `actor`'s screen switches to when they sign in next, in
    its own transaction. Raises InvalidInput for a language the counter does not speak,
    NotFound when the employee is no longer at the store."""
    if lang not in LANGUAGES:
        raise InvalidInput(
            say(
                "unknown language {lang!r}: choose one of {languages}",
                lang=lang,
                languages=", ".join(LANGUAGES),
            )
        )
    with UnitOfWork(db, write=True) as uow:
        employee = uow.session.get(Employee, actor.id)
        if employee is None or employee.store_id != actor.store_id or not employee.active:
            raise NotFound(say("{name} is no longer an employee here", name=actor.name))
        employee.language = lang
        uow.commit()


def as_stored(uow: UnitOfWork, store: Store, actor: Actor) -> Actor:
    """`actor` as their row says now: a screen keeps who signed in, but a role taken away
    or a deactivation since counts at once. Raises PermissionDenied if the row is gone,
    deactivated or of another store."""
    employee = uow.session.scalars(
        select(Employee)
        .where(Employee.id == actor.id, Employee.store_id == store.id)
        .execution_options(populate_existing=True)
    ).one_or_none()
    if employee is None or not employee.active:
        raise PermissionDenied(
            say(
                "{name} is no longer an active employee of {store}; sign out",
                name=actor.name,
                store=store.code,
            )
        )
    return replace(actor, code=employee.code, name=employee.name, role=Role(employee.role))
