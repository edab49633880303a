"""The counter screen's Qt catalogues: every label translated, none forgotten, compiled."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pos_returns.resources import resource

LANGS = ("fr", "nl", "lv")
UI = Path(__file__).resolve().parents[2] / "pos_returns" / "ui"
SOURCES = sorted(UI.rglob("*.py"))  # as resources/i18n/ui_catalogues.py updates them


def messages(ts: Path) -> dict[str, ET.Element]:
    return {m.findtext("source") or "": m for m in ET.parse(ts).getroot().iter("message")}


@pytest.mark.parametrize("lang", LANGS)
def test_every_label_is_translated(lang: str) -> None:
    found = messages(resource("i18n", f"counter_{lang}.ts"))
    assert len(found) > 60
    for source, message in found.items():
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), source
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        for field in ("{n}", "{number}", "{name}", "{amount}", "{bonus}", "{printer}"):
            assert (field in source) == (field in (translation.text or "")), (source, field)


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs PySide6's tools")
@pytest.mark.parametrize("lang", LANGS)
def test_the_catalogues_hold_every_label_of_the_code_and_are_compiled(
    lang: str, tmp_path: Path
) -> None:
    if not all(source.is_file() for source in SOURCES):
        pytest.skip("needs a source checkout")
    fresh = tmp_path / f"counter_{lang}.ts"
    subprocess.run(
        ["pyside6-lupdate", *map(str, SOURCES), "-ts", str(fresh)], check=True, capture_output=True
    )
    committed = resource("i18n", f"counter_{lang}.ts")
    assert set(messages(fresh)) == set(messages(committed))
    qm = tmp_path / "counter.qm"
    subprocess.run(
        ["pyside6-lrelease", str(committed), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == resource("i18n", f"counter_{lang}.qm").read_bytes()
