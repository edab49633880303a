"""`pos-returns verify`: the journal recomputed from the live rows, and what that proves."""

from __future__ import annotations

import argparse
import sys

from pos_returns.cli.common import BadInput, Commands, central_url, register_here, with_db


def add_parser(commands: Commands) -> None:
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
    verify.set_defaults(handler=verify_journal)


def verify_journal(args: argparse.Namespace) -> int:
    """Exit 0 when everything checked holds, 1 when something does not (named)."""
    from pos_returns.services.journal import verify_register

    here = register_here(args)
    anchor = None
    if args.central:
        from pos_returns.services.register import register_of
        from pos_returns.sync.anchor import central_anchor
        from pos_returns.sync.common import CentralUnreachable

        this = register_of(here.db)
        assert this is not None  # `register_here` found it
        url = central_url(here.db, required="--central")
        try:
            anchor = central_anchor(url, this)
        except CentralUnreachable as exc:
            raise BadInput(f"--central: the central database does not answer ({exc})") from None
    result = verify_register(here.db, anchor)
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
    print(f"{result.store}: the journal is broken at {where}: {result.problem}", file=sys.stderr)
    return 1
