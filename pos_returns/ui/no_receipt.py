"""A return without a receipt on the counter screen: the items scanned one by one, and the
customer's ID when the policy asks for it (only its keyed hash is kept)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_returns.services.no_receipt import item_code
from pos_returns.ui.common import font
from pos_returns.ui.lines_model import Choices

Scanned = tuple[tuple[str, int], ...]  # (item code, how many), in the order scanned


def add_scan(scanned: Scanned, text: str) -> Scanned:
    """`scanned` with one more of the item `text`: a new line, or one more on its line.
    Raises InvalidInput for a scan that is no item code."""
    code = item_code(text)
    for index, (sku, qty) in enumerate(scanned):
        if sku == code:
            return (*scanned[:index], (sku, qty + 1), *scanned[index + 1 :])
    return (*scanned, (code, 1))


def keep_after_scan(choices: Choices, before: Scanned, after: Scanned) -> Choices:
    """What was picked stays picked; a line scanned once more comes back in full."""
    kept = dict(choices)
    for line, (sku, qty) in enumerate(after, 1):
        if (sku, qty) not in before and line in kept:
            kept[line] = replace(kept[line], picked=True, qty=qty)
    return kept


class CustomerIdForm(QWidget):
    """The customer's ID document number, asked only when the policy requires it."""

    entered = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="customerIdForm")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.field = QLineEdit(objectName="customerId")
        self.field.setMinimumHeight(36)
        self.field.returnPressed.connect(self.entered)
        self.field.editingFinished.connect(self.entered)
        self.hint = QLabel(objectName="customerIdHint")
        self.hint.setWordWrap(True)
        self.hint.setFont(font(9))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        box.addWidget(self.field)
        box.addWidget(self.hint)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Customer's ID document (the policy asks for it)"))
        self.field.setPlaceholderText(self.tr("ID card, passport or licence number"))
        self.hint.setText(
            self.tr("Kept only as a code to count this customer's returns; never printed.")
        )

    def value(self) -> str | None:
        text = self.field.text().strip()
        return text if not self.isHidden() and text else None

    def reset(self) -> None:
        self.field.clear()
        self.hide()
