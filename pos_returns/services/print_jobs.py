"""Print jobs: the rows the print queue is made of, and who may change a printer.

A job is written in the transaction that makes its receipt (see `PrintJob`), or queued
here by a door (`order_reprint`, `order_test_page`). The sending side lives in the
printing layer (`pos_returns.printing.queue`); the bookkeeping it needs, with no knowledge
of printers (which jobs are due, who is sending them, what happened), is in
`print_sending.py`.

Retries pause the register's printer, not a job: when a send fails every waiting job of
the register waits the same pause, and the next pass sends them oldest first.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from pos_returns.domain.document import Document
from pos_returns.i18n import check_language
from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import InvalidInput, NotFound, say
from pos_returns.services.receipts import find_return, return_receipt
from pos_returns.services.register import check_register
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import PrintJob, Register, Return, Store

QUEUED, DONE, FAILED, PREVIEWED = "queued", "done", "failed", "previewed"
WAITING = (QUEUED, FAILED)
ORIGINAL, REPRINT, TEST_PAGE = "return_receipt", "reprint", "test_page"
PREVIEW_URL = "preview:"
MAX_ATTEMPTS = 6
FIRST_PAUSE = timedelta(seconds=5)
LONGEST_PAUSE = timedelta(minutes=5)
CLAIM = timedelta(minutes=2)  # a pass's hold on its jobs; each send renews it
# The drawer opens with the original receipt only while the customer is still at the
# counter; a receipt that waited for its printer longer than this opens nothing.
DRAWER_WINDOW = timedelta(minutes=2)


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
        raise NotFound(
            say(
                "no register {code!r} at {store}; registers: {registers}",
                code=code,
                store=store.code,
                registers=", ".join(codes),
            )
        )
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
        raise NotFound(say("no print job {job}", job=job_id))
    if job.claimed_until is not None and job.claimed_until >= at:
        raise InvalidInput(
            say("print job {job} is being printed right now; wait for it", job=job_id)
        )
    if job.status not in WAITING:
        raise InvalidInput(
            say(
                "print job {job} is {status} already; to print the receipt again, use "
                "`pos-returns print receipt RETURN_NO`",
                job=job_id,
                status=job.status,
            )
        )
    job.status = QUEUED
    job.next_attempt_at = None
    if job.attempts >= MAX_ATTEMPTS:
        job.attempts = 0
    uow.flush()
    return job


@dataclass(frozen=True)
class JobRow:
    """A print job as the queue list shows it."""

    id: uuid.UUID
    kind: str
    register: str
    status: str
    attempts: int
    copy: bool
    language: str
    created_at: datetime
    last_error: str
    next_attempt_at: datetime | None

    @property
    def waiting(self) -> bool:
        return self.status in WAITING


def _row(job: PrintJob) -> JobRow:
    return JobRow(
        id=job.id,
        kind=job.kind,
        register=job.register_code,
        status=job.status,
        attempts=job.attempts,
        copy=bool(job.copy),
        language=job.language,
        created_at=job.created_at,
        last_error=job.last_error or "",
        next_attempt_at=job.next_attempt_at,
    )


# -- the sender --------------------------------------------------------------------------------
def sender_id() -> str:
    """Who is sending: this process on this computer (claims carry it)."""
    return f"{socket.gethostname()}:{os.getpid()}"


# -- the use cases the doors call -----------------------------------------------------------
@dataclass(frozen=True)
class ReceiptCopy:
    """A return's receipt as it would print now, and the register's printer."""

    document: Document
    printer: PrinterSettings


def printer_of(db: Database, store_code: str | None, register: str) -> PrinterSettings:
    """The register's printer (preview only when none is set). Raises NotFound."""
    with UnitOfWork(db) as uow:
        return register_printer(uow, get_store(uow, store_code), register)


def receipt_to_print(
    db: Database, store_code: str | None, number: str, register: str, language: str | None = None
) -> ReceiptCopy:
    """The receipt of return `number` as a reprint would give it (a "COPY" when the
    customer has the original on paper), in `language` (default: the counter's), and the
    printer of `register`; writes nothing. Raises NotFound."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        row = find_return(uow, store, number)
        document = return_receipt(uow, store, row, language, copy=on_paper(uow, row.id))
        return ReceiptCopy(document, register_printer(uow, store, register))


def order_reprint(
    db: Database,
    store_code: str | None,
    number: str,
    register: str,
    language: str | None = None,
    *,
    sender: tuple[str, datetime] | None = None,
) -> uuid.UUID:
    """Queue another print of return `number`'s receipt at this register (`queue_reprint`),
    committed; gives the job's id. Raises NotFound, InvalidInput."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        job_id = queue_reprint(uow, store, number, register, language, sender=sender).id
        uow.commit()
    return job_id


def order_test_page(
    db: Database, store_code: str | None, register: str, *, sender: tuple[str, datetime] | None
) -> uuid.UUID:
    """Queue a test page for this register's printer, committed; gives the job's id."""
    with UnitOfWork(db, write=True) as uow:
        job_id = queue_test_page(uow, get_store(uow, store_code), register, sender=sender).id
        uow.commit()
    return job_id


def list_jobs(
    db: Database, store_code: str | None, register: str | None = None, *, waiting_only: bool = False
) -> list[JobRow]:
    """The newest 200 jobs first (`jobs`), as plain rows."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return [_row(job) for job in jobs(uow, store, register, waiting_only=waiting_only)]


def retry_job(db: Database, store_code: str | None, job_id: uuid.UUID, at: datetime) -> JobRow:
    """Send a waiting or failed job at the next pass (`retry`), committed. Raises NotFound,
    InvalidInput."""
    with UnitOfWork(db, write=True) as uow:
        row = _row(retry(uow, get_store(uow, store_code), job_id, at))
        uow.commit()
    return row


def change_register_printer(
    db: Database, store_code: str | None, actor: Actor, register: str, settings: PrinterSettings
) -> PrinterSettings:
    """Save this register's printer (managers only), committed; the printing layer checks
    the URL and model first (`printing.queue.change_printer`). Raises PermissionDenied."""
    with UnitOfWork(db, write=True) as uow:
        save_register_printer(uow, get_store(uow, store_code), actor, register, settings)
        uow.commit()
    return settings


def install_register_printer(
    db: Database, store_code: str | None, register: str, settings: PrinterSettings
) -> bool:
    """At installation, before anyone signs in: this register's printer is `settings`
    unless one is set already (`install_printer`), committed; False when nothing changed."""
    with UnitOfWork(db, write=True) as uow:
        given = install_printer(uow, get_store(uow, store_code), register, settings)
        uow.commit()
    return given
