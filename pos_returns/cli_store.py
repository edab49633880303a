"""The store's commands: return, receipt, verify, demo, import.

Each takes ``--db URL_OR_PATH`` (or ``POS_RETURNS_DB``); the default is a SQLite file in the
user's data folder. A refused or impossible request exits 2 with one line saying why.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pos_returns.domain.model import Condition, Prefer
from pos_returns.domain.money import Money
from pos_returns.domain.policy import Outcome
from pos_returns.i18n import LANGUAGES


class StoreCommandError(Exception):
    """One line for the person at the keyboard."""


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    db_help = "database URL or SQLite file (default: $POS_RETURNS_DB or the user data folder)"

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", default=None, metavar="URL_OR_PATH", help=db_help)
        p.add_argument("--store", default=None, help="store code, if the database has several")
        return p

    _add_return(commands, with_db)
    _add_lookups(commands, parser_class, with_db)
    from pos_returns.cli_settings import add_commands as add_settings_commands

    add_settings_commands(commands, parser_class, with_db)
    from pos_returns.cli_print import add_commands as add_print_commands

    add_print_commands(commands, parser_class, with_db)
    from pos_returns.cli_sync import add_commands as add_sync_commands

    add_sync_commands(commands, parser_class, with_db)


def _add_return(commands: Any, with_db: Any) -> None:
    ret = with_db(
        commands.add_parser(
            "return",
            help="complete a return from the command line, as the counter does",
            description="Decide and complete a return: refunds, store credit, journal, print job.",
        )
    )
    ret.add_argument("--receipt", required=True, help="receipt number as printed or scanned")
    ret.add_argument(
        "--line",
        action="append",
        required=True,
        metavar="LINE:QTY[:COND[:WHERE]]",
        help="a line to return, e.g. 1:1:opened (condition: unopened, opened, "
        "damaged, defective; where: restock, damaged, vendor); repeatable",
    )
    ret.add_argument("--reason", required=True, help="reason code, e.g. wrong-size")
    ret.add_argument("--note", default="", help="a few words (required for reason 'other')")
    ret.add_argument("--prefer", choices=[p.value for p in Prefer], default="original")
    ret.add_argument("--customer", default=None)
    ret.add_argument("--employee", required=True, metavar="CODE")
    ret.add_argument("--pin", required=True)
    ret.add_argument("--approve-by", default=None, metavar="CODE", help="manager's code")
    ret.add_argument("--approve-pin", default=None, metavar="PIN")
    ret.add_argument("--approval-note", default="")
    ret.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="LINE:OUTCOME",
        help="a manager overrides a denied line: refund, store_credit or exchange",
    )
    ret.add_argument(
        "--register",
        default=None,
        help="this database's register (a database is one register: another is refused)",
    )
    ret.add_argument("--lang", default="en", choices=sorted(LANGUAGES))
    ret.add_argument(
        "--at",
        default=None,
        help="when, ISO 8601 with offset: demo databases only (a store's register takes "
        "this computer's clock)",
    )
    ret.add_argument("--dry-run", action="store_true", help="show the decision, write nothing")
    ret.add_argument("--json", action="store_true", help="print the result as JSON")
    ret.set_defaults(handler=_return)


def _add_lookups(commands: Any, parser_class: type[argparse.ArgumentParser], with_db: Any) -> None:
    receipt = commands.add_parser("receipt", help="look up receipts")
    receipt_commands = receipt.add_subparsers(
        title="receipt commands", metavar="COMMAND", parser_class=parser_class
    )
    show = with_db(receipt_commands.add_parser("show", help="a receipt with what came back"))
    show.add_argument("number")
    show.set_defaults(handler=_receipt_show)
    find = with_db(receipt_commands.add_parser("find", help="find receipts without the number"))
    how = find.add_mutually_exclusive_group(required=True)
    how.add_argument("--customer")
    how.add_argument("--card", metavar="REFERENCE", help='e.g. "VISA 1234" (with --date)')
    how.add_argument("--sku", help="item code (with --from and --to)")
    find.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (store's local date)")
    find.add_argument("--from", dest="first", type=date.fromisoformat)
    find.add_argument("--to", dest="last", type=date.fromisoformat)
    find.set_defaults(handler=_receipt_find)

    verify = with_db(
        commands.add_parser(
            "verify",
            help="check the journal: its chain, signatures and the rows it covers",
            description="Recompute this register's journal from the live rows and say what "
            "that proves; with --central, compare it with the copy the chain's centre holds.",
        )
    )
    verify.add_argument(
        "--central",
        action="store_true",
        help="also compare with the centre's copy (the anchor against removed entries)",
    )
    verify.set_defaults(handler=_verify)

    demo = with_db(commands.add_parser("demo", help="create the demo store (deterministic)"))
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--receipts", type=int, default=20_000)
    demo.set_defaults(handler=_demo)

    imp = commands.add_parser("import", help="import data")
    imp_commands = imp.add_subparsers(
        title="import commands", metavar="COMMAND", parser_class=parser_class
    )
    rec = with_db(
        imp_commands.add_parser(
            "receipts", help="import sales: JSON Lines of receipts or a line-item CSV (.gz too)"
        )
    )
    rec.add_argument("file", type=Path)
    rec.add_argument("--layout", default="auto", choices=["auto", "jsonl", "csv", "online-retail"])
    rec.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="CSV column for one of our fields, e.g. sku=StockCode; repeatable",
    )
    rec.add_argument(
        "--tax-rate",
        default="0",
        metavar="PERCENT",
        help="tax included in CSV prices where the file has no tax column, e.g. 21 (default 0)",
    )
    rec.add_argument(
        "--category",
        default="general",
        help="category of CSV lines without one (default: general)",
    )
    rec.add_argument(
        "--create-store",
        default=None,
        metavar="CODE:TIMEZONE:CURRENCY",
        help="create the store first if the database has none, e.g. S01:Europe/London:GBP",
    )
    rec.add_argument(
        "--encoding",
        default="utf-8",
        help="the file's text encoding, e.g. cp1252 or latin-1 (default: utf-8)",
    )
    rec.add_argument(
        "--rejects",
        type=Path,
        default=None,
        metavar="FOLDER",
        help="where to write the rejected rows (default: a rejects folder beside the "
        "database file, or beside FILE when the database is not a file)",
    )
    rec.add_argument(
        "--employee",
        default=None,
        metavar="CODE",
        help="a manager's code: a store's register imports sales only by a manager's hand",
    )
    rec.add_argument("--pin", default=None, help="that manager's PIN")
    rec.set_defaults(handler=_import_receipts)


# -- handlers -----------------------------------------------------------------------------
def run(handler: Any, args: argparse.Namespace) -> int:
    """Run a store handler, turning every expected failure into one line and exit 2."""
    from sqlalchemy.exc import SQLAlchemyError

    from pos_returns.services.errors import ServiceError
    from pos_returns.store.db import DatabaseError

    try:
        return int(handler(args))
    except (ServiceError, StoreCommandError) as exc:
        raise _bad(str(exc)) from None
    except DatabaseError as exc:
        raise _bad(f"{exc} (check --db, or that the database server is running)") from None
    except SQLAlchemyError as exc:  # locked, dropped connection: nothing was half-written
        why = " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
        raise _bad(f"the database said: {why}; try again in a moment") from None


def _bad(message: str) -> Exception:
    from pos_returns.cli import BadInput

    return BadInput(message)


def _engine_and_store(args: argparse.Namespace) -> tuple[Any, Any]:
    """The database and its register's own store (`--store` may only name that one)."""
    from pos_returns.bootstrap import database
    from pos_returns.services.register import has_identity, this_register
    from pos_returns.services.stores import get_store
    from pos_returns.services.uow import UnitOfWork

    engine = database(args.db)
    with UnitOfWork(engine) as uow:
        if args.store is not None and has_identity(uow):
            here = this_register(uow)
            if args.store.strip().upper() != here.store_code.upper():
                raise StoreCommandError(
                    f"this database is register {here.register} of {here.store_code}: "
                    f"it cannot act for {args.store.strip()}"
                )
            store = get_store(uow)
        else:
            store = get_store(uow, args.store)
    return engine, store


