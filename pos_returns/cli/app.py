"""`pos-returns` / `pos-returns app`: the counter window, and `--screenshot` of a screen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pos_returns.cli.common import EXIT_BAD_INPUT, Commands

SCREENS = ("counter", "receipt", "approval", "no-receipt", "policy", "history")


def add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options of the command with no command: the window, or a screenshot of it."""
    parser.add_argument(
        "--screenshot",
        type=Path,
        default=None,
        metavar="FILE",
        help="render a screen with demo data to a PNG and exit",
    )
    parser.add_argument(
        "--screen",
        choices=SCREENS,
        default="counter",
        help="which screen --screenshot renders (default: counter)",
    )


def add_parser(commands: Commands) -> None:
    app = commands.add_parser(
        "app", help="open the counter window (the default when no command is given)"
    )
    app.add_argument("--db", default=None, metavar="URL_OR_PATH")
    app.add_argument("--store", default=None)
    app.add_argument(
        "--register", default=None, help="this database's register (another is refused)"
    )
    app.set_defaults(handler=open_window)


def open_window(args: argparse.Namespace) -> int:
    """The counter window, as the register its database is (no command: this one)."""
    from pos_returns.ui.x_libraries import complaint

    # Before Qt loads: a missing X library makes Qt abort, often naming the wrong one.
    missing = complaint()
    if missing is not None:
        print(f"pos-returns: {missing}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from pos_returns.ui.app import run_app, screenshot

    if args.screenshot is not None:
        return screenshot(args.screenshot, args.screen)
    return run_app(args.db, args.register, args.store)
