"""The system libraries Qt's window needs on Linux, checked before Qt is loaded.

Qt 6.5+'s xcb platform plugin (PySide6's ``Qt/plugins/platforms/libqxcb.so``) links
against X libraries that a fresh or minimal Debian or Ubuntu lacks; when one is missing Qt
aborts with a message of its own that often names the wrong one ("xcb-cursor0 ... is
needed" when libxcb-cursor0 is installed and libxcb-icccm4 is not). `complaint` names the
packages to install instead, in one line, so `pos-returns` can say it and exit.

This module imports no Qt: it runs before PySide6 is loaded.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass

# What PySide6 6.12's libqxcb.so and libQt6XcbQpa.so.6 link against (`readelf -d`), by
# the Debian/Ubuntu package that holds it; the C and C++ runtimes are left out.
XCB: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
# What QtGui, QtWidgets and QtDBus link against, whatever the platform (offscreen too).
GUI: dict[str, str] = {
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


@dataclass(frozen=True)
class Missing:
    """A library the dynamic loader cannot load, and the package that holds it (None: not
    one this module knows)."""

    soname: str
    package: str | None


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will open its window through X (the xcb plugin): QT_QPA_PLATFORM names
    xcb first, or it is unset outside a Wayland session (where Qt picks Wayland)."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:  # "xcb", "xcb:option=value", or a list tried in turn: "wayland;xcb"
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = environ.get("XDG_SESSION_TYPE") == "wayland" or (
        bool(environ.get("WAYLAND_DISPLAY")) and not environ.get("DISPLAY")
    )
    return not wayland


def missing(libraries: Mapping[str, str]) -> list[Missing]:
    """The libraries of `libraries` (soname: package) that cannot be loaded, each named by
    what is really missing: a library that is there but needs an absent one names that."""
    found: dict[str, Missing] = {}
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError as exc:
            # "libxcb-icccm.so.4: cannot open shared object file: ...": the loader names the
            # file it could not find, this one or one it needs.
            named = str(exc).split(":", 1)[0].strip() or soname
            if named != soname and "/" not in named:
                found.setdefault(named, Missing(named, libraries.get(named)))
            else:
                found.setdefault(soname, Missing(soname, package))
    return list(found.values())


def complaint(environ: Mapping[str, str] | None = None) -> str | None:
    """One line naming the system packages Qt's window cannot start without (and how to
    install them), or None when nothing is missing or the window does not use X."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    needed = {**GUI, **XCB} if uses_xcb(env) else dict(GUI)
    return say_missing(missing(needed), apt=shutil.which("apt-get") is not None)


def say_missing(gone: list[Missing], *, apt: bool) -> str | None:
    """``the window needs the system package libxcb-cursor0 (apt-get install
    libxcb-cursor0)``, or None for nothing missing."""
    if not gone:
        return None
    packages = list(dict.fromkeys(m.package for m in gone if m.package))
    unknown = [m.soname for m in gone if not m.package]
    parts = []
    if packages:
        noun = "package" if len(packages) == 1 else "packages"
        known = [m.soname for m in gone if m.package]
        how = (
            f"apt-get install {' '.join(packages)}"
            if apt
            else ("library " if len(known) == 1 else "libraries ") + ", ".join(known)
        )
        parts.append(f"the system {noun} {_and(packages)} ({how})")
    if unknown:
        noun = "library" if len(unknown) == 1 else "libraries"
        parts.append(f"the system {noun} {_and(unknown)}")
    return "the window needs " + " and ".join(parts)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
