"""`pos-returns receipt show|find`: a receipt with what came back, and receipts found
without their number."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from pos_returns.cli.common import BadInput, Commands, Parser, register_here, with_db


def add_parser(commands: Commands) -> None:
    receipt = commands.add_parser("receipt", help="look up receipts")
    receipt_commands = receipt.add_subparsers(
        title="receipt commands", metavar="COMMAND", parser_class=Parser
    )
    show = with_db(receipt_commands.add_parser("show", help="a receipt with what came back"))
    show.add_argument("number")
    show.set_defaults(handler=show_receipt)
    find = with_db(receipt_commands.add_parser("find", help="find receipts without the number"))
    how = find.add_mutually_exclusive_group(required=True)
    how.add_argument("--customer")
    how.add_argument("--card", metavar="REFERENCE", help='e.g. "VISA 1234" (with --date)')
    how.add_argument("--sku", help="item code (with --from and --to)")
    find.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (store's local date)")
    find.add_argument("--from", dest="first", type=date.fromisoformat)
    find.add_argument("--to", dest="last", type=date.fromisoformat)
    find.set_defaults(handler=find_receipts)


def show_receipt(args: argparse.Namespace) -> int:
    from pos_returns.services.receipts import sale_details

    here = register_here(args)
    sale = sale_details(here.db, here.store_code, args.number)
    print(
        f"{sale.number}  {sale.sold_at:%Y-%m-%d %H:%M}  register {sale.register}  "
        f"customer {sale.customer or '-'}"
    )
    for line in sale.lines:
        print(
            f"  {line.line:>3}  {line.sku:<14} {line.description[:32]:<32} "
            f"{line.qty:>3} bought {line.returned:>3} back  {line.amount}"
        )
    for paid in sale.payments:
        print(f"  paid {paid.amount} by {paid.method} {paid.reference or ''}".rstrip())
    return 0


def find_receipts(args: argparse.Namespace) -> int:
    """Exit 1 when no receipt is found."""
    from pos_returns.services.receipts import SaleSearch, find_sales

    here = register_here(args)
    if not args.customer and args.card and args.date is None:
        raise BadInput("--card needs --date YYYY-MM-DD")
    if not args.customer and not args.card and (args.first is None or args.last is None):
        raise BadInput("--sku needs --from and --to (YYYY-MM-DD)")
    search = SaleSearch(args.customer, args.card, args.date, args.sku, args.first, args.last)
    found = find_sales(here.db, here.store_code, search)
    for sale in found:
        print(
            f"{sale.number}  {sale.sold_at:%Y-%m-%d %H:%M}  {sale.total}  "
            f"customer {sale.customer or '-'}"
        )
    if not found:
        print("no receipt found", file=sys.stderr)
        return 1
    return 0
