"""The sync benchmark at a small size, against the machine's PostgreSQL (the README's
numbers come from `pos-returns bench sync`: 10,000 returns, 1,000,000 receipts, 50
registers). The floors here are a quarter to a half of the targets' rates, so a slow CI
machine passes and a real regression does not."""

from __future__ import annotations

from pathlib import Path

from pos_returns.bench.sync import run_sync_bench


def test_push_pull_and_many_registers_at_once(
    postgres_admin: str, tmp_path: Path, slowdown: float
) -> None:
    result = run_sync_bench(
        postgres_admin, tmp_path, returns=2_000, receipts=40_000, registers=12, each=5
    )
    report = f"{result.report()}\n(floors / {slowdown:.2f})"
    print("\n" + report)
    assert result.returns == 2_000 and result.receipts == 40_000
    # The targets: 10,000 in 10 s, 1,000,000 in 120 s; half their rates here.
    assert result.returns / result.push_seconds > 500 / slowdown, report
    assert result.receipts / result.pull_seconds > 4_000 / slowdown, report
    assert result.errors == [] and result.arrived == 12 * 5
