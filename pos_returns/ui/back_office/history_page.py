"""The history page: the store's returns with filters; one opened shows its decision, its
approval and its receipt. The journal's check is one button away."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_returns.i18n import wording
from pos_returns.services import history
from pos_returns.services.auth import Actor
from pos_returns.services.journal import Verification
from pos_returns.sync.conflicts import Conflict, close_conflict, conflicts_for
from pos_returns.ui.back_office.models import ReturnsModel
from pos_returns.ui.common import Counter, font, sentence
from pos_returns.ui.preview import ReceiptPreview
from pos_returns.ui.tasks import Tasks


class HistoryPage(QWidget):
    def __init__(self, counter: Counter, tasks: Tasks, actor: Actor, lang: str = "en") -> None:
        super().__init__()
        self.counter, self.tasks, self.actor, self.lang = counter, tasks, actor, lang
        self.timezone = "UTC"
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(-30), objectName="historyFrom")
        self.last = QDateEdit(today, objectName="historyTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
        self.employee = QLineEdit(objectName="historyEmployee")
        self.employee.setMaximumWidth(110)
        self.outcome = QComboBox(objectName="historyOutcome")
        self.outcome.addItem("", None)
        for outcome in history.OUTCOMES:
            self.outcome.addItem("", outcome)
        self.reason = QComboBox(objectName="historyReason")
        self.reason.addItem("", None)
        self.overrides = QCheckBox(objectName="historyOverrides")
        self.find_button = QPushButton(objectName="historyFind")
        self.find_button.clicked.connect(self.find)
        filters = QHBoxLayout()
        for widget in (
            self.first,
            self.last,
            self.employee,
            self.outcome,
            self.reason,
            self.overrides,
            self.find_button,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(filters)
        self._build_results(box)
        self.retranslate()

    def _build_results(self, box: QVBoxLayout) -> None:
        self.returns = ReturnsModel(self)
        self.table = QTableView(objectName="returns")
        self.table.setModel(self.returns)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.open_chosen())
        self.decision = QPlainTextEdit(objectName="returnDecision")
        self.decision.setReadOnly(True)
        self.preview = ReceiptPreview()
        detail = QSplitter(Qt.Orientation.Vertical)
        detail.addWidget(self.decision)
        detail.addWidget(self.preview)
        detail.setSizes([150, 550])  # the receipt gets the room
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.verify_button = QPushButton(objectName="verifyJournal")
        self.verify_button.clicked.connect(self.verify)
        self.journal = QLabel(objectName="journalState")
        self.journal.setWordWrap(True)
        self.journal.setFont(font(11, bold=True))
        journal = QHBoxLayout()
        journal.addWidget(self.verify_button)
        journal.addWidget(self.journal, 1)
        self.message = QLabel(objectName="historyMessage")
        box.addWidget(self.message)
        box.addWidget(split, 1)
        box.addWidget(self._build_conflicts())
        box.addLayout(journal)

    def _build_conflicts(self) -> QGroupBox:
        """Lines returned twice while registers were apart (only with a central database)."""
        self.conflicts_box = QGroupBox(objectName="conflicts")
        self.conflict_list = QListWidget(objectName="conflictList")
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setMaximumHeight(110)
        self.resolve_button = QPushButton(objectName="resolveConflict")
        self.resolve_button.clicked.connect(self.resolve_chosen)
        row = QHBoxLayout(self.conflicts_box)
        row.addWidget(self.conflict_list, 1)
        row.addWidget(self.resolve_button)
        self.conflicts_box.setVisible(self.counter.central_url is not None)
        self._conflicts: list[Conflict] = []
        return self.conflicts_box

    def retranslate(self) -> None:
        self.employee.setPlaceholderText(self.tr("Employee code"))
        self.outcome.setItemText(0, self.tr("Any outcome"))
        for index in range(1, self.outcome.count()):
            self.outcome.setItemText(index, self.returns.outcome_name(self.outcome.itemData(index)))
        self.reason.setItemText(0, self.tr("Any reason"))
        self.overrides.setText(self.tr("Manager approvals only"))
        self.find_button.setText(self.tr("Find"))
        self.returns.retranslate()
        self.verify_button.setText(self.tr("Check the journal"))
        self.conflicts_box.setTitle(self.tr("Conflicts: a line returned twice while apart"))
        self.resolve_button.setText(self.tr("Dealt with"))

    def start(self) -> None:
        today = self.counter.clock().date()
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.first.setDate(self.last.date().addDays(-30))
        counter = self.counter

        def work() -> history.HistoryChoices:
            return history.history_choices(counter.engine, counter.store_code)

        def done(got: history.HistoryChoices) -> None:
            self.timezone = got.timezone
            words = wording(self.lang)
            while self.reason.count() > 1:
                self.reason.removeItem(1)
            for reason in got.reasons:
                self.reason.addItem(words.reason(reason.code, reason.label), reason.code)
            self.find()
            self.load_conflicts()

        self.tasks.run(work, done, self._failed)

    def filters(self) -> history.Filters:
        return history.Filters(
            first=self.first.date().toPython(),
            last=self.last.date().toPython(),
            employee=self.employee.text().strip() or None,
            outcome=self.outcome.currentData(),
            reason=self.reason.currentData(),
            overrides_only=self.overrides.isChecked(),
        )

    def find(self) -> None:
        counter, actor, filters = self.counter, self.actor, self.filters()

        def work() -> list[history.ReturnRow]:
            return history.returns_matching(counter.engine, counter.store_code, actor, filters)

        self.tasks.run(work, self._show, self._failed)

    def _show(self, rows: list[history.ReturnRow]) -> None:
        self.returns.show(rows, self.lang, self.timezone)
        self.message.setText(
            self.tr("{n} returns found (newest first).").format(n=len(rows))
            if rows
            else self.tr("No return matches these filters.")
        )

    def open_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        number = self.returns.row(rows[0].row()).number
        counter, actor, lang = self.counter, self.actor, self.lang

        def work() -> history.ReturnDetail:
            return history.return_in_full(counter.engine, counter.store_code, actor, number, lang)

        self.tasks.run(work, self._show_detail, self._failed)

    def _show_detail(self, detail: history.ReturnDetail) -> None:
        sentences = detail.decision.get("sentences", {}).get(self.lang) or detail.decision.get(
            "explanation", []
        )
        lines = [detail.number]
        for line in detail.decision.get("lines", []):
            lines.append(
                f"{line.get('line')}: {line.get('rule')} · {line.get('outcome')} · "
                f"{line.get('refund')}"
            )
        lines += ["", *sentences]
        if detail.approval:
            lines += ["", self.tr("Manager: {approval}").format(approval=detail.approval)]
        self.decision.setPlainText("\n".join(lines))
        self.preview.show_document(detail.receipt)

    def load_conflicts(self) -> None:
        url, actor = self.counter.central_url, self.actor
        if url is None:
            return
        self.tasks.run(lambda: conflicts_for(actor, url), self._show_conflicts, self._failed)

    def _show_conflicts(self, found: list[Conflict]) -> None:
        words = wording(self.lang)
        self._conflicts = found
        self.conflict_list.clear()
        for conflict in found:
            others = ", ".join(f"{o.number} ({o.qty})" for o in conflict.others)
            self.conflict_list.addItem(
                self.tr(
                    "{number}: receipt {receipt} line {line}, {asked} asked, {left} left"
                    " ({when}); it counted: {others}"
                ).format(
                    number=conflict.number,
                    receipt=conflict.receipt_number,
                    line=conflict.line_no,
                    asked=conflict.asked,
                    left=conflict.left,
                    when=words.fmt.moment(conflict.found_at, self.timezone),
                    others=others or "-",
                )
            )
        if not found:
            self.conflict_list.addItem(self.tr("No open conflicts."))
        self.resolve_button.setEnabled(bool(found))

    def resolve_chosen(self) -> None:
        row = self.conflict_list.currentRow()
        url, actor = self.counter.central_url, self.actor
        if url is None or not 0 <= row < len(self._conflicts):
            return
        conflict = self._conflicts[row]

        def work() -> list[Conflict]:
            close_conflict(actor, url, conflict)
            return conflicts_for(actor, url)

        self.tasks.run(work, self._show_conflicts, self._failed)

    def verify(self) -> None:
        counter, actor = self.counter, self.actor

        def work() -> Verification:
            return history.check_journal(counter.engine, counter.store_code, actor)

        def done(result: Verification) -> None:
            self.journal.setText(
                self.tr("The journal's {n} entries are intact.").format(n=result.entries)
                if result.ok
                else self.tr("The journal is broken: {problem}").format(problem=result.problem)
            )
            self.journal.setStyleSheet("color: #1b5e20;" if result.ok else "color: #b71c1c;")

        self.tasks.run(work, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.message.setText(sentence(error, self.lang))
