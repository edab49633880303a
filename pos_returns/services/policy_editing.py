"""The back office's policy work: a draft checked as it is written, its plain-language
text in every language beside the published one's, what it would decide for a real
receipt, templates to start from, and the SPEC.md JSON in and out. Managers only.

A draft is a policy document (SPEC.md section 3) kept as the store's one draft row; it is
checked by the domain's own parser, so the editor says exactly what publishing would.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from pos_returns.domain.decision import Decision
from pos_returns.domain.errors import DomainError
from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Policy
from pos_returns.domain.policy_check import Finding, check_policy
from pos_returns.domain.policy_format import parse_policy, policy_to_json
from pos_returns.i18n import LANGUAGES, wording
from pos_returns.resources import resource
from pos_returns.services import sales
from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import InvalidInput, NotFound, ServiceError, say
from pos_returns.services.policies import published_policy
from pos_returns.services.returns import DecideReturn, ReturnItem, decide_with
from pos_returns.services.stores import get_store
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store import queries
from pos_returns.store.models import PolicyStatus, PolicyVersion, Store

TEMPLATES = {
    "standard-30": "Standard 30-day policy",
    "generous-90": "Generous 90-day policy",
    "strict-electronics": "Strict electronics policy",
}


@dataclass(frozen=True)
class Problem:
    """What is wrong with a draft, and where (a path such as ``rules[2].when.max_days``)."""

    field: str
    message: str


@dataclass(frozen=True)
class DraftCheck:
    policy: Policy | None  # None while the draft does not validate
    problem: Problem | None
    findings: tuple[Finding, ...]  # rules never reached, returns left to `otherwise`

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_draft(actor: Actor, document: dict[str, Any]) -> DraftCheck:
    """Validate `document` as publishing would (any version number will do), then look
    for shadowed rules and gaps."""
    require_manager(actor, say("editing the policy"))
    try:
        policy = parse_policy({**document, "version": document.get("version") or 1})
    except DomainError as exc:
        return DraftCheck(None, Problem(exc.field, exc.message), ())
    return DraftCheck(policy, None, check_policy(policy))


def template(actor: Actor, name: str) -> dict[str, Any]:
    """One of TEMPLATES, as a policy document to edit."""
    require_manager(actor, say("editing the policy"))
    if name not in TEMPLATES:
        raise NotFound(
            say(
                "no policy template {name!r}: choose one of {templates}",
                name=name,
                templates=", ".join(TEMPLATES),
            )
        )
    document: dict[str, Any] = json.loads(resource("templates", f"{name}.json").read_text("utf-8"))
    return document


def save_draft(
    uow: UnitOfWork, store: Store, actor: Actor, document: dict[str, Any], at: datetime
) -> None:
    """Keep `document` as the store's draft (one per store; it need not validate yet)."""
    require_manager(actor, say("editing the policy"))
    row = _draft_row(uow, store)
    if row is None:
        uow.session.add(
            PolicyVersion(
                store_id=store.id,
                version=0,
                status=PolicyStatus.DRAFT,
                document=document,
                created_by=actor.id,
                created_at=at,
            )
        )
    else:
        row.document = document
        row.created_by = actor.id
        row.created_at = at
    uow.flush()


def current_draft(uow: UnitOfWork, store: Store, actor: Actor) -> dict[str, Any]:
    """The store's draft, else the policy in force (a copy to edit), else the standard
    template."""
    require_manager(actor, say("editing the policy"))
    row = _draft_row(uow, store)
    if row is not None:
        return dict(row.document)
    try:
        published, _ = published_policy(uow, store)
    except NotFound:
        return template(actor, "standard-30")
    return dict(published.document)


def discard_draft(uow: UnitOfWork, store: Store, actor: Actor) -> None:
    require_manager(actor, say("editing the policy"))
    row = _draft_row(uow, store)
    if row is not None:
        uow.session.delete(row)
        uow.flush()


def _draft_row(uow: UnitOfWork, store: Store) -> PolicyVersion | None:
    return queries.policy_draft(uow.session, store.id)


# -- the words customers read -------------------------------------------------------------
def policy_text(policy: Policy, currency: str | None) -> dict[str, list[str]]:
    """The policy as receipts and posters print it, in every language."""
    return {lang: wording(lang).policy_summary(policy, currency) for lang in LANGUAGES}


def text_diff(old: Policy | None, new: Policy, lang: str, currency: str | None) -> list[str]:
    """What customers will read differently: lines starting "- " go, "+ " come."""
    before = wording(lang).policy_summary(old, currency) if old is not None else []
    after = wording(lang).policy_summary(new, currency)
    return [
        line
        for line in difflib.ndiff(before, after)
        if line.startswith(("- ", "+ "))  # ndiff's "? " hints are for monospace eyes
    ]


