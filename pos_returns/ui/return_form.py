"""What the cashier fills in beside the lines: the reason, the receipt's language, where
the money goes (with store credit one tap away) and, when the policy asks for one, the
manager's approval on the same screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pos_returns.i18n import LANGUAGES, wording
from pos_returns.services.counter import Quote
from pos_returns.services.stores import ReasonLine
from pos_returns.ui.common import font
from pos_returns.ui.no_receipt import CustomerIdForm

AMOUNT_FONT = 17


class ApprovalBox(QGroupBox):
    """The manager's code, PIN and note, with why the policy asks for them; shown when
    needed."""

    def __init__(self) -> None:
        super().__init__(objectName="approval")
        self.reasons = QLabel(objectName="approvalReasons")
        self.reasons.setWordWrap(True)
        self.code = QLineEdit(objectName="managerCode")
        self.pin = QLineEdit(objectName="managerPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = QLineEdit(objectName="managerNote")
        self.code.returnPressed.connect(self.pin.setFocus)
        box = QVBoxLayout(self)
        for widget in (self.reasons, self.code, self.pin, self.note):
            box.addWidget(widget)
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Manager approval"))
        self.code.setPlaceholderText(self.tr("Manager code"))
        self.pin.setPlaceholderText(self.tr("Manager PIN"))
        self.note.setPlaceholderText(self.tr("Note (optional)"))

    def credentials(self) -> tuple[str, str]:
        return self.code.text().strip(), self.pin.text()

    def clear(self) -> None:
        for field in (self.code, self.pin, self.note):
            field.clear()
        self.hide()


class ReturnForm(QScrollArea):
    """The side form; it scrolls if a small screen needs it (nothing is squeezed)."""

    changed = Signal()  # what the quote depends on changed (store credit, the customer's ID)
    reason_changed = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__(objectName="sideForm")
        self._reasons: tuple[ReasonLine, ...] = ()
        self.reason_label = QLabel()
        self.reason = QComboBox(objectName="reason")
        self.reason.setMinimumHeight(36)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.note = QLineEdit(objectName="note")
        self.note.hide()
        self.customer_id_form = CustomerIdForm()
        self.customer_id_form.entered.connect(self.changed)
        self.language_label = QLabel()
        self.receipt_language = QComboBox(objectName="receiptLanguage")
        for code, name in LANGUAGES.items():
            self.receipt_language.addItem(name, code)
        self.receipt_language.setCurrentIndex(self.receipt_language.findData(lang))
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.summary.setFont(font(AMOUNT_FONT, bold=True))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # What the policy does offline with a card's share: advice, not an amount.
        self.offline_note = QLabel(objectName="offlineNote")
        self.offline_note.setWordWrap(True)
        self.offline_note.setStyleSheet("color: #8a4b00;")
        self.offline_note.hide()
        self.store_credit = QPushButton(objectName="storeCredit")
        self.store_credit.setCheckable(True)
        self.store_credit.setMinimumHeight(40)
        self.store_credit.hide()
        self.store_credit.toggled.connect(lambda _on: self.changed.emit())
        self.approval = ApprovalBox()
        self._lay_out()

    def _lay_out(self) -> None:
        form = QVBoxLayout()
        form.setContentsMargins(0, 0, 6, 0)
        for widget in (
            self.reason_label,
            self.reason,
            self.note,
            self.customer_id_form,
            self.language_label,
            self.receipt_language,
            self.summary,
            self.offline_note,
            self.store_credit,
            self.approval,
        ):
            form.addWidget(widget)
        form.addStretch(1)
        fields = QWidget()
        fields.setLayout(form)
        self.setWidget(fields)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def retranslate(self, lang: str) -> None:
        self.reason_label.setText(self.tr("Reason"))
        self.language_label.setText(self.tr("Receipt language"))
        self.note.setPlaceholderText(self.tr("A few words about the reason"))
        self.customer_id_form.retranslate()
        self.approval.retranslate()
        if self.reason.count():
            self.reason.setItemText(0, self.tr("Choose a reason…"))
        words = wording(lang)
        for index in range(1, self.reason.count()):
            code = self.reason.itemData(index)
            label = next((r.label for r in self._reasons if r.code == code), code)
            self.reason.setItemText(index, words.reason(code, label))

    # -- the reason -------------------------------------------------------------------------
    def set_reasons(self, reasons: tuple[ReasonLine, ...], lang: str) -> None:
        self._reasons = reasons
        words = wording(lang)
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for reason in reasons:
            self.reason.addItem(words.reason(reason.code, reason.label), reason.code)
        self.reason.blockSignals(False)

    def reason_code(self) -> str | None:
        code = self.reason.currentData()
        return None if code is None else str(code)

    def _reason_changed(self, _index: int) -> None:
        code = self.reason.currentData()
        self.note.setVisible(next((r.needs_note for r in self._reasons if r.code == code), False))
        self.reason_changed.emit()

    # -- where the money goes ---------------------------------------------------------------
    def show_quote(self, got: Quote, lang: str) -> None:
        words = wording(lang)
        lines = list(got.to_tenders)
        if got.store_credit.amount > 0:
            lines.append(
                self.tr("Store credit: {amount}").format(amount=words.fmt.money(got.store_credit))
            )
        if got.fees.amount > 0:
            lines.append(
                self.tr("Restocking fees: {amount}").format(amount=words.fmt.money(got.fees))
            )
        if not lines:
            lines.append(self.tr("No money back: an exchange."))
        self.summary.setText("\n".join(lines))
        self.offline_note.setText(got.offline_note or "")
        self.offline_note.setVisible(got.offline_note is not None)
        if got.credit_instead is not None or self.store_credit.isChecked():
            pct = got.proposal.policy.store_credit_bonus_pct
            amount = got.credit_instead or got.store_credit
            self.store_credit.setText(
                self.tr("Back to a refund")
                if self.store_credit.isChecked()
                else self.tr("or {amount} store credit, {bonus} more").format(
                    amount=words.fmt.money(amount), bonus=words.fmt.percent(pct)
                )
            )
            self.store_credit.show()
        else:
            self.store_credit.hide()
        self.approval.setVisible(got.needs_manager)
        self.approval.reasons.setText("\n".join(got.manager_reasons))

    def nothing_picked(self) -> None:
        self.summary.setText(self.tr("Nothing picked."))
        self.offline_note.hide()

    def reset(self, lang: str) -> None:
        """Forget what was chosen for a receipt: reason, note, store credit, manager, ID."""
        self.customer_id_form.reset()
        self.summary.clear()
        self.offline_note.hide()
        self.store_credit.blockSignals(True)
        self.store_credit.setChecked(False)
        self.store_credit.blockSignals(False)
        self.store_credit.hide()
        self.approval.clear()
        self.note.clear()
        self.reason.setCurrentIndex(0)
        self.receipt_language.setCurrentIndex(self.receipt_language.findData(lang))
