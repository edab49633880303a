"""The people page: employees (add, role, new PIN, deactivate)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_returns.services import people
from pos_returns.services.auth import Actor
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Role, Store
from pos_returns.ui.common import Counter, sentence
from pos_returns.ui.tasks import Tasks


class PeoplePage(QWidget):
    def __init__(self, counter: Counter, tasks: Tasks, actor: Actor, lang: str = "en") -> None:
        super().__init__()
        self.counter, self.tasks, self.actor, self.lang = counter, tasks, actor, lang
        self.table = QTableWidget(0, 4, objectName="employees")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_active_button)
        self.message = QLabel(objectName="peopleMessage")
        self.message.setWordWrap(True)
        self.new_code = QLineEdit(objectName="newCode")
        self.new_name = QLineEdit(objectName="newName")
        self.new_role = self._roles("newRole")
        self.new_pin = QLineEdit(objectName="newPin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(objectName="addEmployee")
        self.add_button.clicked.connect(self.add)
        self.add_box = QGroupBox(objectName="addBox")
        form = QFormLayout(self.add_box)
        self.add_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self.add_labels,
            (self.new_code, self.new_name, self.new_role, self.new_pin),
            strict=True,
        ):
            form.addRow(label, widget)
        form.addRow(self.add_button)
        self.role = self._roles("role")
        self.role_button = QPushButton(objectName="setRole")
        self.role_button.clicked.connect(self.change_role)
        self.pin = QLineEdit(objectName="resetPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_button = QPushButton(objectName="resetPinButton")
        self.pin_button.clicked.connect(self.reset_pin)
        self.active_button = QPushButton(objectName="toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.chosen_box = QGroupBox(objectName="chosenBox")
        chosen = QVBoxLayout(self.chosen_box)
        for widgets in (
            (self.role, self.role_button),
            (self.pin, self.pin_button),
            (self.active_button,),
        ):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            chosen.addLayout(row)
        side = QVBoxLayout()
        side.addWidget(self.add_box)
        side.addWidget(self.chosen_box)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addLayout(body, 1)
        self._rows: list[Any] = []
        self.retranslate()

    def _roles(self, name: str) -> QComboBox:
        combo = QComboBox(objectName=name)
        for role in (Role.CASHIER, Role.MANAGER):
            combo.addItem("", role.value)
        return combo

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Full name"), self.tr("Role"), self.tr("Status")]
        )
        for combo in (self.new_role, self.role):
            combo.setItemText(0, self.tr("cashier"))
            combo.setItemText(1, self.tr("manager"))
        self.add_box.setTitle(self.tr("Add an employee"))
        for label, text in zip(
            self.add_labels,
            (
                self.tr("Code"),
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("PIN (4 to 12 digits)"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.add_button.setText(self.tr("Add"))
        self.chosen_box.setTitle(self.tr("The chosen employee"))
        self.role_button.setText(self.tr("Give this role"))
        self.pin.setPlaceholderText(self.tr("New PIN"))
        self.pin_button.setText(self.tr("Set the new PIN"))
        self._show_active_button()

    def start(self) -> None:
        self._run(lambda _uow, _store: None, None)

    def _run(
        self,
        change: Callable[[UnitOfWork, Store], Any],
        said: str | None,
        then: Callable[[], None] = lambda: None,
    ) -> None:
        """Make `change` (managers only, in the services), then show everyone again and
        run `then` (only if it worked)."""
        counter, actor = self.counter, self.actor

        def work() -> list[Any]:
            with UnitOfWork(counter.engine, write=True) as uow:
                store = get_store(uow, counter.store_code)
                change(uow, store)
                uow.commit()
            with UnitOfWork(counter.engine) as uow:
                store = get_store(uow, counter.store_code)
                return [
                    (e.code, e.name, e.role, e.active, e.locked_until is not None)
                    for e in people.employees(uow, store, actor)
                ]

        def done(rows: list[Any]) -> None:
            self._show(rows)
            if said:
                self.message.setText(said)
            then()

        self.tasks.run(work, done, lambda error: self.message.setText(sentence(error, self.lang)))

    def _show(self, rows: list[Any]) -> None:
        chosen = self.chosen()
        self._rows = rows
        self.table.setRowCount(len(rows))
        for index, (code, name, role, active, _locked) in enumerate(rows):
            texts = (
                code,
                name,
                self.tr("manager") if role != Role.CASHIER.value else self.tr("cashier"),
                self.tr("active") if active else self.tr("deactivated"),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(index, column, item)
            if code == chosen:
                self.table.selectRow(index)
        self._show_active_button()

    def chosen(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._rows[rows[0].row()][0] if rows and self._rows else None

    def _show_active_button(self) -> None:
        code = self.chosen()
        active = next((r[3] for r in self._rows if r[0] == code), True)
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Bring back"))
        self.chosen_box.setEnabled(code is not None)

    def add(self) -> None:
        code, name, pin = self.new_code.text(), self.new_name.text(), self.new_pin.text()
        role = Role(self.new_role.currentData())
        at = self.counter.clock()
        self._run(
            lambda uow, store: people.hire(
                uow, store, self.actor, code=code, name=name, role=role, pin=pin, at=at
            ),
            self.tr("{name} can sign in now.").format(name=name.strip()),
            then=self._clear_new,  # a refused one stays typed, to be mended
        )

    def _clear_new(self) -> None:
        for edit in (self.new_code, self.new_name, self.new_pin):
            edit.clear()

    def change_role(self) -> None:
        code = self.chosen()
        if code is None:
            return
        role, at = Role(self.role.currentData()), self.counter.clock()
        self._run(
            lambda uow, store: people.set_role(uow, store, self.actor, code, role, at=at),
            self.tr("Role changed."),
        )

    def reset_pin(self) -> None:
        code, pin, at = self.chosen(), self.pin.text(), self.counter.clock()
        if code is None:
            return
        self.pin.clear()
        self._run(
            lambda uow, store: people.reset_pin(uow, store, self.actor, code, pin, at=at),
            self.tr("New PIN set; the employee is unlocked."),
        )

    def toggle_active(self) -> None:
        code, at = self.chosen(), self.counter.clock()
        if code is None:
            return
        active = not next(r[3] for r in self._rows if r[0] == code)
        self._run(
            lambda uow, store: people.set_active(uow, store, self.actor, code, active, at=at),
            self.tr("Done."),
        )
