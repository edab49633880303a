"""`pos-returns` as a user runs it: every bad input exits 2 with one line naming the file
and the field, and nothing on standard output."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pos_returns import __version__
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


def evaluate_args(paths: dict[str, Path], *extra: str) -> list[str]:
    args = [
        "evaluate",
        "--policy",
        str(paths["policy"]),
        "--receipt",
        str(paths["receipt"]),
        "--request",
        str(paths["request"]),
        "--history",
        str(paths["history"]),
    ]
    return args + list(extra)


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


def deleter(path: list[Any]) -> Callable[[Any], Any]:
    def change(doc: Any) -> None:
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


def replace(value: Any) -> Callable[[Any], Any]:
    return lambda _doc: value


BAD_INPUTS = {
    # name: (file, change, expected words in the message: the field and the reason)
    "not json": (
        "request",
        replace('{"format": "pos-returns/return-request@1", "lines": ['),
        ["not valid JSON", "line 1"],
    ),
    "not utf-8": ("receipt", replace(b"\xff\xfe{}"), ["not UTF-8"]),
    "a list, not an object": ("policy", replace([]), ["expected an object"]),
    "unknown policy format": ("policy", setter(["format"], "pos-returns/policy@9"), ["format"]),
    "unknown receipt format": ("receipt", setter(["format"], "receipt"), ["format"]),
    "unknown request format": ("request", deleter(["format"]), ["format", "missing"]),
    "missing sold_at": ("receipt", deleter(["sold_at"]), ["sold_at", "missing"]),
    "missing at": ("request", deleter(["at"]), ["at", "missing"]),
    "missing qty": ("request", deleter(["lines", 0, "qty"]), ["lines[0].qty", "missing"]),
    "missing tender amount": (
        "receipt",
        deleter(["tenders", 1, "amount"]),
        ["tenders[1].amount", "missing"],
    ),
    "qty as text": ("request", setter(["lines", 0, "qty"], "2"), ["lines[0].qty", "whole number"]),
    "lines as an object": ("request", setter(["lines"], {}), ["lines", "expected a list"]),
    "customer as a number": ("receipt", setter(["customer"], 1001), ["customer", "expected text"]),
    "money with a comma": (
        "receipt",
        setter(["lines", 0, "amount"], "45,00"),
        ["lines[0].amount", "not an amount"],
    ),
    "money with an exponent": ("receipt", setter(["lines", 0, "tax"], "1e3"), ["lines[0].tax"]),
    "too many decimals": (
        "receipt",
        setter(["lines", 0, "unit_price"], "25.001"),
        ["lines[0].unit_price", "decimals"],
    ),
    "empty money": ("receipt", setter(["tenders", 0, "amount"], ""), ["tenders[0].amount"]),
    "padded money": ("receipt", setter(["tenders", 0, "amount"], " 100.00"), ["tenders[0].amount"]),
    "float money": ("receipt", setter(["lines", 0, "amount"], 45.0), ["lines[0].amount", "float"]),
    "unknown line": (
        "request",
        setter(["lines", 0, "line"], 7),
        ["lines[0].line", "not on receipt"],
    ),
    "quantity zero": ("request", setter(["lines", 0, "qty"], 0), ["lines[0].qty", "out of range"]),
    "quantity negative": (
        "request",
        setter(["lines", 0, "qty"], -1),
        ["lines[0].qty", "out of range"],
    ),
    "more than is left": (
        "request",
        setter(["lines", 0, "qty"], 2),
        ["lines[0].qty", "1 of 2 left"],
    ),
    "unknown timezone": (
        "policy",
        setter(["timezone"], "Mars/Olympus"),
        ["timezone", "Mars/Olympus"],
    ),
    "tenders not adding up": (
        "receipt",
        setter(["tenders", 1, "amount"], "40.00"),
        ["tenders", "add up to 140.00", "146.00"],
    ),
    "no utc offset": ("request", setter(["at"], "2026-10-20T10:00:00"), ["at", "offset"]),
    "return before sale": (
        "request",
        setter(["at"], "2026-10-01T10:00:00+03:00"),
        ["at", "before"],
    ),
    "history line not on receipt": (
        "history",
        setter([0, "lines", 0, "line"], 9),
        ["[0].lines[0].line", "not on receipt"],
    ),
    "history not a list": ("history", replace({"at": "x"}), ["must be a list"]),
    "misspelt rule condition": (
        "policy",
        setter(["rules", 0, "when", "max_day"], 30),
        ["rules[0].when.max_day", "not a known field"],
    ),
    "duplicate rule id": (
        "policy",
        setter(["rules", 1, "id"], "final-sale"),
        ["rules[1].id", "used twice"],
    ),
    "fee over 100": (
        "policy",
        setter(["rules", 2, "then", "restocking_fee_pct"], "150"),
        ["rules[2].then.restocking_fee_pct", "out of range"],
    ),
    "unknown outcome": (
        "policy",
        setter(["otherwise", "outcome"], "shrug"),
        ["otherwise.outcome", "not one of"],
    ),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_exits_2_with_one_line_naming_file_and_field(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file, change, words = BAD_INPUTS[name]
    paths = write_inputs(tmp_path, **{file: change})
    code, out, err = run(capsys, evaluate_args(paths))
    assert code == 2
    assert out == ""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert str(paths[file]) in err
    for word in words:
        assert word in err


@pytest.mark.parametrize("missing", ["policy", "receipt", "request", "history"])
def test_a_missing_file_is_named(
    missing: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_inputs(tmp_path)
    paths[missing] = tmp_path / "nowhere" / f"{missing}.json"
    code, out, err = run(capsys, evaluate_args(paths))
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert f"{paths[missing]}: no such file" in err


def test_a_folder_given_as_a_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_inputs(tmp_path)
    paths["receipt"] = tmp_path
    code, _, err = run(capsys, evaluate_args(paths))
    assert code == 2 and "is a folder" in err and err.count("\n") == 1


def test_an_unknown_language_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, evaluate_args(write_inputs(tmp_path), "--lang", "de"))
    assert (code, out, err.count("\n")) == (2, "", 1)
    assert "--lang" in err and "'de'" in err


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "lv"])
def test_the_bundled_example_evaluates_in_each_language(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, evaluate_args(write_inputs(tmp_path), "--lang", lang))
    assert (code, err) == (0, "")
    decision = json.loads(out)
    # The history already returned one scarf: the second one refunds the rest of the line.
    assert decision["refund_total"] == "22.50"
    assert [t["amount"] for t in decision["to_tenders"]] == ["15.42", "7.08"]
    first_word = {"en": "Returned", "fr": "Retour", "nl": "Binnen", "lv": "Atgriežot"}[lang]
    assert decision["explanation"][0].startswith(first_word)


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


def test_a_return_without_a_receipt_or_currency_says_what_to_add(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_inputs(
        tmp_path,
        request=replace(
            {
                "format": "pos-returns/return-request@1",
                "receipt_number": None,
                "at": "2026-10-20T10:00:00+03:00",
                "lines": [
                    {
                        "sku": "1",
                        "category": "home",
                        "qty": 1,
                        "condition": "unopened",
                        "unit_price": "1.00",
                    }
                ],
            }
        ),
    )
    code, _, err = run(
        capsys, ["evaluate", "--policy", str(paths["policy"]), "--request", str(paths["request"])]
    )
    assert code == 2 and f"{paths['request']}: currency: is missing" in err
    assert '"currency": "EUR"' in err


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


def test_the_command_exits_2_with_one_line_on_bad_input(tmp_path: Path) -> None:
    paths = write_inputs(tmp_path, receipt=setter(["lines", 0, "amount"], 45.5))
    result = command(*evaluate_args(paths))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1 and "lines[0].amount" in result.stderr


def test_the_command_tells_its_version() -> None:
    result = command("--version")
    assert result.stdout.strip() == f"pos-returns {__version__}"


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
