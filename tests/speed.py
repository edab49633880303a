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
README's numbers were 2.2-3.6x slower there (import 13,100-15,200 lines/s against
30,000-34,000; decide 1.5 ms against 0.45-0.52 ms)."""

REFERENCE_ALLOC_S = 0.25
"""How long `_allocating` may take there (an estimate, like the above). The small loop
runs from the CPU's cache and missed the CI machine's slowness at times (factor 1.14
while the import ran 2.2x slower); making and sorting 200,000 dicts feels memory as the
import and the engine do (700-850 ms on that machine)."""


def _loop() -> float:
    start = time.perf_counter()
    total = 0
    for i in range(1_000_000):
        total += i
    assert total == 499_999_500_000
    return time.perf_counter() - start


def _allocating() -> float:
    start = time.perf_counter()
    rows = [{"sku": f"SKU{i:06d}", "qty": i % 7, "n": (i * 7919) % 100_003} for i in range(200_000)]
    rows.sort(key=lambda row: row["n"])
    by_sku = {row["sku"]: row for row in rows}
    assert len(by_sku) == 200_000
    return time.perf_counter() - start


def machine_factor() -> float:
    """How much slower than the references this machine runs now, at least 1: the larger
    of the two workloads' medians over their reference times (this CI machine's speed
    drifts by 2x within minutes: measure it next to the work)."""
    loop = statistics.median(_loop() for _ in range(7)) / REFERENCE_S
    allocating = statistics.median(_allocating() for _ in range(3)) / REFERENCE_ALLOC_S
    return max(1.0, loop, allocating)
