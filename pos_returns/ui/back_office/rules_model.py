"""The policy's rules as a Qt model: one row per rule, in the order they are tried, each in
a few words (its name, when it applies, what it decides); the rule the check found a
problem in is red."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush

from pos_returns.ui.back_office.models import RowsModel

Rule = dict[str, Any]


class RulesColumn(IntEnum):
    RULE = 0
    WHEN = 1
    THEN = 2


class RulesModel(RowsModel[Rule]):
    """The rules of the document being edited; `describe(rule)` gives their when and then
    in the screen's words."""

    COLUMNS = RulesColumn

    def __init__(
        self, describe: Callable[[Rule], tuple[str, str]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._describe = describe
        self.problem_row: int | None = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Rule"), self.tr("When"), self.tr("Then"))

    def text(self, row: Rule, column: RulesColumn) -> str:
        if column is RulesColumn.RULE:
            return str(row.get("id", ""))
        when, then = self._describe(row)
        return when if column is RulesColumn.WHEN else then

    def more(self, row: Rule, column: RulesColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column is RulesColumn.RULE:
            problem = self.problem_row is not None and self._rows[self.problem_row] is row
            return QBrush(Qt.GlobalColor.red) if problem else None
        return None

    def set_problem_row(self, row: int | None) -> None:
        """Show rule `row`'s name in red (None: no rule has a problem)."""
        before, self.problem_row = self.problem_row, row
        for changed in {before, row} - {None}:
            if changed is not None and 0 <= changed < len(self._rows):
                at = self.index(changed, RulesColumn.RULE)
                self.dataChanged.emit(at, at)

    def replace(self, at: int, rule: Rule) -> None:
        """Rule `at` as edited now (the selection stays as it is)."""
        self._rows[at] = rule
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(RulesColumn) - 1))

    def set_rows(self, rows: Any) -> None:
        if self.problem_row is not None and self.problem_row >= len(rows):
            self.problem_row = None
        super().set_rows(rows)
