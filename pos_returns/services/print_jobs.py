"""Print jobs: the rows the print queue is made of, and who may change a printer.

A job is written in the transaction that makes its receipt (see `PrintJob`). The sending
side lives in the printing layer (`pos_returns.printing.queue`); this module keeps the
bookkeeping it needs, with no knowledge of printers: which jobs are due, who is sending
them (a claim, so two senders never print one job twice), what happened.

Retries pause the register's printer, not a job: when a send fails every waiting job of
the register waits the same pause, and the next pass sends them oldest first.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update

from pos_returns.i18n import check_language
from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import InvalidInput, NotFound
from pos_returns.services.receipts import find_return
from pos_returns.services.register import check_register
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import PrintJob, Register, Return, Store

QUEUED, DONE, FAILED, PREVIEWED = "queued", "done", "failed", "previewed"
WAITING = (QUEUED, FAILED)
ORIGINAL, REPRINT, TEST_PAGE = "return_receipt", "reprint", "test_page"
PREVIEW_URL = "preview:"
MAX_ATTEMPTS = 6
FIRST_PAUSE = timedelta(seconds=5)
LONGEST_PAUSE = timedelta(minutes=5)
CLAIM = timedelta(minutes=2)  # a pass's hold on its jobs; each send renews it


def pause_after(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, ... at most 5 minutes between tries."""
    return min(FIRST_PAUSE * 2 ** max(0, attempts - 1), LONGEST_PAUSE)


# -- printers of registers ----------------------------------------------------------------
@dataclass(frozen=True)
class PrinterSettings:
    url: str = PREVIEW_URL
    profile: str | None = None  # None: the printing layer's default model


def register_printer(uow: UnitOfWork, store: Store, register: str) -> PrinterSettings:
    """The register's printer (preview only when none is set)."""
    settings = _register(uow, store, register).printer or {}
    if not settings.get("url"):
        return PrinterSettings()
    return PrinterSettings(settings["url"], settings.get("profile"))


def save_register_printer(
    uow: UnitOfWork, store: Store, actor: Actor, register: str, settings: PrinterSettings
) -> None:
    """Managers only. The printing layer checks the URL and model before calling this."""
    require_manager(actor, "setting a register's printer")
    row = _register(uow, store, register, here=True)
    row.printer = {"url": settings.url, "profile": settings.profile}
    uow.flush()


def install_printer(
    uow: UnitOfWork, store: Store, register: str, settings: PrinterSettings
) -> bool:
    """At installation, before anyone signs in: give a register without a printer this one.
    Returns False (and changes nothing) when a printer is set already."""
    row = _register(uow, store, register, here=True)
    if (row.printer or {}).get("url"):
        return False
    row.printer = {"url": settings.url, "profile": settings.profile}
    uow.flush()
    return True


def _register(uow: UnitOfWork, store: Store, code: str, *, here: bool = False) -> Register:
    """The register `code` of `store`; with `here`, only this database's own register (a
    job queued for another would wait forever: no worker of this database sends it)."""
    if here:
        code = check_register(uow, code).register
    row = uow.session.scalars(
        select(Register).where(Register.store_id == store.id, Register.code == code)
    ).first()
    if row is None:
        codes = uow.session.scalars(
            select(Register.code).where(Register.store_id == store.id).order_by(Register.code)
        ).all()
        raise NotFound(f"no register {code!r} at {store.code}; registers: {', '.join(codes)}")
    return row


# -- jobs -----------------------------------------------------------------------------------
def queue_reprint(
    uow: UnitOfWork,
    store: Store,
    number: str,
    register: str,
    language: str | None = None,
    *,
    sender: tuple[str, datetime] | None = None,
) -> PrintJob:
    """Another print of a return's receipt; it says "COPY" if the customer has (or is about
    to get) the original on paper, which is decided when it is printed. `sender` (owner,
    now) claims it for the one who prints it at once, so the worker leaves it alone."""
    row = find_return(uow, store, number)
    register = _register(uow, store, register, here=True).code
    job = PrintJob(
        store_id=store.id,
        return_id=row.id,
        kind=REPRINT,
        register_code=register,
        language=check_language(language or row.language),
    )
    if sender is not None:
        job.claimed_by, job.claimed_until = sender[0], sender[1] + CLAIM
    uow.session.add(job)
    uow.flush()
    return job


