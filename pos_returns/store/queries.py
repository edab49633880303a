"""The queries several use cases share, one named function each (DESIGN.md: the store
holds "models and queries").

Each takes the session of the caller's unit of work and gives rows of
`pos_returns.store.models` or plain values; the use cases in `pos_returns.services` turn
them into what their own callers get (domain objects, frozen dataclasses), and say what a
missing row means to the person asking. Nothing here commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from pos_returns.store.models import (
    PolicyStatus,
    PolicyVersion,
    Receipt,
    RegisterIdentity,
    Return,
)


# -- the policy ----------------------------------------------------------------------------
def policy_in_force(session: Session, store_id: uuid.UUID, at: datetime) -> PolicyVersion | None:
    """The store's version in force at `at`: the newest published (or since retired) one
    whose start has come; a version published to start later is not in force before then.
    None when the store has none yet."""
    return session.scalars(
        select(PolicyVersion)
        .where(
            PolicyVersion.store_id == store_id,
            PolicyVersion.status != PolicyStatus.DRAFT,
            PolicyVersion.effective_from <= at,
        )
        .order_by(PolicyVersion.version.desc())
        .limit(1)
    ).first()


def published_versions(session: Session, store_id: uuid.UUID) -> list[PolicyVersion]:
    """Every version the store published (retired ones too), newest first."""
    return list(
        session.scalars(
            select(PolicyVersion)
            .where(PolicyVersion.store_id == store_id, PolicyVersion.status != PolicyStatus.DRAFT)
            .order_by(PolicyVersion.version.desc())
        )
    )


def published_version(session: Session, store_id: uuid.UUID, version: int) -> PolicyVersion | None:
    """Version `version` of the store's policy, published or retired (receipts cite it)."""
    return session.scalars(
        select(PolicyVersion).where(
            PolicyVersion.store_id == store_id,
            PolicyVersion.version == version,
            PolicyVersion.status != PolicyStatus.DRAFT,
        )
    ).first()


def policy_draft(session: Session, store_id: uuid.UUID) -> PolicyVersion | None:
    """The store's draft, if a manager is writing one."""
    return session.scalars(
        select(PolicyVersion).where(
            PolicyVersion.store_id == store_id, PolicyVersion.status == PolicyStatus.DRAFT
        )
    ).first()


def policy_version_numbers(session: Session, store_id: uuid.UUID) -> set[int]:
    """The version numbers the store's database holds (drafts included)."""
    return set(
        session.scalars(select(PolicyVersion.version).where(PolicyVersion.store_id == store_id))
    )


def latest_policy_number(session: Session, store_id: uuid.UUID) -> int:
    """The store's highest version number (0 before the first)."""
    return (
        session.scalar(
            select(func.max(PolicyVersion.version)).where(PolicyVersion.store_id == store_id)
        )
        or 0
    )


# -- receipts and their history -------------------------------------------------------------
def receipt_by_number(session: Session, number_key: str) -> Receipt | None:
    """The receipt whose folded number is `number_key` (``S01R2000123``), at any store
    this database holds, with its lines and tenders loaded."""
    return session.scalars(
        select(Receipt)
        .where(Receipt.number_key == number_key)
        .options(selectinload(Receipt.lines), selectinload(Receipt.tenders))
        .limit(1)
    ).first()


def earlier_returns(
    session: Session,
    *,
    receipt_id: uuid.UUID | None,
    customer: str | None,
    since: datetime | None,
    customer_id_hashes: Sequence[str] = (),
) -> list[Return]:
    """The returns that count for a decision, oldest first, with their lines and refunds
    loaded: every return of the receipt `receipt_id`, and the customer's returns since
    `since` (named by their number, or by the hashes of the ID they showed). Empty when
    nothing is asked."""
    conditions = []
    if receipt_id is not None:
        conditions.append(Return.receipt_id == receipt_id)
    if customer and since is not None:
        conditions.append((Return.customer == customer) & (Return.returned_at >= since))
    if customer_id_hashes and since is not None:
        conditions.append(
            Return.customer_id_hash.in_(customer_id_hashes) & (Return.returned_at >= since)
        )
    if not conditions:
        return []
    return list(
        session.scalars(
            select(Return)
            .where(or_(*conditions))
            .options(selectinload(Return.lines), selectinload(Return.refunds))
            .order_by(Return.returned_at)
        )
    )


# -- this register's numbers ------------------------------------------------------------------
def take_return_seq(session: Session) -> int:
    """The register's next return sequence number, taken: the counter rises by one in the
    database (so two processes never take the same one, and a return deleted later never
    frees its number). Call inside a write transaction; raises NoResultFound when the
    database is no register."""
    return session.execute(
        update(RegisterIdentity)
        .values(return_seq=RegisterIdentity.return_seq + 1)
        .returning(RegisterIdentity.return_seq)
        .execution_options(synchronize_session=False)
    ).scalar_one()
