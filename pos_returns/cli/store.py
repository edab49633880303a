"""`pos-returns store show|set`: the store's details, what its receipts say, and which
register this database is."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from pos_returns.cli.common import BadInput, Commands, Parser, register_here, with_db


def add_parser(commands: Commands) -> None:
    store = commands.add_parser("store", help="the store's details and receipt settings")
    sub = store.add_subparsers(title="store commands", metavar="COMMAND", parser_class=Parser)
    show = with_db(sub.add_parser("show", help="the store, its registers and printers"))
    show.set_defaults(handler=show_store)
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
    change.set_defaults(handler=set_receipt_settings)


def show_store(args: argparse.Namespace) -> int:
    from pos_returns.services import keys
    from pos_returns.services.stores import store_details

    store = store_details(register_here(args).db)
    signature = str(store.signature_over) if store.signature_over is not None else "never"
    print(f"{store.code}  {store.name}  ({store.timezone}, {store.currency}, {store.language})")
    for line in store.address.splitlines():
        print(f"  {line}")
    print(f"  receipt footer: {store.receipt_footer or '-'}")
    print(f"  feedback QR code: {store.feedback_url or '-'}")
    print(f"  signature line for refunds of: {signature}")
    print(f"  bilingual receipts: {'on' if store.bilingual else 'off'}")
    for register in store.registers:
        where = register.printer_url or "preview: (no printer set)"
        print(f"  register {register.code}: {where} {register.printer_profile or ''}".rstrip())
    here = store.here
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


def set_receipt_settings(args: argparse.Namespace) -> int:
    from pos_returns.services.auth import sign_in
    from pos_returns.services.stores import ReceiptSettings, change_receipt_settings

    changes = ReceiptSettings(
        footer=args.footer,
        feedback_url=args.feedback_url,
        signature_over=args.signature_over,
        bilingual=None if args.bilingual is None else args.bilingual == "on",
    )
    if changes == ReceiptSettings():
        raise BadInput(
            "nothing to change: give --footer, --feedback-url, --signature-over or --bilingual"
        )
    here = register_here(args)
    actor = sign_in(here.db, args.employee, args.pin, datetime.now(UTC), store_code=here.store_code)
    change_receipt_settings(here.db, actor, changes)
    print(f"{here.store_code}: receipt settings saved")
    return 0
