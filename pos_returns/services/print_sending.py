"""The print queue's sender, on the database's side: which jobs are due, who is sending
them (a claim, so two senders never print one job twice), each try and what happened.

The printing layer (`pos_returns.printing.queue`) sends; it asks these use cases, each a
short transaction of its own, so no transaction is open while a printer takes its time:

    claimed = claim_due(db, "S01", "R1", now, owner, printer_for=...)  # render, store bytes
    attempt = mark_started(db, job, now, lease)                     # before the bytes go
    mark_done(db, job, now)  /  mark_not_sent(db, job, rest, now, why)

Services know no printers: the printing layer hands `claim_due` a `JobPrinter` that
renders a job's document for the printer the register has.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import or_, select, update

from pos_returns.domain.document import Document
from pos_returns.services.errors import NotFound, ServiceError, say
from pos_returns.services.print_jobs import (
    CLAIM,
    DONE,
    DRAWER_WINDOW,
    FAILED,
    MAX_ATTEMPTS,
    ORIGINAL,
    PREVIEWED,
    QUEUED,
    TEST_PAGE,
    WAITING,
    PrinterSettings,
    on_paper,
    pause_after,
    register_printer,
)
from pos_returns.services.receipts import has_cash_refund, return_receipt
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import PrintJob, Return, Store


class JobPrinter(Protocol):
    """The printer a pass sends to, as the printing layer renders for it."""

    @property
    def model(self) -> str:
        """The printer model the bytes are rendered for (kept with the job)."""
        ...

    @property
    def preview(self) -> bool:
        """Only shown on screen: nothing is sent."""
        ...

    @property
    def keeps_files(self) -> bool:
        """A preview printer that keeps each receipt as a PDF (`render` gives the PDF)."""
        ...

    def test_page(self, store_name: str) -> Document: ...

    def render(self, document: Document) -> bytes:
        """The bytes for this printer; raises ValueError when it cannot render them."""
        ...


@dataclass(frozen=True)
class DueJob:
    """A claimed job, rendered: what to send (for a preview printer that keeps files, the
    receipt as a PDF), whether the drawer opens first, and the file's name."""

    id: uuid.UUID
    payload: bytes
    drawer: bool  # the original of a cash refund, while the customer is at the counter
    name: str = ""


@dataclass(frozen=True)
class Claimed:
    """What `claim_due` claimed for one pass."""

    printer: PrinterSettings  # the printer the jobs were rendered for
    due: tuple[DueJob, ...] = ()
    failed: tuple[tuple[uuid.UUID, str], ...] = ()  # could not be rendered: given up
    elsewhere: bool = False  # the job asked for (`only`) is another sender's now
    kept_problem: str | None = None  # why a preview printer will not keep a PDF


# -- the use cases ---------------------------------------------------------------------------
def claim_due(
    db: Database,
    store_code: str | None,
    register: str,
    at: datetime,
    owner: str,
    *,
    printer_for: Callable[[PrinterSettings], JobPrinter],
    printer: PrinterSettings | None = None,
    only: uuid.UUID | None = None,
) -> Claimed:
    """Claim the register's due jobs for `owner` and render (and store) the bytes of those
    not rendered yet for its printer (`printer` instead of the register's), in one short
    transaction, committed. A job that cannot be rendered fails on its own; `only` names
    one job to claim whatever its pause (nothing is claimed when another sender has it)."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        settings = printer if printer is not None else register_printer(uow, store, register)
        if only is not None and held_elsewhere(uow, only, at, owner):
            return Claimed(settings, elsewhere=True)
        claimed = _render(uow, store, register, printer_for(settings), at, owner=owner, only=only)
        uow.commit()
    return Claimed(settings, *claimed)


def mark_started(db: Database, job_id: uuid.UUID, at: datetime, lease: timedelta) -> int:
    """A try begins (`start`), committed before the bytes go; gives the try's number."""
    with UnitOfWork(db, write=True) as uow:
        attempt = start(uow, job_id, at, lease)
        uow.commit()
    return attempt


def mark_done(db: Database, job_id: uuid.UUID, at: datetime, *, shown_only: bool = False) -> None:
    """The printer took the job (or, `shown_only`, the screen showed it), committed."""
    with UnitOfWork(db, write=True) as uow:
        finish(uow, job_id, at, shown_only=shown_only)
        uow.commit()


