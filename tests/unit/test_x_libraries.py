"""Before Qt loads, `pos-returns` names the system packages its window lacks, in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pos_returns.ui import x_libraries
from pos_returns.ui.x_libraries import Missing, complaint, missing, say_missing, uses_xcb

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb is Linux's")


@linux
def test_a_library_that_cannot_be_loaded_is_named_with_its_package() -> None:
    gone = missing({"libc.so.6": "libc6", "libpos-returns-absent.so.7": "pos-returns-absent7"})
    assert gone == [Missing("libpos-returns-absent.so.7", "pos-returns-absent7")]
    assert say_missing(gone, apt=True) == (
        "the window needs the system package pos-returns-absent7 "
        "(apt-get install pos-returns-absent7)"
    )


def test_several_missing_packages_are_named_once_each_in_one_line() -> None:
    gone = [
        Missing("libxcb-icccm.so.4", "libxcb-icccm4"),
        Missing("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        Missing("libglib-2.0.so.0", "libglib2.0-0"),
        Missing("libgthread-2.0.so.0", "libglib2.0-0"),
    ]
    said = say_missing(gone, apt=True)
    assert said == (
        "the window needs the system packages libxcb-icccm4, libxcb-keysyms1 and libglib2.0-0 "
        "(apt-get install libxcb-icccm4 libxcb-keysyms1 libglib2.0-0)"
    )
    without_apt = say_missing(gone[:1] + [Missing("libodd.so.2", None)], apt=False)
    assert without_apt == (
        "the window needs the system package libxcb-icccm4 (library libxcb-icccm.so.4) "
        "and the system library libodd.so.2"
    )
    assert say_missing([], apt=True) is None


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, True),
    ],
)
@linux
def test_the_check_applies_when_qt_will_use_x(environ: dict[str, str], xcb: bool) -> None:
    assert uses_xcb(environ) is xcb


@linux
def test_the_real_check_finds_nothing_missing_offscreen() -> None:
    """The test machine runs Qt offscreen: what that needs is all there."""
    assert complaint({"QT_QPA_PLATFORM": "offscreen"}) is None


@linux
def test_a_missing_x_library_stops_the_app_before_qt_loads(tmp_path: Path) -> None:
    """`pos-returns` with X: one line on standard error, exit 2, no Qt loaded and no
    database made (a library that does not exist stands in for a missing one)."""
    code = (
        "import sys\n"
        "from pos_returns.ui import x_libraries\n"
        "x_libraries.XCB['libpos-returns-absent.so.7'] = 'pos-returns-absent7'\n"
        "from pos_returns.cli import main\n"
        "code = main(['app', '--db', sys.argv[1]])\n"
        "print('PySide6' in sys.modules)\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":99")
    db = tmp_path / "till.sqlite3"
    run = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stdout.strip() == "False"
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("pos-returns: the window needs the system package")
    assert "pos-returns-absent7" in lines[0]
    assert not db.exists()


@linux
@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils' readelf")
def test_every_library_qts_x_plugin_links_against_has_a_package() -> None:
    """A PySide6 upgrade that links libqxcb.so against a new library fails here until the
    library and its package are added to the table."""
    qt = Path(pytest.importorskip("PySide6").__file__).parent / "Qt"
    files = [
        qt / "plugins" / "platforms" / "libqxcb.so",
        *sorted((qt / "lib").glob("libQt6Gui.so*")),
    ]
    files += sorted((qt / "lib").glob("libQt6XcbQpa.so*"))
    files += sorted((qt / "lib").glob("libQt6DBus.so*"))
    bundled = {path.name for path in (qt / "lib").iterdir()}
    runtime = ("libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "ld-linux", "libz.so")
    known = {**x_libraries.GUI, **x_libraries.XCB}
    for path in files:
        if not path.is_file():
            continue
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for line in dynamic.splitlines():
            if "(NEEDED)" not in line:
                continue
            soname = line.split("[", 1)[1].split("]", 1)[0]
            if soname in bundled or soname.startswith(runtime):
                continue
            assert soname in known, f"{path.name} needs {soname}: add it and its package"
