"""Receipts written into this register's database: the one writer, for every way a
receipt arrives (sales imported from a file, the demo's, the store's receipts pulled from
the chain, another store's receipt fetched from it), and the folded key a receipt number
is found by."""

from __future__ import annotations

import itertools
import json
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import select

from pos_returns.domain import model as dm
from pos_returns.services.errors import InvalidInput, say
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import bulk_insert
from pos_returns.store.ids import uuid7
from pos_returns.store.models import Receipt, ReceiptLine, Store, Tender

_NUMBER_NOISE = re.compile(r"[\s\-_/.]+")
_NUMBER_OK = re.compile(r"[A-Z0-9]{1,64}")


def number_key(text: str) -> str:
    """A receipt number as scanned or typed, folded: ``s01 r2-000123`` -> ``S01R2000123``.

    Raises InvalidInput when nothing like a receipt number is left.
    """
    key = _NUMBER_NOISE.sub("", text).upper()
    if not _NUMBER_OK.fullmatch(key):
        raise InvalidInput(
            say(
                "{text!r} is not a receipt number; search by customer, card or item instead",
                text=text.strip(),
            )
        )
    return key


# -- writing -------------------------------------------------------------------------------
@dataclass
class SaveCounts:
    receipts: int = 0
    lines: int = 0
    skipped: int = 0  # already in the database, the same sale
    # (number, sold at, total) of receipts whose number the database holds for another
    # sale (another time or total): not written, and not counted as skipped
    conflicts: list[tuple[str, datetime, int]] = field(default_factory=list)


class LineRow(NamedTuple):
    """A receipt line ready to store: money in minor units."""

    line: int
    sku: str
    description: str
    category: str
    tags: tuple[str, ...] | str  # a str is the tags' JSON text already (as the centre sends it)
    qty: int
    unit_price: int
    amount: int
    tax: int
    returned: int = 0  # units returned already (a receipt from the chain)
    receipt: str | None = None  # its receipt's key, when lines come apart from their receipts


class TenderRow(NamedTuple):
    """A tender ready to store. The import gives plain (method, amount, reference) tuples:
    their place in the list is their position."""

    method: str
    amount: int
    reference: str | None
    position: int | None = None  # its position on the receipt; None: its place in the list
    receipt: str | None = None  # its receipt's key, when tenders come apart from their receipts


class ReceiptRow(NamedTuple):
    """A receipt ready to store; tenders are (method, minor units, reference[, position])."""

    number: str
    register: str
    sold_at: datetime
    currency: str
    customer: str | None
    total: int
    lines: Sequence[LineRow] | None  # None: they come apart (`save_receipt_rows`'s `lines`)
    tenders: Sequence[tuple[str, int, str | None]] | Sequence[TenderRow] | None
    id: uuid.UUID | str | None = None  # the chain's key (a str: 32 hex digits); None: new
    key: str | None = None  # `number_key(number)`, when known already


def receipt_row(receipt: dm.Receipt) -> ReceiptRow:
    return ReceiptRow(
        receipt.receipt_number,
        receipt.register,
        receipt.sold_at,
        receipt.currency,
        receipt.customer,
        receipt.total.minor_units,
        [
            LineRow(
                x.line,
                x.sku,
                x.description,
                x.category,
                tuple(sorted(x.tags)),
                x.qty,
                x.unit_price.minor_units,
                x.amount.minor_units,
                x.tax.minor_units,
            )
            for x in receipt.lines
        ],
        [(t.method.value, t.amount.minor_units, t.reference) for t in receipt.tenders],
    )


def save_receipts(
    uow: UnitOfWork, store: Store, receipts: Sequence[dm.Receipt], source: str = "import"
) -> SaveCounts:
    """Insert receipts that are not in the database yet (by number); returns counts."""
    return save_receipt_rows(uow, store, [receipt_row(r) for r in receipts], source)


