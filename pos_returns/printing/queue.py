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

from sqlalchemy import Engine

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
from pos_returns.services import print_jobs
from pos_returns.services.auth import Actor
from pos_returns.services.errors import InvalidInput, ServiceError
from pos_returns.services.print_pages import printer_test_page
from pos_returns.services.receipts import has_cash_refund, return_receipt
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import PrintJob, Store, utcnow

log = logging.getLogger(__name__)

# The drawer opens with the original receipt only while the customer is still at the
# counter; a receipt that waited for its printer longer than this opens nothing.
DRAWER_WINDOW = timedelta(minutes=2)


def config_of(settings: print_jobs.PrinterSettings) -> PrinterConfig:
    return PrinterConfig(settings.url, settings.profile or profile().name)


def set_register_printer(
    uow: UnitOfWork,
    store: Store,
    actor: Actor,
    register: str,
    *,
    url: str,
    profile_name: str | None = None,
) -> PrinterConfig:
    """Check the printer's URL and model, then save them (managers only)."""
    try:
        config = printer_config(url, profile_name)
    except BadPrinterURL as exc:
        raise InvalidInput(exc.sentence) from None
    except (ValueError, UnknownProfile) as exc:
        raise InvalidInput(str(exc)) from None
    print_jobs.save_register_printer(
        uow, store, actor, register, print_jobs.PrinterSettings(config.url, config.profile)
    )
    return config


def job_document(uow: UnitOfWork, store: Store, job: PrintJob, config: PrinterConfig) -> Document:
    if job.kind == print_jobs.TEST_PAGE:
        return printer_test_page(
            config.url, config.profile, profile(config.profile).columns, store.name, logo_png()
        )
    row = print_jobs.the_return(uow, job)
    job.copy = job.kind != print_jobs.ORIGINAL and print_jobs.on_paper(uow, row.id, job.id)
    return return_receipt(uow, store, row, job.language, copy=job.copy)


def drawer_pulse(config: PrinterConfig) -> bytes:
    return render_escpos(Document("drawer", "en", (OpenDrawer(),)), profile(config.profile))


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


@dataclass(frozen=True)
class _Due:
    id: uuid.UUID
    payload: bytes  # for a preview printer that keeps files: the receipt as a PDF
    drawer: bool  # the original of a cash refund, while the customer is at the counter
    name: str = ""  # the file's name, for a preview printer that keeps files


Sender = Callable[[PrinterConfig, bytes, str], None]  # the printer, the bytes, the job's name


def run_queue(
    engine: Engine,
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
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow, store_code)
        config = printer or config_of(print_jobs.register_printer(uow, store, register))
        if only is not None and print_jobs.held_elsewhere(uow, only, now(), owner):
            result.elsewhere.append(only)
            return result
        due = _render(uow, store, register, config, now(), owner=owner, only=only, result=result)
        uow.commit()
    lease = timedelta(seconds=deadline(config) + 5)
    stopped = False
    for position, job in enumerate(due):
        if config.is_preview:
            if job.payload and config.preview_folder is not None:
                _keep_pdf(config.preview_folder, job, result)
            _finished(engine, job.id, now(), shown_only=True)
            result.previewed.append(job.id)
            continue
        attempt = _started(engine, job.id, now(), lease)
        pulse = drawer_pulse(config) if job.drawer and attempt == 1 else b""
        try:
            sender(config, pulse + job.payload, str(job.id))
        except PrinterOffline as exc:
            why = str(exc)
            result.offline = exc.detail
            rest = [later.id for later in due[position + 1 :]]
            gave_up = _not_sent(engine, job.id, rest, now(), why)
            (result.failed if gave_up else result.waiting).append((job.id, why))
            result.waiting += [(job_id, why) for job_id in rest]
            log.info("print job %s not printed: %s", job.id, why)
            stopped = True
            break
        _finished(engine, job.id, now())
        result.sent.append(job.id)
        log.info("print job %s sent to %s (%d bytes)", job.id, config.url, len(job.payload))
    if result.sent and not stopped and printer is None:
        # The register's printer took everything this pass: what waited for it is due.
        with UnitOfWork(engine, write=True) as uow:
            resumed = print_jobs.resume(uow, get_store(uow, store_code), register)
            uow.commit()
        if resumed and only is None:
            more = run_queue(engine, store_code, register, now=now, sender=sender, owner=owner)
            result.sent += more.sent
            result.waiting, result.failed = more.waiting, result.failed + more.failed
    return result


def _render(
    uow: UnitOfWork,
    store: Store,
    register: str,
    config: PrinterConfig,
    at: datetime,
    *,
    owner: str,
    only: uuid.UUID | None,
    result: QueueRun,
) -> list[_Due]:
    """Claim the due jobs and render (and store) the bytes of those not rendered yet for
    this printer model. A job that cannot be rendered fails on its own."""
    due: list[_Due] = []
    for job in print_jobs.claim(uow, store, register, at, owner, only=only):
        if config.is_preview:  # the screen draws its own preview; a PDF where it keeps files
            pdf, name = b"", ""
            if config.preview_folder is not None:
                try:
                    document = job_document(uow, store, job, config)
                    pdf, name = render_pdf(document), _file_name(uow, job)
                except (ServiceError, ValueError) as exc:
                    result.kept_problem = f"receipt not kept as a PDF: {exc}"
            due.append(_Due(job.id, pdf, drawer=False, name=name))
            continue
        if job.payload is None or job.printer != config.profile:
            try:
                document = job_document(uow, store, job, config)
                job.payload = render_escpos(document, profile(config.profile))
            except (ServiceError, ValueError, UnknownProfile) as exc:
                print_jobs.give_up(uow, job.id, f"cannot print this job: {exc}")
                result.failed.append((job.id, str(exc)))
                continue
            job.printer = config.profile
        drawer = (
            job.kind == print_jobs.ORIGINAL
            and job.attempts == 0  # and `start` must make this its first try
            and at - job.created_at <= DRAWER_WINDOW
            and has_cash_refund(uow, print_jobs.the_return(uow, job))
        )
        due.append(_Due(job.id, job.payload, drawer))
    return due


def _file_name(uow: UnitOfWork, job: PrintJob) -> str:
    """`S01-R1-RT000012.pdf` for a return's receipt; a reprint or a test page adds its kind
    and job id (one file per print job, none overwritten)."""
    number = print_jobs.the_return(uow, job).number if job.return_id else "printer"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in number)
    return f"{safe}.pdf" if job.kind == print_jobs.ORIGINAL else f"{safe}-{job.kind}-{job.id}.pdf"


def _keep_pdf(folder: Path, job: _Due, result: QueueRun) -> None:
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


def _finished(engine: Engine, job_id: uuid.UUID, at: datetime, *, shown_only: bool = False) -> None:
    with UnitOfWork(engine, write=True) as uow:
        print_jobs.finish(uow, job_id, at, shown_only=shown_only)
        uow.commit()


def _started(engine: Engine, job_id: uuid.UUID, at: datetime, lease: timedelta) -> int:
    with UnitOfWork(engine, write=True) as uow:
        attempt = print_jobs.start(uow, job_id, at, lease)
        uow.commit()
    return attempt


def _not_sent(
    engine: Engine, job_id: uuid.UUID, rest: list[uuid.UUID], at: datetime, why: str
) -> bool:
    with UnitOfWork(engine, write=True) as uow:
        gave_up = print_jobs.failed_to_send(uow, job_id, rest, at, why)
        uow.commit()
    return gave_up
