"""The back office driven by a manager with pytest-qt, offscreen, on a real SQLite store:
editing the policy with checks as they type, what-if, publishing (and the counter using
the new version at once), JSON in and out, people, settings, history, and a cashier kept
out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from integration.shop import Shop
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from pos_returns.services import people
from pos_returns.services.auth import Actor
from pos_returns.services.errors import PermissionDenied
from pos_returns.services.stores import add_employee
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Employee, PolicyVersion, Reason, Role
from pos_returns.ui.back_office.people_page import PeoplePage
from pos_returns.ui.back_office.window import BackOfficeWindow
from pos_returns.ui.counter import CounterWindow
from ui.driving import NUMBER, cut_off, scan, settle, sign_in


@pytest.fixture
def office(window: CounterWindow, qtbot: QtBot) -> BackOfficeWindow:
    sign_in(qtbot, window, code="900", pin="9999")
    window.open_back_office()
    settle(qtbot, window)
    assert window.back_office is not None
    # the counter window closes (and deletes) its back office with itself
    return window.back_office


def pick_rule(office: BackOfficeWindow, rule_id: str) -> None:
    form = office.policy.form
    rules = form.rule_rows
    row = next(r for r in range(rules.rowCount()) if rules.index(r, 0).data() == rule_id)
    form.rules.selectRow(row)


def test_editing_a_rule_redraws_the_text_customers_read_and_what_changes(
    office: BackOfficeWindow, qtbot: QtBot
) -> None:
    page = office.policy
    pick_rule(office, "standard")
    page.form.rule_form.max_days.setValue(14)
    qtbot.waitUntil(
        lambda: "Returned within 14 days with a receipt" in page.text_views["en"].toPlainText()
    )
    assert "Retour sous 14 jours avec ticket" in page.text_views["fr"].toPlainText()
    assert "Atgriežot 14 dienu laikā ar čeku" in page.text_views["lv"].toPlainText()
    changes = page.diff.toPlainText()
    assert "- Returned within 30 days with a receipt" in changes
    assert "+ Returned within 14 days with a receipt" in changes


def test_a_problem_is_named_under_its_field_and_publishing_waits_for_the_fix(
    office: BackOfficeWindow, qtbot: QtBot
) -> None:
    page = office.policy
    pick_rule(office, "electronics-opened")
    fee_field = page.form.rule_form.fee
    fee_field.clear()
    qtbot.keyClicks(fee_field, "15 %")
    page.check()
    fee = page.form.fields["rule.restocking_fee_pct"]
    assert fee.problem.isVisible() and "15 %" in fee.problem.text()
    assert not page.publish_button.isEnabled()
    fee_field.clear()
    qtbot.keyClicks(fee_field, "20")
    qtbot.waitUntil(page.publish_button.isEnabled)
    assert not fee.problem.isVisible()


def test_a_rule_that_can_never_decide_is_pointed_out(
    office: BackOfficeWindow, qtbot: QtBot
) -> None:
    page = office.policy
    page.form.rules.clearSelection()
    page.form.rules.selectRow(0)
    page.form.add_rule()  # after the first rule: "when" empty, so everything after is hidden
    page.form.move_rule(-1)
    page.check()
    found = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert any("“standard” never decides anything" in text for text in found), found
    assert page.form.rule_rows.index(0, 0).data().startswith("rule-")


def test_the_offline_choices_go_into_the_policy_and_onto_its_text(
    office: BackOfficeWindow, window: CounterWindow, qtbot: QtBot
) -> None:
    page = office.policy
    form = page.form
    assert "offline" not in form.document  # the defaults are left out
    card = form.settings.offline["card_refund"]
    card.setCurrentIndex(card.findData("store_credit"))
    limit = form.settings.offline["customer_limit"]
    limit.setCurrentIndex(limit.findData("manager"))
    assert form.document["offline"] == {
        "customer_limit": "manager",
        "card_refund": "store_credit",
        "other_store_receipt": "no_receipt",
    }
    qtbot.waitUntil(
        lambda: "card refunds are given as store credit" in page.text_views["en"].toPlainText()
    )
    assert "remboursements par carte sont rendus en avoir" in page.text_views["fr"].toPlainText()
    page.check()
    assert page.publish_button.isEnabled()
    card.setCurrentIndex(card.findData("terminal"))
    limit.setCurrentIndex(limit.findData("local"))
    assert "offline" not in form.document
    window.set_language("lv")
    window.open_back_office()
    settle(qtbot, window)
    assert window.back_office is not None
    # the counter window closes (and deletes) its back office with itself
    choices = window.back_office.policy.form.settings.offline["card_refund"]
    assert choices.itemText(2) == "izsniegt veikala kredītu"


def test_what_if_shows_the_draft_beside_the_published_policy(
    office: BackOfficeWindow, window: CounterWindow, qtbot: QtBot
) -> None:
    page = office.policy
    pick_rule(office, "standard")
    page.form.rule_form.max_days.setValue(5)
    page.check()
    page.what_if_receipt.setText(NUMBER)
    page.what_if_date.setDate(QDate(2026, 10, 10))  # 7 days after the sale
    page.try_what_if()
    settle(qtbot, window)
    draft, published = page.what_if_draft.toPlainText(), page.what_if_now.toPlainText()
    assert "1: late" in draft and "store credit only" in draft
    assert "1: standard" in published and "full refund" in published


def test_publishing_makes_a_version_the_counter_uses_without_restarting(
    shop: Shop, office: BackOfficeWindow, window: CounterWindow, qtbot: QtBot
) -> None:
    page = office.policy
    pick_rule(office, "standard")
    page.form.rule_form.max_days.setValue(5)
    page.ask_publish()
    assert page.confirm.isVisible() and "5 days" in page.confirm_text.text()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Version 2 published" in page.message.text()
    with UnitOfWork(shop.engine) as uow:
        versions = uow.session.scalars(select(PolicyVersion.version)).all()
    assert sorted(versions) == [1, 2]
    scan(qtbot, window)  # the counter, as it is: the scarf bought 7 days ago
    assert window.return_page.view is not None
    assert window.return_page.view.line(1).badge == "store_credit"


def test_a_version_published_from_a_later_day_waits_for_it(
    shop: Shop, office: BackOfficeWindow, window: CounterWindow, qtbot: QtBot
) -> None:
    page = office.policy
    pick_rule(office, "standard")
    page.form.rule_form.max_days.setValue(5)
    page.ask_publish()
    page.later.setChecked(True)
    page.effective.setDateTime(QDateTime(QDate(2026, 10, 20), QTime(6, 0)))
    page.confirm_button.click()
    settle(qtbot, window)
    assert "Version 2 published" in page.message.text()
    with UnitOfWork(shop.engine) as uow:
        row = uow.session.scalars(select(PolicyVersion).where(PolicyVersion.version == 2)).one()
        assert row.effective_from.isoformat() == "2026-10-20T03:00:00+00:00"  # Riga's 06:00
    scan(qtbot, window)  # the counter's 10 October: version 1 still decides
    assert window.return_page.view is not None
    assert window.return_page.view.line(1).badge == "refund"


def test_export_then_import_and_a_broken_file_is_named(
    office: BackOfficeWindow, tmp_path: Path
) -> None:
    page = office.policy
    out = tmp_path / "policy.json"
    page.export_file(out)
    data = json.loads(out.read_text("utf-8"))
    assert [r["id"] for r in data["rules"]][:2] == ["final-sale", "defective"]
    data["name"] = "Imported policy"
    out.write_text(json.dumps(data), "utf-8")
    page.import_file(out)
    assert (
        page.form.settings.name.text() == "Imported policy"
        and "Imported policy.json" in page.message.text()
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "x",\n "rules": [}', "utf-8")
    page.import_file(broken)
    assert "from broken.json: it is not JSON (line 2" in page.message.text()
    assert page.form.settings.name.text() == "Imported policy"  # nothing half-loaded


def test_exporting_over_the_database_is_refused_and_the_database_kept(
    office: BackOfficeWindow, shop: Shop
) -> None:
    database = Path(shop.engine.url.database)
    before = database.read_bytes()
    for target in (database, database.with_name(database.name + "-wal")):
        office.policy.export_file(target)
        assert "is a database file: give another file name" in office.policy.message.text()
    assert database.read_bytes() == before


def test_a_template_can_be_started_from(office: BackOfficeWindow) -> None:
    page = office.policy
    page.template.setCurrentIndex(page.template.findData("strict-electronics"))
    page.use_template.click()
    assert page.form.settings.name.text() == "Strict electronics policy"
    assert page.checked is not None and page.checked.ok


def test_people_are_added_given_roles_pins_and_deactivated(
    shop: Shop, office: BackOfficeWindow, window: CounterWindow, qtbot: QtBot
) -> None:
    page = office.people
    office.tabs.setCurrentWidget(page)
    assert page.people.rowCount() == 2
    page.new_code.setText("102")
    page.new_name.setText("Ieva Liepa")
    page.new_pin.setText("2468")
    page.add_button.click()
    settle(qtbot, window)
    assert "Ieva Liepa can sign in now." in page.message.text()
    assert page.people.rowCount() == 3 and page.new_name.text() == ""
    page.new_code.setText("102")  # taken: refused, and what was typed stays to be mended
    page.new_name.setText("Ilze")
    page.new_pin.setText("1357")
    page.add_button.click()
    settle(qtbot, window)
    assert "is Ieva Liepa's already" in page.message.text()
    assert (page.new_code.text(), page.new_name.text()) == ("102", "Ilze")
    page.table.selectRow(0)  # 101, Anna
    page.active_button.click()
    settle(qtbot, window)
    page.pin.setText("12")
    page.pin_button.click()
    settle(qtbot, window)
    assert "a PIN is 4 to 12 digits" in page.message.text()
    with UnitOfWork(shop.engine) as uow:
        rows = {e.code: e for e in uow.session.scalars(select(Employee))}
        assert not rows["101"].active and rows["102"].role == "cashier"


def add_people(shop: Shop) -> None:
    """Ilze 901, another manager, and Līga 999, the store's admin."""
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        add_employee(uow, store, code="901", name="Ilze", role=Role.MANAGER, pin="9010")
        add_employee(uow, store, code="999", name="Līga", role=Role.ADMIN, pin="8888")
        uow.commit()


