"""The counter screen driven like a cashier drives it, with pytest-qt, offscreen, on a real
SQLite store (the example receipt and policy; a fixed clock seven days after the sale)."""

from __future__ import annotations

import re
import socket

import pytest
from integration.shop import Shop
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_returns.printing.queue import set_register_printer
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Approval, PrintJob, Return
from pos_returns.ui.counter import CounterWindow
from pos_returns.ui.lines_model import Column
from ui.driving import (
    AT,
    NUMBER,
    cell,
    click_override,
    count,
    cut_off,
    pick,
    pickable,
    picked,
    scan,
    settle,
    sign_in,
    state_editor,
)


def test_a_wrong_pin_is_refused_slowed_down_and_five_lock_the_employee(
    window: CounterWindow, qtbot: QtBot
) -> None:
    page = window.sign_in_page
    page.slowdown_ms = 200  # the test's own pace; the till waits 1.5 s more per wrong PIN
    sign_in(qtbot, window, pin="0000")
    assert "Wrong PIN for 101 (4 tries left)" in page.message.text()
    assert not page.button.isEnabled()  # slowed down
    assert window.pages.currentWidget() is page
    for _ in range(4):
        qtbot.waitUntil(page.button.isEnabled, timeout=10_000)
        page.pin.setText("0000")
        page.submit()
        settle(qtbot, window)
    assert "locked for 15 minutes" in page.message.text()
    qtbot.waitUntil(page.button.isEnabled, timeout=10_000)
    page.pin.setText("1234")  # the right PIN no longer helps
    page.submit()
    settle(qtbot, window)
    assert "is locked after 5 wrong PINs" in page.message.text()


