"""Employees and PINs: slow salted hashes (scrypt), lock-out after wrong PINs, roles."""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from pos_returns.services.errors import AuthFailed, PermissionDenied, say
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Employee, Role, Store

MAX_WRONG_PINS = 5
LOCK_FOR = timedelta(minutes=15)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex); about 50 ms of work, so PINs resist guessing."""
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError("a PIN is 4 to 12 digits")
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        pin.encode(), salt=bytes.fromhex(salt), dklen=32, n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(candidate.hex(), digest)


@dataclass(frozen=True)
class Actor:
    """A signed-in employee."""

    id: uuid.UUID
    store_id: uuid.UUID
    code: str
    name: str
    role: Role

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMIN)


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
    return Actor(employee.id, employee.store_id, employee.code, employee.name, Role(employee.role))


def sign_in(uow: UnitOfWork, store: Store, code: str, pin: str, now: datetime) -> Actor:
    """`authenticate`, committing the wrong-PIN count whether or not the PIN was right."""
    try:
        actor = authenticate(uow, store, code, pin, now)
    except AuthFailed:
        uow.commit()
        raise
    uow.commit()
    return actor


def require_manager(actor: Actor, what: str) -> None:
    if not actor.is_manager:
        raise PermissionDenied(f"{what} needs a manager; {actor.name} is a {actor.role}")
