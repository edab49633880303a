"""The screens' tables as Qt models, driven without a window and checked by pytest-qt's
model tester (rows, columns, parents, roles, signals), then for what they say and do."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from pos_returns.domain.model import Condition
from pos_returns.domain.money import Money
from pos_returns.services.counter import NEEDS_MANAGER, LineView
from pos_returns.services.history import ReturnRow
from pos_returns.services.people import Person
from pos_returns.services.stores import ReasonLine, RegisterPrinter
from pos_returns.store.models import Role
from pos_returns.ui.back_office.models import (
    PeopleModel,
    ReasonsColumn,
    ReasonsModel,
    RegistersColumn,
    RegistersModel,
    ReturnsColumn,
    ReturnsModel,
)
from pos_returns.ui.back_office.rules_model import RulesColumn, RulesModel
from pos_returns.ui.lines_model import (
    BADGE_ROLE,
    GOES_TO_ROLE,
    Choice,
    Column,
    LinesModel,
    is_checked,
)

CHECK = Qt.ItemDataRole.CheckStateRole
EUR = "EUR"


def line(number: int, badge: str, *, qty: int = 2, returned: int = 0) -> LineView:
    return LineView(
        number,
        f"SKU-{number}",
        f"Item {number}",
        qty,
        returned,
        Money(Decimal("45.00"), EUR),
        badge,
        f"What the policy says of line {number}." if badge else "",
    )


LINES = (
    line(1, "refund"),
    line(2, NEEDS_MANAGER, qty=1),
    line(3, "deny", qty=1),
    line(4, "", qty=1, returned=1),  # everything came back already
)


def filled_lines() -> LinesModel:
    model = LinesModel()
    model.set_rows(LINES, "en")
    return model


def test_the_lines_model_holds_to_qts_rules_while_filled_and_edited(
    qtmodeltester: ModelTester,
) -> None:
    model = filled_lines()
    qtmodeltester.check(model)
    model.setData(model.index(0, Column.QTY), 1)
    model.setData(model.index(0, Column.CONDITION), Condition.DAMAGED.value)
    model.setData(model.index(2, Column.POLICY), Qt.CheckState.Checked, CHECK)
    model.set_rows(LINES[:2], "en")
    model.clear()
    qtmodeltester.check(model)


def test_what_the_policy_allows_is_picked_with_all_that_is_left_and_nothing_else_can_be() -> None:
    model = filled_lines()
    states = [is_checked(model.index(row, Column.PICK).data(CHECK)) for row in range(4)]
    assert states == [True, True, False, False]
    assert [model.index(row, Column.POLICY).data() for row in range(4)] == [
        "Refund",
        "Needs manager",
        "Not returnable",
        "All returned",
    ]
    assert not model.setData(model.index(2, Column.PICK), Qt.CheckState.Checked, CHECK)
    assert [item.line for item in model.picked()] == [1, 2]
    assert model.index(0, Column.ITEM).data() == "Item 1\nWhat the policy says of line 1."
    assert "came back already" in model.index(3, Column.ITEM).data()


def test_a_changed_choice_is_said_once_and_its_destination_follows_the_condition() -> None:
    model = filled_lines()
    said: list[None] = []
    model.changed.connect(lambda: said.append(None))
    condition = model.index(0, Column.CONDITION)
    assert model.setData(condition, Condition.DEFECTIVE.value)
    assert condition.data(GOES_TO_ROLE) == "vendor"
    assert model.setData(condition, "restock", GOES_TO_ROLE)  # the cashier knows better
    assert model.setData(model.index(0, Column.QTY), 9)  # more than was bought: all there is
    assert model.index(0, Column.QTY).data(Qt.ItemDataRole.EditRole) == 2
    assert len(said) == 3
    assert model.choices()[1] == Choice(True, 2, Condition.DEFECTIVE, "restock")


def test_a_managers_override_makes_a_denied_line_a_picked_refund() -> None:
    model = filled_lines()
    policy = model.index(2, Column.POLICY)
    assert policy.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.index(0, Column.POLICY).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(policy, Qt.CheckState.Checked.value, CHECK)  # as a delegate sends it
    assert policy.data() == "Override: refund" and policy.data(BADGE_ROLE) == NEEDS_MANAGER
    assert is_checked(model.index(2, Column.PICK).data(CHECK))
    assert model.overrides() == {3: "refund"}


def test_choices_kept_across_a_new_look_up_stay_as_they_were() -> None:
    model = filled_lines()
    model.setData(model.index(2, Column.POLICY), Qt.CheckState.Checked, CHECK)
    model.setData(model.index(0, Column.PICK), Qt.CheckState.Unchecked, CHECK)
    kept = model.choices()
    model.set_rows(LINES, "lv", kept)
    assert model.choices() == kept
    assert model.index(2, Column.POLICY).data() == "Override: refund"  # no catalogue here


def test_the_back_offices_models_hold_to_qts_rules(qtmodeltester: ModelTester) -> None:
    people = PeopleModel()
    people.set_rows(
        [
            Person("101", "Anna", Role.CASHIER, True, False, None, None, None),
            Person("900", "Māris", Role.MANAGER, False, False, None, None, None),
        ]
    )
    qtmodeltester.check(people)
    assert [people.index(1, c).data() for c in range(4)] == [
        "900",
        "Māris",
        "manager",
        "deactivated",
    ]
    returns = ReturnsModel()
    at = datetime(2026, 10, 10, 9, 0, tzinfo=UTC)
    money = Money(Decimal("12.50"), EUR)
    row = ReturnRow(
        "S01-R1-RT000001", at, "Anna", None, "gift", ("refund", "deny"), money, money, "override"
    )
    returns.show([row], "en", "Europe/Riga")
    qtmodeltester.check(returns)
    assert returns.index(0, ReturnsColumn.OUTCOME).data() == "Refund, Not returnable"
    assert returns.index(0, ReturnsColumn.MANAGER).data() == "overrode"
    rules = RulesModel(lambda rule: ("always", str(rule["then"]["outcome"])))
    rules.set_rows([{"id": "standard", "then": {"outcome": "refund"}}])
    rules.set_problem_row(0)
    qtmodeltester.check(rules)
    assert rules.index(0, RulesColumn.RULE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_reasons_and_printers_are_edited_in_place(qtmodeltester: ModelTester) -> None:
    reasons = ReasonsModel()
    reasons.show([ReasonLine("wrong-size", "Wrong size"), ReasonLine("other", "Other", True)])
    qtmodeltester.check(reasons)
    reasons.setData(reasons.index(0, ReasonsColumn.LABEL), "Wrong size or fit")
    reasons.setData(reasons.index(0, ReasonsColumn.NOTE), Qt.CheckState.Checked, CHECK)
    reasons.remove(reasons.add())  # an empty one, added and removed
    reasons.setData(reasons.index(reasons.add(), ReasonsColumn.CODE), " late ")
    qtmodeltester.check(reasons)
    assert reasons.lines() == [
        ReasonLine("wrong-size", "Wrong size or fit", True),
        ReasonLine("other", "Other", True),
        ReasonLine("late", "", False),
    ]
    printers = RegistersModel()
    printers.show([RegisterPrinter("R1", "preview:", None), RegisterPrinter("R2", "tcp://x", "TM")])
    qtmodeltester.check(printers)
    assert not printers.setData(printers.index(0, RegistersColumn.REGISTER), "R9")
    printers.setData(printers.index(0, RegistersColumn.PRINTER), " tcp://10.0.0.5 ")
    assert printers.printer(0) == ("R1", "tcp://10.0.0.5", "")
