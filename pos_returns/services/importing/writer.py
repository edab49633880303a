"""Writing an import: each batch into the database in a write unit of work of its own,
committed (an import stopped midway keeps what it wrote; running it again finishes it),
and the import's one journal entry with the last batch.

Receipts go through `services.sales.save_receipt_rows`, the one local receipt writer
(bulk inserts of rows already in minor units); cancellations become past returns
(`importing.cancellations`) after all the sales.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from pos_returns.domain import model as dm
from pos_returns.domain.money import Money
from pos_returns.services import journal
from pos_returns.services.importing.batches import Batch, Sale
from pos_returns.services.importing.cancellations import (
    Returns,
    import_cancellations,
    import_employee,
)
from pos_returns.services.importing.checks import StoreInfo
from pos_returns.services.importing.report import ImportReport, Reject
from pos_returns.services.register import acting_store
from pos_returns.services.sales import (
    ReceiptRow,
    SaveCounts,
    receipt_row,
    save_receipt_rows,
)
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import IMPORT_REGISTER, Store

JOURNAL_KIND = "sales_imported"


@contextmanager
def collect_between_batches() -> Iterator[None]:
    """Keep Python's cyclic garbage collector from running in the middle of a batch.

    While a batch is in memory (hundreds of thousands of objects, most of them in the
    bulk insert) the collector's automatic full passes walk them all again and again:
    measured, a quarter of the import's time. The import makes few reference cycles, so
    it turns automatic collection off meanwhile, collects the young generations every
    few batches, and turns it back on (if it was on) when done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Writer:
    """Writes an import's batches into store `store`, keeping `report` up to date."""

    def __init__(
        self,
        db: Database,
        store: StoreInfo,
        report: ImportReport,
        *,
        cancelled_rows: dict[int, tuple[str, ...]],
        progress: Callable[[ImportReport], None] | None,
        started: float,
    ) -> None:
        self.db = db
        self.store = store
        self.report = report
        self.zone = ZoneInfo(store.timezone)
        self.currency = store.currency
        self.cancelled_rows = cancelled_rows  # the cancelled rows as read, by line
        self.progress = progress
        self.started = started
        self.batches = 0  # written

    def write(self, batch: Batch, *, last: bool) -> None:
        report = self.report
        rows = [receipt_row(r) for r in batch.receipts]
        rows += [self._receipt(sale) for sale in batch.sales.values()]
        with UnitOfWork(self.db, write=True) as uow:
            store = acting_store(uow, self.store.code)
            saved = save_receipt_rows(uow, store, rows)
            returns = Returns()
            if batch.cancelled:
                returns = import_cancellations(uow, store, batch.cancelled, self.zone)
            changed = report.changed or saved.receipts > 0 or returns.returns > 0
            if last and changed:
                self._journal(uow, store, saved, returns)
            uow.commit()
        report.receipts_added += saved.receipts
        report.lines_added += saved.lines
        report.receipts_skipped += saved.skipped
        report.rejects.extend(self._conflicts(batch, saved))
        report.returns_added += returns.returns
        report.returned_lines += returns.lines
        report.returns_skipped += returns.skipped
        report.rejects.extend(
            Reject(*r, row=self.cancelled_rows.get(r[0], ())) for r in returns.rejects
        )
        self.batches += 1
        if self.batches % 10 == 0:
            gc.collect(1)  # the cycles the last batches left (see collect_between_batches)
        report.elapsed = time.perf_counter() - self.started
        if self.progress is not None:
            self.progress(report)

    def _conflicts(self, batch: Batch, saved: SaveCounts) -> Iterator[Reject]:
        """The rejects of receipts whose number the database holds for another sale."""
        for number, sold_at, total in saved.conflicts:
            sale = batch.sales.get(number)
            line = sale.line if sale is not None else batch.receipt_lines.get(number, 0)
            yield Reject(
                line,
                "receipt number already used for another sale",
                f"{number} is in the database sold at "
                f"{sold_at.astimezone(self.zone):%Y-%m-%d %H:%M} for "
                f"{Money.from_minor(total, self.currency).to_json()}",
                "receipt_number" if sale is None else "",
            )

    def _receipt(self, sale: Sale) -> ReceiptRow:
        """The receipt of a CSV sale: one tender of method ``other`` for its total."""
        return ReceiptRow(
            sale.number,
            IMPORT_REGISTER,
            sale.at,
            self.currency,
            sale.customer,
            sale.total,
            sale.lines,
            ((dm.TenderMethod.OTHER.value, sale.total, None),),
        )

    def _journal(self, uow: UnitOfWork, store: Store, saved: SaveCounts, returns: Returns) -> None:
        """The one journal entry of the import, with the counts of this last batch too."""
        report = self.report
        journal.append(
            uow,
            store.id,
            JOURNAL_KIND,
            actor_id=import_employee(uow, store),
            at=datetime.now(UTC),
            payload={
                "file": report.file,
                "sha256": report.sha256,
                "layout": report.layout,
                "rows_read": report.rows_read,
                "receipts_added": report.receipts_added + saved.receipts,
                "lines_added": report.lines_added + saved.lines,
                "receipts_already_present": report.receipts_skipped + saved.skipped,
                "duplicate_rows": report.duplicate_rows,
                "past_returns_added": report.returns_added + returns.returns,
                "returned_lines": report.returned_lines + returns.lines,
                "rejects": len(report.rejects) + len(returns.rejects) + len(saved.conflicts),
            },
        )
