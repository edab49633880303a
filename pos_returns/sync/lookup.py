"""The chain as a register asks it: `CentralChain`, the `services.chain.Chain` port over
the central PostgreSQL database.

A receipt of another store is fetched when a customer brings it here: the counter first
looks in its own database; when the number is not there and the central database
answers, the receipt (any store's) comes down with its lines and tenders, under a local
copy of its store's row, and is returned like any other. The return then counts against
that store's sale line on the central side. The other questions (a receipt's returns
elsewhere, a customer's) are read with the store's own role."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pos_returns.services import exchange
from pos_returns.services.chain import ChainReturn, ChainUnreachable, CustomerReturn
from pos_returns.services.exchange import OtherStore
from pos_returns.services.receipt_rows import LineRow, ReceiptRow, TenderRow, number_key
from pos_returns.services.uow import Database
from pos_returns.sync.connection import CentralUnreachable, connected


def fetch_receipt(engine: Database, central_url: str, number: str) -> str | None:
    """Bring down the receipt `number` (as scanned or typed) from the chain; its number as
    the chain knows it, or None when no store has it. Raises CentralUnreachable."""
    key = number_key(number)
    with connected(central_url) as conn:
        found = conn.execute(
            "SELECT r.store, r.id, r.number, r.register, r.sold_at, r.currency, r.customer,"
            " r.total_minor, s.name, s.timezone, s.currency FROM receipts r"
            " JOIN stores s ON s.code = r.store WHERE r.number_key = %s LIMIT 1",
            (key,),
        ).fetchone()
        if found is None:
            return None
        code, rid = found[0], found[1]
        lines = conn.execute(
            "SELECT line_no, sku, description, category, tags::text, qty, unit_price_minor,"
            " amount_minor, tax_minor, returned_qty FROM receipt_lines"
            " WHERE store = %s AND receipt_id = %s ORDER BY line_no",
            (code, rid),
        ).fetchall()
        tenders = conn.execute(
            "SELECT method, amount_minor, reference, position FROM tenders"
            " WHERE store = %s AND receipt_id = %s ORDER BY position",
            (code, rid),
        ).fetchall()
    (_, _, chain_number, register, sold_at, currency, customer, total, name, zone, money) = found
    receipt = ReceiptRow(
        chain_number,
        register,
        sold_at,
        currency.strip(),
        customer,
        total,
        [LineRow(*line) for line in lines],
        [TenderRow(*tender) for tender in tenders],
        id=rid,
        key=key,
    )
    store = OtherStore(code, name, zone, money.strip())
    return exchange.keep_fetched_receipt(engine, store, receipt)


class CentralChain:
    """The chain's central database at `url` (a store role's, with its password)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def fetch_receipt(self, engine: Database, number: str) -> str | None:
        try:
            return fetch_receipt(engine, self.url, number)
        except CentralUnreachable as exc:
            raise ChainUnreachable(str(exc)) from None

    def receipt_returns(self, receipt_store: str, number: str) -> list[ChainReturn]:
        rows = self._read(
            "SELECT r.id, r.returned_at, r.customer, r.currency,"
            " coalesce((SELECT json_agg(json_build_array(l.line_no, l.qty))"
            "  FROM return_lines l WHERE l.store = r.store AND l.return_id = r.id), '[]'),"
            " coalesce((SELECT json_agg(json_build_array(f.method, f.amount_minor,"
            "  f.reference) ORDER BY f.position)"
            "  FROM refunds f WHERE f.store = r.store AND f.return_id = r.id), '[]')"
            " FROM returns r WHERE r.receipt_store = %s AND r.receipt_number = %s",
            (receipt_store, number),
        )
        return [
            ChainReturn(
                rid,
                when,
                customer,
                currency.strip(),
                tuple((int(line), int(qty)) for line, qty in lines),
                tuple((str(method), int(amount), ref) for method, amount, ref in refunds),
            )
            for rid, when, customer, currency, lines, refunds in rows
        ]

    def customer_returns(
        self, customer: str, since: datetime, receipt_store: str, number: str
    ) -> list[CustomerReturn]:
        rows = self._read(
            "SELECT id, store, coalesce(receipt_number, number), returned_at"
            " FROM returns WHERE customer = %s AND returned_at >= %s"
            " AND (receipt_number IS DISTINCT FROM %s OR receipt_store <> %s)",
            (customer, since, number, receipt_store),
        )
        return [CustomerReturn(rid, code, receipt, when) for rid, code, receipt, when in rows]

    def id_returns(
        self, hashes: Sequence[str], since: datetime
    ) -> list[tuple[uuid.UUID, datetime]]:
        rows = self._read(
            "SELECT id, returned_at FROM returns"
            " WHERE customer_id_hash = ANY(%s) AND returned_at >= %s",
            (list(hashes), since),
        )
        return [(rid, when) for rid, when in rows]

    def _read(self, query: str, params: tuple[Any, ...]) -> list[Any]:
        """Raises ChainUnreachable (as `CentralUnreachable`)."""
        with connected(self.url) as conn:
            return conn.execute(query, params).fetchall()  # type: ignore[arg-type]


def chain_for(central_url: str | None) -> CentralChain | None:
    """The chain behind `central_url`, or None when this register does not sync."""
    return CentralChain(central_url) if central_url else None
