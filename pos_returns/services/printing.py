"""The print queue: jobs written with the return, sent by a worker, never lost.

A job is a row (see `PrintJob`). The worker renders a job's bytes once and stores them,
sends them outside any database transaction (a printer may take seconds), and marks the
job done only after the printer took them. A printer that is offline or out of paper is
retried with a growing pause; after `MAX_ATTEMPTS` the job shows as failed until someone
retries it. A killed app leaves its jobs queued: the next worker sends them.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, or_, select

from pos_returns.i18n import check_language
from pos_returns.printing.document import Document
from pos_returns.printing.escpos_render import render_escpos
from pos_returns.printing.printers import (
    PrinterConfig,
    PrinterOffline,
    printer_config,
    send,
)
from pos_returns.printing.profiles import UnknownProfile, profile
from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import InvalidInput, NotFound
from pos_returns.services.receipts import find_return, printer_test_page, return_receipt
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import PrintJob, Register, Store, utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
FIRST_PAUSE = timedelta(seconds=5)
LONGEST_PAUSE = timedelta(minutes=5)
QUEUED, DONE, FAILED = "queued", "done", "failed"
PREVIEW = PrinterConfig("preview:")


def pause_after(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, ... at most 5 minutes between tries."""
    return min(FIRST_PAUSE * 2 ** max(0, attempts - 1), LONGEST_PAUSE)


# -- configuration ----------------------------------------------------------------------
def register_printer(uow: UnitOfWork, store: Store, register: str) -> PrinterConfig:
    """The register's printer (preview only when none is set)."""
    row = _register(uow, store, register)
    settings = row.printer or {}
    if not settings.get("url"):
        return PREVIEW
    return PrinterConfig(settings["url"], settings.get("profile") or profile().name)


def set_register_printer(
    uow: UnitOfWork,
    store: Store,
    actor: Actor,
    register: str,
    *,
    url: str,
    profile_name: str | None = None,
) -> PrinterConfig:
    """Managers only. Raises InvalidInput for a URL or profile that cannot work."""
    require_manager(actor, "setting a register's printer")
    try:
        config = printer_config(url, profile_name)
    except (ValueError, UnknownProfile) as exc:
        raise InvalidInput(str(exc)) from None
    row = _register(uow, store, register)
    row.printer = {"url": config.url, "profile": config.profile}
    uow.flush()
    return config


def _register(uow: UnitOfWork, store: Store, code: str) -> Register:
    row = uow.session.scalars(
        select(Register).where(Register.store_id == store.id, Register.code == code)
    ).first()
    if row is None:
        codes = uow.session.scalars(
            select(Register.code).where(Register.store_id == store.id).order_by(Register.code)
        ).all()
        raise NotFound(f"no register {code!r} at {store.code}; registers: {', '.join(codes)}")
    return row


# -- jobs ---------------------------------------------------------------------------------
def queue_reprint(
    uow: UnitOfWork, store: Store, number: str, register: str, language: str | None = None
) -> PrintJob:
    """A copy of a return's receipt (it says "COPY" once the original was printed)."""
    row = find_return(uow, store, number)
    _register(uow, store, register)
    job = PrintJob(
        store_id=store.id,
        return_id=row.id,
        kind="reprint",
        register_code=register,
        language=check_language(language or row.language),
        copy=was_printed(uow, row.id),
    )
    uow.session.add(job)
    uow.flush()
    return job


def was_printed(uow: UnitOfWork, return_id: uuid.UUID) -> bool:
    """Whether the customer got this return's receipt on paper (a preview is not paper)."""
    printed = uow.session.scalars(
        select(PrintJob.id).where(
            PrintJob.return_id == return_id,
            PrintJob.status == DONE,
            PrintJob.printer.not_like(f"%{PREVIEW.url}"),
        )
    ).first()
    return printed is not None


def queue_test_page(uow: UnitOfWork, store: Store, register: str) -> PrintJob:
    _register(uow, store, register)
    job = PrintJob(
        store_id=store.id, kind="printer_test_page", register_code=register, language="en"
    )
    uow.session.add(job)
    uow.flush()
    return job


def jobs(
    uow: UnitOfWork, store: Store, register: str | None = None, *, waiting_only: bool = False
) -> list[PrintJob]:
    """The newest jobs first; `waiting_only`: queued and failed ones (the screen counts them)."""
    query = select(PrintJob).where(PrintJob.store_id == store.id)
    if register is not None:
        query = query.where(PrintJob.register_code == register)
    if waiting_only:
        query = query.where(PrintJob.status.in_((QUEUED, FAILED)))
    return list(uow.session.scalars(query.order_by(PrintJob.created_at.desc()).limit(200)))


def retry(uow: UnitOfWork, store: Store, job_id: uuid.UUID) -> PrintJob:
    """Put a failed (or done) job back in the queue, to be sent at once."""
    job = uow.session.get(PrintJob, job_id)
    if job is None or job.store_id != store.id:
        raise NotFound(f"no print job {job_id}")
    job.status = QUEUED
    job.next_attempt_at = None
    job.attempts = 0
    uow.flush()
    return job


