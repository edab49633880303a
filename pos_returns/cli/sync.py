"""`pos-returns sync [setup|join]`: this register's exchange with the chain's central
database, pointing it there, and making a new register's database from the chain."""

from __future__ import annotations

import argparse
import logging
import os
from typing import TYPE_CHECKING

from pos_returns.cli.common import (
    BadInput,
    Commands,
    Parser,
    central_url,
    manager_of,
    register_here,
    with_db,
)

if TYPE_CHECKING:
    from pos_returns.services.uow import Database


def add_parser(commands: Commands) -> None:
    sync = with_db(commands.add_parser("sync", help="exchange with the central database"))
    sync.add_argument("--once", action="store_true", help="one pass, then exit")
    sync.add_argument("--every", type=float, default=30.0, metavar="SECONDS")
    sync.set_defaults(handler=run_sync)
    sync_sub = sync.add_subparsers(title="sync commands", metavar="COMMAND", parser_class=Parser)
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
    setup.set_defaults(handler=set_up_sync)
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
    join.set_defaults(handler=join_chain, store=None)


def set_up_sync(args: argparse.Namespace) -> int:
    from pos_returns.sync import settings

    here = register_here(args)
    actor = manager_of(here.db, here.store_code, args.employee, args.pin)
    try:
        where = settings.save(here.db, args.url, os.environ.get(args.password_env), actor)
    except settings.SettingsError as exc:
        raise BadInput(str(exc)) from None
    print(f"sync for {here.store_code} → {settings.check_url(args.url)}; password: {where}")
    return 0


def join_chain(args: argparse.Namespace) -> int:
    from pos_returns.bootstrap import database
    from pos_returns.sync import join, settings
    from pos_returns.sync.common import CentralUnreachable

    password = os.environ.get(args.password_env, "")
    if not password:
        raise BadInput(f"set {args.password_env} to the store role's password")
    try:
        settings.check_url(args.url)
    except settings.SettingsError as exc:
        raise BadInput(str(exc)) from None
    engine = database(args.db)
    try:
        joined = join.join(engine, args.url, args.register, password)
    except join.JoinError as exc:
        raise BadInput(str(exc)) from None
    except CentralUnreachable as exc:
        raise BadInput(
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


def run_sync(args: argparse.Namespace) -> int:
    from pos_returns.sync import worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    here = register_here(args)
    url = central_url(here.db, required="sync")
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
                _say_refused(here.db, here.store_code)
        else:
            print(f"offline: {result.problem}; {result.pending} waiting", flush=True)

    worker.run(
        here.db, url, here.store_code, every=args.every, passes=1 if args.once else None, said=said
    )
    return 0 if last and last[-1].online and not last[-1].blocked else 1


def _say_refused(engine: Database, store_code: str) -> None:
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
