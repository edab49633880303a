"""The return page: scan, pick what comes back, see where the money goes, complete.

Keyboard and scanner first: a scanner types the number and presses Enter; the lines the
policy allows are picked with what is left of them; one reason is picked; Ctrl+Enter (or
the big button) completes. Its panels: the search for a lost receipt (`search_bar`), the
lines (`lines`), the form beside them (`return_form`), the recent returns
(`recent_returns`); a return without a receipt is `no_receipt_flow`'s. Every database and
printer call runs off the screen's thread and is a use case of the services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_returns.i18n import wording
from pos_returns.services.auth import Actor
from pos_returns.services.chain import look_up_anywhere, quote_here
from pos_returns.services.counter import (
    CounterStart,
    Quote,
    ReceiptView,
    counter_start,
    receipt_view,
    scanned_items,
)
from pos_returns.services.returns import DecideReturn
from pos_returns.sync.lookup import chain_for
from pos_returns.ui.common import Counter, font, sentence
from pos_returns.ui.completion import Completion
from pos_returns.ui.lines import LinesTable
from pos_returns.ui.lines_model import Choices
from pos_returns.ui.no_receipt import Scanned
from pos_returns.ui.no_receipt_flow import NoReceiptFlow, request_for
from pos_returns.ui.preview import ReceiptPreview
from pos_returns.ui.receipt_copies import ReceiptCopies
from pos_returns.ui.recent_returns import RecentReturns
from pos_returns.ui.return_form import ReturnForm
from pos_returns.ui.search_bar import LostReceiptFlow, SalesList, SearchBar
from pos_returns.ui.tasks import Tasks

Answer = TypeVar("Answer")


class ReturnPage(QWidget):
    """Scan, pick, complete; the receipt preview and the recent returns beside it."""

    completed = Signal(object)  # ReturnCompleted

    def __init__(self, counter: Counter, tasks: Tasks, lang: str = "en") -> None:
        super().__init__()
        self.counter = counter
        self.tasks = tasks
        self.actor: Actor | None = None
        self.view: ReceiptView | None = None
        self.current: Quote | None = None
        self.lang = lang  # the screen's: badges, sentences and amounts are in it
        self._asked = 0  # the newest look-up or quote asked for; older answers are dropped
        self.printing: Tasks | None = None  # the window's printer thread
        self._timezone: str | None = None
        self.quoted: DecideReturn | None = None  # what the summary on screen was worked out for
        self.offline = False  # the central database did not answer the last sync
        self.no_receipt_flow = NoReceiptFlow(self)
        self.completion = Completion(self)
        self.lost_receipt = LostReceiptFlow(self)
        self.copies = ReceiptCopies(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self._build_work())
        self.retranslate()

    def _build_work(self) -> QWidget:
        """The scan field, the receipt's lines and the side panel that completes."""
        self.scan = QLineEdit(objectName="scan")
        self.scan.setFont(font(16))
        self.scan.setMinimumHeight(44)
        self.scan.returnPressed.connect(self.find)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setFont(font(12))
        self.search_bar = SearchBar()
        self.search_bar.asked.connect(self.lost_receipt.search)
        self.no_receipt_button = self.search_bar.no_receipt
        self.no_receipt_button.toggled.connect(self.no_receipt_flow.toggled)
        self.heading = QLabel(objectName="receiptHeading")
        self.heading.setFont(font(13, bold=True))
        self.heading.setWordWrap(True)
        self.table = LinesTable()
        self.table.changed.connect(self.requote)
        # The lines while a receipt is open; the last receipt's preview between customers.
        self.main = QStackedWidget(objectName="main")
        self.main.addWidget(self.table)
        self.preview = ReceiptPreview()
        self.main.addWidget(self.preview)
        self.sales = SalesList()
        self.sales.chosen.connect(self.lost_receipt.open_sale)
        self.main.addWidget(self.sales)
        middle = QHBoxLayout()
        middle.addWidget(self.main, 1)
        middle.addWidget(self._build_side())
        work = QVBoxLayout()
        for widget in (self.scan, self.search_bar, self.message, self.heading):
            work.addWidget(widget)
        work.addLayout(middle, 1)
        panel = QWidget()
        panel.setLayout(work)
        return panel

    def _build_side(self) -> QWidget:
        """The form, the button, the recent returns (the button and those stay in view)."""
        self.form = ReturnForm(self.lang)
        self.form.changed.connect(self.requote)
        self.form.reason_changed.connect(self._update_complete)
        form = self.form  # what the page and its tests use most, by name
        self.reason, self.note, self.summary = form.reason, form.note, form.summary
        self.receipt_language, self.store_credit = form.receipt_language, form.store_credit
        self.offline_note, self.customer_id_form = form.offline_note, form.customer_id_form
        self.approval, self.approval_reasons = form.approval, form.approval.reasons
        self.manager_code, self.manager_pin = form.approval.code, form.approval.pin
        self.manager_note = form.approval.note
        self.manager_pin.returnPressed.connect(self.complete)
        self.manager_note.returnPressed.connect(self.complete)
        self.complete_button = QPushButton(objectName="complete")
        self.complete_button.setMinimumHeight(56)
        self.complete_button.setFont(font(16, bold=True))
        self.complete_button.setEnabled(False)
        self.complete_button.clicked.connect(self.complete)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.complete)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.complete)
        self.recent_panel = RecentReturns()
        self.recent = self.recent_panel.list
        self.recent_panel.picked.connect(self._recent_picked)
        self.recent_panel.reprint_asked.connect(self.reprint)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.form, 1)
        side.addWidget(self.complete_button)
        side.addWidget(self.recent_panel)
        side_panel = QFrame()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(340)
        return side_panel

    @property
    def no_receipt(self) -> bool:
        """A return without a receipt is open: the scan field takes item codes."""
        return self.no_receipt_flow.on

    @property
    def scanned(self) -> Scanned:
        return self.no_receipt_flow.scanned

    def counter_timezone(self) -> str:
        return self._timezone or "UTC"

    def retranslate(self) -> None:
        """The screen's own words, in the language installed now."""
        self.scan.setPlaceholderText(
            self.tr("Scan or type the item code, then Enter")
            if self.no_receipt
            else self.tr("Scan or type the receipt number, then Enter")
        )
        self.search_bar.retranslate()
        self.table.retranslate()
        self.form.retranslate(self.lang)
        self.recent_panel.retranslate()
        self.complete_button.setText(self.tr("Complete return"))

    def relanguage(self, lang: str) -> None:
        """The screen's language changed: its words now, and the open receipt's policy
        words and amounts again (what the cashier picked stays picked)."""
        self.lang = lang
        self.retranslate()
        if self.view is None:
            return
        kept = self.table.choices()
        number, scanned = self.view.number, self.scanned
        # What the chain did (or that it could not be asked): the same in any language.
        elsewhere, offline = self.view.elsewhere, self.view.offline
        counter = self.counter

        def work() -> ReceiptView:
            db, store, at = counter.engine, counter.store_code, counter.clock()
            if number is None:
                return scanned_items(db, store, scanned, at, lang)
            view = receipt_view(db, store, number, at, lang)
            return replace(view, elsewhere=elsewhere, offline=offline)

        self.tasks.run(work, *self.latest(lambda view: self.show_receipt_view(view, kept)))

    # -- a new customer ----------------------------------------------------------------------
    def start(self, actor: Actor) -> None:
        self.actor = actor
        self.clear()
        self.search_bar.set_today(self.counter.clock().date())
        counter = self.counter

        def work() -> CounterStart:
            return counter_start(counter.engine, counter.store_code, counter.register)

        self.tasks.run(work, self._loaded, self.say_error)

    def _loaded(self, found: CounterStart) -> None:
        self._timezone = found.timezone
        self.form.set_reasons(found.reasons, self.lang)
        self.recent_panel.show_returns(found.recent, self.lang)

    def clear(self) -> None:
        """Ready for the next customer: nothing of the last one stays on the screen."""
        self._asked += 1  # an answer still on its way was for the last customer
        self.view = None
        self.no_receipt_flow.leave()
        self.retranslate()  # the scan field asks for a receipt again
        self.recent_panel.show()
        self.scan.clear()
        self.heading.clear()
        self.table.clear_lines()
        self.reset_choices()
        self.scan.setFocus()

    def search(self) -> None:
        self.lost_receipt.search()

    def reset_choices(self) -> None:
        """Forget what was picked for a receipt: reason, note, store credit, manager."""
        self.current = None
        self.quoted = None
        self.completion.when_quoted = False
        self.form.reset(self.lang)
        self.complete_button.setEnabled(False)

    # -- scan and search ---------------------------------------------------------------------
    def find(self) -> None:
        number = self.scan.text().strip()
        if self.no_receipt:
            self.no_receipt_flow.scan_item(number)
            return
        if not number:
            self.message.setText(self.tr("Scan the receipt's barcode or type its number."))
            return
        self.message.setText(self.tr("Looking up {number}…").format(number=number))
        self.reset_choices()  # a new receipt: a new customer's choices
        counter, lang = self.counter, self.lang
        # After a sync that found the centre down, scans do not wait on it (a host that
        # drops packets would hold each one for the connection's timeout).
        reachable = not self.offline

        def work() -> ReceiptView:
            return look_up_anywhere(
                counter.engine,
                counter.store_code,
                number,
                at=counter.clock(),
                lang=lang,
                chain=chain_for(counter.central_url),
                reachable=reachable,
            )

        self.tasks.run(work, *self.latest(self.show_receipt_view))

    def show_receipt_view(self, view: ReceiptView, keep: Choices | None = None) -> None:
        """The receipt (or the items brought back without one), its lines with `keep`'s
        choices where given; the reason has the focus."""
        self.view = view
        if view.number is None or view.sold_at is None:
            self.heading.setText(self.no_receipt_flow.heading(view))
        else:
            sold = wording(self.lang).fmt.moment(view.sold_at, view.timezone)
            self.heading.setText(
                self.tr("Receipt {number}, sold {when}; paid with {paid}").format(
                    number=view.number, when=sold, paid=", ".join(view.paid_with)
                )
            )
        self.message.setText(
            self.tr("Pick what comes back, then a reason.")
            if any(x.selectable for x in view.lines)
            else self.tr("Nothing on this receipt can be returned now.")
        )
        if view.offline or (view.number is None and self.offline):
            self.heading.setText(
                self.heading.text()
                + "\n"
                + self.tr("Offline: checked against this store's records.")
            )
        self.main.setCurrentWidget(self.table)
        self.recent_panel.hide()  # room for the form; back between customers
        self.table.show_lines(view.lines, self.lang, keep)
        self.reason.setFocus()
        self.requote()

    # -- the quote ---------------------------------------------------------------------------
    def request(self) -> DecideReturn | None:
        if self.view is None:
            return None
        return request_for(
            self.view,
            self.table,
            self.scanned,
            at=self.counter.clock(),
            store_credit=self.store_credit.isChecked(),
            customer_id=self.customer_id_form.value(),
        )

    def requote(self) -> None:
        if self.completion.busy:
            return
        request = self.request()
        if request is None:
            self._asked += 1  # an answer still on its way is for lines no longer picked
            self.current = None
            self.form.nothing_picked()
            self._update_complete()
            return
        counter, lang, reachable = self.counter, self.lang, not self.offline

        def work() -> Quote:
            # The chain's history is asked off the screen's thread (not while the centre
            # is known to be down), the same way the command line asks it.
            chain = chain_for(counter.central_url)
            return quote_here(
                counter.engine, chain, counter.store_code, request, lang, reachable=reachable
            )

        self.current = None  # until the answer for what is picked now arrives
        self.quoted = request
        self._update_complete()
        self.tasks.run(work, *self.latest(self._show_quote))

    def latest(
        self, show: Callable[[Answer], None]
    ) -> tuple[Callable[[Answer], None], Callable[[Exception], None]]:
        """Callbacks that act only if nothing newer was asked for meanwhile (answers come
        back from two threads, in any order)."""
        self._asked += 1
        asked = self._asked

        def done(result: Answer) -> None:
            if asked == self._asked:
                show(result)

        def failed(error: Exception) -> None:
            if asked == self._asked:
                self.say_error(error)

        return done, failed

    def _show_quote(self, got: Quote) -> None:
        self.current = got
        self.form.show_quote(got, self.lang)
        self._update_complete()
        if self.completion.when_quoted:
            self.completion.when_quoted = False
            self.complete()

    def _update_complete(self) -> None:
        self.complete_button.setEnabled(
            self.current is not None
            and not self.current.decision.card_waits  # offline: store credit, or come back
            and self.form.reason_code() is not None
        )

    # -- complete ----------------------------------------------------------------------------
    def complete(self) -> None:
        """Ctrl+Enter, the button, Enter in the manager's PIN: `completion` takes it."""
        self.completion.complete()

    # -- the receipt on screen, and again on paper ---------------------------------------------
    def _recent_picked(self, number: str) -> None:
        if self.view is None:
            self.show_receipt(number)

    def show_receipt(self, number: str) -> None:
        self.copies.show(number)

    def reprint(self, number: str | None = None) -> None:
        """Print return `number` (else the recent one picked, else the latest) again."""
        number = number or self.recent_panel.chosen()
        if number is not None:
            self.copies.reprint(number)

    def say_error(self, error: Exception) -> None:
        self.completion.when_quoted = False  # the cashier reads this first
        self.message.setText(sentence(error, self.lang))
        self._update_complete()
