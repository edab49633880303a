"""For a lost receipt: find the sale by customer, by card and day, or by item and days, and
pick it from the sales found; and the way into a return without any receipt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from pos_returns.i18n import wording
from pos_returns.services.counter import SEARCHES, SaleHit, search_sales
from pos_returns.ui.common import font

if TYPE_CHECKING:
    from pos_returns.ui.return_page import ReturnPage


@dataclass(frozen=True)
class SaleQuery:
    how: str  # one of SEARCHES
    text: str
    first: date
    last: date


class SearchBar(QWidget):
    """One row: how to search, what, between which days, the button; and "No receipt"."""

    asked = Signal()  # Enter in the text, or the button

    def __init__(self) -> None:
        super().__init__()
        self.how = QComboBox(objectName="searchHow")
        for how in SEARCHES:
            self.how.addItem("", how)
        self.text = QLineEdit(objectName="searchText")
        self.text.returnPressed.connect(self.asked)
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(-30), objectName="searchFrom")
        self.last = QDateEdit(today, objectName="searchTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
        self.button = QPushButton(objectName="search")
        self.button.clicked.connect(self.asked)
        self.no_receipt = QPushButton(objectName="noReceipt")
        self.no_receipt.setCheckable(True)
        self.label = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.how)
        row.addWidget(self.text, 1)
        row.addWidget(self.first)
        row.addWidget(self.last)
        row.addWidget(self.button)
        row.addSpacing(12)
        row.addWidget(self.no_receipt)

    def retranslate(self) -> None:
        self.no_receipt.setText(self.tr("No receipt"))
        for index, text in enumerate(
            (self.tr("by customer"), self.tr("by card and day"), self.tr("by item and days"))
        ):
            self.how.setItemText(index, text)
        self.text.setPlaceholderText(self.tr('Customer no., "VISA 1234" or item code'))
        self.button.setText(self.tr("Find the sale"))
        self.label.setText(self.tr("No receipt number? Find the sale"))

    def query(self) -> SaleQuery:
        return SaleQuery(
            str(self.how.currentData()),
            self.text.text(),
            self.first.date().toPython(),
            self.last.date().toPython(),
        )

    def set_today(self, today: date) -> None:
        """The last 30 days up to `today` (the counter's clock)."""
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.first.setDate(self.last.date().addDays(-30))

    def set_no_receipt(self, on: bool) -> None:
        """The button as it is, without saying so."""
        self.no_receipt.blockSignals(True)
        self.no_receipt.setChecked(on)
        self.no_receipt.blockSignals(False)


class SalesList(QListWidget):
    """The sales a search found; Enter or a double click opens one (`chosen`)."""

    chosen = Signal(str)  # the sale's receipt number

    def __init__(self) -> None:
        super().__init__(objectName="sales")
        self.setFont(font(13))
        self.itemActivated.connect(
            lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def show_hits(self, hits: list[SaleHit], lang: str, timezone: str) -> None:
        words = wording(lang)
        self.clear()
        for hit in hits:
            when = words.fmt.moment(hit.sold_at, timezone)
            item = QListWidgetItem(
                f"{hit.number}   {when}   {words.fmt.money(hit.total)}   {hit.customer or ''}"
            )
            item.setData(Qt.ItemDataRole.UserRole, hit.number)
            self.addItem(item)
        if hits:
            self.setCurrentRow(0)
            self.setFocus()


class LostReceiptFlow(QObject):
    """The return page's search for a lost receipt: the sales found in the main area, and
    the one picked opened as if it were scanned."""

    def __init__(self, page: ReturnPage) -> None:
        super().__init__(page)
        self.page = page

    def search(self) -> None:
        page, query, counter = self.page, self.page.search_bar.query(), self.page.counter

        def work() -> list[SaleHit]:
            db, store = counter.engine, counter.store_code
            return search_sales(
                db, store, query.how, query.text, first=query.first, last=query.last
            )

        page.message.setText(self.tr("Looking for the sale…"))
        page.tasks.run(work, *page.latest(self._show))

    def _show(self, hits: list[SaleHit]) -> None:
        page = self.page
        page.view = None
        page.table.clear_lines()
        page.reset_choices()
        page.heading.clear()
        page.main.setCurrentWidget(page.sales)
        page.sales.show_hits(hits, page.lang, page.counter_timezone())
        page.message.setText(
            self.tr("{n} sales found: pick one (Enter or double-click).").format(n=len(hits))
            if hits
            else self.tr("No sale found: check what you typed and the days.")
        )

    def open_sale(self, number: str) -> None:
        self.page.scan.setText(number)
        self.page.find()
