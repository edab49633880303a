"""Where the app's own files are: translations, templates, examples.

In a wheel they sit in ``pos_returns/resources``; in a checkout (``pip install -e``) in
``resources/`` at the project's root.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "locale").is_dir():
            return candidate
    raise FileNotFoundError("pos-returns cannot find its resources folder; reinstall the package")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
