"""Policy versions: drafts, publication (immutable from then on), the one in force."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from sqlalchemy import select

from pos_returns.domain.errors import DomainError
from pos_returns.domain.policy import Policy
from pos_returns.domain.policy_format import parse_policy, policy_to_json
from pos_returns.services import journal
from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import InvalidInput, NotFound, say
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store import queries
from pos_returns.store.models import PolicyStatus, PolicyVersion, Store


def publish_policy(
    uow: UnitOfWork,
    store: Store,
    actor: Actor,
    document: dict[str, Any],
    at: datetime,
    *,
    effective_from: datetime | None = None,
) -> PolicyVersion:
    """Publish `document` as the store's next version, in force from `effective_from`
    (default: now, `at`); the versions it replaces are retired once it is in force.

    Managers only. The version number is the store's next one, whatever the document
    says. Raises InvalidInput (naming the field) for a policy that does not validate, or
    for a start in the past. The store's draft, if any, is done with.
    """
    require_manager(actor, say("publishing a policy"))
    starts = effective_from or at
    if starts < at - timedelta(minutes=1):
        raise InvalidInput(say("a policy takes effect now or later, not in the past"))
    latest = queries.latest_policy_number(uow.session, store.id)
    try:
        policy = parse_policy({**document, "version": latest + 1})
    except DomainError as exc:
        raise InvalidInput(say("policy: {problem}", problem=str(exc))) from None
    _make_way(uow, store, at, in_force_now=starts <= at)
    row = PolicyVersion(
        store_id=store.id,
        version=policy.version,
        status=PolicyStatus.PUBLISHED,
        document=policy_to_json(policy),
        created_by=actor.id,
        created_at=at,
        published_by=actor.id,
        published_at=at,
        effective_from=starts,
    )
    uow.session.add(row)
    uow.flush()
    journal.append(
        uow,
        store.id,
        "policy_published",
        subject_id=row.id,
        actor_id=actor.id,
        at=at,
        payload={
            "version": policy.version,
            "name": policy.name,
            "effective_from": starts.isoformat(),
            "policy": row.document,
        },
    )
    return row


def _make_way(uow: UnitOfWork, store: Store, at: datetime, *, in_force_now: bool) -> None:
    """Before a new version: the versions in force retire if it starts now, and the
    store's draft is done with."""
    if in_force_now:
        for old in uow.session.scalars(
            select(PolicyVersion).where(
                PolicyVersion.store_id == store.id,
                PolicyVersion.status == PolicyStatus.PUBLISHED,
                PolicyVersion.effective_from <= at,
            )
        ):
            old.status = PolicyStatus.RETIRED
    draft = queries.policy_draft(uow.session, store.id)
    if draft is not None:  # one per store
        uow.session.delete(draft)
    uow.flush()


def published_policy(
    uow: UnitOfWork, store: Store, at: datetime | None = None
) -> tuple[PolicyVersion, Policy]:
    """The version in force at `at` (default: now): the newest published one whose start
    has come. A version published to start later is not in force before then."""
    at = at or datetime.now(UTC)
    row = queries.policy_in_force(uow.session, store.id, at)
    if row is None:
        raise NotFound(
            say(
                "{store} has no return policy in force yet: a manager publishes one",
                store=store.code,
            )
        )
    return row, _parse(row)


def policy_versions(uow: UnitOfWork, store: Store) -> list[PolicyVersion]:
    """Every published version, newest first (with when each takes or took effect)."""
    return queries.published_versions(uow.session, store.id)


def policy_version(uow: UnitOfWork, store: Store, version: int) -> Policy:
    """Version `version` of the store's policy, published or retired (receipts cite it)."""
    row = queries.published_version(uow.session, store.id, version)
    if row is None:
        raise NotFound(
            say("{store} has no policy version {version}", store=store.code, version=version)
        )
    return _parse(row)


def _parse(row: PolicyVersion) -> Policy:
    policy = _parsed.get(row.id)
    if policy is None:
        policy = parse_policy(row.document)
        if len(_parsed) >= 64:
            _parsed.clear()
        _parsed[row.id] = policy
    return policy


_parsed: dict[UUID, Policy] = {}
"""Published versions parsed once: they never change (a new version is a new row), and the
counter asks for the policy on every scan."""


def publish(
    db: Database,
    store_code: str,
    actor: Actor,
    document: dict[str, Any],
    at: datetime,
    *,
    starts: datetime | None = None,
) -> int:
    """`publish_policy`, committed: `document` as the store's next version, in force from
    `starts` (a wall-clock time without a zone is the store's local time; default: now,
    `at`). Gives the new version's number. Raises PermissionDenied or InvalidInput."""
    with UnitOfWork(db, write=True) as uow:
        store = get_store(uow, store_code)
        if starts is not None and starts.tzinfo is None:
            starts = starts.replace(tzinfo=ZoneInfo(store.timezone)).astimezone(UTC)
        version = publish_policy(uow, store, actor, document, at, effective_from=starts).version
        uow.commit()
    return version