def mark_not_sent(
    db: Database, job_id: uuid.UUID, rest: list[uuid.UUID], at: datetime, why: str
) -> bool:
    """The printer did not take `job_id` (`failed_to_send`), committed; True when the job
    is given up on."""
    with UnitOfWork(db, write=True) as uow:
        gave_up = failed_to_send(uow, job_id, rest, at, why)
        uow.commit()
    return gave_up


def resume_printer(db: Database, store_code: str | None, register: str) -> int:
    """The register's printer took everything: its paused jobs are due again (`resume`),
    committed; gives how many."""
    with UnitOfWork(db, write=True) as uow:
        resumed = resume(uow, get_store(uow, store_code), register)
        uow.commit()
    return resumed


# -- rendering what is due -------------------------------------------------------------------
def _render(
    uow: UnitOfWork,
    store: Store,
    register: str,
    printer: JobPrinter,
    at: datetime,
    *,
    owner: str,
    only: uuid.UUID | None,
) -> tuple[tuple[DueJob, ...], tuple[tuple[uuid.UUID, str], ...], str | None]:
    """Claim the due jobs and render (and store) the bytes of those not rendered yet for
    this printer model: the jobs to send, those that failed, and a preview's problem."""
    due: list[DueJob] = []
    failed: list[tuple[uuid.UUID, str]] = []
    kept_problem = None
    for job in claim(uow, store, register, at, owner, only=only):
        if printer.preview:  # the screen draws its own preview; a PDF where it keeps files
            pdf, name = b"", ""
            if printer.keeps_files:
                try:
                    pdf = printer.render(_document(uow, store, job, printer))
                    name = _file_name(uow, job)
                except (ServiceError, ValueError) as exc:
                    kept_problem = f"receipt not kept as a PDF: {exc}"
            due.append(DueJob(job.id, pdf, drawer=False, name=name))
            continue
        if job.payload is None or job.printer != printer.model:
            try:
                job.payload = printer.render(_document(uow, store, job, printer))
            except (ServiceError, ValueError) as exc:
                give_up(uow, job.id, f"cannot print this job: {exc}")
                failed.append((job.id, str(exc)))
                continue
            job.printer = printer.model
        drawer = (
            job.kind == ORIGINAL
            and job.attempts == 0  # and `start` must make this its first try
            and at - job.created_at <= DRAWER_WINDOW
            and has_cash_refund(uow, the_return(uow, job))
        )
        due.append(DueJob(job.id, job.payload, drawer))
    return tuple(due), tuple(failed), kept_problem


def _document(uow: UnitOfWork, store: Store, job: PrintJob, printer: JobPrinter) -> Document:
    if job.kind == TEST_PAGE:
        return printer.test_page(store.name)
    row = the_return(uow, job)
    job.copy = job.kind != ORIGINAL and on_paper(uow, row.id, job.id)
    return return_receipt(uow, store, row, job.language, copy=job.copy)


def _file_name(uow: UnitOfWork, job: PrintJob) -> str:
    """`S01-R1-RT000012.pdf` for a return's receipt; a reprint or a test page adds its kind
    and job id (one file per print job, none overwritten)."""
    number = the_return(uow, job).number if job.return_id else "printer"
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in number)
    return f"{safe}.pdf" if job.kind == ORIGINAL else f"{safe}-{job.kind}-{job.id}.pdf"


