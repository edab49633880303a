"""`pos-returns print ...`: receipts, test pages, the policy poster and the print queue.

A printer that cannot be reached exits 1 with the cashier's sentence; the receipt stays in
the queue. Bad input exits 2, as everywhere.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pos_returns.cli.common import (
    BadInput,
    Commands,
    Parser,
    acting_register,
    register_here,
    usage,
    with_db,
)
from pos_returns.i18n import LANGUAGES

if TYPE_CHECKING:
    from sqlalchemy import URL

    from pos_returns.bootstrap import Setup
    from pos_returns.printing.printers import PrinterConfig
    from pos_returns.printing.queue import QueueRun

EXIT_NOT_PRINTED = 1
THIS_REGISTER = "this database's register (the default; another is refused)"


def add_parser(commands: Commands) -> None:
    top = commands.add_parser("print", help="print receipts, test pages and the policy poster")
    sub = top.add_subparsers(title="print commands", metavar="COMMAND", parser_class=Parser)
    top.set_defaults(handler=lambda _args: usage(top, status=0))

    receipt = with_db(sub.add_parser("receipt", help="print (or save) a return's receipt again"))
    receipt.add_argument("number", metavar="RETURN_NO", help="e.g. S01-R1-RT000012")
    receipt.add_argument("--register", default=None, help=THIS_REGISTER)
    _printer_options(receipt, required=False)
    receipt.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        default=None,
        help="the receipt's language (default: the one chosen at the counter)",
    )
    receipt.add_argument("--pdf", type=Path, metavar="FILE", help="write a PDF instead of printing")
    receipt.add_argument("--page", choices=("roll", "a4"), default="roll", help="PDF page")
    receipt.add_argument("--png", type=Path, metavar="FILE", help="write the preview as PNG")
    receipt.set_defaults(handler=print_receipt)

    test = with_db(
        sub.add_parser("test", help="print a test page: every language, a barcode, a QR")
    )
    _printer_options(test, required=False)
    test.add_argument(
        "--register",
        default=None,
        help="on this register's printer, through its queue (the default without --printer)",
    )
    test.add_argument("--out", type=Path, metavar="FILE", help="write the bytes here instead")
    test.set_defaults(handler=print_test_page)

    status = sub.add_parser("status", help="ask a printer whether it is online and has paper")
    _printer_options(status, required=True)
    status.set_defaults(handler=printer_status)

    poster = with_db(sub.add_parser("poster", help="the published policy as a PDF poster"))
    poster.add_argument("--lang", choices=sorted(LANGUAGES), default="en")
    poster.add_argument("--format", choices=("A4", "A3", "a4", "a3"), default="A4")
    poster.add_argument(
        "--out", type=Path, metavar="FILE", help="default: policy-poster-LANG-FORMAT.pdf here"
    )
    poster.set_defaults(handler=print_poster)

    _add_queue_parsers(sub)


def _add_queue_parsers(sub: Commands) -> None:
    queue = with_db(sub.add_parser("queue", help="list print jobs (waiting ones first)"))
    queue.add_argument("--register", default=None, help=THIS_REGISTER)
    queue.add_argument("--all", action="store_true", help="done jobs too")
    queue.set_defaults(handler=list_queue)

    worker = with_db(sub.add_parser("worker", help="send queued receipts to the printer"))
    worker.add_argument("--register", default=None, help=THIS_REGISTER)
    worker.add_argument("--once", action="store_true", help="one pass, then exit")
    worker.add_argument("--interval", type=float, default=2.0, metavar="SECONDS")
    worker.set_defaults(handler=run_worker)

    retry = with_db(sub.add_parser("retry", help="send a failed job again"))
    retry.add_argument("job", metavar="JOB_ID")
    retry.set_defaults(handler=retry_job)

    setup = with_db(sub.add_parser("setup", help="set a register's printer (managers)"))
    setup.add_argument("--register", default=None, help=THIS_REGISTER)
    _printer_options(setup, required=True)
    setup.add_argument("--employee", required=True, metavar="CODE")
    setup.add_argument("--pin", required=True)
    setup.set_defaults(handler=set_up_printer)


def _printer_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--printer",
        required=required,
        metavar="URL",
        help="tcp://HOST:9100, usb://VID:PID, serial:///dev/ttyUSB0, cups://QUEUE, "
        "file:///DEVICE, file:///SPOOL/FOLDER or preview:",
    )
    parser.add_argument(
        "--profile",
        default=None,
        help="printer model for python-escpos, e.g. TM-T88V (default), TM-T20II, POS-5890",
    )


def _config(args: argparse.Namespace) -> PrinterConfig | None:
    from pos_returns.printing.printers import printer_config
    from pos_returns.printing.profiles import UnknownProfile

    if not args.printer:
        return None
    try:
        return printer_config(args.printer, args.profile)
    except (ValueError, UnknownProfile) as exc:
        raise BadInput(str(exc)) from None


# -- receipts, test pages, posters ---------------------------------------------------------------
def print_receipt(args: argparse.Namespace) -> int:
    from pos_returns.printing.queue import run_queue
    from pos_returns.services import print_jobs

    config = _config(args)
    here = register_here(args)
    register = acting_register(here, args.register)
    if args.pdf or args.png:
        return _save_receipt(args, here, register, config)
    owner = print_jobs.sender_id()
    job_id = print_jobs.order_reprint(
        here.db,
        here.store_code,
        args.number,
        register,
        args.lang,
        sender=(owner, datetime.now(UTC)),
    )
    result = run_queue(here.db, here.store_code, register, printer=config, only=job_id, owner=owner)
    return _report(result, job_id)


def _save_receipt(
    args: argparse.Namespace, here: Setup, register: str, config: PrinterConfig | None
) -> int:
    """`--pdf` and `--png`: the receipt written to files instead of printed."""
    from pos_returns.printing.queue import config_of
    from pos_returns.services import print_jobs

    kept = _check_outputs(here.db.url, args.pdf, args.png)  # before any is written
    copy = print_jobs.receipt_to_print(here.db, here.store_code, args.number, register, args.lang)
    name = (config or config_of(copy.printer)).profile
    if args.pdf:
        from pos_returns.printing.pdf import render_pdf

        _write(args.pdf, render_pdf(copy.document, args.page), kept)
    if args.png:
        from pos_returns.printing.profiles import profile
        from pos_returns.printing.raster import document_image

        picture = io.BytesIO()
        document_image(copy.document, profile(name)).save(picture, "PNG")
        _write(args.png, picture.getvalue(), kept)
    return 0


def _report(result: QueueRun, job_id: uuid.UUID) -> int:
    if job_id in result.sent:
        print(f"printed (job {job_id})")
        return 0
    if job_id in result.previewed:
        print(f"shown as a preview only: the register has no printer (job {job_id})")
        return 0
    if job_id in result.elsewhere:
        print(f"the register's print worker is printing it now (job {job_id})")
        return 0
    why = result.problem or "not printed"
    print(
        f"{why}. The receipt waits in the print queue (job {job_id}); "
        "`pos-returns print worker` sends it when the printer is back.",
        file=sys.stderr,
    )
    return EXIT_NOT_PRINTED


def print_test_page(args: argparse.Namespace) -> int:
    from pos_returns.printing.escpos_render import render_escpos
    from pos_returns.printing.printers import PrinterOffline, send
    from pos_returns.printing.profiles import profile
    from pos_returns.printing.raster import logo_png
    from pos_returns.services.print_pages import printer_test_page
    from pos_returns.store.db import database_url

    config = _config(args)
    if config is None:  # this register's printer, through its queue
        return _test_page_on_register(args)
    kept = _check_outputs(database_url(args.db), args.out) if args.out else frozenset()
    prof = profile(config.profile)
    document = printer_test_page(config.url, prof.name, prof.columns, "pos-returns", logo_png())
    data = render_escpos(document, prof)
    if args.out:
        _write(args.out, data, kept)
        return 0
    try:
        send(config, data)
    except PrinterOffline as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_NOT_PRINTED
    print(f"test page sent to {config.url} ({len(data)} bytes, profile {prof.name})")
    return 0


def _test_page_on_register(args: argparse.Namespace) -> int:
    from pos_returns.printing.queue import run_queue
    from pos_returns.services import print_jobs

    here = register_here(args)
    register = acting_register(here, args.register)
    owner = print_jobs.sender_id()
    job_id = print_jobs.order_test_page(
        here.db, here.store_code, register, sender=(owner, datetime.now(UTC))
    )
    return _report(run_queue(here.db, here.store_code, register, only=job_id, owner=owner), job_id)


def printer_status(args: argparse.Namespace) -> int:
    from pos_returns.printing.printers import query_status

    state = query_status(_config(args))
    print(f"{args.printer}: {state.message}")
    return 0 if state.online is not False else EXIT_NOT_PRINTED


def print_poster(args: argparse.Namespace) -> int:
    from pos_returns.printing.pdf import render_poster
    from pos_returns.services.print_pages import poster_of_policy

    here = register_here(args)
    poster = poster_of_policy(here.db, here.store_code, args.lang)
    size = args.format.upper()
    out = args.out or Path(f"policy-poster-{args.lang}-{size}.pdf")
    kept = _check_outputs(here.db.url, out)
    _write(out, render_poster(poster, size), kept)
    return 0


# -- the queue ---------------------------------------------------------------------------------
def list_queue(args: argparse.Namespace) -> int:
    from pos_returns.services import print_jobs

    here = register_here(args)
    register = acting_register(here, args.register) if args.register is not None else None
    rows = print_jobs.list_jobs(here.db, here.store_code, register, waiting_only=not args.all)
    for job in sorted(rows, key=lambda j: (not j.waiting, j.created_at)):
        error = f"  {job.last_error}" if job.last_error else ""
        print(
            f"{job.id}  {job.register:<4} {job.kind:<14} {job.status:<7} "
            f"tries {job.attempts}{error}"
        )
    if not rows:
        print("no print jobs waiting" if not args.all else "no print jobs")
    return 0


def run_worker(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from pos_returns.printing.queue import run_queue
    from pos_returns.services.errors import ServiceError
    from pos_returns.store.db import DatabaseError

    here = register_here(args)
    register = acting_register(here, args.register)
    try:
        while True:
            try:
                result = run_queue(here.db, here.store_code, register)
            except (ServiceError, DatabaseError, SQLAlchemyError) as exc:
                if args.once:  # a one-off pass says it and stops; the worker keeps serving
                    raise
                why = " ".join(str(exc).split())[:300]
                print(f"{datetime.now(UTC):%H:%M:%S} {why}", file=sys.stderr, flush=True)
                time.sleep(max(0.2, args.interval))
                continue
            for job_id in result.sent:
                print(f"{datetime.now(UTC):%H:%M:%S} printed job {job_id}", flush=True)
            if result.problem:
                print(f"{datetime.now(UTC):%H:%M:%S} {result.problem}", file=sys.stderr, flush=True)
            if args.once:
                return EXIT_NOT_PRINTED if result.waiting or result.failed else 0
            time.sleep(max(0.2, args.interval))
    except KeyboardInterrupt:
        return 0


def retry_job(args: argparse.Namespace) -> int:
    from pos_returns.printing.queue import run_queue
    from pos_returns.services import print_jobs

    try:
        job_id = uuid.UUID(args.job)
    except ValueError:
        raise BadInput(f"{args.job!r} is not a job id (see `pos-returns print queue`)") from None
    here = register_here(args)
    job = print_jobs.retry_job(here.db, here.store_code, job_id, datetime.now(UTC))
    return _report(run_queue(here.db, here.store_code, job.register, only=job_id), job_id)


def set_up_printer(args: argparse.Namespace) -> int:
    from pos_returns.printing.queue import change_printer
    from pos_returns.services.auth import sign_in

    here = register_here(args)
    register = acting_register(here, args.register)
    actor = sign_in(here.db, args.employee, args.pin, datetime.now(UTC), store_code=here.store_code)
    config = change_printer(
        here.db, here.store_code, actor, register, url=args.printer, profile_name=args.profile
    )
    print(f"{here.store_code} {register}: printer {config.url} (profile {config.profile})")
    return 0


# -- files ---------------------------------------------------------------------------------------
def _check_outputs(database: str | URL | None, *paths: Path | None) -> frozenset[Path]:
    """Refuse, before anything is written, an output that is the database (its WAL, SHM or
    journal) or any other database, a folder or a device; gives the database's files."""
    from pos_returns.printing.files import UnsafeOutput, check_output, database_files

    kept = database_files(database)
    for path in paths:
        if path is not None:
            try:
                check_output(path, kept)
            except UnsafeOutput as exc:
                raise BadInput(str(exc)) from None
    return kept


def _write(path: Path, data: bytes, kept: frozenset[Path]) -> None:
    """Write the whole file or nothing (a half-written PDF is worse than none), never over
    the database's files `kept` nor any other database."""
    from pos_returns.printing.files import UnsafeOutput, write_whole

    try:
        write_whole(path, data, kept)
    except UnsafeOutput as exc:
        raise BadInput(str(exc)) from None
    except OSError as exc:
        raise BadInput(f"cannot write {path}: {exc.strerror or exc}") from None
    print(f"wrote {path} ({len(data):,} bytes)")
