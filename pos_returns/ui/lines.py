"""The receipt's lines on the counter screen: what the policy says of each, and what the
cashier picks (how many, in what state, where it goes, a manager's override)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Outcome
from pos_returns.i18n import wording
from pos_returns.services.counter import NEEDS_MANAGER, LineView
from pos_returns.services.returns import DEFAULT_DISPOSITION, ReturnItem
from pos_returns.ui.common import font

# Badge colours always come with their words: colour is never the only signal.
BADGES = {
    Outcome.REFUND.value: ("#1b5e20", "#e8f5e9"),
    Outcome.STORE_CREDIT.value: ("#0d47a1", "#e3f2fd"),
    Outcome.EXCHANGE.value: ("#4a148c", "#f3e5f5"),
    Outcome.DENY.value: ("#b71c1c", "#ffebee"),
    NEEDS_MANAGER: ("#e65100", "#fff3e0"),
}
Choices = dict[int, tuple[bool, int, str, str, bool]]  # line: picked, qty, state, goes, override


class LinesTable(QTableWidget):
    """One row per receipt line; `changed` when what is picked changes."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(0, 7)
        self.setObjectName("lines")
        self.lang = "en"
        self._rows: list[_Row] = []
        self._filling = False
        # Set by the window: the app's Python event filter off while rows are built (it
        # would see each of the many events that building widgets sends, most of a scan).
        self.quiet: Callable[[], AbstractContextManager[object]] = nullcontext
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)  # badges wrap in it
        self.setColumnWidth(4, 124)
        header.sectionResized.connect(lambda *_args: self._fit_rows())
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                "",
                self.tr("Item"),
                self.tr("Bought / back").replace(" / ", "\n/ "),
                self.tr("Paid"),
                self.tr("Policy"),
                self.tr("Qty"),
                self.tr("Condition"),
            ]
        )

    def show_lines(self, lines: tuple[LineView, ...], lang: str, keep: Choices | None) -> None:
        """Fill the table (in `lang`), with `keep`'s choices where given; no `changed`."""
        self.lang = lang
        self.clear_lines()
        self.setRowCount(len(lines))
        self._filling = True
        with self.quiet():
            for row, line in enumerate(lines):
                self._fill_row(row, line)
        for widgets in self._rows if keep else ():
            if keep is not None and widgets.line in keep:
                picked, qty, condition, goes_to, overridden = keep[widgets.line]
                if overridden and widgets.override is not None:
                    widgets.override.setChecked(True)
                widgets.pick.setChecked(picked)
                widgets.qty.setValue(qty)
                widgets.condition.setCurrentIndex(widgets.condition.findData(condition))
                widgets.goes_to.setCurrentIndex(widgets.goes_to.findData(goes_to))
        self._filling = False
        self._fit_badges()
        self._fit_rows()
        QTimer.singleShot(0, self._fit_rows)  # again once the table has its final widths

    def clear_lines(self) -> None:
        self.setRowCount(0)
        self._rows = []

    def choices(self) -> Choices:
        return {
            row.line: (
                row.pick.isChecked(),
                row.qty.value(),
                row.condition.currentData(),
                row.goes_to.currentData(),
                row.overridden,
            )
            for row in self._rows
        }

    def picked(self) -> tuple[ReturnItem, ...]:
        return tuple(
            ReturnItem(
                row.line,
                row.qty.value(),
                Condition(row.condition.currentData()),
                row.goes_to.currentData(),
            )
            for row in self._rows
            if row.pick.isChecked()
        )

    def overrides(self) -> dict[int, Outcome]:
        """The picked lines a manager overrides (to a refund)."""
        return {
            row.line: Outcome.REFUND
            for row in self._rows
            if row.overridden and row.pick.isChecked()
        }

    def _changed(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _fill_row(self, row: int, line: LineView) -> None:
        words = wording(self.lang)
        widgets = _Row(line.line)
        widgets.pick.setChecked(line.selectable)
        widgets.pick.setEnabled(line.selectable)
        widgets.pick.setObjectName(f"pick_{line.line}")
        widgets.pick.toggled.connect(lambda _on: self._changed())
        self.setCellWidget(row, 0, widgets.pick)
        why = line.sentence or self.tr("Everything on this line came back already.")
        if line.basis is not None:
            why = self._price_basis(line) + " " + why
        item = QLabel(f"<b>{escape(line.description)}</b><br><small>{escape(why)}</small>")
        item.setObjectName(f"item_{line.line}")
        item.setWordWrap(True)
        item.setTextFormat(Qt.TextFormat.RichText)
        item.setContentsMargins(4, 4, 4, 4)
        self.setCellWidget(row, 1, item)
        bought = str(line.qty) if line.basis is not None else f"{line.qty} / {line.returned}"
        self.setItem(row, 2, _item(bought))
        self.setItem(row, 3, _item(words.fmt.money(line.paid)))
        self.setCellWidget(row, 4, self._policy_cell(widgets, line))
        widgets.qty.setObjectName(f"qty_{line.line}")
        widgets.qty.setRange(1 if line.left else 0, max(line.left, 0))
        widgets.qty.setValue(line.left)
        widgets.qty.setEnabled(line.selectable)
        widgets.qty.setMinimumWidth(64)
        widgets.qty.valueChanged.connect(lambda _v: self._changed())
        self.setCellWidget(row, 5, widgets.qty)
        self.setCellWidget(row, 6, self._state_cell(widgets, line))
        self._rows.append(widgets)

    def _price_basis(self, line: LineView) -> str:
        """Where the price of an item without a receipt comes from, in the screen's words."""
        assert line.basis is not None
        words = wording(self.lang)
        price = words.fmt.money(line.basis.unit_price)
        if line.basis.sold_at is None:
            return self.tr("Catalogue price {price} (not sold lately).").format(price=price)
        return self.tr("Lowest price of the last {n} days: {price}.").format(
            n=words.fmt.number(line.basis.days), price=price
        )

    def _fit_badges(self) -> None:
        """The policy column as wide as its longest word in bold (badges wrap between
        words, never inside one)."""
        bold = QFontMetrics(font(self.font().pointSize(), bold=True))
        words = [
            word
            for row in self._rows
            for word in (row.badge.text() + " " + self.tr("Override: refund")).split()
        ]
        widest = max((bold.horizontalAdvance(word) for word in words), default=80)
        self.setColumnWidth(4, max(100, widest + 28))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped item text or its controls (a label that wraps
        does not tell the table its height by itself), so no sentence is cut off."""
        width = self.columnWidth(1)
        for row in range(self.rowCount()):
            heights = [self.sizeHintForRow(row)]
            item = self.cellWidget(row, 1)
            if isinstance(item, QLabel):
                heights.append(item.heightForWidth(width) + 4)
            for column in (4, 6):
                cell = self.cellWidget(row, column)
                if cell is None:
                    continue
                if cell.hasHeightForWidth():
                    heights.append(cell.heightForWidth(self.columnWidth(column)))
                else:
                    heights.append(cell.sizeHint().height())
            self.setRowHeight(row, max(heights))

    def _policy_cell(self, widgets: _Row, line: LineView) -> QWidget:
        """The policy's badge, and for a line it denies, the manager's override."""
        widgets.badge.setText(self._badge_text(line.badge))
        widgets.badge.setWordWrap(True)
        widgets.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        widgets.badge.setObjectName(f"badge_{line.line}")
        _paint_badge(widgets.badge, line.badge)
        policy = QWidget()
        policy_box = QVBoxLayout(policy)
        policy_box.setContentsMargins(2, 2, 2, 2)
        policy_box.addWidget(widgets.badge)
        if line.badge == Outcome.DENY.value and line.left > 0:
            # A manager may override the policy's "no" (with their code and PIN).
            widgets.override = QPushButton(self.tr("Override"))
            widgets.override.setObjectName(f"override_{line.line}")
            widgets.override.setCheckable(True)
            widgets.override.toggled.connect(
                lambda on, w=widgets, b=line.badge: self._override(w, b, on)
            )
            policy_box.addWidget(widgets.override)
        return policy

    def _state_cell(self, widgets: _Row, line: LineView) -> QWidget:
        """The item's condition and where it goes."""
        words = wording(self.lang)
        widgets.condition.setObjectName(f"condition_{line.line}")
        widgets.goes_to.setObjectName(f"goes_to_{line.line}")
        for value in Condition:
            widgets.condition.addItem(words.condition(value), value.value)
        for code, label in (
            ("restock", self.tr("back to stock")),
            ("damaged", self.tr("to damaged goods")),
            ("vendor", self.tr("back to the vendor")),
        ):
            widgets.goes_to.addItem(label, code)
        for combo in (widgets.condition, widgets.goes_to):
            combo.setEnabled(line.selectable)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        widgets.condition.currentIndexChanged.connect(lambda _i, w=widgets: self._condition(w))
        state = QWidget()
        state_box = QVBoxLayout(state)
        state_box.setContentsMargins(2, 2, 2, 2)
        state_box.addWidget(widgets.condition)
        state_box.addWidget(widgets.goes_to)
        return state

    def _condition(self, widgets: _Row) -> None:
        """Where the item goes follows its condition (the cashier may still change it)."""
        condition = Condition(widgets.condition.currentData())
        widgets.goes_to.setCurrentIndex(widgets.goes_to.findData(DEFAULT_DISPOSITION[condition]))
        self._changed()

    def _override(self, widgets: _Row, badge: str, on: bool) -> None:
        widgets.overridden = on
        for control in (widgets.pick, widgets.qty, widgets.condition, widgets.goes_to):
            control.setEnabled(on)
        widgets.badge.setText(self.tr("Override: refund") if on else self._badge_text(badge))
        _paint_badge(widgets.badge, NEEDS_MANAGER if on else badge)
        QTimer.singleShot(0, self._fit_rows)
        widgets.pick.setChecked(on)  # requotes

    def _badge_text(self, badge: str) -> str:
        return {
            Outcome.REFUND.value: self.tr("Refund"),
            Outcome.STORE_CREDIT.value: self.tr("Store credit"),
            Outcome.EXCHANGE.value: self.tr("Exchange"),
            Outcome.DENY.value: self.tr("Not returnable"),
            NEEDS_MANAGER: self.tr("Needs manager"),
            "": self.tr("All returned"),
        }[badge]


@dataclass(eq=False)
class _Row:
    """The controls of one receipt line in the table."""

    line: int
    pick: QCheckBox = field(default_factory=QCheckBox)
    badge: QLabel = field(default_factory=QLabel)
    qty: QSpinBox = field(default_factory=QSpinBox)
    condition: QComboBox = field(default_factory=QComboBox)
    goes_to: QComboBox = field(default_factory=QComboBox)
    override: QPushButton | None = None
    overridden: bool = False


def _paint_badge(badge: QLabel, kind: str) -> None:
    if kind in BADGES:
        ink, paper = BADGES[kind]
        badge.setStyleSheet(
            f"color: {ink}; background: {paper}; border: 1px solid {ink};"
            "border-radius: 4px; padding: 2px 6px; font-weight: bold;"
        )
    else:
        badge.setStyleSheet("")


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
