"""The receipt's lines as a Qt model: what the policy says of each line, and what the
cashier picks (how many, in what state, where it goes, a manager's override).

The view (`ui.lines.LinesTable`) draws it with delegates and edits it through
`setData`; `changed` says that what is picked changed, so the page asks for a new quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Outcome
from pos_returns.i18n import wording
from pos_returns.services.counter import NEEDS_MANAGER, LineView
from pos_returns.services.returns import DEFAULT_DISPOSITION, DISPOSITIONS, ReturnItem

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

BADGE_ROLE = Role.UserRole + 1  # POLICY: the badge's kind (an Outcome value, NEEDS_MANAGER, "")
GOES_TO_ROLE = Role.UserRole + 2  # CONDITION: where the item goes (one of DISPOSITIONS)
RANGE_ROLE = Role.UserRole + 3  # QTY: (lowest, highest) the cashier may give
LINE_ROLE = Role.UserRole + 4  # any column: the receipt's line number


class Column(IntEnum):
    PICK = 0
    ITEM = 1  # the description, and under it what the policy says
    BOUGHT = 2
    PAID = 3
    POLICY = 4  # the badge, and for a line the policy denies, the manager's override
    QTY = 5
    CONDITION = 6  # the item's condition, and under it where it goes


@dataclass(frozen=True)
class Choice:
    """What the cashier chose for one line."""

    picked: bool
    qty: int
    condition: Condition
    goes_to: str
    overridden: bool = False


Choices = dict[int, Choice]  # by the receipt's line number


@dataclass(eq=False)
class _Row:
    view: LineView
    picked: bool
    qty: int
    condition: Condition
    goes_to: str
    overridden: bool = False
    paid: str = ""  # the amount, in the model's language

    @property
    def can_override(self) -> bool:
        """A line the policy denies, with something left: a manager may override it."""
        return self.view.badge == Outcome.DENY.value and self.view.left > 0

    @property
    def editable(self) -> bool:
        return self.view.selectable or self.overridden

    @property
    def qty_range(self) -> tuple[int, int]:
        return (1 if self.view.left else 0, max(self.view.left, 0))

    def choice(self) -> Choice:
        return Choice(self.picked, self.qty, self.condition, self.goes_to, self.overridden)


def is_checked(value: object) -> bool:
    """A check state as Qt hands it over (the enum, or its number from a delegate)."""
    number = getattr(value, "value", value)
    return isinstance(number, int) and number == Qt.CheckState.Checked.value


def _check_state(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


class LinesModel(QAbstractTableModel):
    """One row per receipt line, in the order of the receipt."""

    changed = Signal()  # what is picked changed (never while `set_rows` fills the model)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self._rows: list[_Row] = []

    # -- filling --------------------------------------------------------------------------
    def set_rows(self, lines: tuple[LineView, ...], lang: str, keep: Choices | None = None) -> None:
        """The lines (in `lang`): what the policy allows picked with all that is left, the
        others not; `keep`'s choices where given. No `changed`."""
        self.beginResetModel()
        self.lang = lang
        self._rows = [self._row(line, (keep or {}).get(line.line)) for line in lines]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows((), self.lang)

    def set_language(self, lang: str) -> None:
        """The headers, badges and amounts in `lang` (the translator installed now)."""
        self.lang = lang
        words = wording(lang)
        for row in self._rows:
            row.paid = words.fmt.money(row.view.paid)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def _row(self, line: LineView, kept: Choice | None) -> _Row:
        unopened = Condition.UNOPENED
        row = _Row(line, line.selectable, line.left, unopened, DEFAULT_DISPOSITION[unopened])
        row.paid = wording(self.lang).fmt.money(line.paid)
        if kept is not None:
            row.overridden = kept.overridden and row.can_override
            row.picked = kept.picked and row.editable
            low, high = row.qty_range
            row.qty = min(max(kept.qty, low), high)
            row.condition, row.goes_to = kept.condition, kept.goes_to
        return row

    # -- what the cashier chose -------------------------------------------------------------
    def choices(self) -> Choices:
        return {row.view.line: row.choice() for row in self._rows}

    def picked(self) -> tuple[ReturnItem, ...]:
        return tuple(
            ReturnItem(row.view.line, row.qty, row.condition, row.goes_to)
            for row in self._rows
            if row.picked
        )

    def overrides(self) -> dict[int, Outcome]:
        """The picked lines a manager overrides (to a refund)."""
        return {
            row.view.line: Outcome.REFUND for row in self._rows if row.overridden and row.picked
        }

    def row_of(self, line: int) -> int:
        """The row of receipt line `line` (-1: none)."""
        return next((n for n, row in enumerate(self._rows) if row.view.line == line), -1)

    def badge_kinds(self) -> list[str]:
        return [NEEDS_MANAGER if row.overridden else row.view.badge for row in self._rows]

    # -- Qt's model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return (
            "",
            self.tr("Item"),
            self.tr("Bought / back").replace(" / ", "\n/ "),
            self.tr("Paid"),
            self.tr("Policy"),
            self.tr("Qty"),
            self.tr("Condition"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row, column = self._rows[index.row()], Column(index.column())
        enabled = Qt.ItemFlag.ItemIsEnabled
        if column is Column.POLICY:
            return enabled | Qt.ItemFlag.ItemIsUserCheckable if row.can_override else enabled
        if column not in (Column.PICK, Column.QTY, Column.CONDITION):
            return enabled
        if not row.editable:  # shown, greyed: nothing to choose on this line
            return Qt.ItemFlag.NoItemFlags
        if column is Column.PICK:
            return enabled | Qt.ItemFlag.ItemIsUserCheckable
        return enabled | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        return self._value(index, role) if index.isValid() else None

    def _value(self, index: Index, role: int) -> Any:
        row, column = self._rows[index.row()], Column(index.column())
        if role == LINE_ROLE:
            return row.view.line
        if role == Role.CheckStateRole:
            if column is Column.PICK:
                return _check_state(row.picked)
            if column is Column.POLICY and row.can_override:
                return _check_state(row.overridden)
            return None
        if role == Role.TextAlignmentRole and column in (Column.BOUGHT, Column.QTY):
            return Qt.AlignmentFlag.AlignCenter
        if role == Role.TextAlignmentRole and column is Column.PAID:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role in (Role.DisplayRole, Role.AccessibleTextRole) or (
            role == Role.ToolTipRole and column is Column.ITEM  # the sentence, whole
        ):
            return self._text(row, column)
        if role == Role.EditRole:
            return {Column.QTY: row.qty, Column.CONDITION: row.condition.value}.get(column)
        return self._special(row, column, role)

    def _special(self, row: _Row, column: Column, role: int) -> Any:
        if role == BADGE_ROLE and column is Column.POLICY:
            return NEEDS_MANAGER if row.overridden else row.view.badge
        if role == GOES_TO_ROLE and column is Column.CONDITION:
            return row.goes_to
        if role == RANGE_ROLE and column is Column.QTY:
            return row.qty_range
        return None

    def _text(self, row: _Row, column: Column) -> str:
        line = row.view
        if column is Column.ITEM:
            why = line.sentence or self.tr("Everything on this line came back already.")
            if line.basis is not None:
                why = self._price_basis(line) + " " + why
            return f"{line.description}\n{why}"
        if column is Column.BOUGHT:
            return str(line.qty) if line.basis is not None else f"{line.qty} / {line.returned}"
        if column is Column.PAID:
            return row.paid
        if column is Column.POLICY:
            return self.tr("Override: refund") if row.overridden else self.badge_text(line.badge)
        if column is Column.QTY:
            return str(row.qty)
        if column is Column.CONDITION:
            return wording(self.lang).condition(row.condition)
        return ""

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not self.flags(index) & Qt.ItemFlag.ItemIsEnabled:
            return False
        row, column = self._rows[index.row()], Column(index.column())
        if column is Column.POLICY and role == Role.CheckStateRole and row.can_override:
            return self._override(index.row(), is_checked(value))
        if column is Column.PICK and role == Role.CheckStateRole:
            row.picked = is_checked(value)
        elif column is Column.QTY and role == Role.EditRole:
            low, high = row.qty_range
            row.qty = min(max(int(value), low), high)
        elif column is Column.CONDITION and role == Role.EditRole:
            row.condition = Condition(value)
            row.goes_to = DEFAULT_DISPOSITION[row.condition]  # the cashier may change it
        elif column is Column.CONDITION and role == GOES_TO_ROLE and value in DISPOSITIONS:
            row.goes_to = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def _override(self, at: int, on: bool) -> bool:
        """A manager's override (their code and PIN come with the return): the line can be
        picked, and is."""
        row = self._rows[at]
        row.overridden = on
        row.picked = on
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(Column) - 1))
        self.changed.emit()
        return True

    # -- words ----------------------------------------------------------------------------------
    def badge_text(self, badge: str) -> str:
        return {
            Outcome.REFUND.value: self.tr("Refund"),
            Outcome.STORE_CREDIT.value: self.tr("Store credit"),
            Outcome.EXCHANGE.value: self.tr("Exchange"),
            Outcome.DENY.value: self.tr("Not returnable"),
            NEEDS_MANAGER: self.tr("Needs manager"),
            "": self.tr("All returned"),
        }[badge]

    def override_texts(self) -> tuple[str, str]:
        """The override's button, and the badge of an overridden line."""
        return self.tr("Override"), self.tr("Override: refund")

    def goes_to_texts(self) -> dict[str, str]:
        return {
            "restock": self.tr("back to stock"),
            "damaged": self.tr("to damaged goods"),
            "vendor": self.tr("back to the vendor"),
        }

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
