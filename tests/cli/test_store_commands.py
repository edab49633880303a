"""The store's commands as a person runs them: a return from start to finish, lookups,
the journal, and one clear line for everything that goes wrong."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from integration.shop import open_shop

from pos_returns.store.db import open_database
from pos_returns.store.models import RegisterKind

AT = "2026-10-10T12:00:00+03:00"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "till.sqlite3"
    engine = open_database(str(path))
    open_shop(engine, kind=RegisterKind.DEMO)  # its receipt is of October: --at says when
    engine.dispose()
    return str(path)


def pos(*args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "POS_RETURNS_DB"}
    if db is not None:
        env["POS_RETURNS_DB"] = db
    return subprocess.run(
        [sys.executable, "-m", "pos_returns", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )


def ret(db: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return pos(
        "return",
        "--receipt",
        "s01 r2 000123",
        "--reason",
        "wrong-size",
        "--employee",
        "101",
        "--pin",
        "1234",
        "--at",
        AT,
        *extra,
        db=db,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_a_return_from_the_command_line(db: str) -> None:
    result = ret(db, "--line", "1:1:opened", "--line", "2:1:opened", "--lang", "lv")
    assert result.returncode == 0, result.stderr
    assert "Return S01-R1-DEMO-RT000001 completed" in result.stdout
    assert "Refund 67,23\u00a0€ to card VISA 1234" in result.stdout  # Babel: no-break space
    assert "Atgriežot 30 dienu laikā ar čeku" in result.stdout
    shown = pos("receipt", "show", "S01-R2-000123", "--db", db)
    assert "1 back" in shown.stdout.splitlines()[1] and "1 back" in shown.stdout.splitlines()[2]
    verified = pos("verify", db=db).stdout.splitlines()
    assert verified[0] == "S01: the journal's 2 entries verify. Proved:"
    assert "  - the rows of 1 returns and 1 policy versions are as their entries recorded them" in (
        verified
    )


def test_json_output_and_store_credit(db: str) -> None:
    result = ret(db, "--line", "1:2", "--prefer", "store_credit", "--json")
    document = json.loads(result.stdout)
    assert document["decision"]["store_credit"] == "49.50"
    assert document["store_credit_code"].startswith("SC-")


def test_a_dry_run_writes_nothing(db: str) -> None:
    result = ret(db, "--line", "1:1", "--dry-run")
    assert json.loads(result.stdout)["refund_total"] == "22.50"
    assert pos("verify", db=db).stdout.startswith("S01: the journal's 1 entries verify.")


def test_a_return_that_needs_a_manager_takes_one(db: str) -> None:
    refused = ret(db, "--line", "3:1", "--override", "3:refund")
    assert "a manager must approve this return (override)" in one_line_error(refused)
    result = ret(
        db,
        "--line",
        "3:1",
        "--override",
        "3:refund",
        "--approve-by",
        "900",
        "--approve-pin",
        "9999",
        "--approval-note",
        "sold by mistake",
    )
    assert result.returncode == 0, result.stderr
    assert "Manager's decision: full refund to the original payment." in result.stdout


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (("--line", "1:3"), "left to return"),
        (("--line", "9:1"), "line 9 is not on receipt"),
        (("--line", "1"), "--line '1': write LINE:QTY"),
        (("--line", "1:1:soggy"), "--line '1:1:soggy'"),
        (("--line", "3:1"), "line 3 cannot be returned (Final-sale items: not returnable.)"),
        (("--line", "1:1", "--pin", "0000"), "wrong PIN for 101 (4 tries left)"),
        (("--line", "1:1", "--reason", "other"), "needs a short note"),
        (("--line", "1:1", "--at", "yesterday"), "--at 'yesterday'"),
    ],
)
def test_what_cannot_be_done_is_one_line(db: str, extra: tuple[str, ...], words: str) -> None:
    args = list(extra)
    if "--pin" in args:  # replace the default PIN
        result = pos(
            "return",
            "--receipt",
            "S01-R2-000123",
            "--reason",
            "wrong-size",
            "--employee",
            "101",
            "--at",
            AT,
            *args,
            db=db,
        )
    else:
        result = ret(db, *args)
    assert words in one_line_error(result)


def test_an_unknown_receipt_suggests_the_other_searches(db: str) -> None:
    result = pos(
        "return",
        "--receipt",
        "S01-R2-999999",
        "--line",
        "1:1",
        "--reason",
        "gift",
        "--employee",
        "101",
        "--pin",
        "1234",
        db=db,
    )
    assert "find the sale by customer, by card and date" in one_line_error(result)


def test_receipts_are_found_without_their_number(db: str) -> None:
    by_card = pos("receipt", "find", "--card", "VISA 1234", "--date", "2026-10-03", db=db)
    assert by_card.stdout.startswith("S01-R2-000123")
    by_sku = pos(
        "receipt",
        "find",
        "--sku",
        "5901234123457",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        db=db,
    )
    assert by_sku.stdout.startswith("S01-R2-000123")
    nothing = pos("receipt", "find", "--customer", "C-404", db=db)
    assert (nothing.returncode, nothing.stderr.strip()) == (1, "no receipt found")


def test_verify_names_the_first_broken_entry(db: str) -> None:
    ret(db, "--line", "1:1")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE journal SET kind = 'nothing' WHERE seq = 2")
    result = pos("verify", db=db)
    assert result.returncode == 1
    assert "broken at entry 2" in result.stderr


def test_a_database_that_cannot_be_reached_is_one_line() -> None:
    result = pos("verify", "--db", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")
    assert "could not prepare the database" in one_line_error(result)
    assert "check --db" in result.stderr


def test_an_empty_database_says_how_to_start(tmp_path: Path) -> None:
    result = pos("verify", "--db", str(tmp_path / "new.sqlite3"))
    assert "pos-returns demo" in one_line_error(result)


# -- demo and import ------------------------------------------------------------------------
def test_the_demo_prints_pins_that_complete_a_return(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    made = pos("demo", "--receipts", "3000", "--db", db)
    assert made.returncode == 0, made.stderr
    pins = {
        parts[0]: parts[-1]
        for parts in (line.split() for line in made.stdout.splitlines())
        if len(parts) >= 4 and parts[0].isdigit() and parts[-1].isdigit()
    }
    assert {"101", "900"} <= set(pins)
    sample = next(
        line.split()[0] for line in made.stdout.splitlines() if "paid by card and cash" in line
    )
    done = pos(
        "return", "--receipt", sample.lower(), "--line", "1:1", "--reason", "wrong-size",
        "--employee", "101", "--pin", pins["101"], "--db", db,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "completed (policy version 1)" in done.stdout
    assert pos("verify", "--db", db).returncode == 0
    again = pos("demo", "--db", db)
    assert "S01" in one_line_error(again)


def test_import_receipts_from_a_csv_twice_changes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "import.sqlite3")
    data = Path(__file__).parents[1] / "data" / "imports" / "custom.csv"
    args = (
        "import", "receipts", str(data), "--db", db, "--create-store", "S09:Europe/Riga:EUR",
        "--tax-rate", "21", "--category", "kitchen",
        "--map", "receipt=Bon", "--map", "sold_at=Tijd", "--map", "sku=Artikel",
        "--map", "description=Omschrijving", "--map", "qty=Aantal",
        "--map", "unit_price=Stukprijs", "--map", "customer=Klant", "--map", "category=Groep",
    )  # fmt: skip
    first = pos(*args)
    assert first.returncode == 0, first.stderr
    assert "receipts added:" in first.stdout and "duplicate rows skipped:  1" in first.stdout
    second = pos(*args)
    assert second.returncode == 0, second.stderr
    assert "receipts added:          0" in second.stdout
    shown = pos("receipt", "show", "b-2", "--db", db)
    assert "Rīgas balzams ā" in shown.stdout


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (("--tax-rate", "abc"), "--tax-rate 'abc': a percentage from 0 to 100"),
        (("--tax-rate", "150"), "--tax-rate '150'"),
        (("--map", "sku"), "--map 'sku': write FIELD=COLUMN"),
        (("--create-store", "S01"), "write CODE:TIMEZONE:CURRENCY"),
    ],
)
def test_bad_import_options_are_one_line(
    tmp_path: Path, extra: tuple[str, ...], words: str
) -> None:
    data = Path(__file__).parents[1] / "data" / "imports" / "default_columns.csv"
    result = pos("import", "receipts", str(data), "--db", str(tmp_path / "x.sqlite3"), *extra)
    assert words in one_line_error(result)


def test_importing_a_missing_file_is_one_line(tmp_path: Path) -> None:
    result = pos("import", "receipts", str(tmp_path / "nope.csv"), "--db", str(tmp_path / "x"))
    assert "nope.csv: no such file" in one_line_error(result)
