"""What a reader hands the writer: a batch of sales (or of cancellations), written and
committed in one write unit of work."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from pos_returns.domain import model as dm
from pos_returns.services.importing.cancellations import Cancelled
from pos_returns.services.sales import LineRow

T = TypeVar("T")


@dataclass
class Sale:
    """The rows of one receipt read so far."""

    number: str
    at: datetime
    customer: str | None
    line: int  # the line of its first row
    lines: list[LineRow] = field(default_factory=list)
    total: int = 0  # minor units


@dataclass
class Batch:
    sales: dict[str, Sale] = field(default_factory=dict)
    receipts: list[dm.Receipt] = field(default_factory=list)  # JSON Lines
    receipt_lines: dict[str, int] = field(default_factory=dict)  # their numbers' lines
    cancelled: list[Cancelled] = field(default_factory=list)
    rows: int = 0


def mark_last(items: Iterable[T]) -> Iterator[tuple[T, bool]]:
    """Each item with True for the last one."""
    iterator = iter(items)
    end = object()
    previous: Any = next(iterator, end)
    if previous is end:
        return
    for item in iterator:
        yield previous, False
        previous = item
    yield previous, True


def split_off(
    batch: Batch, latest: dict[str, int], seen: dict[str, set[tuple[str, ...]]], before: int
) -> Batch:
    """Move the receipts whose latest row is before row `before` out of `batch`."""
    out = Batch()
    for number in [n for n, at in latest.items() if at < before]:
        del latest[number]
        del seen[number]
        sale = batch.sales.pop(number, None)
        if sale is not None:
            out.sales[number] = sale
    batch.rows = sum(len(sale.lines) for sale in batch.sales.values())
    return out


def cancellation_batches(cancelled: list[Cancelled], size: int) -> Iterator[Batch]:
    """The cancelled rows in batches of about `size`, each invoice's rows in one batch."""
    by_invoice: dict[str, list[Cancelled]] = {}
    for row in cancelled:
        by_invoice.setdefault(row.invoice, []).append(row)
    batch = Batch()
    for rows in by_invoice.values():
        batch.cancelled.extend(rows)
        if len(batch.cancelled) >= size:
            yield batch
            batch = Batch()
    if batch.cancelled:
        yield batch