def job_document(uow: UnitOfWork, store: Store, job: PrintJob, config: PrinterConfig) -> Document:
    if job.kind == "printer_test_page":
        return printer_test_page(
            config.url, config.profile, profile(config.profile).columns, store.name
        )
    if job.return_id is None:
        raise NotFound(f"print job {job.id} has nothing to print")
    from pos_returns.store.models import Return

    row = uow.session.get(Return, job.return_id)
    if row is None:
        raise NotFound(f"print job {job.id}: its return is gone")
    return return_receipt(uow, store, row, job.language, copy=job.copy)


# -- the worker ---------------------------------------------------------------------------
@dataclass
class QueueRun:
    """What one pass over the queue did."""

    sent: list[uuid.UUID] = field(default_factory=list)
    previewed: list[uuid.UUID] = field(default_factory=list)
    waiting: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # (job, why)
    failed: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # gave up: needs a person

    @property
    def problem(self) -> str | None:
        """The sentence for the status bar when the printer is not taking receipts."""
        trouble = self.failed or self.waiting
        return trouble[-1][1] if trouble else None


Sender = Callable[[PrinterConfig, bytes], None]


def run_queue(
    engine: Engine,
    store_code: str | None,
    register: str,
    *,
    now: Callable[[], datetime] = utcnow,
    sender: Sender = send,
    printer: PrinterConfig | None = None,
    only: uuid.UUID | None = None,
) -> QueueRun:
    """Send the register's due jobs once, oldest first; `printer` overrides the register's.

    `only` sends that one job whatever its pause (a reprint asked for at the counter).
    """
    result = QueueRun()
    due = _prepare(engine, store_code, register, now(), override=printer, only=only)
    for job_id, config, payload in due:
        if config.is_preview:
            _finish(engine, job_id, now(), None)
            result.previewed.append(job_id)
            continue
        try:
            sender(config, payload)
        except PrinterOffline as exc:
            gave_up = _finish(engine, job_id, now(), str(exc))
            (result.failed if gave_up else result.waiting).append((job_id, str(exc)))
            log.info("print job %s not printed: %s", job_id, exc)
            # The printer is down: the other jobs wait for the next pass, in order.
            result.waiting += [(j, str(exc)) for j, _c, _p in due if j not in _ids(result)]
            break
        _finish(engine, job_id, now(), None)
        result.sent.append(job_id)
        log.info("print job %s sent to %s (%d bytes)", job_id, config.url, len(payload))
    return result


def _ids(result: QueueRun) -> set[uuid.UUID]:
    return {*result.sent, *result.previewed, *(j for j, _ in result.waiting + result.failed)}


def _prepare(
    engine: Engine,
    store_code: str | None,
    register: str,
    at: datetime,
    *,
    override: PrinterConfig | None,
    only: uuid.UUID | None,
) -> list[tuple[uuid.UUID, PrinterConfig, bytes]]:
    """The due jobs with their bytes, rendering (and storing) those not rendered yet."""
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow, store_code)
        config = override or register_printer(uow, store, register)
        query = select(PrintJob).where(
            PrintJob.store_id == store.id, PrintJob.register_code == register
        )
        if only is not None:
            query = query.where(PrintJob.id == only)
        else:
            query = query.where(
                PrintJob.status == QUEUED,
                or_(PrintJob.next_attempt_at.is_(None), PrintJob.next_attempt_at <= at),
            )
        due: list[tuple[uuid.UUID, PrinterConfig, bytes]] = []
        for job in uow.session.scalars(query.order_by(PrintJob.created_at, PrintJob.id)):
            if job.payload is None or job.printer != config.key:
                document = job_document(uow, store, job, config)
                job.payload = render_escpos(document, profile(config.profile))
                job.printer = config.key
            due.append((job.id, config, job.payload))
        uow.commit()
    return due


def _finish(engine: Engine, job_id: uuid.UUID, at: datetime, error: str | None) -> bool:
    """Record one try; True when the job is given up on (failed)."""
    with UnitOfWork(engine, write=True) as uow:
        job = uow.session.get(PrintJob, job_id)
        assert job is not None
        job.attempts += 1
        if error is None:
            job.status = DONE
            job.done_at = at
            job.last_error = ""
            job.next_attempt_at = None
        else:
            job.last_error = error
            job.next_attempt_at = at + pause_after(job.attempts)
            job.status = FAILED if job.attempts >= MAX_ATTEMPTS else QUEUED
        gave_up = job.status == FAILED
        uow.commit()
    return gave_up


def describe(job: PrintJob) -> dict[str, Any]:
    """A job as the queue list shows it."""
    return {
        "id": str(job.id),
        "kind": job.kind,
        "register": job.register_code,
        "status": job.status,
        "attempts": job.attempts,
        "copy": job.copy,
        "language": job.language,
        "created_at": job.created_at.isoformat(timespec="seconds"),
        "last_error": job.last_error,
        "next_attempt_at": job.next_attempt_at.isoformat(timespec="seconds")
        if job.next_attempt_at
        else None,
    }
