"""Starting the app: the embedded default (a SQLite file in the user's data folder with the
demo store made on first run, receipts shown on screen) or a configured database, and
``--screenshot`` for pictures of the screens with demo data."""

from __future__ import annotations

import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QApplication, QWidget

from pos_returns.bootstrap import NotARegister, counter_start, database
from pos_returns.printing.files import UnsafeOutput, check_output, database_files, write_whole
from pos_returns.services.counter import big_recent_receipt, receipt_view
from pos_returns.services.demo import DemoInfo, create_demo
from pos_returns.services.errors import ServiceError
from pos_returns.store.db import database_url
from pos_returns.store.models import Role
from pos_returns.ui.counter import Counter, CounterWindow
from pos_returns.ui.lines_model import Column

SCREENS = ("counter", "receipt", "approval", "no-receipt", "policy", "history")
BACK_OFFICE = ("policy", "history")


def run_app(db: str | None, register: str | None = None, store_code: str | None = None) -> int:
    """The counter on the database `db`, as the register that database is (`register`, if
    given, must be that one); the composition root (`bootstrap.counter_start`) makes the
    embedded default's demo and printer on its first run."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        start = counter_start(db, register, store_code)
    except (NotARegister, ServiceError) as exc:
        print(f"pos-returns: {exc}", file=sys.stderr)
        return 2
    counter = Counter(start.db, start.store_code, start.register, central_url=start.central_url)
    window = CounterWindow(counter, start.language)
    if start.demo_note is not None:
        window.sign_in_page.demo_note = str(start.demo_note)  # in the sign-in's language
        window.sign_in_page.reset()
    window.show()
    return int(app.exec())


def screenshot(path: Path, screen: str = "counter", size: tuple[int, int] = (1280, 800)) -> int:
    """Render a screen with demo data to a PNG and exit (for the README and for looking).
    The PNG is written whole, never over a database (the user's or any other)."""
    kept = database_files(database_url(None))
    try:
        check_output(path, kept)  # before the minutes of making the demo
    except UnsafeOutput as exc:
        print(f"pos-returns: {exc}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        engine = database(str(Path(folder) / "demo.sqlite3"))
        info = create_demo(engine, receipts=3000)
        window = CounterWindow(Counter(engine, info.store, "R1"))
        window.resize(*size)
        window.show()
        shown: QWidget = window
        if screen in BACK_OFFICE:
            shown = _stage_back_office(app, window, info, screen, size)
        else:
            _stage(app, window, info, screen)
        picture = QBuffer()
        picture.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = shown.grab().save(picture, "PNG")
        if shown is not window:
            shown.close()
        window.close()
        window.tasks.wait()
        window.deleteLater()
        app.processEvents()
        engine.dispose()
    if not ok:
        return 1
    try:
        write_whole(path, picture.data().data(), kept)
    except (UnsafeOutput, OSError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        print(f"pos-returns: cannot write {path}: {why}", file=sys.stderr)
        return 1
    return 0


def _stage(app: QApplication, window: CounterWindow, info: DemoInfo, screen: str) -> None:
    cashier = next(e for e in info.employees if e.role is Role.CASHIER)
    signin = window.sign_in_page
    signin.code.setText(cashier.code)
    signin.pin.setText(cashier.pin)
    signin.submit()
    _settle(app, window)
    page = window.return_page
    sample = next(s.number for s in info.samples if s.kind == "basket")
    db, now = window.counter.engine, window.counter.clock()
    if screen == "approval":  # a receipt over the policy's 200.00 for a manager
        sample = big_recent_receipt(db, info.store, now, Decimal(200)) or sample
    if screen == "no-receipt":  # two items of a recent sale, brought back without it
        view = receipt_view(db, info.store, sample, now, "en")
        page.no_receipt_button.setChecked(True)
        for line in view.lines[:2]:
            page.scan.setText(line.sku)
            page.find()
            _settle(app, window)
        page.reason.setCurrentIndex(1)
        _settle(app, window)
        return
    page.scan.setText(sample)
    page.find()
    _settle(app, window)
    if screen == "approval":
        page.reason.setCurrentIndex(1)
        _settle(app, window)
        return
    # A standard return: the first line only, one reason.
    lines = page.table.lines
    for row in range(1, lines.rowCount()):
        pick = lines.index(row, Column.PICK)
        lines.setData(pick, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    page.reason.setCurrentIndex(1)
    _settle(app, window)
    if screen == "receipt":
        page.complete()
        _settle(app, window)


def _stage_back_office(
    app: QApplication, window: CounterWindow, info: DemoInfo, screen: str, size: tuple[int, int]
) -> QWidget:
    """A manager in the back office: the policy being edited and tried on a receipt, or
    the returns with one opened."""
    manager = next(e for e in info.employees if e.role is Role.MANAGER)
    signin = window.sign_in_page
    signin.code.setText(manager.code)
    signin.pin.setText(manager.pin)
    signin.submit()
    _settle(app, window)
    window.open_back_office()
    office = window.back_office
    assert office is not None
    office.resize(*size)
    _settle(app, window)
    if screen == "policy":
        page = office.policy
        page.form.rules.selectRow(2)
        # A draft: 14 days become 21 for opened electronics.
        page.form.rule_form.max_days.setValue(21)
        page.check()
        page.what_if_receipt.setText(next(s.number for s in info.samples if s.kind == "basket"))
        page.try_what_if()
    else:
        office.tabs.setCurrentWidget(office.history)
        office.history.first.setDate(office.history.first.date().addDays(-60))
        office.history.find()
        _settle(app, window)
        office.history.table.selectRow(0)
    _settle(app, window)
    return office


def _settle(app: QApplication, window: CounterWindow, timeout: float = 30.0) -> None:
    """Let the background work finish and its results reach the screen."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if not window.busy:
            app.processEvents()
            if not window.busy:
                return
        time.sleep(0.01)
