"""The command line contract (SPEC.md section 5), run as the real command.

Every case writes the bundled examples (``resources/examples``) into a temporary folder,
spoils one of them, and runs ``python -m pos_returns`` in a subprocess. Bad input must
exit 2 with exactly one line on standard error naming the file and the field, and
nothing on standard output; good input prints the decision and exits 0.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pos_returns import __version__

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "resources" / "examples"
FILES = ("policy", "receipt", "request", "history")
ORIGINAL: dict[str, Any] = {
    name: json.loads((EXAMPLES / f"{name}.json").read_text("utf-8")) for name in FILES
}
LANGS = ("en", "fr", "nl", "lv")


# -- running the command ----------------------------------------------------------------
@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def run(*args: str | Path, cwd: Path) -> Result:
    done = subprocess.run(
        [sys.executable, "-m", "pos_returns", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        timeout=60,
        check=False,
    )
    return Result(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def one_error_line(result: Result) -> str:
    """The single line on stderr, after checking exit 2 and an empty stdout."""
    assert result.code == 2, f"exit {result.code}, stderr:\n{result.err}"
    assert result.out == "", f"stdout should be empty, got:\n{result.out}"
    lines = result.err.split("\n")
    assert len(lines) == 2 and lines[1] == "" and lines[0].strip(), (
        f"expected exactly one line on stderr, got {len(lines) - 1}:\n{result.err}"
    )
    return lines[0]


# -- building the input files -----------------------------------------------------------
class Missing:
    """Write nothing: the path does not exist."""


class Folder:
    """Make a folder where the file should be."""


@dataclass(frozen=True)
class Raw:
    """A file's text written as is (not JSON-encoded)."""

    text: str


Docs = dict[str, Any]
Change = Callable[[Docs], None]


def _walk(doc: Any, where: str) -> tuple[Any, str | int]:
    """The container and key of ``lines.0.qty`` inside `doc`."""
    keys: list[str | int] = [int(k) if k.isdigit() else k for k in where.split(".")]
    for key in keys[:-1]:
        doc = doc[key]
    return doc, keys[-1]


def put(name: str, where: str, value: Any) -> Change:
    def change(docs: Docs) -> None:
        container, key = _walk(docs[name], where)
        container[key] = value

    return change


def drop(name: str, where: str) -> Change:
    def change(docs: Docs) -> None:
        container, key = _walk(docs[name], where)
        del container[key]

    return change


def whole(name: str, content: Any) -> Change:
    """Replace the whole file: a JSON value, raw text/bytes, Missing or Folder."""

    def change(docs: Docs) -> None:
        docs[name] = content

    return change


def rename_key(name: str, where: str, new: str) -> Change:
    def change(docs: Docs) -> None:
        container, key = _walk(docs[name], where)
        container[new] = container.pop(key)

    return change


def write_inputs(folder: Path, docs: Docs, names: dict[str, str] | None = None) -> dict[str, Path]:
    paths: dict[str, Path] = {}
    for name, content in docs.items():
        path = folder / (names or {}).get(name, f"{name}.json")
        paths[name] = path
        if content is Missing:
            continue
        if content is Folder:
            path.mkdir()
        elif isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, Raw):
            path.write_text(content.text, encoding="utf-8")
        else:
            path.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
    return paths


def evaluate_args(paths: dict[str, Path], *, history: bool, receipt: bool = True) -> list[Any]:
    args: list[Any] = ["evaluate", "--policy", paths["policy"]]
    if receipt:
        args += ["--receipt", paths["receipt"]]
    args += ["--request", paths["request"]]
    if history:
        args += ["--history", paths["history"]]
    return args


REQUEST_TEXT = (EXAMPLES / "request.json").read_text("utf-8")


# -- the bad inputs -----------------------------------------------------------------------
@dataclass(frozen=True)
class Bad:
    id: str
    file: str  # the file at fault: policy, receipt, request or history
    change: Change
    field: str | None  # None: the whole file is at fault (no field to name)
    reason: tuple[str, ...]
    history: bool = False


