"""The kinds of record a register pushes, as data: each one's central table, its key, and
the tables of what hangs on it. The records (`services.exchange`) name their fields as
these columns; `Kind.insert_new` writes any of them."""

from __future__ import annotations

from pos_returns.services.exchange import (
    JournalUp,
    PolicyUp,
    PrintUp,
    ReceiptUp,
    ReturnUp,
)
from pos_returns.sync.common import Kind, Table

RECEIPTS: Kind[ReceiptUp] = Kind(
    "receipt",
    # Any clash counts as "there already": the same key sent before, or the number the
    # centre holds (push.py then asks whether it is the same sale).
    Table(
        "receipts",
        (
            "id",
            "number",
            "number_key",
            "register",
            "sold_at",
            "currency",
            "customer",
            "total_minor",
        ),
        returning="id",
    ),
    key=lambda sale: sale.id,
    children=(
        (
            Table(
                "receipt_lines",
                (
                    "receipt_id",
                    "line_no",
                    "sku",
                    "description",
                    "category",
                    "tags",
                    "qty",
                    "unit_price_minor",
                    "amount_minor",
                    "tax_minor",
                ),
                conflict="(store, receipt_id, line_no)",
                json=frozenset({"tags"}),
            ),
            lambda sale: sale.lines,
        ),
        (
            Table(
                "tenders",
                ("receipt_id", "position", "method", "amount_minor", "reference"),
                conflict="(store, receipt_id, position)",
            ),
            lambda sale: sale.tenders,
        ),
    ),
)

RETURNS: Kind[ReturnUp] = Kind(
    "return",
    # On the key only: a return that clashes on its number with another one is refused,
    # never taken for "there already".
    Table(
        "returns",
        (
            "id",
            "number",
            "register",
            "receipt_store",
            "receipt_number",
            "employee",
            "customer",
            "customer_id_hash",
            "reason",
            "note",
            "prefer",
            "language",
            "policy_version",
            "decision",
            "currency",
            "refund_total_minor",
            "store_credit_minor",
            "returned_at",
        ),
        conflict="(store, id)",
        returning="id",
        json=frozenset({"decision"}),
    ),
    key=lambda up: up.id,
    children=(
        (
            Table(
                "return_lines",
                (
                    "return_id",
                    "position",
                    "line_no",
                    "sku",
                    "qty",
                    "condition",
                    "disposition",
                    "rule",
                    "outcome",
                    "refund_minor",
                    "fee_minor",
                    "tax_minor",
                ),
                conflict="(store, return_id, position)",
            ),
            lambda up: up.lines,
        ),
        (
            Table(
                "refunds",
                ("return_id", "position", "method", "reference", "amount_minor"),
                conflict="(store, return_id, position)",
            ),
            lambda up: up.refunds,
        ),
        (
            Table(
                "approvals",
                ("return_id", "manager", "kind", "reasons", "note", "created_at"),
                conflict="(store, return_id)",
                json=frozenset({"reasons"}),
            ),
            lambda up: (up.approval,) if up.approval else (),
        ),
        (
            Table(
                "store_credits",
                ("code", "return_id", "currency", "value_minor", "issued_at"),
                conflict="(store, code)",
            ),
            lambda up: (up.credit,) if up.credit else (),
        ),
    ),
)

JOURNAL: Kind[JournalUp] = Kind(
    "journal",
    Table(
        "journal",
        (
            "instance",
            "seq",
            "kind",
            "subject_id",
            "actor_id",
            "payload",
            "created_at",
            "prev_hash",
            "hash",
            "format",
            "rows_digest",
            "signature",
        ),
        conflict="(store, instance, seq)",
        returning="seq",
        json=frozenset({"payload"}),
    ),
    key=lambda entry: entry.seq,
)

POLICIES: Kind[PolicyUp] = Kind(
    "policy",
    Table(
        "policy_versions",
        ("version", "document", "effective_from", "published_at", "published_by"),
        returning="version",
        json=frozenset({"document"}),
    ),
    key=lambda version: version.version,
)

PRINTS: Kind[PrintUp] = Kind(
    "print",
    Table(
        "print_history",
        (
            "job_id",
            "return_id",
            "kind",
            "register",
            "status",
            "attempts",
            "copy",
            "printer",
            "created_at",
            "done_at",
        ),
        returning="job_id",
    ),
    key=lambda job: job.job_id,
)
