"""The `pos-returns` command.

Every bad input exits with status 2 and one line on standard error naming the file and
the field (``request.json: lines[0].qty: quantity 3 is out of range ...``); nothing is
written anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TypeVar

from pos_returns import __version__
from pos_returns.cli_store import add_commands as add_store_commands
from pos_returns.cli_store import run as run_store_command
from pos_returns.domain.decision import DEFAULT_CURRENCY, decide
from pos_returns.domain.errors import DecisionError, DomainError
from pos_returns.domain.formats import decision_to_json, parse_history, parse_receipt, parse_request
from pos_returns.domain.policy_format import parse_policy
from pos_returns.domain.wording import Wording
from pos_returns.i18n import LANGUAGES, UnknownLanguage, wording

T = TypeVar("T")
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """One line for the person at the keyboard: what is wrong and where."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def one_line(text: str) -> str:
    """`text` with control characters (a newline in a file name or a key) escaped, so an
    error is always exactly one line."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = _build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        handler = _app  # no command: the counter window

    try:
        if handler.__module__ in (
            "pos_returns.cli_store",
            "pos_returns.cli_print",
            "pos_returns.cli_settings",
            "pos_returns.cli_sync",
        ):
            return run_store_command(handler, args)
        return handler(args)
    except BadInput as exc:
        print(f"pos-returns: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pos-returns",
        description="The returns counter: apply the store's published return policy.",
    )
    parser.add_argument("--version", action="version", version=f"pos-returns {__version__}")
    parser.add_argument(
        "--screenshot",
        type=Path,
        default=None,
        metavar="FILE",
        help="render a screen with demo data to a PNG and exit",
    )
    parser.add_argument(
        "--screen",
        choices=("counter", "receipt", "approval", "no-receipt", "policy", "history"),
        default="counter",
        help="which screen --screenshot renders (default: counter)",
    )
    parser.set_defaults(db=None, register=None, store=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    evaluate = commands.add_parser(
        "evaluate",
        help="decide a return from JSON files and print the decision",
        description="Print the decision (SPEC.md section 4) for a return request.",
    )
    evaluate.add_argument("--policy", required=True, type=Path, metavar="P.json")
    evaluate.add_argument(
        "--receipt",
        type=Path,
        metavar="R.json",
        help="the receipt (leave out for a return without one)",
    )
    evaluate.add_argument("--request", required=True, type=Path, metavar="Q.json")
    evaluate.add_argument(
        "--history",
        type=Path,
        metavar="H.json",
        help="earlier returns of this receipt and customer",
    )
    evaluate.add_argument(
        "--offline",
        action="store_true",
        help="decide as a register cut off from the chain (the policy's offline choices)",
    )
    _add_lang(evaluate)
    evaluate.set_defaults(handler=_evaluate)

    policy = commands.add_parser("policy", help="work with policy files")
    policy_commands = policy.add_subparsers(
        title="policy commands", metavar="COMMAND", parser_class=_Parser
    )
    check = policy_commands.add_parser(
        "check",
        help="validate a policy and print it in plain language",
    )
    check.add_argument("policy", type=Path, metavar="P.json")
    check.add_argument("--currency", default=None, help="currency for amounts (e.g. EUR)")
    _add_lang(check)
    check.set_defaults(handler=_policy_check)
    policy.set_defaults(handler=lambda _args: _usage(policy))

    add_store_commands(commands, _Parser)

    app = commands.add_parser(
        "app", help="open the counter window (the default when no command is given)"
    )
    app.add_argument("--db", default=None, metavar="URL_OR_PATH")
    app.add_argument("--store", default=None)
    app.add_argument(
        "--register", default=None, help="this database's register (another is refused)"
    )
    app.set_defaults(handler=_app)

    bench = commands.add_parser(
        "bench",
        help="measure the policy engine (decide), the store on a big SQLite file (store), "
        "building and rendering a return receipt (print), or the counter screen's scan "
        "(counter)",
    )
    bench.add_argument(
        "what",
        nargs="?",
        choices=("decide", "store", "print", "counter", "sync"),
        default="decide",
    )
    bench.add_argument(
        "--rounds", type=int, default=None, help="runs to time (decide: 2000, store: 500)"
    )
    bench.add_argument(
        "--receipts",
        type=int,
        default=1_000_000,
        help="store, counter: receipts in the database",
    )
    bench.add_argument(
        "--import-lines", type=int, default=100_000, help="store: CSV lines to import"
    )
    bench.add_argument(
        "--db",
        type=Path,
        default=None,
        help="store: the SQLite file to fill or reuse (default: in the user's cache folder)",
    )
    bench.add_argument(
        "--central",
        default="postgresql://postgres@127.0.0.1:5432/postgres",
        metavar="URL",
        help="sync: a PostgreSQL server's admin URL (a throwaway database is made on it)",
    )
    bench.add_argument("--returns", type=int, default=10_000, help="sync: returns to push")
    bench.add_argument("--registers", type=int, default=50, help="sync: registers syncing at once")
    bench.set_defaults(handler=_bench)
    return parser


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        default="en",
        choices=sorted(LANGUAGES),
        help="language of the sentences (default: en)",
    )


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_BAD_INPUT


# -- evaluate ---------------------------------------------------------------------------
def _evaluate(args: argparse.Namespace) -> int:
    policy = _read(args.policy, parse_policy)
    receipt = _read(args.receipt, parse_receipt) if args.receipt else None
    # Without a receipt: the request's own currency, else the policy's, else EUR
    # (docs/decisions.md; SPEC.md section 2's example carries none).
    currency = receipt.currency if receipt else (policy.currency or DEFAULT_CURRENCY)
    request = _read(args.request, lambda data: parse_request(data, currency))
    history_currency = receipt.currency if receipt else (request.currency or DEFAULT_CURRENCY)
    history = (
        _read(args.history, lambda data: parse_history(data, history_currency))
        if args.history
        else ()
    )
    try:
        decision = decide(policy, receipt, request, history, offline=args.offline)
    except DecisionError as exc:
        if exc.field.startswith("history") and args.history:
            raise BadInput(f"{args.history}: {_strip(exc.field, 'history')}{exc.message}") from None
        raise BadInput(f"{args.request}: {exc}") from None
    words = _wording(args.lang)
    document = decision_to_json(decision, words.explain(decision, policy))
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _strip(field: str, prefix: str) -> str:
    rest = field[len(prefix) :].lstrip(".")
    return f"{rest}: " if rest else ""


# -- policy check -----------------------------------------------------------------------
def _policy_check(args: argparse.Namespace) -> int:
    policy = _read(args.policy, parse_policy)
    currency = args.currency or policy.currency
    if currency is not None:
        from pos_returns.domain.money import check_currency

        try:
            check_currency(currency, "--currency")
        except DomainError as exc:
            raise BadInput(str(exc)) from None
    words = _wording(args.lang)
    print(
        f"{policy.name} (version {policy.version}, {policy.timezone}): OK, "
        f"{len(policy.rules)} rules"
    )
    print()
    print("\n\n".join(words.policy_summary(policy, currency)))
    return 0


# -- the window ---------------------------------------------------------------------------
def _app(args: argparse.Namespace) -> int:
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


# -- bench ------------------------------------------------------------------------------
def _bench(args: argparse.Namespace) -> int:
    if args.what == "store":
        return _bench_store(args)
    if args.what == "print":
        return _bench_print(args)
    if args.what == "counter":
        return _bench_counter(args)
    if args.what == "sync":
        return _bench_sync(args)
    from pos_returns.bench import bench_decide

    rounds = 2000 if args.rounds is None else args.rounds
    if rounds < 1:
        raise BadInput("--rounds: must be at least 1")
    result = bench_decide(rounds)
    print(result.report())
    return 0


def _bench_print(args: argparse.Namespace) -> int:
    """Exit 0 when both targets are met, 1 when one is missed."""
    from pos_returns.bench_print import run_print_bench

    rounds = 200 if args.rounds is None else args.rounds
    if rounds < 10:
        raise BadInput("--rounds: the print bench needs at least 10")
    result = run_print_bench(rounds)
    print(result.report())
    missed = result.missed()
    if missed:
        print("missed: " + "; ".join(missed), file=sys.stderr)
    return 1 if missed else 0


def _bench_file(args: argparse.Namespace) -> Path:
    """The SQLite file of `--receipts` receipts the store and counter benches share."""
    from platformdirs import user_cache_dir

    path: Path = args.db or Path(user_cache_dir("pos-returns", appauthor=False)) / (
        f"bench-{args.receipts}.sqlite3"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _progress(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _bench_sync(args: argparse.Namespace) -> int:
    """Exit 0 when the push, pull and many-registers targets are met, 1 when one is not."""
    import tempfile

    from pos_returns.bench_sync import run_sync_bench

    with tempfile.TemporaryDirectory() as folder:
        try:
            result = run_sync_bench(
                args.central,
                Path(folder),
                returns=args.returns,
                receipts=args.receipts,
                registers=args.registers,
                progress=_progress,
            )
        except Exception as exc:  # noqa: BLE001 - a server that cannot be used: one line
            raise BadInput(f"bench sync: {' '.join(str(exc).split())[:300]}") from None
    print(result.report())
    missed = result.missed()
    if missed:
        print("missed: " + "; ".join(missed), file=sys.stderr)
    return 1 if missed else 0


def _bench_counter(args: argparse.Namespace) -> int:
    """Exit 0 when the scan's p95 is under 100 ms, 1 when not."""
    from pos_returns.bench_counter import run_counter_bench

    rounds = 200 if args.rounds is None else args.rounds
    if rounds < 20:
        raise BadInput("--rounds: the counter bench needs at least 20")
    try:
        result = run_counter_bench(
            _bench_file(args), receipts=args.receipts, rounds=rounds, progress=_progress
        )
    except ValueError as exc:
        raise BadInput(f"bench counter: {exc}") from None
    print(result.report())
    return 1 if result.missed() else 0


def _bench_store(args: argparse.Namespace) -> int:
    """Exit 0 when every target is met, 1 when one is missed."""
    from pos_returns.bench_store import run_store_bench

    rounds = 500 if args.rounds is None else args.rounds
    if rounds < 20:
        raise BadInput("--rounds: the store bench needs at least 20")
    if args.receipts < 1000:
        raise BadInput("--receipts: the store bench needs at least 1000")
    if args.import_lines < 1:
        raise BadInput("--import-lines: must be at least 1")
    try:
        result = run_store_bench(
            _bench_file(args),
            receipts=args.receipts,
            rounds=rounds,
            import_lines=args.import_lines,
            progress=_progress,
        )
    except ValueError as exc:
        raise BadInput(f"bench store: {exc}") from None
    print(result.report())
    missed = result.missed()
    if missed:
        print("missed: " + "; ".join(missed), file=sys.stderr)
    return 1 if missed else 0


# -- helpers ----------------------------------------------------------------------------
def _read(path: Path, parse: Callable[[object], T]) -> T:
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


def _wording(lang: str) -> Wording:
    try:
        return wording(lang)
    except UnknownLanguage as exc:
        raise BadInput(str(exc)) from None
