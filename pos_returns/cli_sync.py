"""`pos-returns central init|add-store|add-employee|publish-policy` (head office) and
`pos-returns sync [setup]` (a register): the chain's central database and the exchange
with it."""

from __future__ import annotations

import argparse
import logging
import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from pos_returns.cli_store import StoreCommandError, _engine_and_store, _manager_of, central_url

if TYPE_CHECKING:
    from pos_returns.domain.policy import Policy


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser], with_db: Any) -> None:
    _add_central_commands(commands, parser_class)

    sync = with_db(commands.add_parser("sync", help="exchange with the central database"))
    sync.add_argument("--once", action="store_true", help="one pass, then exit")
    sync.add_argument("--every", type=float, default=30.0, metavar="SECONDS")
    sync.set_defaults(handler=_sync)
    sync_sub = sync.add_subparsers(
        title="sync commands", metavar="COMMAND", parser_class=parser_class
    )
    setup = with_db(
        sync_sub.add_parser("setup", help="point this register at the central database")
    )
    setup.add_argument("--url", required=True, help="postgresql://ROLE@HOST/DATABASE (no password)")
    setup.add_argument(
        "--password-env",
        default="POS_RETURNS_CENTRAL_PASSWORD",
        metavar="VAR",
        help="read the password from this environment variable (kept in the keyring)",
    )
    setup.add_argument("--employee", default=None, metavar="CODE", help="a manager's code")
    setup.add_argument("--pin", default=None, help="that manager's PIN")
    setup.set_defaults(handler=_sync_setup)
    join = sync_sub.add_parser(
        "join",
        help="make a new register's database from the chain (a new till, a new store's first)",
        description="Make --db (a new, empty database) register REGISTER of the store whose "
        "central role --url names: the store as head office added it, a new register instance "
        "with its own journal key and numbers, its sync settings; then pull the policies, "
        "receipts, employees and catalogue.",
    )
    join.add_argument("--url", required=True, help="postgresql://ROLE@HOST/DATABASE (no password)")
    join.add_argument("--register", required=True, help="this register's code, e.g. R2")
    join.add_argument(
        "--db",
        default=None,
        metavar="URL_OR_PATH",
        help="the new register's database (default: $POS_RETURNS_DB or the user data folder)",
    )
    join.add_argument(
        "--password-env",
        default="POS_RETURNS_CENTRAL_PASSWORD",
        metavar="VAR",
        help="read the store role's password from this environment variable",
    )
    join.set_defaults(handler=_sync_join, store=None)


