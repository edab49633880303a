"""The gettext catalogues: complete, placeholders intact, compiled files current."""

from __future__ import annotations

import gettext
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from pos_returns.i18n import LANGUAGES
from pos_returns.resources import resource

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def catalog(lang: str):
    path = resource("locale", lang, "LC_MESSAGES", "pos_returns.po")
    with path.open("rb") as f:
        return read_po(f, locale=lang)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_and_keeps_its_placeholders(lang: str) -> None:
    cat = catalog(lang)
    for message in cat:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{lang}: untranslated {ids[0]!r}"
        assert "fuzzy" not in message.flags, f"{lang}: fuzzy {ids[0]!r}"
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, f"{lang}: {text!r}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_compiled_catalogues_match_their_sources(lang: str) -> None:
    buffer = io.BytesIO()
    write_mo(buffer, catalog(lang))
    buffer.seek(0)
    fresh = gettext.GNUTranslations(buffer)
    mo = resource("locale", lang, "LC_MESSAGES", "pos_returns.mo")
    with mo.open("rb") as f:
        committed = gettext.GNUTranslations(f)
    assert committed._catalog == fresh._catalog  # type: ignore[attr-defined]


def test_the_template_lists_every_sentence_in_the_code(tmp_path: Path) -> None:
    root = resource().parent if resource().name == "resources" else None
    if root is None or not (root / "pos_returns").is_dir():
        pytest.skip("needs a source checkout")
    out = tmp_path / "fresh.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "resources/babel.cfg",
            "--no-default-keywords",
            "-k",
            "_",
            "-k",
            "_n:1,2",
            "-k",
            "_p:1c,2",
            "-k",
            "_label:1c,2",
            "-k",
            "gettext",
            "-k",
            "ngettext:1,2",
            "-k",
            "say",
            "-k",
            "said:2",  # the domain's errors (DomainError.said): a screen translates them
            "--no-location",
            "-o",
            str(out),
            ".",
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )

    def ids(path: Path) -> set:
        with path.open("rb") as f:
            return {(m.context, m.id) for m in read_po(f) if m.id}

    assert ids(out) == ids(resource("locale", "pos_returns.pot"))
    for lang in TRANSLATED:
        assert {(m.context, m.id) for m in catalog(lang) if m.id} == ids(out), lang