# -- what if --------------------------------------------------------------------------------
@dataclass(frozen=True)
class WhatIf:
    """The draft's decision beside the published one's for one return (each may instead be
    the refusal that says why it cannot decide)."""

    receipt_number: str
    draft: Decision | ServiceError
    published: Decision | ServiceError
    draft_policy: Policy
    published_policy: Policy | None


def what_if(
    uow: UnitOfWork,
    store: Store,
    actor: Actor,
    document: dict[str, Any],
    receipt_number: str,
    *,
    at: datetime,
    condition: Condition,
) -> WhatIf:
    """Every line left on the receipt coming back at `at` in `condition`, decided by the
    draft and by the policy in force then."""
    checked = check_draft(actor, document)
    if checked.policy is None:
        assert checked.problem is not None
        raise InvalidInput(
            say(
                "the draft does not validate yet ({field}: {problem})",
                field=checked.problem.field,
                problem=checked.problem.message,
            )
        )
    row = sales.find_by_number(uow, receipt_number)
    if row is None:
        raise NotFound(
            say("no receipt {number!r} here; check the number", number=receipt_number.strip())
        )
    items = tuple(
        ReturnItem(x.line_no, x.qty - x.returned_qty, condition)
        for x in row.lines
        if x.qty > x.returned_qty
    )
    if not items:
        raise InvalidInput(
            say("everything on receipt {number} came back already", number=row.number)
        )
    request = DecideReturn(row.number, items, at)
    draft: Decision | ServiceError
    try:
        draft = decide_with(uow, store, request, checked.policy)
    except ServiceError as exc:
        draft = exc
    published: Decision | ServiceError
    current: Policy | None = None
    try:
        _, current = published_policy(uow, store, at)
        published = decide_with(uow, store, request, current)
    except ServiceError as exc:
        published = exc
    return WhatIf(row.number, draft, published, checked.policy, current)


# -- JSON in and out ----------------------------------------------------------------------
def export_json(actor: Actor, document: dict[str, Any]) -> str:
    """The draft as SPEC.md JSON (it must validate: an export is meant to be imported)."""
    checked = check_draft(actor, document)
    if checked.policy is None:
        assert checked.problem is not None
        raise InvalidInput(
            say("{field}: {problem}", field=checked.problem.field, problem=checked.problem.message)
        )
    return json.dumps(policy_to_json(checked.policy), indent=2, ensure_ascii=False) + "\n"


def import_json(actor: Actor, text: str, source: str = "the file") -> dict[str, Any]:
    """A policy document read from SPEC.md JSON; InvalidInput names the line or the field."""
    require_manager(actor, say("editing the policy"))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            say(
                "no policy read from {source}: it is not JSON (line {line}, column {column}: "
                "{problem})",
                source=source,
                line=exc.lineno,
                column=exc.colno,
                problem=exc.msg,
            )
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(
            say("no policy read from {source}: expected a JSON object", source=source)
        )
    try:
        parse_policy(data)
    except DomainError as exc:
        raise InvalidInput(
            say("no policy read from {source}: {problem}", source=source, problem=str(exc))
        ) from None
    return data


# -- the use cases the Policy page calls ---------------------------------------------------
@dataclass(frozen=True)
class PolicyDesk:
    """What the Policy page opens with: the draft to edit, the version in force (None:
    none yet) and the store's currency (for the texts' amounts)."""

    draft: dict[str, Any]
    current: Policy | None
    currency: str


def policy_desk(db: Database, store_code: str, actor: Actor, at: datetime) -> PolicyDesk:
    """The store's draft (`current_draft`) and the policy in force at `at`. Raises
    PermissionDenied."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        draft = current_draft(uow, store, actor)
        try:
            _, current = published_policy(uow, store, at)
        except NotFound:
            current = None
        return PolicyDesk(draft, current, store.currency)


def try_draft(
    db: Database,
    store_code: str,
    actor: Actor,
    document: dict[str, Any],
    receipt_number: str,
    *,
    day: date,
    condition: Condition,
) -> WhatIf:
    """`what_if` at noon of `day`, the store's local time. Raises PermissionDenied,
    InvalidInput or NotFound."""
    with UnitOfWork(db) as uow:
        store = get_store(uow, store_code)
        at = datetime.combine(day, time(12), ZoneInfo(store.timezone))
        return what_if(uow, store, actor, document, receipt_number, at=at, condition=condition)


def keep_draft(
    db: Database, store_code: str, actor: Actor, document: dict[str, Any], at: datetime
) -> None:
    """`save_draft`, committed. Raises PermissionDenied."""
    with UnitOfWork(db, write=True) as uow:
        save_draft(uow, get_store(uow, store_code), actor, document, at)
        uow.commit()
