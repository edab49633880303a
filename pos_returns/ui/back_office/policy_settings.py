"""The settings of the whole policy: its name and time zone, the store-credit bonus, the
manager's threshold, returns without a receipt, returns per customer, what decides when
no rule fits, seasonal windows, and what happens while the chain's database is away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from pos_returns.domain.policy import OfflineCard, OfflineLimit, OfflineReceipt, Outcome
from pos_returns.ui.back_office.fields import ANY, Field, in_a_row, spin
from pos_returns.ui.back_office.rule_form import OUTCOMES

# The `offline` choices, each with its values in the order shown, the default first.
OFFLINE_CHOICES = (
    ("customer_limit", tuple(v.value for v in OfflineLimit)),
    ("card_refund", tuple(v.value for v in OfflineCard)),
    ("other_store_receipt", tuple(v.value for v in OfflineReceipt)),
)


class PolicySettings(QGroupBox):
    """The policy-wide fields; `edited` when the person changes one (not while shown)."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__(objectName="settingsBox")
        self._filling = False
        self.name = QLineEdit(objectName="policyName")
        self.timezone = QLineEdit(objectName="policyTimezone")
        self.bonus = QLineEdit(objectName="policyBonus")
        self.refund_over = QLineEdit(objectName="policyRefundOver")
        self.price_days = spin(3660, "policyPriceDays")
        self.requires_id = QCheckBox(objectName="policyRequiresId")
        self.limit_count = spin(10_000, "policyLimitCount")
        self.limit_days = spin(3660, "policyLimitDays")
        self.limit_in = QLabel()
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
        form = QFormLayout(self)
        self.fields: dict[str, Field] = {}  # the parser's field path -> its Field
        self.labels: list[QLabel] = []
        for key, control in (
            ("name", self.name),
            ("timezone", self.timezone),
            ("store_credit_bonus_pct", self.bonus),
            ("manager_approval.refund_over", self.refund_over),
            ("no_receipt.price_days", self.price_days),
            ("no_receipt.requires_id", self.requires_id),
            (
                "limits.returns_per_customer",
                in_a_row(self.limit_count, self.limit_in, self.limit_days),
            ),
            ("otherwise.outcome", self.otherwise),
            ("seasonal", self.seasonal),
            *((f"offline.{key}", combo) for key, combo in self.offline.items()),
        ):
            self.fields[key] = Field(control)
            self.labels.append(QLabel())
            form.addRow(self.labels[-1], self.fields[key])
        self._connect()

    def _connect(self) -> None:
        for edit in (self.name, self.timezone, self.bonus, self.refund_over, self.seasonal):
            edit.textEdited.connect(lambda _t: self._edited())
        for box in (self.price_days, self.limit_count, self.limit_days):
            box.valueChanged.connect(lambda _v: self._edited())
        self.requires_id.toggled.connect(lambda _on: self._edited())
        for combo in (self.otherwise, *self.offline.values()):
            combo.currentIndexChanged.connect(lambda _i: self._edited())

    def _edited(self) -> None:
        if not self._filling:
            self.edited.emit()

    def retranslate(self, outcome_name: Callable[[str], str]) -> None:
        """The labels, and the outcomes named as `outcome_name(value)` names them."""
        self.setTitle(self.tr("For the whole policy"))
        for label, text in zip(
            self.labels,
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
        for index, outcome in enumerate(OUTCOMES):
            self.otherwise.setItemText(index, outcome_name(outcome.value))
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

    # -- the document in, the document out ------------------------------------------------
    def show_document(self, doc: dict[str, Any]) -> None:
        """Fill the fields from the policy document `doc` (no `edited`)."""
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

    def write_into(self, doc: dict[str, Any]) -> None:
        """Put what the fields say into `doc` (defaults and empty parts left out)."""
        doc["name"] = self.name.text().strip()
        doc["timezone"] = self.timezone.text().strip()
        doc["store_credit_bonus_pct"] = self.bonus.text().strip() or "0"
        over = self.refund_over.text().strip()
        _set_or_drop(doc, "manager_approval", {"refund_over": over} if over else None)
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
        _set_or_drop(doc, "seasonal", _seasonal(self.seasonal.text()) or None)


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
