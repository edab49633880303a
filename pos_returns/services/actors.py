"""Who acts: a signed-in employee (`Actor`), their PIN's slow salted hash, and the role
ladder every use case checks. No database here: `services.auth` signs people in, and the
register, the stores and the people's screens check roles with these (so none of them
needs the sign-in's imports)."""

from __future__ import annotations

import hashlib
import hmac
import os
import uuid
from dataclasses import dataclass

from pos_returns.services.errors import PermissionDenied, Sentence, say
from pos_returns.store.models import Role

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
    language: str | None = None  # the screen's language they chose last (None: the store's)

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMIN)


ROLE_NAMES: dict[Role, Sentence] = {
    Role.CASHIER: say("a cashier"),
    Role.MANAGER: say("a manager"),
    Role.ADMIN: say("an admin"),
}
"""A role as a sentence names it ("Anna is a cashier")."""


def require_manager(actor: Actor, what: str | Sentence) -> None:
    """Raise PermissionDenied unless `actor` is a manager (or the admin). `what` names the
    act ("publishing a policy"): a `say(...)` sentence is translated with the message."""
    if not actor.is_manager:
        raise PermissionDenied(
            say(
                "{what} needs a manager; {name} is {role}",
                what=what,
                name=actor.name,
                role=ROLE_NAMES[actor.role],
            )
        )


# -- the role ladder: cashier < manager < admin ---------------------------------------------
LADDER = (Role.CASHIER, Role.MANAGER, Role.ADMIN)


def rank(role: Role) -> int:
    """Where `role` stands on the ladder (0 is the bottom)."""
    return LADDER.index(role)


def roles_up_to(role: Role) -> tuple[Role, ...]:
    """The roles someone with `role` may give: their own and those below it."""
    return LADDER[: rank(role) + 1]
