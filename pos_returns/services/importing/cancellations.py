"""Cancellations in an imported export become past returns (the Online Retail layout).

A cancelled row is linked to the same customer's purchases of that SKU made at or before
the cancellation, newest first; each cancellation invoice makes one return per original
receipt, by the store's inactive system employee ``import``. The rules are in the
`pos_returns.services.importing` package's documentation.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar, cast
from uuid import UUID
from zoneinfo import ZoneInfo

from sqlalchemy import Table, bindparam, select, tuple_, update

from pos_returns.domain import model as dm
from pos_returns.domain.formats import DECISION_FORMAT
from pos_returns.domain.money import Money
from pos_returns.services.actors import hash_pin
from pos_returns.services.errors import Refused, say
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import bulk_insert
from pos_returns.store.ids import uuid7
from pos_returns.store.models import (
    IMPORT_EMPLOYEE,
    IMPORT_REGISTER,
    Employee,
    Receipt,
    ReceiptLine,
    Refund,
    Return,
    ReturnLine,
    Role,
    Store,
)

RETURN_PREFIX = "IMPORT-"
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Cancelled:
    """One row of a cancellation invoice: `qty` units of `sku` given back."""

    line: int
    invoice: str
    sku: str
    qty: int
    customer: str | None
    at: datetime


def import_employee(uow: UnitOfWork, store: Store) -> UUID:
    """The store's system employee for imported returns, made (inactive) once."""
    found = uow.session.scalar(
        select(Employee.id).where(Employee.store_id == store.id, Employee.code == IMPORT_EMPLOYEE)
    )
    if found is None:
        employee = Employee(
            id=uuid7(),
            store_id=store.id,
            code=IMPORT_EMPLOYEE,
            name="Sales import",
            role=Role.CASHIER.value,
            pin_hash=hash_pin("".join(secrets.choice("0123456789") for _ in range(12))),
            active=False,
        )
        uow.session.add(employee)
        uow.flush()
        found = employee.id
    return found


def import_cancellations(
    uow: UnitOfWork, store: Store, cancelled: Sequence[Cancelled], zone: ZoneInfo
) -> Returns:
    """Write `cancelled` rows as past returns of the customer's earlier purchases (see the
    `importing` package); invoices imported before are skipped, rows that cannot be linked
    come back in `Returns.rejects`."""
    result = Returns()
    invoices = list(dict.fromkeys(c.invoice for c in cancelled))
    done: set[str] = set()
    for chunk in _chunks(invoices, 500):
        done.update(
            number.removeprefix(RETURN_PREFIX).rpartition("-")[0]
            for number in uow.session.scalars(
                select(Return.number).where(
                    Return.store_id == store.id,
                    Return.number.in_([f"{RETURN_PREFIX}{inv}-1" for inv in chunk]),
                )
            )
        )
    result.skipped = len(done)
    todo: list[Cancelled] = []
    for row in cancelled:
        if row.invoice in done:
            continue
        if row.customer is None:
            result.rejects.append(
                (row.line, "cancellation without a customer", f"{row.sku} x {row.qty}")
            )
            continue
        todo.append(row)
    if not todo:
        return result
    purchases = _purchases(uow, store, todo)
    links = _link(todo, purchases, result.rejects)
    if links:
        _write_returns(uow, store, links, result, zone)
        _raise_returned_qty(uow, purchases)
    return result


def _write_returns(
    uow: UnitOfWork, store: Store, links: _Links, result: Returns, zone: ZoneInfo
) -> None:
    rows = _Rows(store.id, import_employee(uow, store), zone, datetime.now(UTC))
    for invoice, by_receipt in links.items():
        for n, items in enumerate(by_receipt.values(), start=1):
            rows.add_return(invoice, n, items)
            result.returns += 1
    result.lines += len({id(link.row) for by in links.values() for x in by.values() for link in x})
    for table, batch in ((Return, rows.returns), (ReturnLine, rows.lines), (Refund, rows.refunds)):
        bulk_insert(uow.session.connection(), table, batch)


