"""The journal, as a fiscal register's: tamper-evident, signed, and covering its rows.

Completed returns, approvals, overrides, policy publications and the back office's changes
append an entry in the same transaction as what they record. An entry's SHA-256 `hash`
covers the previous entry's hash and its own fields; since the register has an identity
(format 2) it also covers the register instance and `rows_digest`, a digest of the rows
the entry records (a return with its lines, refunds, store credit and approval; a policy
version), so a return edited or deleted afterwards no longer matches its entry. The
register signs each hash with its Ed25519 key (`services/keys.py`), which the database
file does not hold; entries written before the register had a key (format 1) are signed
once when the key is made, with one `journal_signed` entry covering the returns they
recorded. The centre keeps every entry a register pushed, append-only: it is the anchor
against entries removed from the end.

`verify` recomputes all of it from the live rows and says what it proved; README
"Security" says what it cannot.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from pos_returns.services import keys
from pos_returns.services.errors import NotFound, Refused, say
from pos_returns.services.journal_check import Anchor, Verification, verify, verify_register
from pos_returns.services.journal_digests import (
    GENESIS,
    POLICY_KINDS,
    POLICY_RECEIVED,
    RETURN_KINDS,
    SIGNED,
    digest_of_rows,
    entry_hash,
    legacy_digest,
    policy_digest,
    return_digests,
    signed_message,
)
from pos_returns.services.register import ThisRegister, this_register
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import JournalEntry, RegisterIdentity

__all__ = [
    "GENESIS",
    "POLICY_KINDS",
    "POLICY_RECEIVED",
    "RETURN_KINDS",
    "SIGNED",
    "Anchor",
    "Verification",
    "append",
    "entry_hash",
    "policy_digest",
    "return_digests",
    "sign_old_journal",
    "signed_message",
    "verify",
    "verify_register",
]


# -- writing -----------------------------------------------------------------------------------
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
    """Append a signed entry; call inside the write unit of work of what it records, after
    its rows are added. Raises Refused when this computer lacks the register's key."""
    uow.flush()  # the rows it covers, as the database will hold them
    here = this_register(uow)
    key = _signing_key(here)
    return _append(
        uow,
        here,
        key,
        store_id=store_id,
        kind=kind,
        payload=payload,
        at=at,
        subject_id=subject_id,
        actor_id=actor_id,
    )


def _append(
    uow: UnitOfWork,
    here: ThisRegister,
    key: keys.JournalKey,
    *,
    store_id: uuid.UUID,
    kind: str,
    payload: dict[str, Any],
    at: datetime,
    subject_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
    rows_digest: str | None = None,
) -> JournalEntry:
    last = uow.session.execute(
        select(JournalEntry.seq, JournalEntry.hash)
        .where(JournalEntry.store_id == store_id)
        .order_by(JournalEntry.seq.desc())
        .limit(1)
    ).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    payload = json.loads(json.dumps(payload, default=str))  # exactly what the database keeps
    at = at.astimezone(UTC)  # as the database gives it back
    digest = rows_digest or digest_of_rows(uow.session, kind, subject_id)
    hashed = entry_hash(
        prev,
        seq=seq,
        kind=kind,
        subject_id=subject_id,
        actor_id=actor_id,
        created_at=at,
        payload=payload,
        rows_digest=digest,
        instance_id=here.instance_id,
        format=2,
    )
    entry = JournalEntry(
        store_id=store_id,
        seq=seq,
        kind=kind,
        subject_id=subject_id,
        actor_id=actor_id,
        payload=payload,
        created_at=at,
        prev_hash=prev,
        hash=hashed,
        format=2,
        rows_digest=digest,
        signature=key.sign(signed_message(here.instance_id, hashed)),
    )
    uow.session.add(entry)
    uow.flush()
    return entry


def _load(instance_id: uuid.UUID) -> keys.JournalKey | None:
    try:
        return keys.load_key(instance_id)
    except keys.DamagedKey as exc:
        raise Refused(
            say(
                "this register's journal key is damaged ({where}): nothing is recorded until "
                "it is restored from the register's backup",
                where=str(exc),
            )
        ) from None


def _signing_key(here: ThisRegister) -> keys.JournalKey:
    """This register's key, which must be the one the database records. (An older journal
    is signed when the database is opened, `sign_old_journal`, never here.)"""
    key = _load(here.instance_id)
    if here.public_key is None:
        raise Refused(
            say(
                "the journal's public key was removed from this database: nothing is recorded "
                "until a manager checks it (`pos-returns verify`)"
            )
        )
    if key is None:
        raise Refused(
            say(
                "this register's journal key is not on this computer ({where}), so nothing "
                "can be recorded: restore the key from the register's backup, or make this "
                "register again (`pos-returns sync join`)",
                where=keys.key_folder(),
            )
        )
    if key.public_hex != here.public_key:
        raise Refused(
            say(
                "the journal key on this computer is not the one this database records "
                "for register {register}: the database was changed or copied; nothing is "
                "recorded until a manager checks it (`pos-returns verify`)",
                register=here.register,
            )
        )
    return key


def sign_old_journal(engine: Database) -> bool:
    """A database from before registers had keys (its journal unsigned, no public key):
    make the register's key, sign every older entry as it stands, and append one entry
    covering the returns those entries recorded; committed, then the key is marked this
    register's for good. Run when the database is opened (`bootstrap.database`). An upgrade
    cut off half-way is taken up again with the key it made; a journal made to look old
    again later (entries re-hashed, the public key removed) is not signed again: the key
    on this computer is active, so appends are refused and `verify` names it. Returns
    whether it signed."""
    with UnitOfWork(engine, write=True) as uow:
        try:
            here = this_register(uow)
        except NotFound:
            return False
        if here.public_key is not None:
            return False
        signed_before = uow.session.scalar(
            select(func.count()).select_from(JournalEntry).where(JournalEntry.format >= 2)
        )
        key = _load(here.instance_id)
        if signed_before or (key is not None and not keys.is_pending(here.instance_id)):
            return False  # not an old journal: appends refuse, verify says why
        if key is None:
            key = keys.create_key(here.instance_id, pending=True)
        _sign(uow, here, key)
        uow.commit()
    keys.activate(here.instance_id)
    return True


def _sign(uow: UnitOfWork, here: ThisRegister, key: keys.JournalKey) -> None:
    identity = uow.session.get(RegisterIdentity, True)
    assert identity is not None
    identity.public_key = key.public_hex
    old = list(
        uow.session.scalars(
            select(JournalEntry)
            .where(JournalEntry.store_id == here.store_id)
            .order_by(JournalEntry.seq)
        )
    )
    for entry in old:
        entry.signature = key.sign(signed_message(here.instance_id, entry.hash))
    returns = [e.subject_id for e in old if e.kind == "return_completed" and e.subject_id]
    _append(
        uow,
        replace(here, public_key=key.public_hex),
        key,
        store_id=here.store_id,
        kind=SIGNED,
        payload={"entries": len(old), "returns": len(returns), "register": here.register},
        at=datetime.now(UTC),
        subject_id=None,
        actor_id=None,
        rows_digest=legacy_digest(uow.session, returns),
    )
