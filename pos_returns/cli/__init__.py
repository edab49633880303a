"""The `pos-returns` command.

Every bad input exits with status 2 and one line on standard error naming the file and
the field (``request.json: lines[0].qty: quantity 3 is out of range ...``); nothing is
written anywhere. Each command group is a module of this package that adds its own
parsers (`add_parser`); `common` holds what they share, the one error handler included.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pos_returns import __version__
from pos_returns.cli import (
    app,
    bench,
    central,
    demo,
    evaluate,
    imports,
    journal,
    policy,
    printing,
    receipts,
    returns,
    store,
    sync,
)
from pos_returns.cli.common import Handler, Parser, run

# In the order `pos-returns --help` lists them.
GROUPS = (
    evaluate,
    policy,
    returns,
    receipts,
    journal,
    demo,
    imports,
    store,
    printing,
    central,
    sync,
    app,
    bench,
)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    args = build_parser().parse_args(argv)
    handler: Handler = getattr(args, "handler", None) or app.open_window  # none: the window
    return run(handler, args)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="pos-returns",
        description="The returns counter: apply the store's published return policy.",
    )
    parser.add_argument("--version", action="version", version=f"pos-returns {__version__}")
    app.add_window_options(parser)
    parser.set_defaults(db=None, register=None, store=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.add_parser(commands)
    return parser
