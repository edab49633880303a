"""The register's recent returns beside the form, between customers: one picked shows its
receipt, and can be printed again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_returns.i18n import wording
from pos_returns.services.counter import RecentReturn


class RecentReturns(QWidget):
    picked = Signal(str)  # a return's number: show its receipt
    reprint_asked = Signal(str)  # print it again

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        self.list = QListWidget(objectName="recent")
        self.list.setMaximumHeight(110)
        self.list.currentItemChanged.connect(lambda item, _old: self._picked(item))
        self.reprint_button = QPushButton(objectName="reprint")
        self.reprint_button.clicked.connect(self._reprint)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        box.addWidget(self.list)
        box.addWidget(self.reprint_button)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Recent returns"))
        self.reprint_button.setText(self.tr("Reprint"))

    def show_returns(self, latest: tuple[RecentReturn, ...], lang: str) -> None:
        words = wording(lang)
        self.list.clear()
        for entry in latest:
            item = QListWidgetItem(
                f"{entry.number}   {words.fmt.money(entry.total)}   {entry.receipt_number or ''}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.number)
            self.list.addItem(item)

    def chosen(self) -> str | None:
        """The return picked, else the latest."""
        item = self.list.currentItem() or self.list.item(0)
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.picked.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _reprint(self) -> None:
        number = self.chosen()
        if number is not None:
            self.reprint_asked.emit(number)