def _parse_line(text: str) -> Any:
    from pos_returns.services.returns import DISPOSITIONS, ReturnItem

    parts = text.split(":")
    try:
        line, qty = int(parts[0]), int(parts[1])
        condition = Condition(parts[2]) if len(parts) > 2 and parts[2] else Condition.UNOPENED
    except (ValueError, IndexError):
        raise StoreCommandError(
            f"--line {text!r}: write LINE:QTY[:CONDITION[:WHERE]], e.g. 1:1:opened "
            f"(conditions: {', '.join(c.value for c in Condition)})"
        ) from None
    disposition = parts[3] if len(parts) > 3 and parts[3] else None
    if disposition is not None and disposition not in DISPOSITIONS:
        raise StoreCommandError(f"--line {text!r}: WHERE is one of {', '.join(DISPOSITIONS)}")
    if len(parts) > 4 or qty < 1 or line < 1:
        raise StoreCommandError(f"--line {text!r}: line and quantity are whole numbers from 1")
    return ReturnItem(line, qty, condition, disposition)


def _parse_override(text: str) -> tuple[int, Outcome]:
    try:
        line, outcome = text.split(":")
        return int(line), Outcome(outcome)
    except ValueError:
        raise StoreCommandError(f"--override {text!r}: write LINE:OUTCOME, e.g. 3:refund") from None


