"""`pos-returns bench [decide|store|print|counter|sync]`: the benchmarks (`pos_returns.bench`).

A bench whose target is missed exits 1 and names it on standard error."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from pos_returns.cli.common import BadInput, Commands


def add_parser(commands: Commands) -> None:
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
    bench.set_defaults(handler=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    benches = {"store": _store, "print": _print, "counter": _counter, "sync": _sync}
    return benches.get(args.what, _decide)(args)


def _decide(args: argparse.Namespace) -> int:
    from pos_returns.bench.decide import bench_decide

    rounds = 2000 if args.rounds is None else args.rounds
    if rounds < 1:
        raise BadInput("--rounds: must be at least 1")
    print(bench_decide(rounds).report())
    return 0


def _print(args: argparse.Namespace) -> int:
    """Exit 0 when both targets are met, 1 when one is missed."""
    from pos_returns.bench.receipts import run_print_bench

    rounds = 200 if args.rounds is None else args.rounds
    if rounds < 10:
        raise BadInput("--rounds: the print bench needs at least 10")
    result = run_print_bench(rounds)
    print(result.report())
    return _missed(result.missed())


def _sync(args: argparse.Namespace) -> int:
    """Exit 0 when the push, pull and many-registers targets are met, 1 when one is not."""
    from pos_returns.bench.sync import run_sync_bench

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
    return _missed(result.missed())


def _counter(args: argparse.Namespace) -> int:
    """Exit 0 when the scan's p95 is under 100 ms, 1 when not."""
    from pos_returns.bench.counter import run_counter_bench

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


def _store(args: argparse.Namespace) -> int:
    """Exit 0 when every target is met, 1 when one is missed."""
    from pos_returns.bench.store import run_store_bench

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
    return _missed(result.missed())


def _missed(missed: list[str]) -> int:
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
