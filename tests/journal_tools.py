"""Test helpers for the journal: making a register's journal look as it did before
registers signed theirs (format 1 entries, no public key)."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, select

from pos_returns.services import journal
from pos_returns.services.register import this_register
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import JournalEntry, RegisterIdentity


def make_it_look_old(engine: Engine) -> uuid.UUID:
    """Re-hash every entry the old way (format 1: no rows digest, no signature) and remove
    the public key; the register instance's id."""
    with UnitOfWork(engine, write=True) as uow:
        here = this_register(uow)
        prev = journal.GENESIS
        for entry in uow.session.scalars(select(JournalEntry).order_by(JournalEntry.seq)):
            entry.format, entry.rows_digest, entry.signature = 1, None, None
            entry.prev_hash = prev
            entry.hash = journal.entry_hash(
                prev,
                seq=entry.seq,
                kind=entry.kind,
                subject_id=entry.subject_id,
                actor_id=entry.actor_id,
                created_at=entry.created_at,
                payload=entry.payload,
            )
            prev = entry.hash
        identity = uow.session.get(RegisterIdentity, True)
        assert identity is not None
        identity.public_key = None
        uow.commit()
    return here.instance_id