@dataclass
class _Rows:
    """The rows of a batch's imported returns, for bulk inserts."""

    store_id: UUID
    employee: UUID
    zone: ZoneInfo
    now: datetime
    returns: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    refunds: list[dict[str, Any]] = field(default_factory=list)

    def add_return(self, invoice: str, n: int, items: list[_Link]) -> None:
        """Return `n` of cancellation `invoice`: its lines, one refund of method ``other``
        and a minimal decision document."""
        return_id = uuid7()
        first_row, first = items[0].row, items[0].purchase
        currency = first.currency
        decision_lines = [self._add_line(return_id, p, link) for p, link in enumerate(items)]
        refund_total = sum(line["refund_minor"] for line in self.lines[-len(items) :])
        total_json = Money.from_minor(refund_total, currency).to_json()
        self.returns.append(
            {
                "id": return_id,
                "store_id": self.store_id,
                "number": f"{RETURN_PREFIX}{invoice}-{n}",
                "register_code": IMPORT_REGISTER,
                "receipt_id": first.receipt_id,
                "receipt_number": first.receipt_number,
                "employee_id": self.employee,
                "customer": first_row.customer,
                "reason_code": "other",
                "note": f"imported cancellation {invoice}",
                "prefer": dm.Prefer.ORIGINAL.value,
                "language": "en",
                "policy_version": 0,
                "decision": {
                    "format": DECISION_FORMAT,
                    "policy_version": 0,
                    "lines": decision_lines,
                    "refund_total": total_json,
                    "to_tenders": [{"method": "other", "amount": total_json}],
                    "store_credit": Money.from_minor(0, currency).to_json(),
                    "needs_manager": False,
                    "manager_reasons": [],
                    "explanation": [f"Imported cancellation {invoice}."],
                },
                "currency": currency,
                "refund_total_minor": refund_total,
                "store_credit_minor": 0,
                "returned_at": first_row.at,
                "created_at": self.now,
            }
        )
        self.refunds.append(
            {
                "id": uuid7(),
                "store_id": self.store_id,
                "return_id": return_id,
                "position": 0,
                "method": dm.TenderMethod.OTHER.value,
                "amount_minor": refund_total,
            }
        )

    def _add_line(self, return_id: UUID, position: int, link: _Link) -> dict[str, Any]:
        """The return line of `link` (SPEC.md's share of the sale line's amount and tax);
        gives the line as the decision document shows it."""
        purchase = link.purchase
        currency = purchase.currency
        refund = _share(purchase.amount, purchase.qty, link.before, link.qty)
        tax = _share(purchase.tax, purchase.qty, link.before, link.qty)
        self.lines.append(
            {
                "id": uuid7(),
                "store_id": self.store_id,
                "return_id": return_id,
                "position": position,
                "receipt_line_id": purchase.line_id,
                "line_no": purchase.line_no,
                "sku": purchase.sku,
                "qty": link.qty,
                "condition": dm.Condition.UNOPENED.value,
                "disposition": "restock",
                "rule": "imported",
                "outcome": "refund",
                "refund_minor": refund,
                "fee_minor": 0,
                "tax_minor": tax,
            }
        )
        days = link.row.at.astimezone(self.zone).date() - purchase.at.astimezone(self.zone).date()
        return {
            "line": purchase.line_no,
            "qty": link.qty,
            "days": days.days,
            "rule": "imported",
            "outcome": "refund",
            "refund": Money.from_minor(refund, currency).to_json(),
            "fee": Money.from_minor(0, currency).to_json(),
            "tax": Money.from_minor(tax, currency).to_json(),
        }


def _purchases(
    uow: UnitOfWork, store: Store, rows: Sequence[Cancelled]
) -> dict[tuple[str | None, str], list[_Purchase]]:
    """Each (customer, sku)'s purchase lines up to the latest cancellation, newest first,
    locked for this transaction on PostgreSQL."""
    pairs = sorted({(row.customer, row.sku) for row in rows if row.customer is not None})
    latest = max(row.at for row in rows)
    found: dict[tuple[str | None, str], list[_Purchase]] = {}
    for chunk in _chunks(pairs, 500):
        # The separate IN lists let the database use its customer index; the pairs
        # keep the cross product of customers and items out of the result.
        query = (
            select(
                ReceiptLine.id,
                ReceiptLine.receipt_id,
                ReceiptLine.line_no,
                ReceiptLine.sku,
                ReceiptLine.qty,
                ReceiptLine.returned_qty,
                ReceiptLine.amount_minor,
                ReceiptLine.tax_minor,
                Receipt.number,
                Receipt.sold_at,
                Receipt.customer,
                Receipt.currency,
            )
            .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
            .where(
                Receipt.store_id == store.id,
                Receipt.customer.in_(sorted({c for c, _ in chunk})),
                ReceiptLine.sku.in_(sorted({s for _, s in chunk})),
                tuple_(Receipt.customer, ReceiptLine.sku).in_(chunk),
                Receipt.sold_at <= latest,
            )
            .with_for_update(of=ReceiptLine)
        )
        for r in uow.session.execute(query):
            found.setdefault((r.customer, r.sku), []).append(
                _Purchase(
                    line_id=r.id,
                    receipt_id=r.receipt_id,
                    receipt_number=r.number,
                    line_no=r.line_no,
                    sku=r.sku,
                    qty=r.qty,
                    returned=r.returned_qty,
                    amount=r.amount_minor,
                    tax=r.tax_minor,
                    at=r.sold_at,
                    currency=r.currency,
                )
            )
    for group in found.values():
        group.sort(key=lambda p: (p.at, p.receipt_number, p.line_no), reverse=True)
    return found


