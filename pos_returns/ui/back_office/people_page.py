"""The people page: employees (add, role, new PIN, deactivate), each with their real role;
what the signed-in person may not do to the chosen one is disabled, and why is shown."""

from __future__ import annotations

from collections.abc import Callable

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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_returns.services import people
from pos_returns.services.auth import Actor, roles_up_to
from pos_returns.services.uow import Database
from pos_returns.store.models import Role
from pos_returns.ui.back_office.models import PeopleColumn, PeopleModel
from pos_returns.ui.common import Counter, sentence
from pos_returns.ui.tasks import Tasks


class PeoplePage(QWidget):
    def __init__(self, counter: Counter, tasks: Tasks, actor: Actor, lang: str = "en") -> None:
        super().__init__()
        self.counter, self.tasks, self.actor, self.lang = counter, tasks, actor, lang
        self.people = PeopleModel(self)
        self.table = QTableView(objectName="employees")
        self.table.setModel(self.people)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PeopleColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._show_chosen())
        self.message = QLabel(objectName="peopleMessage")
        self.message.setWordWrap(True)
        self.new_code = QLineEdit(objectName="newCode")
        self.new_name = QLineEdit(objectName="newName")
        self.new_role = QComboBox(objectName="newRole")
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
        side = QVBoxLayout()
        side.addWidget(self.add_box)
        side.addWidget(self._build_chosen())
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addLayout(body, 1)
        self._give(roles_up_to(actor.role))  # until the first load says what the store says
        self.retranslate()

    def _build_chosen(self) -> QGroupBox:
        """What can be done to the chosen employee, and why not where it cannot."""
        self.role = QComboBox(objectName="role")
        self.role_button = QPushButton(objectName="setRole")
        self.role_button.clicked.connect(self.change_role)
        self.pin = QLineEdit(objectName="resetPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_button = QPushButton(objectName="resetPinButton")
        self.pin_button.clicked.connect(self.reset_pin)
        self.active_button = QPushButton(objectName="toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.why = QLabel(objectName="chosenWhy")
        self.why.setWordWrap(True)
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
        chosen.addWidget(self.why)
        return self.chosen_box

    def _give(self, roles: tuple[Role, ...]) -> None:
        """Offer only the roles the signed-in person may give."""
        for combo in (self.new_role, self.role):
            if tuple(Role(combo.itemData(i)) for i in range(combo.count())) == roles:
                continue
            chosen = combo.currentData()
            combo.clear()
            for role in roles:
                combo.addItem(self._role_name(role), role.value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _role_name(self, role: Role) -> str:
        return self.people.role_name(role)

    def retranslate(self) -> None:
        self.people.retranslate()
        for combo in (self.new_role, self.role):
            for index in range(combo.count()):
                combo.setItemText(index, self._role_name(Role(combo.itemData(index))))
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
        self._show_chosen()

    def start(self) -> None:
        self._run(people.staff_of, None)

    def _run(
        self,
        change: Callable[[Database, str, Actor], people.Staff],
        said: str | None,
        then: Callable[[], None] = lambda: None,
    ) -> None:
        """Make `change` (a use case: the services check who may; it answers with everyone
        as they are now), show them, and run `then` (only if it worked)."""
        counter, actor = self.counter, self.actor

        def work() -> people.Staff:
            return change(counter.engine, counter.store_code, actor)

        def done(staff: people.Staff) -> None:
            self._show(staff)
            if said:
                self.message.setText(said)
            then()

        self.tasks.run(work, done, lambda error: self.message.setText(sentence(error, self.lang)))

    def _show(self, staff: people.Staff) -> None:
        chosen = self.chosen()
        self._give(staff.roles)
        self.people.set_rows(staff.people)
        if chosen is not None and self.people.row_of(chosen) >= 0:
            self.table.selectRow(self.people.row_of(chosen))
        self._show_chosen()

    def chosen(self) -> str | None:
        person = self._chosen_person()
        return person.code if person is not None else None

    def _chosen_person(self) -> people.Person | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.people.rowCount():
            return None
        return self.people.row(rows[0].row())

    def _show_chosen(self) -> None:
        """The chosen employee's role in the list, and only what may be done to them
        enabled; the services' own reasons say why the rest is not."""
        person = self._chosen_person()
        self.chosen_box.setEnabled(person is not None)
        active = person.active if person is not None else True
        self.active_button.setText(self.tr("Deactivate") if active else self.tr("Bring back"))
        if person is None:
            self.why.clear()
            return
        self.role.setCurrentIndex(self.role.findData(person.role.value))  # -1: not offered
        refusals = (person.role_refusal, person.pin_refusal, person.status_refusal)
        for widgets, refusal in zip(
            ((self.role, self.role_button), (self.pin, self.pin_button), (self.active_button,)),
            refusals,
            strict=True,
        ):
            for widget in widgets:
                widget.setEnabled(refusal is None)
        said = (r.in_language(self.lang) for r in refusals if r is not None)
        self.why.setText("\n".join(dict.fromkeys(f"{t[:1].upper()}{t[1:]}." for t in said)))

    def add(self) -> None:
        code, name, pin = self.new_code.text(), self.new_name.text(), self.new_pin.text()
        new = people.NewEmployee(code, name, Role(self.new_role.currentData()), pin)
        at = self.counter.clock()
        self._run(
            lambda db, store, actor: people.add_person(db, store, actor, new, at=at),
            self.tr("{name} can sign in now.").format(name=name.strip()),
            then=self._clear_new,  # a refused one stays typed, to be mended
        )

    def _clear_new(self) -> None:
        for edit in (self.new_code, self.new_name, self.new_pin):
            edit.clear()

    def change_role(self) -> None:
        code, chosen = self.chosen(), self.role.currentData()
        if code is None or chosen is None:
            return
        role, at = Role(chosen), self.counter.clock()
        self._run(
            lambda db, store, actor: people.give_role(db, store, actor, code, role, at=at),
            self.tr("Role changed."),
        )

    def reset_pin(self) -> None:
        code, pin, at = self.chosen(), self.pin.text(), self.counter.clock()
        if code is None:
            return
        self.pin.clear()
        self._run(
            lambda db, store, actor: people.give_pin(db, store, actor, code, pin, at=at),
            self.tr("New PIN set; the employee is unlocked."),
        )

    def toggle_active(self) -> None:
        person, at = self._chosen_person(), self.counter.clock()
        if person is None:
            return
        code, active = person.code, not person.active
        self._run(
            lambda db, store, actor: people.make_active(db, store, actor, code, active, at=at),
            self.tr("Done."),
        )
