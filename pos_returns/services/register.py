"""This register: the store, register code and instance its database is (DESIGN.md: "a
register is an identity").

A database is made as one register of one store, or joins a chain as one, and stays it:
the command line and the counter act as that register and cannot claim another one, nor
another time (only a demo database lets a command say when). Every return number it gives
carries the instance's tag (``S01-R2-K7QF-RT000001``), so a register made again with the
same code, or a new register that took the store's history from the centre, never gives a
number the chain holds already.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from pos_returns.services import keys
from pos_returns.services.actors import Actor, require_manager
from pos_returns.services.errors import InvalidInput, NotFound, PermissionDenied, say
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store import queries
from pos_returns.store.ids import new_tag
from pos_returns.store.models import (
    IMPORT_EMPLOYEE,
    IMPORT_REGISTER,
    Employee,
    Register,
    RegisterIdentity,
    RegisterKind,
    Store,
)

_CODE = re.compile(r"[A-Z0-9-]{1,32}")
DEMO_TAG = "DEMO"  # never a real register's: real tags have no O (Crockford's base 32)


@dataclass(frozen=True)
class ThisRegister:
    """Who this database is."""

    store_id: uuid.UUID
    store_code: str
    register: str
    instance_id: uuid.UUID
    tag: str
    kind: RegisterKind
    public_key: str | None
    central_url: str | None

    @property
    def is_demo(self) -> bool:
        return self.kind is RegisterKind.DEMO


NOT_A_REGISTER = say(
    "this database is not a register yet: make the demo (`pos-returns demo`), import a "
    "store's sales (`pos-returns import receipts FILE --create-store CODE:TIMEZONE:CURRENCY`) "
    "or join a chain (`pos-returns sync join --url ... --register R2`)"
)


def this_register(uow: UnitOfWork) -> ThisRegister:
    """The register this database is; raises NotFound (saying how to make one)."""
    found = uow.session.execute(
        select(RegisterIdentity, Store.code).join(Store, Store.id == RegisterIdentity.store_id)
    ).first()
    if found is None:
        raise NotFound(NOT_A_REGISTER)
    row, code = found
    return ThisRegister(
        store_id=row.store_id,
        store_code=code,
        register=row.register_code,
        instance_id=row.instance_id,
        tag=row.tag,
        kind=RegisterKind(row.kind),
        public_key=row.public_key,
        central_url=row.central_url,
    )


def has_identity(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(RegisterIdentity.one)) is not None


def acting_store(uow: UnitOfWork, code: str | None = None) -> Store:
    """The store `code`, or this register's own store (the only store of a database that
    is no register yet). Raises NotFound, or InvalidInput for a database holding several
    stores and no register (name one)."""
    if code is None and has_identity(uow):
        return uow.session.get_one(Store, this_register(uow).store_id)
    query = select(Store)
    if code is not None:
        query = query.where(Store.code == code)
    stores = uow.session.scalars(query.limit(2)).all()
    if not stores:
        if code:
            raise NotFound(say("no store {code!r} in this database", code=code))
        raise NotFound(
            say(
                "this database has no store yet: run `pos-returns demo`, import a store's "
                "sales with --create-store CODE:TIMEZONE:CURRENCY, or `pos-returns sync join`"
            )
        )
    if len(stores) > 1:
        # A register's database also keeps the rows of other stores whose receipts came
        # back here; its own store is the one with registers.
        own = uow.session.scalars(
            select(Store).where(select(Register.id).where(Register.store_id == Store.id).exists())
        ).all()
        if len(own) == 1:
            return own[0]
        raise InvalidInput(say("this database holds several stores: name one with --store"))
    return stores[0]


def make_register(
    uow: UnitOfWork, store: Store, register: str, *, kind: RegisterKind = RegisterKind.STORE
) -> ThisRegister:
    """Make this database register `register` of `store`, once: a new instance with its
    tag and its journal key (kept outside the database). Raises InvalidInput when the
    database is a register already."""
    code = register.strip().upper()
    if not _CODE.fullmatch(code) or code == IMPORT_REGISTER:
        raise InvalidInput(
            say("register code {code!r}: 1 to 32 letters, digits or dashes, e.g. R2", code=code)
        )
    if has_identity(uow):
        here = this_register(uow)
        raise InvalidInput(
            say(
                "this database is register {register} of {store} already; a register keeps "
                "its identity (make another database for another register)",
                register=here.register,
                store=here.store_code,
            )
        )
    exists = uow.session.scalar(
        select(Register.id).where(Register.store_id == store.id, Register.code == code)
    )
    if exists is None:
        uow.session.add(Register(store_id=store.id, code=code, name=f"Register {code}"))
    instance = uuid.uuid4()
    key = keys.create_key(instance)
    uow.session.add(
        RegisterIdentity(
            one=True,
            store_id=store.id,
            register_code=code,
            instance_id=instance,
            tag=DEMO_TAG if kind is RegisterKind.DEMO else new_tag(),
            kind=kind.value,
            public_key=key.public_hex,
        )
    )
    uow.flush()
    return this_register(uow)


def check_register(uow: UnitOfWork, code: str | None) -> ThisRegister:
    """This register, refusing a `--register` that names another (or an unknown) one."""
    here = this_register(uow)
    if code is None or code.strip().upper() == here.register:
        return here
    known = uow.session.scalar(
        select(Register.id).where(
            Register.store_id == here.store_id, Register.code == code.strip().upper()
        )
    )
    if known is None:
        raise InvalidInput(
            say(
                "{store} has no register {code!r}; this database is register {register}",
                store=here.store_code,
                code=code.strip(),
                register=here.register,
            )
        )
    raise InvalidInput(
        say(
            "this database is register {register} of {store}: it cannot act as {code} (work "
            "on {code}'s own database)",
            register=here.register,
            store=here.store_code,
            code=code.strip().upper(),
        )
    )


def next_return_number(uow: UnitOfWork, store: Store) -> tuple[str, str]:
    """The next return number of this register and its code, inside the caller's write
    unit of work (the counter rises by one in the database, so two processes never take
    the same number, and a return deleted later never frees its number). Raises
    InvalidInput for a store that is not this register's own."""
    here = this_register(uow)
    if store.id != here.store_id:
        raise InvalidInput(
            say(
                "this database is register {register} of {store}: it takes returns for "
                "{store} only",
                register=here.register,
                store=here.store_code,
            )
        )
    seq = queries.take_return_seq(uow.session)
    return f"{here.store_code}-{here.register}-{here.tag}-RT{seq:06d}", here.register


