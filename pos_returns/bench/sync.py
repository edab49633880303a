"""`pos-returns bench sync`: the central exchange at the issue's volumes, on a throwaway
central database of the PostgreSQL server given.

- push: a register with `returns` completed returns (each with its line, refund and outbox
  row, cloned from one return completed by the services) pushes them all;
- pull: a new register pulls a store's `receipts` receipts (4 lines each, made on the
  central side with generate_series);
- many: `registers` registers, each with its own database and returns, push and pull at
  the same time; every return must arrive once.

Returns are completed as the counter completes them (`services.chain.complete_here`); the
registers' stores and receipts are made with the services' steps in one unit of work each,
and the push's thousands of returns are copies of one completed return written in bulk
(completing 10,000 returns one by one would time the returns, not the push).
"""

from __future__ import annotations

import copy
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import Engine, select

from pos_returns.domain.formats import parse_receipt
from pos_returns.domain.model import Condition
from pos_returns.resources import resource
from pos_returns.services import sales
from pos_returns.services.auth import Actor
from pos_returns.services.chain import complete_here
from pos_returns.services.policies import publish_policy
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem
from pos_returns.services.stores import NewStore, add_employee, create_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import bulk_insert, open_database
from pos_returns.store.ids import uuid7
from pos_returns.store.models import OutboxItem, Refund, Return, ReturnLine, Role
from pos_returns.sync import central
from pos_returns.sync.pull import pull
from pos_returns.sync.push import push

PASSWORD = "bench-store-password"
SOLD = datetime(2026, 10, 3, 12, 0, tzinfo=UTC)


@dataclass
class SyncBench:
    returns: int = 0
    push_seconds: float = 0.0
    receipts: int = 0
    pull_seconds: float = 0.0
    registers: int = 0
    each: int = 0
    many_seconds: float = 0.0
    arrived: int = 0
    errors: list[str] = field(default_factory=list)

    def report(self) -> str:
        lines = []
        if self.returns:
            lines.append(
                f"push: {self.returns:,} returns in {self.push_seconds:.1f} s "
                f"({self.returns / self.push_seconds:,.0f}/s; target < 10 s)"
            )
        if self.receipts:
            lines.append(
                f"pull: {self.receipts:,} receipts to a new register in {self.pull_seconds:.1f} s"
                f" ({self.receipts / self.pull_seconds:,.0f}/s; target < 120 s)"
            )
        if self.registers:
            lines.append(
                f"{self.registers} registers at once, {self.each} returns each: "
                f"{self.arrived:,} of {self.registers * self.each:,} arrived in "
                f"{self.many_seconds:.1f} s, {len(self.errors)} errors"
            )
        return "\n".join(lines)

    def missed(self) -> list[str]:
        out = []
        if self.returns and self.push_seconds >= 10:
            out.append(f"push took {self.push_seconds:.1f} s")
        if self.receipts and self.pull_seconds >= 120:
            out.append(f"pull took {self.pull_seconds:.1f} s")
        if self.registers and (self.errors or self.arrived != self.registers * self.each):
            out.append(f"{self.registers} registers: {self.errors[:3]} arrived {self.arrived}")
        return out


@contextmanager
def throwaway_central(admin_url: str) -> Iterator[str]:
    """A new central database on `admin_url`'s server (dropped afterwards, with its roles)."""
    name = "posr_bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin_url.rsplit("/", 1)[0]
    url = f"{base}/{name}"
    try:
        central.init(url)
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            roles = conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (name + "%",)
            ).fetchall()
            for (role,) in roles:
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def store_url(url: str, role: str) -> str:
    scheme, rest = url.split("://", 1)
    host = rest.split("@", 1)[-1]
    return f"{scheme}://{role}:{PASSWORD}@{host}"


def add_bench_store(url: str, code: str) -> str:
    name = url.rsplit("/", 1)[1]
    role = central.add_store(
        url,
        central.NewStore(code, f"Store {code}", "Europe/Riga", "EUR", PASSWORD),
        f"{name}_{code.lower()}",
    )
    return store_url(url, role)


