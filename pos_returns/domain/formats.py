"""The SPEC.md documents read from and written to parsed JSON.

Every reader checks the whole document and raises FormatError naming the first field at
fault (``lines[1].amount``); nothing half-read is ever returned.
"""

from __future__ import annotations

from collections.abc import Sequence

from pos_returns.domain.decision import Decision
from pos_returns.domain.errors import FormatError
from pos_returns.domain.model import (
    Condition,
    PastReturn,
    Prefer,
    Receipt,
    ReceiptLine,
    RequestLine,
    ReturnedQty,
    ReturnRequest,
    Tender,
    TenderMethod,
    TenderRefund,
)
from pos_returns.domain.money import Money, check_currency
from pos_returns.domain.reader import Reader

RECEIPT_FORMAT = "pos-returns/receipt@1"
REQUEST_FORMAT = "pos-returns/return-request@1"
DECISION_FORMAT = "pos-returns/decision@1"

MAX_QTY = 1_000_000


# -- receipts -------------------------------------------------------------------------
def parse_receipt(data: object) -> Receipt:
    r = Reader(data)
    r.format(RECEIPT_FORMAT)
    currency = check_currency(r.raw("currency"))
    lines: list[ReceiptLine] = []
    seen: set[int] = set()
    for lr in r.objects("lines", empty=False):
        number = lr.req_number("line", minimum=1)
        if number in seen:
            raise lr.fail("line", f"line {number} appears twice on the receipt")
        seen.add(number)
        amount = lr.req_money("amount", currency)
        tax = lr.req_money("tax", currency)
        unit_price = lr.req_money("unit_price", currency)
        for key, value in (("amount", amount), ("tax", tax), ("unit_price", unit_price)):
            if value.amount < 0:
                raise lr.fail(key, f"{value.to_json()} is negative")
        if tax > amount:
            raise lr.fail(
                "tax", f"{tax.to_json()} is more than the line's amount {amount.to_json()}"
            )
        lines.append(
            ReceiptLine(
                line=number,
                sku=lr.req_text("sku"),
                description=lr.text("description", required=False, empty=True) or "",
                category=lr.req_text("category"),
                tags=frozenset(lr.strings("tags", required=False, empty=True) or ()),
                qty=lr.req_number("qty", minimum=1, maximum=MAX_QTY),
                unit_price=unit_price,
                amount=amount,
                tax=tax,
            )
        )
    tenders: list[Tender] = []
    for tr in r.objects("tenders", empty=False):
        method = tr.choice("method", TenderMethod)
        assert method is not None
        amount = tr.req_money("amount", currency)
        if amount.amount < 0:
            raise tr.fail("amount", f"{amount.to_json()} is negative")
        tenders.append(Tender(method, amount, tr.text("reference", required=False)))
    lines_total = sum((line.amount for line in lines), Money.zero(currency))
    tenders_total = sum((t.amount for t in tenders), Money.zero(currency))
    if lines_total != tenders_total:
        raise r.fail(
            "tenders",
            f"the tenders add up to {tenders_total.to_json()} but the lines to "
            f"{lines_total.to_json()}",
        )
    return Receipt(
        receipt_number=r.req_text("receipt_number"),
        store=r.req_text("store"),
        register=r.req_text("register"),
        sold_at=r.moment("sold_at"),
        currency=currency,
        customer=r.text("customer", required=False),
        lines=tuple(lines),
        tenders=tuple(tenders),
    )


def receipt_to_json(receipt: Receipt) -> dict[str, object]:
    data: dict[str, object] = {
        "format": RECEIPT_FORMAT,
        "receipt_number": receipt.receipt_number,
        "store": receipt.store,
        "register": receipt.register,
        "sold_at": receipt.sold_at.isoformat(),
        "currency": receipt.currency,
    }
    if receipt.customer is not None:
        data["customer"] = receipt.customer
    data["lines"] = [
        {
            "line": line.line,
            "sku": line.sku,
            "description": line.description,
            "category": line.category,
            "tags": sorted(line.tags),
            "qty": line.qty,
            "unit_price": line.unit_price.to_json(),
            "amount": line.amount.to_json(),
            "tax": line.tax.to_json(),
        }
        for line in receipt.lines
    ]
    data["tenders"] = [_tender_json(t.method, t.amount, t.reference) for t in receipt.tenders]
    return data


