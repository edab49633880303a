"""Free text typed at the counter or in the back office, as it is kept.

Control characters print as nothing (or as printer commands) and PostgreSQL cannot store a
NUL, so a note, a name or a footer holding one would reach the receipt or block the sync:
each run of them becomes one space (line breaks stay where a text has lines)."""

from __future__ import annotations

import re
import unicodedata

_LINE_BREAKS = "\n"


def clean(text: str, *, lines: bool = False) -> str:
    """`text` without control characters (line breaks kept with `lines`), trimmed."""
    kept = "".join(
        " " if unicodedata.category(ch) == "Cc" and not (lines and ch in _LINE_BREAKS) else ch
        for ch in text.replace("\r\n", "\n")
    )
    if lines:
        return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in kept.split("\n")).strip()
    return re.sub(r"\s+", " ", kept).strip()
