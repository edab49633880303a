"""The counter screen: sign in, scan a receipt, pick what comes back, complete, print.

Keyboard and scanner first: a scanner types the number and presses Enter; the lines the
policy allows are picked with what is left of them; one reason is picked; Ctrl+Enter (or
the big button) completes. Every database and printer call runs off the GUI thread
(`Tasks`); the screen shows what is going on and stays responsive.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
)

from pos_returns.i18n import LANGUAGES, wording
from pos_returns.printing.queue import QueueRun, run_queue
from pos_returns.resources import resource
from pos_returns.services import print_jobs
from pos_returns.services.auth import Actor, remember_language
from pos_returns.services.stores import store_language
from pos_returns.sync.worker import SyncPass, sync_once
from pos_returns.ui.back_office.window import BackOfficeWindow
from pos_returns.ui.common import Counter, printer_problem, sentence
from pos_returns.ui.return_page import ReturnPage
from pos_returns.ui.sign_in import SignedIn, SignInPage
from pos_returns.ui.tasks import Tasks

IDLE_LOCK_MS = 5 * 60 * 1000
SYNC_EVERY_MS = 30 * 1000


class CounterWindow(QMainWindow):
    """The till's window: sign-in, then the return page; a status bar that tells the
    employee, the store and register, the printer and the receipts waiting.

    It speaks the store's language, read on the task pool (`lang`: the store's language
    when the caller read it already, so the window opens in it), and an employee's own
    when they chose one from the Language menu; signing out goes back to the store's."""

    def __init__(self, counter: Counter, lang: str | None = None) -> None:
        super().__init__()
        self.counter = counter
        self.lang = "en"
        self.store_lang = lang if lang in LANGUAGES else "en"  # the last the database said
        self._switches = 0  # the screen's language changes, so a late answer yields
        self._translator: QTranslator | None = None
        self.tasks = Tasks(self)
        # Printers get their own thread: one that is off takes seconds to say so, and the
        # cashier's look-ups must not wait behind it.
        self.printing_tasks = Tasks(self, threads=1)
        self.actor: Actor | None = None
        self._printing = False
        self._print_again = False
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.who = QLabel(objectName="statusEmployee")
        self.where = QLabel(f"{counter.store_code} / {counter.register}", objectName="statusStore")
        self.printer = QLabel(objectName="statusPrinter")
        self.waiting = QLabel(objectName="statusWaiting")
        self.sync_state = QLabel(objectName="statusSync")
        self.sync_tasks = Tasks(self, threads=1)  # the network gets its own thread too
        self._syncing = False
        self.last_sync: SyncPass | None = None
        self.sign_out = QPushButton(objectName="signOut")
        self.sign_out.clicked.connect(self.lock)
        for widget in (self.who, self.where, self.printer, self.waiting, self.sync_state):
            self.statusBar().addWidget(widget)
        self.sync_state.setVisible(counter.central_url is not None)
        self.statusBar().addPermanentWidget(self.sign_out)
        self.back_office_action = self.menuBar().addAction("")
        self.back_office_action.setObjectName("backOffice")
        self.back_office_action.triggered.connect(self.open_back_office)
        self.back_office: BackOfficeWindow | None = None
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.setObjectName("languageMenu")
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _on=False, c=code: self.choose_language(c))
        self.idle = QTimer(self, singleShot=True, interval=IDLE_LOCK_MS)
        self.idle.timeout.connect(self.lock)
        self.printing = QTimer(self, interval=5000)
        self.printing.timeout.connect(self.print_now)
        self.syncing = QTimer(self, interval=SYNC_EVERY_MS)
        self.syncing.timeout.connect(self.sync_now)
        self._build_pages()
        self.set_language(self.store_lang)
        self.lock()
        self.resize(1280, 800)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            if self._translator is not None:  # the application speaks English again
                app.removeTranslator(self._translator)
                self._translator = None
        self.idle.stop()
        self.printing.stop()
        self.syncing.stop()
        self._drop_back_office()
        super().closeEvent(event)

    def _drop_back_office(self) -> None:
        """Close the manager's back office and have Qt delete it on this (the GUI) thread:
        a top-level window dropped to Python's collector could be deleted from whatever
        thread collects it, a pool thread, which crashes Qt."""
        if self.back_office is not None:
            self.back_office.close()
            self.back_office.deleteLater()
            self.back_office = None

    def _build_pages(self) -> None:
        self.sign_in_page = SignInPage(self.counter, self.tasks)
        self.return_page = ReturnPage(self.counter, self.tasks, self.lang)
        self.return_page.printing = self.printing_tasks
        self.pages.addWidget(self.sign_in_page)
        self.pages.addWidget(self.return_page)
        self.sign_in_page.signed_in.connect(self._signed_in)
        self.return_page.completed.connect(lambda _done: self.print_now())

    def set_language(self, lang: str) -> None:
        """Switch the screen's language while it runs: Qt's catalogue for its words, the
        domain's for the policy's; nothing the cashier did is lost."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if lang != "en":
            translator = QTranslator(self)
            if translator.load(str(resource("i18n", f"counter_{lang}.qm"))):
                app.installTranslator(translator)
                self._translator = translator
        changed = lang != self.lang
        self.lang = lang
        self._switches += 1
        self.sign_in_page.lang = lang
        self.setWindowTitle(self.tr("pos-returns: returns counter"))
        self.sign_out.setText(self.tr("Sign out"))
        self.language_menu.setTitle(self.tr("Language"))
        self.back_office_action.setText(self.tr("Back office…"))
        self._say_who()
        self._say_sync()
        self.sign_in_page.retranslate()
        if changed:
            self.return_page.relanguage(lang)
            if self.actor is not None:
                self.print_now()  # the printer's line in the new language

    def choose_language(self, lang: str) -> None:
        """The Language menu: the screen switches; a signed-in employee keeps the choice,
        and their screen switches to it when they sign in next."""
        self.set_language(lang)
        actor, db = self.actor, self.counter.engine
        if actor is None:
            return  # the sign-in page: for now only, the store's language comes back

        def kept(_nothing: None) -> None:
            pass

        def not_kept(error: Exception) -> None:
            self.return_page.message.setText(sentence(error, self.lang))

        self.tasks.run(lambda: remember_language(db, actor, lang), kept, not_kept)

    def _load_store_language(self) -> None:
        """Ask the database for the store's language (a manager may have changed it), and
        switch to it unless someone signed in or picked a language meanwhile."""
        db, code, asked = self.counter.engine, self.counter.store_code, self._switches

        def got(lang: str) -> None:
            self.store_lang = lang
            if self.actor is None and self._switches == asked and lang != self.lang:
                self.set_language(lang)

        def failed(error: Exception) -> None:
            self.sign_in_page.message.setText(sentence(error, self.lang))

        self.tasks.run(lambda: store_language(db, code), got, failed)

    @property
    def busy(self) -> bool:
        office = self.back_office is not None and self.back_office.busy
        return self.tasks.busy or self.printing_tasks.busy or self.sync_tasks.busy or office

    def open_back_office(self) -> None:
        """The back office, for the signed-in manager (a cashier is told who may)."""
        actor = self.actor
        if actor is None:
            return
        if not actor.is_manager:
            self.return_page.message.setText(
                self.tr("The back office is for managers: a manager signs in to open it.")
            )
            return
        self._drop_back_office()
        self.back_office = BackOfficeWindow(self.counter, actor, self.lang)
        self.back_office.central_changed.connect(self._central_changed)
        self.back_office.start()
        self.back_office.show()

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        """Any key or click anywhere in the app keeps the screen unlocked; a scanner's
        characters typed into a list, a box, a button or the lines go to the scan field."""
        if not isinstance(event, QKeyEvent | QMouseEvent):
            return False  # most events (paint, layout, ...): answered without asking more
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and self.actor:
            self.idle.start()
        if (
            kind == QEvent.Type.KeyPress
            and self.actor is not None
            and self.pages.currentWidget() is self.return_page
            and event.text()
            and event.text().isalnum()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            and isinstance(watched, QComboBox | QCheckBox | QPushButton | QAbstractItemView)
            and watched.window() is self
        ):
            scan = self.return_page.scan
            if not scan.hasFocus():  # the first character of a scan: a new number
                scan.clear()
                scan.setFocus()
            scan.insert(event.text())
            return True
        return False

    def _say_who(self) -> None:
        if self.actor is None:
            self.who.setText(self.tr("Nobody signed in"))
        else:
            self.who.setText(self.tr("Signed in: {name}").format(name=self.actor.name))

    def _signed_in(self, signed: SignedIn) -> None:
        actor = signed.actor
        if signed.store_language in LANGUAGES:
            self.store_lang = signed.store_language
        if actor.language is not None and actor.language != self.lang:
            self.set_language(actor.language)  # theirs; else the screen stays as it is
        self.actor = actor
        self._say_who()
        self.sign_out.show()
        self.pages.setCurrentWidget(self.return_page)
        self.return_page.start(actor)
        self.idle.start()
        self.printing.start()
        self.print_now()
        if self.counter.central_url is not None:
            self.syncing.start()
            self.sync_now()

    def lock(self) -> None:
        """Back to the sign-in page (after inactivity, or the employee signs out)."""
        self._drop_back_office()  # the manager's back office goes with them
        self.actor = None
        self.return_page.actor = None
        self.return_page.clear()  # nothing of the last cashier's customer stays
        if self.lang != self.store_lang:
            self.set_language(self.store_lang)  # the sign-in page speaks the store's
        self._say_who()
        self.sign_out.hide()
        self.pages.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.reset()
        self.idle.stop()
        self._load_store_language()

    def print_now(self) -> None:
        """One pass of the register's print queue, off the GUI thread (one at a time: a
        printer that is off takes its whole timeout to say so)."""
        if self._printing:
            self._print_again = True  # a receipt came meanwhile: one more pass after this
            return
        self._printing = True
        self._print_again = False
        counter = self.counter

        def work() -> tuple[QueueRun, int, str]:
            db, store, register = counter.engine, counter.store_code, counter.register
            result = run_queue(db, store, register)
            waiting = print_jobs.list_jobs(db, store, register, waiting_only=True)
            return result, len(waiting), print_jobs.printer_of(db, store, register).url

        self.printing_tasks.run(work, self._printed, self._print_failed)

    def _print_failed(self, error: Exception) -> None:
        self._printing = False
        self.printer.setText(sentence(error, self.lang))
        if self._print_again:
            self.print_now()

    def _printed(self, got: tuple[QueueRun, int, str]) -> None:
        self._printing = False
        if self._print_again:
            self.print_now()
        result, waiting, url = got
        if url == print_jobs.PREVIEW_URL:
            shown = self.tr("preview only")
        elif url.startswith(print_jobs.PREVIEW_URL):
            shown = self.tr("preview, kept as PDF files")
        else:
            shown = url
        state = printer_problem(result.offline, result.problem) or self.tr("ready")
        self.printer.setText(
            self.tr("Printer {printer}: {state}").format(printer=shown, state=state)
        )
        self.waiting.setText(self.tr("{n} receipts waiting").format(n=waiting))

    def _central_changed(self) -> None:
        """A manager connected this register to the central database: sync from now on."""
        self.sync_state.show()
        self._say_sync()
        self.syncing.start()
        self.sync_now()

    def sync_now(self) -> None:
        """One pass with the central database, off the GUI thread (never two at once)."""
        url = self.counter.central_url
        if url is None or self._syncing:
            return
        self._syncing = True
        counter = self.counter

        def work() -> SyncPass:
            return sync_once(counter.engine, url, counter.store_code)

        def done(result: SyncPass) -> None:
            self._syncing = False
            self.last_sync = result
            self.return_page.offline = not result.online
            self._say_sync()

        def failed(error: Exception) -> None:
            self._syncing = False
            self.sync_state.setText(sentence(error, self.lang))

        self.sync_tasks.run(work, done, failed)

    def _say_sync(self) -> None:
        result = self.last_sync
        if self.counter.central_url is None:
            return
        if result is None:
            self.sync_state.setText(self.tr("Sync: not yet"))
            return
        when = wording(self.lang).fmt.moment(result.at, self.return_page.counter_timezone())
        if result.blocked:  # online, but records do not go up: not "offline"
            text = self.tr(
                "Sync blocked: {refused} records refused (Back office › Settings), {n} waiting"
            )
        elif result.online:
            text = self.tr("Sync: online, last {when}, {n} waiting")
        else:
            text = self.tr("Sync: offline since {when}, {n} waiting")
        self.sync_state.setText(text.format(when=when, n=result.pending, refused=result.refused))
