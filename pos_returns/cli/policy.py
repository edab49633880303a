"""`pos-returns policy check`: a policy file validated and said in plain language."""

from __future__ import annotations

import argparse
from pathlib import Path

from pos_returns.cli.common import BadInput, Commands, Parser, add_lang, read_json, usage, words
from pos_returns.domain.errors import DomainError
from pos_returns.domain.money import check_currency
from pos_returns.domain.policy_format import parse_policy


def add_parser(commands: Commands) -> None:
    policy = commands.add_parser("policy", help="work with policy files")
    policy_commands = policy.add_subparsers(
        title="policy commands", metavar="COMMAND", parser_class=Parser
    )
    check = policy_commands.add_parser(
        "check",
        help="validate a policy and print it in plain language",
    )
    check.add_argument("policy", type=Path, metavar="P.json")
    check.add_argument("--currency", default=None, help="currency for amounts (e.g. EUR)")
    add_lang(check)
    check.set_defaults(handler=check_policy)
    policy.set_defaults(handler=lambda _args: usage(policy))


def check_policy(args: argparse.Namespace) -> int:
    policy = read_json(args.policy, parse_policy)
    currency = args.currency or policy.currency
    if currency is not None:
        try:
            check_currency(currency, "--currency")
        except DomainError as exc:
            raise BadInput(str(exc)) from None
    said = words(args.lang)
    print(
        f"{policy.name} (version {policy.version}, {policy.timezone}): OK, "
        f"{len(policy.rules)} rules"
    )
    print()
    print("\n\n".join(said.policy_summary(policy, currency)))
    return 0
