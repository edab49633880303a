"""The SPEC.md documents read from and written to parsed JSON.

Every reader checks the whole document and raises FormatError naming the first field at
fault (``lines[1].amount``); nothing half-read is ever returned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
from pos_returns.domain.policy import (
    OTHERWISE,
    CustomerLimit,
    MonthDay,
    NoReceipt,
    Outcome,
    Policy,
    Rule,
    Seasonal,
    Then,
    When,
)
from pos_returns.domain.reader import Reader, parse_choice

RECEIPT_FORMAT = "pos-returns/receipt@1"
REQUEST_FORMAT = "pos-returns/return-request@1"
POLICY_FORMAT = "pos-returns/policy@1"
DECISION_FORMAT = "pos-returns/decision@1"

MAX_QTY = 1_000_000
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})")


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


# -- policy -----------------------------------------------------------------------------
_WHEN_KEYS = ("category", "tags_any", "condition", "receipt", "max_days", "min_days")
_POLICY_KEYS = (
    "format",
    "name",
    "version",
    "timezone",
    "rules",
    "otherwise",
    "store_credit_bonus_pct",
    "manager_approval",
    "no_receipt",
    "limits",
    "seasonal",
    "currency",
)


def parse_policy(data: object) -> Policy:
    """Read and validate a policy: known fields only, unique rule ids, sane ranges."""
    r = Reader(data)
    r.format(POLICY_FORMAT)
    r.only(*_POLICY_KEYS)
    timezone = r.req_text("timezone")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise r.fail(
            "timezone", f'{timezone!r} is not a known time zone (e.g. "Europe/Riga")'
        ) from None
    rules: list[Rule] = []
    ids: set[str] = set()
    for rr in r.objects("rules"):
        rr.only("id", "when", "then")
        rule_id = rr.req_text("id")
        if rule_id == OTHERWISE:
            raise rr.fail("id", f"{OTHERWISE!r} is reserved for the policy's fallback")
        if rule_id in ids:
            raise rr.fail("id", f"rule id {rule_id!r} is used twice")
        ids.add(rule_id)
        when_reader = rr.obj("when")
        assert when_reader is not None
        rules.append(Rule(rule_id, _parse_when(when_reader), _parse_then(rr.obj("then"))))
    otherwise = (
        _parse_then(r.obj("otherwise", required=False))
        if r.has("otherwise")
        else Then(Outcome.DENY)
    )
    manager = r.obj("manager_approval", required=False)
    if manager is not None:
        manager.only("refund_over")
    nr = r.obj("no_receipt", required=False)
    no_receipt = NoReceipt()
    if nr is not None:
        nr.only("price_days", "requires_id")
        no_receipt = NoReceipt(
            price_days=nr.number("price_days", required=False, minimum=1, maximum=3660) or 90,
            requires_id=bool(nr.flag("requires_id", required=False)),
        )
    limits: CustomerLimit | None = None
    lim = r.obj("limits", required=False)
    if lim is not None:
        lim.only("returns_per_customer")
        per = lim.obj("returns_per_customer", required=False)
        if per is not None:
            per.only("count", "days")
            limits = CustomerLimit(
                count=per.req_number("count", minimum=1, maximum=10_000),
                days=per.req_number("days", minimum=1, maximum=3660),
            )
    seasonal = []
    for sr in r.objects("seasonal", required=False):
        sr.only("purchased_from", "purchased_to", "return_until")
        seasonal.append(
            Seasonal(
                _month_day(sr, "purchased_from"),
                _month_day(sr, "purchased_to"),
                _month_day(sr, "return_until"),
            )
        )
    own_currency = r.raw("currency", required=False)
    return Policy(
        name=r.req_text("name"),
        version=r.req_number("version", minimum=1),
        timezone=timezone,
        rules=tuple(rules),
        otherwise=otherwise,
        store_credit_bonus_pct=r.percent("store_credit_bonus_pct") or Decimal(0),
        manager_refund_over=manager.decimal("refund_over") if manager is not None else None,
        no_receipt=no_receipt,
        limits=limits,
        seasonal=tuple(seasonal),
        currency=check_currency(own_currency, "currency") if own_currency is not None else None,
    )


def _parse_when(r: Reader) -> When:
    r.only(*_WHEN_KEYS)
    conditions = None
    if r.data.get("condition") is not None:
        values = r.items("condition", empty=False)
        conditions = frozenset(
            _condition(v, f"{r.field('condition')}[{i}]") for i, v in enumerate(values)
        )
    categories = r.strings("category", required=False)
    tags = r.strings("tags_any", required=False)
    max_days = r.number("max_days", required=False, minimum=0, maximum=36_600)
    min_days = r.number("min_days", required=False, minimum=0, maximum=36_600)
    if max_days is not None and min_days is not None and min_days > max_days:
        raise r.fail(
            "min_days", f"{min_days} is more than max_days {max_days}: the rule can never match"
        )
    return When(
        category=frozenset(categories) if categories is not None else None,
        tags_any=frozenset(tags) if tags is not None else None,
        condition=conditions,
        receipt=r.flag("receipt", required=False),
        max_days=max_days,
        min_days=min_days,
    )


def _condition(value: object, field: str) -> Condition:
    return parse_choice(value, Condition, field)


def _parse_then(r: Reader | None) -> Then:
    if r is None:
        return Then(Outcome.DENY)
    r.only("outcome", "restocking_fee_pct", "manager")
    outcome = r.choice("outcome", Outcome)
    assert outcome is not None
    fee = r.percent("restocking_fee_pct") or Decimal(0)
    if fee and outcome not in (Outcome.REFUND, Outcome.STORE_CREDIT):
        raise r.fail(
            "restocking_fee_pct",
            f"a restocking fee needs a refund or store_credit outcome, not {outcome}",
        )
    return Then(outcome, fee, bool(r.flag("manager", required=False)))


def _month_day(r: Reader, key: str) -> MonthDay:
    text = r.req_text(key)
    match = _MONTH_DAY.fullmatch(text)
    if match is None:
        raise r.fail(key, f'{text!r} is not a month-day like "12-24"')
    month, day = int(match.group(1)), int(match.group(2))
    days_in_month = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month[month - 1]:
        raise r.fail(key, f"{text!r} is not a day of the year")
    return MonthDay(month, day)


def policy_to_json(policy: Policy) -> dict[str, object]:
    """The policy as SPEC.md JSON; `parse_policy(policy_to_json(p)) == p`."""
    data: dict[str, object] = {
        "format": POLICY_FORMAT,
        "name": policy.name,
        "version": policy.version,
        "timezone": policy.timezone,
        "rules": [
            {"id": rule.id, "when": _when_json(rule.when), "then": _then_json(rule.then)}
            for rule in policy.rules
        ],
        "otherwise": _then_json(policy.otherwise),
        "store_credit_bonus_pct": str(policy.store_credit_bonus_pct),
    }
    if policy.manager_refund_over is not None:
        data["manager_approval"] = {"refund_over": str(policy.manager_refund_over)}
    data["no_receipt"] = {
        "price_days": policy.no_receipt.price_days,
        "requires_id": policy.no_receipt.requires_id,
    }
    if policy.limits is not None:
        data["limits"] = {
            "returns_per_customer": {"count": policy.limits.count, "days": policy.limits.days}
        }
    if policy.seasonal:
        data["seasonal"] = [
            {
                "purchased_from": str(s.purchased_from),
                "purchased_to": str(s.purchased_to),
                "return_until": str(s.return_until),
            }
            for s in policy.seasonal
        ]
    if policy.currency is not None:
        data["currency"] = policy.currency
    return data


def _when_json(when: When) -> dict[str, object]:
    data: dict[str, object] = {}
    if when.category is not None:
        data["category"] = sorted(when.category)
    if when.tags_any is not None:
        data["tags_any"] = sorted(when.tags_any)
    if when.condition is not None:
        data["condition"] = [c.value for c in Condition if c in when.condition]
    for key in ("receipt", "max_days", "min_days"):
        value = getattr(when, key)
        if value is not None:
            data[key] = value
    return data


def _then_json(then: Then) -> dict[str, object]:
    data: dict[str, object] = {"outcome": then.outcome.value}
    if then.restocking_fee_pct:
        data["restocking_fee_pct"] = str(then.restocking_fee_pct)
    if then.manager:
        data["manager"] = True
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
    return {
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


def _tender_json(method: TenderMethod, amount: Money, reference: str | None) -> dict[str, object]:
    data: dict[str, object] = {"method": method.value, "amount": amount.to_json()}
    if reference is not None:
        data["reference"] = reference
    return data
