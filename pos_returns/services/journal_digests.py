"""The journal's hashes and the digests of the rows its entries cover (see
`services.journal`): what writing an entry and checking the journal both compute."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_returns.store.models import (
    Approval,
    PolicyVersion,
    Refund,
    Return,
    ReturnLine,
    StoreCredit,
)

GENESIS = "0" * 64
RETURN_KINDS = frozenset({"return_completed", "approval", "override"})
POLICY_RECEIVED = "policy_received"  # a version published elsewhere, pulled from the centre
POLICY_KINDS = frozenset({"policy_published", POLICY_RECEIVED})
SIGNED = "journal_signed"  # the entry that signs the entries written before the key


# -- hashes, digests and signatures ------------------------------------------------------------
def entry_hash(
    prev_hash: str,
    *,
    seq: int,
    kind: str,
    subject_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
    created_at: datetime,
    payload: dict[str, Any],
    rows_digest: str | None = None,
    instance_id: uuid.UUID | None = None,
    format: int = 1,  # noqa: A002 - the column's name
) -> str:
    body: dict[str, Any] = {
        "prev": prev_hash,
        "seq": seq,
        "kind": kind,
        "subject": str(subject_id) if subject_id else None,
        "actor": str(actor_id) if actor_id else None,
        "at": created_at.astimezone(UTC).isoformat(),
        "payload": payload,
    }
    if format >= 2:
        body |= {"format": format, "rows": rows_digest, "instance": str(instance_id)}
    return sha256_of(body)


def signed_message(instance_id: uuid.UUID, entry_hash_hex: str) -> bytes:
    """What the register signs for an entry: its hash, bound to the register instance."""
    return b"pos-returns/journal\x00" + instance_id.bytes + bytes.fromhex(entry_hash_hex)


def sha256_of(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _at(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def _id(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def return_digests(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The digest of each return of `ids` with everything that hangs on it, as stored (a
    return that does not exist has none). A few queries for the whole batch."""
    if not ids:
        return {}
    rows: dict[uuid.UUID, dict[str, Any]] = {}
    for r in session.scalars(select(Return).where(Return.id.in_(ids))):
        rows[r.id] = {
            "id": str(r.id),
            "number": r.number,
            "register": r.register_code,
            "receipt": _id(r.receipt_id),
            "receipt_number": r.receipt_number,
            "employee": str(r.employee_id),
            "customer": r.customer,
            "customer_id_hash": r.customer_id_hash,
            "reason": r.reason_code,
            "note": r.note,
            "prefer": r.prefer,
            "language": r.language,
            "policy_version": r.policy_version,
            "decision": r.decision,
            "currency": r.currency,
            "refund_total": r.refund_total_minor,
            "store_credit": r.store_credit_minor,
            "at": _at(r.returned_at),
            "lines": [],
            "refunds": [],
            "credits": [],
            "approvals": [],
        }
    found = list(rows)
    for x in session.scalars(
        select(ReturnLine).where(ReturnLine.return_id.in_(found)).order_by(ReturnLine.position)
    ):
        rows[x.return_id]["lines"].append(
            [
                str(x.id),
                x.position,
                _id(x.receipt_line_id),
                x.line_no,
                x.sku,
                x.qty,
                x.condition,
                x.disposition,
                x.rule,
                x.outcome,
                x.refund_minor,
                x.fee_minor,
                x.tax_minor,
            ]
        )
    for f in session.scalars(
        select(Refund).where(Refund.return_id.in_(found)).order_by(Refund.position)
    ):
        rows[f.return_id]["refunds"].append(
            [str(f.id), f.position, f.method, f.reference, f.amount_minor]
        )
    for c in session.scalars(
        select(StoreCredit).where(StoreCredit.return_id.in_(found)).order_by(StoreCredit.code)
    ):
        if c.return_id is not None:  # the balance changes as it is spent: not covered
            rows[c.return_id]["credits"].append(
                [str(c.id), c.code, c.currency, c.value_minor, _at(c.issued_at)]
            )
    for a in session.scalars(
        select(Approval).where(Approval.return_id.in_(found)).order_by(Approval.id)
    ):
        rows[a.return_id]["approvals"].append(
            [str(a.id), str(a.manager_id), a.kind, a.reasons, a.note, _at(a.created_at)]
        )
    return {rid: sha256_of(body) for rid, body in rows.items()}


def policy_digest(session: Session, version_id: uuid.UUID) -> str | None:
    """The digest of a published policy version (its status may go on to retired)."""
    v = session.get(PolicyVersion, version_id)
    if v is None:
        return None
    return sha256_of(
        {
            "id": str(v.id),
            "version": v.version,
            "document": v.document,
            "created_by": _id(v.created_by),
            "published_by": _id(v.published_by),
            "published_at": _at(v.published_at),
            "effective_from": _at(v.effective_from),
        }
    )


def combined(digests: Iterable[str | None]) -> str:
    return sha256_of(["-" if d is None else d for d in digests])


def digest_of_rows(session: Session, kind: str, subject_id: uuid.UUID | None) -> str | None:
    if subject_id is None:
        return None
    if kind in RETURN_KINDS:
        return return_digests(session, [subject_id]).get(subject_id) or combined([None])
    if kind in POLICY_KINDS:
        return policy_digest(session, subject_id) or combined([None])
    return None


def legacy_digest(session: Session, returns: Sequence[uuid.UUID]) -> str:
    digests: list[str | None] = []
    for chunk in chunks(returns, 500):
        found = return_digests(session, chunk)
        digests += [found.get(rid) for rid in chunk]
    return combined(digests)


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
