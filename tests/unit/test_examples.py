"""Every worked case of SPEC.md (``../shared/examples``) decides exactly as expected.

The cases are copied into tests/data/examples so the suite runs on a fresh clone; a test
checks the copies still match ``../shared`` when it is there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pos_returns.domain.decision import decide
from pos_returns.domain.errors import DecisionError
from pos_returns.domain.formats import decision_to_json, parse_history, parse_receipt, parse_request
from pos_returns.domain.policy_format import parse_policy
from pos_returns.i18n import wording

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE.parent / "data" / "examples"
SHARED_DIR = HERE.parents[2] / "shared" / "examples"
CASES = sorted(CASES_DIR.glob("*.case.json"))


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text("utf-8"))


def evaluate(case: dict[str, Any]) -> dict[str, Any]:
    policy = parse_policy(case["policy"])
    receipt = parse_receipt(case["receipt"]) if case.get("receipt") else None
    currency = receipt.currency if receipt else policy.currency
    request = parse_request(case["request"], currency)
    history = parse_history(case.get("history") or [], currency or "EUR")
    decision = decide(policy, receipt, request, history)
    return decision_to_json(decision, wording("en").explain(decision, policy))


def test_there_are_worked_cases() -> None:
    assert len(CASES) >= 7


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name.removesuffix(".case.json"))
def test_worked_case_matches(path: Path) -> None:
    case = load(path)
    if case.get("expected_error"):
        with pytest.raises(DecisionError):
            evaluate(case)
        return
    got = evaluate(case)
    for key, expected in case["expected"].items():
        assert got[key] == expected, key
    assert len(got["explanation"]) == len(got["lines"])


@pytest.mark.skipif(not SHARED_DIR.is_dir(), reason="../shared/examples is not beside the project")
def test_copied_cases_match_the_shared_ones() -> None:
    shared = {p.name: load(p) for p in SHARED_DIR.glob("*.case.json")}
    copied = {p.name: load(p) for p in CASES}
    assert copied == shared
