"""How fast a return receipt is built from the database and rendered (pytest-benchmark).

The issue's targets: ESC/POS under 30 ms (also for a printer that needs Latvian as
pictures), PDF under 150 ms (``pos-returns bench print``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from printing.escpos_bytes import decode

from pos_returns.bench.receipts import TARGETS_MS, PrintBench, make_store, run_print_bench
from pos_returns.printing.escpos_render import render_escpos
from pos_returns.printing.profiles import profile
from pos_returns.services.receipts import find_return, return_receipt
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import open_database


def test_build_and_render_a_receipt_to_escpos(benchmark, tmp_path: Path) -> None:  # noqa: ANN001
    number = make_store(tmp_path / "b.sqlite3")
    engine = open_database(str(tmp_path / "b.sqlite3"))

    def work() -> bytes:
        with UnitOfWork(engine) as uow:
            store = get_store(uow)
            return render_escpos(
                return_receipt(uow, store, find_return(uow, store, number)), profile("TM-T88V")
            )

    data = benchmark(work)
    printout = decode(data)
    assert printout.problems == [] and "ATGRIEŠANAS ČEKS" in printout.text
    assert "Bezvadu austiņas ar trokšņu slāpēšanu" in " ".join(printout.text.split())
    engine.dispose()


@pytest.mark.slow
def test_both_renderings_meet_their_targets(tmp_path: Path, slowdown: float) -> None:
    def missed(result: PrintBench) -> list[str]:
        timings = (result.escpos, result.pictures, result.pdf)
        return [t.line() for t in timings if t.median_ms >= TARGETS_MS[t.name] * slowdown]

    result = run_print_bench(rounds=40, folder=tmp_path)
    if missed(result):  # a busy machine: time once more before failing
        result = run_print_bench(rounds=40, folder=tmp_path)
    assert not missed(result), f"{result.report()} (targets x {slowdown:.2f})"
    assert result.pictures.median_ms < TARGETS_MS["pictures"] * slowdown  # Latvian, TM-T88IV
    assert result.escpos_bytes > 2000 and result.pdf_bytes > 20000
    assert result.pictures_bytes > 10 * result.escpos_bytes  # pictures, not "?"
