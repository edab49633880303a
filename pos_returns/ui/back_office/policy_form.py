"""The policy without JSON: its rules as rows (moved up and down), the chosen rule's
conditions and outcome (`rule_form`), and the policy-wide settings (`policy_settings`),
each field with room for its problem right under it.

The form edits a SPEC.md policy document (a dict) in place and says `edited`; the page
checks the document and hands each problem back with `show_problem(field, message)`,
`field` being the parser's path (``rules[2].when.max_days``).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pos_returns.ui.back_office.fields import Field
from pos_returns.ui.back_office.policy_settings import PolicySettings
from pos_returns.ui.back_office.rule_form import RuleForm
from pos_returns.ui.back_office.rules_model import RulesColumn, RulesModel


class PolicyForm(QWidget):
    """The rules and the policy-wide settings of one document."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.document: dict[str, Any] = {}
        self.rule_form = RuleForm()
        self.rule_form.edited.connect(self._rule_edited)
        self.settings = PolicySettings()
        self.settings.edited.connect(self._settings_edited)
        # The parser's field path -> its Field, the chosen rule's as "rule.<key>".
        self.fields: dict[str, Field] = {**self.rule_form.fields, **self.settings.fields}
        self.rule_rows = RulesModel(
            lambda rule: (self.rule_form.when_text(rule), self.rule_form.then_text(rule)), self
        )
        self.rules = QTableView(objectName="rules")
        self.rules.setModel(self.rule_rows)
        self.rules.verticalHeader().setVisible(False)
        self.rules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.rules.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RulesColumn.WHEN, QHeaderView.ResizeMode.Stretch)
        self.rules.selectionModel().selectionChanged.connect(lambda *_args: self._rule_picked())
        self.rules.setMinimumHeight(190)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, action in (
            ("add", self.add_rule),
            ("up", lambda: self.move_rule(-1)),
            ("down", lambda: self.move_rule(1)),
            ("remove", self.remove_rule),
        ):
            button = QPushButton(objectName=f"rule_{name}")
            button.clicked.connect(action)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.rules_label = QLabel()
        box.addWidget(self.rules_label)
        box.addWidget(self.rules, 1)
        box.addLayout(row)
        box.addWidget(self.rule_form)
        box.addWidget(self.settings)
        self.retranslate()

    def retranslate(self) -> None:
        self.rules_label.setText(self.tr("Rules, tried in this order: the first that fits decides"))
        for name, text in (
            ("add", self.tr("Add a rule")),
            ("up", self.tr("Up")),
            ("down", self.tr("Down")),
            ("remove", self.tr("Remove")),
        ):
            self.buttons[name].setText(text)
        self.rule_form.retranslate()
        self.settings.retranslate(self.rule_form.outcome_name)
        self.rule_rows.retranslate()

    # -- the document in ----------------------------------------------------------------------
    def load(self, document: dict[str, Any]) -> None:
        """Show `document` (a copy is edited)."""
        self.document = copy.deepcopy(document)
        self.document.setdefault("rules", [])
        self.settings.show_document(self.document)
        self._show_rules(0 if self._rules() else None)
        self._rule_picked()

    def rule_index(self) -> int | None:
        rows = self.rules.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _rules(self) -> list[dict[str, Any]]:
        rules: list[dict[str, Any]] = self.document["rules"]
        return rules

    def _show_rules(self, chosen: int | None) -> None:
        """The rules again, rule `chosen` picked (its fields shown)."""
        self.rule_rows.set_rows(self._rules())
        if chosen is not None and 0 <= chosen < len(self._rules()):
            self.rules.selectRow(chosen)

    def _rule_picked(self) -> None:
        index = self.rule_index()
        self.rule_form.setEnabled(index is not None)
        for name in ("up", "down", "remove"):
            self.buttons[name].setEnabled(index is not None)
        if index is not None:
            self.rule_form.show_rule(self._rules()[index])

    # -- edits ------------------------------------------------------------------------------
    def _rule_edited(self) -> None:
        index = self.rule_index()
        if index is None:
            return
        rule = self.rule_form.rule()
        self._rules()[index] = rule
        self.rule_rows.replace(index, rule)
        self.edited.emit()

    def _settings_edited(self) -> None:
        self.settings.write_into(self.document)
        self.edited.emit()

    def add_rule(self) -> None:
        taken = {str(r.get("id")) for r in self._rules()}
        number = len(taken) + 1
        while f"rule-{number}" in taken:
            number += 1
        index = self.rule_index()
        at = len(self._rules()) if index is None else index + 1
        self._rules().insert(
            at, {"id": f"rule-{number}", "when": {}, "then": {"outcome": "refund"}}
        )
        self._show_rules(at)
        self.edited.emit()

    def move_rule(self, step: int) -> None:
        index = self.rule_index()
        if index is None or not 0 <= index + step < len(self._rules()):
            return
        rules = self._rules()
        rules[index], rules[index + step] = rules[index + step], rules[index]
        self._show_rules(index + step)
        self.edited.emit()

    def remove_rule(self) -> None:
        index = self.rule_index()
        if index is None:
            return
        del self._rules()[index]
        self._show_rules(min(index, len(self._rules()) - 1) if self._rules() else None)
        self._rule_picked()
        self.edited.emit()

    # -- problems ---------------------------------------------------------------------------
    def show_problem(self, field: str | None, message: str | None) -> Field | None:
        """Put `message` under the field the parser named (a rule's field: select it
        first); clear every other problem. Returns the Field that shows it."""
        for each in self.fields.values():
            each.say(None)
        self.rule_rows.set_problem_row(None)
        if not field or not message:
            return None
        target = self._field_for(field)
        if target is None:
            return None
        target.say(message)
        return target

    def _field_for(self, path: str) -> Field | None:
        if path.startswith("rules["):
            index = int(path[len("rules[") : path.index("]")])
            rest = path[path.index("]") + 2 :] if "]." in path else ""
            if index < self.rule_rows.rowCount():
                self.rule_rows.set_problem_row(index)
                if self.rule_index() != index:
                    self.rules.selectRow(index)
            key = rest.split(".")[-1].split("[")[0] if rest else "id"
            if key in ("min_days", "max_days"):
                key = "days"
            return self.fields.get(f"rule.{key}", self.fields["rule.id"])
        for key, field in self.fields.items():
            if not key.startswith("rule.") and (path == key or path.startswith(key)):
                return field
        if path.startswith("limits"):
            return self.fields["limits.returns_per_customer"]
        return self.fields["name"]