def office_of(window: CounterWindow, qtbot: QtBot, code: str, pin: str) -> BackOfficeWindow:
    sign_in(qtbot, window, code=code, pin=pin)
    window.open_back_office()
    settle(qtbot, window)
    assert window.back_office is not None
    # the counter window closes (and deletes) its back office with itself
    window.back_office.tabs.setCurrentWidget(window.back_office.people)
    return window.back_office


def cells(page: PeoplePage, row: int) -> list[str]:
    return [page.people.index(row, column).data() for column in range(page.people.columnCount())]


def choose(page: PeoplePage, code: str) -> None:
    page.table.selectRow(
        next(r for r in range(page.people.rowCount()) if cells(page, r)[0] == code)
    )


def stored(shop: Shop) -> dict[str, tuple[str, str, bool]]:
    with UnitOfWork(shop.engine) as uow:
        return {
            e.code: (e.role, e.pin_hash, e.active) for e in uow.session.scalars(select(Employee))
        }


def test_a_manager_sees_the_admin_as_admin_and_cannot_touch_them(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    add_people(shop)
    page = office_of(window, qtbot, "900", "9999").people
    roles = {cells(page, r)[0]: cells(page, r)[2] for r in range(page.people.rowCount())}
    assert roles == {"101": "cashier", "900": "manager", "901": "manager", "999": "admin"}
    assert [page.role.itemText(i) for i in range(page.role.count())] == ["cashier", "manager"]
    assert page.new_role.findData("admin") == -1
    for code, name, role in (("999", "Līga", "an admin"), ("901", "Ilze", "a manager")):
        choose(page, code)
        controls = (page.role, page.role_button, page.pin, page.pin_button, page.active_button)
        assert not any(c.isEnabled() for c in controls), code
        assert page.why.text() == (
            f"{name} is {role}: only an admin may change their role, PIN or status."
        )
    choose(page, "900")  # himself: his own PIN only
    assert page.pin_button.isEnabled() and not page.role_button.isEnabled()
    assert not page.active_button.isEnabled()
    assert "You cannot change your own role; ask an admin." in page.why.text()
    choose(page, "101")
    assert page.role_button.isEnabled() and page.active_button.isEnabled()
    assert page.why.text() == ""


def test_a_manager_forcing_each_step_on_the_admin_is_refused_and_nothing_changes(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    """Buttons enabled by hand, as a tampered screen would: the services still refuse."""
    add_people(shop)
    page = office_of(window, qtbot, "900", "9999").people
    before = stored(shop)
    choose(page, "999")
    page.role.setEnabled(True)
    page.role.setCurrentIndex(page.role.findData("manager"))
    page.change_role()  # "Give this role": the demotion that only an admin could undo
    settle(qtbot, window)
    assert "Līga is an admin: only an admin may change" in page.message.text()
    page.pin.setText("4444")
    page.reset_pin()
    settle(qtbot, window)
    assert "Līga is an admin" in page.message.text()
    page.toggle_active()
    settle(qtbot, window)
    assert "Līga is an admin" in page.message.text()
    page.new_code.setText("998")
    page.new_name.setText("Mallory")
    page.new_pin.setText("1111")
    page.new_role.addItem("admin", "admin")
    page.new_role.setCurrentIndex(page.new_role.findData("admin"))
    page.add()
    settle(qtbot, window)
    assert "Only an admin gives the admin role; ask an admin" in page.message.text()
    assert stored(shop) == before  # Līga is still the admin, with her PIN, active
    window.sign_out.click()
    sign_in(qtbot, window, code="999", pin="4444")
    assert window.actor is None


def test_a_cashier_on_the_people_page_is_refused_every_step(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    add_people(shop)
    before = stored(shop)
    page = PeoplePage(window.counter, window.tasks, shop.cashier)
    qtbot.addWidget(page)
    page.start()
    settle(qtbot, window)
    assert "Seeing the employees needs a manager; Anna is a cashier" in page.message.text()
    assert [page.role.itemText(i) for i in range(page.role.count())] == ["cashier"]
    page._show(staff_seen_by(shop, shop.manager))  # a screen that somehow lists them
    for code in ("999", "901"):
        choose(page, code)
        page.role.setCurrentIndex(0)  # cashier, the one role a cashier's list holds
        for step in (page.change_role, page.toggle_active):
            page.message.clear()
            step()
            settle(qtbot, window)
            assert "needs a manager; Anna is a cashier" in page.message.text()
        page.pin.setText("4444")
        page.reset_pin()
        settle(qtbot, window)
        assert page.message.text() == "Resetting a PIN needs a manager; Anna is a cashier"
    page.new_role.addItem("admin", "admin")
    page.new_role.setCurrentIndex(page.new_role.findData("admin"))
    page.new_code.setText("998")
    page.new_name.setText("Mallory")
    page.new_pin.setText("1111")
    page.add()
    settle(qtbot, window)
    assert "Adding an employee needs a manager" in page.message.text()
    assert stored(shop) == before


def staff_seen_by(shop: Shop, who: Actor) -> people.Staff:
    with UnitOfWork(shop.engine) as uow:
        return people.staff(uow, shop.store(uow), who)


def test_the_admin_manages_managers_and_is_told_they_are_the_last_admin(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    add_people(shop)
    page = office_of(window, qtbot, "999", "8888").people
    roles = [page.new_role.itemText(i) for i in range(page.new_role.count())]
    assert roles == ["cashier", "manager", "admin"]
    choose(page, "999")
    assert not page.role_button.isEnabled() and not page.active_button.isEnabled()
    assert "Līga is the last active admin; make someone else an admin first." in page.why.text()
    assert page.pin_button.isEnabled()
    choose(page, "901")
    assert page.role_button.isEnabled() and page.pin_button.isEnabled()
    page.role.setCurrentIndex(page.role.findData("cashier"))
    page.role_button.click()
    settle(qtbot, window)
    assert "Role changed." in page.message.text()
    assert stored(shop)["901"][0] == "cashier"


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_the_people_page_says_why_in_its_language_and_nothing_is_cut_off(
    shop: Shop, window: CounterWindow, qtbot: QtBot, lang: str
) -> None:
    add_people(shop)
    window.set_language(lang)
    office = office_of(window, qtbot, "900", "9999")
    office.resize(1024, 768)
    page = office.people
    choose(page, "999")
    qtbot.wait(50)
    if lang == "lv":
        assert cells(page, 3)[2] == "administrators"
        assert page.why.text().startswith("Līga ir administrators: šī darbinieka lomu")
    assert page.role.currentIndex() == -1  # not "cashier" beside an admin
    assert cut_off(office) == []
    choose(page, "900")  # himself: two reasons
    qtbot.wait(50)
    assert len(page.why.text().splitlines()) == 2
    assert cut_off(office) == []


def test_reasons_and_a_test_page(
    shop: Shop, office: BackOfficeWindow, window: CounterWindow, qtbot: QtBot
) -> None:
    page = office.settings
    office.tabs.setCurrentWidget(page)
    reasons = page.reason_lines
    assert reasons.rowCount() == 6 and page.name.text() == "Riga Centre"
    reasons.setData(reasons.index(0, 1), "Wrong size or fit")
    page.save_reasons.click()
    settle(qtbot, window)
    with UnitOfWork(shop.engine) as uow:
        label = uow.session.scalars(select(Reason.label).where(Reason.code == "wrong-size")).one()
    assert label == "Wrong size or fit"
    page.registers.setCurrentIndex(page.printers.index(0, 1))
    page.test_button.click()
    settle(qtbot, window)
    assert "Test page sent to R1's printer" in page.message.text()


def test_a_printer_on_the_database_file_is_refused_in_the_settings(
    shop: Shop, office: BackOfficeWindow, window: CounterWindow, qtbot: QtBot
) -> None:
    page = office.settings
    office.tabs.setCurrentWidget(page)
    database = Path(shop.engine.url.database)
    page.registers.setCurrentIndex(page.printers.index(0, 1))
    page.printers.setData(page.printers.index(0, 1), f"file://{database}")
    page.save_printer.click()
    settle(qtbot, window)
    assert f"{database} is a file, which a printer would write over" in page.message.text()
    with UnitOfWork(shop.engine) as uow:
        assert uow.session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_the_history_lists_opens_and_checks_the_journal(
    office: BackOfficeWindow, window: CounterWindow, qtbot: QtBot
) -> None:
    page = window.return_page
    scan(qtbot, window)
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    page.complete()
    settle(qtbot, window)
    history = office.history
    office.tabs.setCurrentWidget(history)
    history.first.setDate(QDate(2026, 10, 1))
    history.last.setDate(QDate(2026, 10, 31))
    history.find()
    settle(qtbot, window)
    assert history.returns.rowCount() == 1
    history.table.selectRow(0)
    settle(qtbot, window)
    assert "standard" in history.decision.toPlainText()
    assert history.preview.document is not None
    history.overrides.setChecked(True)
    history.find()
    settle(qtbot, window)
    assert history.returns.rowCount() == 0 and "No return matches" in history.message.text()
    history.verify()
    settle(qtbot, window)
    assert "entries are intact" in history.journal.text()


def test_a_cashier_is_kept_out(shop: Shop, window: CounterWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, window)  # Anna, a cashier
    window.open_back_office()
    assert window.back_office is None
    assert "for managers" in window.return_page.message.text()
    with pytest.raises(PermissionDenied):
        BackOfficeWindow(window.counter, shop.cashier)
