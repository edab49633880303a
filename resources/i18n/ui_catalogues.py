"""The counter screen's Qt catalogues, `resources/i18n/counter_{fr,nl,lv}.ts`.

The .ts files are the source of truth: translators edit them in Qt Linguist (or Weblate,
or any text editor); this script only brings them up to date with the code, checks them
and compiles them. From the project's folder:

    python resources/i18n/ui_catalogues.py update   # pyside6-lupdate: the code's new labels
                                                    # come in (unfinished), vanished ones go
    python resources/i18n/ui_catalogues.py          # check, then pyside6-lrelease: the .qm files

The check names every label left untranslated or unfinished, and every translation whose
{placeholders} differ from its English (exit status 1); the .qm files are compiled either
way (an untranslated label shows in English). tests/unit/test_ui_catalogues.py fails on
the same things, and on .qm files older than their .ts.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
UI = ROOT / "pos_returns" / "ui"
LANGS = ("fr", "nl", "lv")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def catalogue(lang: str) -> Path:
    return HERE / f"counter_{lang}.ts"


def sources() -> list[Path]:
    """Every module of the screens (lupdate finds their `self.tr` and `translate` calls)."""
    return sorted(UI.rglob("*.py"))


def update() -> None:
    """The code's labels into each .ts: new ones unfinished (with the translation of the
    same English elsewhere, when there is one, for the translator to confirm), vanished
    ones removed."""
    files = [str(path.relative_to(ROOT)) for path in sources()]
    for lang in LANGS:
        ts = str(catalogue(lang).relative_to(ROOT))
        subprocess.run(["pyside6-lupdate", *files, "-ts", ts, "-no-obsolete"], cwd=ROOT, check=True)


def problems(lang: str) -> list[str]:
    """What a translator still has to do in `lang`'s catalogue, one line each."""
    found = []
    for context in ET.parse(catalogue(lang)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            kind = translation.get("type") if translation is not None else None
            where = f"{lang} {name}: {source!r}"
            if not text.strip():
                found.append(f"{where} is not translated")
            elif kind in ("unfinished", "vanished", "obsolete"):
                found.append(f"{where} is {kind}: {text!r}")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                found.append(f"{where}: the translation's {{placeholders}} differ: {text!r}")
    return found


def release(lang: str) -> None:
    qm = HERE / f"counter_{lang}.qm"
    subprocess.run(
        ["pyside6-lrelease", str(catalogue(lang)), "-qm", str(qm)], check=True, capture_output=True
    )


def main(argv: list[str]) -> int:
    if argv[1:] == ["update"]:
        update()
        return 0
    if argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    left = [line for lang in LANGS for line in problems(lang)]
    for lang in LANGS:
        release(lang)
    for line in left:
        print(line, file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
