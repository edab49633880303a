"""The back office's tables as Qt models: the employees, the returns, the return reasons
and the registers with their printers (the policy's rules: `rules_model`).

Each has a `Column` enum, `set_rows()` inside a model reset, and `dataChanged` for what
one edit changes; the pages show them in plain `QTableView`s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pos_returns.i18n import wording
from pos_returns.services.history import ReturnRow
from pos_returns.services.people import Person
from pos_returns.services.print_jobs import PREVIEW_URL
from pos_returns.services.stores import ReasonLine, RegisterPrinter
from pos_returns.store.models import Role
from pos_returns.ui.lines_model import is_checked

Index = QModelIndex | QPersistentModelIndex
DisplayRole = Qt.ItemDataRole.DisplayRole
EditRole = Qt.ItemDataRole.EditRole
CheckStateRole = Qt.ItemDataRole.CheckStateRole
Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, one column per member of `COLUMNS`; read-only unless a subclass
    says otherwise."""

    COLUMNS: type[IntEnum]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def retranslate(self) -> None:
        """Headers and texts again, in the language installed now."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def text(self, row: Row, column: Any) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DisplayRole:
            return None
        return self.headers()[section] if 0 <= section < len(self.COLUMNS) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.COLUMNS(index.column())
        if role in (DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, column)
        return self.more(row, column, role)

    def more(self, _row: Row, _column: Any, _role: int) -> Any:
        """Roles other than the text's (a check box's state, an edit's value)."""
        return None


# -- people ---------------------------------------------------------------------------------
class PeopleColumn(IntEnum):
    CODE = 0
    NAME = 1
    ROLE = 2
    STATUS = 3


class PeopleModel(RowsModel[Person]):
    """Everyone, with their real role and whether they may sign in."""

    COLUMNS = PeopleColumn

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Full name"), self.tr("Role"), self.tr("Status"))

    def text(self, row: Person, column: PeopleColumn) -> str:
        if column is PeopleColumn.CODE:
            return row.code
        if column is PeopleColumn.NAME:
            return row.name
        if column is PeopleColumn.ROLE:
            return self.role_name(row.role)
        return self.tr("active") if row.active else self.tr("deactivated")

    def role_name(self, role: Role) -> str:
        return {
            Role.CASHIER: self.tr("cashier"),
            Role.MANAGER: self.tr("manager"),
            Role.ADMIN: self.tr("admin"),
        }[role]

    def row_of(self, code: str) -> int:
        """The row of employee `code` (-1: not listed)."""
        return next((n for n, person in enumerate(self._rows) if person.code == code), -1)


# -- the returns ----------------------------------------------------------------------------
class ReturnsColumn(IntEnum):
    NUMBER = 0
    WHEN = 1
    EMPLOYEE = 2
    REASON = 3
    OUTCOME = 4
    MONEY = 5
    MANAGER = 6