def test_the_keypad_types_the_code_and_pin(window: CounterWindow, qtbot: QtBot) -> None:
    page = window.sign_in_page
    for key in ("1", "0", "1", "OK", "1", "2", "3", "5", "⌫", "4", "OK"):
        qtbot.mouseClick(page.findChild(type(page.button), f"key_{key}"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.pages.currentWidget() is window.return_page
    assert "Anna" in window.who.text()


def test_a_standard_return_takes_four_actions_after_signing_in(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    """Only these four things are done to the screen; each has to be enough (focus where
    the next key goes, defaults that fit) for the return to complete."""
    sign_in(qtbot, window)
    page = window.return_page
    actions = []
    scan(qtbot, window)  # 1: scan
    actions.append("scan")
    # 2: accept the default lines (the ones the policy allows, all that is left)
    assert [line.line for line in page.view.lines if line.selectable] == [1, 2]
    actions.append("accept the picked lines")
    assert page.reason.hasFocus()  # 3: the reason, from the keyboard
    qtbot.keyClick(page.reason, Qt.Key.Key_Down)
    settle(qtbot, window)
    actions.append("reason")
    assert page.reason.currentData() == "wrong-size"
    assert page.complete_button.isEnabled()
    assert "Refund €91.79 to VISA 1234" in page.summary.text()
    assert "Give €42.21 cash" in page.summary.text()
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 4: complete
    actions.append("complete")
    settle(qtbot, window)
    assert len(actions) == 4
    assert count(shop, Return) == 1
    assert re.match(r"Return S01-R1-[0-9A-Z]{4}-RT000001 completed", page.message.text())
    assert page.preview.document is not None  # the receipt, shown
    qtbot.waitUntil(lambda: "RETURN RECEIPT" in " ".join(page.preview.document.text_blocks()))
    assert page.scan.text() == "" and page.view is None  # ready for the next customer
    assert page.recent.count() == 1


def test_a_final_sale_line_cannot_be_picked_and_says_why(
    window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    assert not pickable(page, 3) and not picked(page, 3)  # the candle
    assert cell(page, 3, Column.POLICY) == "Not returnable"
    assert "Final-sale items: not returnable." in cell(page, 3, Column.ITEM)


def test_what_was_returned_already_cannot_come_back_again(
    window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    page.complete()
    settle(qtbot, window)
    scan(qtbot, window)
    assert [x.badge for x in page.view.lines] == ["", "", "deny"]
    assert cell(page, 1, Column.POLICY) == "All returned"
    assert not any(pickable(page, line) for line in (1, 2, 3))
    assert not page.complete_button.isEnabled()


def test_an_unknown_number_says_so_and_suggests_the_other_searches(
    window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window, "S01-R9-424242")
    text = window.return_page.message.text()
    assert "No receipt 'S01-R9-424242' here" in text and "by card and date" in text


def test_the_services_sentences_follow_the_screens_language(
    window: CounterWindow, qtbot: QtBot
) -> None:
    window.set_language("lv")
    sign_in(qtbot, window, pin="0000")
    page = window.sign_in_page
    assert "Nepareizs PIN kodam 101 (atlikuši 4 mēģinājumi)" in page.message.text()
    qtbot.waitUntil(page.button.isEnabled, timeout=10_000)
    window.set_language("fr")
    page.pin.setText("1234")
    page.submit()
    settle(qtbot, window)
    scan(qtbot, window, "S01-R9-424242")
    text = window.return_page.message.text()
    assert "Pas de ticket 'S01-R9-424242' ici" in text and "par carte et date" in text
    scan(qtbot, window, "???")
    assert "n'est pas un numéro de ticket" in window.return_page.message.text()


def test_a_big_refund_needs_a_manager_on_the_same_screen(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:  # a manager's threshold under this refund
        from pos_returns.store.models import PolicyVersion

        row = uow.session.scalars(select(PolicyVersion)).one()
        document = {**row.document, "manager_approval": {"refund_over": "50.00"}}
        from pos_returns.services.policies import publish_policy

        publish_policy(uow, shop.store(uow), shop.manager, document, AT)
        uow.commit()
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    assert page.approval.isVisible()
    assert "Refunds over €50.00 need a manager's approval." in page.approval_reasons.text()
    page.complete()  # without the manager: refused on the screen, nothing written
    assert "A manager types their code and PIN" in page.message.text()
    qtbot.keyClicks(page.manager_code, "900")
    qtbot.keyClicks(page.manager_pin, "9999")
    qtbot.keyClicks(page.manager_note, "regular customer")
    page.complete()
    settle(qtbot, window)
    assert count(shop, Return) == 1
    with UnitOfWork(shop.engine) as uow:
        approval = uow.session.scalars(select(Approval)).one()
        assert approval.note == "regular customer"


def test_with_the_printer_off_the_return_completes_and_the_receipt_waits(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        off = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    with UnitOfWork(shop.engine, write=True) as uow:
        set_register_printer(uow, shop.store(uow), shop.manager, "R1", url=off)
        uow.commit()
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    page.complete()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "Printer offline" in window.printer.text(), timeout=15_000)
    assert count(shop, Return) == 1
    assert "1 receipts waiting" in window.waiting.text()
    with UnitOfWork(shop.engine) as uow:
        assert uow.session.scalars(select(PrintJob.status)).all() == ["queued"]
    window.set_language("fr")  # and the status bar says it in the screen's language
    page.reprint()
    qtbot.waitUntil(
        lambda: "Imprimante hors ligne : vérifiez le câble et le papier" in page.message.text(),
        timeout=15_000,
    )


def test_store_credit_is_one_tap_away_and_shows_its_bonus(
    window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    assert page.store_credit.isVisible()
    assert page.store_credit.text() == "or €147.40 store credit, 10% more"
    qtbot.mouseClick(page.store_credit, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Store credit: €147.40" in page.summary.text()
    assert "VISA" not in page.summary.text()


def test_the_condition_changes_the_answer(window: CounterWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    condition, _goes_to = state_editor(page, 2)
    condition.setCurrentIndex(condition.findData("opened"))
    settle(qtbot, window)
    assert "Restocking fees: €13.35" in page.summary.text()


def test_signing_out_goes_back_to_the_sign_in_page(window: CounterWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, window)
    qtbot.mouseClick(window.sign_out, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.sign_in_page
    assert window.who.text() == "Nobody signed in"


@pytest.mark.parametrize(
    ("how", "text", "first"),
    [
        ("customer", "C-1001", None),
        ("card", "visa 1234", "2026-10-03"),
        ("item", "8806094934751", None),
    ],
)
def test_a_lost_receipt_is_found_by_customer_card_or_item(
    window: CounterWindow, qtbot: QtBot, how: str, text: str, first: str | None
) -> None:
    sign_in(qtbot, window)
    page = window.return_page
    page.search_bar.how.setCurrentIndex(page.search_bar.how.findData(how))
    if first is not None:
        page.search_bar.first.setDate(QDate.fromString(first, "yyyy-MM-dd"))
    qtbot.keyClicks(page.search_bar.text, text)
    qtbot.keyClick(page.search_bar.text, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert page.sales.count() == 1 and page.sales.hasFocus()
    assert page.sales.item(0).text().startswith(NUMBER)
    qtbot.keyClick(page.sales, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert page.view is not None and page.view.number == NUMBER


def test_a_search_that_finds_nothing_says_what_to_check(
    window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    page = window.return_page
    qtbot.keyClicks(page.search_bar.text, "C-0000")
    page.search()
    settle(qtbot, window)
    assert "No sale found" in page.message.text()
    page.search_bar.text.clear()
    page.search()
    settle(qtbot, window)
    assert "Type the customer's number" in page.message.text()


def test_reason_other_asks_for_a_short_note(window: CounterWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    assert not page.note.isVisible()
    page.reason.setCurrentIndex(page.reason.findData("other"))
    settle(qtbot, window)
    assert page.note.isVisible()
    page.complete()
    settle(qtbot, window)
    assert "needs a short note" in page.message.text()  # refused; nothing written
    qtbot.keyClicks(page.note, "bought two by mistake")
    page.complete()
    settle(qtbot, window)
    assert "completed" in page.message.text()


def test_the_screen_locks_itself_when_nobody_uses_it(window: CounterWindow, qtbot: QtBot) -> None:
    window.idle.setInterval(300)
    sign_in(qtbot, window)
    assert window.pages.currentWidget() is window.return_page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in_page, timeout=5_000)
    assert window.actor is None


def test_the_receipt_can_be_in_the_customers_language(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    page.receipt_language.setCurrentIndex(page.receipt_language.findData("lv"))
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    page.complete()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.preview.document is not None, timeout=10_000)
    assert "ATGRIEŠANAS ČEKS" in " ".join(page.preview.document.text_blocks())


def test_a_manager_overrides_a_not_returnable_line(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    for line in (1, 2):  # only the final-sale candle comes back
        pick(page, line, False)
    click_override(qtbot, page, 3)
    page.reason.setCurrentIndex(page.reason.findData("defective"))
    settle(qtbot, window)
    assert cell(page, 3, Column.POLICY) == "Override: refund"
    assert page.approval.isVisible()
    assert "A manager overrides the policy on line 3." in page.approval_reasons.text()
    qtbot.keyClicks(page.manager_code, "900")
    qtbot.keyClicks(page.manager_pin, "9999")
    page.complete()
    settle(qtbot, window)
    assert "completed" in page.message.text()
    with UnitOfWork(shop.engine) as uow:
        assert uow.session.scalars(select(Approval.kind)).all() == ["override"]


def test_where_the_item_goes_follows_its_condition(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    pick(page, 2, False)
    condition, goes_to = state_editor(page, 1)
    assert goes_to.currentData() == "restock"
    condition.setCurrentIndex(condition.findData("defective"))
    assert goes_to.currentData() == "vendor"
    condition.setCurrentIndex(condition.findData("damaged"))
    assert goes_to.currentData() == "damaged"
    condition.setCurrentIndex(condition.findData("opened"))
    assert goes_to.currentData() == "restock"
    goes_to.setCurrentIndex(goes_to.findData("vendor"))  # the cashier knows better
    page.reason.setCurrentIndex(1)
    settle(qtbot, window)
    page.complete()
    settle(qtbot, window)
    with UnitOfWork(shop.engine) as uow:
        from pos_returns.store.models import ReturnLine

        assert uow.session.scalars(select(ReturnLine.disposition)).all() == ["vendor"]


def test_the_screens_language_switches_while_it_runs(window: CounterWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    pick(page, 2, False)  # what the cashier did...
    page.reason.setCurrentIndex(page.reason.findData("gift"))
    page.receipt_language.setCurrentIndex(page.receipt_language.findData("nl"))
    settle(qtbot, window)
    window.findChild(QAction, "language_lv").trigger()
    settle(qtbot, window)
    assert window.pages.currentWidget() is page  # still signed in...
    assert page.view is not None and page.view.number == NUMBER  # ...with the receipt open
    assert page.complete_button.text() == "Pabeigt atgriešanu"
    assert cell(page, 3, Column.POLICY) == "Neatgriežams"
    assert "Preces bez atgriešanas tiesībām" in cell(page, 3, Column.ITEM)
    assert not picked(page, 2)  # ...stays as it was
    assert page.reason.currentData() == "gift"
    assert page.reason.currentText() == "Nevēlama dāvana"  # the default reasons, translated
    assert page.receipt_language.currentData() == "nl"
    assert "Atmaksāt" in page.summary.text()  # the amounts, in the new language
    assert window.who.text() == "Pieslēdzies: Anna"
    window.findChild(QAction, "language_en").trigger()
    settle(qtbot, window)
    assert window.return_page.complete_button.text() == "Complete return"


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "lv"])
def test_no_label_is_cut_off_at_1024_by_768(window: CounterWindow, qtbot: QtBot, lang: str) -> None:
    window.resize(1024, 768)
    window.set_language(lang)
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    click_override(qtbot, page, 3)  # the approval panel too
    settle(qtbot, window)
    qtbot.wait(50)
    assert cut_off(window) == []


def test_nothing_of_a_customer_stays_for_the_next(window: CounterWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    page.manager_code.setText("900")
    page.manager_pin.setText("9999")
    page.store_credit.setChecked(True)
    page.reason.setCurrentIndex(page.reason.findData("other"))
    page.note.setText("a note")
    settle(qtbot, window)
    scan(qtbot, window)  # the next customer's receipt
    assert (page.manager_code.text(), page.manager_pin.text(), page.note.text()) == ("", "", "")
    assert not page.store_credit.isChecked() and page.reason.currentData() is None
    page.manager_pin.setText("9999")
    qtbot.mouseClick(window.sign_out, Qt.MouseButton.LeftButton)  # and after signing out
    sign_in(qtbot, window)
    assert page.view is None and page.manager_pin.text() == "" and page.table.rowCount() == 0


def test_the_screen_stays_unlocked_while_someone_uses_it(
    window: CounterWindow, qtbot: QtBot
) -> None:
    window.idle.setInterval(400)
    sign_in(qtbot, window)
    page = window.return_page
    for _ in range(8):  # 1.2 s of typing, in bits shorter than the idle time
        qtbot.keyClick(page.scan, Qt.Key.Key_A)
        qtbot.wait(150)
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.sign_in_page, timeout=5_000)


def test_enter_does_not_skip_the_wait_after_a_wrong_pin(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    page = window.sign_in_page
    page.slowdown_ms = 5_000
    sign_in(qtbot, window, pin="0000")
    assert "4 tries left" in page.message.text()
    qtbot.keyClicks(page.pin, "0000")
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)  # too soon: refused on the screen
    settle(qtbot, window)
    assert "4 tries left" in page.message.text()


def test_a_return_is_completed_once_however_often_ctrl_enter_is_pressed(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    page.reason.setCurrentIndex(1)
    # Pressed before the amounts are worked out: it completes once they are.
    for _ in range(3):
        qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert count(shop, Return) == 1
    assert "completed" in page.message.text()


def test_a_scan_goes_to_the_scan_field_wherever_the_focus_is(
    window: CounterWindow, qtbot: QtBot
) -> None:
    sign_in(qtbot, window)
    scan(qtbot, window)
    page = window.return_page
    assert page.reason.hasFocus()
    qtbot.keyClicks(page.reason, "S01R2000123")  # the scanner, while the reason has focus
    assert page.scan.text() == "S01R2000123" and page.scan.hasFocus()
