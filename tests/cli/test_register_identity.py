"""The command line acts as the register its database is, at the machine's time: a cashier
cannot backdate a return or a sign-in, claim another register, or act for another store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cli.test_store_commands import pos
from integration.shop import open_shop

from pos_returns.store.db import open_database
from pos_returns.store.models import RegisterKind


def till(tmp_path: Path, kind: RegisterKind = RegisterKind.STORE) -> str:
    path = tmp_path / "till.sqlite3"
    engine = open_database(str(path))
    open_shop(engine, kind=kind)
    engine.dispose()
    return str(path)


def ret(db: str, *extra: str) -> object:
    return pos(
        "return",
        "--receipt",
        "S01-R2-000123",
        "--line",
        "1:1",
        "--reason",
        "wrong-size",
        "--employee",
        "101",
        "--pin",
        *extra,
        db=db,
    )


def test_a_store_register_refuses_a_time_given_on_the_command_line(tmp_path: Path) -> None:
    """Backdating would bring the receipt back inside the 30 days; the register's clock
    decides (the receipt is from October; today it is a late return)."""
    db = till(tmp_path)
    backdated = ret(db, "1234", "--at", "2026-10-10T12:00:00+03:00")
    assert backdated.returncode == 2  # type: ignore[attr-defined]
    assert backdated.stderr == (  # type: ignore[attr-defined]
        "pos-returns: --at is for demo databases only: R1 of S01 is a store's register, and "
        "its returns and sign-ins take this computer's clock\n"
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM returns").fetchone()[0] == 0


def test_pins_cannot_be_tried_at_later_and_later_times(tmp_path: Path) -> None:
    """Wrong PINs at invented times neither count nor lock anyone for months: the time is
    refused before the PIN is looked at."""
    db = till(tmp_path)
    for day in range(1, 8):
        at = (datetime.now(UTC) + timedelta(days=30 * day)).isoformat()
        tried = ret(db, "0000", "--at", at)
        assert tried.returncode == 2 and "--at is for demo" in tried.stderr  # type: ignore[attr-defined]
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT failed_pins, locked_until FROM employees WHERE code = '101'"
        ).fetchone()
    assert row == (0, None)


def test_a_demo_database_takes_the_time_it_is_given(tmp_path: Path) -> None:
    db = till(tmp_path, RegisterKind.DEMO)
    done = ret(db, "1234", "--at", "2026-10-10T12:00:00+03:00")
    assert done.returncode == 0, done.stderr  # type: ignore[attr-defined]
    assert "Return S01-R1-DEMO-RT000001 completed" in done.stdout  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("register", "said"),
    [
        ("R2", "this database is register R1 of S01: it cannot act as R2"),
        ("R7", "S01 has no register 'R7'; this database is register R1"),
    ],
)
def test_another_or_an_unknown_register_is_refused(
    tmp_path: Path, register: str, said: str
) -> None:
    db = till(tmp_path, RegisterKind.DEMO)
    refused = ret(db, "1234", "--register", register, "--at", "2026-10-10T12:00:00+03:00")
    assert refused.returncode == 2  # type: ignore[attr-defined]
    assert said in refused.stderr  # type: ignore[attr-defined]
    same = ret(db, "1234", "--register", "r1", "--at", "2026-10-10T12:00:00+03:00")
    assert same.returncode == 0, same.stderr  # type: ignore[attr-defined]


def test_another_store_is_refused(tmp_path: Path) -> None:
    db = till(tmp_path)
    refused = pos("receipt", "show", "S01-R2-000123", "--store", "S02", db=db)
    assert refused.returncode == 2
    assert "this database is register R1 of S01: it cannot act for S02" in refused.stderr


def test_store_show_names_the_register_its_numbers_and_its_journal_key(tmp_path: Path) -> None:
    db = till(tmp_path)
    shown = pos("store", "show", db=db)
    assert shown.returncode == 0, shown.stderr
    assert "this database: register R1, instance " in shown.stdout
    with sqlite3.connect(db) as conn:
        tag, public = conn.execute("SELECT tag, public_key FROM register_identity").fetchone()
    assert f"its numbers: S01-R1-{tag}-RT000001" in shown.stdout
    assert f"journal key (Ed25519, public): {public}" in shown.stdout
    assert "journal key (private): " in shown.stdout and "NOT on this computer" not in shown.stdout


def test_a_store_register_imports_sales_only_by_a_managers_hand(tmp_path: Path) -> None:
    """A receipt made up and imported could be refunded: on a store's register only a
    manager imports sales, and only into its own store."""
    db = till(tmp_path)
    sales = tmp_path / "sales.csv"
    sales.write_text(
        "receipt_number,sold_at,sku,description,qty,unit_price\n"
        f"S01-R1-777777,{datetime.now(UTC):%Y-%m-%dT%H:%M:%S+00:00},4006381333931,Scarf,1,25.00\n",
        "utf-8",
    )
    nobody = pos("import", "receipts", str(sales), db=db)
    assert nobody.returncode == 2
    assert "importing sales into S01's register takes a manager" in nobody.stderr
    cashier = pos("import", "receipts", str(sales), "--employee", "101", "--pin", "1234", db=db)
    assert cashier.returncode == 2 and "needs a manager" in cashier.stderr
    other = pos("import", "receipts", str(sales), "--create-store", "S05:Europe/Riga:EUR", db=db)
    assert other.returncode == 2
    assert "this database is register R1 of S01 already; make S05" in other.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM receipts").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM stores").fetchone() == (1,)
    manager = pos("import", "receipts", str(sales), "--employee", "900", "--pin", "9999", db=db)
    assert manager.returncode == 0, manager.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM receipts").fetchone() == (2,)
