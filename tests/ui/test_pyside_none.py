"""The Qt binding keeps Python's reference counts: PySide6 6.12.0's build for Python 3.11
dropped a reference to None on every call that passed None between Qt and Python, and a
counter that ran long enough (every paint of the lines table makes such calls) aborted
with "deallocating None". The project pins a release without that fault (6.11.3); this
test fails, by aborting, on one that has it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_a_million_qt_calls_leave_none_with_its_references() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1_000_000):
        probe.setObjectName("probe")  # returns nothing: None comes back from Qt
    assert sys.getrefcount(None) >= before - 1000  # a leak of one a call would be a million
