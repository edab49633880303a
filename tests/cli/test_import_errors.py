"""`pos-returns import receipts` given bad files, run as a person runs it: a file that
cannot be read whole is one line and exit 2 with nothing written (not even the database
or the store of --create-store); bad rows are rejected and every one is written, with its
line and reason, to a rejects file the summary names."""

from __future__ import annotations

import csv
import gzip
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEADER = "receipt_number,sold_at,sku,description,qty,unit_price\n"
CREATE = ("--create-store", "S01:Europe/London:GBP")


def rows(count: int) -> str:
    return "".join(f"R{n},2024-06-01 10:00:00,SKU-{n},Cup,1,2.50\n" for n in range(count))


def pos(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "POS_RETURNS_DB"}
    return subprocess.run(
        [sys.executable, "-m", "pos_returns", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
        timeout=120,
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Where the database would be: a file that does not exist yet."""
    return tmp_path / "till" / "till.sqlite3"


def test_a_truncated_gz_is_one_line_and_makes_no_database(tmp_path: Path, db: Path) -> None:
    packed = gzip.compress((HEADER + rows(20_000)).encode("utf-8"))
    path = tmp_path / "sales.csv.gz"
    path.write_bytes(packed[: len(packed) // 2])

    line = one_line_error(pos("import", "receipts", path, "--db", db, *CREATE))

    assert line.startswith("pos-returns: sales.csv.gz: the gzip file is truncated or damaged")
    assert "nothing was imported" in line
    assert not db.exists()


def test_a_field_over_the_csv_limit_is_one_line_naming_the_line(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text(HEADER + rows(3) + 'X,2024-06-01 10:00:00,A,"open,1,1.00\n' + "x\n" * 70_000)

    line = one_line_error(pos("import", "receipts", path, "--db", db, *CREATE))

    assert "quote.csv: line 5: the row starting there has a field longer than 131,072" in line
    assert not db.exists()


def test_a_bad_byte_names_its_line_and_the_encoding_option_that_reads_it(
    tmp_path: Path, db: Path
) -> None:
    path = tmp_path / "sales.csv"
    path.write_bytes(
        (HEADER + rows(5000) + "Z1,2024-06-01 10:00:00,Z,Crème,1,1.00\n").encode("cp1252")
    )

    line = one_line_error(pos("import", "receipts", path, "--db", db, *CREATE))

    assert "sales.csv: line 5002, column 28: byte 0xE8 is not utf-8 text" in line
    assert "--encoding (e.g. cp1252 or latin-1)" in line
    assert not db.exists()
    done = pos("import", "receipts", path, "--db", db, *CREATE, "--encoding", "cp1252")
    assert done.returncode == 0, done.stderr
    assert "receipts added:          5,001 (5,001 lines)" in done.stdout
    shown = pos("receipt", "show", "Z1", "--db", db)
    assert "Crème" in shown.stdout


def test_an_unknown_encoding_is_one_line(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "sales.csv"
    path.write_text(HEADER + rows(1))

    line = one_line_error(pos("import", "receipts", path, "--db", db, "--encoding", "klingon"))

    assert "encoding 'klingon' is not a text encoding Python knows" in line


def test_a_new_database_is_told_to_use_create_store(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "sales.csv"
    path.write_text(HEADER + rows(1))

    line = one_line_error(pos("import", "receipts", path, "--db", db))

    assert line == (
        "pos-returns: this database has no store yet: make it while importing with "
        "--create-store CODE:TIMEZONE:CURRENCY (e.g. --create-store S01:Europe/London:GBP)\n"
    )
    assert "pos-returns demo" not in line


def test_every_rejected_row_goes_to_a_rejects_file_beside_the_database(
    tmp_path: Path, db: Path
) -> None:
    path = tmp_path / "sales.csv"
    bad = [
        "P1,2024-06-01 10:00:00,A,Cup,1,1e30",
        "P2,2024-06-01 10:00:00,A,Cup,0,1.00",
        "P3,2024-06-01 10:00:00,A,Cup,1,1e30",
        "P4,2024-06-01 10:00:00,A,Cup,1,1e30",
        "P5,2024-06-01 10:00:00,A,Cup,1,1e30",
    ]
    path.write_text(HEADER + "\n".join(bad) + "\n" + rows(1))

    done = pos("import", "receipts", path, "--db", db, *CREATE)

    assert done.returncode == 0, done.stderr
    assert "4  price out of range  (e.g. line 2: 1e30; line 4: 1e30; line 5: 1e30)" in done.stdout
    written = sorted((db.parent / "rejects").glob("sales-*.csv"))
    assert len(written) == 1
    assert f"every rejected row, with its line and reason: {written[0]}" in done.stdout
    with written[0].open(encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == ["line", "reason", "detail", *HEADER.strip().split(",")]
    assert [row[:2] for row in table[1:]] == [
        ["2", "price out of range"],
        ["3", "quantity not positive"],
        ["4", "price out of range"],
        ["5", "price out of range"],
        ["6", "price out of range"],
    ]
    assert [",".join(row[3:]) for row in table[1:]] == bad


def test_rejects_go_where_rejects_says(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "sales.csv"
    path.write_text(HEADER + "P1,2024-06-01 10:00:00,A,Cup,1,1e30\n")

    done = pos("import", "receipts", path, "--db", db, *CREATE, "--rejects", tmp_path / "out")

    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "out").glob("sales-*.csv"))) == 1
    assert not (db.parent / "rejects").exists()
