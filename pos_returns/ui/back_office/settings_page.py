"""The settings page: the store's details and receipt texts, the return reasons, the
registers and their printers (with a test page)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_returns.i18n import LANGUAGES
from pos_returns.printing.queue import QueueRun, change_printer, run_queue
from pos_returns.services import print_jobs, store_settings
from pos_returns.services.auth import Actor
from pos_returns.services.store_settings import StoreSettings
from pos_returns.services.stores import ReceiptSettings
from pos_returns.services.uow import Database
from pos_returns.sync import refusals
from pos_returns.ui.back_office.central_box import CentralBox, saved_central
from pos_returns.ui.back_office.models import (
    ReasonsColumn,
    ReasonsModel,
    RegistersColumn,
    RegistersModel,
)
from pos_returns.ui.common import Counter, printer_problem, sentence
from pos_returns.ui.tasks import Tasks


class SettingsPage(QWidget):
    central_changed = Signal()  # this register now syncs with a central database

    def __init__(self, counter: Counter, tasks: Tasks, actor: Actor, lang: str = "en") -> None:
        super().__init__()
        self.counter, self.tasks, self.actor, self.lang = counter, tasks, actor, lang
        self.message = QLabel(objectName="settingsMessage")
        self.message.setWordWrap(True)
        self.store_box = QGroupBox(objectName="storeBox")
        self.name = QLineEdit(objectName="storeName")
        self.address = QLineEdit(objectName="storeAddress")
        self.timezone = QLineEdit(objectName="storeTimezone")
        self.currency = QLineEdit(objectName="storeCurrency")
        self.language = QComboBox(objectName="storeLanguage")  # the counters' and receipts'
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.footer = QLineEdit(objectName="receiptFooter")
        self.feedback = QLineEdit(objectName="feedbackUrl")
        self.save_store = QPushButton(objectName="saveStore")
        self.save_store.clicked.connect(self.save_details)
        form = QFormLayout(self.store_box)
        self.store_labels = [QLabel() for _ in range(7)]
        for label, widget in zip(
            self.store_labels,
            (
                self.name,
                self.address,
                self.timezone,
                self.currency,
                self.language,
                self.footer,
                self.feedback,
            ),
            strict=True,
        ):
            form.addRow(label, widget)
        form.addRow(self.save_store)
        left = QVBoxLayout()
        left.addWidget(self.store_box)
        left.addWidget(self._build_reasons(), 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self._build_registers(), 1)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addLayout(body, 1)
        self.retranslate()

    def _build_reasons(self) -> QGroupBox:
        """The return reasons in the counter's order, edited in place, saved whole."""
        self.reasons_box = QGroupBox(objectName="reasonsBox")
        self.reason_lines = ReasonsModel(self)
        self.reasons = QTableView(objectName="reasons")
        self.reasons.setModel(self.reason_lines)
        self.reasons.verticalHeader().setVisible(False)
        header = self.reasons.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReasonsColumn.LABEL, QHeaderView.ResizeMode.Stretch)
        self.add_reason = QPushButton(objectName="addReason")
        self.add_reason.clicked.connect(self._new_reason)
        self.remove_reason = QPushButton(objectName="removeReason")
        self.remove_reason.clicked.connect(
            lambda: self.reason_lines.remove(max(0, self.reasons.currentIndex().row()))
        )
        self.save_reasons = QPushButton(objectName="saveReasons")
        self.save_reasons.clicked.connect(self.save_reason_list)
        reason_buttons = QHBoxLayout()
        for button in (self.add_reason, self.remove_reason):
            reason_buttons.addWidget(button)
        reason_buttons.addStretch(1)
        reason_buttons.addWidget(self.save_reasons)
        reasons_box = QVBoxLayout(self.reasons_box)
        reasons_box.addWidget(self.reasons)
        reasons_box.addLayout(reason_buttons)
        return self.reasons_box

    def _build_registers(self) -> QGroupBox:
        self.registers_box = QGroupBox(objectName="registersBox")
        self.printers = RegistersModel(self)
        self.registers = QTableView(objectName="registers")
        self.registers.setModel(self.printers)
        self.registers.verticalHeader().setVisible(False)
        self.registers.horizontalHeader().setSectionResizeMode(
            RegistersColumn.PRINTER, QHeaderView.ResizeMode.Stretch
        )
        self.save_printer = QPushButton(objectName="savePrinter")
        self.save_printer.clicked.connect(self.set_printer)
        self.test_button = QPushButton(objectName="testPage")
        self.test_button.clicked.connect(self.print_test_page)
        self.new_register = QLineEdit(objectName="newRegister")
        self.new_register.setMinimumWidth(190)
        self.add_register = QPushButton(objectName="addRegister")
        self.add_register.clicked.connect(self.add_new_register)
        register_buttons = QHBoxLayout()
        for widget in (self.new_register, self.add_register):
            register_buttons.addWidget(widget)
        register_buttons.addStretch(1)
        register_buttons.addWidget(self.save_printer)
        register_buttons.addWidget(self.test_button)
        registers_box = QVBoxLayout(self.registers_box)
        registers_box.addWidget(self.registers)
        registers_box.addLayout(register_buttons)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.registers_box, 1)
        self.central = CentralBox(self.counter, self.tasks, self.actor, self.lang)
        self.central.connected.connect(self.central_changed)
        self.central.said.connect(self.message.setText)
        # What the tests use by name.
        self.central_url, self.central_password = self.central.url, self.central.password
        self.save_central = self.central.save
        self.refused, self.refused_label = self.central.refused, self.central.refused_label
        column.addWidget(self.central)
        return holder

    def retranslate(self) -> None:
        self.store_box.setTitle(self.tr("The store"))
        for label, text in zip(
            self.store_labels,
            (
                self.tr("Name"),
                self.tr("Address"),
                self.tr("Time zone"),
                self.tr("Currency"),
                self.tr("Language"),
                self.tr("Receipt footer"),
                self.tr("Feedback address (QR code)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.save_store.setText(self.tr("Save the store's details"))
        self.reasons_box.setTitle(self.tr("Return reasons, in the order the counter lists them"))
        self.reason_lines.retranslate()
        self.add_reason.setText(self.tr("Add"))
        self.remove_reason.setText(self.tr("Remove"))
        self.save_reasons.setText(self.tr("Save the reasons"))
        self.registers_box.setTitle(self.tr("Registers and their printers"))
        self.printers.retranslate()
        self.new_register.setPlaceholderText(self.tr("New register, e.g. R4"))
        self.add_register.setText(self.tr("Add"))
        self.save_printer.setText(self.tr("Save the printer"))
        self.test_button.setText(self.tr("Print a test page"))
        self.central.retranslate()

    # -- loading ------------------------------------------------------------------------------
    def start(self) -> None:
        self._run(store_settings.settings_of, None)

    def _run(self, change: Callable[[Database, str], StoreSettings], said: str | None) -> None:
        """Make `change` (a use case: the services check the role; it answers with the
        settings as they are now), then show them, with what the centre refuses."""
        counter, actor = self.counter, self.actor

        def work() -> _Shown:
            db, store = counter.engine, counter.store_code
            return _Shown(
                change(db, store),
                tuple(refusals.refusals_for(actor, db, store)),
                saved_central(db),
            )

        def done(got: _Shown) -> None:
            self._show(got)
            if said:
                self.message.setText(said)

        self.tasks.run(work, done, self._failed)

    def _show(self, got: _Shown) -> None:
        kept = got.settings
        details = kept.details
        for edit, value in zip(
            (self.name, self.address, self.timezone, self.currency, self.footer, self.feedback),
            (
                details.name,
                details.address,
                details.timezone,
                details.currency,
                kept.footer,
                kept.feedback_url,
            ),
            strict=True,
        ):
            edit.setText(value)
        self.language.setCurrentIndex(max(0, self.language.findData(kept.language)))
        self.reason_lines.show(kept.reasons)
        self.printers.show(kept.registers)
        if self.printers.rowCount() and not self.registers.currentIndex().isValid():
            self.registers.setCurrentIndex(self.printers.index(0, RegistersColumn.PRINTER))
        self.central.show_state(got.refused, got.central)

    def _new_reason(self) -> None:
        row = self.reason_lines.add()
        self.reasons.setCurrentIndex(self.reason_lines.index(row, ReasonsColumn.CODE))
        self.reasons.edit(self.reasons.currentIndex())

    # -- changes ------------------------------------------------------------------------------
    def save_details(self) -> None:
        change = store_settings.StoreChange(
            store_settings.StoreDetails(
                self.name.text(),
                self.address.text(),
                self.timezone.text().strip(),
                self.currency.text(),
            ),
            str(self.language.currentData()),
            ReceiptSettings(footer=self.footer.text(), feedback_url=self.feedback.text()),
        )
        actor, at = self.actor, self.counter.clock()
        self._run(
            lambda db, store: store_settings.save_store(db, store, actor, change, at=at),
            self.tr("The store's details are saved."),
        )

    def save_reason_list(self) -> None:
        lines, actor, at = self.reason_lines.lines(), self.actor, self.counter.clock()
        self._run(
            lambda db, store: store_settings.keep_reasons(db, store, actor, lines, at=at),
            self.tr("The reasons are saved; the counters list them from the next return."),
        )

    def add_new_register(self) -> None:
        code, actor, at = self.new_register.text(), self.actor, self.counter.clock()
        self.new_register.clear()
        self._run(
            lambda db, store: store_settings.open_register(db, store, actor, code, at=at),
            self.tr("Register added."),
        )

    def _chosen_register(self) -> tuple[str, str, str] | None:
        chosen = self.registers.currentIndex()
        if not chosen.isValid():
            self.message.setText(self.tr("Choose a register first."))
            return None
        return self.printers.printer(chosen.row())

    def set_printer(self) -> None:
        chosen = self._chosen_register()
        if chosen is None:
            return
        code, url, model = chosen
        actor = self.actor

        def change(db: Database, store: str) -> StoreSettings:
            # The printing layer checks the URL and model, then the use case saves them.
            change_printer(
                db,
                store,
                actor,
                code,
                url=url or print_jobs.PREVIEW_URL,
                profile_name=model or None,
            )
            return store_settings.settings_of(db, store)

        self._run(change, self.tr("Printer saved for {register}.").format(register=code))

    def print_test_page(self) -> None:
        chosen = self._chosen_register()
        if chosen is None:
            return
        code = chosen[0]
        counter, actor = self.counter, self.actor

        def work() -> QueueRun:
            owner, db, store = print_jobs.sender_id(), counter.engine, counter.store_code
            job = store_settings.queue_test_page_for(
                db, store, actor, code, sender=(owner, counter.clock())
            )
            return run_queue(db, store, code, only=job, owner=owner)

        def done(result: QueueRun) -> None:
            problem = printer_problem(result.offline, result.problem)
            self.message.setText(
                problem
                if problem
                else self.tr("Test page sent to {register}'s printer.").format(register=code)
            )

        self.message.setText(self.tr("Printing a test page…"))
        self.tasks.run(work, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.message.setText(sentence(error, self.lang))


@dataclass(frozen=True)
class _Shown:
    """What the page shows: the store's settings, what the centre refuses, its address."""

    settings: StoreSettings
    refused: tuple[refusals.Refusal, ...]
    central: str | None
