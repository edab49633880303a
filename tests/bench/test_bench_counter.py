"""From a scan to the receipt on the counter screen (the README's number uses a million
receipts: ``pos-returns bench counter``); the target is the issue's, p95 under 100 ms."""

from __future__ import annotations

from pathlib import Path

import pytest

from pos_returns.bench.counter import TARGET_MS, run_counter_bench


@pytest.mark.slow
def test_a_scan_shows_the_receipt_in_under_100_ms(
    tmp_path: Path, qapp: object, slowdown: float
) -> None:
    target = TARGET_MS * slowdown
    result = run_counter_bench(tmp_path / "bench.sqlite3", receipts=20_000, rounds=60)
    if result.scan.p95 >= target:  # a busy machine: once more before failing
        result = run_counter_bench(tmp_path / "bench.sqlite3", receipts=20_000, rounds=60)
    assert result.scan.p95 < target, f"{result.report()} (target x {slowdown:.2f})"
    assert len(result.scan.samples_ms) == 60
