"""Small builders for domain objects, so tests say only what matters to them."""

from __future__ import annotations

import copy
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from pos_returns.domain.formats import parse_history, parse_receipt, parse_request
from pos_returns.domain.model import PastReturn, Receipt, ReturnRequest
from pos_returns.domain.policy import Policy
from pos_returns.domain.policy_format import parse_policy

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "resources" / "examples"

STANDARD_POLICY: dict[str, Any] = json.loads((EXAMPLES / "policy.json").read_text("utf-8"))
RECEIPT: dict[str, Any] = json.loads((EXAMPLES / "receipt.json").read_text("utf-8"))


def policy_doc(**changes: Any) -> dict[str, Any]:
    """The bundled standard policy as JSON, with top-level fields replaced."""
    doc = copy.deepcopy(STANDARD_POLICY)
    doc.update(changes)
    return doc


def policy(**changes: Any) -> Policy:
    return parse_policy(policy_doc(**changes))


def rules_policy(*rules: dict[str, Any], **changes: Any) -> Policy:
    """A policy with exactly these rules (and the standard settings otherwise)."""
    return policy(rules=list(rules), **changes)


def receipt_doc(**changes: Any) -> dict[str, Any]:
    doc = copy.deepcopy(RECEIPT)
    doc.update(changes)
    return doc


def receipt(**changes: Any) -> Receipt:
    return parse_receipt(receipt_doc(**changes))


def request_doc(at: str, *lines: dict[str, Any], **changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "pos-returns/return-request@1",
        "receipt_number": RECEIPT["receipt_number"],
        "at": at,
        "customer": "C-1001",
        "lines": list(lines) or [{"line": 1, "qty": 1, "condition": "unopened"}],
        "prefer": "original",
    }
    doc.update(changes)
    return doc


def request(
    at: str, *lines: dict[str, Any], currency: str | None = None, **changes: Any
) -> ReturnRequest:
    return parse_request(request_doc(at, *lines, **changes), currency or RECEIPT["currency"])


def history(*entries: dict[str, Any], currency: str = "EUR") -> tuple[PastReturn, ...]:
    return parse_history(list(entries), currency)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
