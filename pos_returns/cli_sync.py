"""`pos-returns central init|add-store` (head office) and `pos-returns sync [setup]` (a
register): the chain's central database and the exchange with it."""

from __future__ import annotations

import argparse
import logging
import os
from typing import Any

from pos_returns.cli_store import StoreCommandError, _engine_and_store


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser], with_db: Any) -> None:
    central = commands.add_parser("central", help="the chain's central database (head office)")
    sub = central.add_subparsers(
        title="central commands", metavar="COMMAND", parser_class=parser_class
    )
    init = sub.add_parser("init", help="create or migrate the central schema")
    init.add_argument("--url", required=True, help="postgresql://OWNER@HOST/DATABASE")
    init.set_defaults(handler=_central_init)
    add = sub.add_parser("add-store", help="add a store and its PostgreSQL role")
    add.add_argument("code")
    add.add_argument("--url", required=True, help="postgresql://OWNER@HOST/DATABASE")
    add.add_argument("--name", required=True)
    add.add_argument("--timezone", required=True, help='e.g. "Europe/Riga"')
    add.add_argument("--currency", required=True, help="e.g. EUR")
    add.add_argument(
        "--password-env",
        default="POS_RETURNS_STORE_PASSWORD",
        metavar="VAR",
        help="the environment variable holding the store role's password",
    )
    add.set_defaults(handler=_central_add_store)

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
    setup.set_defaults(handler=_sync_setup)


def _central_init(args: argparse.Namespace) -> int:
    from pos_returns.sync import central

    try:
        applied = central.init(args.url)
    except central.CentralError as exc:
        raise StoreCommandError(str(exc)) from None
    print(f"central schema: {applied} steps applied" if applied else "central schema: up to date")
    return 0


def _central_add_store(args: argparse.Namespace) -> int:
    from pos_returns.sync import central

    password = os.environ.get(args.password_env, "")
    if not password:
        raise StoreCommandError(f"set {args.password_env} to the store role's password")
    try:
        role = central.add_store(
            args.url,
            central.NewStore(args.code, args.name, args.timezone, args.currency.upper(), password),
        )
    except central.CentralError as exc:
        raise StoreCommandError(str(exc)) from None
    print(f"store {args.code} added; its registers sign in as {role}")
    return 0


def _sync_setup(args: argparse.Namespace) -> int:
    from pos_returns.sync import settings

    _engine, store = _engine_and_store(args)
    try:
        where = settings.save(args.url, store.code, os.environ.get(args.password_env))
    except settings.SettingsError as exc:
        raise StoreCommandError(str(exc)) from None
    print(f"sync for {store.code} → {args.url}; password: {where}")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from pos_returns.sync import settings, worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    engine, store = _engine_and_store(args)
    url = os.environ.get(settings.URL_ENV)
    if url is None:
        try:
            saved = settings.load()
            if saved is None:
                raise StoreCommandError(
                    "sync is off on this register: run `pos-returns sync setup --url ...` "
                    f"or set {settings.URL_ENV}"
                )
            url = settings.connect_url(saved)
        except settings.SettingsError as exc:
            raise StoreCommandError(str(exc)) from None
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
        else:
            print(f"offline: {result.problem}; {result.pending} waiting", flush=True)

    worker.run(
        engine, url, store.code, every=args.every, passes=1 if args.once else None, said=said
    )
    return 0 if last and last[-1].online else 1
