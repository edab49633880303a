"""Files a person names (a PDF, a picture, a test page's bytes, a screenshot): written
whole, and never over a database, its WAL, shared memory or journal, however named."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_returns.printing.files import (
    UnsafeOutput,
    check_output,
    database_files,
    write_new,
    write_whole,
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Path]:
    """A database in WAL mode, open, with its -wal and -shm files beside it."""
    path = tmp_path / "data" / "pos-returns.sqlite3"
    path.parent.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE kept (x)")
    conn.execute("INSERT INTO kept VALUES (42)")
    conn.commit()
    yield path
    conn.close()


def intact(database: Path) -> bool:
    with sqlite3.connect(database) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ok = ok and conn.execute("SELECT x FROM kept").fetchall() == [(42,)]
    conn.close()
    return ok


def test_the_files_of_a_sqlite_database_are_named_by_its_url(database: Path) -> None:
    files = database_files(f"sqlite:///{database}")
    assert files == {
        database,
        *(database.with_name(database.name + side) for side in ("-wal", "-shm", "-journal")),
    }
    assert database_files("postgresql+psycopg://postgres@127.0.0.1/x") == frozenset()
    assert database_files("sqlite://") == frozenset()


@pytest.mark.parametrize("side", ["", "-wal", "-shm", "-journal"])
def test_an_output_is_never_written_over_the_database_or_its_side_files(
    database: Path, side: str
) -> None:
    target = database.with_name(database.name + side)
    before = target.read_bytes() if target.exists() else None
    with pytest.raises(UnsafeOutput, match="is a database file: give another file name"):
        write_whole(target, b"%PDF-1.4 a receipt", database_files(f"sqlite:///{database}"))
    assert (target.read_bytes() if target.exists() else None) == before
    assert intact(database)


def test_a_symlink_or_a_roundabout_path_to_the_database_is_seen_through(
    database: Path, tmp_path: Path
) -> None:
    kept = database_files(f"sqlite:///{database}")
    link = tmp_path / "receipt.pdf"
    link.symlink_to(database)
    folder_link = tmp_path / "elsewhere"
    folder_link.symlink_to(database.parent)
    for target in (
        link,
        folder_link / database.name,
        database.parent / ".." / "data" / database.name,
    ):
        with pytest.raises(UnsafeOutput, match="is a database file"):
            write_whole(target, b"x", kept)
    assert intact(database)


def test_any_sqlite_database_is_refused_even_one_not_named(database: Path, tmp_path: Path) -> None:
    """Another store's, a backup, the default one while --db names another."""
    with pytest.raises(UnsafeOutput, match="is a database file"):
        write_whole(database, b"x")  # nothing protected by name: the header says it
    with pytest.raises(UnsafeOutput, match="is a database file"):
        check_output(database.with_name(database.name + "-wal"))
    assert intact(database)


def test_a_folder_or_a_device_is_no_output_file(tmp_path: Path) -> None:
    with pytest.raises(UnsafeOutput, match="is a folder: give a file's name in it"):
        write_whole(tmp_path, b"x")
    with pytest.raises(UnsafeOutput, match="is not a regular file"):
        write_whole(Path("/dev/null"), b"x")


def test_an_output_replaces_its_file_whole_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out" / "poster.pdf"
    write_whole(target, b"first")
    write_whole(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert [p.name for p in target.parent.iterdir()] == ["poster.pdf"]


def test_the_temporary_file_is_never_an_existing_one(database: Path) -> None:
    """`receipt.pdf` once went through `receipt.pdf.part`: a database of that name was
    written over first."""
    part = database.with_name("receipt.pdf.part")
    database.rename(part)
    database.with_name(database.name + "-wal").rename(part.with_name(part.name + "-wal"))
    database.with_name(database.name + "-shm").unlink(missing_ok=True)
    before = part.read_bytes()
    write_whole(database.with_name("receipt.pdf"), b"%PDF")
    assert part.read_bytes() == before
    assert database.with_name("receipt.pdf").read_bytes() == b"%PDF"


def test_a_new_file_never_replaces_one_of_its_name(tmp_path: Path) -> None:
    assert write_new(tmp_path, "job.escpos", b"one") == tmp_path / "job.escpos"
    assert write_new(tmp_path, "job.escpos", b"two") is None
    assert (tmp_path / "job.escpos").read_bytes() == b"one"
    assert [p.name for p in tmp_path.iterdir()] == ["job.escpos"]