def new_register(
    path: Path, code: str, receipts: int = 0, sold_at: str = "R2"
) -> tuple[Engine, Actor]:
    """A register database of store `code`: the example policy, a manager, `receipts`
    copies of the example receipt (numbers ``<code>-<sold_at>-000001`` ...)."""
    engine = open_database(str(path))
    policy = json.loads(resource("examples", "policy.json").read_text("utf-8"))
    example = json.loads(resource("examples", "receipt.json").read_text("utf-8"))
    with UnitOfWork(engine, write=True) as uow:
        store = create_store(
            uow, NewStore(code, f"Store {code}", "Europe/Riga", "EUR", registers=(sold_at,))
        )
        cashier = add_employee(uow, store, code="101", name="Bench", role=Role.MANAGER, pin="1234")
        actor = Actor(cashier.id, store.id, "101", "Bench", Role.MANAGER)
        publish_policy(uow, store, actor, policy, SOLD - timedelta(days=1))
        made = []
        for i in range(1, receipts + 1):
            doc = copy.deepcopy(example)
            number = f"{code}-{sold_at}-{i:06d}"
            doc.update(store=code, receipt_number=number, sold_at=SOLD.isoformat())
            made.append(parse_receipt(doc))
        sales.save_receipts(uow, store, made)
        uow.commit()
    return engine, actor


def completed_returns(engine: Engine, actor: Actor, code: str, count: int) -> None:
    """`count` returns: the first completed by the services, the rest its copies, one per
    receipt (their own ids, numbers and outbox rows), written in bulk."""
    at = SOLD + timedelta(days=5)
    item = (ReturnItem(1, 1, Condition.UNOPENED),)
    done = complete_here(
        engine,
        None,
        code,
        CompleteReturn(DecideReturn(f"{code}-R2-000001", item, at), actor, "gift"),
    )
    _copies(engine, done.return_id, code, count, at)


def _copies(engine: Engine, return_id: uuid.UUID, code: str, count: int, at: datetime) -> None:
    """Returns 2 to `count`: copies of the return `return_id`, written in bulk."""
    with UnitOfWork(engine, write=True) as uow:
        model = uow.session.get(Return, return_id)
        assert model is not None
        line = uow.session.scalars(select(ReturnLine).where(ReturnLine.return_id == model.id)).one()
        refund = uow.session.scalars(select(Refund).where(Refund.return_id == model.id)).first()
        base = {c.key: getattr(model, c.key) for c in Return.__table__.columns}
        line_base = {c.key: getattr(line, c.key) for c in ReturnLine.__table__.columns}
        refund_base = (
            {c.key: getattr(refund, c.key) for c in Refund.__table__.columns} if refund else None
        )
        rows, lines, refunds, outbox = [], [], [], []
        for i in range(2, count + 1):
            rid = uuid7()
            rows.append(
                {
                    **base,
                    "id": rid,
                    "number": f"{code}-R1-RT{i:06d}",
                    "receipt_id": None,
                    "receipt_number": f"{code}-R2-{i:06d}",
                }
            )
            lines.append({**line_base, "id": uuid7(), "return_id": rid, "receipt_line_id": None})
            if refund_base:
                refunds.append({**refund_base, "id": uuid7(), "return_id": rid})
            outbox.append(
                {
                    "id": uuid7(),
                    "store_id": model.store_id,
                    "kind": "return",
                    "subject_id": rid,
                    "payload": {},
                    "created_at": at,
                    "sent_at": None,
                }
            )
        connection = uow.session.connection()
        for table, batch in ((Return, rows), (ReturnLine, lines), (Refund, refunds)):
            bulk_insert(connection, table, batch)
        bulk_insert(connection, OutboxItem, outbox)
        uow.commit()
    # The copies count against their receipts like the original: they carry a sale line.
    with UnitOfWork(engine, write=True) as uow:
        uow.session.execute(
            ReturnLine.__table__.update()
            .where(ReturnLine.receipt_line_id.is_(None))
            .values(receipt_line_id=line_base["receipt_line_id"])
        )
        uow.commit()


def bench_push(admin_url: str, folder: Path, returns: int, result: SyncBench) -> None:
    with throwaway_central(admin_url) as url:
        s01 = add_bench_store(url, "S01")
        engine, actor = new_register(folder / "push.sqlite3", "S01", receipts=returns)
        push(engine, s01, "S01")  # the receipts first: a register's sales are central already
        completed_returns(engine, actor, "S01", returns)
        started = time.perf_counter()
        pushed = push(engine, s01, "S01")
        result.push_seconds = time.perf_counter() - started
        result.returns = pushed.returns
        engine.dispose()


