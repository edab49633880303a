"""Starting the app: the embedded default (a SQLite file in the user's data folder with the
demo store made on first run, receipts shown on screen) or a configured database, and
``--screenshot`` for pictures of the screens with demo data."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from pos_returns.bootstrap import database
from pos_returns.domain.money import Money
from pos_returns.services import print_jobs
from pos_returns.services.counter import a_big_recent_receipt, look_up
from pos_returns.services.demo import DemoInfo, create_demo
from pos_returns.services.errors import NotFound
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import default_database
from pos_returns.store.models import Role
from pos_returns.ui.counter import Counter, CounterWindow

SCREENS = ("counter", "receipt", "approval", "no-receipt", "policy", "history")
BACK_OFFICE = ("policy", "history")
DEMO_NOTE = "demo-store.txt"
RECEIPTS_FOLDER = "receipts"


def run_app(db: str | None, register: str, store_code: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = database(db)
    with UnitOfWork(engine) as uow:
        try:
            store = get_store(uow, store_code)
            code = store.code
        except NotFound:
            code = ""
    embedded = db is None and not os.environ.get("POS_RETURNS_DB")
    if not code:
        if not embedded:
            print(
                f"pos-returns: {db} has no store yet: run `pos-returns demo --db {db}` or "
                "import sales",
                file=sys.stderr,
            )
            return 2
        print("Creating the demo store (first run)…", file=sys.stderr)
        info = create_demo(engine)
        note = default_database().parent / DEMO_NOTE
        note.write_text(info.report() + "\n", encoding="utf-8")
        print(info.report())
        print(f"(kept in {note})")
        code = info.store
    if embedded:
        # No printer on a fresh machine: receipts are shown, and kept as PDFs to print.
        folder = default_database().parent / RECEIPTS_FOLDER
        with UnitOfWork(engine, write=True) as uow:
            store = get_store(uow, code)
            url = "preview://" + folder.resolve().as_posix()
            if print_jobs.install_printer(uow, store, register, print_jobs.PrinterSettings(url)):
                print(f"Receipts are shown on screen and kept as PDFs in {folder}")
            uow.commit()
    window = CounterWindow(Counter(engine, code, register, central_url=_central_url()))
    hint = default_database().parent / DEMO_NOTE
    if embedded and hint.is_file():
        window.sign_in_page.message.setText(
            "Demo store: the employees' codes and PINs are in " + str(hint)
        )
    window.show()
    return int(app.exec())


def _central_url() -> str | None:
    """The central database this register syncs with (None: sync is off)."""
    from pos_returns.sync import settings

    url = os.environ.get(settings.URL_ENV)
    if url:
        return url
    try:
        saved = settings.load()
        return settings.connect_url(saved) if saved else None
    except settings.SettingsError as exc:
        print(f"pos-returns: sync is off: {exc}", file=sys.stderr)
        return None


def screenshot(path: Path, screen: str = "counter", size: tuple[int, int] = (1280, 800)) -> int:
    """Render a screen with demo data to a PNG and exit (for the README and for looking)."""
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
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = shown.grab().save(str(path))
        if shown is not window:
            shown.close()
        window.close()
        window.tasks.wait()
        window.deleteLater()
        app.processEvents()
        engine.dispose()
    return 0 if ok else 1


def _stage(app: QApplication, window: CounterWindow, info: DemoInfo, screen: str) -> None:
    cashier = next(e for e in info.employees if e.role is Role.CASHIER)
    signin = window.sign_in_page
    signin.code.setText(cashier.code)
    signin.pin.setText(cashier.pin)
    signin.submit()
    _settle(app, window)
    page = window.return_page
    sample = next(s.number for s in info.samples if s.kind == "basket")
    if screen == "approval":  # a receipt over the policy's 200.00 for a manager
        with UnitOfWork(window.counter.engine) as uow:
            store = get_store(uow, info.store)
            over = Money(Decimal(200), store.currency)
            big = a_big_recent_receipt(uow, store, window.counter.clock(), over)
        sample = big or sample
    if screen == "no-receipt":  # two items of a recent sale, brought back without it
        with UnitOfWork(window.counter.engine) as uow:
            store = get_store(uow, info.store)
            view = look_up(uow, store, sample, window.counter.clock(), "en")
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
    for row in range(1, page.table.rowCount()):
        pick = page.table.cellWidget(row, 0)
        if pick is not None and pick.isEnabled():
            pick.setChecked(False)
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
        page.form.max_days.setValue(21)  # a draft: 14 days become 21 for opened electronics
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
