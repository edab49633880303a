"""The chosen rule of the policy: when it applies (categories, tags, the item's condition,
with or without a receipt, days after purchase) and what it decides (outcome, restocking
fee, a manager's approval), each field with room for its problem under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
)

from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Outcome
from pos_returns.ui.back_office.fields import ANY, Field, in_a_row, spin, words

OUTCOMES = tuple(Outcome)
KEYS = (
    "id",
    "category",
    "tags_any",
    "condition",
    "receipt",
    "days",
    "outcome",
    "restocking_fee_pct",
    "manager",
)  # the fields, as the parser names them (the days' two under "days")


class RuleForm(QGroupBox):
    """The rule's fields; `edited` when the person changes one (not while one is shown)."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="ruleBox")
        self._filling = False
        self.rule_id = QLineEdit(objectName="ruleId")
        self.categories = QLineEdit(objectName="ruleCategories")
        self.tags = QLineEdit(objectName="ruleTags")
        self.condition_boxes = {
            c: QCheckBox(objectName=f"ruleCondition_{c.value}") for c in Condition
        }
        self.receipt = QComboBox(objectName="ruleReceipt")
        for value in (None, True, False):
            self.receipt.addItem("", value)
        self.min_days = spin(36_600, "ruleMinDays")
        self.max_days = spin(36_600, "ruleMaxDays")
        self.from_label, self.to_label = QLabel(), QLabel()
        self.outcome = QComboBox(objectName="ruleOutcome")
        for outcome in OUTCOMES:
            self.outcome.addItem("", outcome.value)
        self.fee = QLineEdit(objectName="ruleFee")
        self.fee.setMaximumWidth(90)
        self.manager = QCheckBox(objectName="ruleManager")
        controls = (
            self.rule_id,
            self.categories,
            self.tags,
            in_a_row(*self.condition_boxes.values()),
            self.receipt,
            in_a_row(self.from_label, self.min_days, self.to_label, self.max_days),
            self.outcome,
            self.fee,
            self.manager,
        )
        form = QFormLayout(self)
        self.fields: dict[str, Field] = {}  # "rule.<key>" -> its Field
        self.labels: list[QLabel] = []
        for key, control in zip(KEYS, controls, strict=True):
            self.fields[f"rule.{key}"] = Field(control)
            self.labels.append(QLabel())
            form.addRow(self.labels[-1], self.fields[f"rule.{key}"])
        self._connect()

    def _connect(self) -> None:
        for edit in (self.rule_id, self.categories, self.tags, self.fee):
            edit.textEdited.connect(lambda _t: self._edited())
        for check in (*self.condition_boxes.values(), self.manager):
            check.toggled.connect(lambda _on: self._edited())
        for combo in (self.receipt, self.outcome):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        for box in (self.min_days, self.max_days):
            box.valueChanged.connect(lambda _v: self._edited())

    def _edited(self) -> None:
        if not self._filling:
            self.edited.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The chosen rule"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Name"),
                self.tr("Categories"),
                self.tr("Any of the tags"),
                self.tr("Condition"),
                self.tr("Receipt"),
                self.tr("Days after purchase"),
                self.tr("Outcome"),
                self.tr("Restocking fee %"),
                self.tr("Manager"),
            ),
            strict=True,
        ):
            label.setText(text)
        for edit in (self.categories, self.tags):
            edit.setPlaceholderText(self.tr("any (or a comma-separated list)"))
        for condition, check in self.condition_boxes.items():
            check.setText(self.condition_name(condition))
        for index, text in enumerate(
            (self.tr("with or without"), self.tr("with"), self.tr("without"))
        ):
            self.receipt.setItemText(index, text)
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))
        for index, outcome in enumerate(OUTCOMES):
            self.outcome.setItemText(index, self.outcome_name(outcome.value))
        self.manager.setText(self.tr("a manager approves"))

    def condition_name(self, condition: Condition) -> str:
        return {
            Condition.UNOPENED: self.tr("unopened"),
            Condition.OPENED: self.tr("opened"),
            Condition.DAMAGED: self.tr("damaged"),
            Condition.DEFECTIVE: self.tr("defective"),
        }[condition]

    def outcome_name(self, outcome: str) -> str:
        return {
            Outcome.REFUND.value: self.tr("Refund"),
            Outcome.STORE_CREDIT.value: self.tr("Store credit"),
            Outcome.EXCHANGE.value: self.tr("Exchange"),
            Outcome.DENY.value: self.tr("Not returnable"),
        }.get(outcome, outcome)

    # -- a rule in, a rule out --------------------------------------------------------------
    def show_rule(self, rule: dict[str, Any]) -> None:
        """Fill the fields from `rule` (no `edited`)."""
        when, then = rule.get("when") or {}, rule.get("then") or {}
        self._filling = True
        self.rule_id.setText(str(rule.get("id", "")))
        self.categories.setText(", ".join(map(str, when.get("category") or [])))
        self.tags.setText(", ".join(map(str, when.get("tags_any") or [])))
        for condition, check in self.condition_boxes.items():
            check.setChecked(condition.value in (when.get("condition") or []))
        self.receipt.setCurrentIndex(self.receipt.findData(when.get("receipt")))
        self.min_days.setValue(int(when.get("min_days", ANY)))
        self.max_days.setValue(int(when.get("max_days", ANY)))
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(then.get("outcome"))))
        self.fee.setText(str(then.get("restocking_fee_pct", "")))
        self.manager.setChecked(bool(then.get("manager", False)))
        self._filling = False

    def rule(self) -> dict[str, Any]:
        """The rule as the fields say it."""
        when: dict[str, Any] = {}
        if categories := words(self.categories.text()):
            when["category"] = categories
        if tags := words(self.tags.text()):
            when["tags_any"] = tags
        conditions = [c.value for c, check in self.condition_boxes.items() if check.isChecked()]
        if conditions:
            when["condition"] = conditions
        if self.receipt.currentData() is not None:
            when["receipt"] = self.receipt.currentData()
        if self.min_days.value() != ANY:
            when["min_days"] = self.min_days.value()
        if self.max_days.value() != ANY:
            when["max_days"] = self.max_days.value()
        then: dict[str, Any] = {"outcome": self.outcome.currentData()}
        if self.fee.text().strip():
            then["restocking_fee_pct"] = self.fee.text().strip()
        if self.manager.isChecked():
            then["manager"] = True
        return {"id": self.rule_id.text().strip(), "when": when, "then": then}

    # -- a rule in a few words, for the rules' list -----------------------------------------
    def when_text(self, rule: dict[str, Any]) -> str:
        when = rule.get("when") or {}
        parts = []
        if when.get("category"):
            parts.append(", ".join(map(str, when["category"])))
        if when.get("tags_any"):
            parts.append("#" + " #".join(map(str, when["tags_any"])))
        if when.get("condition"):
            names = {c.value: self.condition_name(c) for c in Condition}
            parts.append("/".join(names.get(str(c), str(c)) for c in when["condition"]))
        if when.get("receipt") is True:
            parts.append(self.tr("with receipt"))
        elif when.get("receipt") is False:
            parts.append(self.tr("no receipt"))
        low, high = when.get("min_days"), when.get("max_days")
        if low is not None or high is not None:
            parts.append(
                self.tr("days {low}–{high}").format(
                    low=low or 0, high="∞" if high is None else high
                )
            )
        return "; ".join(parts) or self.tr("always")

    def then_text(self, rule: dict[str, Any]) -> str:
        then = rule.get("then") or {}
        text = self.outcome_name(str(then.get("outcome", "?")))
        if then.get("restocking_fee_pct") not in (None, "", "0"):
            text += f" −{then['restocking_fee_pct']}%"
        if then.get("manager"):
            text += " ✋"
        return text
