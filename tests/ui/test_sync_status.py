"""The counter with a central database: returns go up in the background, the status bar
says online or offline and what waits, and offline the receipt says what it was checked
against. Real PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from integration.conftest import throwaway_postgres
from integration.shop import POLICY, Shop, open_shop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from pos_returns.domain.model import Condition
from pos_returns.services.policies import publish_policy
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem, complete_return
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import open_database
from pos_returns.sync import central, settings
from pos_returns.sync.push import push
from pos_returns.ui.counter import Counter, CounterWindow
from ui.driving import AT, NUMBER, scan, settle, sign_in


@pytest.fixture
def central_url(postgres_admin: str) -> Iterator[str]:
    for url in throwaway_postgres(postgres_admin):
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        role = "posr_ui" + uuid.uuid4().hex[:8]
        central.init(plain)
        central.add_store(
            plain, central.NewStore("S01", "Riga", "Europe/Riga", "EUR", "a-long-password"), role
        )
        try:
            yield plain.replace("postgres@", f"{role}:a-long-password@", 1)
        finally:
            with psycopg.connect(plain, autocommit=True) as conn:
                conn.execute(f'DROP OWNED BY "{role}"')
                conn.execute(f'DROP ROLE "{role}"')


def open_window(shop: Shop, qtbot: QtBot, url: str | None) -> CounterWindow:
    win = CounterWindow(Counter(shop.engine, "S01", "R1", clock=lambda: AT, central_url=url))
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_return_goes_up_in_the_background_and_the_status_bar_says_so(
    shop: Shop, central_url: str, qtbot: QtBot
) -> None:
    window = open_window(shop, qtbot, central_url)
    sign_in(qtbot, window)
    assert "Sync: online" in window.sync_state.text()
    scan(qtbot, window)
    page = window.return_page
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    page.complete()
    settle(qtbot, window)
    window.sync_now()
    settle(qtbot, window)
    assert "Sync: online" in window.sync_state.text() and "0 waiting" in window.sync_state.text()
    admin = central_url.split("@", 1)[1]
    with psycopg.connect("postgresql://postgres@" + admin) as conn:
        assert conn.execute("SELECT count(*) FROM returns").fetchone() == (1,)


def test_offline_the_counter_keeps_working_and_says_what_it_checked(
    shop: Shop, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(shop, qtbot, "postgresql://nobody:x@127.0.0.1:1/chain")
    sign_in(qtbot, window)
    assert "Sync: offline" in window.sync_state.text()
    scan(qtbot, window)
    page = window.return_page
    assert "Offline: checked against this store's records." in page.heading.text()
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    page.complete()
    settle(qtbot, window)
    assert "completed" in page.message.text()
    window.sync_now()
    settle(qtbot, window)
    assert "1 waiting" in window.sync_state.text()


def test_offline_a_card_refund_waits_as_the_policy_says_and_store_credit_goes_ahead(
    shop: Shop, qtbot: QtBot
) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        waits = {**POLICY, "offline": {"card_refund": "wait"}}
        publish_policy(uow, shop.store(uow), shop.manager, waits, AT - timedelta(hours=1))
        uow.commit()
    window = open_window(shop, qtbot, "postgresql://nobody:x@127.0.0.1:1/chain")
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    assert page.offline_note.isVisible()
    assert "card refunds wait until the link is back" in page.offline_note.text()
    assert not page.complete_button.isEnabled()
    assert page.store_credit.isVisible()
    qtbot.mouseClick(page.store_credit, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Store credit:" in page.summary.text() and not page.offline_note.isVisible()
    assert page.complete_button.isEnabled()
    page.complete()
    settle(qtbot, window)
    assert "completed" in page.message.text()


def test_a_line_returned_twice_while_apart_shows_in_the_back_office_with_both_returns(
    shop: Shop, central_url: str, qtbot: QtBot, tmp_path: Path
) -> None:
    other = open_shop(open_database(str(tmp_path / "r2.sqlite3")), register="R2")
    with UnitOfWork(other.engine, write=True) as uow:
        items = (ReturnItem(1, 2, Condition.UNOPENED),)
        first = complete_return(
            uow,
            other.store(uow),
            CompleteReturn(DecideReturn(NUMBER, items, AT), other.cashier, "gift"),
        ).number
        uow.commit()
    push(other.engine, central_url, "S01")  # register R2 was first
    window = open_window(shop, qtbot, central_url)  # register R1, apart until now
    with UnitOfWork(shop.engine, write=True) as uow:
        second = complete_return(
            uow,
            shop.store(uow),
            CompleteReturn(DecideReturn(NUMBER, items, AT), shop.cashier, "gift"),
        ).number
        uow.commit()
    sign_in(qtbot, window, code="900", pin="9999")  # signing in syncs: R1's return goes up
    settle(qtbot, window)
    assert "0 waiting" in window.sync_state.text()
    window.open_back_office()
    settle(qtbot, window)
    office = window.back_office
    assert office is not None
    history = office.history
    text = history.conflict_list.item(0).text()
    assert f"{second}: receipt S01-R2-000123 line 1, 2 asked, 0 left" in text
    assert f"it counted: {first} (2)" in text
    history.conflict_list.setCurrentRow(0)
    history.resolve_button.click()
    settle(qtbot, window)
    assert history.conflict_list.item(0).text() == "No open conflicts."


def test_a_manager_connects_the_register_from_the_back_office(
    shop: Shop, central_url: str, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = open_window(shop, qtbot, None)  # sync off, the embedded default
    assert window.sync_state.isHidden()
    sign_in(qtbot, window, code="900", pin="9999")
    window.open_back_office()
    settle(qtbot, window)
    assert window.back_office is not None
    page = window.back_office.settings
    credentials, host = central_url.split("://", 1)[1].split("@", 1)
    role, password = credentials.split(":", 1)
    page.central_url.setText(f"postgresql://{role}@{host}")
    page.central_password.setText(password)
    page.save_central.click()
    qtbot.waitUntil(lambda: "syncs with" in page.message.text(), timeout=10_000)
    settle(qtbot, window)
    assert not window.sync_state.isHidden() and "Sync: online" in window.sync_state.text()
    kept = settings.load(shop.engine)  # in the register's own database, without a password
    assert kept is not None and kept.url == f"postgresql://{role}@{host}"
    files = Path(str(shop.engine.url.database)).parent.glob("*.sqlite3*")
    assert all(password.encode() not in path.read_bytes() for path in files)
    assert not (tmp_path / "config" / "pos-returns" / "sync.json").exists()


def test_a_record_the_centre_refuses_says_sync_blocked_and_the_back_office_lists_it(
    shop: Shop, central_url: str, qtbot: QtBot
) -> None:
    """Online, but one receipt cannot go up (a NUL in its text, from before imports
    refused them): the status bar says "Sync blocked", not "offline", and the manager sees
    the record and the centre's reason under Back office › Settings."""
    with UnitOfWork(shop.engine, write=True) as uow:
        uow.session.execute(
            text("UPDATE receipt_lines SET description = 'Wool' || char(0) || 'scarf'")
        )
        uow.commit()
    window = open_window(shop, qtbot, central_url)
    sign_in(qtbot, window, code="900", pin="9999")
    settle(qtbot, window)
    state = window.sync_state.text()
    assert state.startswith("Sync blocked: 1 records refused") and "offline" not in state
    window.open_back_office()
    settle(qtbot, window)
    assert window.back_office is not None
    page = window.back_office.settings
    assert not page.refused.isHidden() and page.refused.count() == 1
    assert page.refused.item(0).text().startswith(f"receipt {NUMBER} (1 tries): ")
    assert "NUL" in page.refused.item(0).text()
    assert "refuses 1 records" in page.refused_label.text()
