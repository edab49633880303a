"""Driving the counter screen as a cashier does: sign in, scan, wait for the answers."""

from __future__ import annotations

from datetime import datetime

from integration.shop import RECEIPT, Shop
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_returns.services.uow import UnitOfWork
from pos_returns.ui.counter import CounterWindow
from pos_returns.ui.lines_model import Column, is_checked
from pos_returns.ui.return_page import ReturnPage

AT = datetime.fromisoformat("2026-10-10T11:30:00+03:00")
NUMBER = RECEIPT["receipt_number"]


def settle(qtbot: QtBot, window: CounterWindow) -> None:
    qtbot.waitUntil(lambda: not window.busy, timeout=15_000)


def sign_in(qtbot: QtBot, window: CounterWindow, code: str = "101", pin: str = "1234") -> None:
    page = window.sign_in_page
    qtbot.keyClicks(page.code, code)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    settle(qtbot, window)


def scan(qtbot: QtBot, window: CounterWindow, number: str = NUMBER) -> None:
    """A barcode scanner: types the number and presses Enter (one action)."""
    page = window.return_page
    qtbot.keyClicks(page.scan, number)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    settle(qtbot, window)


def count(shop: Shop, model: type) -> int:
    with UnitOfWork(shop.engine) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def cut_off(window: CounterWindow) -> list[str]:
    """The visible labels and buttons of the window too small for their text."""
    cut = []
    for widget in window.findChildren(QPushButton) + window.findChildren(QLabel):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():  # wraps: is it tall enough?
            if widget.heightForWidth(widget.width()) > widget.height() + 2:
                cut.append(f"{widget.objectName()}: {widget.text()[:40]!r} (too short)")
            continue
        text = widget.text().replace("&", "")
        if not text or text.startswith("<"):
            continue
        if isinstance(widget, QPushButton):  # Qt's own measure, padding included
            needed, room = widget.sizeHint().width(), widget.width()
        else:
            needed = widget.fontMetrics().horizontalAdvance(text)
            room = widget.contentsRect().width()
        if needed > room:
            cut.append(f"{widget.objectName() or type(widget).__name__}: {text!r}")
    return cut


# -- the receipt's lines (a model drawn by delegates): by the receipt's line number ----------
def line_index(page: ReturnPage, line: int, column: Column) -> QModelIndex:
    lines = page.table.lines
    return lines.index(lines.row_of(line), column)


def cell(page: ReturnPage, line: int, column: Column) -> str:
    """The text a line's cell shows."""
    return str(line_index(page, line, column).data())


def picked(page: ReturnPage, line: int) -> bool:
    return is_checked(line_index(page, line, Column.PICK).data(Qt.ItemDataRole.CheckStateRole))


def pickable(page: ReturnPage, line: int) -> bool:
    flags = line_index(page, line, Column.PICK).flags()
    return bool(flags & Qt.ItemFlag.ItemIsEnabled and flags & Qt.ItemFlag.ItemIsUserCheckable)


def pick(page: ReturnPage, line: int, on: bool = True) -> None:
    """Tick or untick the line's box, as the view does."""
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    index = line_index(page, line, Column.PICK)
    page.table.lines.setData(index, state, Qt.ItemDataRole.CheckStateRole)


def click_override(qtbot: QtBot, page: ReturnPage, line: int) -> None:
    """Click the manager's Override under the line's badge."""
    rect = page.table.visualRect(line_index(page, line, Column.POLICY))
    where = QPoint(rect.center().x(), rect.bottom() - 8)  # the button: the cell's foot
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def state_editor(page: ReturnPage, line: int) -> tuple[QComboBox, QComboBox]:
    """Open the line's condition cell: its condition and where the item goes."""
    page.table.setFocus()
    page.table.setCurrentIndex(line_index(page, line, Column.CONDITION))
    condition = page.findChild(QComboBox, f"condition_{line}")
    goes_to = page.findChild(QComboBox, f"goes_to_{line}")
    assert condition is not None and goes_to is not None
    return condition, goes_to
