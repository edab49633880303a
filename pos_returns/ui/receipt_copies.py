"""A return's receipt on the return page: shown as the printer would print it now, and
printed again on the register's printer (off the screen's thread, on the printer's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_returns.printing.queue import QueueRun, run_queue
from pos_returns.services import print_jobs
from pos_returns.ui.common import printer_problem

if TYPE_CHECKING:
    from pos_returns.ui.return_page import ReturnPage


class ReceiptCopies(QObject):
    def __init__(self, page: ReturnPage) -> None:
        super().__init__(page)
        self.page = page

    def show(self, number: str) -> None:
        """Return `number`'s receipt in the preview (in the main area between customers)."""
        page, counter = self.page, self.page.counter

        def work() -> print_jobs.ReceiptCopy:
            return print_jobs.receipt_to_print(
                counter.engine, counter.store_code, number, counter.register
            )

        def show(got: print_jobs.ReceiptCopy) -> None:
            if got.printer.profile:
                page.preview.show_document(got.document, got.printer.profile)
            else:
                page.preview.show_document(got.document)
            if page.view is None:
                page.main.setCurrentWidget(page.preview)

        page.tasks.run(work, show, page.say_error)

    def reprint(self, number: str) -> None:
        """Queue a copy and print it at once; a printer that is off keeps it queued."""
        page, counter = self.page, self.page.counter
        page.message.setText(self.tr("Reprinting {number}…").format(number=number))

        def work() -> QueueRun:
            owner = print_jobs.sender_id()
            db, store, register = counter.engine, counter.store_code, counter.register
            job = print_jobs.order_reprint(
                db, store, number, register, sender=(owner, counter.clock())
            )
            return run_queue(db, store, register, only=job, owner=owner)

        def done(result: QueueRun) -> None:
            problem = printer_problem(result.offline, result.problem)
            page.message.setText(
                problem + self.tr(". The copy waits in the print queue.")
                if problem
                else self.tr("{number}: copy printed.").format(number=number)
            )
            self.show(number)

        printing = page.printing if page.printing is not None else page.tasks
        printing.run(work, done, page.say_error)
