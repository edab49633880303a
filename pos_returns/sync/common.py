"""What the sync modules share: the result of a push, the error for a centre that does not
answer, and the one way a record kind goes up — its rows inserted with
``ON CONFLICT DO NOTHING RETURNING`` its key, so what was new is counted and only the new
ones' children follow."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any, Generic, TypeVar

import psycopg

from pos_returns.sync.connection import CentralUnreachable

__all__ = ["BATCH", "CentralUnreachable", "Kind", "PushResult", "Table", "insert_returning"]

BATCH = 500
R = TypeVar("R")


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


@dataclass(frozen=True)
class Table:
    """A central table as a push writes it: the store's code, then `columns`, each read
    from the record's attribute of that name (`services.exchange` names them so)."""

    name: str
    columns: tuple[str, ...]
    conflict: str = ""  # the key `ON CONFLICT` names, e.g. "(store, id)"; "" for any clash
    returning: str | None = None  # the key a new row returns
    json: frozenset[str] = frozenset()  # columns sent as JSON text

    @cached_property
    def insert(self) -> str:
        marks = ", ".join(["%s"] * (len(self.columns) + 1))
        on = " ".join(part for part in ("ON CONFLICT", self.conflict, "DO NOTHING") if part)
        sql = f"INSERT INTO {self.name} (store, {', '.join(self.columns)}) VALUES ({marks}) {on}"
        return f"{sql} RETURNING {self.returning}" if self.returning else sql

    @cached_property
    def _values(self) -> Callable[[Any], tuple[Any, ...]]:
        read = attrgetter(*self.columns)
        if len(self.columns) == 1:
            return lambda record: (read(record),)
        if not self.json:
            return read  # type: ignore[no-any-return]
        encoded = [column in self.json for column in self.columns]
        return lambda record: tuple(
            json.dumps(value) if as_json else value
            for value, as_json in zip(read(record), encoded, strict=True)
        )

    def rows(self, store: str, records: Iterable[Any]) -> list[tuple[Any, ...]]:
        values = self._values
        return [(store, *values(record)) for record in records]


@dataclass(frozen=True)
class Kind(Generic[R]):
    """A kind of record that goes up: its table, its key, and the tables of what hangs on
    it (a receipt's lines and tenders, a return's lines, refunds, approval and credit),
    written for the records new at the centre only."""

    name: str  # receipt | return | journal | policy | print
    table: Table
    key: Callable[[R], Any]
    children: tuple[tuple[Table, Callable[[R], Iterable[Any]]], ...] = ()

    def insert_new(self, cur: psycopg.Cursor[Any], store: str, records: Sequence[R]) -> set[Any]:
        """Insert `records` (``ON CONFLICT DO NOTHING``) and the children of the ones the
        centre did not have; their keys. A record that clashes with another row on anything
        but its key is left to the table's `conflict` to decide: refused, or taken as there."""
        new = set(insert_returning(cur, self.table.insert, self.table.rows(store, records)))
        fresh = [record for record in records if self.key(record) in new]
        for table, of in self.children:
            rows = table.rows(store, (child for record in fresh for child in of(record)))
            if rows:
                cur.executemany(table.insert, rows)
        return new
