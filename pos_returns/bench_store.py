"""`pos-returns bench store`: the store's speed on a till-sized SQLite database.

The database is filled with `receipts` synthetic receipts (1 to 7 lines, about 4 on
average; cash, card or both; 60% with a customer from a pool of 200,000) sold over the
year before today, in the SPEC.md example policy's store. Then, with the file warm in the
page cache as it is on a till in use, it times:

- **floor**: the raw floor, one indexed lookup of a receipt by primary key through the
  standard library's sqlite3 on the same file;
- **find + decide**: a scanned number found (`propose_return`: receipt, lines, tenders,
  the receipt's and the customer's earlier returns, the published policy) and a 4-line
  return decided, in a read unit of work, as the counter does on each scan;
- **complete**: a 4-line return written in one write transaction (return, lines, refunds,
  store credit, journal entry, outbox row, print job) and committed with
  ``synchronous=FULL`` (fsync included);
- **import**: a line-item CSV of `import_lines` rows imported into that full database.

The filled database is kept at `path`, and reused by the next run with the same number
of receipts, because filling a million receipts takes a few minutes.
"""

from __future__ import annotations

import csv
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, func, select

from pos_returns.domain.model import Condition
from pos_returns.resources import resource
from pos_returns.services.auth import Actor
from pos_returns.services.importing import import_receipts
from pos_returns.services.policies import publish_policy
from pos_returns.services.returns import (
    CompleteReturn,
    DecideReturn,
    ReturnItem,
    complete_return,
    propose_return,
)
from pos_returns.services.sales import number_key
from pos_returns.services.stores import NewStore, add_employee, create_store, get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import bulk_insert, make_engine, migrate
from pos_returns.store.ids import uuid7
from pos_returns.store.models import Employee, Receipt, ReceiptLine, Return, Role, Store, Tender

STORE = "B01"
REGISTERS = ("R1", "R2", "R3")
CATEGORIES = ("apparel", "home", "toys", "books", "beauty", "electronics")
TARGETS_MS = {"find + decide": 5.0, "complete": 20.0}
IMPORT_TARGET = 20_000  # lines per second
Progress = Callable[[str], None]
T = TypeVar("T")


@dataclass(frozen=True)
class Timing:
    name: str
    samples_ms: tuple[float, ...]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95(self) -> float:
        return statistics.quantiles(self.samples_ms, n=20, method="inclusive")[-1]

    @property
    def worst(self) -> float:
        return max(self.samples_ms)

    def line(self, floor: Timing | None = None) -> str:
        text = (
            f"{self.name:<14} p50 {self.p50:7.3f} ms   p95 {self.p95:7.3f} ms   "
            f"max {self.worst:7.2f} ms   ({len(self.samples_ms)} runs)"
        )
        if floor is not None:
            text += f"   p95 = {self.p95 / floor.p95:,.0f} x floor"
        target = TARGETS_MS.get(self.name)
        if target is not None:
            text += f"   target p95 < {target:g} ms: {'met' if self.p95 < target else 'MISSED'}"
        return text


@dataclass(frozen=True)
class StoreBench:
    database: Path
    receipts: int
    lines: int
    size_bytes: int
    fill_seconds: float | None  # None: the database was there already
    floor: Timing
    find_decide: Timing
    complete: Timing
    import_lines: int
    import_seconds: float

    @property
    def import_lines_per_second(self) -> float:
        return self.import_lines / self.import_seconds if self.import_seconds else 0.0

    def missed(self) -> list[str]:
        """The targets this run missed (empty when all were met)."""
        out = [
            f"{t.name} p95 {t.p95:.2f} ms >= {TARGETS_MS[t.name]:g} ms"
            for t in (self.find_decide, self.complete)
            if t.p95 >= TARGETS_MS[t.name]
        ]
        if self.import_lines_per_second < IMPORT_TARGET:
            out.append(f"import {self.import_lines_per_second:,.0f} lines/s < {IMPORT_TARGET:,}")
        return out

    def report(self) -> str:
        filled = (
            f"filled in {self.fill_seconds:.0f} s"
            if self.fill_seconds is not None
            else "reused from an earlier run"
        )
        rate = self.import_lines_per_second
        return "\n".join(
            [
                f"SQLite database {self.database} ({self.size_bytes / 2**20:,.0f} MiB, {filled})",
                f"{self.receipts:,} receipts, {self.lines:,} lines "
                f"({self.lines / max(self.receipts, 1):.2f} per receipt)",
                self.floor.line(),
                self.find_decide.line(self.floor),
                self.complete.line(self.floor),
                f"{'import':<14} {self.import_lines:,} CSV lines in {self.import_seconds:.1f} s: "
                f"{rate:,.0f} lines/s   target >= {IMPORT_TARGET:,}: "
                f"{'met' if rate >= IMPORT_TARGET else 'MISSED'}",
            ]
        )


