"""How the receipt's lines are drawn and edited: the item with the policy's sentence under
it, the policy's badge (words and colour) with the manager's override, and the editors of
the quantity and of the condition with where the item goes.

Nothing here is a widget per row: cells are painted, and an editor exists only while a
cell is being edited.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Outcome
from pos_returns.i18n import wording
from pos_returns.services.counter import NEEDS_MANAGER
from pos_returns.services.returns import DISPOSITIONS
from pos_returns.ui.lines_model import (
    BADGE_ROLE,
    GOES_TO_ROLE,
    LINE_ROLE,
    RANGE_ROLE,
    LinesModel,
    is_checked,
)

Index = QModelIndex | QPersistentModelIndex
PAD = 4  # around a cell's contents
WRAP = Qt.TextFlag.TextWordWrap

# Badge colours always come with their words: colour is never the only signal.
BADGES = {
    Outcome.REFUND.value: ("#1b5e20", "#e8f5e9"),
    Outcome.STORE_CREDIT.value: ("#0d47a1", "#e3f2fd"),
    Outcome.EXCHANGE.value: ("#4a148c", "#f3e5f5"),
    Outcome.DENY.value: ("#b71c1c", "#ffebee"),
    NEEDS_MANAGER: ("#e65100", "#fff3e0"),
}


def _lines(index: Index) -> LinesModel:
    model = index.model()
    assert isinstance(model, LinesModel)
    return model


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    return small


def _height(font: QFont, width: int, text: str) -> int:
    if not text:
        return 0
    box = QFontMetrics(font).boundingRect(QRect(0, 0, max(1, width), 100_000), WRAP, text)
    return box.height()


def _ink(option: QStyleOptionViewItem, enabled: bool) -> QColor:
    group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
    return option.palette.color(group, QPalette.ColorRole.Text)


class ItemDelegate(QStyledItemDelegate):
    """The item's description in bold, and under it (smaller) what the policy says of it,
    both wrapped to the column's width: the row is as tall as they are."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title, _, why = str(index.data() or "").partition("\n")
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        painter.setPen(_ink(option, True))
        bold = _bold(option.font)
        painter.setFont(bold)
        painter.drawText(rect, WRAP, title)
        painter.setFont(_small(option.font))
        top = _height(bold, rect.width(), title)
        painter.drawText(rect.adjusted(0, top, 0, 0), WRAP, why)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        title, _, why = str(index.data() or "").partition("\n")
        width = (option.rect.width() or 240) - 2 * PAD
        height = _height(_bold(option.font), width, title) + _height(
            _small(option.font), width, why
        )
        return QSize(width + 2 * PAD, height + 2 * PAD)


class BadgeDelegate(QStyledItemDelegate):
    """The policy's badge, its words in bold on its colour; for a line the policy denies,
    the manager's Override under it (a click, or Space on the cell, toggles it)."""

    def _button_text(self, index: Index) -> str:
        return _lines(index).override_texts()[0]

    def _has_button(self, index: Index) -> bool:
        return bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)

    def _button_height(self, option: QStyleOptionViewItem) -> int:
        return QFontMetrics(option.font).height() + 12

    def _rects(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, QRect | None]:
        rect = option.rect.adjusted(2, 2, -2, -2)
        if not self._has_button(index):
            return rect, None
        button = self._button_height(option)
        badge_height = self._badge_height(option, index, rect.width())
        badge = QRect(rect.left(), rect.top(), rect.width(), badge_height)
        return badge, QRect(rect.left(), badge.bottom() + 3, rect.width(), button)

    def _badge_height(self, option: QStyleOptionViewItem, index: Index, width: int) -> int:
        return _height(_bold(option.font), width - 16, str(index.data() or "")) + 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        badge, button = self._rects(option, index)
        kind = str(index.data(BADGE_ROLE) or "")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if kind in BADGES:
            ink, paper = (QColor(c) for c in BADGES[kind])
            painter.setPen(QPen(ink, 1))
            painter.setBrush(QBrush(paper))
            painter.drawRoundedRect(badge.adjusted(0, 0, -1, -1), 4, 4)
            painter.setPen(ink)
        else:
            painter.setPen(_ink(option, True))
        painter.setFont(_bold(option.font))
        text_box = badge.adjusted(8, 4, -8, -4)
        painter.drawText(text_box, WRAP | Qt.AlignmentFlag.AlignCenter, str(index.data() or ""))
        painter.restore()
        if button is not None:
            self._paint_button(painter, option, index, button)

    def _paint_button(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index, rect: QRect
    ) -> None:
        push = QStyleOptionButton()
        push.rect = rect
        push.text = self._button_text(index)
        push.state = QStyle.StateFlag.State_Enabled
        if is_checked(index.data(Qt.ItemDataRole.CheckStateRole)):
            push.state |= QStyle.StateFlag.State_On | QStyle.StateFlag.State_Sunken
        else:
            push.state |= QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_HasFocus:
            push.state |= QStyle.StateFlag.State_HasFocus
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, push, painter, option.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        width = (option.rect.width() or 120) - 4
        height = self._badge_height(option, index, width) + 4
        if self._has_button(index):
            height += self._button_height(option) + 3
        return QSize(width + 4, height)

    def editorEvent(  # noqa: N802 - Qt's name
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if not self._has_button(index):
            return False
        kind = event.type()
        if isinstance(event, QMouseEvent):
            _, button = self._rects(option, index)
            if button is None or not button.contains(event.position().toPoint()):
                return False
            if kind != QEvent.Type.MouseButtonRelease:  # the press and a double click: ours
                return kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
        elif isinstance(event, QKeyEvent) and kind == QEvent.Type.KeyPress:
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        on = not is_checked(index.data(Qt.ItemDataRole.CheckStateRole))
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return model.setData(index, state, Qt.ItemDataRole.CheckStateRole)


class QtyDelegate(QStyledItemDelegate):
    """How many come back: a spin box over what is left of the line; each step is in the
    model at once (the quote follows)."""

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, _option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName(f"qty_{index.data(LINE_ROLE)}")
        low, high = index.data(RANGE_ROLE)
        spin.setRange(low, high)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.valueChanged.connect(lambda _value: self.commitData.emit(spin))
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QSpinBox)
        editor.blockSignals(True)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))
        editor.blockSignals(False)

    def setModelData(  # noqa: N802 - Qt's name
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QSpinBox)
        if editor.value() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(64, super().sizeHint(option, index).height())


