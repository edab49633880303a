"""Beside the policy being edited: "What if", the draft tried on a real receipt beside the
published policy, and the last question before publishing (what customers will read
differently, now or from a date)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from pos_returns.domain.decision import Decision
from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Policy
from pos_returns.i18n import wording
from pos_returns.services.errors import ServiceError
from pos_returns.services.policy_editing import WhatIf
from pos_returns.ui.common import font, sentence


class WhatIfBox(QGroupBox):
    """A receipt, a day and a condition; the draft's answer on the left, the published
    policy's on the right."""

    asked = Signal()  # Enter in the receipt's number, or Try

    def __init__(self) -> None:
        super().__init__(objectName="whatIf")
        self.receipt = QLineEdit(objectName="whatIfReceipt")
        self.receipt.returnPressed.connect(self.asked)
        self.day = QDateEdit(QDate.currentDate(), objectName="whatIfDate")
        self.day.setCalendarPopup(True)
        self.condition = QComboBox(objectName="whatIfCondition")
        for condition in Condition:
            self.condition.addItem("", condition.value)
        self.button = QPushButton(objectName="whatIfTry")
        self.button.clicked.connect(self.asked)
        self.draft = QPlainTextEdit(objectName="whatIfDraft")
        self.published = QPlainTextEdit(objectName="whatIfPublished")
        row, answers = QHBoxLayout(), QHBoxLayout()
        for widget in (self.receipt, self.day, self.condition, self.button):
            row.addWidget(widget)
        for view in (self.draft, self.published):
            view.setReadOnly(True)
            answers.addWidget(view)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addLayout(answers, 1)

    def retranslate(self, lang: str) -> None:
        self.setTitle(self.tr("What if: the draft beside the published policy"))
        self.receipt.setPlaceholderText(self.tr("Receipt number"))
        words = wording(lang)
        for index in range(self.condition.count()):
            self.condition.setItemText(
                index, words.condition(Condition(self.condition.itemData(index)))
            )
        self.button.setText(self.tr("Try"))

    def set_day(self, day: date) -> None:
        self.day.setDate(QDate(day.year, day.month, day.day))

    def chosen_condition(self) -> Condition:
        return Condition(self.condition.currentData())

    def show_result(self, result: WhatIf, lang: str) -> None:
        draft = self._decision_text(result.draft, result.draft_policy, lang)
        self.draft.setPlainText(self.tr("Draft") + "\n" + draft)
        published = self._decision_text(result.published, result.published_policy, lang)
        self.published.setPlainText(self.tr("Published") + "\n" + published)

    def _decision_text(
        self, decision: Decision | ServiceError, policy: Policy | None, lang: str
    ) -> str:
        if isinstance(decision, ServiceError):
            return sentence(decision, lang)
        if policy is None:
            return ""
        words = wording(lang)
        lines = [
            f"{line.line}: {line.rule} · {words.fmt.money(line.refund - line.fee)}\n"
            f"   {words.line_sentence(line, policy, decision)}"
            for line in decision.lines
        ]
        lines.append(
            self.tr("Total: {amount}").format(amount=words.fmt.money(decision.refund_total))
        )
        return "\n".join(lines)


class PublishBox(QGroupBox):
    """Publishing asks once more, on the page: what customers will read differently."""

    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="confirmPublish")
        self.later = QCheckBox(objectName="publishLater")
        self.effective = QDateTimeEdit(QDateTime.currentDateTime(), objectName="effectiveFrom")
        self.effective.setCalendarPopup(True)
        self.effective.setEnabled(False)
        self.later.toggled.connect(self.effective.setEnabled)
        self.text = QLabel(objectName="confirmText")
        self.text.setWordWrap(True)
        self.confirm_button = QPushButton(objectName="confirmPublishButton")
        self.confirm_button.setFont(font(11, bold=True))
        self.confirm_button.clicked.connect(self.confirmed)
        self.cancel_button = QPushButton(objectName="cancelPublish")
        self.cancel_button.clicked.connect(self.hide)
        when, buttons = QHBoxLayout(), QHBoxLayout()
        when.addWidget(self.later)
        when.addWidget(self.effective)
        when.addStretch(1)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addLayout(when)
        box.addLayout(buttons)
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Publish this policy?"))
        self.later.setText(self.tr("Not now, from"))
        self.confirm_button.setText(self.tr("Publish"))
        self.cancel_button.setText(self.tr("Cancel"))

    def ask(self, changes: str) -> None:
        """Show what customers will read differently; now, unless a later start is chosen."""
        self.text.setText(self.tr("Customers will read:") + "\n" + changes)
        self.later.setChecked(False)
        self.effective.setDateTime(QDateTime.currentDateTime().addDays(1))
        self.show()

    def starts(self) -> datetime | None:
        """The start chosen, as the store's wall-clock time (None: now)."""
        if not self.later.isChecked():
            return None
        return self.effective.dateTime().toPython().replace(tzinfo=None)
