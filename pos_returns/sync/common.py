"""What the sync modules share: the result of a push, the error for a centre that does not
answer, the batched upsert that counts what was new, and where each stream stands."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import Engine

from pos_returns.services.chain import ChainUnreachable
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Store, SyncState

BATCH = 500


class CentralUnreachable(ChainUnreachable):
    """The central database did not answer or dropped the connection; nothing is lost:
    what was not confirmed goes up with the next push."""


@dataclass
class PushResult:
    receipts: int = 0  # new on the central side
    returns: int = 0  # new on the central side
    already_there: int = 0  # sent before (a retried batch)
    journal: int = 0
    policies: int = 0
    employees: int = 0
    prints: int = 0
    policy_clashes: list[int] = field(default_factory=list)  # versions the chain has other
    conflicts: list[tuple[str, int]] = field(default_factory=list)  # (return number, line)
    refused: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, label, reason)

    @property
    def moved(self) -> int:
        return (
            self.receipts
            + self.returns
            + self.journal
            + self.policies
            + self.employees
            + self.prints
        )


def insert_returning(cur: psycopg.Cursor[Any], query: str, rows: Sequence[Any]) -> list[Any]:
    """Run `query` for each row; the keys it returned (the rows that were new). psycopg's
    rowcount after a batch of upserts is -1, so the RETURNING rows are what counts."""
    if not rows:
        return []
    cur.executemany(query, rows, returning=True)  # type: ignore[arg-type]
    new = []
    while True:
        found = cur.fetchone()
        if found is not None:
            new.append(found[0])
        if not cur.nextset():
            break
    return new


def state(uow: UnitOfWork, store: Store, name: str) -> str | None:
    row = uow.session.get(SyncState, (store.id, name))
    return row.value if row else None


def set_state(engine: Engine, store_code: str, name: str, value: str) -> None:
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow, store_code)
        row = uow.session.get(SyncState, (store.id, name))
        if row is None:
            uow.session.add(SyncState(store_id=store.id, name=name, value=value))
        else:
            row.value = value
            row.updated_at = datetime.now(UTC)
        uow.commit()
