"""`pos-returns store show|set`: the store's details and what its receipts say."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from pos_returns.cli_store import StoreCommandError, _engine_and_store
from pos_returns.domain.money import Money


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser], with_db: Any) -> None:
    store = commands.add_parser("store", help="the store's details and receipt settings")
    sub = store.add_subparsers(title="store commands", metavar="COMMAND", parser_class=parser_class)
    show = with_db(sub.add_parser("show", help="the store, its registers and printers"))
    show.set_defaults(handler=_store_show)
    change = with_db(sub.add_parser("set", help="what receipts say (managers)"))
    change.add_argument("--footer", default=None, help="a line at the end of every receipt")
    change.add_argument(
        "--feedback-url", default=None, metavar="URL", help='printed as a QR code ("" for none)'
    )
    change.add_argument(
        "--signature-over",
        default=None,
        metavar="AMOUNT",
        help='refunds of this much or more get a signature line, e.g. 100.00 ("" for never)',
    )
    change.add_argument(
        "--bilingual",
        choices=("on", "off"),
        default=None,
        help="receipts in another language also carry the store's own",
    )
    change.add_argument("--employee", required=True, metavar="CODE")
    change.add_argument("--pin", required=True)
    change.set_defaults(handler=_store_set)


def _store_show(args: argparse.Namespace) -> int:
    from pos_returns.services import keys
    from pos_returns.services.register import has_identity, this_register
    from pos_returns.services.stores import registers
    from pos_returns.services.uow import UnitOfWork

    engine, store = _engine_and_store(args)
    signature = (
        str(Money.from_minor(store.signature_over_minor, store.currency))
        if store.signature_over_minor is not None
        else "never"
    )
    print(f"{store.code}  {store.name}  ({store.timezone}, {store.currency}, {store.language})")
    for line in store.address.splitlines():
        print(f"  {line}")
    print(f"  receipt footer: {store.receipt_footer or '-'}")
    print(f"  feedback QR code: {store.feedback_url or '-'}")
    print(f"  signature line for refunds of: {signature}")
    print(f"  bilingual receipts: {'on' if store.bilingual_receipts else 'off'}")
    with UnitOfWork(engine) as uow:
        for register in registers(uow, store):
            printer = register.printer or {}
            where = printer.get("url") or "preview: (no printer set)"
            print(f"  register {register.code}: {where} {printer.get('profile', '')}".rstrip())
        here = this_register(uow) if has_identity(uow) else None
    if here is not None:
        kind = " (a demo database)" if here.is_demo else ""
        print(f"this database: register {here.register}{kind}, instance {here.instance_id}")
        print(f"  its numbers: {here.store_code}-{here.register}-{here.tag}-RT000001, ...")
        print(f"  journal key (Ed25519, public): {here.public_key or 'not made yet'}")
        try:
            key = keys.load_key(here.instance_id)
            where = key.where if key else "NOT on this computer"
        except keys.DamagedKey as exc:
            where = f"DAMAGED ({exc})"
        print(f"  journal key (private): {where}")
        print(f"  central database: {here.central_url or 'none (sync is off)'}")
    return 0


def _store_set(args: argparse.Namespace) -> int:
    from pos_returns.services.auth import sign_in
    from pos_returns.services.stores import ReceiptSettings, update_receipt_settings
    from pos_returns.services.uow import UnitOfWork

    changes = ReceiptSettings(
        footer=args.footer,
        feedback_url=args.feedback_url,
        signature_over=args.signature_over,
        bilingual=None if args.bilingual is None else args.bilingual == "on",
    )
    if changes == ReceiptSettings():
        raise StoreCommandError(
            "nothing to change: give --footer, --feedback-url, --signature-over or --bilingual"
        )
    engine, store = _engine_and_store(args)
    actor = sign_in(engine, args.employee, args.pin, datetime.now(UTC), store_code=store.code)
    with UnitOfWork(engine, write=True) as uow:
        update_receipt_settings(uow, uow.session.merge(store), actor, changes)
        uow.commit()
    print(f"{store.code}: receipt settings saved")
    return 0
