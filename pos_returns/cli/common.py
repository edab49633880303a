"""What every `pos-returns` command shares: the parser, the one error handler, reading JSON
files, the `--db`/`--store`/`--lang` options and this register as a command acts as it.

Every handler runs under `run`: a bad input, a refused request (a service's error) or a
database that cannot be used is one line on standard error (``pos-returns: ...``) and
exit status 2, and nothing is written. The command modules import the services, the
database and Qt inside their handlers, so `pos-returns evaluate` starts without them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from pos_returns.domain.errors import DomainError
from pos_returns.domain.wording import Wording
from pos_returns.i18n import LANGUAGES, UnknownLanguage, wording

if TYPE_CHECKING:
    from pos_returns.bootstrap import Setup
    from pos_returns.services.auth import Actor
    from pos_returns.services.chain import Chain
    from pos_returns.services.uow import Database

T = TypeVar("T")
EXIT_BAD_INPUT = 2
Handler = Callable[[argparse.Namespace], int]
Commands = Any  # argparse's subparsers action (its class is private)
DB_HELP = "database URL or SQLite file (default: $POS_RETURNS_DB or the user data folder)"


class BadInput(Exception):
    """One line for the person at the keyboard: what is wrong and where."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def one_line(text: str) -> str:
    """`text` with control characters (a newline in a file name or a key) escaped, so an
    error is always exactly one line."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )


# -- the one error handler -------------------------------------------------------------------
def run(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command's handler; every expected failure is one line and exit status 2."""
    try:
        return int(handler(args))
    except BadInput as exc:
        return _refused(str(exc))
    except Exception as exc:
        message = _expected(exc)
        if message is None:
            raise
        return _refused(message)


def _refused(message: str) -> int:
    print(f"pos-returns: {one_line(message)}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _expected(exc: Exception) -> str | None:
    """The line for a failure a person can act on (None: a bug, left to its traceback).
    Imported here, when something failed: a command that needs no database loads none."""
    from sqlalchemy.exc import SQLAlchemyError

    from pos_returns.services.errors import ServiceError
    from pos_returns.store.db import DatabaseError

    if isinstance(exc, ServiceError):
        return str(exc)
    if isinstance(exc, DatabaseError):
        return f"{exc} (check --db, or that the database server is running)"
    if isinstance(exc, SQLAlchemyError):  # locked, dropped connection: nothing half-written
        why = " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
        return f"the database said: {why}; try again in a moment"
    return None


# -- options -------------------------------------------------------------------------------------
def with_db(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """`--db` and `--store`, as every store command takes them."""
    parser.add_argument("--db", default=None, metavar="URL_OR_PATH", help=DB_HELP)
    parser.add_argument("--store", default=None, help="store code, if the database has several")
    return parser


def add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        default="en",
        choices=sorted(LANGUAGES),
        help="language of the sentences (default: en)",
    )


def usage(parser: argparse.ArgumentParser, *, status: int = EXIT_BAD_INPUT) -> int:
    """A command group given without its command: its help (on standard error when that
    is a mistake, exit 2; on standard output with `status` 0)."""
    parser.print_help(sys.stderr if status else sys.stdout)
    return status


# -- files and words -------------------------------------------------------------------------
def read_json(path: Path, parse: Callable[[object], T]) -> T:
    """Read and parse one JSON file, turning every failure into one BadInput line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BadInput(f"{path}: is a folder, not a file") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, nesting too deep
        raise BadInput(f"{path}: not JSON this program can read ({exc})") from None
    try:
        return parse(data)
    except DomainError as exc:
        field = exc.field or "(document)"
        raise BadInput(f"{path}: {field}: {exc.message}") from None


def words(lang: str) -> Wording:
    try:
        return wording(lang)
    except UnknownLanguage as exc:
        raise BadInput(str(exc)) from None


# -- this register ---------------------------------------------------------------------------
def register_here(args: argparse.Namespace) -> Setup:
    """The register this command's database is (`bootstrap.setup`); `--store` may only
    name its own store."""
    from pos_returns.bootstrap import setup

    here = setup(args.db)
    asked = getattr(args, "store", None)
    if asked is not None and asked.strip().upper() != here.store_code.upper():
        raise BadInput(
            f"this database is register {here.register} of {here.store_code}: "
            f"it cannot act for {asked.strip()}"
        )
    return here


def acting_register(here: Setup, asked: str | None) -> str:
    """This database's register; `--register` naming another (or none) is refused."""
    from pos_returns.services.register import acting_as

    return acting_as(here.db, asked).here.register


def chain_of(here: Setup) -> Chain | None:
    """The chain this register syncs with (None: sync is off), as the counter reaches it."""
    from pos_returns.sync.settings import SettingsError

    try:
        return here.chain()
    except SettingsError as exc:
        raise BadInput(f"sync is set up but cannot be used: {exc}") from None


def central_url(db: Database, *, required: str | None = None) -> str:
    """The central database this register syncs with, password included: None when sync
    is off, unless the `required` option needs it (then one line saying what to do)."""
    from pos_returns.sync import settings

    try:
        url = settings.central_url(db)
    except settings.SettingsError as exc:
        raise BadInput(f"sync is set up but cannot be used: {exc}") from None
    if url is None and required is not None:
        raise BadInput(
            f"{required}: sync is off on this register: run `pos-returns sync setup --url ...` "
            f"or set {settings.URL_ENV}"
        )
    return url  # type: ignore[return-value] - None only when nothing requires it


def manager_of(
    db: Database, store_code: str | None, code: str | None, pin: str | None
) -> Actor | None:
    """The employee `--employee`/`--pin` name, signed in at this computer's time (None when
    not given; the service says whether one is needed)."""
    from pos_returns.services.auth import sign_in

    if code is None and pin is None:
        return None
    if not code or not pin:
        raise BadInput("give both --employee and --pin")
    return sign_in(db, code, pin, datetime.now(UTC), store_code=store_code)