def queue_test_page(
    uow: UnitOfWork, store: Store, register: str, *, sender: tuple[str, datetime] | None = None
) -> PrintJob:
    """A test page for the register's printer (`sender` as for `queue_reprint`)."""
    register = _register(uow, store, register, here=True).code
    job = PrintJob(store_id=store.id, kind=TEST_PAGE, register_code=register, language="en")
    if sender is not None:
        job.claimed_by, job.claimed_until = sender[0], sender[1] + CLAIM
    uow.session.add(job)
    uow.flush()
    return job


def on_paper(uow: UnitOfWork, return_id: uuid.UUID, but: uuid.UUID | None = None) -> bool:
    """Whether the customer has the return's receipt on paper, or its original is queued
    for a register's printer (a receipt only shown on screen is not paper; an original
    given up on never reached the customer). `but` leaves out the job asking."""
    rows = uow.session.execute(
        select(PrintJob.id, PrintJob.kind, PrintJob.status, PrintJob.register_code).where(
            PrintJob.return_id == return_id
        )
    ).all()
    for job_id, kind, status, register in rows:
        if job_id == but:
            continue
        if status == DONE:
            return True
        if kind == ORIGINAL and status == QUEUED and _has_printer(uow, return_id, register):
            return True
    return False


def _has_printer(uow: UnitOfWork, return_id: uuid.UUID, register: str) -> bool:
    row = uow.session.get(Return, return_id)
    if row is None:
        return False
    printer = uow.session.scalar(
        select(Register.printer).where(Register.store_id == row.store_id, Register.code == register)
    )
    url = (printer or {}).get("url")
    return bool(url) and url != PREVIEW_URL


def jobs(
    uow: UnitOfWork, store: Store, register: str | None = None, *, waiting_only: bool = False
) -> list[PrintJob]:
    """The newest jobs first; `waiting_only`: queued and failed ones (the screen counts them)."""
    query = select(PrintJob).where(PrintJob.store_id == store.id)
    if register is not None:
        query = query.where(PrintJob.register_code == register)
    if waiting_only:
        query = query.where(PrintJob.status.in_(WAITING))
    return list(uow.session.scalars(query.order_by(PrintJob.created_at.desc()).limit(200)))


def retry(uow: UnitOfWork, store: Store, job_id: uuid.UUID, at: datetime) -> PrintJob:
    """Send a waiting or failed job at the next pass, whatever its pause."""
    job = uow.session.get(PrintJob, job_id)
    if job is None or job.store_id != store.id:
        raise NotFound(f"no print job {job_id}")
    if job.claimed_until is not None and job.claimed_until >= at:
        raise InvalidInput(f"print job {job_id} is being printed right now; wait for it")
    if job.status not in WAITING:
        raise InvalidInput(
            f"print job {job_id} is {job.status} already; to print the receipt again, use "
            "`pos-returns print receipt RETURN_NO`"
        )
    job.status = QUEUED
    job.next_attempt_at = None
    if job.attempts >= MAX_ATTEMPTS:
        job.attempts = 0
    uow.flush()
    return job


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


# -- the sender's bookkeeping ---------------------------------------------------------------
def sender_id() -> str:
    """Who is sending: this process on this computer (claims carry it)."""
    return f"{socket.gethostname()}:{os.getpid()}"


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
        raise NotFound(f"print job {job.id} has no return to print")
    return row


def _job(uow: UnitOfWork, job_id: uuid.UUID) -> PrintJob:
    job = uow.session.get(PrintJob, job_id)
    if job is None:
        raise NotFound(f"no print job {job_id}")
    return job
