"""`pos-returns central init|add-store|add-employee|publish-policy`: head office's commands
on the chain's central database (its owner's URL; no register database is opened)."""

from __future__ import annotations

import argparse
import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from pos_returns.cli.common import BadInput, Commands, Parser, read_json

if TYPE_CHECKING:
    from pos_returns.domain.policy import Policy

OWNER = "postgresql://OWNER@HOST/DATABASE (the database's owner)"


def add_parser(commands: Commands) -> None:
    central = commands.add_parser("central", help="the chain's central database (head office)")
    sub = central.add_subparsers(title="central commands", metavar="COMMAND", parser_class=Parser)
    init = sub.add_parser(
        "init",
        help="create or migrate the central schema (and the database, when missing)",
        description="Create the central database when the server lacks it (through the"
        " server's maintenance database `postgres`, with the same credentials), then create"
        " or migrate its schema.",
    )
    init.add_argument("--url", required=True, help=OWNER)
    init.set_defaults(handler=init_central)
    _add_store_parser(sub)
    _add_employee_parser(sub)
    _add_policy_parser(sub)


def _add_store_parser(sub: Commands) -> None:
    add = sub.add_parser(
        "add-store",
        help="add a store and its own PostgreSQL role",
        description="Add a store to the chain with its own login role, named"
        " <database>_<code> unless --role says otherwise (roles belong to the whole server,"
        " so each central database has its own). The password, at least 12 characters, is"
        " read from an environment variable.",
    )
    add.add_argument("code")
    add.add_argument("--url", required=True, help=OWNER)
    add.add_argument("--name", required=True)
    add.add_argument("--timezone", required=True, help='e.g. "Europe/Riga"')
    add.add_argument("--currency", required=True, help="e.g. EUR")
    add.add_argument(
        "--password-env",
        default="POS_RETURNS_STORE_PASSWORD",
        metavar="VAR",
        help="the environment variable holding the store role's password (at least 12"
        " characters; default: %(default)s)",
    )
    add.add_argument(
        "--role", metavar="NAME", help="the role's name, when the default one is taken"
    )
    add.add_argument(
        "--reset-password",
        action="store_true",
        help="the store is in the chain already (or its role is left from a dropped central"
        " database of this name): give its role this password",
    )
    add.set_defaults(handler=add_store)


def _add_employee_parser(sub: Commands) -> None:
    hire = sub.add_parser(
        "add-employee",
        help="give a store an employee (its first manager, say)",
        description="Add an employee to a store at the central database; the store's"
        " registers have them after their next sync. The PIN (4 to 12 digits) is read from"
        " an environment variable and kept only as its hash.",
    )
    hire.add_argument("store")
    hire.add_argument("code", help="the code they sign in with, e.g. 900")
    hire.add_argument("--url", required=True, help=OWNER)
    hire.add_argument("--name", required=True)
    hire.add_argument("--role", required=True, choices=("manager", "cashier", "admin"))
    hire.add_argument(
        "--pin-env",
        default="POS_RETURNS_EMPLOYEE_PIN",
        metavar="VAR",
        help="the environment variable holding the PIN (default: %(default)s)",
    )
    hire.set_defaults(handler=add_employee)


def _add_policy_parser(sub: Commands) -> None:
    publish = sub.add_parser(
        "publish-policy",
        help="publish a store's next policy version from head office",
        description="Publish P.json (SPEC.md's policy format) as the store's next version"
        " (its number is the store's next, whatever the file says); the store's registers"
        " take it at their next sync.",
    )
    publish.add_argument("store")
    publish.add_argument("policy", type=Path, metavar="P.json")
    publish.add_argument("--url", required=True, help=OWNER)
    publish.add_argument(
        "--from",
        dest="starts",
        metavar="ISO-DATE",
        help="in force from this date (midnight at the store), or date and time with its UTC"
        " offset; default: now",
    )
    publish.set_defaults(handler=publish_policy)


def init_central(args: argparse.Namespace) -> int:
    from pos_returns.sync import central

    try:
        created = central.create_database(args.url)
        applied = central.init(args.url)
    except central.CentralError as exc:
        raise BadInput(str(exc)) from None
    if created:
        print(f"central database {created} created")
    print(f"central schema: {applied} steps applied" if applied else "central schema: up to date")
    return 0


def add_store(args: argparse.Namespace) -> int:
    from pos_returns.sync import central

    password = os.environ.get(args.password_env, "")
    if not password:
        raise BadInput(
            f"set {args.password_env} to the store role's password ({central.PASSWORD_RULE})"
        )
    try:
        role = central.add_store(
            args.url,
            central.NewStore(args.code, args.name, args.timezone, args.currency.upper(), password),
            args.role,
            reset_password=args.reset_password,
        )
    except central.CentralError as exc:
        raise BadInput(str(exc)) from None
    done = ": new password set" if args.reset_password else " added"
    print(f"store {args.code}{done}; its registers sign in as {role}")
    url = _url_as(args.url, role)
    if url:
        print(f"on each register: pos-returns sync setup --url {url}")
    return 0


def _url_as(url: str, role: str) -> str | None:
    """`url` with `role` for its user and no password (None for a key=value string)."""
    parts = urlsplit(url)
    if not parts.scheme.startswith("postgres") or not parts.netloc:
        return None
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(("postgresql", f"{role}@{host}", parts.path, parts.query, ""))


def add_employee(args: argparse.Namespace) -> int:
    from pos_returns.sync import central

    pin = os.environ.get(args.pin_env, "")
    if not pin:
        raise BadInput(f"set {args.pin_env} to the employee's PIN (4 to 12 digits)")
    try:
        central.add_employee(
            args.url, args.store, code=args.code, name=args.name, role=args.role, pin=pin
        )
    except central.CentralError as exc:
        raise BadInput(str(exc)) from None
    print(
        f"employee {args.code} ({' '.join(args.name.split())}, {args.role}) added to"
        f" {args.store}; its registers have them after their next sync"
    )
    return 0


def publish_policy(args: argparse.Namespace) -> int:
    from pos_returns.domain.policy_format import parse_policy
    from pos_returns.sync import central

    def any_version(data: object) -> Policy:  # the number is the store's next one
        return parse_policy({**data, "version": 1} if isinstance(data, dict) else data)

    starts = _starts(args.starts) if args.starts else None
    policy = read_json(args.policy, any_version)
    try:
        done = central.publish_policy(args.url, args.store, policy, starts)
    except central.CentralError as exc:
        raise BadInput(str(exc)) from None
    print(
        f"{policy.name} published for {args.store} as version {done.version}, in force from"
        f" {done.effective_from.isoformat(timespec='minutes')}; its registers take it at their"
        " next sync"
    )
    return 0


def _starts(text: str) -> date | datetime:
    """`--from`: a date (midnight at the store) or a date and time with its UTC offset."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(
            f"--from {text!r}: write a date (2026-12-24) or a date and time with its UTC"
            " offset (2026-12-24T06:00+02:00)"
        ) from None
    if when.tzinfo is None:
        raise BadInput(f"--from {text!r}: add its UTC offset, e.g. +02:00")
    return when
