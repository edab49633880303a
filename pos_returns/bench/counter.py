"""`pos-returns bench counter`: from a scan to the receipt's lines on the counter screen.

The real window (offscreen), signed in, on the store bench's SQLite file (a million
receipts by default, filled once and reused): each round types a receipt number and
presses Enter, as a scanner does, and stops the clock when the lines, with the policy's
answer for each, are in the table. Target: under 100 ms.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pos_returns.bench.fill import REGISTERS, STORE, prepare_database, recent_numbers
from pos_returns.bench.store import Timing

TARGET_MS = 100.0


@dataclass(frozen=True)
class CounterBench:
    receipts: int
    scan: Timing  # from the Enter of a scan to the lines in the table, ms
    fill_seconds: float | None

    def report(self) -> str:
        filled = f", filled in {self.fill_seconds:.0f} s" if self.fill_seconds else ""
        verdict = "met" if not self.missed() else "MISSED"
        return (
            f"counter bench: scan to the receipt on screen, {self.receipts:,} receipts in "
            f"SQLite{filled} ({len(self.scan.samples_ms)} scans)\n"
            f"  p50 {self.scan.p50:6.1f} ms   p95 {self.scan.p95:6.1f} ms   "
            f"max {self.scan.worst:6.1f} ms   target p95 < {TARGET_MS:.0f} ms: {verdict}"
        )

    def missed(self) -> bool:
        return self.scan.p95 >= TARGET_MS


def run_counter_bench(
    path: Path,
    *,
    receipts: int = 1_000_000,
    rounds: int = 200,
    progress: Callable[[str], None] = lambda _text: None,
) -> CounterBench:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from pos_returns.ui.counter import Counter, CounterWindow

    now = datetime.now(UTC)
    engine, fill_seconds = prepare_database(path, receipts, now, progress=progress)
    numbers = recent_numbers(engine, now, rounds + 10)
    if len(numbers) < rounds + 10:
        raise ValueError(f"{path} has too few recent receipts for {rounds} scans")
    app = QApplication.instance() or QApplication([])
    window = CounterWindow(Counter(engine, STORE, REGISTERS[0], clock=lambda: now))
    window.show()
    page = window.sign_in_page
    page.code.setText("101")
    page.pin.setText("1234")
    page.submit()
    _until(app, lambda: window.actor is not None)
    counter_page = window.return_page
    samples = []
    for index, number in enumerate(numbers):
        start = time.perf_counter()
        counter_page.scan.setText(number)
        counter_page.find()
        _until(
            app,
            lambda n=number: (
                counter_page.view is not None
                and counter_page.view.number == n
                and counter_page.table.rowCount() == len(counter_page.view.lines)
            ),
        )
        elapsed = time.perf_counter() - start
        _until(app, lambda: not window.tasks.busy)  # the quote that follows, off the clock
        if index >= 10:  # the first scans warm the caches
            samples.append(elapsed * 1000)
    window.close()
    window.tasks.wait()
    window.deleteLater()
    app.processEvents()  # type: ignore[attr-defined]
    engine.dispose()
    return CounterBench(receipts, Timing("scan to screen", tuple(samples)), fill_seconds)


def _until(app: object, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        app.processEvents()  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise TimeoutError("the counter screen did not answer in 30 s")