def save_receipt_rows(
    uow: UnitOfWork,
    store: Store,
    receipts: Sequence[ReceiptRow],
    source: str = "import",
    *,
    look_up: bool = True,
    lines: Sequence[LineRow] | None = None,
    tenders: Sequence[TenderRow] | None = None,
) -> SaveCounts:
    """The one writer of receipts into this database: sales imported (and the demo's), the
    store's receipts pulled from the chain, another store's receipt fetched from it. Rows
    go in bulk (hundreds of thousands of lines at a time).

    A number `store` has already is skipped: counted as `skipped` when it is the same sale
    (time and total), else listed in `conflicts`. A receipt from the chain keeps the
    chain's key (`ReceiptRow.id`) and its lines' returned quantities; the others get new
    keys. `look_up` False: the caller knows the store has none of these numbers and they
    are unique (a new register's first pull: the centre's), and none is looked up.

    Each receipt brings its lines and tenders, or (receipts with keys, many at a time: the
    pull) they come apart in `lines` and `tenders`, each naming its receipt's key. Rows are
    read by position, so plain tuples of the same fields will do (the pull hands over the
    centre's rows as they come: a million receipts, and no Python object made per row)."""
    counts = SaveCounts()
    if not receipts:
        return counts
    keys = _key_block()
    if look_up:
        fresh = _fresh(receipts, _known_sales(uow, store, receipts), keys, counts)
    else:  # numbers new here and unique (the centre's): each one is written
        fresh = [(k if isinstance(k := r[8], str) else _key_text(k, keys), r) for r in receipts]
    store_id, now = store.id, datetime.now(UTC)
    line_rows = _line_rows(_lines_of(fresh, lines, look_up), store_id, keys)
    connection = uow.session.connection()
    # Keys are written as the database holds them (32 hex digits), tags as their JSON text.
    bulk_insert(
        connection, Receipt, _receipt_rows(fresh, store_id, source, now), ready=frozenset({"id"})
    )
    bulk_insert(connection, ReceiptLine, line_rows, ready=frozenset({"id", "receipt_id", "tags"}))
    bulk_insert(
        connection,
        Tender,
        _tender_rows(_tenders_of(fresh, tenders, look_up), store_id, keys),
        ready=frozenset({"id", "receipt_id"}),
    )
    counts.receipts, counts.lines = len(fresh), len(line_rows)
    return counts


def _known_sales(
    uow: UnitOfWork, store: Store, receipts: Sequence[ReceiptRow]
) -> dict[str, tuple[datetime, int]]:
    """The (time, total) of each of these numbers the store holds already."""
    numbers = [r[0] for r in receipts]
    existing: dict[str, tuple[datetime, int]] = {}
    for start in range(0, len(numbers), 500):
        chunk = numbers[start : start + 500]
        for number, sold_at, total in uow.session.execute(
            select(Receipt.number, Receipt.sold_at, Receipt.total_minor).where(
                Receipt.store_id == store.id, Receipt.number.in_(chunk)
            )
        ):
            existing[number] = (sold_at, total)
    return existing


def _fresh(
    receipts: Sequence[ReceiptRow],
    existing: dict[str, tuple[datetime, int]],
    keys: Iterator[str],
    counts: SaveCounts,
) -> list[tuple[str, ReceiptRow]]:
    """The receipts whose number is new here (nor earlier in `receipts`), each with its
    key as the database holds it; the others counted as skipped or as conflicts."""
    fresh = []
    for receipt in receipts:
        number, sale = receipt[0], (receipt[2], receipt[5])  # its time and total
        known = existing.get(number)
        if known is not None:
            if known == sale:
                counts.skipped += 1
            else:
                counts.conflicts.append((number, *known))
            continue
        existing[number] = sale
        fresh.append((_key_text(receipt[8], keys), receipt))
    return fresh