def _return(args: argparse.Namespace) -> int:
    """The counter's use case (`services.chain`), with the same inputs: the receipt of
    another store fetched, the chain's returns of it and of the customer taken in."""
    from pos_returns.services.auth import sign_in
    from pos_returns.services.chain import complete_here, quote_here
    from pos_returns.services.register import check_register, when
    from pos_returns.services.returns import CompleteReturn, DecideReturn
    from pos_returns.services.uow import UnitOfWork

    items = tuple(_parse_line(text) for text in args.line)
    overrides = dict(_parse_override(text) for text in args.override)
    asked_at = _moment(args.at)
    if args.approve_by and not args.approve_pin:
        raise StoreCommandError("--approve-by needs --approve-pin")
    engine, store = _engine_and_store(args)
    with UnitOfWork(engine) as uow:
        check_register(uow, args.register)
        at = when(uow, asked_at)
    employee = sign_in(engine, args.employee, args.pin, at, store_code=store.code)
    approver = None
    if args.approve_by:
        approver = sign_in(engine, args.approve_by, args.approve_pin, at, store_code=store.code)
    chain = _chain(engine)
    request = DecideReturn(args.receipt, items, at, Prefer(args.prefer), args.customer, overrides)
    shown = quote_here(engine, chain, store.code, request, args.lang)
    if args.dry_run:
        from pos_returns.domain.formats import decision_to_json
        from pos_returns.i18n import wording

        words = wording(args.lang)
        document = decision_to_json(
            shown.decision, words.explain(shown.decision, shown.proposal.policy)
        )
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    done = complete_here(
        engine,
        chain,
        store.code,
        CompleteReturn(
            request,
            employee,
            args.reason,
            note=args.note,
            language=args.lang,
            expected_fingerprint=shown.proposal.fingerprint,
            approver=approver,
            approval_note=args.approval_note,
        ),
    )
    if args.json:
        print(
            json.dumps(
                {
                    "return": done.number,
                    "store_credit_code": done.store_credit_code,
                    "print_job": str(done.print_job_id),
                    "decision": done.document,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    _print_summary(done, args.lang)
    return 0


def _chain(engine: Any) -> Any:
    """The chain this register syncs with (None: sync is off), as the counter reaches it."""
    from pos_returns.sync.lookup import chain_for

    return chain_for(central_url(engine))


def central_url(engine: Any, *, required: str | None = None) -> str:
    """The central database this register syncs with, password included: None when sync
    is off, unless the `required` option needs it (then one line saying what to do)."""
    from pos_returns.sync import settings

    try:
        url = settings.central_url(engine)
    except settings.SettingsError as exc:
        raise StoreCommandError(f"sync is set up but cannot be used: {exc}") from None
    if url is None and required is not None:
        raise StoreCommandError(
            f"{required}: sync is off on this register: run `pos-returns sync setup --url ...` "
            f"or set {settings.URL_ENV}"
        )
    return url  # type: ignore[return-value] - None only when nothing requires it


def _print_summary(done: Any, lang: str) -> None:
    from pos_returns.i18n import wording

    fmt = wording(lang).fmt
    decision = done.decision
    print(f"Return {done.number} completed (policy version {decision.policy_version}).")
    for line, sentence in zip(decision.lines, done.document["explanation"], strict=True):
        fee = f", fee {fmt.money(line.fee)}" if line.fee else ""
        print(f"  line {line.line} × {line.qty}: {line.outcome}, {fmt.money(line.refund)}{fee}")
        print(f"    {sentence}")
    for refund in decision.to_tenders:
        ref = f" {refund.reference}" if refund.reference else ""
        print(f"  Refund {fmt.money(refund.amount)} to {refund.method}{ref}")
    if done.store_credit_code:
        print(f"  Store credit {fmt.money(done.store_credit)}: code {done.store_credit_code}")
    print("  Receipt queued for printing.")


def _receipt_show(args: argparse.Namespace) -> int:
    from pos_returns.services import sales
    from pos_returns.services.errors import NotFound
    from pos_returns.services.uow import UnitOfWork

    engine, store = _engine_and_store(args)
    with UnitOfWork(engine) as uow:
        row = sales.find_by_number(uow, args.number)
        if row is None:
            raise NotFound(f"no receipt {args.number.strip()!r}; try `pos-returns receipt find`")
        sold = row.sold_at.astimezone(_zone(store.timezone))
        print(
            f"{row.number}  {sold:%Y-%m-%d %H:%M}  register {row.register_code}  "
            f"customer {row.customer or '-'}"
        )
        for line in row.lines:
            amount = Money.from_minor(line.amount_minor, row.currency)
            print(
                f"  {line.line_no:>3}  {line.sku:<14} {line.description[:32]:<32} "
                f"{line.qty:>3} bought {line.returned_qty:>3} back  {amount}"
            )
        for tender in row.tenders:
            print(
                f"  paid {Money.from_minor(tender.amount_minor, row.currency)} by "
                f"{tender.method} {tender.reference or ''}".rstrip()
            )
    return 0


def _receipt_find(args: argparse.Namespace) -> int:
    from pos_returns.services import sales
    from pos_returns.services.uow import UnitOfWork

    engine, store = _engine_and_store(args)
    with UnitOfWork(engine) as uow:
        if args.customer:
            rows = sales.find_by_customer(uow, args.customer)
        elif args.card:
            if args.date is None:
                raise StoreCommandError("--card needs --date YYYY-MM-DD")
            rows = sales.find_by_card(uow, args.card, args.date, store.timezone)
        else:
            if args.first is None or args.last is None:
                raise StoreCommandError("--sku needs --from and --to (YYYY-MM-DD)")
            rows = sales.find_by_sku(uow, store, args.sku, first=args.first, last=args.last)
        for row in rows:
            sold = row.sold_at.astimezone(_zone(store.timezone))
            total = Money.from_minor(row.total_minor, row.currency)
            print(f"{row.number}  {sold:%Y-%m-%d %H:%M}  {total}  customer {row.customer or '-'}")
        if not rows:
            print("no receipt found", file=sys.stderr)
            return 1
    return 0


def _verify(args: argparse.Namespace) -> int:
    """Exit 0 when everything checked holds, 1 when something does not (named)."""
    from pos_returns.services import journal
    from pos_returns.services.register import this_register
    from pos_returns.services.uow import UnitOfWork

    engine, store = _engine_and_store(args)
    anchor = None
    if args.central:
        from pos_returns.sync.anchor import central_anchor
        from pos_returns.sync.common import CentralUnreachable

        with UnitOfWork(engine) as uow:
            here = this_register(uow)
        url = central_url(engine, required="--central")
        try:
            anchor = central_anchor(url, here)
        except CentralUnreachable as exc:
            raise StoreCommandError(
                f"--central: the central database does not answer ({exc})"
            ) from None
    with UnitOfWork(engine) as uow:
        result = journal.verify(uow, store, anchor)
    if result.ok:
        print(f"{result.store}: the journal's {result.entries} entries verify. Proved:")
        for line in result.proved:
            print(f"  - {line}")
        if result.unproved:
            print("Not proved here:")
            for line in result.unproved:
                print(f"  - {line}")
        return 0
    where = f"entry {result.first_broken}" if result.first_broken else "its rows"
    print(
        f"{result.store}: the journal is broken at {where}: {result.problem}",
        file=sys.stderr,
    )
    return 1


def _demo(args: argparse.Namespace) -> int:
    from pos_returns.bootstrap import database
    from pos_returns.services.demo import STORE_CODE, create_demo

    if args.store is not None and args.store.strip().upper() != STORE_CODE:
        raise StoreCommandError(
            f"the demo is always store {STORE_CODE} (--store {args.store.strip()} is not a demo): "
            "a real store is added with `pos-returns central add-store` and its registers "
            "made with `pos-returns sync join`, or made from its sales with "
            "`pos-returns import receipts FILE --create-store CODE:TIMEZONE:CURRENCY`"
        )
    engine = database(args.db)
    info = create_demo(engine, seed=args.seed, receipts=args.receipts)
    print(info.report())
    return 0


def _import_receipts(args: argparse.Namespace) -> int:
    from pos_returns.bootstrap import database
    from pos_returns.services.importing import check_file, import_receipts, rejects_folder_for

    mapping = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field or not column:
            raise StoreCommandError(f"--map {item!r}: write FIELD=COLUMN, e.g. sku=StockCode")
        mapping[field.strip()] = column.strip()
    if not args.file.is_file():
        raise StoreCommandError(f"{args.file}: no such file")
    try:
        tax_rate = Decimal(args.tax_rate)
    except InvalidOperation:
        tax_rate = Decimal(-1)
    if not tax_rate.is_finite() or not 0 <= tax_rate <= 100:
        raise StoreCommandError(f"--tax-rate {args.tax_rate!r}: a percentage from 0 to 100")
    if not args.category.strip():
        raise StoreCommandError("--category: give a category name, e.g. general")
    # Read the file whole first: one that cannot be read is refused before the database
    # (or the store of --create-store) is made.
    checked = check_file(args.file, layout=args.layout, encoding=args.encoding)
    engine = database(args.db)
    store_code = args.store
    if args.create_store:
        store_code = _ensure_store(engine, args.create_store)
    actor = _manager_of(engine, store_code, args.employee, args.pin)
    report = import_receipts(
        engine,
        store_code,
        args.file,
        layout=args.layout,
        mapping=mapping or None,
        tax_rate=tax_rate,
        default_category=args.category.strip(),
        encoding=args.encoding,
        rejects_folder=args.rejects or rejects_folder_for(engine, args.file),
        checked=checked,
        actor=actor,
    )
    print(report.summary())
    return 0


def _manager_of(engine: Any, store_code: str | None, code: str | None, pin: str | None) -> Any:
    """The employee `--employee`/`--pin` name, signed in at this computer's time (None when
    not given; the service says whether one is needed)."""
    from datetime import UTC, datetime

    from pos_returns.services.auth import sign_in

    if code is None and pin is None:
        return None
    if not code or not pin:
        raise StoreCommandError("give both --employee and --pin")
    return sign_in(engine, code, pin, datetime.now(UTC), store_code=store_code)


def _ensure_store(engine: Any, spec: str) -> str:
    from sqlalchemy import select

    from pos_returns.services.register import has_identity, this_register
    from pos_returns.services.stores import NewStore, create_store
    from pos_returns.services.uow import UnitOfWork
    from pos_returns.store.models import Store

    try:
        code, timezone, currency = spec.split(":")
    except ValueError:
        raise StoreCommandError(f"--create-store {spec!r}: write CODE:TIMEZONE:CURRENCY") from None
    with UnitOfWork(engine, write=True) as uow:
        if has_identity(uow) and this_register(uow).store_code != code:
            here = this_register(uow)
            raise StoreCommandError(
                f"--create-store {code}: this database is register {here.register} of "
                f"{here.store_code} already; make {code} in a database of its own"
            )
        if uow.session.scalars(select(Store).where(Store.code == code)).first() is None:
            create_store(uow, NewStore(code, code, timezone, currency))
            uow.commit()
    return code


def _moment(text: str | None) -> datetime | None:
    """The time `--at` asks for (None: none asked; `register.when` decides)."""
    if text is None:
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise StoreCommandError(f"--at {text!r} is not an ISO 8601 date and time") from None
    if at.tzinfo is None:
        raise StoreCommandError(f"--at {text!r} needs a UTC offset, e.g. +02:00")
    return at


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)
