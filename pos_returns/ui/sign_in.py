"""Signing in at the counter: employee code and PIN, from the keyboard or the keypad."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_returns.services.auth import Actor, sign_in
from pos_returns.services.stores import store_language
from pos_returns.ui.common import Counter, font, sentence
from pos_returns.ui.tasks import Tasks

SLOWER_AFTER_WRONG_PIN_MS = 1500


@dataclass(frozen=True)
class SignedIn:
    """Who signed in, and the store's language as the sign-in read it."""

    actor: Actor
    store_language: str


class SignInPage(QWidget):
    signed_in = Signal(object)  # SignedIn

    def __init__(self, counter: Counter, tasks: Tasks) -> None:
        super().__init__()
        self.counter = counter
        self.tasks = tasks
        self.wrong = 0
        self.lang = "en"  # the screen's, for the services' sentences
        self.demo_note: str | None = None  # where the demo store's PINs are kept
        self.slowdown_ms = SLOWER_AFTER_WRONG_PIN_MS  # per wrong PIN in a row
        self.waiting_until_ms = 0  # wrong PINs: no new try before this (monotonic ms)
        title = QLabel(objectName="signInTitle")
        self.title = title
        title.setFont(font(18, bold=True))
        self.code = QLineEdit(objectName="employeeCode")
        self.pin = QLineEdit(objectName="pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        for field_ in (self.code, self.pin):
            field_.setFont(font(16))
            field_.setMinimumHeight(44)
        self.code.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self.submit)
        self.button = QPushButton(objectName="signIn")
        self.button.setMinimumHeight(48)
        self.button.clicked.connect(self.submit)
        self.message = QLabel(objectName="signInMessage")
        self.message.setWordWrap(True)
        keypad = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, key in enumerate(keys):
            button = QPushButton(key, objectName=f"key_{key}")
            button.setMinimumSize(72, 56)
            button.setFont(font(16))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=key: self._key(k))
            keypad.addWidget(button, index // 3, index % 3)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(self.code)
        box.addWidget(self.pin)
        box.addWidget(self.button)
        box.addWidget(self.message)
        box.addLayout(keypad)
        box.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box, 0)
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sign in to the returns counter"))
        self.code.setPlaceholderText(self.tr("Employee code"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.button.setText(self.tr("Sign in"))
        self._idle_message()

    def reset(self) -> None:
        self.code.clear()
        self.pin.clear()
        self._idle_message()
        self.code.setFocus()

    def _idle_message(self) -> None:
        """Nothing to say, but where a demo store's codes and PINs are, in this language."""
        if self.demo_note is None:
            self.message.clear()
        else:
            self.message.setText(
                self.tr("Demo store: the employees' codes and PINs are in {path}").format(
                    path=self.demo_note
                )
            )

    def _key(self, key: str) -> None:
        """The keypad types into the field that has the focus (its keys take none)."""
        target = self.pin if self.pin.hasFocus() else self.code
        if key == "OK":
            if target is self.code:
                self.pin.setFocus()
            else:
                self.submit()
        elif key == "⌫":
            target.backspace()
        else:
            target.insert(key)

    def submit(self) -> None:
        if not self.button.isEnabled():  # Enter and the keypad's OK wait too
            return
        code, pin = self.code.text().strip(), self.pin.text()
        if not code or not pin:
            self.message.setText(self.tr("Type your employee code and PIN."))
            return
        self.button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        counter = self.counter

        def work() -> SignedIn:
            actor = sign_in(
                counter.engine, code, pin, counter.clock(), store_code=counter.store_code
            )
            return SignedIn(actor, store_language(counter.engine, counter.store_code))

        self.tasks.run(work, self._signed_in, self._refused)

    def _signed_in(self, got: SignedIn) -> None:
        self.wrong = 0
        self.button.setEnabled(True)
        self.pin.clear()
        self.message.clear()
        self.signed_in.emit(got)

    def _refused(self, error: Exception) -> None:
        self.wrong += 1
        self.pin.clear()
        self.pin.setFocus()
        self.message.setText(sentence(error, self.lang))
        # Wrong PINs slow down: the button waits longer after each (the service locks
        # the employee after five).
        QTimer.singleShot(self.slowdown_ms * self.wrong, self._ready)

    def _ready(self) -> None:
        self.button.setEnabled(True)
