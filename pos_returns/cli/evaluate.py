"""`pos-returns evaluate`: the decision for a return request, from JSON files."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pos_returns.cli.common import BadInput, Commands, add_lang, read_json, words
from pos_returns.domain.decision import DEFAULT_CURRENCY, decide
from pos_returns.domain.errors import DecisionError
from pos_returns.domain.formats import decision_to_json, parse_history, parse_receipt, parse_request
from pos_returns.domain.policy_format import parse_policy


def add_parser(commands: Commands) -> None:
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
    add_lang(evaluate)
    evaluate.set_defaults(handler=evaluate_files)


def evaluate_files(args: argparse.Namespace) -> int:
    policy = read_json(args.policy, parse_policy)
    receipt = read_json(args.receipt, parse_receipt) if args.receipt else None
    # Without a receipt: the request's own currency, else the policy's, else EUR
    # (docs/decisions.md; SPEC.md section 2's example carries none).
    currency = receipt.currency if receipt else (policy.currency or DEFAULT_CURRENCY)
    request = read_json(args.request, lambda data: parse_request(data, currency))
    history_currency = receipt.currency if receipt else (request.currency or DEFAULT_CURRENCY)
    history = (
        read_json(args.history, lambda data: parse_history(data, history_currency))
        if args.history
        else ()
    )
    try:
        decision = decide(policy, receipt, request, history, offline=args.offline)
    except DecisionError as exc:
        if exc.field.startswith("history") and args.history:
            raise BadInput(f"{args.history}: {_strip(exc.field, 'history')}{exc.message}") from None
        raise BadInput(f"{args.request}: {exc}") from None
    document = decision_to_json(decision, words(args.lang).explain(decision, policy))
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _strip(field: str, prefix: str) -> str:
    rest = field[len(prefix) :].lstrip(".")
    return f"{rest}: " if rest else ""