# -- the clock ------------------------------------------------------------------------------
def when(uow: UnitOfWork, asked: datetime | None) -> datetime:
    """The moment of an act at this register: the machine's clock. A time asked for (a
    command's `--at`) is taken only by a demo database; a store's register refuses it, so
    nobody backdates a return or a sign-in."""
    now = datetime.now(UTC)
    if asked is None:
        return now
    if asked.tzinfo is None:
        raise InvalidInput(say("a time needs its UTC offset, e.g. +02:00"))
    here = this_register(uow)
    if here.is_demo:
        return asked
    raise InvalidInput(
        say(
            "--at is for demo databases only: {register} of {store} is a store's register, "
            "and its returns and sign-ins take this computer's clock",
            register=here.register,
            store=here.store_code,
        )
    )


# -- the chain this register syncs with -------------------------------------------------------
def set_central_url(
    uow: UnitOfWork, url: str | None, actor: Actor | None, *, moving: bool = False
) -> None:
    """Keep (or forget, with None) the central database this register syncs with, in its
    own database: each register database has its own (its password is not kept here).

    The register takes its policies and people from there, so only a manager points it
    elsewhere (`actor`); a register whose store has no one yet (just joined) and settings
    `moving` in from an older version's file need no one. A demo database never joins a
    chain. Raises PermissionDenied or InvalidInput."""
    here = this_register(uow)
    if url is not None and here.is_demo:
        raise InvalidInput(
            say(
                "this is the demo store's database: it does not join a chain (its returns are "
                "made up); make the register's database with `pos-returns sync join`"
            )
        )
    staff = uow.session.scalar(
        select(func.count())
        .select_from(Employee)
        .where(Employee.store_id == here.store_id, Employee.code != IMPORT_EMPLOYEE)
    )
    if staff and not moving:
        if actor is None or actor.store_id != here.store_id:
            raise PermissionDenied(
                say(
                    "pointing this register at a central database takes a manager: give "
                    "--employee CODE --pin PIN"
                )
            )
        require_manager(actor, say("setting up the central database"))
    identity = uow.session.get(RegisterIdentity, True)
    assert identity is not None
    identity.central_url = url
    uow.flush()


# -- the use cases ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Acting:
    """This register about to act: who it is, and the moment its act takes."""

    here: ThisRegister
    at: datetime


def register_of(db: Database) -> ThisRegister | None:
    """The register this database is; None when it is not one yet."""
    with UnitOfWork(db) as uow:
        return this_register(uow) if has_identity(uow) else None


def acting_as(db: Database, register: str | None = None, at: datetime | None = None) -> Acting:
    """This register, about to act: `register` (a command's ``--register``) may only name
    it, and `at` (``--at``) is taken by a demo database only (see `when`). Raises NotFound
    when the database is no register, InvalidInput for another register or a time asked
    of a store's register."""
    with UnitOfWork(db) as uow:
        here = check_register(uow, register)
        return Acting(here, when(uow, at))


def keep_central_url(
    db: Database, url: str | None, actor: Actor | None, *, moving: bool = False
) -> None:
    """`set_central_url` in a transaction of its own, committed."""
    with UnitOfWork(db, write=True) as uow:
        set_central_url(uow, url, actor, moving=moving)
        uow.commit()
