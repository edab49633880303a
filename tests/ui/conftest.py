"""The counter window on a real SQLite store (the example receipt and policy; a fixed
clock seven days after the sale), for the screen's pytest-qt tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from integration.shop import Shop, open_shop
from pytestqt.qtbot import QtBot

from pos_returns.store.db import open_database
from pos_returns.ui.counter import Counter, CounterWindow
from ui.driving import AT


@pytest.fixture
def shop(tmp_path: Path) -> Shop:
    engine = open_database(str(tmp_path / "till.sqlite3"))
    return open_shop(engine)


@pytest.fixture
def window(shop: Shop, qtbot: QtBot) -> CounterWindow:
    win = CounterWindow(Counter(shop.engine, "S01", "R1", clock=lambda: AT))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