CASES: list[Bad] = [
    # unreadable files, not JSON, not an object
    Bad("policy-missing-path", "policy", whole("policy", Missing), None, ("no such file",)),
    Bad("request-is-a-folder", "request", whole("request", Folder), None, ("folder",)),
    Bad(
        "receipt-not-utf8",
        "receipt",
        whole(
            "receipt", '{"format": "pos-returns/receipt@1", "store": "Caf\xe9"}'.encode("latin-1")
        ),
        None,
        ("not UTF-8",),
    ),
    Bad(
        "request-truncated-json",
        "request",
        whole("request", Raw(REQUEST_TEXT[: len(REQUEST_TEXT) // 2])),
        None,
        ("not valid JSON",),
    ),
    Bad(
        "history-truncated-json",
        "history",
        whole("history", Raw('[{"at": "2026-10-10T16:30:00+03:00", "lines": [')),
        None,
        ("not valid JSON",),
        history=True,
    ),
    Bad(
        "receipt-is-a-list",
        "receipt",
        whole("receipt", [ORIGINAL["receipt"]]),
        None,
        ("expected an object", "a list"),
    ),
    Bad("policy-is-a-list", "policy", whole("policy", []), None, ("expected an object", "a list")),
    # unknown format
    Bad(
        "policy-unknown-format",
        "policy",
        put("policy", "format", "pos-returns/policy@2"),
        "format",
        ("expected 'pos-returns/policy@1'", "policy@2"),
    ),
    Bad(
        "receipt-unknown-format",
        "receipt",
        put("receipt", "format", "pos-returns/invoice@1"),
        "format",
        ("expected 'pos-returns/receipt@1'", "invoice@1"),
    ),
    Bad(
        "request-unknown-format",
        "request",
        put("request", "format", "pos-returns/request@1"),
        "format",
        ("expected 'pos-returns/return-request@1'",),
    ),
    Bad("request-format-missing", "request", drop("request", "format"), "format", ("missing",)),
    # missing fields
    Bad("receipt-sold_at-missing", "receipt", drop("receipt", "sold_at"), "sold_at", ("missing",)),
    Bad("request-at-missing", "request", drop("request", "at"), "at", ("missing",)),
    Bad(
        "request-line-qty-missing",
        "request",
        drop("request", "lines.0.qty"),
        "lines[0].qty",
        ("missing",),
    ),
    Bad(
        "receipt-tender-amount-missing",
        "receipt",
        drop("receipt", "tenders.1.amount"),
        "tenders[1].amount",
        ("missing",),
    ),
    Bad("policy-timezone-missing", "policy", drop("policy", "timezone"), "timezone", ("missing",)),
    # wrong types
    Bad(
        "request-qty-as-text",
        "request",
        put("request", "lines.0.qty", "2"),
        "lines[0].qty",
        ("expected a whole number", "the text '2'"),
    ),
    Bad(
        "request-qty-as-true",
        "request",
        put("request", "lines.0.qty", True),
        "lines[0].qty",
        ("expected a whole number",),
    ),
    Bad(
        "request-lines-as-object",
        "request",
        put("request", "lines", {"line": 1, "qty": 1}),
        "lines",
        ("expected a list", "an object"),
    ),
    Bad(
        "receipt-lines-as-object",
        "receipt",
        put("receipt", "lines", {"0": {}}),
        "lines",
        ("expected a list",),
    ),
    Bad(
        "receipt-customer-as-number",
        "receipt",
        put("receipt", "customer", 1001),
        "customer",
        ("expected text", "1001"),
    ),
    Bad(
        "request-condition-unknown",
        "request",
        put("request", "lines.0.condition", "used"),
        "lines[0].condition",
        ("'used' is not one of",),
    ),
    # bad money strings
    Bad(
        "money-decimal-comma",
        "receipt",
        put("receipt", "lines.0.amount", "19,99"),
        "lines[0].amount",
        ("'19,99' is not an amount of money",),
    ),
    Bad(
        "money-exponent",
        "receipt",
        put("receipt", "lines.0.unit_price", "1e3"),
        "lines[0].unit_price",
        ("'1e3' is not an amount of money",),
    ),
    Bad(
        "money-too-many-decimals-for-eur",
        "receipt",
        put("receipt", "lines.0.tax", "19.999"),
        "lines[0].tax",
        ("3 decimals", "EUR"),
    ),
    Bad(
        "money-empty",
        "receipt",
        put("receipt", "tenders.0.amount", ""),
        "tenders[0].amount",
        ("is not an amount of money",),
    ),
    Bad(
        "money-leading-space",
        "receipt",
        put("receipt", "tenders.1.amount", " 5.00"),
        "tenders[1].amount",
        ("' 5.00' is not an amount of money",),
    ),
    Bad(
        "money-in-history",
        "history",
        put("history", "0.to_tenders.0.amount", "15,42"),
        "[0].to_tenders[0].amount",
        ("is not an amount of money",),
        history=True,
    ),
    # float money
    Bad(
        "money-as-float",
        "receipt",
        put("receipt", "lines.0.amount", 45.0),
        "lines[0].amount",
        ("money must be a string", "float"),
    ),
    Bad(
        "money-as-float-in-history",
        "history",
        put("history", "0.to_tenders.1.amount", 7.08),
        "[0].to_tenders[1].amount",
        ("money must be a string", "float"),
        history=True,
    ),
    # lines that do not fit the receipt
    Bad(
        "request-unknown-line",
        "request",
        put("request", "lines.0.line", 9),
        "lines[0].line",
        ("line 9 is not on receipt",),
    ),
    Bad(
        "request-other-receipt",
        "request",
        put("request", "receipt_number", "S01-R2-999999"),
        "receipt_number",
        ("S01-R2-999999",),
    ),
    # quantities out of range
    Bad("qty-zero", "request", put("request", "lines.0.qty", 0), "lines[0].qty", ("out of range",)),
    Bad(
        "qty-negative",
        "request",
        put("request", "lines.0.qty", -1),
        "lines[0].qty",
        ("out of range",),
    ),
    Bad(
        "qty-more-than-sold",
        "request",
        put("request", "lines.0.qty", 3),
        "lines[0].qty",
        ("quantity 3 is out of range", "2 of 2 left"),
    ),
    Bad(
        "qty-more-than-left-after-history",
        "request",
        put("request", "lines.0.qty", 2),
        "lines[0].qty",
        ("quantity 2 is out of range", "1 of 2 left", "1 returned before"),
        history=True,
    ),
    # time zones and dates
    Bad(
        "policy-unknown-timezone",
        "policy",
        put("policy", "timezone", "Mars/Olympus"),
        "timezone",
        ("'Mars/Olympus' is not a known time zone",),
    ),
    Bad(
        "request-at-without-offset",
        "request",
        put("request", "at", "2026-10-20T10:00:00"),
        "at",
        ("no UTC offset",),
    ),
    Bad(
        "receipt-sold_at-without-offset",
        "receipt",
        put("receipt", "sold_at", "2026-10-03T14:22:05"),
        "sold_at",
        ("no UTC offset",),
    ),
    Bad(
        "request-at-not-a-date",
        "request",
        put("request", "at", "next Tuesday"),
        "at",
        ("not an ISO 8601 date and time",),
    ),
    Bad(
        "request-before-sale",
        "request",
        put("request", "at", "2026-10-01T10:00:00+03:00"),
        "at",
        ("before the sale",),
    ),
    # tenders
    Bad(
        "tenders-do-not-add-up",
        "receipt",
        put("receipt", "tenders.1.amount", "45.00"),
        "tenders",
        ("tenders add up to 145.00", "146.00"),
    ),
    # history
    Bad(
        "history-line-not-on-receipt",
        "history",
        put("history", "0.lines.0.line", 9),
        "[0].lines[0].line",
        ("line 9 is not on receipt",),
        history=True,
    ),
    Bad(
        "history-not-a-list",
        "history",
        whole("history", ORIGINAL["history"][0]),
        None,
        ("must be a list",),
        history=True,
    ),
    Bad(
        "history-qty-missing",
        "history",
        drop("history", "0.lines.0.qty"),
        "[0].lines[0].qty",
        ("missing",),
        history=True,
    ),
    Bad(
        "history-at-without-offset",
        "history",
        put("history", "0.at", "2026-10-10T16:30:00"),
        "[0].at",
        ("no UTC offset",),
        history=True,
    ),
    Bad(
        "history-refund-to-a-tender-not-on-receipt",
        "history",
        put("history", "0.to_tenders.0.method", "gift_card"),
        "[0].to_tenders[0]",
        ("not a tender of receipt",),
        history=True,
    ),
    Bad(
        "history-refunded-more-than-paid",
        "history",
        put(
            "history",
            "0.to_tenders",
            [
                {"method": "card", "reference": "VISA 1234", "amount": "100.00"},
                {"method": "cash", "amount": "46.00"},
            ],
        ),
        "[*].to_tenders",
        ("to give back, less than",),
        history=True,
    ),
    Bad(
        "history-refunded-more-than-a-tender-paid",
        "history",
        put("history", "0.to_tenders.0.amount", "100.01"),
        "[0].to_tenders[0].amount",
        ("more than it paid", "100.01"),
        history=True,
    ),
    # policy errors
    Bad(
        "policy-when-typo",
        "policy",
        rename_key("policy", "rules.5.when.max_days", "max_day"),
        "rules[5].when.max_day",
        ("is not a known field", "max_days"),
    ),
    Bad(
        "policy-top-level-typo",
        "policy",
        rename_key("policy", "store_credit_bonus_pct", "store_credit_bonus"),
        "store_credit_bonus",
        ("is not a known field",),
    ),
    Bad(
        "policy-duplicate-rule-id",
        "policy",
        put("policy", "rules.6.id", "standard"),
        "rules[6].id",
        ("'standard' is used twice",),
    ),
    Bad(
        "policy-restocking-fee-150",
        "policy",
        put("policy", "rules.2.then.restocking_fee_pct", "150"),
        "rules[2].then.restocking_fee_pct",
        ("150", "is out of range"),
    ),
    Bad(
        "policy-unknown-outcome",
        "policy",
        put("policy", "rules.0.then.outcome", "refund_all"),
        "rules[0].then.outcome",
        ("'refund_all' is not one of",),
    ),
    Bad(
        "policy-bad-refund-over",
        "policy",
        put("policy", "manager_approval.refund_over", 200.0),
        "manager_approval.refund_over",
        ("money must be a string",),
    ),
    # beyond the obvious: inputs that should still give one line, exit 2
    Bad(
        "huge-integer",
        "request",
        whole("request", Raw(REQUEST_TEXT.replace('"qty": 1', '"qty": ' + "9" * 5000))),
        None,
        ("JSON",),
    ),
    Bad(
        "deeply-nested-json",
        "request",
        whole("request", Raw("[" * 100_000 + "]" * 100_000)),
        None,
        ("JSON",),
    ),
    Bad(
        "money-beyond-decimal-precision",
        "receipt",
        lambda docs: docs["receipt"].update(
            lines=[
                dict(
                    docs["receipt"]["lines"][0],
                    qty=1,
                    unit_price="9" * 30 + ".00",
                    amount="9" * 30 + ".00",
                    tax="0.00",
                )
            ],
            tenders=[{"method": "cash", "amount": "9" * 30 + ".00"}],
        ),
        "lines[0].amount",
        ("amount",),
    ),
    Bad(
        "newline-in-unknown-key",
        "policy",
        rename_key("policy", "rules.5.when.max_days", "max_day\nx"),
        "max_day",
        ("is not a known field",),
    ),
    Bad(
        "newline-in-percent",
        "policy",
        put("policy", "rules.2.then.restocking_fee_pct", "150\n"),
        "rules[2].then.restocking_fee_pct",
        ("out of range",),
    ),
]


@pytest.mark.parametrize("case", [pytest.param(case, id=case.id) for case in CASES])
def test_bad_input_exits_2_with_one_line_naming_file_and_field(case: Bad, tmp_path: Path) -> None:
    docs = copy.deepcopy(ORIGINAL)
    case.change(docs)
    paths = write_inputs(tmp_path, docs)
    line = one_error_line(run(*evaluate_args(paths, history=case.history), cwd=tmp_path))
    assert str(paths[case.file]) in line, f"{case.file} file not named: {line}"
    for other in FILES:
        if other != case.file:
            assert f"{paths[other]}:" not in line, f"wrong file blamed: {line}"
    if case.field is not None:
        assert case.field in line, f"field {case.field!r} not named: {line}"
    for words in case.reason:
        assert words in line, f"reason {words!r} missing: {line}"


def test_bad_policy_is_refused_by_policy_check_too(tmp_path: Path) -> None:
    docs = copy.deepcopy(ORIGINAL)
    put("policy", "rules.6.id", "standard")(docs)
    paths = write_inputs(tmp_path, docs)
    line = one_error_line(run("policy", "check", paths["policy"], cwd=tmp_path))
    assert str(paths["policy"]) in line
    assert "rules[6].id" in line and "used twice" in line


def test_missing_policy_for_policy_check(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "policy.json"
    line = one_error_line(run("policy", "check", missing, cwd=tmp_path))
    assert str(missing) in line and "no such file" in line


def test_file_name_with_a_newline_stays_on_one_line(tmp_path: Path) -> None:
    docs = copy.deepcopy(ORIGINAL)
    put("request", "lines.0.qty", 0)(docs)
    paths = write_inputs(tmp_path, docs, names={"request": "odd\nname.json"})
    line = one_error_line(run(*evaluate_args(paths, history=False), cwd=tmp_path))
    assert "odd\\nname.json" in line and "lines[0].qty" in line


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(
            [
                "evaluate",
                "--policy",
                "policy.json",
                "--receipt",
                "receipt.json",
                "--request",
                "request.json",
                "--lang",
                "xx",
            ],
            id="evaluate",
        ),
        pytest.param(["policy", "check", "policy.json", "--lang", "de"], id="policy-check"),
    ],
)
def test_unknown_language_is_a_usage_error(command: list[str], tmp_path: Path) -> None:
    write_inputs(tmp_path, copy.deepcopy(ORIGINAL))
    line = one_error_line(run(*command, cwd=tmp_path))
    assert "--lang" in line and "invalid choice" in line
    assert repr(command[-1]) in line


# -- good input ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, dict[str, Any]]:
    """The English decision for the bundled example, without and with its history."""
    folder = tmp_path_factory.mktemp("english")
    paths = write_inputs(folder, copy.deepcopy(ORIGINAL))
    decisions = {}
    for history in (False, True):
        result = run(*evaluate_args(paths, history=history), "--lang", "en", cwd=folder)
        assert result.code == 0, result.err
        decisions[history] = json.loads(result.out)
    return decisions


@pytest.mark.parametrize("history", [False, True], ids=["no-history", "with-history"])
@pytest.mark.parametrize("lang", LANGS)
def test_bundled_example_evaluates_in_every_language(
    lang: str, history: bool, english: dict[bool, dict[str, Any]]
) -> None:
    result = run(
        *evaluate_args({n: EXAMPLES / f"{n}.json" for n in FILES}, history=history),
        "--lang",
        lang,
        cwd=ROOT,
    )
    assert result.code == 0, result.err
    assert result.err == ""
    decision = json.loads(result.out)
    assert decision["format"] == "pos-returns/decision@1"
    explanation = decision["explanation"]
    assert explanation and all(isinstance(s, str) and s.strip() for s in explanation)
    assert len(explanation) == len(decision["lines"])
    reference = english[history]
    # the language changes the sentences, never the figures
    assert {k: v for k, v in decision.items() if k != "explanation"} == {
        k: v for k, v in reference.items() if k != "explanation"
    }
    if lang == "en":
        assert explanation == reference["explanation"]
    else:
        assert explanation != reference["explanation"], f"{lang} explanation is the English one"


NO_RECEIPT_REQUEST = {  # SPEC.md section 2's shape for a return without a receipt
    "format": "pos-returns/return-request@1",
    "receipt_number": None,
    "at": "2026-10-20T10:00:00+03:00",
    "lines": [
        {
            "sku": "4006381333931",
            "category": "home",
            "tags": [],
            "qty": 1,
            "condition": "unopened",
            "unit_price": "1.25",
        }
    ],
}


@pytest.mark.parametrize(
    ("policy_currency", "request_currency", "price", "figure"),
    [
        (None, None, "1.25", "1.25"),  # neither says: EUR
        ("KWD", None, "1.250", "1.250"),  # the policy's (3 decimals)
        ("KWD", "JPY", "125", "125"),  # the request's own wins
    ],
    ids=["eur", "policy-currency", "request-currency"],
)
def test_a_return_without_a_receipt_or_currency_is_priced_in_the_policys_else_eur(
    policy_currency: str | None,
    request_currency: str | None,
    price: str,
    figure: str,
    tmp_path: Path,
) -> None:
    docs = copy.deepcopy(ORIGINAL)
    docs["policy"].pop("currency", None)
    if policy_currency:
        docs["policy"]["currency"] = policy_currency
    docs["request"] = copy.deepcopy(NO_RECEIPT_REQUEST)
    docs["request"]["lines"][0]["unit_price"] = price
    if request_currency:
        docs["request"]["currency"] = request_currency
    paths = write_inputs(tmp_path, docs)

    result = run(*evaluate_args(paths, history=False, receipt=False), cwd=tmp_path)

    assert (result.code, result.err) == (0, "")
    decision = json.loads(result.out)
    assert (decision["store_credit"], decision["lines"][0]["sku"]) == (figure, "4006381333931")


def test_without_any_currency_a_price_is_read_as_euros(tmp_path: Path) -> None:
    docs = copy.deepcopy(ORIGINAL)
    docs["policy"].pop("currency", None)
    docs["request"] = copy.deepcopy(NO_RECEIPT_REQUEST)
    docs["request"]["lines"][0]["unit_price"] = "1.250"
    paths = write_inputs(tmp_path, docs)

    line = one_error_line(run(*evaluate_args(paths, history=False, receipt=False), cwd=tmp_path))

    assert f"{paths['request']}: lines[0].unit_price: '1.250' has 3 decimals; EUR has 2" in line


def test_bundled_example_figures(english: dict[bool, dict[str, Any]]) -> None:
    for decision in english.values():
        assert decision["refund_total"] == "22.50"
        assert decision["lines"][0]["rule"] == "standard"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_policy_check_prints_the_summary(lang: str) -> None:
    result = run("policy", "check", EXAMPLES / "policy.json", "--lang", lang, cwd=ROOT)
    assert result.code == 0, result.err
    assert result.err == ""
    assert result.out.startswith("Standard policy (version 3, Europe/Riga): OK, 8 rules\n")
    assert "30" in result.out and "730" in result.out
    paragraphs = [p for p in result.out.split("\n\n") if p.strip()]
    assert len(paragraphs) >= 3
    if lang == "fr":
        english = run("policy", "check", EXAMPLES / "policy.json", cwd=ROOT).out
        assert result.out.split("\n\n")[1:] != english.split("\n\n")[1:]


def test_version(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)
    assert result.code == 0
    assert result.out == f"pos-returns {__version__}\n"
    assert result.err == ""
