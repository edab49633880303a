"""Opening databases: migrations, the till's SQLite settings, write locking, URLs."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from integration.shop import RECEIPT, open_shop
from sqlalchemy import String, Uuid, column, func, insert, inspect, select, table, text

from pos_returns.domain.formats import parse_receipt
from pos_returns.services import sales
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import (
    DatabaseError,
    current_revision,
    database_url,
    head_revision,
    make_engine,
    migrate,
    open_database,
)
from pos_returns.store.ids import uuid7
from pos_returns.store.models import (
    Base,
    JournalEntry,
    Receipt,
    RegisterKind,
    Store,
    UTCDateTime,
)

OLD_STORE_TEXT = (
    "code",
    "name",
    "address",
    "timezone",
    "currency",
    "language",
    "receipt_footer",
    "feedback_url",
)
OLD_STORES = table(
    "stores",
    *(column(name, String) for name in OLD_STORE_TEXT),
    column("id", Uuid),
    column("created_at", UTCDateTime()),
)


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_a_database_made_by_the_first_revision_upgrades_with_its_data(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine, "0001")
    assert current_revision(engine) == "0001"
    assert "returns" not in inspect(engine).get_table_names()
    # Only revision 0001's tables and columns exist: write them as that revision would.
    old_store = Store(id=uuid7(), code="S01", name="Old", timezone="Europe/Riga", currency="EUR")
    with UnitOfWork(engine, write=True) as uow:
        uow.session.execute(
            insert(OLD_STORES).values(
                id=old_store.id,
                code="S01",
                name="Old",
                address="",
                timezone="Europe/Riga",
                currency="EUR",
                language="en",
                receipt_footer="",
                feedback_url="",
                created_at=datetime.now(UTC),
            )
        )
        sales.save_receipts(uow, old_store, [parse_receipt(RECEIPT)])
        uow.commit()
    migrate(engine)
    assert current_revision(engine) == head_revision()
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Receipt)) == 1
        store = get_store(uow)  # later columns came with their defaults
        assert (store.signature_over_minor, store.bilingual_receipts) == (None, False)
        assert sales.find_by_number(uow, RECEIPT["receipt_number"]) is not None
    engine.dispose()


def test_sqlite_runs_with_a_tills_settings(tmp_path: Path) -> None:
    engine = open_database(str(tmp_path / "till.sqlite3"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -64 * 1024  # KiB


def test_a_write_unit_takes_the_write_lock_at_once(tmp_path: Path) -> None:
    """Two writers: the second waits for the first (BEGIN IMMEDIATE) instead of failing
    with "database is locked" when it tries to write after reading."""
    engine = open_database(str(tmp_path / "till.sqlite3"))
    open_shop(engine)
    order: list[str] = []

    def writer(name: str, hold: float) -> None:
        with UnitOfWork(engine, write=True) as uow:
            uow.session.scalars(select(Receipt)).all()  # read first (waits for the lock)...
            order.append(f"{name} in")
            time.sleep(hold)
            uow.session.execute(text("UPDATE stores SET name = :n"), {"n": name})  # ...then write
            uow.commit()
            order.append(f"{name} out")

    first = threading.Thread(target=writer, args=("first", 0.5))
    first.start()
    time.sleep(0.1)
    writer("second", 0)
    first.join()
    assert order == ["first in", "first out", "second in", "second out"]


def test_database_urls_come_from_paths_urls_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    assert database_url("postgresql://pos@db/chain").startswith("postgresql+psycopg://pos@db/")
    monkeypatch.setenv("POS_RETURNS_DB", str(tmp_path / "env.db"))
    assert database_url(None).endswith("env.db")
    monkeypatch.delenv("POS_RETURNS_DB")
    assert database_url(None).endswith("pos-returns.sqlite3")


def test_a_database_that_cannot_be_reached_says_so() -> None:
    with pytest.raises(DatabaseError, match="could not prepare the database"):
        open_database("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_the_migrations_build_the_schema_the_models_describe(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
@pytest.mark.parametrize(
    ("drop", "source", "becomes"),
    [((), "import", ("R1", "store")), (("R1",), "demo", ("R2", "demo"))],
)
def test_a_database_made_by_revision_0005_becomes_a_register_and_its_journal_is_signed(
    database_url: str, drop: tuple[str, ...], source: str, becomes: tuple[str, str]
) -> None:
    """Revision 0007 on a till's database of before: its store becomes its own, as R1 (or
    its first register), a demo one when the demo's sales are in it; opening it signs the
    old journal once, its returns stay covered, and new numbers carry the new tag."""
    from alembic import command
    from journal_tools import make_it_look_old

    from pos_returns.bootstrap import database
    from pos_returns.domain.model import Condition
    from pos_returns.services import journal
    from pos_returns.services.register import this_register
    from pos_returns.services.returns import (
        CompleteReturn,
        DecideReturn,
        ReturnItem,
        complete_return,
    )
    from pos_returns.store.db import alembic_config

    engine = make_engine(database_url)
    migrate(engine)
    shop = open_shop(engine, kind=RegisterKind.DEMO)  # a register that can say when
    at = datetime.fromisoformat("2026-10-20T10:00:00+03:00")
    request = DecideReturn(RECEIPT["receipt_number"], (ReturnItem(1, 1, Condition.OPENED),), at)
    with UnitOfWork(engine, write=True) as uow:
        before = complete_return(
            uow, shop.store(uow), CompleteReturn(request, shop.cashier, "gift")
        ).number
        uow.commit()
    make_it_look_old(engine)  # written before registers signed their journals...
    command.downgrade(alembic_config(engine), "0005")  # ...by revision 0005
    assert current_revision(engine) == "0005"
    with engine.begin() as conn:
        for code in drop:
            conn.execute(text("DELETE FROM registers WHERE code = :c"), {"c": code})
        conn.execute(text("UPDATE receipts SET source = :s"), {"s": source})
    engine.dispose()

    engine = database(database_url)  # migrated to head, and its journal signed
    with UnitOfWork(engine) as uow:
        here = this_register(uow)
        assert (here.register, here.kind.value) == becomes
        assert here.public_key is not None and here.store_code == "S01"
        kinds = [
            e.kind for e in uow.session.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        ]
        assert kinds[-1] == "journal_signed"
        assert journal.verify(uow, get_store(uow)).ok
    with UnitOfWork(engine, write=True) as uow:
        after = complete_return(
            uow,
            get_store(uow),
            CompleteReturn(
                replace(request, items=(ReturnItem(1, 1, Condition.OPENED),)), shop.cashier, "gift"
            ),
        ).number
        uow.commit()
    assert before.endswith("-RT000001") and after.endswith("-RT000001") and after != before
    assert after.startswith(f"S01-{becomes[0]}-")
    with UnitOfWork(engine) as uow:
        assert journal.verify(uow, get_store(uow)).ok
    engine.dispose()
