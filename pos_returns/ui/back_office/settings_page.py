"""The settings page: the store's details and receipt texts, the return reasons, the
registers and their printers (with a test page)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_returns.i18n import LANGUAGES
from pos_returns.printing.queue import QueueRun, run_queue, set_register_printer
from pos_returns.services import people, print_jobs
from pos_returns.services.auth import Actor
from pos_returns.services.stores import (
    ReceiptSettings,
    get_store,
    reasons,
    registers,
    set_store_language,
    update_receipt_settings,
)
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Store
from pos_returns.sync import refusals, settings
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
        self.reasons_box = QGroupBox(objectName="reasonsBox")
        self.reasons = QTableWidget(0, 3, objectName="reasons")
        self.reasons.verticalHeader().setVisible(False)
        header = self.reasons.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_reason = QPushButton(objectName="addReason")
        self.add_reason.clicked.connect(lambda: self._reason_row("", "", False))
        self.remove_reason = QPushButton(objectName="removeReason")
        self.remove_reason.clicked.connect(
            lambda: self.reasons.removeRow(max(0, self.reasons.currentRow()))
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
        left = QVBoxLayout()
        left.addWidget(self.store_box)
        left.addWidget(self.reasons_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self._build_registers(), 1)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addLayout(body, 1)
        self.retranslate()

    def _build_registers(self) -> QGroupBox:
        self.registers_box = QGroupBox(objectName="registersBox")
        self.registers = QTableWidget(0, 3, objectName="registers")
        self.registers.verticalHeader().setVisible(False)
        self.registers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
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
        column.addWidget(self._build_central())
        return holder

    def _build_central(self) -> QGroupBox:
        """Where the chain's central database is: the URL here, the password to the
        system keyring (never to a file)."""
        self.central_box = QGroupBox(objectName="centralBox")
        self.central_url = QLineEdit(objectName="centralUrl")
        self.central_password = QLineEdit(objectName="centralPassword")
        self.central_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_central = QPushButton(objectName="saveCentral")
        self.save_central.clicked.connect(self.set_central)
        form = QFormLayout(self.central_box)
        self.central_labels = [QLabel(), QLabel()]
        form.addRow(self.central_labels[0], self.central_url)
        form.addRow(self.central_labels[1], self.central_password)
        form.addRow(self.save_central)
        # What the centre refuses to take (kept apart; the rest keeps flowing), and why.
        self.refused_label = QLabel(objectName="refusedLabel", wordWrap=True)
        self.refused = QListWidget(objectName="refused")
        self.refused.setWordWrap(True)
        form.addRow(self.refused_label)
        form.addRow(self.refused)
        self.refused_label.hide()
        self.refused.hide()
        return self.central_box

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
        self.reasons.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Label"), self.tr("Asks for a note")]
        )
        self.add_reason.setText(self.tr("Add"))
        self.remove_reason.setText(self.tr("Remove"))
        self.save_reasons.setText(self.tr("Save the reasons"))
        self.registers_box.setTitle(self.tr("Registers and their printers"))
        self.registers.setHorizontalHeaderLabels(
            [self.tr("Register"), self.tr("Printer (URL)"), self.tr("Model")]
        )
        self.new_register.setPlaceholderText(self.tr("New register, e.g. R4"))
        self.add_register.setText(self.tr("Add"))
        self.save_printer.setText(self.tr("Save the printer"))
        self.test_button.setText(self.tr("Print a test page"))
        self.central_box.setTitle(self.tr("The chain's central database"))
        self.central_labels[0].setText(self.tr("Address"))
        self.central_labels[1].setText(self.tr("Store password"))
        self.central_url.setPlaceholderText("postgresql://chain_s01@central.example/chain")
        self.save_central.setText(self.tr("Connect this register"))
        self._say_refused()

    # -- loading ------------------------------------------------------------------------------
    def start(self) -> None:
        self._run(lambda _uow, _store: None, None)

    def _run(self, change: Callable[[UnitOfWork, Store], Any], said: str | None) -> None:
        """Make `change` (the services check the role), then show the settings again."""
        counter, actor = self.counter, self.actor

        def work() -> dict[str, Any]:
            with UnitOfWork(counter.engine, write=True) as uow:
                store = get_store(uow, counter.store_code)
                change(uow, store)
                uow.commit()
            with UnitOfWork(counter.engine) as uow:
                store = get_store(uow, counter.store_code)
                return {
                    "store": (
                        store.name,
                        store.address,
                        store.timezone,
                        store.currency,
                        store.receipt_footer,
                        store.feedback_url,
                    ),
                    "language": store.language,
                    "reasons": [(r.code, r.label, r.needs_note) for r in reasons(uow, store)],
                    "registers": [
                        (
                            r.code,
                            print_jobs.register_printer(uow, store, r.code).url,
                            print_jobs.register_printer(uow, store, r.code).profile or "",
                        )
                        for r in registers(uow, store)
                    ],
                    "refused": refusals.refusals_for(actor, counter.engine, counter.store_code),
                    "central": _saved_central(counter.engine),
                }

        def done(got: dict[str, Any]) -> None:
            self._show(got)
            if said:
                self.message.setText(said)

        self.tasks.run(work, done, self._failed)

    def _show(self, got: dict[str, Any]) -> None:
        for edit, value in zip(
            (self.name, self.address, self.timezone, self.currency, self.footer, self.feedback),
            got["store"],
            strict=True,
        ):
            edit.setText(value)
        self.language.setCurrentIndex(max(0, self.language.findData(got["language"])))
        self.reasons.setRowCount(0)
        for code, label, needs_note in got["reasons"]:
            self._reason_row(code, label, needs_note)
        self.registers.setRowCount(len(got["registers"]))
        for row, (code, url, model) in enumerate(got["registers"]):
            item = QTableWidgetItem(code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.registers.setItem(row, 0, item)
            self.registers.setItem(row, 1, QTableWidgetItem(url))
            self.registers.setItem(row, 2, QTableWidgetItem(model))
        if self.registers.rowCount() and self.registers.currentRow() < 0:
            self.registers.setCurrentCell(0, 1)
        self._refused = got["refused"]
        self._say_refused()
        if got["central"] and not self.central_url.text():
            self.central_url.setText(got["central"])

    def _say_refused(self) -> None:
        kept: list[refusals.Refusal] = getattr(self, "_refused", [])
        self.refused_label.setVisible(bool(kept))
        self.refused.setVisible(bool(kept))
        self.refused_label.setText(
            self.tr(
                "Sync blocked: the central database refuses {n} records. The rest goes up; "
                "these are tried again at every sync."
            ).format(n=len(kept))
        )
        self.refused.clear()
        for refusal in kept:
            self.refused.addItem(
                self.tr("{kind} {label} ({tries} tries): {reason}").format(
                    kind=refusal.kind,
                    label=refusal.label,
                    tries=refusal.attempts,
                    reason=refusal.reason,
                )
                + "\n→ "
                + refusals.what_to_do(refusal.kind).in_language(self.lang)
            )

    def _reason_row(self, code: str, label: str, needs_note: bool) -> None:
        row = self.reasons.rowCount()
        self.reasons.insertRow(row)
        self.reasons.setItem(row, 0, QTableWidgetItem(code))
        self.reasons.setItem(row, 1, QTableWidgetItem(label))
        note = QTableWidgetItem()
        note.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        note.setCheckState(Qt.CheckState.Checked if needs_note else Qt.CheckState.Unchecked)
        self.reasons.setItem(row, 2, note)

    # -- changes ------------------------------------------------------------------------------
    def save_details(self) -> None:
        details = people.StoreDetails(
            self.name.text(),
            self.address.text(),
            self.timezone.text().strip(),
            self.currency.text(),
        )
        receipt = ReceiptSettings(footer=self.footer.text(), feedback_url=self.feedback.text())
        language = str(self.language.currentData())
        actor, at = self.actor, self.counter.clock()

        def change(uow: UnitOfWork, store: Store) -> None:
            people.update_store(uow, store, actor, details, at)
            set_store_language(uow, store, actor, language)
            update_receipt_settings(uow, store, actor, receipt)

        self._run(change, self.tr("The store's details are saved."))

    def reason_lines(self) -> list[people.ReasonLine]:
        lines = []
        for row in range(self.reasons.rowCount()):
            code, label, note = (self.reasons.item(row, c) for c in range(3))
            lines.append(
                people.ReasonLine(
                    code.text().strip() if code else "",
                    label.text() if label else "",
                    note is not None and note.checkState() == Qt.CheckState.Checked,
                )
            )
        return lines

    def save_reason_list(self) -> None:
        lines, actor, at = self.reason_lines(), self.actor, self.counter.clock()
        self._run(
            lambda uow, store: people.save_reasons(uow, store, actor, lines, at),
            self.tr("The reasons are saved; the counters list them from the next return."),
        )

    def add_new_register(self) -> None:
        code, actor, at = self.new_register.text(), self.actor, self.counter.clock()
        self.new_register.clear()
        self._run(
            lambda uow, store: people.add_register(uow, store, actor, code, "", at=at),
            self.tr("Register added."),
        )

    def _chosen_register(self) -> tuple[str, str, str] | None:
        row = self.registers.currentRow()
        if row < 0:
            self.message.setText(self.tr("Choose a register first."))
            return None
        cells = [self.registers.item(row, c) for c in range(3)]
        code, url, model = (c.text().strip() if c else "" for c in cells)
        return code, url, model

    def set_printer(self) -> None:
        chosen = self._chosen_register()
        if chosen is None:
            return
        code, url, model = chosen
        actor = self.actor
        self._run(
            lambda uow, store: set_register_printer(
                uow,
                store,
                actor,
                code,
                url=url or print_jobs.PREVIEW_URL,
                profile_name=model or None,
            ),
            self.tr("Printer saved for {register}.").format(register=code),
        )

    def print_test_page(self) -> None:
        chosen = self._chosen_register()
        if chosen is None:
            return
        code = chosen[0]
        counter, actor = self.counter, self.actor

        def work() -> QueueRun:
            with UnitOfWork(counter.engine, write=True) as uow:
                store = get_store(uow, counter.store_code)
                job, owner = people.test_page(uow, store, actor, code, counter.clock())
                uow.commit()
                job_id = job.id
            return run_queue(counter.engine, counter.store_code, code, only=job_id, owner=owner)

        def done(result: QueueRun) -> None:
            problem = printer_problem(result.offline, result.problem)
            self.message.setText(
                problem
                if problem
                else self.tr("Test page sent to {register}'s printer.").format(register=code)
            )

        self.message.setText(self.tr("Printing a test page…"))
        self.tasks.run(work, done, self._failed)

    def set_central(self) -> None:
        """Keep the central database's address (the password in the keyring) and sync with
        it from now on, without a restart."""
        url, password = self.central_url.text().strip(), self.central_password.text()
        self.central_password.clear()
        counter, actor = self.counter, self.actor

        def work() -> str:
            return settings.configure(actor, counter.engine, url, password)

        def done(where: str) -> None:
            self.counter.central_url = settings.with_password(url, password)
            self.central_changed.emit()
            self.message.setText(
                self.tr(
                    "This register syncs with {url} from now on; the password: {where}."
                ).format(url=url, where=where)
            )

        def failed(error: Exception) -> None:
            if isinstance(error, settings.SettingsError):
                self.message.setText(str(error)[:1].upper() + str(error)[1:])
            else:
                self._failed(error)

        self.tasks.run(work, done, failed)

    def _failed(self, error: Exception) -> None:
        self.message.setText(sentence(error, self.lang))


def _saved_central(engine: Database) -> str | None:
    """The central database this register keeps (no password), to show it."""
    try:
        saved = settings.load(engine)
    except settings.SettingsError:
        return None
    return saved.url if saved else None
