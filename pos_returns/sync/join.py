"""A new register joins its store in the chain: `pos-returns sync join`.

The register's database is made from the centre: the store as head office added it, this
database as a new instance of register `R?` of it (its own tag in its numbers, its own
journal key, registered at the centre), the sync settings kept in it, and then everything
the register needs pulled at once (policies, the store's receipts with what came back of
them, employees, the catalogue, the chain's key for ID numbers).
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from sqlalchemy.engine import make_url

from pos_returns.services.register import ThisRegister, has_identity, this_register
from pos_returns.services.stores import NewStore, create_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.sync import settings
from pos_returns.sync.central import _plain
from pos_returns.sync.common import CentralUnreachable, PushResult
from pos_returns.sync.push_records import introduce
from pos_returns.sync.worker import SyncPass, sync_once


class JoinError(Exception):
    """The register cannot join as asked; `str()` says why and what to do."""


@dataclass(frozen=True)
class Joined:
    register: ThisRegister
    store_name: str
    others: tuple[str, ...]  # other instances of the same register code the centre knows
    synced: SyncPass
    password_kept: str


def join(engine: Database, url: str, register: str, password: str) -> Joined:
    """Make `engine`'s empty database register `register` of the store whose role `url`
    names, and pull everything. Raises JoinError (nothing is kept then but what the
    message says) or CentralUnreachable."""
    url = settings.check_url(url)
    with UnitOfWork(engine) as uow:
        if has_identity(uow):
            here = this_register(uow)
            raise JoinError(
                f"this database is register {here.register} of {here.store_code} already: a "
                "new register joins with a database of its own (--db NEW_FILE)"
            )
    connect = settings.with_password(url, password)
    try:
        with psycopg.connect(_plain(connect), connect_timeout=5) as conn:
            row = conn.execute(
                "SELECT code, name, timezone, currency FROM stores WHERE code = current_store()"
            ).fetchone()
            if row is None:
                role = make_url(url).username
                raise JoinError(
                    f"{role} is no store's role in this chain: head office adds the store "
                    "(`pos-returns central add-store`) and gives you its role"
                )
            code, name, zone, currency = row
            others = tuple(
                f"{tag} (since {joined:%Y-%m-%d})"
                for tag, joined in conn.execute(
                    "SELECT tag, joined_at FROM register_instances"
                    " WHERE store = %s AND register = %s ORDER BY joined_at",
                    (code, register.strip().upper()),
                )
            )
    except psycopg.OperationalError as exc:
        raise CentralUnreachable(" ".join(str(exc).split())[:200]) from None
    with UnitOfWork(engine, write=True) as uow:
        create_store(
            uow,
            NewStore(code, name, zone, currency.strip(), registers=(register.strip().upper(),)),
        )
        uow.commit()
    kept = settings.save(engine, url, password, None)  # a new register: no one to ask yet
    with UnitOfWork(engine) as uow:
        here = this_register(uow)
    try:  # the database is this register now: a sync finishes what is not done here
        with psycopg.connect(_plain(connect), connect_timeout=5) as conn:
            known = introduce(engine, conn, here, PushResult())
    except psycopg.OperationalError:
        known = True  # the next sync introduces it
    if not known:
        raise JoinError(
            "the centre refused this register's instance (see `pos-returns sync`); call head office"
        )
    synced = sync_once(engine, connect, code)
    return Joined(here, name, others, synced, kept)