def _receipt_rows(
    fresh: list[tuple[str, ReceiptRow]], store_id: uuid.UUID, source: str, now: datetime
) -> list[dict[str, object]]:
    return [
        {
            "id": rid,
            "store_id": store_id,
            "number": number,
            "number_key": key or number_key(number),
            "register_code": register,
            "sold_at": sold_at,
            "currency": currency,
            "customer": customer,
            "total_minor": total,
            "source": source,
            "imported_at": now,
        }
        for rid, (number, register, sold_at, currency, customer, total, _, _, _, key) in fresh
    ]


def _lines_of(
    fresh: list[tuple[str, ReceiptRow]], lines: Sequence[LineRow] | None, look_up: bool
) -> Iterator[tuple[str, LineRow]]:
    """The lines to write, each with its receipt's key."""
    if lines is None:
        return ((rid, line) for rid, receipt in fresh for line in receipt[6] or ())
    if not look_up:  # every receipt is written
        return ((line[10], line) for line in lines)  # type: ignore[misc]
    written = {rid for rid, _receipt in fresh}
    return ((line[10], line) for line in lines if line[10] in written)  # type: ignore[misc]


def _tenders_of(
    fresh: list[tuple[str, ReceiptRow]], tenders: Sequence[TenderRow] | None, look_up: bool
) -> Iterator[tuple[str, int, Sequence[object]]]:
    """The tenders to write, each with its receipt's key and its position."""
    if tenders is None:
        return (
            (rid, tender[3] if len(tender) > 3 and tender[3] is not None else place, tender)
            for rid, receipt in fresh
            for place, tender in enumerate(receipt[7] or ())
        )
    written = None if not look_up else {rid for rid, _receipt in fresh}
    return (
        (tender[4], tender[3], tender)  # type: ignore[misc]
        for tender in tenders
        if written is None or tender[4] in written
    )


def _line_rows(
    lines: Iterator[tuple[str, LineRow]], store_id: uuid.UUID, keys: Iterator[str]
) -> list[dict[str, object]]:
    # One comprehension, no call per line: a new register's first pull writes millions.
    return [
        {
            "id": next(keys),
            "store_id": store_id,
            "receipt_id": rid,
            "line_no": number,
            "sku": sku,
            "description": description,
            "category": category,
            "tags": tags if isinstance(tags, str) else _tags_json(tags),
            "qty": qty,
            "unit_price_minor": unit,
            "amount_minor": amount,
            "tax_minor": tax,
            "returned_qty": returned,
        }
        for rid, (
            number,
            sku,
            description,
            category,
            tags,
            qty,
            unit,
            amount,
            tax,
            returned,
            _,
        ) in lines
    ]


def _tender_rows(
    tenders: Iterator[tuple[str, int, Sequence[object]]], store_id: uuid.UUID, keys: Iterator[str]
) -> list[dict[str, object]]:
    return [
        {
            "id": next(keys),
            "store_id": store_id,
            "receipt_id": rid,
            "position": position,
            "method": tender[0],
            "amount_minor": tender[1],
            "reference": tender[2],
        }
        for rid, position, tender in tenders
    ]


@lru_cache(maxsize=256)
def _tags_json(tags: tuple[str, ...]) -> str:
    """A line's tags as the JSON text the column holds (a few sets of tags repeat)."""
    return json.dumps(list(tags))


def _key_text(key: uuid.UUID | str | None, keys: Iterator[str]) -> str:
    """A receipt's key as the database holds it: the chain's, or the next new one."""
    if key is None:
        return next(keys)
    return key if isinstance(key, str) else key.hex


def _key_block() -> Iterator[str]:
    """New UUIDv7 keys in order, as 32 hex digits (the form the database takes): one made
    now and the ones right after it (its low 32 random bits cleared to make room), far
    cheaper than a new one per row."""
    base = uuid7().int & ~((1 << 32) - 1)
    return (format(base + i, "032x") for i in itertools.count())
