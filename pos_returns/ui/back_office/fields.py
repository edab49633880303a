"""What the policy's forms share: a control with room for its problem right under it, and
the spin box whose lowest value means "any"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

ANY = -1  # a spin box's "any" (the key is left out of the document)


class Field(QWidget):
    """A control with its problem, in red words, right under it."""

    def __init__(self, control: QWidget) -> None:
        super().__init__()
        self.control = control
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(control)
        box.addWidget(self.problem)

    def say(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        self.control.setStyleSheet("border: 2px solid #b71c1c;" if message else "")


def spin(maximum: int, name: str) -> QSpinBox:
    """0 to `maximum`, or "—" (ANY) for no limit."""
    box = QSpinBox(objectName=name)
    box.setRange(ANY, maximum)
    box.setSpecialValueText("—")
    return box


def words(text: str) -> list[str]:
    """A comma-separated list typed in a field."""
    return [word.strip() for word in text.split(",") if word.strip()]


def in_a_row(*widgets: QWidget) -> QWidget:
    """Controls side by side, as one field's control."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return holder
