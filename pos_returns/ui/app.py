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

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QApplication, QWidget

from pos_returns.bootstrap import database
from pos_returns.domain.money import Money
from pos_returns.printing.files import UnsafeOutput, check_output, database_files, write_whole
from pos_returns.services import print_jobs
from pos_returns.services.counter import a_big_recent_receipt, look_up
from pos_returns.services.demo import DemoInfo, create_demo
from pos_returns.services.errors import NotFound, ServiceError
from pos_returns.services.register import check_register
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.db import database_url, default_database
from pos_returns.store.models import Role
from pos_returns.ui.counter import Counter, CounterWindow

SCREENS = ("counter", "receipt", "approval", "no-receipt", "policy", "history")
BACK_OFFICE = ("policy", "history")
DEMO_NOTE = "demo-store.txt"
RECEIPTS_FOLDER = "receipts"


def run_app(db: str | None, register: str | None = None, store_code: str | None = None) -> int:
    """The counter on the database `db` (the embedded default: a demo made on first run),
    as the register that database is (`register`, if given, must be that one)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = database(db)
    language: str | None = None  # the store's: the window opens in it
    with UnitOfWork(engine) as uow:
        try:
            store = get_store(uow, store_code)
            code, language = store.code, store.language
        except NotFound:
            code = ""
    embedded = db is None and not os.environ.get("POS_RETURNS_DB")
    if not code:
        if not embedded:
            print(
                f"pos-returns: {db} is no register yet: run `pos-returns demo --db {db}`, "
                f"`pos-returns import receipts FILE --create-store CODE:TIMEZONE:CURRENCY "
                f"--db {db}` or `pos-returns sync join --url ... --register R1 --db {db}`",
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
    with UnitOfWork(engine) as uow:
        try:
            register = check_register(uow, register).register
        except ServiceError as exc:
            print(f"pos-returns: {exc}", file=sys.stderr)
            return 2
    if embedded:
        # No printer on a fresh machine: receipts are shown, and kept as PDFs to print.
        folder = default_database().parent / RECEIPTS_FOLDER
        with UnitOfWork(engine, write=True) as uow:
            store = get_store(uow, code)
            url = "preview://" + folder.resolve().as_posix()
            if print_jobs.install_printer(uow, store, register, print_jobs.PrinterSettings(url)):
                print(f"Receipts are shown on screen and kept as PDFs in {folder}")
            uow.commit()
    window = CounterWindow(
        Counter(engine, code, register, central_url=_central_url(engine)), language
    )
    hint = default_database().parent / DEMO_NOTE
    if embedded and hint.is_file():
        window.sign_in_page.demo_note = str(hint)  # on the sign-in page, in its language
        window.sign_in_page.reset()
    window.show()
    return int(app.exec())


def _central_url(engine: Database) -> str | None:
    """The central database this register syncs with (None: sync is off)."""
    from pos_returns.sync import settings

    try:
        return settings.central_url(engine)
    except settings.SettingsError as exc:
        print(f"pos-returns: sync is off: {exc}", file=sys.stderr)
        return None


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
