"""`pos-returns bench store`: the store's speed on a till-sized SQLite database.

The database is filled with `receipts` synthetic receipts (1 to 7 lines, about 4 on
average; cash, card or both; 60% with a customer from a pool of 200,000) sold over the
year before today, in the SPEC.md example policy's store. Then, with the file warm in the
page cache as it is on a till in use, it times:

- **floor**: the raw floor, one indexed lookup of a receipt by primary key through the
  standard library's sqlite3 on the same file;
- **find + decide**: a scanned number found (receipt, lines, tenders, the receipt's and the
  customer's earlier returns, the published policy) and a 4-line return decided, in a read
  unit of work, as the counter does on each scan (`services.returns.propose`);
- **complete**: a 4-line return written in one write transaction (return, lines, refunds,
  store credit, journal entry, outbox row, print job) and committed with
  ``synchronous=FULL`` (fsync included), through the counter's `services.chain.complete_here`;
- **import**: a line-item CSV of `import_lines` rows imported into that full database.

The filled database (`bench.fill`) is kept at `path`, and reused by the next run with the
same number of receipts, because filling a million receipts takes a few minutes.
"""

from __future__ import annotations

import csv
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

from pos_returns.bench.fill import (
    CATEGORIES,
    STORE,
    Progress,
    count_rows,
    open_store,
    prepare_database,
    recent_receipts,
)
from pos_returns.domain.model import Condition
from pos_returns.services.auth import Actor
from pos_returns.services.chain import complete_here
from pos_returns.services.importing import import_receipts
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem, propose
from pos_returns.services.uow import Database
from pos_returns.store.models import Receipt, ReceiptLine

TARGETS_MS = {"find + decide": 5.0, "complete": 20.0}
IMPORT_TARGET = 20_000  # lines per second
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
    manager, cashier = open_store(engine, now)
    total, lines = count_rows(engine, Receipt), count_rows(engine, ReceiptLine)
    rng = random.Random(seed + 1)
    picks = recent_receipts(engine, now, 2 * rounds + 40, rng)
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


def _time_find_decide(engine: Database, numbers: list[str], now: datetime) -> Timing:
    def scan(number: str) -> None:
        proposal = propose(engine, _request(number.lower(), now), store_code=STORE)
        assert len(proposal.decision.lines) == 4

    return _timed("find + decide", scan, numbers)


def _time_complete(
    engine: Database,
    numbers: list[str],
    now: datetime,
    people: tuple[Actor, Actor],
) -> Timing:
    cashier, manager = people

    def complete(number: str) -> None:
        complete_here(
            engine,
            None,
            STORE,
            CompleteReturn(
                request=_request(number, now),
                employee=cashier,
                reason="changed-mind",
                approver=manager,  # used only when the decision asks for one
            ),
        )

    return _timed("complete", complete, numbers)


def _time_import(
    engine: Database, lines: int, now: datetime, rng: random.Random, manager: Actor
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
