"""The store bench's database: the SPEC.md example policy's store with a year of receipts.

`prepare_database` fills a SQLite file with synthetic receipts (1 to 7 lines, about 4 on
average; cash, card or both; 60% with a customer from a pool of 200,000) sold over the year
before today, once, and reuses it. The store, its people and policy are made with the
services' steps in one unit of work, and the receipts written in bulk (`bulk_insert`, in
batches of 20,000): a million receipts through the import would take many minutes, and the
bench times the till's work on a full database, not its filling. The benches pick their
workload here too (`recent_numbers`).
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from pos_returns.resources import resource
from pos_returns.services.auth import Actor
from pos_returns.services.policies import publish_policy
from pos_returns.services.sales import number_key
from pos_returns.services.stores import NewStore, add_employee, create_store, get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import bulk_insert, make_engine, migrate
from pos_returns.store.ids import uuid7
from pos_returns.store.models import Employee, Receipt, ReceiptLine, Return, Role, Store, Tender

STORE = "B01"
REGISTERS = ("R1", "R2", "R3")
CATEGORIES = ("apparel", "home", "toys", "books", "beauty", "electronics")
Progress = Callable[[str], None]


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
    open_store(engine, now)
    count = count_rows(engine, Receipt, bench_only=True)
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
    return [number for _, number in recent_receipts(engine, now, want, random.Random(seed))]


# -- the store and its receipts -------------------------------------------------------------
def open_store(engine: Engine, now: datetime) -> tuple[Actor, Actor]:
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


def count_rows(
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


def recent_receipts(
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