class StateEditor(QWidget):
    """The condition and, under it, where the item goes: two lists, one cell."""

    def __init__(self, parent: QWidget, line: int, lang: str, goes_to: dict[str, str]) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.condition = QComboBox(self, objectName=f"condition_{line}")
        self.goes_to = QComboBox(self, objectName=f"goes_to_{line}")
        words = wording(lang)
        for value in Condition:
            self.condition.addItem(words.condition(value), value.value)
        for code in DISPOSITIONS:
            self.goes_to.addItem(goes_to[code], code)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.setSpacing(2)
        box.addWidget(self.condition)
        box.addWidget(self.goes_to)
        self.setFocusProxy(self.condition)
        self.last = "condition"  # which of the two the cashier changed last


class StateDelegate(QStyledItemDelegate):
    """The item's condition, and where it goes (it follows the condition; the cashier may
    still change it); Tab goes from one to the other."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._combo_height = 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        rect = option.rect.adjusted(PAD + 2, PAD, -PAD, -PAD)
        goes_to = _lines(index).goes_to_texts().get(str(index.data(GOES_TO_ROLE)), "")
        half = rect.height() // 2
        painter.save()
        painter.setPen(_ink(option, enabled))
        painter.setFont(option.font)
        top = QRect(rect.left(), rect.top(), rect.width(), half)
        painter.drawText(top, Qt.AlignmentFlag.AlignVCenter, str(index.data() or ""))
        painter.setFont(_small(option.font))
        bottom = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignVCenter, "→ " + goes_to)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """As wide as the longest words it may show (the lists, while edited, shorten
        theirs), as tall as the two lists."""
        model = _lines(index)
        normal, small = QFontMetrics(option.font), QFontMetrics(_small(option.font))
        conditions = (wording(model.lang).condition(c) for c in Condition)
        widest = max(
            *(normal.horizontalAdvance(text) for text in conditions),
            *(small.horizontalAdvance("→ " + text) for text in model.goes_to_texts().values()),
        )
        if self._combo_height == 0:  # one list's height, measured once
            self._combo_height = QComboBox().sizeHint().height()
        return QSize(widest + 2 * PAD + 12, 2 * self._combo_height + 2 + 2 * 2)

    def createEditor(  # noqa: N802 - Qt's name
        self, parent: QWidget, _option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        model = _lines(index)
        editor = StateEditor(parent, int(index.data(LINE_ROLE)), model.lang, model.goes_to_texts())
        editor.condition.installEventFilter(self)
        editor.goes_to.installEventFilter(self)

        def changed(part: str) -> None:
            editor.last = part
            self.commitData.emit(editor)

        editor.condition.currentIndexChanged.connect(lambda _i: changed("condition"))
        editor.goes_to.currentIndexChanged.connect(lambda _i: changed("goes_to"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, StateEditor)
        for combo, value in (
            (editor.condition, index.data(Qt.ItemDataRole.EditRole)),
            (editor.goes_to, index.data(GOES_TO_ROLE)),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)

    def setModelData(  # noqa: N802 - Qt's name
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        """Only what the cashier changed: a new condition brings its own destination."""
        assert isinstance(editor, StateEditor)
        condition, goes_to = editor.condition.currentData(), editor.goes_to.currentData()
        if editor.last == "condition" and condition != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, condition, Qt.ItemDataRole.EditRole)
        elif editor.last == "goes_to" and goes_to != index.data(GOES_TO_ROLE):
            model.setData(index, goes_to, GOES_TO_ROLE)

    def updateEditorGeometry(  # noqa: N802 - Qt's name
        self, editor: QWidget, option: QStyleOptionViewItem, _index: Index
    ) -> None:
        editor.setGeometry(option.rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Tab from the condition goes to where the item goes, Backtab back (from the
        editor itself, Tab leaves the cell, as in any table)."""
        editor = watched.parent()
        if not isinstance(editor, StateEditor):
            return super().eventFilter(watched, event)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Tab and watched is editor.condition:
                editor.goes_to.setFocus()
                return True
            if event.key() == Qt.Key.Key_Backtab and watched is editor.goes_to:
                editor.condition.setFocus()
                return True
        return False
