"""The print queue's sender: renders due jobs once, sends them, records what happened.

    run_queue(engine, "S01", "R1")          # one pass; the worker calls it every few seconds

A pass claims the register's due jobs, renders those not rendered yet and stores their
bytes (one short write transaction), sends them with no transaction open (a printer may
take its whole timeout), then records each result in its own short transaction. A job is
done only after the printer took its bytes; a sender killed meanwhile leaves it queued
with its bytes, and the next worker sends those very bytes.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from pos_returns.domain.document import Document, OpenDrawer
from pos_returns.printing.escpos_render import render_escpos
from pos_returns.printing.files import write_new
from pos_returns.printing.pdf import render_pdf
from pos_returns.printing.printers import (
    BadPrinterURL,
    PrinterConfig,
    PrinterOffline,
    deadline,
    printer_config,
    send,
)
from pos_returns.printing.profiles import UnknownProfile, profile
from pos_returns.printing.raster import logo_png
from pos_returns.services import print_jobs, print_sending
from pos_returns.services.auth import Actor
from pos_returns.services.errors import InvalidInput
from pos_returns.services.print_pages import printer_test_page
from pos_returns.services.print_sending import DueJob
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import Store, utcnow

log = logging.getLogger(__name__)


def config_of(settings: print_jobs.PrinterSettings) -> PrinterConfig:
    return PrinterConfig(settings.url, settings.profile or profile().name)


def checked_printer(url: str, profile_name: str | None = None) -> PrinterConfig:
    """The printer `url` of model `profile_name`, checked; raises InvalidInput."""
    try:
        return printer_config(url, profile_name)
    except BadPrinterURL as exc:
        raise InvalidInput(exc.sentence) from None
    except (ValueError, UnknownProfile) as exc:
        raise InvalidInput(str(exc)) from None


def set_register_printer(
    uow: UnitOfWork,
    store: Store,
    actor: Actor,
    register: str,
    *,
    url: str,
    profile_name: str | None = None,
) -> PrinterConfig:
    """Check the printer's URL and model, then save them in `uow` (managers only)."""
    config = checked_printer(url, profile_name)
    print_jobs.save_register_printer(
        uow, store, actor, register, print_jobs.PrinterSettings(config.url, config.profile)
    )
    return config


def change_printer(
    db: Database,
    store_code: str | None,
    actor: Actor,
    register: str,
    *,
    url: str,
    profile_name: str | None = None,
) -> PrinterConfig:
    """Check the printer's URL and model, then save them (managers only), committed."""
    config = checked_printer(url, profile_name)
    print_jobs.change_register_printer(
        db, store_code, actor, register, print_jobs.PrinterSettings(config.url, config.profile)
    )
    return config


def drawer_pulse(config: PrinterConfig) -> bytes:
    return render_escpos(Document("drawer", "en", (OpenDrawer(),)), profile(config.profile))


@dataclass(frozen=True)
class JobPrinter:
    """How a job's document is rendered for `config` (`print_sending.JobPrinter`)."""

    config: PrinterConfig

    @property
    def model(self) -> str:
        return self.config.profile

    @property
    def preview(self) -> bool:
        return self.config.is_preview

    @property
    def keeps_files(self) -> bool:
        return self.config.preview_folder is not None

    def test_page(self, store_name: str) -> Document:
        columns = profile(self.config.profile).columns
        return printer_test_page(
            self.config.url, self.config.profile, columns, store_name, logo_png()
        )

    def render(self, document: Document) -> bytes:
        if self.preview:  # kept as a file: the receipt as a PDF
            return render_pdf(document)
        return render_escpos(document, profile(self.config.profile))


@dataclass
class QueueRun:
    """What one pass over the queue did."""

    sent: list[uuid.UUID] = field(default_factory=list)
    previewed: list[uuid.UUID] = field(default_factory=list)
    waiting: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # (job, why)
    failed: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # needs a person
    elsewhere: list[uuid.UUID] = field(default_factory=list)  # another sender has it
    kept: list[Path] = field(default_factory=list)  # PDFs a preview printer wrote
    kept_problem: str | None = None  # why a preview printer could not keep one
    offline: str | None = None  # the printer did not take the bytes: what it said

    @property
    def problem(self) -> str | None:
        """The sentence for the status bar when the printer is not taking receipts."""
        trouble = self.failed or self.waiting
        return trouble[-1][1] if trouble else self.kept_problem


