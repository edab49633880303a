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
from typing import Any

from pos_returns.i18n import LANGUAGES

EXIT_NOT_PRINTED = 1
THIS_REGISTER = "this database's register (the default; another is refused)"


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser], with_db: Any) -> None:
    top = commands.add_parser("print", help="print receipts, test pages and the policy poster")
    sub = top.add_subparsers(title="print commands", metavar="COMMAND", parser_class=parser_class)
    top.set_defaults(handler=lambda _args: _usage(top))

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
    receipt.set_defaults(handler=_receipt)

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
    test.set_defaults(handler=_test)

    status = sub.add_parser("status", help="ask a printer whether it is online and has paper")
    _printer_options(status, required=True)
    status.set_defaults(handler=_status)

    poster = with_db(sub.add_parser("poster", help="the published policy as a PDF poster"))
    poster.add_argument("--lang", choices=sorted(LANGUAGES), default="en")
    poster.add_argument("--format", choices=("A4", "A3", "a4", "a3"), default="A4")
    poster.add_argument(
        "--out", type=Path, metavar="FILE", help="default: policy-poster-LANG-FORMAT.pdf here"
    )
    poster.set_defaults(handler=_poster)

    queue = with_db(sub.add_parser("queue", help="list print jobs (waiting ones first)"))
    queue.add_argument("--register", default=None, help=THIS_REGISTER)
    queue.add_argument("--all", action="store_true", help="done jobs too")
    queue.set_defaults(handler=_queue)

    worker = with_db(sub.add_parser("worker", help="send queued receipts to the printer"))
    worker.add_argument("--register", default=None, help=THIS_REGISTER)
    worker.add_argument("--once", action="store_true", help="one pass, then exit")
    worker.add_argument("--interval", type=float, default=2.0, metavar="SECONDS")
    worker.set_defaults(handler=_worker)

    retry = with_db(sub.add_parser("retry", help="send a failed job again"))
    retry.add_argument("job", metavar="JOB_ID")
    retry.set_defaults(handler=_retry)

    setup = with_db(sub.add_parser("setup", help="set a register's printer (managers)"))
    setup.add_argument("--register", default=None, help=THIS_REGISTER)
    _printer_options(setup, required=True)
    setup.add_argument("--employee", required=True, metavar="CODE")
    setup.add_argument("--pin", required=True)
    setup.set_defaults(handler=_setup)


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


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _config(args: argparse.Namespace) -> Any:
    from pos_returns.cli_store import StoreCommandError
    from pos_returns.printing.printers import printer_config
    from pos_returns.printing.profiles import UnknownProfile

    if not args.printer:
        return None
    try:
        return printer_config(args.printer, args.profile)
    except (ValueError, UnknownProfile) as exc:
        raise StoreCommandError(str(exc)) from None


def _receipt(args: argparse.Namespace) -> int:
    from pos_returns.cli_store import _engine_and_store
    from pos_returns.printing.queue import config_of, run_queue
    from pos_returns.services import print_jobs
    from pos_returns.services.receipts import find_return, return_receipt
    from pos_returns.services.uow import UnitOfWork

    config = _config(args)
    engine, store = _engine_and_store(args)
    args.register = _this_register(engine, args.register)
    if args.pdf or args.png:
        kept = _check_outputs(engine.url, args.pdf, args.png)  # before any is written
        with UnitOfWork(engine) as uow:
            row = find_return(uow, store, args.number)
            copy = print_jobs.on_paper(uow, row.id)
            document = return_receipt(uow, store, row, args.lang, copy=copy)
            settings = print_jobs.register_printer(uow, store, args.register)
            name = (config or config_of(settings)).profile
        if args.pdf:
            from pos_returns.printing.pdf import render_pdf

            _write(args.pdf, render_pdf(document, args.page), kept)
        if args.png:
            from pos_returns.printing.profiles import profile
            from pos_returns.printing.raster import document_image

            picture = io.BytesIO()
            document_image(document, profile(name)).save(picture, "PNG")
            _write(args.png, picture.getvalue(), kept)
        return 0
    with UnitOfWork(engine, write=True) as uow:
        owner = print_jobs.sender_id()
        job = print_jobs.queue_reprint(
            uow, store, args.number, args.register, args.lang, sender=(owner, datetime.now(UTC))
        )
        uow.commit()
        job_id = job.id
    result = run_queue(engine, store.code, args.register, printer=config, only=job_id, owner=owner)
    return _report(result, job_id)


def _report(result: Any, job_id: uuid.UUID) -> int:
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


def _test(args: argparse.Namespace) -> int:
    from pos_returns.printing.escpos_render import render_escpos
    from pos_returns.printing.printers import PrinterOffline, send
    from pos_returns.printing.profiles import profile
    from pos_returns.printing.raster import logo_png
    from pos_returns.services.print_pages import printer_test_page
    from pos_returns.store.db import database_url

    if not args.printer:  # this register's printer, through its queue
        return _test_on_register(args)
    config = _config(args)
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


def _test_on_register(args: argparse.Namespace) -> int:
    from pos_returns.cli_store import _engine_and_store
    from pos_returns.printing.queue import run_queue
    from pos_returns.services import print_jobs
    from pos_returns.services.uow import UnitOfWork

    engine, store = _engine_and_store(args)
    args.register = _this_register(engine, args.register)
    owner = print_jobs.sender_id()
    with UnitOfWork(engine, write=True) as uow:
        job = print_jobs.queue_test_page(
            uow, store, args.register, sender=(owner, datetime.now(UTC))
        )
        uow.commit()
        job_id = job.id
    return _report(run_queue(engine, store.code, args.register, only=job_id, owner=owner), job_id)


