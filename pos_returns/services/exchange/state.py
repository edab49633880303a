"""Where this register's exchange with the chain stands: the cursors and watermarks of
each stream, the records the centre refuses (kept apart), the returns waiting to go up,
and the register itself (who it is, the central database it syncs with, joining)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select

from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import NotFound
from pos_returns.services.register import (
    ThisRegister,
    has_identity,
    this_register,
)
from pos_returns.services.stores import NewStore, create_store, get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import OutboxItem, Store, SyncRefusal, SyncState


# -- cursors and watermarks -----------------------------------------------------------------
def sync_state(db: Database, store_code: str, name: str) -> str | None:
    """Where the stream `name` stands (a key, a sequence number, a watermark), or None
    before its first pass."""
    with UnitOfWork(db) as uow:
        return state_of(uow, get_store(uow, store_code), name)


def set_sync_state(db: Database, store_code: str, name: str, value: str) -> None:
    with UnitOfWork(db, write=True) as uow:
        set_state_of(uow, get_store(uow, store_code), name, value)
        uow.commit()


def state_of(uow: UnitOfWork, store: Store, name: str) -> str | None:
    row = uow.session.get(SyncState, (store.id, name))
    return row.value if row else None


def set_state_of(uow: UnitOfWork, store: Store, name: str, value: str) -> None:
    row = uow.session.get(SyncState, (store.id, name))
    if row is None:
        uow.session.add(SyncState(store_id=store.id, name=name, value=value))
    else:
        row.value = value
        row.updated_at = datetime.now(UTC)


def pending_returns(db: Database, store_code: str) -> int:
    """The returns still waiting to go up."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return (
            uow.session.scalar(
                select(func.count())
                .select_from(OutboxItem)
                .where(OutboxItem.store_id == store.id, OutboxItem.sent_at.is_(None))
            )
            or 0
        )


# -- records the centre refuses ---------------------------------------------------------------
@dataclass(frozen=True)
class Refusal:
    kind: str  # receipt | return | journal | register | ...
    subject: str  # the record's key
    label: str  # its number, for people
    reason: str  # what the centre said
    first_at: datetime
    last_at: datetime
    attempts: int


def keep_refused(
    db: Database, store_code: str, kind: str, subject: str, *, label: str, reason: str
) -> None:
    """Keep (or count again) a record the centre refused, with its reason."""
    now = datetime.now(UTC)
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        row = uow.session.scalars(
            select(SyncRefusal).where(
                SyncRefusal.store_id == store.id,
                SyncRefusal.kind == kind,
                SyncRefusal.subject == subject,
            )
        ).first()
        if row is None:
            uow.session.add(
                SyncRefusal(
                    store_id=store.id,
                    kind=kind,
                    subject=subject,
                    label=label[:200],
                    reason=reason,
                    first_at=now,
                    last_at=now,
                )
            )
        else:
            row.reason, row.last_at, row.attempts = reason, now, row.attempts + 1
        uow.commit()


def clear_refused(db: Database, store_code: str, kind: str, subjects: Sequence[str]) -> None:
    """The centre took these at last (or they are gone here): no longer refused."""
    if not subjects:
        return
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        uow.session.execute(
            delete(SyncRefusal).where(
                SyncRefusal.store_id == store.id,
                SyncRefusal.kind == kind,
                SyncRefusal.subject.in_(list(subjects)),
            )
        )
        uow.commit()


def refused_subjects(db: Database, store_code: str, kind: str) -> set[str]:
    """The keys of the records of `kind` the centre refuses."""
    with UnitOfWork(db) as uow:
        return refused_in(uow, get_store(uow, store_code), kind)


def refused_in(uow: UnitOfWork, store: Store, kind: str) -> set[str]:
    return set(
        uow.session.scalars(
            select(SyncRefusal.subject).where(
                SyncRefusal.store_id == store.id, SyncRefusal.kind == kind
            )
        )
    )


def refused_count(db: Database, store_code: str) -> int:
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return (
            uow.session.scalar(
                select(func.count())
                .select_from(SyncRefusal)
                .where(SyncRefusal.store_id == store.id)
            )
            or 0
        )


def refused_records(db: Database, store_code: str) -> list[Refusal]:
    """Every record the centre refuses, oldest first."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        return [
            Refusal(r.kind, r.subject, r.label, r.reason, r.first_at, r.last_at, r.attempts)
            for r in uow.session.scalars(
                select(SyncRefusal)
                .where(SyncRefusal.store_id == store.id)
                .order_by(SyncRefusal.first_at, SyncRefusal.kind, SyncRefusal.subject)
            )
        ]


def refused_records_for(actor: Actor, db: Database, store_code: str) -> list[Refusal]:
    """The back office's list (managers). Raises PermissionDenied."""
    require_manager(actor, "reading what the central database refused")
    return refused_records(db, store_code)


# -- the register -------------------------------------------------------------------------------
def register_here(db: Database) -> ThisRegister | None:
    """The register this database is, or None when it is no register yet."""
    with UnitOfWork(db) as uow:
        try:
            return this_register(uow)
        except NotFound:
            return None


def this_register_of(db: Database) -> ThisRegister:
    """The register this database is; raises NotFound (saying how to make one)."""
    with UnitOfWork(db) as uow:
        return this_register(uow)


def become_register(db: Database, store: NewStore) -> ThisRegister | None:
    """Make this empty database the first register in `store.registers` of `store`, as
    the centre knows the store (a new instance, with its journal key); None, and nothing
    made, when the database is a register already."""
    with UnitOfWork(db, write=True) as uow:
        if has_identity(uow):
            return None
        create_store(uow, store)
        uow.commit()
        return this_register(uow)
