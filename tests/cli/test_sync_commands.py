"""`pos-returns central` and `pos-returns sync` as head office and a register run them,
against the machine's real PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from integration.conftest import throwaway_postgres
from integration.shop import RECEIPT, open_shop

from pos_returns.store.db import open_database


def sold_days_ago(days: int) -> dict:
    """The example receipt, sold `days` ago: a store's register returns it at the real time."""
    sold = datetime.now(UTC) - timedelta(days=days)
    return {**RECEIPT, "sold_at": sold.isoformat(timespec="seconds")}


PASSWORD = "a-long-store-password"
MANAGER = ("--employee", "900", "--pin", "9999")  # the example shop's manager


def pos(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("POS_RETURNS_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "pos_returns", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=False,
    )


@pytest.fixture
def central_url(postgres_admin: str) -> Iterator[str]:
    for url in throwaway_postgres(postgres_admin):
        yield url.replace("postgresql+psycopg://", "postgresql://")


def test_head_office_sets_up_the_centre_and_a_register_syncs_with_it(
    central_url: str, tmp_path: Path
) -> None:
    first = pos("central", "init", "--url", central_url)
    assert first.returncode == 0 and "steps applied" in first.stdout, first.stderr
    assert "up to date" in pos("central", "init", "--url", central_url).stdout
    code = "S01"
    added = pos(
        "central",
        "add-store",
        code,
        "--url",
        central_url,
        "--name",
        "Riga Centre",
        "--timezone",
        "Europe/Riga",
        "--currency",
        "eur",
        POS_RETURNS_STORE_PASSWORD=PASSWORD,
    )
    assert added.returncode == 0, added.stderr
    role = f"{central_url.rsplit('/', 1)[1]}_{code.lower()}"  # the central database's own
    assert f"its registers sign in as {role}" in added.stdout
    again = pos(
        "central",
        "add-store",
        code,
        "--url",
        central_url,
        "--name",
        "X",
        "--timezone",
        "Europe/Riga",
        "--currency",
        "EUR",
        POS_RETURNS_STORE_PASSWORD=PASSWORD,
    )
    assert again.returncode == 2 and f"store {code} is in the chain already" in again.stderr
    try:
        db = tmp_path / "till.sqlite3"
        engine = open_database(str(db))
        open_shop(engine, receipts=(sold_days_ago(7),))
        engine.dispose()
        store_url = central_url.replace("postgres@", f"{role}:{PASSWORD}@", 1)
        done = pos(
            "return",
            "--receipt",
            f"{code}-R2-000123",
            "--reason",
            "gift",
            "--employee",
            "101",
            "--pin",
            "1234",
            "--line",
            "1:2",
            POS_RETURNS_DB=str(db),
        )
        assert done.returncode == 0, done.stderr
        stranger = pos("sync", "--once", POS_RETURNS_DB=str(db), POS_RETURNS_CENTRAL=store_url)
        assert stranger.returncode == 2  # a URL in the environment alone is no set-up
        assert "is not set up for a central database" in stranger.stderr
        set_up = pos(
            "sync",
            "setup",
            "--url",
            central_url.replace("postgres@", f"{role}@", 1),
            *MANAGER,
            POS_RETURNS_DB=str(db),
        )
        assert set_up.returncode == 0, set_up.stderr
        synced = pos("sync", "--once", POS_RETURNS_DB=str(db), POS_RETURNS_CENTRAL=store_url)
        assert synced.returncode == 0, synced.stderr
        assert "synced: up 1 returns, 1 receipts" in synced.stdout and "0 waiting" in synced.stdout
        elsewhere = store_url.replace(central_url.rsplit("/", 1)[1], "another_chain")
        rogue = pos("sync", "--once", POS_RETURNS_DB=str(db), POS_RETURNS_CENTRAL=elsewhere)
        assert rogue.returncode == 2 and "but this register syncs with" in rogue.stderr
    finally:
        with psycopg.connect(central_url, autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY "{role}"')
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_sync_is_off_until_set_up_and_the_password_stays_out_of_the_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "till.sqlite3"
    engine = open_database(str(db))
    open_shop(engine)
    engine.dispose()
    home = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    off = pos("sync", "--once", POS_RETURNS_DB=str(db), **home)
    assert off.returncode == 2 and "sync is off on this register" in off.stderr
    bad = pos(
        "sync",
        "setup",
        "--url",
        "postgresql://posr_s01:secret@central/chain",
        POS_RETURNS_DB=str(db),
        **home,
    )
    assert bad.returncode == 2 and "leave the password out of the URL" in bad.stderr
    cashier = pos(
        "sync",
        "setup",
        "--url",
        "postgresql://posr_s01@127.0.0.1:1/chain",
        "--employee",
        "101",
        "--pin",
        "1234",
        POS_RETURNS_DB=str(db),
        **home,
    )
    assert cashier.returncode == 2 and "needs a manager" in cashier.stderr
    nobody = pos(
        "sync", "setup", "--url", "postgresql://posr_s01@127.0.0.1:1/chain", POS_RETURNS_DB=str(db)
    )
    assert nobody.returncode == 2 and "takes a manager" in nobody.stderr
    setup = pos(
        "sync",
        "setup",
        "--url",
        "postgresql://posr_s01@127.0.0.1:1/chain",
        *MANAGER,
        POS_RETURNS_DB=str(db),
        POS_RETURNS_CENTRAL_PASSWORD="secret-password",
        **home,
    )
    assert setup.returncode == 0, setup.stderr
    assert not (tmp_path / "config" / "pos-returns" / "sync.json").exists()  # in the database
    assert b"posr_s01@127.0.0.1:1/chain" in db.read_bytes()
    assert b"secret-password" not in db.read_bytes()
    offline = pos(
        "sync",
        "--once",
        POS_RETURNS_DB=str(db),
        POS_RETURNS_CENTRAL_PASSWORD="secret-password",
        **home,
    )
    assert offline.returncode == 1 and "offline:" in offline.stdout


def test_each_register_database_keeps_its_own_central_database(tmp_path: Path) -> None:
    """Setting up a second database never redirects the first (one settings file per
    user did); a demo database never joins a chain."""
    tills = {}
    for name in ("riga", "tallinn"):
        path = tmp_path / f"{name}.sqlite3"
        engine = open_database(str(path))
        open_shop(engine)
        engine.dispose()
        done = pos(
            "sync",
            "setup",
            "--url",
            f"postgresql://posr_s01@127.0.0.1:1/{name}",
            *MANAGER,
            POS_RETURNS_DB=str(path),
        )
        assert done.returncode == 0, done.stderr
        tills[name] = path
    for name, path in tills.items():
        shown = pos("store", "show", POS_RETURNS_DB=str(path))
        assert f"central database: postgresql://posr_s01@127.0.0.1:1/{name}" in shown.stdout
    demo = tmp_path / "demo.sqlite3"
    assert pos("demo", "--receipts", "50", POS_RETURNS_DB=str(demo)).returncode == 0
    refused = pos(
        "sync",
        "setup",
        "--url",
        "postgresql://posr_s01@127.0.0.1:1/chain",
        POS_RETURNS_DB=str(demo),
    )
    assert refused.returncode == 2 and "demo store's database: it does not join" in refused.stderr
