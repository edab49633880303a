"""The policy without JSON: its rules as rows (moved up and down), the chosen rule's
conditions and outcome, and the policy-wide settings, each field with room for its
problem right under it.

The form edits a SPEC.md policy document (a dict) in place and says `edited`; the page
checks the document and hands each problem back with `show_problem(field, message)`,
`field` being the parser's path (``rules[2].when.max_days``).
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_returns.domain.model import Condition
from pos_returns.domain.policy import OfflineCard, OfflineLimit, OfflineReceipt, Outcome

ANY = -1  # a spin box's "any" (the key is left out of the document)
OUTCOMES = tuple(Outcome)
# The `offline` choices, each with its values in the order shown, the default first.
OFFLINE_CHOICES = (
    ("customer_limit", tuple(v.value for v in OfflineLimit)),
    ("card_refund", tuple(v.value for v in OfflineCard)),
    ("other_store_receipt", tuple(v.value for v in OfflineReceipt)),
)


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


def _spin(maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(ANY, maximum)
    spin.setSpecialValueText("—")
    return spin


class PolicyForm(QWidget):
    """The rules and the policy-wide settings of one document."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.document: dict[str, Any] = {}
        self._filling = False
        self.fields: dict[str, Field] = {}  # the parser's field path -> its Field
        self.rules = QTableWidget(0, 3, objectName="rules")
        self.rules.verticalHeader().setVisible(False)
        self.rules.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rules.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rules.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rules.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rules.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rules.itemSelectionChanged.connect(self._rule_picked)
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
        self.rule_box = QGroupBox(objectName="ruleBox")
        self._build_rule_form()
        self.settings_box = QGroupBox(objectName="settingsBox")
        self._build_settings()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.rules_label = QLabel()
        box.addWidget(self.rules_label)
        box.addWidget(self.rules, 1)
        box.addLayout(row)
        box.addWidget(self.rule_box)
        box.addWidget(self.settings_box)
        self.retranslate()

    # -- building -----------------------------------------------------------------------------
    def _build_rule_form(self) -> None:
        self.rule_id = QLineEdit(objectName="ruleId")
        self.categories = QLineEdit(objectName="ruleCategories")
        self.tags = QLineEdit(objectName="ruleTags")
        self.condition_boxes = {
            c: QCheckBox(objectName=f"ruleCondition_{c.value}") for c in Condition
        }
        conditions = QWidget()
        line = QHBoxLayout(conditions)
        line.setContentsMargins(0, 0, 0, 0)
        for check in self.condition_boxes.values():
            line.addWidget(check)
        line.addStretch(1)
        self.receipt = QComboBox(objectName="ruleReceipt")
        for value in (None, True, False):
            self.receipt.addItem("", value)
        self.min_days = _spin(36_600)
        self.min_days.setObjectName("ruleMinDays")
        self.max_days = _spin(36_600)
        self.max_days.setObjectName("ruleMaxDays")
        days = QWidget()
        span = QHBoxLayout(days)
        span.setContentsMargins(0, 0, 0, 0)
        self.from_label, self.to_label = QLabel(), QLabel()
        for widget in (self.from_label, self.min_days, self.to_label, self.max_days):
            span.addWidget(widget)
        span.addStretch(1)
        self.outcome = QComboBox(objectName="ruleOutcome")
        for outcome in OUTCOMES:
            self.outcome.addItem("", outcome.value)
        self.fee = QLineEdit(objectName="ruleFee")
        self.fee.setMaximumWidth(90)
        self.manager = QCheckBox(objectName="ruleManager")
        form = QFormLayout(self.rule_box)
        self.rule_labels: list[QLabel] = []
        for key, widget in (
            ("id", self.rule_id),
            ("category", self.categories),
            ("tags_any", self.tags),
            ("condition", conditions),
            ("receipt", self.receipt),
            ("days", days),
            ("outcome", self.outcome),
            ("restocking_fee_pct", self.fee),
            ("manager", self.manager),
        ):
            field = Field(widget)
            self.fields[f"rule.{key}"] = field
            label = QLabel()
            self.rule_labels.append(label)
            form.addRow(label, field)
        for edit in (self.rule_id, self.categories, self.tags, self.fee):
            edit.textEdited.connect(lambda _t: self._rule_edited())
        for check in (*self.condition_boxes.values(), self.manager):
            check.toggled.connect(lambda _on: self._rule_edited())
        for combo in (self.receipt, self.outcome):
            combo.currentIndexChanged.connect(lambda _i: self._rule_edited())
        for spin in (self.min_days, self.max_days):
            spin.valueChanged.connect(lambda _v: self._rule_edited())

    def _build_settings(self) -> None:
        self.name = QLineEdit(objectName="policyName")
        self.timezone = QLineEdit(objectName="policyTimezone")
        self.bonus = QLineEdit(objectName="policyBonus")
        self.refund_over = QLineEdit(objectName="policyRefundOver")
        self.price_days = _spin(3660)
        self.price_days.setObjectName("policyPriceDays")
        self.requires_id = QCheckBox(objectName="policyRequiresId")
        self.limit_count = _spin(10_000)
        self.limit_count.setObjectName("policyLimitCount")
        self.limit_days = _spin(3660)
        self.limit_days.setObjectName("policyLimitDays")
        self.otherwise = QComboBox(objectName="policyOtherwise")
        for outcome in OUTCOMES:
            self.otherwise.addItem("", outcome.value)
        self.seasonal = QLineEdit(objectName="policySeasonal")
        # Offline (the chain's database does not answer): the policy's choices, by key.
        self.offline = {
            key: QComboBox(objectName=f"policyOffline_{key}") for key, _values in OFFLINE_CHOICES
        }
        for key, values in OFFLINE_CHOICES:
            for value in values:
                self.offline[key].addItem("", value)
        limit = QWidget()
        line = QHBoxLayout(limit)
        line.setContentsMargins(0, 0, 0, 0)
        self.limit_in = QLabel()
        line.addWidget(self.limit_count)
        line.addWidget(self.limit_in)
        line.addWidget(self.limit_days)
        line.addStretch(1)
        form = QFormLayout(self.settings_box)
        self.setting_labels: list[QLabel] = []
        for key, widget in (
            ("name", self.name),
            ("timezone", self.timezone),
            ("store_credit_bonus_pct", self.bonus),
            ("manager_approval.refund_over", self.refund_over),
            ("no_receipt.price_days", self.price_days),
            ("no_receipt.requires_id", self.requires_id),
            ("limits.returns_per_customer", limit),
            ("otherwise.outcome", self.otherwise),
            ("seasonal", self.seasonal),
            *((f"offline.{key}", combo) for key, combo in self.offline.items()),
        ):
            field = Field(widget)
            self.fields[key] = field
            label = QLabel()
            self.setting_labels.append(label)
            form.addRow(label, field)
        for edit in (self.name, self.timezone, self.bonus, self.refund_over, self.seasonal):
            edit.textEdited.connect(lambda _t: self._settings_edited())
        for spin in (self.price_days, self.limit_count, self.limit_days):
            spin.valueChanged.connect(lambda _v: self._settings_edited())
        self.requires_id.toggled.connect(lambda _on: self._settings_edited())
        for combo in (self.otherwise, *self.offline.values()):
            combo.currentIndexChanged.connect(lambda _i: self._settings_edited())

    def retranslate(self) -> None:
        self.rules_label.setText(self.tr("Rules, tried in this order: the first that fits decides"))
        self.rules.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("When"), self.tr("Then")])
        for name, text in (
            ("add", self.tr("Add a rule")),
            ("up", self.tr("Up")),
            ("down", self.tr("Down")),
            ("remove", self.tr("Remove")),
        ):
            self.buttons[name].setText(text)
        self.rule_box.setTitle(self.tr("The chosen rule"))
        self.settings_box.setTitle(self.tr("For the whole policy"))
        for label, text in zip(
            self.rule_labels,
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
        conditions = {
            Condition.UNOPENED: self.tr("unopened"),
            Condition.OPENED: self.tr("opened"),
            Condition.DAMAGED: self.tr("damaged"),
            Condition.DEFECTIVE: self.tr("defective"),
        }
        for condition, check in self.condition_boxes.items():
            check.setText(conditions[condition])
        for index, text in enumerate(
            (self.tr("with or without"), self.tr("with"), self.tr("without"))
        ):
            self.receipt.setItemText(index, text)
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))
        outcomes = (
            self.tr("Refund"),
            self.tr("Store credit"),
            self.tr("Exchange"),
            self.tr("Not returnable"),
        )
        for combo in (self.outcome, self.otherwise):
            for index, text in enumerate(outcomes):
                combo.setItemText(index, text)
        self.manager.setText(self.tr("a manager approves"))
        for label, text in zip(
            self.setting_labels,
            (
                self.tr("Policy name"),
                self.tr("Time zone"),
                self.tr("Store-credit bonus %"),
                self.tr("Manager approves refunds over"),
                self.tr("No receipt: lowest price of the last … days"),
                self.tr("No receipt: ask for an ID"),
                self.tr("Returns per customer"),
                self.tr("No rule fits"),
                self.tr("Seasonal windows"),
                self.tr("Offline: returns per customer"),
                self.tr("Offline: refunds to a card"),
                self.tr("Offline: another store's receipt"),
            ),
            strict=True,
        ):
            label.setText(text)
        offline_texts = {
            "customer_limit": (
                self.tr("count this store's returns"),
                self.tr("a manager approves"),
            ),
            "card_refund": (
                self.tr("on the card terminal, as usual"),
                self.tr("wait until online (or store credit)"),
                self.tr("give store credit"),
            ),
            "other_store_receipt": (
                self.tr("take the items back without a receipt"),
                self.tr("the customer comes back later"),
            ),
        }
        for key, texts in offline_texts.items():
            for index, text in enumerate(texts):
                self.offline[key].setItemText(index, text)
        self.limit_in.setText(self.tr("in days:"))
        self.seasonal.setPlaceholderText(self.tr("e.g. 11-15..12-24 until 01-31; …"))
        self.refund_over.setPlaceholderText(self.tr("no limit"))
        self._fill_rules()

    # -- the document in, the document out --------------------------------------------------
    def load(self, document: dict[str, Any]) -> None:
        """Show `document` (a copy is edited)."""
        self.document = copy.deepcopy(document)
        self.document.setdefault("rules", [])
        self._fill_settings()
        self._fill_rules()
        if self.document["rules"]:
            self.rules.selectRow(0)
        self._rule_picked()

    def rule_index(self) -> int | None:
        rows = self.rules.selectionModel().selectedRows() if self.rules.selectionModel() else []
        return rows[0].row() if rows else None

    def _rules(self) -> list[dict[str, Any]]:
        rules: list[dict[str, Any]] = self.document["rules"]
        return rules

    def _fill_rules(self) -> None:
        if not self.document:
            return
        keep = self.rule_index()
        self.rules.blockSignals(True)
        self.rules.setRowCount(len(self._rules()))
        for row, rule in enumerate(self._rules()):
            texts = (str(rule.get("id", "")), self._when_text(rule), self._then_text(rule))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.rules.setItem(row, column, item)
        if keep is not None and keep < self.rules.rowCount():
            self.rules.selectRow(keep)
        self.rules.blockSignals(False)

    def _when_text(self, rule: dict[str, Any]) -> str:
        when = rule.get("when") or {}
        parts = []
        if when.get("category"):
            parts.append(", ".join(map(str, when["category"])))
        if when.get("tags_any"):
            parts.append("#" + " #".join(map(str, when["tags_any"])))
        if when.get("condition"):
            names = {c.value: check.text() for c, check in self.condition_boxes.items()}
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

    def _then_text(self, rule: dict[str, Any]) -> str:
        then = rule.get("then") or {}
        index = self.outcome.findData(then.get("outcome"))
        text = self.outcome.itemText(index) if index >= 0 else str(then.get("outcome", "?"))
        if then.get("restocking_fee_pct") not in (None, "", "0"):
            text += f" −{then['restocking_fee_pct']}%"
        if then.get("manager"):
            text += " ✋"
        return text

    def _fill_settings(self) -> None:
        doc = self.document
        self._filling = True
        self.name.setText(str(doc.get("name", "")))
        self.timezone.setText(str(doc.get("timezone", "")))
        self.bonus.setText(str(doc.get("store_credit_bonus_pct", "")))
        self.refund_over.setText(str((doc.get("manager_approval") or {}).get("refund_over", "")))
        no_receipt = doc.get("no_receipt") or {}
        self.price_days.setValue(int(no_receipt.get("price_days", ANY)))
        self.requires_id.setChecked(bool(no_receipt.get("requires_id", False)))
        per = (doc.get("limits") or {}).get("returns_per_customer") or {}
        self.limit_count.setValue(int(per.get("count", ANY)))
        self.limit_days.setValue(int(per.get("days", ANY)))
        otherwise = (doc.get("otherwise") or {}).get("outcome", Outcome.DENY.value)
        self.otherwise.setCurrentIndex(max(0, self.otherwise.findData(otherwise)))
        offline = doc.get("offline") or {}
        for key, combo in self.offline.items():
            combo.setCurrentIndex(max(0, combo.findData(offline.get(key))))
        self.seasonal.setText(
            "; ".join(
                f"{w.get('purchased_from', '')}..{w.get('purchased_to', '')} "
                f"until {w.get('return_until', '')}"
                for w in doc.get("seasonal") or []
            )
        )
        self._filling = False

    def _rule_picked(self) -> None:
        index = self.rule_index()
        self.rule_box.setEnabled(index is not None)
        for name in ("up", "down", "remove"):
            self.buttons[name].setEnabled(index is not None)
        if index is None:
            return
        rule = self._rules()[index]
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

    # -- edits ------------------------------------------------------------------------------
    def _rule_edited(self) -> None:
        index = self.rule_index()
        if self._filling or index is None:
            return
        when: dict[str, Any] = {}
        categories = _words(self.categories.text())
        if categories:
            when["category"] = categories
        tags = _words(self.tags.text())
        if tags:
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
        self._rules()[index] = {"id": self.rule_id.text().strip(), "when": when, "then": then}
        self._fill_rules()
        self.edited.emit()

    def _settings_edited(self) -> None:
        if self._filling:
            return
        doc = self.document
        doc["name"] = self.name.text().strip()
        doc["timezone"] = self.timezone.text().strip()
        doc["store_credit_bonus_pct"] = self.bonus.text().strip() or "0"
        _set_or_drop(
            doc,
            "manager_approval",
            {"refund_over": self.refund_over.text().strip()}
            if self.refund_over.text().strip()
            else None,
        )
        no_receipt: dict[str, Any] = {"requires_id": self.requires_id.isChecked()}
        if self.price_days.value() != ANY:
            no_receipt["price_days"] = self.price_days.value()
        doc["no_receipt"] = no_receipt
        count, days = self.limit_count.value(), self.limit_days.value()
        _set_or_drop(
            doc,
            "limits",
            {"returns_per_customer": {"count": count, "days": days}}
            if count != ANY or days != ANY
            else None,
        )
        doc["otherwise"] = {"outcome": self.otherwise.currentData()}
        offline = {key: combo.currentData() for key, combo in self.offline.items()}
        defaults = {key: values[0] for key, values in OFFLINE_CHOICES}
        _set_or_drop(doc, "offline", offline if offline != defaults else None)
        windows = _seasonal(self.seasonal.text())
        _set_or_drop(doc, "seasonal", windows or None)
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
        self._fill_rules()
        self.rules.selectRow(at)
        self.edited.emit()

    def move_rule(self, step: int) -> None:
        index = self.rule_index()
        if index is None or not 0 <= index + step < len(self._rules()):
            return
        rules = self._rules()
        rules[index], rules[index + step] = rules[index + step], rules[index]
        self._fill_rules()
        self.rules.selectRow(index + step)
        self.edited.emit()

    def remove_rule(self) -> None:
        index = self.rule_index()
        if index is None:
            return
        del self._rules()[index]
        self._fill_rules()
        if self._rules():
            self.rules.selectRow(min(index, len(self._rules()) - 1))
        self._rule_picked()
        self.edited.emit()

    # -- problems ---------------------------------------------------------------------------
    def show_problem(self, field: str | None, message: str | None) -> Field | None:
        """Put `message` under the field the parser named (a rule's field: select it
        first); clear every other problem. Returns the Field that shows it."""
        for each in self.fields.values():
            each.say(None)
        for row in range(self.rules.rowCount()):
            item = self.rules.item(row, 0)
            if item is not None:
                item.setForeground(Qt.GlobalColor.black)
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
            item = self.rules.item(index, 0)
            if item is not None:
                item.setForeground(Qt.GlobalColor.red)
            if self.rule_index() != index and index < self.rules.rowCount():
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


def _words(text: str) -> list[str]:
    return [word.strip() for word in text.split(",") if word.strip()]


def _set_or_drop(doc: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        doc.pop(key, None)
    else:
        doc[key] = value


def _seasonal(text: str) -> list[dict[str, str]]:
    """``11-15..12-24 until 01-31; …`` as the document's seasonal windows (what does not
    read as one is kept as typed, for the parser to name)."""
    windows = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        span, _, until = part.partition("until")
        start, _, end = span.strip().partition("..")
        windows.append(
            {
                "purchased_from": start.strip(),
                "purchased_to": end.strip(),
                "return_until": until.strip(),
            }
        )
    return windows
