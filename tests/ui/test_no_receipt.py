"""A return without a receipt on the counter screen, driven with pytest-qt on a real SQLite
store: items scanned one by one, priced at their lowest recent price, the customer's ID
asked because the policy wants it, a manager's approval, store credit."""

from __future__ import annotations

import pytest
from integration.shop import RECEIPT, Shop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Approval, Return, ReturnLine, StoreCredit
from pos_returns.ui.counter import CounterWindow
from pos_returns.ui.lines_model import Column
from ui.driving import cell, count, cut_off, scan, settle, sign_in

SCARF = RECEIPT["lines"][0]["sku"]  # 45.00 for two on the receipt: 22.50 a piece
HEADPHONES = RECEIPT["lines"][1]["sku"]


def start(qtbot: QtBot, window: CounterWindow) -> None:
    sign_in(qtbot, window)
    page = window.return_page
    qtbot.mouseClick(page.no_receipt_button, Qt.MouseButton.LeftButton)
    assert page.no_receipt and page.scan.hasFocus()
    if window.lang == "en":
        assert "item code" in page.scan.placeholderText()


def approve(qtbot: QtBot, window: CounterWindow) -> None:
    page = window.return_page
    assert page.approval.isVisible()
    qtbot.keyClicks(page.manager_code, "900")
    qtbot.keyClicks(page.manager_pin, "9999")


def test_items_without_a_receipt_are_scanned_priced_and_returned_for_store_credit(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    start(qtbot, window)
    page = window.return_page
    for code in (SCARF, HEADPHONES, SCARF):  # the scanner: one item at a time
        scan(qtbot, window, code)
    assert [(x.sku, x.qty) for x in page.view.lines] == [(SCARF, 2), (HEADPHONES, 1)]
    assert "2 / 0" not in cell(page, 1, Column.BOUGHT)  # nothing "bought" to show
    item = cell(page, 1, Column.ITEM)
    assert "Wool scarf" in item and "Lowest price of the last 90 days: €22.50." in item
    scarves = page.table.choices()[1]
    assert (scarves.picked, scarves.qty) == (True, 2)  # both scarves, picked
    assert "items scanned: 3" in page.heading.text()
    assert page.customer_id_form.isVisible()  # the policy asks for an ID
    assert "customer's ID" in page.approval_reasons.text()
    qtbot.keyClicks(page.customer_id_form.field, "LV 120395-10304")
    qtbot.keyClick(page.customer_id_form.field, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert "customer's ID" not in page.approval_reasons.text()
    assert "Store credit: €134.00" in page.summary.text()  # 2 × 22.50 + 89.00
    page.reason.setCurrentIndex(page.reason.findData("changed-mind"))
    approve(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert "completed" in page.message.text(), page.message.text()
    with UnitOfWork(shop.engine) as uow:
        row = uow.session.scalars(select(Return)).one()
        assert row.receipt_id is None and len(row.customer_id_hash or "") == 64
        lines = uow.session.scalars(select(ReturnLine).order_by(ReturnLine.position)).all()
        assert [(x.sku, x.qty, x.receipt_line_id) for x in lines] == [
            (SCARF, 2, None),
            (HEADPHONES, 1, None),
        ]
        credit = uow.session.scalars(select(StoreCredit)).one()
        assert credit.value_minor == 13400
    qtbot.waitUntil(lambda: page.preview.document is not None)
    text = " ".join(page.preview.document.text_blocks())
    assert "Returned without a receipt" in text
    assert not page.no_receipt and "receipt number" in page.scan.placeholderText()


def test_an_item_with_no_price_says_so_and_the_scanned_ones_stay(
    window: CounterWindow, qtbot: QtBot
) -> None:
    start(qtbot, window)
    page = window.return_page
    scan(qtbot, window, SCARF)
    scan(qtbot, window, "4750000099999")
    assert "did not sell here in the last 90 days" in page.message.text()
    assert page.scanned == ((SCARF, 1),) and len(page.view.lines) == 1
    assert page.table.rowCount() == 1


def test_an_id_typed_just_before_completing_is_the_one_used(
    shop: Shop, window: CounterWindow, qtbot: QtBot
) -> None:
    start(qtbot, window)
    page = window.return_page
    scan(qtbot, window, SCARF)
    page.reason.setCurrentIndex(page.reason.findData("wrong-size"))
    settle(qtbot, window)
    page.customer_id_form.field.setText("LV12039510304")  # no Enter: the quote is older
    approve(qtbot, window)
    page.complete()
    settle(qtbot, window)
    assert count(shop, Return) == 1, page.message.text()
    with UnitOfWork(shop.engine) as uow:
        approval = uow.session.scalars(select(Approval)).one()
        assert approval.reasons == ["rule:no-receipt"]  # not "no ID"


def test_leaving_the_return_without_a_receipt_scans_receipts_again(
    window: CounterWindow, qtbot: QtBot
) -> None:
    start(qtbot, window)
    page = window.return_page
    scan(qtbot, window, SCARF)
    qtbot.mouseClick(page.no_receipt_button, Qt.MouseButton.LeftButton)
    assert not page.no_receipt and page.view is None and page.table.rowCount() == 0
    assert not page.customer_id_form.isVisible()
    scan(qtbot, window)  # the example receipt's number
    assert page.view is not None and page.view.number == RECEIPT["receipt_number"]


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "lv"])
def test_no_label_is_cut_off_at_1024_by_768_without_a_receipt(
    window: CounterWindow, qtbot: QtBot, lang: str
) -> None:
    window.resize(1024, 768)
    window.set_language(lang)
    start(qtbot, window)
    for code in (SCARF, HEADPHONES):
        scan(qtbot, window, code)
    assert window.return_page.customer_id_form.isVisible()
    qtbot.wait(50)
    assert cut_off(window) == []
