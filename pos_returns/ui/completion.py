"""Completing a return from the return page: once, however often Ctrl+Enter is pressed;
after the amounts for what is picked now are worked out; with the reason, and with the
manager's code and PIN when the policy asks for them. One use case does it all
(`services.chain.complete_here`), after the manager signs in."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_returns.services.auth import sign_in
from pos_returns.services.chain import complete_here
from pos_returns.services.returns import CompleteReturn, ReturnCompleted
from pos_returns.sync.lookup import chain_for

if TYPE_CHECKING:
    from pos_returns.ui.return_page import ReturnPage


class Completion(QObject):
    def __init__(self, page: ReturnPage) -> None:
        super().__init__(page)
        self.page = page
        self.busy = False  # a completion is on its way: the next press waits for it
        self.when_quoted = False  # pressed before the amounts came: complete when they do

    def complete(self) -> None:
        """Complete what is on screen, once, if it can be: else say what is missing."""
        page = self.page
        if self.busy:
            return
        request, shown, actor = page.request(), page.current, page.actor
        if request is not None and shown is None and actor is not None:
            # The amounts for what is picked now are still being worked out.
            self.when_quoted = True
            page.message.setText(self.tr("Working out the amounts…"))
            return
        if request is None or shown is None or actor is None:
            return
        if page.quoted is not None and replace(request, at=page.quoted.at) != page.quoted:
            # Something changed since the amounts were worked out (an ID typed just now).
            page.requote()
            self.when_quoted = True
            page.message.setText(self.tr("Working out the amounts…"))
            return
        reason = page.form.reason_code()
        if reason is None:
            page.message.setText(self.tr("Pick the reason first."))
            page.reason.setFocus()
            return
        manager = page.approval.credentials()
        if shown.needs_manager and not all(manager):
            page.message.setText(self.tr("A manager types their code and PIN to approve."))
            page.manager_code.setFocus()
            return
        page.complete_button.setEnabled(False)
        self.busy = True
        page.message.setText(self.tr("Completing…"))
        counter, reachable = page.counter, not page.offline
        order = CompleteReturn(
            request,
            actor,
            reason,
            note=page.note.text(),
            language=page.receipt_language.currentData(),
            expected_fingerprint=shown.proposal.fingerprint,
            approval_note=page.manager_note.text(),
        )

        def work() -> ReturnCompleted:
            approver = None
            if shown.needs_manager:  # the manager signs in as they approve
                approver = sign_in(
                    counter.engine, *manager, counter.clock(), store_code=counter.store_code
                )
            return complete_here(
                counter.engine,
                chain_for(counter.central_url),
                counter.store_code,
                replace(order, approver=approver),
                reachable=reachable,
            )

        page.tasks.run(work, self._completed, self._not_completed)

    def _not_completed(self, error: Exception) -> None:
        page = self.page
        self.busy = False
        page.manager_pin.clear()
        page.say_error(error)

    def _completed(self, done: ReturnCompleted) -> None:
        page = self.page
        self.busy = False
        page.clear()
        page.message.setText(
            self.tr("Return {number} completed. The receipt is printing.").format(
                number=done.number
            )
        )
        page.completed.emit(done)
        page.show_receipt(done.number)
        if page.actor is not None:
            page.start(page.actor)