class ReturnsModel(RowsModel[ReturnRow]):
    """The store's returns found, newest first, in the screen's language and the store's
    time."""

    COLUMNS = ReturnsColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang, self.timezone = "en", "UTC"

    def show(self, rows: Sequence[ReturnRow], lang: str, timezone: str) -> None:
        self.lang, self.timezone = lang, timezone
        self.set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Return"),
            self.tr("When"),
            self.tr("Employee"),
            self.tr("Reason"),
            self.tr("Outcome"),
            self.tr("Money back"),
            self.tr("Manager"),
        )

    def outcome_name(self, outcome: str) -> str:
        return {
            "refund": self.tr("Refund"),
            "store_credit": self.tr("Store credit"),
            "exchange": self.tr("Exchange"),
            "deny": self.tr("Not returnable"),
        }.get(outcome, outcome)

    def text(self, row: ReturnRow, column: ReturnsColumn) -> str:
        words = wording(self.lang)
        if column is ReturnsColumn.NUMBER:
            return row.number
        if column is ReturnsColumn.WHEN:
            return words.fmt.moment(row.at, self.timezone)
        if column is ReturnsColumn.EMPLOYEE:
            return row.employee
        if column is ReturnsColumn.REASON:
            return words.reason(row.reason, row.reason)
        if column is ReturnsColumn.OUTCOME:
            return ", ".join(self.outcome_name(outcome) for outcome in row.outcomes)
        if column is ReturnsColumn.MONEY:
            return words.fmt.money(row.total)
        approvals = {"approval": self.tr("approved"), "override": self.tr("overrode")}
        return approvals.get(row.approval or "", "")

    def more(self, _row: ReturnRow, column: ReturnsColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column is ReturnsColumn.MONEY:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


# -- the settings' tables, edited in place --------------------------------------------------
@dataclass
class _Reason:
    code: str
    label: str
    needs_note: bool


class ReasonsColumn(IntEnum):
    CODE = 0
    LABEL = 1
    NOTE = 2  # the counter asks for a few words with it


class ReasonsModel(RowsModel[_Reason]):
    """The store's return reasons in the counter's order, edited in place; saved whole."""

    COLUMNS = ReasonsColumn

    def show(self, reasons: Sequence[ReasonLine]) -> None:
        self.set_rows([_Reason(r.code, r.label, r.needs_note) for r in reasons])

    def lines(self) -> list[ReasonLine]:
        return [ReasonLine(r.code.strip(), r.label, r.needs_note) for r in self._rows]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Label"), self.tr("Asks for a note"))

    def text(self, row: _Reason, column: ReasonsColumn) -> str:
        return {ReasonsColumn.CODE: row.code, ReasonsColumn.LABEL: row.label}.get(column, "")

    def more(self, row: _Reason, column: ReasonsColumn, role: int) -> Any:
        if role == EditRole and column is not ReasonsColumn.NOTE:
            return self.text(row, column)
        if role == CheckStateRole and column is ReasonsColumn.NOTE:
            return Qt.CheckState.Checked if row.needs_note else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == ReasonsColumn.NOTE:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row, column = self._rows[index.row()], ReasonsColumn(index.column())
        if column is ReasonsColumn.NOTE and role == CheckStateRole:
            row.needs_note = is_checked(value)
        elif column is ReasonsColumn.CODE and role == EditRole:
            row.code = str(value)
        elif column is ReasonsColumn.LABEL and role == EditRole:
            row.label = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def add(self) -> int:
        """A new, empty reason at the end; gives its row."""
        at = len(self._rows)
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.append(_Reason("", "", False))
        self.endInsertRows()
        return at

    def remove(self, at: int) -> None:
        if 0 <= at < len(self._rows):
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()


@dataclass
class _Register:
    code: str
    url: str
    model: str  # the printer's model; "" for the printing layer's default


class RegistersColumn(IntEnum):
    REGISTER = 0
    PRINTER = 1  # its URL
    MODEL = 2


class RegistersModel(RowsModel[_Register]):
    """The store's registers and their printers; a printer's URL and model are edited in
    place and saved one register at a time."""

    COLUMNS = RegistersColumn

    def show(self, registers: Sequence[RegisterPrinter]) -> None:
        self.set_rows(
            [
                _Register(r.code, r.printer_url or PREVIEW_URL, r.printer_profile or "")
                for r in registers
            ]
        )

    def printer(self, at: int) -> tuple[str, str, str]:
        """Register `at`'s code, printer URL and model, as typed."""
        row = self._rows[at]
        return row.code.strip(), row.url.strip(), row.model.strip()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Register"), self.tr("Printer (URL)"), self.tr("Model"))

    def text(self, row: _Register, column: RegistersColumn) -> str:
        return (row.code, row.url, row.model)[column]

    def more(self, row: _Register, column: RegistersColumn, role: int) -> Any:
        return self.text(row, column) if role == EditRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() != RegistersColumn.REGISTER:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != EditRole:
            return False
        row, column = self._rows[index.row()], RegistersColumn(index.column())
        if column is RegistersColumn.PRINTER:
            row.url = str(value)
        elif column is RegistersColumn.MODEL:
            row.model = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True
