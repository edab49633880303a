"""How much slower than a till-class CPU this machine is running right now.

The benchmarks' targets are for a till-class CPU. A CI runner can be several times slower
(shared cores), so each speed test scales its target by `machine_factor()`, never by less
than 1. Reports still show the raw numbers against the absolute targets; a real
regression still fails.
"""

from __future__ import annotations

import statistics
import time

REFERENCE_S = 0.06
"""How long `_loop` may take on a CPU the targets are meant for (a current laptop or till
core runs it in 40-60 ms). On the CI machine of 2026-11-30 it took 64-160 ms, and the
README's numbers were 2.4-3.6x slower there (import 13,100 lines/s against 30,000-34,000;
decide 1.5 ms against 0.45-0.52 ms)."""


def _loop() -> float:
    start = time.perf_counter()
    total = 0
    for i in range(1_000_000):
        total += i
    assert total == 499_999_500_000
    return time.perf_counter() - start


def machine_factor() -> float:
    """The median of seven runs of a fixed loop over the reference's time, at least 1
    (this CI machine's speed drifts by 2x within minutes: measure it next to the work)."""
    took = statistics.median(_loop() for _ in range(7))
    return max(1.0, took / REFERENCE_S)
