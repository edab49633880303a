"""A new register joins its store in the chain: `pos-returns sync join`.

The register's database is made from the centre: the store as head office added it, this
database as a new instance of register `R?` of it (its own tag in its numbers, its own
journal key, registered at the centre), the sync settings kept in it, and then everything
the register needs pulled at once (policies, the store's receipts with what came back of
them, employees, the catalogue, the chain's key for ID numbers).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url

from pos_returns.services import exchange
from pos_returns.services.register import ThisRegister
from pos_returns.services.stores import NewStore
from pos_returns.services.uow import Database
from pos_returns.sync import settings
from pos_returns.sync.common import PushResult
from pos_returns.sync.connection import CentralUnreachable, connected
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
    _not_a_register_yet(engine)
    connect = settings.with_password(url, password)
    code = register.strip().upper()
    with connected(connect) as conn:
        row = conn.execute(
            "SELECT code, name, timezone, currency FROM stores WHERE code = current_store()"
        ).fetchone()
        if row is None:
            raise JoinError(
                f"{make_url(url).username} is no store's role in this chain: head office adds"
                " the store (`pos-returns central add-store`) and gives you its role"
            )
        store, name, zone, currency = row
        others = tuple(
            f"{tag} (since {joined:%Y-%m-%d})"
            for tag, joined in conn.execute(
                "SELECT tag, joined_at FROM register_instances"
                " WHERE store = %s AND register = %s ORDER BY joined_at",
                (store, code),
            )
        )
    new = NewStore(store, name, zone, currency.strip(), registers=(code,))
    here = exchange.become_register(engine, new)
    if here is None:
        _not_a_register_yet(engine)  # made one meanwhile: says which
        raise JoinError("this database became a register meanwhile")
    kept = settings.save(engine, url, password, None)  # a new register: no one to ask yet
    try:  # the database is this register now: a sync finishes what is not done here
        with connected(connect) as conn:
            known = introduce(engine, conn, here, PushResult())
    except CentralUnreachable:
        known = True  # the next sync introduces it
    if not known:
        raise JoinError(
            "the centre refused this register's instance (see `pos-returns sync`); call head office"
        )
    synced = sync_once(engine, connect, store)
    return Joined(here, name, others, synced, kept)


def _not_a_register_yet(engine: Database) -> None:
    """Raises JoinError when this database is a register already."""
    here = exchange.register_here(engine)
    if here is not None:
        raise JoinError(
            f"this database is register {here.register} of {here.store_code} already: a "
            "new register joins with a database of its own (--db NEW_FILE)"
        )
