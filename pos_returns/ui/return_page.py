"""The return page: scan, pick what comes back, see where the money goes, complete.

Keyboard and scanner first: a scanner types the number and presses Enter; the lines the
policy allows are picked with what is left of them; one reason is picked; Ctrl+Enter (or
the big button) completes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_returns.domain.model import Prefer
from pos_returns.i18n import LANGUAGES, wording
from pos_returns.printing.preview import ReceiptPreview
from pos_returns.printing.queue import QueueRun, config_of, run_queue
from pos_returns.services import print_jobs
from pos_returns.services.auth import Actor, sign_in
from pos_returns.services.chain import complete_here, look_up_anywhere, quote_here
from pos_returns.services.counter import (
    Quote,
    ReceiptView,
    find_sales,
    look_up,
    look_up_items,
    recent,
)
from pos_returns.services.errors import ServiceError
from pos_returns.services.receipts import find_return, return_receipt
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnCompleted
from pos_returns.services.stores import get_store, reasons
from pos_returns.services.uow import UnitOfWork
from pos_returns.sync.lookup import chain_for
from pos_returns.ui.common import Counter, font, printer_problem, sentence
from pos_returns.ui.lines import Choices, LinesTable
from pos_returns.ui.no_receipt import CustomerIdForm, Scanned, add_scan, keep_after_scan
from pos_returns.ui.tasks import Tasks

AMOUNT_FONT = 17


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
        self._reasons: list[Any] = []
        self._asked = 0  # the newest look-up or quote asked for; older answers are dropped
        self._completing = False
        self._complete_when_quoted = False
        self.printing: Tasks | None = None  # the window's printer thread
        self._timezone: str | None = None
        self.scanned: Scanned = ()  # without a receipt: the items scanned so far
        self.no_receipt = False
        self._quoted: DecideReturn | None = None  # what the summary on screen was worked out for
        self.offline = False  # the central database did not answer the last sync
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
        search = self._build_search()
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
        self.sales = QListWidget(objectName="sales")
        self.sales.setFont(font(13))
        self.sales.itemActivated.connect(self._open_sale)
        self.main.addWidget(self.sales)
        middle = QHBoxLayout()
        middle.addWidget(self.main, 1)
        middle.addWidget(self._build_side())
        work = QVBoxLayout()
        work.addWidget(self.scan)
        work.addLayout(search)
        work.addWidget(self.message)
        work.addWidget(self.heading)
        work.addLayout(middle, 1)
        panel = QWidget()
        panel.setLayout(work)
        return panel

    def _build_search(self) -> QHBoxLayout:
        """For a lost receipt: find the sale by customer, by card and day, or by item."""
        self.search_how = QComboBox(objectName="searchHow")
        for how in ("customer", "card", "item"):
            self.search_how.addItem("", how)
        self.search_text = QLineEdit(objectName="searchText")
        self.search_text.returnPressed.connect(self.search)
        today = QDate.currentDate()
        self.search_from = QDateEdit(today.addDays(-30), objectName="searchFrom")
        self.search_to = QDateEdit(today, objectName="searchTo")
        for edit in (self.search_from, self.search_to):
            edit.setCalendarPopup(True)
        self.search_button = QPushButton(objectName="search")
        self.search_button.clicked.connect(self.search)
        button = self.search_button
        self.no_receipt_button = QPushButton(objectName="noReceipt")
        self.no_receipt_button.setCheckable(True)
        self.no_receipt_button.toggled.connect(self._no_receipt_toggled)
        row = QHBoxLayout()
        self.search_label = QLabel()
        row.addWidget(self.search_label)
        row.addWidget(self.search_how)
        row.addWidget(self.search_text, 1)
        row.addWidget(self.search_from)
        row.addWidget(self.search_to)
        row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.no_receipt_button)
        return row

    def search(self) -> None:
        how, text = self.search_how.currentData(), self.search_text.text()
        first = self.search_from.date().toPython()
        last = self.search_to.date().toPython()
        counter = self.counter

        def work() -> list[Any]:
            with UnitOfWork(counter.engine) as uow:
                store = get_store(uow, counter.store_code)
                return find_sales(uow, store, how, text, first=first, last=last)

        self.message.setText(self.tr("Looking for the sale…"))
        self.tasks.run(work, *self._latest(self._show_sales))

    def _show_sales(self, hits: list[Any]) -> None:
        words = wording(self.lang)
        self.sales.clear()
        self.view = None
        self.table.clear_lines()
        self._reset_choices()
        self.heading.clear()
        for hit in hits:
            when = words.fmt.moment(hit.sold_at, self.counter_timezone())
            item = QListWidgetItem(
                f"{hit.number}   {when}   {words.fmt.money(hit.total)}   {hit.customer or ''}"
            )
            item.setData(Qt.ItemDataRole.UserRole, hit.number)
            self.sales.addItem(item)
        self.main.setCurrentWidget(self.sales)
        self.message.setText(
            self.tr("{n} sales found: pick one (Enter or double-click).").format(n=len(hits))
            if hits
            else self.tr("No sale found: check what you typed and the days.")
        )
        if hits:
            self.sales.setCurrentRow(0)
            self.sales.setFocus()

    def _open_sale(self, item: QListWidgetItem) -> None:
        self.scan.setText(item.data(Qt.ItemDataRole.UserRole))
        self.find()

    def counter_timezone(self) -> str:
        return self._timezone or "UTC"

    def _build_side(self) -> QWidget:
        """Reason, receipt language, where the money goes, approval, the button."""

        self.reason = QComboBox(objectName="reason")
        self.reason.setMinimumHeight(36)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.note = QLineEdit(objectName="note")
        self.note.hide()
        self.receipt_language = QComboBox(objectName="receiptLanguage")
        for code, name in LANGUAGES.items():
            self.receipt_language.addItem(name, code)
        self.receipt_language.setCurrentIndex(self.receipt_language.findData(self.lang))
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.summary.setFont(font(AMOUNT_FONT, bold=True))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        # What the policy does offline with a card's share: advice, not an amount.
        self.offline_note = QLabel(objectName="offlineNote")
        self.offline_note.setWordWrap(True)
        self.offline_note.setStyleSheet("color: #8a4b00;")
        self.offline_note.hide()
        self.store_credit = QPushButton(objectName="storeCredit")
        self.store_credit.setCheckable(True)
        self.store_credit.setMinimumHeight(40)
        self.store_credit.hide()
        self.store_credit.toggled.connect(lambda _on: self.requote())

        self._build_approval()
        self.complete_button = QPushButton(objectName="complete")
        self.complete_button.setMinimumHeight(56)
        self.complete_button.setFont(font(16, bold=True))
        self.complete_button.setEnabled(False)
        self.complete_button.clicked.connect(self.complete)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.complete)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.complete)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._build_form(), 1)
        side.addWidget(self.complete_button)
        side.addWidget(self._build_recent())
        side_panel = QFrame()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(340)
        return side_panel

    def _build_form(self) -> QScrollArea:
        """What the cashier fills in; it scrolls if a small screen needs it (nothing is
        squeezed), while the button and the recent returns stay in view."""
        form = QVBoxLayout()
        form.setContentsMargins(0, 0, 6, 0)
        self.reason_label = QLabel()
        form.addWidget(self.reason_label)
        form.addWidget(self.reason)
        form.addWidget(self.note)
        self.customer_id_form = CustomerIdForm()
        self.customer_id_form.entered.connect(self.requote)
        form.addWidget(self.customer_id_form)
        self.language_label = QLabel()
        form.addWidget(self.language_label)
        form.addWidget(self.receipt_language)
        form.addWidget(self.summary)
        form.addWidget(self.offline_note)
        form.addWidget(self.store_credit)
        form.addWidget(self.approval)
        form.addStretch(1)
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea(objectName="sideForm")
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _build_approval(self) -> None:
        """The manager's code, PIN and note, on the same screen, shown when needed."""
        self.approval = QGroupBox(objectName="approval")
        self.approval_reasons = QLabel(objectName="approvalReasons")
        self.approval_reasons.setWordWrap(True)
        self.manager_code = QLineEdit(objectName="managerCode")
        self.manager_pin = QLineEdit(objectName="managerPin")
        self.manager_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.manager_note = QLineEdit(objectName="managerNote")
        self.manager_code.returnPressed.connect(self.manager_pin.setFocus)
        self.manager_pin.returnPressed.connect(self.complete)
        self.manager_note.returnPressed.connect(self.complete)
        approval_box = QVBoxLayout(self.approval)
        for widget in (
            self.approval_reasons,
            self.manager_code,
            self.manager_pin,
            self.manager_note,
        ):
            approval_box.addWidget(widget)
        self.approval.hide()

    def _build_recent(self) -> QWidget:
        """The register's recent returns, to reprint one."""
        self.recent = QListWidget(objectName="recent")
        self.recent.setMaximumHeight(110)
        self.recent.currentItemChanged.connect(lambda item, _old: self._recent_picked(item))
        self.reprint_button = QPushButton(objectName="reprint")
        self.reprint_button.clicked.connect(self.reprint)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self.recent_label = QLabel()
        box.addWidget(self.recent_label)
        box.addWidget(self.recent)
        box.addWidget(self.reprint_button)
        self.recent_panel = QWidget()
        self.recent_panel.setLayout(box)
        return self.recent_panel

    def _recent_picked(self, item: QListWidgetItem | None) -> None:
        if item is not None and self.view is None:
            self.show_receipt(item.data(Qt.ItemDataRole.UserRole))

    def retranslate(self) -> None:
        """The screen's own words, in the language installed now."""
        self.scan.setPlaceholderText(
            self.tr("Scan or type the item code, then Enter")
            if self.no_receipt
            else self.tr("Scan or type the receipt number, then Enter")
        )
        self.no_receipt_button.setText(self.tr("No receipt"))
        self.customer_id_form.retranslate()
        self.table.retranslate()
        for index, text in enumerate(
            (self.tr("by customer"), self.tr("by card and day"), self.tr("by item and days"))
        ):
            self.search_how.setItemText(index, text)
        self.search_text.setPlaceholderText(self.tr('Customer no., "VISA 1234" or item code'))
        self.search_button.setText(self.tr("Find the sale"))
        self.search_label.setText(self.tr("No receipt number? Find the sale"))
        self.reason_label.setText(self.tr("Reason"))
        self.language_label.setText(self.tr("Receipt language"))
        self.recent_label.setText(self.tr("Recent returns"))
        self.note.setPlaceholderText(self.tr("A few words about the reason"))
        self.complete_button.setText(self.tr("Complete return"))
        self.approval.setTitle(self.tr("Manager approval"))
        self.manager_code.setPlaceholderText(self.tr("Manager code"))
        self.manager_pin.setPlaceholderText(self.tr("Manager PIN"))
        self.manager_note.setPlaceholderText(self.tr("Note (optional)"))
        self.reprint_button.setText(self.tr("Reprint"))
        if self.reason.count():
            self.reason.setItemText(0, self.tr("Choose a reason…"))
        words = wording(self.lang)
        for index in range(1, self.reason.count()):
            code = self.reason.itemData(index)
            label = next((r.label for r in self._reasons if r.code == code), code)
            self.reason.setItemText(index, words.reason(code, label))

    def relanguage(self, lang: str) -> None:
        """The screen's language changed: its words now, and the open receipt's policy
        words and amounts again (what the cashier picked stays picked)."""
        self.lang = lang
        self.retranslate()
        if self.view is not None:
            kept = self.table.choices()
            number, scanned = self.view.number, self.scanned
            # What the chain did (or that it could not be asked): the same in any language.
            elsewhere, offline = self.view.elsewhere, self.view.offline
            counter = self.counter

            def work() -> ReceiptView:
                with UnitOfWork(counter.engine) as uow:
                    store = get_store(uow, counter.store_code)
                    if number is None:
                        return look_up_items(uow, store, scanned, counter.clock(), lang)
                    view = look_up(uow, store, number, counter.clock(), lang)
                    return replace(view, elsewhere=elsewhere, offline=offline)

            def show(view: ReceiptView) -> None:
                self._show_receipt(view, keep=kept)

            self.tasks.run(work, *self._latest(show))

    # -- a new customer ----------------------------------------------------------------------
    def start(self, actor: Actor) -> None:
        self.actor = actor
        self.clear()
        today = self.counter.clock().date()
        self.search_to.setDate(QDate(today.year, today.month, today.day))
        self.search_from.setDate(self.search_to.date().addDays(-30))
        counter = self.counter

        def work() -> tuple[list[Any], list[Any], str]:
            with UnitOfWork(counter.engine) as uow:
                store = get_store(uow, counter.store_code)
                return reasons(uow, store), recent(uow, store, counter.register), store.timezone

        self.tasks.run(work, self._loaded, self._say_error)

    def _loaded(self, found: tuple[list[Any], list[Any], str]) -> None:
        self._reasons, latest, self._timezone = found
        self.reason.blockSignals(True)
        self.reason.clear()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        words = wording(self.lang)
        for reason in self._reasons:
            self.reason.addItem(words.reason(reason.code, reason.label), reason.code)
        self.reason.blockSignals(False)
        self._show_recent(latest)

    def clear(self) -> None:
        """Ready for the next customer: nothing of the last one stays on the screen."""
        self._asked += 1  # an answer still on its way was for the last customer
        self.view = None
        self.scanned = ()
        self.no_receipt = False
        self.no_receipt_button.blockSignals(True)
        self.no_receipt_button.setChecked(False)
        self.no_receipt_button.blockSignals(False)
        self.retranslate()  # the scan field asks for a receipt again
        self.recent_panel.show()
        self.scan.clear()
        self.heading.clear()
        self.table.clear_lines()
        self._reset_choices()
        self.scan.setFocus()

    def _reset_choices(self) -> None:
        """Forget what was picked for a receipt: reason, note, store credit, manager."""
        self.current = None
        self._quoted = None
        self._complete_when_quoted = False
        self.customer_id_form.reset()
        self.summary.clear()
        self.offline_note.hide()
        self.store_credit.blockSignals(True)
        self.store_credit.setChecked(False)
        self.store_credit.blockSignals(False)
        self.store_credit.hide()
        self.approval.hide()
        for field_ in (self.manager_code, self.manager_pin, self.manager_note, self.note):
            field_.clear()
        self.reason.setCurrentIndex(0)
        self.receipt_language.setCurrentIndex(self.receipt_language.findData(self.lang))
        self.complete_button.setEnabled(False)

    # -- scan --------------------------------------------------------------------------------
    def find(self) -> None:
        number = self.scan.text().strip()
        if self.no_receipt:
            self._scan_item(number)
            return
        if not number:
            self.message.setText(self.tr("Scan the receipt's barcode or type its number."))
            return
        self.message.setText(self.tr("Looking up {number}…").format(number=number))
        self._reset_choices()  # a new receipt: a new customer's choices
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

        self.tasks.run(work, *self._latest(self._show_receipt))

    # -- without a receipt -------------------------------------------------------------------
    def _no_receipt_toggled(self, on: bool) -> None:
        """Start a return without a receipt (the scan field takes item codes), or leave it."""
        if not on:
            self.clear()
            return
        self.clear()
        self.no_receipt = True
        self.no_receipt_button.blockSignals(True)
        self.no_receipt_button.setChecked(True)
        self.no_receipt_button.blockSignals(False)
        self.retranslate()
        self.recent_panel.hide()
        self.table.clear_lines()
        self.main.setCurrentWidget(self.table)
        self.heading.setText(self.tr("Without a receipt: scan each item brought back"))
        self.message.setText(
            self.tr("Scan the items one by one; each is priced at its lowest recent price.")
        )
        self.scan.setFocus()

    def _scan_item(self, text: str) -> None:
        """One more item scanned: priced and decided with the others, then shown."""
        if not text:
            self.message.setText(self.tr("Scan the item's barcode or type its code."))
            return
        try:
            scanned = add_scan(self.scanned, text)
        except ServiceError as error:
            self._say_error(error)
            return
        self.scan.clear()
        before, kept = self.scanned, self.table.choices()
        counter, lang = self.counter, self.lang

        def work() -> ReceiptView:
            with UnitOfWork(counter.engine) as uow:
                store = get_store(uow, counter.store_code)
                return look_up_items(uow, store, scanned, counter.clock(), lang)

        def show(view: ReceiptView) -> None:
            if not self.no_receipt:
                return  # the cashier left the return without a receipt meanwhile
            self.scanned = scanned
            self._show_receipt(view, keep=keep_after_scan(kept, before, scanned))
            self.scan.setFocus()  # ready for the next item

        self.message.setText(self.tr("Looking up {number}…").format(number=text))
        self.tasks.run(work, *self._latest(show))

    def _show_receipt(self, view: ReceiptView, keep: Choices | None = None) -> None:
        self.view = view
        words = wording(self.lang)
        if view.number is None or view.sold_at is None:
            count = sum(x.qty for x in view.lines)
            self.heading.setText(
                self.tr("Without a receipt; items scanned: {n} (scan the next one)").format(n=count)
            )
            self.customer_id_form.setVisible(view.id_required)
        else:
            sold = words.fmt.moment(view.sold_at, view.timezone)
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
        items = self.table.picked() if self.view is not None else ()
        if self.view is None or not items:
            return None
        prefer = Prefer.STORE_CREDIT if self.store_credit.isChecked() else Prefer.ORIGINAL
        if self.view.number is None:  # without a receipt: numbered 1, 2, ... as picked
            codes = dict(enumerate((sku for sku, _qty in self.scanned), 1))
            overrides = self.table.overrides()
            picked = [(n, replace(item, sku=codes[item.line])) for n, item in enumerate(items, 1)]
            return DecideReturn(
                None,
                tuple(replace(item, line=n) for n, item in picked),
                self.counter.clock(),
                prefer,
                overrides={n: overrides[item.line] for n, item in picked if item.line in overrides},
                customer_id=self.customer_id_form.value(),
            )
        return DecideReturn(
            self.view.number,
            items,
            self.counter.clock(),
            prefer,
            overrides=self.table.overrides(),
        )

    def requote(self) -> None:
        if self._completing:
            return
        request = self.request()
        if request is None:
            self._asked += 1  # an answer still on its way is for lines no longer picked
            self.current = None
            self.summary.setText(self.tr("Nothing picked."))
            self.offline_note.hide()
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
        self._quoted = request
        self._update_complete()
        self.tasks.run(work, *self._latest(self._show_quote))

    def _latest(
        self, show: Callable[[Any], None]
    ) -> tuple[Callable[[Any], None], Callable[[Exception], None]]:
        """Callbacks that act only if nothing newer was asked for meanwhile (answers come
        back from two threads, in any order)."""
        self._asked += 1
        asked = self._asked

        def done(result: Any) -> None:
            if asked == self._asked:
                show(result)

        def failed(error: Exception) -> None:
            if asked == self._asked:
                self._say_error(error)

        return done, failed

    def _show_quote(self, got: Quote) -> None:
        words = wording(self.lang)
        self.current = got
        lines = list(got.to_tenders)
        if got.store_credit.amount > 0:
            lines.append(
                self.tr("Store credit: {amount}").format(amount=words.fmt.money(got.store_credit))
            )
        if got.fees.amount > 0:
            lines.append(
                self.tr("Restocking fees: {amount}").format(amount=words.fmt.money(got.fees))
            )
        if not lines:
            lines.append(self.tr("No money back: an exchange."))
        self.summary.setText("\n".join(lines))
        self.offline_note.setText(got.offline_note or "")
        self.offline_note.setVisible(got.offline_note is not None)
        if got.credit_instead is not None or self.store_credit.isChecked():
            pct = got.proposal.policy.store_credit_bonus_pct
            amount = got.credit_instead or got.store_credit
            text = (
                self.tr("Back to a refund")
                if self.store_credit.isChecked()
                else self.tr("or {amount} store credit, {bonus} more").format(
                    amount=words.fmt.money(amount), bonus=words.fmt.percent(pct)
                )
            )
            self.store_credit.setText(text)
            self.store_credit.show()
        else:
            self.store_credit.hide()
        self.approval.setVisible(got.needs_manager)
        self.approval_reasons.setText("\n".join(got.manager_reasons))
        self._update_complete()
        if self._complete_when_quoted:
            self._complete_when_quoted = False
            self.complete()

    def _reason_changed(self, _index: int) -> None:
        code = self.reason.currentData()
        needs = next((r.needs_note for r in self._reasons if r.code == code), False)
        self.note.setVisible(needs)
        self._update_complete()

    def _update_complete(self) -> None:
        self.complete_button.setEnabled(
            self.current is not None
            and not self.current.decision.card_waits  # offline: store credit, or come back
            and self.reason.currentData() is not None
        )

    # -- complete ----------------------------------------------------------------------------
    def complete(self) -> None:
        if self._completing:
            return
        request, shown, actor = self.request(), self.current, self.actor
        if request is not None and shown is None and actor is not None:
            # The amounts for what is picked now are still being worked out.
            self._complete_when_quoted = True
            self.message.setText(self.tr("Working out the amounts…"))
            return
        if request is None or shown is None or actor is None:
            return
        if self._quoted is not None and replace(request, at=self._quoted.at) != self._quoted:
            # Something changed since the amounts were worked out (an ID typed just now).
            self.requote()
            self._complete_when_quoted = True
            self.message.setText(self.tr("Working out the amounts…"))
            return
        reason = self.reason.currentData()
        if reason is None:
            self.message.setText(self.tr("Pick the reason first."))
            self.reason.setFocus()
            return
        manager = (self.manager_code.text().strip(), self.manager_pin.text())
        if shown.needs_manager and not all(manager):
            self.message.setText(self.tr("A manager types their code and PIN to approve."))
            self.manager_code.setFocus()
            return
        self.complete_button.setEnabled(False)
        self._completing = True
        self.message.setText(self.tr("Completing…"))
        counter = self.counter
        note, approval_note = self.note.text(), self.manager_note.text()
        language = self.receipt_language.currentData()

        reachable = not self.offline

        def work() -> ReturnCompleted:
            approver = None
            if shown.needs_manager:
                approver = sign_in(
                    counter.engine,
                    manager[0],
                    manager[1],
                    counter.clock(),
                    store_code=counter.store_code,
                )
            return complete_here(
                counter.engine,
                chain_for(counter.central_url),
                counter.store_code,
                CompleteReturn(
                    request,
                    actor,
                    reason,
                    note=note,
                    language=language,
                    expected_fingerprint=shown.proposal.fingerprint,
                    approver=approver,
                    approval_note=approval_note,
                ),
                reachable=reachable,
            )

        self.tasks.run(work, self._completed, self._not_completed)

    def _not_completed(self, error: Exception) -> None:
        self._completing = False
        self.manager_pin.clear()
        self._say_error(error)

    def _completed(self, done: ReturnCompleted) -> None:
        self._completing = False
        self.clear()
        self.message.setText(
            self.tr("Return {number} completed. The receipt is printing.").format(
                number=done.number
            )
        )
        self.completed.emit(done)
        self.show_receipt(done.number)
        if self.actor is not None:
            self.start(self.actor)

    def show_receipt(self, number: str) -> None:
        counter = self.counter

        def work() -> Any:
            with UnitOfWork(counter.engine) as uow:
                store = get_store(uow, counter.store_code)
                row = find_return(uow, store, number)
                copy = print_jobs.on_paper(uow, row.id)
                return return_receipt(uow, store, row, copy=copy), config_of(
                    print_jobs.register_printer(uow, store, counter.register)
                ).profile

        def show(got: Any) -> None:
            self.preview.show_document(*got)
            if self.view is None:  # between customers: the receipt in the main area
                self.main.setCurrentWidget(self.preview)

        self.tasks.run(work, show, self._say_error)

    def reprint(self) -> None:
        item = self.recent.currentItem() or self.recent.item(0)
        if item is None:
            return
        number = item.data(Qt.ItemDataRole.UserRole)
        counter = self.counter
        self.message.setText(self.tr("Reprinting {number}…").format(number=number))

        def work() -> QueueRun:
            owner = print_jobs.sender_id()
            with UnitOfWork(counter.engine, write=True) as uow:
                store = get_store(uow, counter.store_code)
                job = print_jobs.queue_reprint(
                    uow, store, number, counter.register, sender=(owner, counter.clock())
                )
                uow.commit()
                job_id = job.id
            return run_queue(
                counter.engine, counter.store_code, counter.register, only=job_id, owner=owner
            )

        def done(result: QueueRun) -> None:
            problem = printer_problem(result.offline, result.problem)
            self.message.setText(
                problem + self.tr(". The copy waits in the print queue.")
                if problem
                else self.tr("{number}: copy printed.").format(number=number)
            )
            self.show_receipt(number)

        printing = self.printing if self.printing is not None else self.tasks
        printing.run(work, done, self._say_error)

    def _show_recent(self, latest: list[Any]) -> None:
        words = wording(self.lang)
        self.recent.clear()
        for entry in latest:
            item = QListWidgetItem(
                f"{entry.number}   {words.fmt.money(entry.total)}   {entry.receipt_number or ''}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.number)
            self.recent.addItem(item)

    def _say_error(self, error: Exception) -> None:
        self._complete_when_quoted = False  # the cashier reads this first
        self.message.setText(sentence(error, self.lang))
        self._update_complete()
