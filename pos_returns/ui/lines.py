"""The receipt's lines on the counter screen: a table over `LinesModel`, drawn and edited by
its delegates (`ui.lines_delegates`). Clicking a line's box (or Space) picks it; its
quantity and condition open an editor when the cell is chosen; a line the policy denies
has a manager's Override in its policy cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pos_returns.domain.policy import Outcome
from pos_returns.services.counter import LineView
from pos_returns.services.returns import ReturnItem
from pos_returns.ui.common import font
from pos_returns.ui.lines_delegates import BadgeDelegate, ItemDelegate, QtyDelegate, StateDelegate
from pos_returns.ui.lines_model import Choices, Column, LinesModel

Triggers = QAbstractItemView.EditTrigger
Mode = QHeaderView.ResizeMode


class LinesTable(QTableView):
    """One row per receipt line; `changed` when what is picked changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lines")
        self.lines = LinesModel(self)
        self.setModel(self.lines)
        self.lines.changed.connect(self.changed)
        self.lines.dataChanged.connect(self._row_changed)
        # The delegates are kept here: a view does not own the delegates it is given.
        self._delegates = {
            Column.ITEM: ItemDelegate(self),
            Column.POLICY: BadgeDelegate(self),
            Column.QTY: QtyDelegate(self),
            Column.CONDITION: StateDelegate(self),
        }
        for column, delegate in self._delegates.items():
            self.setItemDelegateForColumn(column, delegate)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(Mode.Fixed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)  # the delegates' heights are asked for the column's width
        self.setEditTriggers(
            Triggers.CurrentChanged
            | Triggers.DoubleClicked
            | Triggers.SelectedClicked
            | Triggers.EditKeyPressed
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(Mode.ResizeToContents)
        header.setSectionResizeMode(Column.ITEM, Mode.Stretch)
        header.setSectionResizeMode(Column.POLICY, Mode.Fixed)  # badges wrap in it
        self.setColumnWidth(Column.POLICY, 124)
        header.sectionResized.connect(self._column_resized)
        self._fitting = False

    # -- what the page asks -------------------------------------------------------------------
    def show_lines(self, lines: tuple[LineView, ...], lang: str, keep: Choices | None) -> None:
        """Fill the table (in `lang`), with `keep`'s choices where given; no `changed`."""
        self.lines.set_rows(lines, lang, keep)
        self._fit_badges()
        self.fit_rows()
        QTimer.singleShot(0, self.fit_rows)  # again once the table has its final widths

    def clear_lines(self) -> None:
        self.lines.clear()

    def rowCount(self) -> int:  # noqa: N802 - as a table widget says it
        """The lines shown."""
        return self.lines.rowCount()

    def choices(self) -> Choices:
        return self.lines.choices()

    def picked(self) -> tuple[ReturnItem, ...]:
        return self.lines.picked()

    def overrides(self) -> dict[int, Outcome]:
        return self.lines.overrides()

    def retranslate(self) -> None:
        """The headers and badges in the language installed now."""
        self.lines.set_language(self.lines.lang)
        self._fit_badges()
        self.fit_rows()

    # -- sizes --------------------------------------------------------------------------------
    def _fit_badges(self) -> None:
        """The policy column as wide as its longest word in bold, or the override's button
        (badges wrap between words, never inside one)."""
        bold = QFontMetrics(font(self.font().pointSize(), bold=True))
        button, overridden = self.lines.override_texts()
        texts = [self.lines.badge_text(kind) for kind in self.lines.badge_kinds()]
        words = [word for text in (*texts, overridden) for word in text.split()]
        widest = max((bold.horizontalAdvance(word) for word in words), default=80)
        push = QFontMetrics(self.font()).horizontalAdvance(button) + 28
        self.setColumnWidth(Column.POLICY, max(100, widest + 28, push))

    def fit_rows(self) -> None:
        """Each row as tall as its wrapped text or its editors, so no sentence is cut off."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self.resizeRowsToContents()
        finally:
            self._fitting = False

    def _column_resized(self, _column: int, _old: int, _new: int) -> None:
        QTimer.singleShot(0, self.fit_rows)

    def _row_changed(self, first: QModelIndex, last: QModelIndex) -> None:
        """A line's texts changed (an override, say): its height again."""
        for row in range(first.row(), last.row() + 1):
            self.resizeRowToContents(row)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_rows)