def run_store_bench(
    path: Path,
    *,
    receipts: int = 1_000_000,
    rounds: int = 500,
    import_lines: int = 100_000,
    seed: int = 7,
    progress: Progress = lambda _text: None,
) -> StoreBench:
    """Fill (or reuse) the database at `path`, then time the four workloads."""
    if receipts < 100 or rounds < 20:
        raise ValueError("the store bench needs at least 100 receipts and 20 rounds")
    now = datetime.now(UTC)
    engine, fill_seconds = prepare_database(path, receipts, now, seed=seed, progress=progress)
    manager, cashier = _open_store(engine, now)
    total, lines = _count(engine, Receipt), _count(engine, ReceiptLine)
    rng = random.Random(seed + 1)
    picks = _recent_receipts(engine, now, 2 * rounds + 40, rng)
    if len(picks) < 2 * rounds + 40:
        raise ValueError(
            f"{path} has too few receipts sold 2 to 12 days ago and not returned yet for "
            f"{rounds} rounds (runs and days since the fill use them up); delete it and "
            "run again"
        )
    deciding, completing = picks[: rounds + 20], picks[rounds + 20 :]

    progress(f"timing the raw floor ({rounds} primary-key lookups)")
    floor = _time_floor(path, [receipt_id for receipt_id, _ in deciding])
    progress(f"timing find + decide ({rounds} scans)")
    find_decide = _time_find_decide(engine, [n for _, n in deciding], now)
    progress(f"timing complete ({rounds} returns)")
    complete = _time_complete(engine, [n for _, n in completing], now, (cashier, manager))
    progress(f"timing an import of {import_lines:,} CSV lines")
    imported, seconds = _time_import(engine, import_lines, now, rng, manager)
    return StoreBench(
        database=path,
        receipts=total,
        lines=lines,
        size_bytes=path.stat().st_size,
        fill_seconds=fill_seconds,
        floor=floor,
        find_decide=find_decide,
        complete=complete,
        import_lines=imported,
        import_seconds=seconds,
    )


def prepare_database(
    path: Path,
    receipts: int,
    now: datetime,
    *,
    seed: int = 7,
    progress: Progress = lambda _text: None,
) -> tuple[Engine, float | None]:
    """The bench store at `path` with `receipts` receipts of the last year, filled once and
    reused; gives the engine and the seconds the fill took (None when it was there)."""
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    _open_store(engine, now)
    count = _count(engine, Receipt, bench_only=True)
    if count == receipts:
        return engine, None
    if count:
        raise ValueError(
            f"{path} holds {count:,} receipts, not {receipts:,}; "
            "give another --db or delete that file"
        )
    start = time.perf_counter()
    _fill(engine, receipts, now, random.Random(seed), progress)
    return engine, time.perf_counter() - start


def recent_numbers(engine: Engine, now: datetime, want: int, seed: int = 8) -> list[str]:
    """Numbers of receipts of 4 lines or more, sold 2 to 12 days ago, not returned yet."""
    return [number for _, number in _recent_receipts(engine, now, want, random.Random(seed))]


# -- the store and its receipts -------------------------------------------------------------
def _open_store(engine: Engine, now: datetime) -> tuple[Actor, Actor]:
    """The bench store with a cashier and a manager and the example policy (made once)."""
    with UnitOfWork(engine, write=True) as uow:
        store = uow.session.scalar(select(Store).where(Store.code == STORE))
        if store is None:
            store = create_store(
                uow, NewStore(STORE, "Bench store", "Europe/Riga", "EUR", registers=REGISTERS)
            )
            add_employee(uow, store, code="101", name="Cashier", role=Role.CASHIER, pin="1234")
            add_employee(uow, store, code="900", name="Manager", role=Role.MANAGER, pin="9999")
            manager = _actor(uow, store, "900")
            policy = json.loads(resource("examples", "policy.json").read_text("utf-8"))
            publish_policy(uow, store, manager, policy, now - timedelta(days=400))
            uow.commit()
        return _actor(uow, store, "900"), _actor(uow, store, "101")


