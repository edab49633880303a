"""The policy page: edit the draft (checked as you type), read it as customers will in
four languages with what changes from the published version, try it on a real receipt,
and publish it now or from a date. Templates, JSON import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_returns.domain.policy import Policy
from pos_returns.domain.policy_check import Finding, FindingKind
from pos_returns.i18n import LANGUAGES, wording
from pos_returns.printing.files import database_files, write_whole
from pos_returns.services import policy_editing
from pos_returns.services.auth import Actor
from pos_returns.services.policies import publish
from pos_returns.ui.back_office.policy_form import PolicyForm
from pos_returns.ui.back_office.policy_try import PublishBox, WhatIfBox
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
        self.what_if = WhatIfBox()
        self.what_if.asked.connect(self.try_what_if)
        self.publish_box = PublishBox()
        self.publish_box.confirmed.connect(self.publish)
        # What the page and its tests use by name.
        self.what_if_receipt, self.what_if_date = self.what_if.receipt, self.what_if.day
        self.what_if_draft, self.what_if_now = self.what_if.draft, self.what_if.published
        self.confirm, self.confirm_text = self.publish_box, self.publish_box.text
        self.confirm_button = self.publish_box.confirm_button
        self.later, self.effective = self.publish_box.later, self.publish_box.effective
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        self.findings_label = QLabel()
        box.addWidget(self.findings_label)
        box.addWidget(self.findings)
        box.addWidget(self.texts, 2)
        box.addWidget(self.what_if, 1)
        box.addWidget(self.publish_box)
        return side

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
        self.what_if.retranslate(self.lang)
        self.publish_box.retranslate()
        self.form.retranslate()

    # -- loading and checking -------------------------------------------------------------------
    def start(self) -> None:
        """Load the store's draft (or a copy of the policy in force) and the version in
        force, off the screen's thread."""
        counter, actor = self.counter, self.actor
        today = counter.clock().date()
        self.what_if.set_day(today)

        def work() -> policy_editing.PolicyDesk:
            return policy_editing.policy_desk(
                counter.engine, counter.store_code, actor, counter.clock()
            )

        self.tasks.run(work, self._loaded, self._failed)

    def _loaded(self, got: policy_editing.PolicyDesk) -> None:
        self.current, self.currency = got.current, got.currency
        self.form.load(got.draft)
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
        condition = self.what_if.chosen_condition()

        def work() -> policy_editing.WhatIf:
            return policy_editing.try_draft(
                counter.engine,
                counter.store_code,
                actor,
                document,
                number,
                day=day,
                condition=condition,
            )

        self.message.setText(self.tr("Trying {number}…").format(number=number))
        self.tasks.run(work, self._show_what_if, self._failed)

    def _show_what_if(self, result: policy_editing.WhatIf) -> None:
        self.message.setText(
            self.tr(
                "Receipt {number}: the draft on the left, the published policy on the right."
            ).format(number=result.receipt_number)
        )
        self.what_if.show_result(result, self.lang)

    # -- saving and publishing ----------------------------------------------------------------
    def save_draft(self) -> None:
        counter, actor, document = self.counter, self.actor, dict(self.form.document)

        def work() -> None:
            policy_editing.keep_draft(
                counter.engine, counter.store_code, actor, document, counter.clock()
            )

        self.tasks.run(work, lambda _r: self.message.setText(self.tr("Draft saved.")), self._failed)

    def ask_publish(self) -> None:
        self.check()
        if self.checked is None or not self.checked.ok:
            return
        self.publish_box.ask(self.diff.toPlainText())

    def publish(self) -> None:
        counter, actor, document = self.counter, self.actor, dict(self.form.document)
        later = self.publish_box.starts()  # the store's time: the use case gives it its zone

        def work() -> int:
            db, store = counter.engine, counter.store_code
            return publish(db, store, actor, document, counter.clock(), starts=later)

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
