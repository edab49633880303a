"""The composition root: what the counter window opens with, on the embedded default and
on a database named."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_returns import bootstrap
from pos_returns.services.errors import ServiceError
from pos_returns.services.print_jobs import printer_of


def test_the_embedded_default_makes_the_demo_once_and_shows_receipts_on_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("POS_RETURNS_DB", raising=False)
    told: list[str] = []
    first = bootstrap.counter_start(None, tell=told.append)
    assert (first.store_code, first.register, first.central_url) == ("S01", "R1", None)
    assert first.demo_note is not None and "Employees" in first.demo_note.read_text("utf-8")
    assert told[0] == "Creating the demo store (first run)…"
    assert any(line.startswith("Receipts are shown on screen") for line in told)
    url = printer_of(first.db, "S01", "R1").url
    assert url.startswith("preview:///") and url.endswith("/receipts")
    first.db.dispose()
    again: list[str] = []
    second = bootstrap.counter_start(None, tell=again.append)
    assert again == [] and second.store_code == "S01"  # made once, printer kept
    second.db.dispose()


def test_a_database_named_that_is_no_register_is_refused_saying_how(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    with pytest.raises(bootstrap.NotARegister, match="is no register yet: run `pos-returns demo"):
        bootstrap.counter_start(str(empty), tell=lambda _line: None)


def test_another_register_is_refused(tmp_path: Path) -> None:
    from integration.shop import open_shop

    from pos_returns.store.db import open_database

    db = tmp_path / "till.sqlite3"
    open_shop(open_database(str(db)))
    with pytest.raises(ServiceError, match="cannot act as R2"):
        bootstrap.counter_start(str(db), "R2", tell=lambda _line: None)
    start = bootstrap.counter_start(str(db), tell=lambda _line: None)
    assert (start.register, start.language, start.demo_note) == ("R1", "en", None)