@dataclass
class _Purchase:
    line_id: UUID
    receipt_id: UUID
    receipt_number: str
    line_no: int
    sku: str
    qty: int
    returned: int  # including what this batch links to it
    amount: int
    tax: int
    at: datetime
    currency: str
    added: int = 0  # linked by this batch


class _Link(NamedTuple):
    """`qty` units of a cancelled row given back on `purchase`, `before` returned before."""

    row: Cancelled
    purchase: _Purchase
    before: int
    qty: int


_Links = dict[str, dict[UUID, list[_Link]]]
"""invoice -> original receipt id -> links, in file order."""


@dataclass
class Returns:
    returns: int = 0
    lines: int = 0  # cancelled rows linked
    skipped: int = 0
    rejects: list[tuple[int, str, str]] = field(default_factory=list)  # line, reason, detail


def _link(
    todo: Sequence[Cancelled],
    purchases: dict[tuple[str | None, str], list[_Purchase]],
    rejects: list[tuple[int, str, str]],
) -> _Links:
    """Link each cancelled row to the customer's purchases of the item at or before it,
    newest first, taking from each what is left to return; a row that finds no purchase,
    or less left in all of them than it gives back, goes to `rejects` whole."""
    links: _Links = {}
    for row in todo:
        earlier = [p for p in purchases.get((row.customer, row.sku), ()) if p.at <= row.at]
        if not earlier:
            rejects.append(
                (
                    row.line,
                    "cancellation with no earlier purchase",
                    f"{row.sku} by customer {row.customer} ({row.invoice})",
                )
            )
            continue
        left = sum(p.qty - p.returned for p in earlier)
        if left < row.qty:
            rejects.append(
                (
                    row.line,
                    "cancellation exceeds what was bought",
                    f"{row.qty} x {row.sku} by customer {row.customer} ({row.invoice}); "
                    f"{left} left to return of {sum(p.qty for p in earlier)} bought in "
                    f"{len(earlier)} earlier purchase(s)",
                )
            )
            continue
        wanted = row.qty
        for purchase in earlier:
            take = min(wanted, purchase.qty - purchase.returned)
            if take <= 0:
                continue
            links.setdefault(row.invoice, {}).setdefault(purchase.receipt_id, []).append(
                _Link(row, purchase, purchase.returned, take)
            )
            purchase.returned += take
            purchase.added += take
            wanted -= take
            if not wanted:
                break
    return links


def _raise_returned_qty(
    uow: UnitOfWork, purchases: dict[tuple[str | None, str], list[_Purchase]]
) -> None:
    """Add what was linked to each receipt line's `returned_qty`, in one statement, guarded
    by the database as at the counter: never above `qty`."""
    params = [
        {"line": p.line_id, "more": p.added}
        for group in purchases.values()
        for p in group
        if p.added
    ]
    lines = cast(Table, ReceiptLine.__table__)
    statement = (
        update(lines)
        .where(
            lines.c.id == bindparam("line"),
            lines.c.returned_qty + bindparam("more") <= lines.c.qty,
        )
        .values(returned_qty=lines.c.returned_qty + bindparam("more"))
    )
    outcome = uow.session.execute(statement, params)
    if outcome.rowcount != len(params):  # type: ignore[attr-defined]
        # another register returned from these lines meanwhile: the batch is rolled back
        raise Refused(
            say(
                "receipt lines changed while their cancellations were imported; run the "
                "import again"
            )
        )


def _share(amount: int, qty: int, before: int, now: int) -> int:
    """SPEC.md's refund of `now` units when `before` of `qty` went back before (minor units):
    ``round(A*(r+q)/n) - round(A*r/n)``, half up."""

    def rounded(numerator: int) -> int:
        return (2 * numerator + qty) // (2 * qty)

    return rounded(amount * (before + now)) - rounded(amount * before)


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