def _actor(uow: UnitOfWork, store: Store, code: str) -> Actor:
    # The bench signs nobody in: scrypt on every round would time the PIN hash instead.
    employee = uow.session.scalars(
        select(Employee).where(Employee.store_id == store.id, Employee.code == code)
    ).one()
    return Actor(employee.id, store.id, employee.code, employee.name, Role(employee.role))


def _count(
    engine: Engine, model: type[Receipt] | type[ReceiptLine], *, bench_only: bool = False
) -> int:
    """Rows of `model`; with `bench_only`, the receipts the fill made (not later imports)."""
    query = select(func.count()).select_from(model)
    if bench_only:
        query = query.where(Receipt.source == "bench")
    with UnitOfWork(engine) as uow:
        return uow.session.scalar(query) or 0


def _fill(
    engine: Engine, receipts: int, now: datetime, rng: random.Random, progress: Progress
) -> None:
    batch = 20_000
    start = now - timedelta(days=365)
    step = timedelta(days=365) / receipts
    with UnitOfWork(engine) as uow:
        store_id = get_store(uow, STORE).id
    made = 0
    while made < receipts:
        size = min(batch, receipts - made)
        rows = [_receipt(store_id, made + k, start + step * (made + k), rng) for k in range(size)]
        with UnitOfWork(engine, write=True) as uow:
            connection = uow.session.connection()
            bulk_insert(connection, Receipt, [r for r, _, _ in rows])
            bulk_insert(connection, ReceiptLine, [x for _, ls, _ in rows for x in ls])
            bulk_insert(connection, Tender, [t for _, _, ts in rows for t in ts])
            uow.commit()
        made += size
        progress(f"filled {made:,} of {receipts:,} receipts")


Row = dict[str, Any]


def _receipt(
    store_id: Any, n: int, sold_at: datetime, rng: random.Random
) -> tuple[Row, list[Row], list[Row]]:
    register = REGISTERS[n % len(REGISTERS)]
    number = f"{STORE}-{register}-{n + 1:07d}"
    receipt_id = uuid7()
    lines: list[Row] = []
    total = 0
    for line_no in range(1, rng.choice((1, 2, 3, 4, 4, 4, 5, 6, 7)) + 1):
        qty = rng.choice((1, 1, 1, 2, 3))
        unit = rng.randrange(100, 6000)
        amount = unit * qty
        total += amount
        lines.append(
            {
                "id": uuid7(),
                "store_id": store_id,
                "receipt_id": receipt_id,
                "line_no": line_no,
                "sku": f"{rng.randrange(200_000, 200_300):013d}",
                "description": f"Article {line_no}",
                "category": CATEGORIES[rng.randrange(5)],  # electronics only in the import
                "tags": (),
                "qty": qty,
                "unit_price_minor": unit,
                "amount_minor": amount,
                "tax_minor": round(amount * 21 / 121),
                "returned_qty": 0,
            }
        )
    customer = f"C{rng.randrange(200_000):06d}" if rng.random() < 0.6 else None
    split = [("card", total)] if rng.random() < 0.6 else [("cash", total)]
    if total > 1000 and rng.random() < 0.2:
        split = [("cash", 1000), ("card", total - 1000)]
    tenders = [
        {
            "id": uuid7(),
            "store_id": store_id,
            "receipt_id": receipt_id,
            "position": position,
            "method": method,
            "amount_minor": amount,
            "reference": f"VISA {rng.randrange(10_000):04d}" if method == "card" else None,
        }
        for position, (method, amount) in enumerate(split)
    ]
    receipt = {
        "id": receipt_id,
        "store_id": store_id,
        "number": number,
        "number_key": number_key(number),
        "register_code": register,
        "sold_at": sold_at,
        "currency": "EUR",
        "customer": customer,
        "total_minor": total,
        "source": "bench",
        "imported_at": sold_at,
    }
    return receipt, lines, tenders


