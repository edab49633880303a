"""`pos-returns import receipts`: a store's sales from JSON Lines or a line-item CSV."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from pos_returns.cli.common import BadInput, Commands, Parser, manager_of, with_db

if TYPE_CHECKING:
    from pos_returns.services.uow import Database


def add_parser(commands: Commands) -> None:
    imp = commands.add_parser("import", help="import data")
    imp_commands = imp.add_subparsers(
        title="import commands", metavar="COMMAND", parser_class=Parser
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
    rec.set_defaults(handler=import_receipts)


def import_receipts(args: argparse.Namespace) -> int:
    """On a database that need not be a register yet (`--create-store` makes it one)."""
    from pos_returns.bootstrap import database
    from pos_returns.services import importing

    mapping = _mapping(args.map)
    if not args.file.is_file():
        raise BadInput(f"{args.file}: no such file")
    tax_rate = _tax_rate(args.tax_rate)
    if not args.category.strip():
        raise BadInput("--category: give a category name, e.g. general")
    # Read the file whole first: one that cannot be read is refused before the database
    # (or the store of --create-store) is made.
    checked = importing.check_file(args.file, layout=args.layout, encoding=args.encoding)
    engine = database(args.db)
    store_code = args.store
    if args.create_store:
        store_code = _ensure_store(engine, args.create_store)
    actor = manager_of(engine, store_code, args.employee, args.pin)
    report = importing.import_receipts(
        engine,
        store_code,
        args.file,
        layout=args.layout,
        mapping=mapping or None,
        tax_rate=tax_rate,
        default_category=args.category.strip(),
        encoding=args.encoding,
        rejects_folder=args.rejects or importing.rejects_folder_for(engine, args.file),
        checked=checked,
        actor=actor,
    )
    print(report.summary())
    return 0


def _mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        field, sep, column = item.partition("=")
        if not sep or not field or not column:
            raise BadInput(f"--map {item!r}: write FIELD=COLUMN, e.g. sku=StockCode")
        mapping[field.strip()] = column.strip()
    return mapping


def _tax_rate(text: str) -> Decimal:
    try:
        tax_rate = Decimal(text)
    except InvalidOperation:
        tax_rate = Decimal(-1)
    if not tax_rate.is_finite() or not 0 <= tax_rate <= 100:
        raise BadInput(f"--tax-rate {text!r}: a percentage from 0 to 100")
    return tax_rate


def _ensure_store(engine: Database, spec: str) -> str:
    """The store `--create-store CODE:TIMEZONE:CURRENCY` names, made unless it is there."""
    from pos_returns.services.stores import NewStore, ensure_store

    try:
        code, timezone, currency = spec.split(":")
    except ValueError:
        raise BadInput(f"--create-store {spec!r}: write CODE:TIMEZONE:CURRENCY") from None
    return ensure_store(engine, NewStore(code, code, timezone, currency))
