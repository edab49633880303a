"""`pos-returns return`: a return decided and completed as the counter completes one."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING

from pos_returns.cli.common import BadInput, Commands, chain_of, register_here, with_db
from pos_returns.domain.model import Condition, Prefer
from pos_returns.domain.policy import Outcome
from pos_returns.i18n import LANGUAGES

if TYPE_CHECKING:
    from pos_returns.services.returns import ReturnCompleted, ReturnItem


def add_parser(commands: Commands) -> None:
    ret = with_db(
        commands.add_parser(
            "return",
            help="complete a return from the command line, as the counter does",
            description="Decide and complete a return: refunds, store credit, journal, print job.",
        )
    )
    ret.add_argument("--receipt", required=True, help="receipt number as printed or scanned")
    ret.add_argument(
        "--line",
        action="append",
        required=True,
        metavar="LINE:QTY[:COND[:WHERE]]",
        help="a line to return, e.g. 1:1:opened (condition: unopened, opened, "
        "damaged, defective; where: restock, damaged, vendor); repeatable",
    )
    ret.add_argument("--reason", required=True, help="reason code, e.g. wrong-size")
    ret.add_argument("--note", default="", help="a few words (required for reason 'other')")
    ret.add_argument("--prefer", choices=[p.value for p in Prefer], default="original")
    ret.add_argument("--customer", default=None)
    ret.add_argument("--employee", required=True, metavar="CODE")
    ret.add_argument("--pin", required=True)
    ret.add_argument("--approve-by", default=None, metavar="CODE", help="manager's code")
    ret.add_argument("--approve-pin", default=None, metavar="PIN")
    ret.add_argument("--approval-note", default="")
    ret.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="LINE:OUTCOME",
        help="a manager overrides a denied line: refund, store_credit or exchange",
    )
    ret.add_argument(
        "--register",
        default=None,
        help="this database's register (a database is one register: another is refused)",
    )
    ret.add_argument("--lang", default="en", choices=sorted(LANGUAGES))
    ret.add_argument(
        "--at",
        default=None,
        help="when, ISO 8601 with offset: demo databases only (a store's register takes "
        "this computer's clock)",
    )
    ret.add_argument("--dry-run", action="store_true", help="show the decision, write nothing")
    ret.add_argument("--json", action="store_true", help="print the result as JSON")
    ret.set_defaults(handler=complete_a_return)


def complete_a_return(args: argparse.Namespace) -> int:
    """The counter's use cases (`services.chain`), with the same inputs: the receipt of
    another store fetched, the chain's returns of it and of the customer taken in. This
    register acts at this computer's time (`--at`: a demo database's only)."""
    from pos_returns.services.auth import sign_in
    from pos_returns.services.chain import complete_here, quote_here
    from pos_returns.services.register import acting_as
    from pos_returns.services.returns import CompleteReturn, DecideReturn

    items = tuple(_parse_line(text) for text in args.line)
    overrides = dict(_parse_override(text) for text in args.override)
    asked_at = _moment(args.at)
    if args.approve_by and not args.approve_pin:
        raise BadInput("--approve-by needs --approve-pin")
    here = register_here(args)
    at = acting_as(here.db, args.register, asked_at).at
    employee = sign_in(here.db, args.employee, args.pin, at, store_code=here.store_code)
    approver = None
    if args.approve_by:
        approver = sign_in(
            here.db, args.approve_by, args.approve_pin, at, store_code=here.store_code
        )
    chain = chain_of(here)
    request = DecideReturn(args.receipt, items, at, Prefer(args.prefer), args.customer, overrides)
    shown = quote_here(here.db, chain, here.store_code, request, args.lang)
    if args.dry_run:
        from pos_returns.domain.formats import decision_to_json

        said = here.wording(args.lang)
        document = decision_to_json(
            shown.decision, said.explain(shown.decision, shown.proposal.policy)
        )
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    done = complete_here(
        here.db,
        chain,
        here.store_code,
        CompleteReturn(
            request,
            employee,
            args.reason,
            note=args.note,
            language=args.lang,
            expected_fingerprint=shown.proposal.fingerprint,
            approver=approver,
            approval_note=args.approval_note,
        ),
    )
    if args.json:
        print(json.dumps(_as_json(done), ensure_ascii=False, indent=2))
    else:
        _print_summary(done, args.lang)
    return 0


def _as_json(done: ReturnCompleted) -> dict[str, object]:
    return {
        "return": done.number,
        "store_credit_code": done.store_credit_code,
        "print_job": str(done.print_job_id),
        "decision": done.document,
    }


def _print_summary(done: ReturnCompleted, lang: str) -> None:
    from pos_returns.i18n import wording

    fmt = wording(lang).fmt
    decision = done.decision
    print(f"Return {done.number} completed (policy version {decision.policy_version}).")
    for line, sentence in zip(decision.lines, done.document["explanation"], strict=True):
        fee = f", fee {fmt.money(line.fee)}" if line.fee else ""
        print(f"  line {line.line} × {line.qty}: {line.outcome}, {fmt.money(line.refund)}{fee}")
        print(f"    {sentence}")
    for refund in decision.to_tenders:
        ref = f" {refund.reference}" if refund.reference else ""
        print(f"  Refund {fmt.money(refund.amount)} to {refund.method}{ref}")
    if done.store_credit_code:
        print(f"  Store credit {fmt.money(done.store_credit)}: code {done.store_credit_code}")
    print("  Receipt queued for printing.")


def _parse_line(text: str) -> ReturnItem:
    from pos_returns.services.returns import DISPOSITIONS, ReturnItem

    parts = text.split(":")
    try:
        line, qty = int(parts[0]), int(parts[1])
        condition = Condition(parts[2]) if len(parts) > 2 and parts[2] else Condition.UNOPENED
    except (ValueError, IndexError):
        raise BadInput(
            f"--line {text!r}: write LINE:QTY[:CONDITION[:WHERE]], e.g. 1:1:opened "
            f"(conditions: {', '.join(c.value for c in Condition)})"
        ) from None
    disposition = parts[3] if len(parts) > 3 and parts[3] else None
    if disposition is not None and disposition not in DISPOSITIONS:
        raise BadInput(f"--line {text!r}: WHERE is one of {', '.join(DISPOSITIONS)}")
    if len(parts) > 4 or qty < 1 or line < 1:
        raise BadInput(f"--line {text!r}: line and quantity are whole numbers from 1")
    return ReturnItem(line, qty, condition, disposition)


def _parse_override(text: str) -> tuple[int, Outcome]:
    try:
        line, outcome = text.split(":")
        return int(line), Outcome(outcome)
    except ValueError:
        raise BadInput(f"--override {text!r}: write LINE:OUTCOME, e.g. 3:refund") from None


def _moment(text: str | None) -> datetime | None:
    """The time `--at` asks for (None: none asked; `register.acting_as` decides)."""
    if text is None:
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(f"--at {text!r} is not an ISO 8601 date and time") from None
    if at.tzinfo is None:
        raise BadInput(f"--at {text!r} needs a UTC offset, e.g. +02:00")
    return at