Sender = Callable[[PrinterConfig, bytes, str], None]  # the printer, the bytes, the job's name


def run_queue(
    engine: Database,
    store_code: str | None,
    register: str,
    *,
    now: Callable[[], datetime] = utcnow,
    sender: Sender = send,
    printer: PrinterConfig | None = None,
    only: uuid.UUID | None = None,
    owner: str | None = None,
) -> QueueRun:
    """Send the register's due jobs once, oldest first; `printer` overrides the register's.

    `only` sends that one job whatever its pause (a reprint asked for at the counter).
    `owner` names this sender in its claims (default: this process).
    """
    owner = owner or print_jobs.sender_id()
    result = QueueRun()
    claimed = print_sending.claim_due(
        engine,
        store_code,
        register,
        now(),
        owner,
        printer_for=lambda settings: JobPrinter(printer or config_of(settings)),
        printer=print_jobs.PrinterSettings(printer.url, printer.profile) if printer else None,
        only=only,
    )
    if claimed.elsewhere and only is not None:
        result.elsewhere.append(only)
        return result
    result.failed += claimed.failed
    result.kept_problem = claimed.kept_problem
    config = printer or config_of(claimed.printer)
    stopped = _send(engine, config, list(claimed.due), result, now=now, sender=sender)
    if result.sent and not stopped and printer is None:
        # The register's printer took everything this pass: what waited for it is due.
        resumed = print_sending.resume_printer(engine, store_code, register)
        if resumed and only is None:
            more = run_queue(engine, store_code, register, now=now, sender=sender, owner=owner)
            result.sent += more.sent
            result.waiting, result.failed = more.waiting, result.failed + more.failed
    return result


def _send(
    engine: Database,
    config: PrinterConfig,
    due: list[DueJob],
    result: QueueRun,
    *,
    now: Callable[[], datetime],
    sender: Sender,
) -> bool:
    """Send the rendered jobs in order, each try and result recorded as it happens (no
    transaction is open while the printer takes its time); True when the printer stopped
    taking them (the rest wait with it)."""
    lease = timedelta(seconds=deadline(config) + 5)
    for position, job in enumerate(due):
        if config.is_preview:
            if job.payload and config.preview_folder is not None:
                _keep_pdf(config.preview_folder, job, result)
            print_sending.mark_done(engine, job.id, now(), shown_only=True)
            result.previewed.append(job.id)
            continue
        attempt = print_sending.mark_started(engine, job.id, now(), lease)
        pulse = drawer_pulse(config) if job.drawer and attempt == 1 else b""
        try:
            sender(config, pulse + job.payload, str(job.id))
        except PrinterOffline as exc:
            why = str(exc)
            result.offline = exc.detail
            rest = [later.id for later in due[position + 1 :]]
            gave_up = print_sending.mark_not_sent(engine, job.id, rest, now(), why)
            (result.failed if gave_up else result.waiting).append((job.id, why))
            result.waiting += [(job_id, why) for job_id in rest]
            log.info("print job %s not printed: %s", job.id, why)
            return True
        print_sending.mark_done(engine, job.id, now())
        result.sent.append(job.id)
        log.info("print job %s sent to %s (%d bytes)", job.id, config.url, len(job.payload))
    return False


def _keep_pdf(folder: Path, job: DueJob, result: QueueRun) -> None:
    """Write the receipt's PDF as a new file, whole or not at all; a name taken already
    (a PDF kept from another database, or any other file) is left alone and the job's id
    added to this one's."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        kept = write_new(folder, job.name, job.payload)
        if kept is None:
            other = f"{Path(job.name).stem}-{job.id}.pdf"
            kept = write_new(folder, other, job.payload) or folder / other
        result.kept.append(kept)
    except OSError as exc:
        result.kept_problem = f"receipt not kept as a PDF in {folder}: {exc.strerror or exc}"
        log.warning("%s", result.kept_problem)
