"""python-escpos, imported once and tamed.

Importing ``escpos`` 3.1 calls ``logging.basicConfig()`` and makes a temporary folder for
its capabilities pickle on every import; here the pickle goes to the user's cache folder
and the root logger is left as the application configured it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs


def _import() -> None:
    cache = Path(platformdirs.user_cache_dir("pos-returns", appauthor=False)) / "escpos"
    cache.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache))
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)  # basicConfig() does nothing when the root has a handler
    try:
        import escpos.capabilities  # noqa: F401
    finally:
        root.removeHandler(guard)


_import()

import escpos.escpos  # noqa: E402
from escpos import printer  # noqa: E402
from escpos.capabilities import CAPABILITIES, get_profile  # noqa: E402
from escpos.constants import QR_ECLEVEL_M  # noqa: E402
from escpos.exceptions import Error as EscposError  # noqa: E402

_log = logging.getLogger("escpos")


def _to_log(*args: object, **_kwargs: object) -> None:
    _log.debug(" ".join(str(a) for a in args))


# python-escpos 3.1 print()s chatter ("Using hardware barcode renderer") to stdout, which
# a command's output or a test's captured output must not carry: send it to its logger.
escpos.escpos.print = _to_log  # type: ignore[attr-defined]

__all__ = ["CAPABILITIES", "QR_ECLEVEL_M", "EscposError", "get_profile", "printer"]
