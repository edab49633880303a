"""A return without a receipt on the return page: "No receipt" turns the scan field into an
item scanner; each item scanned is priced and decided with the others; what is picked is
asked of the policy as items numbered 1, 2, ... in the order scanned."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_returns.domain.model import Prefer
from pos_returns.services.counter import ReceiptView, scanned_items
from pos_returns.services.errors import ServiceError
from pos_returns.services.returns import DecideReturn
from pos_returns.ui.lines import LinesTable
from pos_returns.ui.no_receipt import Scanned, add_scan, keep_after_scan

if TYPE_CHECKING:
    from pos_returns.ui.return_page import ReturnPage


def request_for(
    view: ReceiptView,
    table: LinesTable,
    scanned: Scanned,
    *,
    at: datetime,
    store_credit: bool,
    customer_id: str | None,
) -> DecideReturn | None:
    """What the cashier asks of the policy for the lines picked in `table` (None: nothing
    picked). Without a receipt the picked items are numbered 1, 2, ... as picked, each
    with its item code, and the customer's ID goes with them."""
    items = table.picked()
    if not items:
        return None
    prefer = Prefer.STORE_CREDIT if store_credit else Prefer.ORIGINAL
    if view.number is not None:
        return DecideReturn(view.number, items, at, prefer, overrides=table.overrides())
    codes = dict(enumerate((sku for sku, _qty in scanned), 1))
    overrides = table.overrides()
    picked = [(n, replace(item, sku=codes[item.line])) for n, item in enumerate(items, 1)]
    return DecideReturn(
        None,
        tuple(replace(item, line=n) for n, item in picked),
        at,
        prefer,
        overrides={n: overrides[item.line] for n, item in picked if item.line in overrides},
        customer_id=customer_id,
    )


class NoReceiptFlow(QObject):
    """The return page's return without a receipt: on or off, and the items scanned."""

    def __init__(self, page: ReturnPage) -> None:
        super().__init__(page)
        self.page = page
        self.on = False
        self.scanned: Scanned = ()  # the items scanned so far

    def toggled(self, on: bool) -> None:
        """Start a return without a receipt (the scan field takes item codes), or leave it."""
        page = self.page
        page.clear()
        if not on:
            return
        self.on = True
        page.search_bar.set_no_receipt(True)
        page.retranslate()
        page.recent_panel.hide()
        page.main.setCurrentWidget(page.table)
        page.heading.setText(self.tr("Without a receipt: scan each item brought back"))
        page.message.setText(
            self.tr("Scan the items one by one; each is priced at its lowest recent price.")
        )
        page.scan.setFocus()

    def leave(self) -> None:
        """Back to receipts (the page clears the rest)."""
        self.on = False
        self.scanned = ()
        self.page.search_bar.set_no_receipt(False)

    def scan_item(self, text: str) -> None:
        """One more item scanned: priced and decided with the others, then shown."""
        page = self.page
        if not text:
            page.message.setText(self.tr("Scan the item's barcode or type its code."))
            return
        try:
            scanned = add_scan(self.scanned, text)
        except ServiceError as error:
            page.say_error(error)
            return
        page.scan.clear()
        before, kept = self.scanned, page.table.choices()
        counter, lang = page.counter, page.lang

        def work() -> ReceiptView:
            db, store = counter.engine, counter.store_code
            return scanned_items(db, store, scanned, counter.clock(), lang)

        def show(view: ReceiptView) -> None:
            if not self.on:
                return  # the cashier left the return without a receipt meanwhile
            self.scanned = scanned
            page.show_receipt_view(view, keep_after_scan(kept, before, scanned))
            page.scan.setFocus()  # ready for the next item

        page.message.setText(self.tr("Looking up {number}…").format(number=text))
        page.tasks.run(work, *page.latest(show))

    def heading(self, view: ReceiptView) -> str:
        """The heading over the items scanned; the ID form when the policy asks for it."""
        self.page.customer_id_form.setVisible(view.id_required)
        count = sum(x.qty for x in view.lines)
        return self.tr("Without a receipt; items scanned: {n} (scan the next one)").format(n=count)