# -- requests ---------------------------------------------------------------------------
def parse_request(data: object, currency: str | None = None) -> ReturnRequest:
    """Read a return request.

    `currency` is the receipt's (or, without a receipt, the store's) currency, used to
    read the prices of lines without a receipt; the request's own ``currency`` field
    wins when it has one.
    """
    r = Reader(data)
    r.format(REQUEST_FORMAT)
    receipt_number = r.text("receipt_number", required=False)
    own_currency = r.raw("currency", required=False)
    if own_currency is not None:
        currency = check_currency(own_currency)
    lines: list[RequestLine] = []
    seen: set[int] = set()
    for lr in r.objects("lines", empty=False):
        qty = lr.req_number("qty", minimum=1, maximum=MAX_QTY)
        condition = lr.choice("condition", Condition)
        assert condition is not None
        if receipt_number is not None:
            number = lr.req_number("line", minimum=1)
            if number in seen:
                raise lr.fail(
                    "line", f"line {number} is asked for twice; give it once with its quantity"
                )
            seen.add(number)
            lines.append(RequestLine(qty=qty, condition=condition, line=number))
            continue
        if lr.raw("line", required=False) is not None:
            raise lr.fail(
                "line", "a return without a receipt names the item (sku), not a receipt line"
            )
        if currency is None:
            raise r.fail(
                "currency",
                "is missing: a return without a receipt needs the currency of its prices "
                '(add "currency": "EUR" to the request or the policy)',
            )
        price = lr.req_money("unit_price", currency)
        unit_tax = lr.money("unit_tax", currency, required=False)
        if price.amount < 0:
            raise lr.fail("unit_price", f"{price.to_json()} is negative")
        if unit_tax is not None and not Money.zero(currency) <= unit_tax <= price:
            raise lr.fail("unit_tax", f"{unit_tax.to_json()} is not between 0 and the unit price")
        lines.append(
            RequestLine(
                qty=qty,
                condition=condition,
                sku=lr.req_text("sku"),
                category=lr.req_text("category"),
                tags=frozenset(lr.strings("tags", required=False, empty=True) or ()),
                unit_price=price,
                unit_tax=unit_tax,
                description=lr.text("description", required=False, empty=True),
            )
        )
    prefer = r.choice("prefer", Prefer, required=False) or Prefer.ORIGINAL
    return ReturnRequest(
        receipt_number=receipt_number,
        at=r.moment("at"),
        customer=r.text("customer", required=False),
        lines=tuple(lines),
        prefer=prefer,
        currency=currency,
    )


# -- history ----------------------------------------------------------------------------
def parse_history(data: object, currency: str) -> tuple[PastReturn, ...]:
    """Read the list of earlier returns (SPEC.md section 5)."""
    if not isinstance(data, list):
        raise FormatError("", "the history must be a list of earlier returns")
    past: list[PastReturn] = []
    for index, item in enumerate(data):
        r = Reader(item, f"[{index}]")
        lines = tuple(
            ReturnedQty(
                lr.req_number("line", minimum=1), lr.req_number("qty", minimum=1, maximum=MAX_QTY)
            )
            for lr in r.objects("lines")
        )
        refunds: list[TenderRefund] = []
        for tr in r.objects("to_tenders", required=False):
            method = tr.choice("method", TenderMethod)
            assert method is not None
            amount = tr.req_money("amount", currency)
            if amount.amount < 0:
                raise tr.fail("amount", f"{amount.to_json()} is negative")
            refunds.append(TenderRefund(method, amount, tr.text("reference", required=False)))
        past.append(
            PastReturn(
                at=r.moment("at"),
                customer=r.text("customer", required=False),
                lines=lines,
                to_tenders=tuple(refunds),
                receipt_number=r.text("receipt_number", required=False),
            )
        )
    return tuple(past)


def history_entry_to_json(entry: PastReturn) -> dict[str, object]:
    data: dict[str, object] = {"at": entry.at.isoformat(), "customer": entry.customer}
    if entry.receipt_number is not None:
        data["receipt_number"] = entry.receipt_number
    data["lines"] = [{"line": x.line, "qty": x.qty} for x in entry.lines]
    data["to_tenders"] = [_tender_json(t.method, t.amount, t.reference) for t in entry.to_tenders]
    return data


# -- decisions --------------------------------------------------------------------------
def decision_to_json(decision: Decision, explanation: Sequence[str]) -> dict[str, object]:
    """The decision document of SPEC.md section 4, with one sentence per line."""
    lines: list[dict[str, object]] = []
    for line in decision.lines:
        item: dict[str, object] = {"line": line.line}
        if line.sku is not None:
            item["sku"] = line.sku
        item.update(
            {
                "qty": line.qty,
                "days": line.days,
                "rule": line.rule,
                "outcome": line.outcome.value,
                "refund": line.refund.to_json(),
                "fee": line.fee.to_json(),
                "tax": line.tax.to_json(),
            }
        )
        lines.append(item)
    data: dict[str, object] = {
        "format": DECISION_FORMAT,
        "policy_version": decision.policy_version,
        "lines": lines,
        "refund_total": decision.refund_total.to_json(),
        "to_tenders": [_tender_json(t.method, t.amount, t.reference) for t in decision.to_tenders],
        "store_credit": decision.store_credit.to_json(),
        "needs_manager": decision.needs_manager,
        "manager_reasons": [reason.code for reason in decision.manager_reasons],
        "explanation": list(explanation),
    }
    if decision.card_offline is not None:  # offline: what became of the card's share
        data["card_refund_offline"] = decision.card_offline.value
    return data


def _tender_json(method: TenderMethod, amount: Money, reference: str | None) -> dict[str, object]:
    data: dict[str, object] = {"method": method.value, "amount": amount.to_json()}
    if reference is not None:
        data["reference"] = reference
    return data
