"""The policy document (SPEC.md section 3) read from and written to parsed JSON.

Strict: an unknown field anywhere is an error, since a misspelt condition would silently
widen a rule.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pos_returns.domain.errors import FormatError
from pos_returns.domain.model import Condition
from pos_returns.domain.money import check_currency
from pos_returns.domain.policy import (
    OTHERWISE,
    CustomerLimit,
    MonthDay,
    NoReceipt,
    Offline,
    OfflineCard,
    OfflineLimit,
    OfflineReceipt,
    Outcome,
    Policy,
    Rule,
    Seasonal,
    Then,
    When,
)
from pos_returns.domain.reader import Reader, parse_choice

POLICY_FORMAT = "pos-returns/policy@1"
_MONTH_DAY = re.compile(r"(\d{2})-(\d{2})")


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
    "offline",
)


def _no_control_characters(value: object, field: str) -> None:
    """Refuse text with control characters anywhere in the document: they print as
    nothing on a receipt or poster, and a NUL cannot be stored by the chain's PostgreSQL
    (a policy holding one would block every register's sync)."""
    if isinstance(value, str):
        for ch in value:
            if unicodedata.category(ch) == "Cc":
                raise FormatError(
                    field or "(document)", f"contains a control character (U+{ord(ch):04X})"
                )
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_control_characters(key, field or "(document)")
            _no_control_characters(item, f"{field}.{key}" if field else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _no_control_characters(item, f"{field}[{index}]")


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
    offline = Offline()
    off = r.obj("offline", required=False)
    if off is not None:
        off.only("customer_limit", "card_refund", "other_store_receipt")
        offline = Offline(
            off.choice("customer_limit", OfflineLimit, required=False) or OfflineLimit.LOCAL,
            off.choice("card_refund", OfflineCard, required=False) or OfflineCard.TERMINAL,
            off.choice("other_store_receipt", OfflineReceipt, required=False)
            or OfflineReceipt.NO_RECEIPT,
        )
    _no_control_characters(data, "")  # after the structure: an unknown key is named first
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
        offline=offline,
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
    if policy.offline != Offline():
        data["offline"] = {
            "customer_limit": policy.offline.customer_limit.value,
            "card_refund": policy.offline.card_refund.value,
            "other_store_receipt": policy.offline.other_store_receipt.value,
        }
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
