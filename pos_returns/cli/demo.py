"""`pos-returns demo`: the demo store S01 in a database of its own (the same seed, the same
store)."""

from __future__ import annotations

import argparse

from pos_returns.cli.common import BadInput, Commands, with_db


def add_parser(commands: Commands) -> None:
    demo = with_db(commands.add_parser("demo", help="create the demo store (deterministic)"))
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--receipts", type=int, default=20_000)
    demo.set_defaults(handler=make_demo)


def make_demo(args: argparse.Namespace) -> int:
    from pos_returns.bootstrap import database
    from pos_returns.services.demo import STORE_CODE, create_demo

    if args.store is not None and args.store.strip().upper() != STORE_CODE:
        raise BadInput(
            f"the demo is always store {STORE_CODE} (--store {args.store.strip()} is not a demo): "
            "a real store is added with `pos-returns central add-store` and its registers "
            "made with `pos-returns sync join`, or made from its sales with "
            "`pos-returns import receipts FILE --create-store CODE:TIMEZONE:CURRENCY`"
        )
    info = create_demo(database(args.db), seed=args.seed, receipts=args.receipts)
    print(info.report())
    return 0