def bench_pull(admin_url: str, folder: Path, receipts: int, result: SyncBench) -> None:
    with throwaway_central(admin_url) as url:
        s01 = add_bench_store(url, "S01")
        with psycopg.connect(url) as conn:
            conn.execute(
                "INSERT INTO receipts (store, id, number, number_key, register, sold_at,"
                " currency, customer, total_minor)"
                " SELECT 'S01', gen_random_uuid(), 'S01-R1-' || lpad(i::text, 7, '0'),"
                " 'S01R1' || lpad(i::text, 7, '0'), 'R1',"
                " timestamptz '2026-01-01' + i * interval '20 seconds', 'EUR',"
                " CASE WHEN i %% 3 = 0 THEN 'C-' || (i %% 50000) END, 10000"
                " FROM generate_series(1, %s) AS i",
                (receipts,),
            )
            conn.execute(
                "INSERT INTO receipt_lines (store, receipt_id, line_no, sku, description,"
                " category, tags, qty, unit_price_minor, amount_minor, tax_minor)"
                " SELECT 'S01', r.id, n, 'SKU' || n, 'Item ' || n, 'apparel', '[]', 1, 2500,"
                " 2500, 434 FROM receipts r, generate_series(1, 4) AS n"
            )
            conn.execute(
                "INSERT INTO tenders (store, receipt_id, position, method, amount_minor,"
                " reference) SELECT 'S01', id, 0, 'card', 10000, 'VISA 1234' FROM receipts"
            )
        engine, _ = new_register(folder / "pull.sqlite3", "S01")
        started = time.perf_counter()
        pulled = pull(engine, s01, "S01")
        result.pull_seconds = time.perf_counter() - started
        result.receipts = pulled.receipts
        engine.dispose()


def bench_many(admin_url: str, folder: Path, registers: int, each: int, result: SyncBench) -> None:
    """`registers` registers of 5 stores, each with its own returns, all syncing at once."""
    with throwaway_central(admin_url) as url:
        stores = [f"S{i:02d}" for i in range(1, 6)]
        urls = {code: add_bench_store(url, code) for code in stores}
        engines = []
        for i in range(registers):
            code = stores[i % len(stores)]
            till = f"R{i + 10}"
            engine, actor = new_register(folder / f"reg{i}.sqlite3", code, each, sold_at=till)
            engines.append((engine, code))
            push(engine, urls[code], code)  # its sales are central already
            _renumbered(engine, actor, code, each, register=till)
        errors: list[str] = []

        def run(engine: Engine, code: str) -> None:
            try:
                push(engine, urls[code], code)
                pull(engine, urls[code], code)
            except Exception as exc:  # noqa: BLE001 - counted and reported
                errors.append(f"{code}: {exc}")

        threads = [threading.Thread(target=run, args=pair) for pair in engines]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        result.many_seconds = time.perf_counter() - started
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT count(*) FROM returns").fetchone()
        result.arrived = int(row[0]) if row else 0
        result.registers, result.each, result.errors = registers, each, errors
        for engine, _code in engines:
            engine.dispose()


def _renumbered(engine: Engine, actor: Actor, code: str, count: int, register: str) -> None:
    """`count` returns at `register`, each of a different receipt (through the services)."""
    at = SOLD + timedelta(days=5)
    for i in range(1, count + 1):
        complete_here(
            engine,
            None,
            code,
            CompleteReturn(
                DecideReturn(
                    f"{code}-{register}-{i:06d}", (ReturnItem(1, 1, Condition.UNOPENED),), at
                ),
                actor,
                "gift",
                approver=actor,  # the example customer soon passes the return limit
            ),
        )


def run_sync_bench(
    admin_url: str,
    folder: Path,
    *,
    returns: int = 10_000,
    receipts: int = 1_000_000,
    registers: int = 50,
    each: int = 20,
    progress: Callable[[str], None] = lambda _t: None,
) -> SyncBench:
    result = SyncBench()
    if returns:
        progress(f"push: {returns:,} returns…")
        bench_push(admin_url, folder, returns, result)
    if receipts:
        progress(f"pull: {receipts:,} receipts…")
        bench_pull(admin_url, folder, receipts, result)
    if registers:
        progress(f"{registers} registers at once…")
        bench_many(admin_url, folder, registers, each, result)
    return result