def _recent_receipts(
    engine: Engine, now: datetime, want: int, rng: random.Random
) -> list[tuple[Any, str]]:
    """Receipts of 4 lines or more, sold 2 to 12 days ago, never returned, in random order."""
    with UnitOfWork(engine) as uow:
        lines = select(func.count()).where(ReceiptLine.receipt_id == Receipt.id).scalar_subquery()
        rows = uow.session.execute(
            select(Receipt.id, Receipt.number)
            .where(
                Receipt.sold_at >= now - timedelta(days=12),
                Receipt.sold_at < now - timedelta(days=2),
                Receipt.source == "bench",
                lines >= 4,
            )
            .order_by(Receipt.sold_at)
        ).all()
    picked = [(r.id, r.number) for r in rows]
    rng.shuffle(picked)
    with UnitOfWork(engine) as uow:
        done = set(uow.session.scalars(select(Return.receipt_id)))
    return [p for p in picked if p[0] not in done][:want]


# -- the timings ------------------------------------------------------------------------------
def _timed(name: str, call: Callable[[T], object], args: Iterable[T], warm_up: int = 20) -> Timing:
    """Time `call(arg)` for each of `args`; the first `warm_up` calls are not counted."""
    samples = []
    for k, arg in enumerate(args):
        start = time.perf_counter()
        call(arg)
        elapsed = (time.perf_counter() - start) * 1000
        if k >= warm_up:
            samples.append(elapsed)
    return Timing(name, tuple(samples))


def _time_floor(path: Path, ids: list[Any]) -> Timing:
    connection = sqlite3.connect(path)
    try:
        keys = [receipt_id.hex for receipt_id in ids]  # SQLAlchemy's Uuid on SQLite: 32 hex
        sql = "SELECT * FROM receipts WHERE id = ?"
        assert connection.execute(sql, (keys[0],)).fetchone() is not None

        def lookup(key: str) -> None:
            connection.execute(sql, (key,)).fetchone()

        return _timed("floor", lookup, keys)
    finally:
        connection.close()


def _request(number: str, at: datetime) -> DecideReturn:
    items = tuple(ReturnItem(line, 1, Condition.UNOPENED) for line in range(1, 5))
    return DecideReturn(number, items, at)


def _time_find_decide(engine: Engine, numbers: list[str], now: datetime) -> Timing:
    with UnitOfWork(engine) as uow:
        store = get_store(uow, STORE)
        store_id = store.id

    def scan(number: str) -> None:
        with UnitOfWork(engine) as uow:
            store = uow.session.get(Store, store_id)
            assert store is not None
            proposal = propose_return(uow, store, _request(number.lower(), now))
            assert len(proposal.decision.lines) == 4

    return _timed("find + decide", scan, numbers)


def _time_complete(
    engine: Engine,
    numbers: list[str],
    now: datetime,
    people: tuple[Actor, Actor],
) -> Timing:
    cashier, manager = people
    with UnitOfWork(engine) as uow:
        store_id = get_store(uow, STORE).id

    def complete(number: str) -> None:
        with UnitOfWork(engine, write=True) as uow:
            store = uow.session.get(Store, store_id)
            assert store is not None
            complete_return(
                uow,
                store,
                CompleteReturn(
                    request=_request(number, now),
                    employee=cashier,
                    reason="changed-mind",
                    approver=manager,  # used only when the decision asks for one
                ),
            )
            uow.commit()

    return _timed("complete", complete, numbers)


def _time_import(
    engine: Engine, lines: int, now: datetime, rng: random.Random, manager: Actor
) -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sales.csv"
        stamp = now.strftime("%Y%m%d%H%M%S")
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(
                ["receipt_number", "sold_at", "sku", "description", "qty", "unit_price",
                 "customer", "category"]
            )  # fmt: skip
            written = n = 0
            while written < lines:
                n += 1
                sold = (now - timedelta(days=rng.randrange(1, 300))).strftime("%Y-%m-%d %H:%M:%S")
                customer = f"C{rng.randrange(200_000):06d}" if rng.random() < 0.6 else ""
                for _ in range(min(rng.choice((1, 2, 3, 4, 4, 4, 5, 6, 7)), lines - written)):
                    writer.writerow(
                        [f"IMP-{stamp}-{n:07d}", sold, f"{rng.randrange(200_000, 200_300):013d}",
                         "Article été ā", rng.choice((1, 1, 2)),
                         f"{rng.randrange(100, 6000) / 100:.2f}", customer,
                         CATEGORIES[rng.randrange(6)]]
                    )  # fmt: skip
                    written += 1
        report = import_receipts(engine, STORE, path, tax_rate=Decimal(21), actor=manager)
    if report.rejects:
        raise RuntimeError(f"the bench import rejected rows: {report.summary()}")
    return report.lines_added, report.elapsed