# -- the bookkeeping steps -------------------------------------------------------------------
def _gone(owner: str) -> bool:
    """Whether the sender `owner` is a process of this computer that no longer runs."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or os.name == "nt":
        return False  # another till's, or not knowable here: its claim runs out instead
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def claim(
    uow: UnitOfWork,
    store: Store,
    register: str,
    at: datetime,
    owner: str,
    *,
    only: uuid.UUID | None = None,
) -> list[PrintJob]:
    """The register's jobs to send now, oldest first, claimed for `owner`.

    The register's printer is due when any waiting job's pause is over; then all its
    queued jobs go, in order. `only` claims that one job whatever the pause. A job another
    sender holds is skipped until its claim runs out, or at once if that sender was a
    process of this computer that died (a killed app): its jobs are taken over.
    """
    held = uow.session.scalars(
        select(PrintJob).where(
            PrintJob.store_id == store.id,
            PrintJob.register_code == register,
            PrintJob.claimed_until >= at,
            PrintJob.claimed_by != owner,
        )
    ).all()
    for job in held:
        if _gone(job.claimed_by):
            job.claimed_until = None
    uow.flush()
    free = or_(
        PrintJob.claimed_until.is_(None),
        PrintJob.claimed_until < at,
        PrintJob.claimed_by == owner,
    )
    query = select(PrintJob).where(
        PrintJob.store_id == store.id, PrintJob.register_code == register, free
    )
    if only is not None:
        query = query.where(PrintJob.id == only, PrintJob.status.in_(WAITING))
    else:
        query = query.where(PrintJob.status == QUEUED)
    rows = list(
        uow.session.scalars(
            query.order_by(PrintJob.created_at, PrintJob.id).with_for_update(skip_locked=True)
        )
    )
    if only is None and not any(r.next_attempt_at is None or r.next_attempt_at <= at for r in rows):
        return []
    for row in rows:
        row.claimed_until = at + CLAIM
        row.claimed_by = owner
    uow.flush()
    return rows


def held_elsewhere(uow: UnitOfWork, job_id: uuid.UUID, at: datetime, owner: str) -> bool:
    """Whether another sender is sending `job_id` now."""
    job = uow.session.get(PrintJob, job_id)
    return (
        job is not None
        and job.claimed_until is not None
        and job.claimed_until >= at
        and job.claimed_by != owner
    )


def start(uow: UnitOfWork, job_id: uuid.UUID, at: datetime, lease: timedelta) -> int:
    """A try begins: counted before the bytes go (a sender that dies while sending still
    used its try), and the claim renewed for the send. Gives the try's number."""
    job = _job(uow, job_id)
    job.attempts += 1
    job.claimed_until = at + lease
    uow.flush()
    return job.attempts


def finish(uow: UnitOfWork, job_id: uuid.UUID, at: datetime, *, shown_only: bool = False) -> None:
    """The printer took the job (or, `shown_only`, the screen showed it)."""
    job = _job(uow, job_id)
    if shown_only:
        job.attempts += 1
    job.status = PREVIEWED if shown_only else DONE
    job.done_at = at
    job.last_error = ""
    job.next_attempt_at = None
    job.claimed_until = None
    uow.flush()


def give_up(uow: UnitOfWork, job_id: uuid.UUID, why: str) -> None:
    """The job cannot be printed at all (its return is gone, it cannot be rendered)."""
    job = _job(uow, job_id)
    job.attempts += 1
    job.status = FAILED
    job.last_error = why[:1000]
    job.claimed_until = None
    uow.flush()


def failed_to_send(
    uow: UnitOfWork, job_id: uuid.UUID, others: list[uuid.UUID], at: datetime, why: str
) -> bool:
    """The printer did not take `job_id` (its try was counted by `start`): pause it and
    the `others` still to send, the printer is down for all of them. True when the job is
    given up on (failed)."""
    job = _job(uow, job_id)
    job.last_error = why[:1000]
    job.claimed_until = None
    job.status = FAILED if job.attempts >= MAX_ATTEMPTS else QUEUED
    pause_until = at + pause_after(job.attempts)
    job.next_attempt_at = pause_until
    if others:
        uow.session.execute(
            update(PrintJob)
            .where(PrintJob.id.in_(others), PrintJob.status == QUEUED)
            .values(next_attempt_at=pause_until, claimed_until=None)
            .execution_options(synchronize_session=False)
        )
    uow.flush()
    return job.status == FAILED


def release(uow: UnitOfWork, job_ids: list[uuid.UUID]) -> None:
    """Let go of jobs claimed but not sent (the pass stopped)."""
    if job_ids:
        uow.session.execute(
            update(PrintJob)
            .where(PrintJob.id.in_(job_ids))
            .values(claimed_until=None)
            .execution_options(synchronize_session=False)
        )


def resume(uow: UnitOfWork, store: Store, register: str) -> int:
    """The printer took a job: the register's paused jobs are due again (oldest first)."""
    result = uow.session.execute(
        update(PrintJob)
        .where(
            PrintJob.store_id == store.id,
            PrintJob.register_code == register,
            PrintJob.status == QUEUED,
            PrintJob.next_attempt_at.is_not(None),
        )
        .values(next_attempt_at=None)
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def the_return(uow: UnitOfWork, job: PrintJob) -> Return:
    row = uow.session.get(Return, job.return_id) if job.return_id else None
    if row is None:
        raise NotFound(say("print job {job} has no return to print", job=job.id))
    return row


def _job(uow: UnitOfWork, job_id: uuid.UUID) -> PrintJob:
    job = uow.session.get(PrintJob, job_id)
    if job is None:
        raise NotFound(say("no print job {job}", job=job_id))
    return job
