"""The policy page: edit the draft (checked as you type), read it as customers will in
four languages with what changes from the published version, try it on a real receipt,
and publish it now or from a date. Templates, JSON import and export."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_returns.domain.decision import Decision
from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Policy
from pos_returns.domain.policy_check import Finding, FindingKind
from pos_returns.i18n import LANGUAGES, wording
from pos_returns.printing.files import database_files, write_whole
from pos_returns.services import policy_editing
from pos_returns.services.auth import Actor
from pos_returns.services.errors import NotFound
from pos_returns.services.policies import publish_policy, published_policy
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.ui.back_office.policy_form import PolicyForm
from pos_returns.ui.common import Counter, font, sentence
from pos_returns.ui.tasks import Tasks

CHECK_AFTER_MS = 150  # after the last key: the draft is checked and the preview redrawn


class PolicyPage(QWidget):
    published = Signal(int)  # the new version's number

    def __init__(self, counter: Counter, tasks: Tasks, actor: Actor, lang: str = "en") -> None:
        super().__init__()
        self.counter, self.tasks, self.actor, self.lang = counter, tasks, actor, lang
        self.currency: str | None = None
        self.current: Policy | None = None  # the version in force
        self.checked: policy_editing.DraftCheck | None = None
        self.form = PolicyForm()
        self.form.edited.connect(self._edited)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_AFTER_MS)
        self._timer.timeout.connect(self.check)
        self.message = QLabel(objectName="policyMessage")
        self.message.setWordWrap(True)
        self.message.setFont(font(11))
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(self._build_side())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addLayout(self._build_tools())
        box.addWidget(self.message)
        box.addWidget(split, 1)
        self.retranslate()

    # -- building ---------------------------------------------------------------------------
    def _build_tools(self) -> QHBoxLayout:
        self.template = QComboBox(objectName="template")
        for name in policy_editing.TEMPLATES:
            self.template.addItem("", name)
        self.use_template = QPushButton(objectName="useTemplate")
        self.use_template.clicked.connect(lambda: self.start_from(self.template.currentData()))
        self.import_button = QPushButton(objectName="importPolicy")
        self.import_button.clicked.connect(self._ask_import)
        self.export_button = QPushButton(objectName="exportPolicy")
        self.export_button.clicked.connect(self._ask_export)
        self.save_button = QPushButton(objectName="saveDraft")
        self.save_button.clicked.connect(self.save_draft)
        self.publish_button = QPushButton(objectName="publish")
        self.publish_button.setFont(font(11, bold=True))
        self.publish_button.clicked.connect(self.ask_publish)
        row = QHBoxLayout()
        for widget in (
            self.template,
            self.use_template,
            self.import_button,
            self.export_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.publish_button)
        return row

    def _build_side(self) -> QWidget:
        self.findings = QListWidget(objectName="findings")
        self.findings.setWordWrap(True)
        self.findings.setMaximumHeight(130)
        self.texts = QTabWidget(objectName="policyTexts")
        self.text_views: dict[str, QPlainTextEdit] = {}
        for code, name in LANGUAGES.items():
            view = QPlainTextEdit(objectName=f"policyText_{code}")
            view.setReadOnly(True)
            self.text_views[code] = view
            self.texts.addTab(view, name)
        self.diff = QPlainTextEdit(objectName="policyDiff")
        self.diff.setReadOnly(True)
        self.texts.addTab(self.diff, "")
        self._build_publish()
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        self.findings_label = QLabel()
        box.addWidget(self.findings_label)
        box.addWidget(self.findings)
        box.addWidget(self.texts, 2)
        box.addWidget(self._build_what_if(), 1)
        box.addWidget(self.confirm)
        return side

    def _build_what_if(self) -> QGroupBox:
        self.what_if_box = QGroupBox(objectName="whatIf")
        self.what_if_receipt = QLineEdit(objectName="whatIfReceipt")
        self.what_if_receipt.returnPressed.connect(self.try_what_if)
        self.what_if_date = QDateEdit(QDate.currentDate(), objectName="whatIfDate")
        self.what_if_date.setCalendarPopup(True)
        self.what_if_condition = QComboBox(objectName="whatIfCondition")
        for condition in Condition:
            self.what_if_condition.addItem("", condition.value)
        self.what_if_button = QPushButton(objectName="whatIfTry")
        self.what_if_button.clicked.connect(self.try_what_if)
        row = QHBoxLayout()
        for widget in (self.what_if_receipt, self.what_if_date, self.what_if_condition):
            row.addWidget(widget)
        row.addWidget(self.what_if_button)
        self.what_if_draft = QPlainTextEdit(objectName="whatIfDraft")
        self.what_if_now = QPlainTextEdit(objectName="whatIfPublished")
        answers = QHBoxLayout()
        for view in (self.what_if_draft, self.what_if_now):
            view.setReadOnly(True)
            answers.addWidget(view)
        box = QVBoxLayout(self.what_if_box)
        box.addLayout(row)
        box.addLayout(answers, 1)
        return self.what_if_box

    def _build_publish(self) -> None:
        """Publishing asks once more, on the page: what customers will read differently."""
        self.confirm = QGroupBox(objectName="confirmPublish")
        self.later = QCheckBox(objectName="publishLater")
        self.effective = QDateTimeEdit(QDateTime.currentDateTime(), objectName="effectiveFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setEnabled(False)
        self.later.toggled.connect(self.effective.setEnabled)
        self.confirm_text = QLabel(objectName="confirmText")
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton(objectName="confirmPublishButton")
        self.confirm_button.setFont(font(11, bold=True))
        self.confirm_button.clicked.connect(self.publish)
        self.cancel_button = QPushButton(objectName="cancelPublish")
        self.cancel_button.clicked.connect(self.confirm.hide)
        when = QHBoxLayout()
        when.addWidget(self.later)
        when.addWidget(self.effective)
        when.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        box = QVBoxLayout(self.confirm)
        box.addWidget(self.confirm_text)
        box.addLayout(when)
        box.addLayout(buttons)
        self.confirm.hide()

    def retranslate(self) -> None:
        templates = {
            "standard-30": self.tr("Standard 30 days"),
            "generous-90": self.tr("Generous 90 days"),
            "strict-electronics": self.tr("Strict electronics"),
        }
        for index in range(self.template.count()):
            self.template.setItemText(index, templates[self.template.itemData(index)])
        self.use_template.setText(self.tr("Start from this template"))
        self.import_button.setText(self.tr("Import JSON…"))
        self.export_button.setText(self.tr("Export JSON…"))
        self.save_button.setText(self.tr("Save draft"))
        self.publish_button.setText(self.tr("Publish…"))
        self.findings_label.setText(self.tr("What the check found"))
        self.texts.setTabText(len(LANGUAGES), self.tr("Changes"))
        self.what_if_box.setTitle(self.tr("What if: the draft beside the published policy"))
        self.what_if_receipt.setPlaceholderText(self.tr("Receipt number"))
        words = wording(self.lang)
        for index in range(self.what_if_condition.count()):
            condition = Condition(self.what_if_condition.itemData(index))
            self.what_if_condition.setItemText(index, words.condition(condition))
        self.what_if_button.setText(self.tr("Try"))
        self.confirm.setTitle(self.tr("Publish this policy?"))
        self.later.setText(self.tr("Not now, from"))
        self.confirm_button.setText(self.tr("Publish"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.form.retranslate()

    # -- loading and checking -------------------------------------------------------------------
    def start(self) -> None:
        """Load the store's draft (or a copy of the policy in force) and the version in
        force, off the screen's thread."""
        counter, actor = self.counter, self.actor
        today = counter.clock().date()
        self.what_if_date.setDate(QDate(today.year, today.month, today.day))

        def work() -> tuple[dict[str, Any], Policy | None, str]:
            with UnitOfWork(counter.engine) as uow:
                store = get_store(uow, counter.store_code)
                draft = policy_editing.current_draft(uow, store, actor)
                try:
                    _, current = published_policy(uow, store, counter.clock())
                except NotFound:
                    current = None
                return draft, current, store.currency

        self.tasks.run(work, self._loaded, self._failed)

    def _loaded(self, got: tuple[dict[str, Any], Policy | None, str]) -> None:
        draft, self.current, self.currency = got
        self.form.load(draft)
        self.check()

    def start_from(self, name: str) -> None:
        self.form.load(policy_editing.template(self.actor, name))
        self.message.setText(self.tr("Started from a template: edit it, then publish."))
        self.check()

    def _edited(self) -> None:
        self._timer.start()

    def check(self) -> None:
        """The draft checked as publishing would: its first problem under its field, the
        rules it can never reach and its gaps, the text customers will read."""
        self._timer.stop()
        checked = policy_editing.check_draft(self.actor, self.form.document)
        self.checked = checked
        problem = checked.problem
        self.form.show_problem(
            problem.field if problem else None, problem.message if problem else None
        )
        self.publish_button.setEnabled(checked.ok)
        self.export_button.setEnabled(checked.ok)
        self.findings.clear()
        if problem is not None:
            self.findings.addItem(
                self.tr("Not valid yet: {problem}").format(problem=problem.message)
            )
        for finding in checked.findings:
            self.findings.addItem(self._finding_text(finding))
        if checked.ok and not checked.findings:
            self.findings.addItem(self.tr("Every rule can decide something; no gaps."))
        if checked.policy is not None:
            texts = policy_editing.policy_text(checked.policy, self.currency)
            for code, view in self.text_views.items():
                view.setPlainText("\n\n".join(texts[code]))
            changes = policy_editing.text_diff(
                self.current, checked.policy, self.lang, self.currency
            )
            self.diff.setPlainText(
                "\n".join(changes) if changes else self.tr("Customers will read nothing new.")
            )

    def _finding_text(self, finding: Finding) -> str:
        words = wording(self.lang)
        if finding.kind is FindingKind.NEVER:
            return self.tr(
                "Rule “{rule}” can never match: its own conditions exclude each other."
            ).format(rule=finding.rule)
        if finding.kind is FindingKind.SHADOWED:
            return self.tr(
                "Rule “{rule}” never decides anything: earlier rules ({by}) decide all it covers."
            ).format(rule=finding.rule, by=", ".join(finding.by))
        assert finding.days is not None
        days = (
            self.tr("{first} days or more").format(first=finding.days.first)
            if finding.days.last is None
            else self.tr("{first}–{last} days").format(
                first=finding.days.first, last=finding.days.last
            )
        )
        receipt = self.tr("with a receipt") if finding.receipt else self.tr("without a receipt")
        states = ", ".join(words.condition(c) for c in finding.conditions)
        return self.tr(
            "No rule for items returned {receipt}, {days} after purchase ({states}): “no rule fits” decides."  # noqa: E501 - one message for the translators
        ).format(receipt=receipt, days=days, states=states)

    # -- what if ------------------------------------------------------------------------------
    def try_what_if(self) -> None:
        number = self.what_if_receipt.text().strip()
        if not number:
            self.message.setText(self.tr("Type or scan a receipt number to try the draft on."))
            return
        counter, actor, document = self.counter, self.actor, dict(self.form.document)
        day = self.what_if_date.date().toPython()
        condition = Condition(self.what_if_condition.currentData())

        def work() -> policy_editing.WhatIf:
            with UnitOfWork(counter.engine) as uow:
                store = get_store(uow, counter.store_code)
                at = datetime.combine(day, time(12), ZoneInfo(store.timezone))
                return policy_editing.what_if(
                    uow, store, actor, document, number, at=at, condition=condition
                )

        self.message.setText(self.tr("Trying {number}…").format(number=number))
        self.tasks.run(work, self._show_what_if, self._failed)

    def _show_what_if(self, result: policy_editing.WhatIf) -> None:
        self.message.setText(
            self.tr(
                "Receipt {number}: the draft on the left, the published policy on the right."
            ).format(number=result.receipt_number)
        )
        self.what_if_draft.setPlainText(
            self.tr("Draft") + "\n" + self._decision_text(result.draft, result.draft_policy)
        )
        self.what_if_now.setPlainText(
            self.tr("Published")
            + "\n"
            + self._decision_text(result.published, result.published_policy)
        )

    def _decision_text(self, decision: Decision | str, policy: Policy | None) -> str:
        if isinstance(decision, str) or policy is None:
            return str(decision)
        words = wording(self.lang)
        lines = [
            f"{line.line}: {line.rule} · {words.fmt.money(line.refund - line.fee)}\n"
            f"   {words.line_sentence(line, policy, decision)}"
            for line in decision.lines
        ]
        lines.append(
            self.tr("Total: {amount}").format(amount=words.fmt.money(decision.refund_total))
        )
        return "\n".join(lines)

    # -- saving and publishing ----------------------------------------------------------------
    def save_draft(self) -> None:
        counter, actor, document = self.counter, self.actor, dict(self.form.document)

        def work() -> None:
            with UnitOfWork(counter.engine, write=True) as uow:
                store = get_store(uow, counter.store_code)
                policy_editing.save_draft(uow, store, actor, document, counter.clock())
                uow.commit()

        self.tasks.run(work, lambda _r: self.message.setText(self.tr("Draft saved.")), self._failed)

    def ask_publish(self) -> None:
        self.check()
        if self.checked is None or not self.checked.ok:
            return
        changes = self.diff.toPlainText()
        self.confirm_text.setText(self.tr("Customers will read:") + "\n" + changes)
        self.later.setChecked(False)
        self.effective.setDateTime(QDateTime.currentDateTime().addDays(1))
        self.confirm.show()

    def publish(self) -> None:
        counter, actor, document = self.counter, self.actor, dict(self.form.document)
        later = self.effective.dateTime().toPython() if self.later.isChecked() else None

        def work() -> int:
            at = counter.clock()
            with UnitOfWork(counter.engine, write=True) as uow:
                store = get_store(uow, counter.store_code)
                starts = None
                if later is not None:
                    starts = later.replace(tzinfo=ZoneInfo(store.timezone)).astimezone(UTC)
                row = publish_policy(uow, store, actor, document, at, effective_from=starts)
                uow.commit()
                return row.version

        def done(version: int) -> None:
            self.confirm.hide()
            self.message.setText(
                self.tr("Version {version} published; the counters use it from its start.").format(
                    version=version
                )
            )
            self.published.emit(version)
            self.start()

        self.tasks.run(work, done, self._failed)

    # -- JSON -----------------------------------------------------------------------------------
    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a policy"), "", "JSON (*.json)")
        if path:
            self.import_file(Path(path))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the policy"), "policy.json", "JSON (*.json)"
        )
        if path:
            self.export_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            text = path.read_text("utf-8")
            document = policy_editing.import_json(self.actor, text, path.name)
        except (OSError, UnicodeDecodeError) as exc:
            self.message.setText(
                self.tr("Cannot read {file}: {why}").format(file=path.name, why=exc)
            )
            return
        except Exception as exc:  # noqa: BLE001 - a service error, said as such
            self._failed(exc)
            return
        self.form.load(document)
        self.message.setText(
            self.tr("Imported {file}: check it, then publish.").format(file=path.name)
        )
        self.check()

    def export_file(self, path: Path) -> None:
        try:
            text = policy_editing.export_json(self.actor, self.form.document)
            # Whole or not at all, and never over the database (a file dialog allows it).
            write_whole(path, text.encode("utf-8"), database_files(self.counter.engine.url))
        except OSError as exc:
            self.message.setText(
                self.tr("Cannot write {file}: {why}").format(file=path.name, why=exc)
            )
            return
        except Exception as exc:  # noqa: BLE001 - a service error, said as such
            self._failed(exc)
            return
        self.message.setText(self.tr("Exported to {file}.").format(file=str(path)))

    def _failed(self, error: Exception) -> None:
        self.message.setText(sentence(error, self.lang))
