"""The tamper-evident journal: each entry's SHA-256 covers the previous entry's hash.

Completed returns, approvals, overrides and policy publications append an entry in the
same transaction as what they record. `verify` recomputes the chain and names the first
entry that does not fit.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import JournalEntry, Store

GENESIS = "0" * 64


def entry_hash(
    prev_hash: str,
    *,
    seq: int,
    kind: str,
    subject_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
    created_at: datetime,
    payload: dict[str, Any],
) -> str:
    body = json.dumps(
        {
            "prev": prev_hash,
            "seq": seq,
            "kind": kind,
            "subject": str(subject_id) if subject_id else None,
            "actor": str(actor_id) if actor_id else None,
            "at": created_at.astimezone(UTC).isoformat(),
            "payload": payload,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    uow: UnitOfWork,
    store_id: uuid.UUID,
    kind: str,
    *,
    payload: dict[str, Any],
    at: datetime,
    subject_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
) -> JournalEntry:
    """Append an entry; call inside the write unit of work of what it records."""
    last = uow.session.execute(
        select(JournalEntry.seq, JournalEntry.hash)
        .where(JournalEntry.store_id == store_id)
        .order_by(JournalEntry.seq.desc())
        .limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    payload = json.loads(json.dumps(payload, default=str))  # exactly what the database keeps
    at = at.astimezone(UTC)  # as the database gives it back
    entry = JournalEntry(
        store_id=store_id,
        seq=seq,
        kind=kind,
        subject_id=subject_id,
        actor_id=actor_id,
        payload=payload,
        created_at=at,
        prev_hash=prev,
        hash=entry_hash(
            prev,
            seq=seq,
            kind=kind,
            subject_id=subject_id,
            actor_id=actor_id,
            created_at=at,
            payload=payload,
        ),
    )
    uow.session.add(entry)
    return entry


@dataclass(frozen=True)
class Verification:
    store: str
    entries: int
    first_broken: int | None = None  # seq of the first entry that does not fit
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def verify(uow: UnitOfWork, store: Store) -> Verification:
    """Recompute the store's chain from the first entry."""
    prev = GENESIS
    expected_seq = 1
    count = (
        uow.session.scalar(
            select(func.count()).select_from(JournalEntry).where(JournalEntry.store_id == store.id)
        )
        or 0
    )
    rows = uow.session.scalars(
        select(JournalEntry)
        .where(JournalEntry.store_id == store.id)
        .order_by(JournalEntry.seq)
        .execution_options(yield_per=1000)
    )
    for entry in rows:
        if entry.seq != expected_seq:
            return Verification(store.code, count, expected_seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev:
            return Verification(
                store.code,
                count,
                entry.seq,
                f"entry {entry.seq} does not follow entry {entry.seq - 1}",
            )
        recomputed = entry_hash(
            prev,
            seq=entry.seq,
            kind=entry.kind,
            subject_id=entry.subject_id,
            actor_id=entry.actor_id,
            created_at=entry.created_at,
            payload=entry.payload,
        )
        if recomputed != entry.hash:
            return Verification(
                store.code,
                count,
                entry.seq,
                f"entry {entry.seq} ({entry.kind}) was changed after it was written",
            )
        prev = entry.hash
        expected_seq += 1
    return Verification(store.code, count)