def _add_central_commands(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    central = commands.add_parser("central", help="the chain's central database (head office)")
    sub = central.add_subparsers(
        title="central commands", metavar="COMMAND", parser_class=parser_class
    )
    owner = "postgresql://OWNER@HOST/DATABASE (the database's owner)"
    init = sub.add_parser(
        "init",
        help="create or migrate the central schema (and the database, when missing)",
        description="Create the central database when the server lacks it (through the"
        " server's maintenance database `postgres`, with the same credentials), then create"
        " or migrate its schema.",
    )
    init.add_argument("--url", required=True, help=owner)
    init.set_defaults(handler=_central_init)

    add = sub.add_parser(
        "add-store",
        help="add a store and its own PostgreSQL role",
        description="Add a store to the chain with its own login role, named"
        " <database>_<code> unless --role says otherwise (roles belong to the whole server,"
        " so each central database has its own). The password, at least 12 characters, is"
        " read from an environment variable.",
    )
    add.add_argument("code")
    add.add_argument("--url", required=True, help=owner)
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
    add.set_defaults(handler=_central_add_store)

    hire = sub.add_parser(
        "add-employee",
        help="give a store an employee (its first manager, say)",
        description="Add an employee to a store at the central database; the store's"
        " registers have them after their next sync. The PIN (4 to 12 digits) is read from"
        " an environment variable and kept only as its hash.",
    )
    hire.add_argument("store")
    hire.add_argument("code", help="the code they sign in with, e.g. 900")
    hire.add_argument("--url", required=True, help=owner)
    hire.add_argument("--name", required=True)
    hire.add_argument("--role", required=True, choices=("manager", "cashier", "admin"))
    hire.add_argument(
        "--pin-env",
        default="POS_RETURNS_EMPLOYEE_PIN",
        metavar="VAR",
        help="the environment variable holding the PIN (default: %(default)s)",
    )
    hire.set_defaults(handler=_central_add_employee)

    publish = sub.add_parser(
        "publish-policy",
        help="publish a store's next policy version from head office",
        description="Publish P.json (SPEC.md's policy format) as the store's next version"
        " (its number is the store's next, whatever the file says); the store's registers"
        " take it at their next sync.",
    )
    publish.add_argument("store")
    publish.add_argument("policy", type=Path, metavar="P.json")
    publish.add_argument("--url", required=True, help=owner)
    publish.add_argument(
        "--from",
        dest="starts",
        metavar="ISO-DATE",
        help="in force from this date (midnight at the store), or date and time with its UTC"
        " offset; default: now",
    )
    publish.set_defaults(handler=_central_publish_policy)


def _central_init(args: argparse.Namespace) -> int:
    from pos_returns.sync import central

    try:
        created = central.create_database(args.url)
        applied = central.init(args.url)
    except central.CentralError as exc:
        raise StoreCommandError(str(exc)) from None
    if created:
        print(f"central database {created} created")
    print(f"central schema: {applied} steps applied" if applied else "central schema: up to date")
    return 0


def _central_add_store(args: argparse.Namespace) -> int:
    from pos_returns.sync import central

    password = os.environ.get(args.password_env, "")
    if not password:
        raise StoreCommandError(
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
        raise StoreCommandError(str(exc)) from None
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


def _central_add_employee(args: argparse.Namespace) -> int:
    from pos_returns.sync import central

    pin = os.environ.get(args.pin_env, "")
    if not pin:
        raise StoreCommandError(f"set {args.pin_env} to the employee's PIN (4 to 12 digits)")
    try:
        central.add_employee(
            args.url, args.store, code=args.code, name=args.name, role=args.role, pin=pin
        )
    except central.CentralError as exc:
        raise StoreCommandError(str(exc)) from None
    print(
        f"employee {args.code} ({' '.join(args.name.split())}, {args.role}) added to"
        f" {args.store}; its registers have them after their next sync"
    )
    return 0


def _central_publish_policy(args: argparse.Namespace) -> int:
    from pos_returns.cli import _read
    from pos_returns.domain.policy_format import parse_policy
    from pos_returns.sync import central

    def any_version(data: object) -> Policy:  # the number is the store's next one
        return parse_policy({**data, "version": 1} if isinstance(data, dict) else data)

    starts = _starts(args.starts) if args.starts else None
    policy = _read(args.policy, any_version)
    try:
        done = central.publish_policy(args.url, args.store, policy, starts)
    except central.CentralError as exc:
        raise StoreCommandError(str(exc)) from None
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
        raise StoreCommandError(
            f"--from {text!r}: write a date (2026-12-24) or a date and time with its UTC"
            " offset (2026-12-24T06:00+02:00)"
        ) from None
    if when.tzinfo is None:
        raise StoreCommandError(f"--from {text!r}: add its UTC offset, e.g. +02:00")
    return when


def _sync_setup(args: argparse.Namespace) -> int:
    from pos_returns.sync import settings

    engine, store = _engine_and_store(args)
    actor = _manager_of(engine, store.code, args.employee, args.pin)
    try:
        where = settings.save(engine, args.url, os.environ.get(args.password_env), actor)
    except settings.SettingsError as exc:
        raise StoreCommandError(str(exc)) from None
    print(f"sync for {store.code} → {settings.check_url(args.url)}; password: {where}")
    return 0


def _sync_join(args: argparse.Namespace) -> int:
    from pos_returns.bootstrap import database
    from pos_returns.sync import join, settings
    from pos_returns.sync.common import CentralUnreachable

    password = os.environ.get(args.password_env, "")
    if not password:
        raise StoreCommandError(f"set {args.password_env} to the store role's password")
    try:
        settings.check_url(args.url)
    except settings.SettingsError as exc:
        raise StoreCommandError(str(exc)) from None
    engine = database(args.db)
    try:
        joined = join.join(engine, args.url, args.register, password)
    except join.JoinError as exc:
        raise StoreCommandError(str(exc)) from None
    except CentralUnreachable as exc:
        raise StoreCommandError(
            f"the central database does not answer ({exc}); nothing was made: try again"
        ) from None
    here, synced = joined.register, joined.synced
    print(f"this database is register {here.register} of {here.store_code} ({joined.store_name})")
    print(f"  its return numbers: {here.store_code}-{here.register}-{here.tag}-RT000001, ...")
    if joined.others:
        print(f"  earlier instances of {here.register} at the centre: {', '.join(joined.others)}")
    print(f"  the central password: {joined.password_kept}")
    if synced.online and synced.pulled:
        pulled = synced.pulled
        print(
            f"  pulled: {pulled.policies} policy versions, {pulled.receipts} receipts, "
            f"{pulled.employees} employees, {pulled.products} products"
        )
        if not pulled.employees:
            print(
                "  no employee yet: head office adds the first manager "
                f"(`pos-returns central add-employee {here.store_code} CODE ...`), then "
                "`pos-returns sync --once` here"
            )
        return 0
    print(f"  not synced yet: {synced.problem}; `pos-returns sync` tries again")
    return 1


def _sync(args: argparse.Namespace) -> int:
    from pos_returns.sync import worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    engine, store = _engine_and_store(args)
    url = central_url(engine, required="sync")
    last: list[worker.SyncPass] = []

    def said(result: worker.SyncPass) -> None:
        last.append(result)
        if result.online and result.pushed and result.pulled:
            print(
                f"synced: up {result.pushed.returns} returns, {result.pushed.receipts} receipts,"
                f" {result.pushed.journal} journal entries; down {result.pulled.policies}"
                f" policies, {result.pulled.receipts} receipts; {result.pending} waiting",
                flush=True,
            )
            for number, line in result.pushed.conflicts:
                print(f"conflict: {number} line {line} returns more than was sold", flush=True)
            for version in result.pushed.policy_clashes:
                print(
                    f"policy version {version} differs from the chain's: publish it again",
                    flush=True,
                )
            if result.blocked:
                _say_refused(engine, store.code)
        else:
            print(f"offline: {result.problem}; {result.pending} waiting", flush=True)

    worker.run(
        engine, url, store.code, every=args.every, passes=1 if args.once else None, said=said
    )
    return 0 if last and last[-1].online and not last[-1].blocked else 1


def _say_refused(engine: Any, store_code: str) -> None:
    """What the centre refuses, one line each, and what to do."""
    from pos_returns.sync import refusals

    kept = refusals.refusals(engine, store_code)
    print(f"sync blocked: {len(kept)} records refused by the central database", flush=True)
    for refusal in kept:
        todo = refusals.what_to_do(refusal.kind)
        print(
            f"  refused {refusal.kind} {refusal.label} ({refusal.attempts} tries): "
            f"{refusal.reason}; {todo}",
            flush=True,
        )
