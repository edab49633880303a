"""`pos-returns` as a user runs it: the README's command, the worked cases, returns without
a receipt and the policy summary. Bad inputs are in test_evaluate_errors.py."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pos_returns.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
DOCS = {
    name: json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))
    for name in ("policy", "receipt", "request", "history")
}


def write_inputs(tmp_path: Path, **changes: Callable[[Any], Any]) -> dict[str, Path]:
    """Copies of the bundled example, each changed by its function (which may return a
    replacement document, or raw text to write as it is)."""
    paths = {}
    for name, original in DOCS.items():
        doc = copy.deepcopy(original)
        change = changes.get(name)
        if change is not None:
            replaced = change(doc)
            doc = doc if replaced is None else replaced
        path = tmp_path / f"{name}.json"
        if isinstance(doc, bytes):
            path.write_bytes(doc)
        elif isinstance(doc, str):
            path.write_text(doc, "utf-8")
        else:
            path.write_text(json.dumps(doc), "utf-8")
        paths[name] = path
    return paths


def run(capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def setter(path: list[Any], value: Any) -> Callable[[Any], Any]:
    def change(doc: Any) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def replace(value: Any) -> Callable[[Any], Any]:
    return lambda _doc: value


def test_a_return_without_a_receipt_evaluates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_inputs(
        tmp_path,
        request=replace(
            {
                "format": "pos-returns/return-request@1",
                "receipt_number": None,
                "at": "2026-10-20T10:00:00+03:00",
                "customer": None,
                "currency": "EUR",
                "lines": [
                    {
                        "sku": "4006381333931",
                        "category": "apparel",
                        "qty": 1,
                        "condition": "unopened",
                        "unit_price": "19.99",
                    }
                ],
            }
        ),
    )
    code, out, _ = run(
        capsys, ["evaluate", "--policy", str(paths["policy"]), "--request", str(paths["request"])]
    )
    decision = json.loads(out)
    assert code == 0
    assert (decision["store_credit"], decision["needs_manager"]) == ("19.99", True)
    assert decision["manager_reasons"] == ["rule:no-receipt", "no_receipt_without_id"]


def test_policy_check_prints_the_policy_in_plain_language(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, ["policy", "check", str(EXAMPLES / "policy.json"), "--lang", "nl"])
    assert code == 0
    assert "OK, 8 rules" in out
    assert "Binnen 30 dagen met kassabon teruggebracht" in out
    assert out.count("\n\n") >= 6


def test_policy_check_refuses_a_bad_policy_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_inputs(tmp_path, policy=setter(["rules", 0, "when", "max_days"], "30"))
    code, out, err = run(capsys, ["policy", "check", str(paths["policy"])])
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert "rules[0].when.max_days" in err


# -- the real command, as a shell runs it ---------------------------------------------------
def command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pos_returns", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_the_command_prints_a_decision_from_the_readme() -> None:
    result = command(
        "evaluate",
        "--policy",
        str(EXAMPLES / "policy.json"),
        "--receipt",
        str(EXAMPLES / "receipt.json"),
        "--request",
        str(EXAMPLES / "request.json"),
        "--lang",
        "fr",
    )
    assert result.returncode == 0, result.stderr
    decision = json.loads(result.stdout)
    assert decision["format"] == "pos-returns/decision@1"
    assert decision["explanation"] == [
        "Retour sous 30 jours avec ticket de caisse : remboursement intégral sur le moyen de "
        "paiement d'origine."
    ]


def test_the_shared_worked_cases_match_through_the_command(tmp_path: Path) -> None:
    cases = sorted((ROOT / "tests" / "data" / "examples").glob("*.case.json"))
    assert cases
    for path in cases:
        case = json.loads(path.read_text("utf-8"))
        args = ["evaluate"]
        for key in ("policy", "receipt", "request", "history"):
            if case.get(key) is not None:
                file = tmp_path / f"{path.stem}.{key}.json"
                file.write_text(json.dumps(case[key]), "utf-8")
                args += [f"--{key}", str(file)]
        result = command(*args)
        if case.get("expected_error"):
            assert result.returncode == 2 and result.stderr.count("\n") == 1, path.name
            continue
        decision = json.loads(result.stdout)
        for key, expected in case["expected"].items():
            assert decision[key] == expected, (path.name, key)


def test_evaluate_offline_applies_the_policys_offline_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_inputs(tmp_path, policy=setter(["offline"], {"card_refund": "store_credit"}))
    args = ["evaluate", "--policy", str(paths["policy"]), "--receipt", str(paths["receipt"])]
    args += ["--request", str(paths["request"])]
    code, out, err = run(capsys, args)
    online = json.loads(out)
    assert code == 0, err
    code, out, err = run(capsys, [*args, "--offline"])
    apart = json.loads(out)
    assert code == 0, err
    assert "card" in [t["method"] for t in online["to_tenders"]]
    assert "card" not in [t["method"] for t in apart["to_tenders"]]
    assert apart["card_refund_offline"] == "store_credit"
    assert "card_refund_offline" not in online
    assert apart["refund_total"] == online["refund_total"]
