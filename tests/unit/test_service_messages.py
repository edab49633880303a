"""Every message a use case refuses with goes through `say()` and is translated.

A service error's message is read by the cashier or the manager, on a screen in their
language: made with `say("template {x}", x=...)` its template is looked up in the gettext
catalogue when the screen shows it (`ServiceError.in_language`); a plain string stays in
English. The first test lists every place in `pos_returns/services/` that makes a service
error from something else (file:line); the second that every `say()` template is in the
catalogues' template and translated into French, Dutch and Latvian with the same
placeholders.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import pos_returns.services
from pos_returns.i18n import LANGUAGES
from pos_returns.resources import resource

SERVICES = Path(pos_returns.services.__file__).parent
ROOT = SERVICES.parents[1]
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


def modules() -> list[Path]:
    return sorted(SERVICES.rglob("*.py"))


def trees() -> Iterator[tuple[Path, ast.Module]]:
    for path in modules():
        yield path, ast.parse(path.read_text("utf-8"), str(path))


def service_errors() -> set[str]:
    """The names of ServiceError and of every class in services that derives from it."""
    names = {"ServiceError"}
    classes = [
        node for _, tree in trees() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
    ]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {_name(base) for base in node.bases}
            if node.name not in names and bases & names:
                names.add(node.name)
                grew = True
    return names


def _name(node: ast.expr) -> str:
    """`X` of `X` or of `module.X`."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_say(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) == "say"


def _sentence(node: ast.expr, said: set[str]) -> bool:
    """`node` gives a `say()` sentence: a call of say, a name bound to one, one of two
    (an `if` expression), or one picked from a dict of them."""
    if _is_say(node):
        return True
    if isinstance(node, ast.Name):
        return node.id in said
    if isinstance(node, ast.IfExp):
        return _sentence(node.body, said) and _sentence(node.orelse, said)
    if isinstance(node, ast.Subscript):
        return _sentence(node.value, said)
    if isinstance(node, ast.Dict):
        return bool(node.values) and all(_sentence(v, said) for v in node.values)
    return False


def _sentences(scope: ast.AST, said: set[str]) -> set[str]:
    """`said` and the names `scope` binds to sentences (or to dicts of them), or declares
    as parameters annotated `Sentence`."""
    names = set(said)
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and _sentence(node.value, names):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            if isinstance(node.target, ast.Name) and _sentence(node.value, names):
                names.add(node.target.id)
        elif isinstance(node, ast.arg) and node.annotation is not None:
            if "Sentence" in ast.unparse(node.annotation).split(" | "):
                names.add(node.arg)
    return names


def unsaid_errors() -> list[str]:
    """Every service error made from anything but a `say()` sentence, as file:line."""
    errors = service_errors()
    found: list[str] = []
    for path, tree in trees():
        module_level = _sentences(
            ast.Module(
                body=[
                    n
                    for n in tree.body
                    if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                ],
                type_ignores=[],
            ),
            set(),
        )
        scopes: list[ast.AST] = [tree]
        scopes += [
            node
            for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        ]
        checked: set[int] = set()
        for scope in reversed(scopes):  # the innermost functions first
            said = _sentences(scope, module_level) if scope is not tree else module_level
            for node in ast.walk(scope):
                if id(node) in checked or not isinstance(node, ast.Call):
                    continue
                if _name(node.func) not in errors:
                    continue
                checked.add(id(node))
                message = node.args[0] if node.args else None
                if message is None or not _sentence(message, said):
                    where = path.relative_to(ROOT)
                    text = ast.unparse(message)[:70] if message is not None else "no message"
                    found.append(f"{where}:{node.lineno}: {_name(node.func)}({text})")
    return sorted(found)


def templates() -> dict[str, str]:
    """Every `say()` template in the services, with where it is (file:line)."""
    found: dict[str, str] = {}
    for path, tree in trees():
        for node in ast.walk(tree):
            if _is_say(node) and node.args and isinstance(node.args[0], ast.Constant):
                template = node.args[0].value
                if isinstance(template, str):
                    found.setdefault(template, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def placeholders(text: str) -> list[tuple[str, str, str]]:
    """The `{name!conversion:format}` fields of a template, in order."""
    return sorted(
        (name, conversion or "", spec or "")
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def catalog(lang: str) -> dict[str, str]:
    with resource("locale", lang, "LC_MESSAGES", "pos_returns.po").open("rb") as f:
        return {m.id: m.string for m in read_po(f, locale=lang) if isinstance(m.id, str) and m.id}


def test_every_service_error_is_made_with_say() -> None:
    unsaid = unsaid_errors()
    assert not unsaid, (
        f"{len(unsaid)} service errors are not made with say() (a screen in another "
        "language shows them in English):\n" + "\n".join(unsaid)
    )


def test_the_check_finds_the_service_errors() -> None:
    errors = service_errors()
    assert {"NotFound", "InvalidInput", "AuthFailed", "PermissionDenied", "Refused"} <= errors
    assert len(templates()) > 100


def test_every_say_template_is_in_the_catalogues_template() -> None:
    with resource("locale", "pos_returns.pot").open("rb") as f:
        listed = {m.id for m in read_po(f) if m.id}
    missing = [f"{where}: {text!r}" for text, where in templates().items() if text not in listed]
    assert not missing, "run resources/extract.sh; not in the template:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_say_template_is_translated_with_the_same_placeholders(lang: str) -> None:
    translated = catalog(lang)
    wrong: list[str] = []
    for text, where in templates().items():
        if not translated.get(text):
            wrong.append(f"{where}: untranslated {text!r}")
        elif placeholders(translated[text]) != placeholders(text):
            wrong.append(f"{where}: placeholders differ in {translated[text]!r}")
    assert not wrong, f"{lang}:\n" + "\n".join(wrong)
