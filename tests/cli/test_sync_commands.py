"""`pos-returns central` and `pos-returns sync` as head office and a register run them,
against the machine's real PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from integration.conftest import throwaway_postgres
from integration.shop import open_shop

from pos_returns.store.db import open_database

AT = "2026-10-10T12:00:00+03:00"
PASSWORD = "a-long-store-password"


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
    role = f"posr_{code.lower()}"
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
        open_shop(engine)
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
            "--at",
            AT,
            "--line",
            "1:2",
            POS_RETURNS_DB=str(db),
        )
        assert done.returncode == 0, done.stderr
        synced = pos("sync", "--once", POS_RETURNS_DB=str(db), POS_RETURNS_CENTRAL=store_url)
        assert synced.returncode == 0, synced.stderr
        assert "synced: up 1 returns, 1 receipts" in synced.stdout and "0 waiting" in synced.stdout
        down = central_url.replace("127.0.0.1:5432", "127.0.0.1:1")
        offline = pos("sync", "--once", POS_RETURNS_DB=str(db), POS_RETURNS_CENTRAL=down)
        assert offline.returncode == 1 and "offline:" in offline.stdout
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
    setup = pos(
        "sync",
        "setup",
        "--url",
        "postgresql://posr_s01@127.0.0.1:1/chain",
        POS_RETURNS_DB=str(db),
        POS_RETURNS_CENTRAL_PASSWORD="secret-password",
        **home,
    )
    assert setup.returncode == 0, setup.stderr
    settings = (tmp_path / "config" / "pos-returns" / "sync.json").read_text("utf-8")
    assert "posr_s01@127.0.0.1:1/chain" in settings and "secret-password" not in settings
    offline = pos(
        "sync",
        "--once",
        POS_RETURNS_DB=str(db),
        POS_RETURNS_CENTRAL_PASSWORD="secret-password",
        **home,
    )
    assert offline.returncode == 1 and "offline:" in offline.stdout