def _status(args: argparse.Namespace) -> int:
    from pos_returns.printing.printers import query_status

    state = query_status(_config(args))
    print(f"{args.printer}: {state.message}")
    return 0 if state.online is not False else EXIT_NOT_PRINTED


def _poster(args: argparse.Namespace) -> int:
    from pos_returns.cli_store import _engine_and_store
    from pos_returns.printing.pdf import render_poster
    from pos_returns.services.print_pages import policy_poster
    from pos_returns.services.uow import UnitOfWork

    engine, store = _engine_and_store(args)
    with UnitOfWork(engine) as uow:
        poster = policy_poster(uow, store, args.lang)
    size = args.format.upper()
    out = args.out or Path(f"policy-poster-{args.lang}-{size}.pdf")
    kept = _check_outputs(engine.url, out)
    _write(out, render_poster(poster, size), kept)
    return 0


def _queue(args: argparse.Namespace) -> int:
    from pos_returns.cli_store import _engine_and_store
    from pos_returns.services import print_jobs
    from pos_returns.services.uow import UnitOfWork

    engine, store = _engine_and_store(args)
    if args.register is not None:
        args.register = _this_register(engine, args.register)
    with UnitOfWork(engine) as uow:
        rows = print_jobs.jobs(uow, store, args.register, waiting_only=not args.all)
        waiting = {print_jobs.QUEUED, print_jobs.FAILED}
        for job in sorted(rows, key=lambda j: (j.status not in waiting, j.created_at)):
            d = print_jobs.describe(job)
            error = f"  {d['last_error']}" if d["last_error"] else ""
            print(
                f"{d['id']}  {d['register']:<4} {d['kind']:<14} {d['status']:<7} "
                f"tries {d['attempts']}{error}"
            )
        if not rows:
            print("no print jobs waiting" if not args.all else "no print jobs")
    return 0


def _worker(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from pos_returns.cli_store import _engine_and_store
    from pos_returns.printing.queue import run_queue
    from pos_returns.services.errors import ServiceError
    from pos_returns.store.db import DatabaseError

    engine, store = _engine_and_store(args)
    args.register = _this_register(engine, args.register)
    try:
        while True:
            try:
                result = run_queue(engine, store.code, args.register)
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


def _retry(args: argparse.Namespace) -> int:
    from pos_returns.cli_store import StoreCommandError, _engine_and_store
    from pos_returns.printing.queue import run_queue
    from pos_returns.services import print_jobs
    from pos_returns.services.uow import UnitOfWork

    try:
        job_id = uuid.UUID(args.job)
    except ValueError:
        raise StoreCommandError(
            f"{args.job!r} is not a job id (see `pos-returns print queue`)"
        ) from None
    engine, store = _engine_and_store(args)
    with UnitOfWork(engine, write=True) as uow:
        job = print_jobs.retry(uow, store, job_id, datetime.now(UTC))
        register = job.register_code
        uow.commit()
    return _report(run_queue(engine, store.code, register, only=job_id), job_id)


def _setup(args: argparse.Namespace) -> int:
    from pos_returns.cli_store import _engine_and_store
    from pos_returns.printing.queue import set_register_printer
    from pos_returns.services.auth import sign_in
    from pos_returns.services.uow import UnitOfWork

    engine, store = _engine_and_store(args)
    args.register = _this_register(engine, args.register)
    now = datetime.now(UTC)
    actor = sign_in(engine, args.employee, args.pin, now, store_code=store.code)
    with UnitOfWork(engine, write=True) as uow:
        config = set_register_printer(
            uow, store, actor, args.register, url=args.printer, profile_name=args.profile
        )
        uow.commit()
    print(f"{store.code} {args.register}: printer {config.url} (profile {config.profile})")
    return 0


def _this_register(engine: Any, asked: str | None) -> str:
    """This database's register; `--register` naming another (or none) is refused."""
    from pos_returns.services.register import check_register
    from pos_returns.services.uow import UnitOfWork

    with UnitOfWork(engine) as uow:
        return check_register(uow, asked).register


def _check_outputs(database: Any, *paths: Path | None) -> frozenset[Path]:
    """Refuse, before anything is written, an output that is the database (its WAL, SHM or
    journal) or any other database, a folder or a device; gives the database's files."""
    from pos_returns.cli_store import StoreCommandError
    from pos_returns.printing.files import UnsafeOutput, check_output, database_files

    kept = database_files(database)
    for path in paths:
        if path is not None:
            try:
                check_output(path, kept)
            except UnsafeOutput as exc:
                raise StoreCommandError(str(exc)) from None
    return kept


def _write(path: Path, data: bytes, kept: frozenset[Path]) -> None:
    """Write the whole file or nothing (a half-written PDF is worse than none), never over
    the database's files `kept` nor any other database."""
    from pos_returns.cli_store import StoreCommandError
    from pos_returns.printing.files import UnsafeOutput, write_whole

    try:
        write_whole(path, data, kept)
    except UnsafeOutput as exc:
        raise StoreCommandError(str(exc)) from None
    except OSError as exc:
        raise StoreCommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    print(f"wrote {path} ({len(data):,} bytes)")
