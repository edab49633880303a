"""Conflicts: a sale line returned at two registers (or stores) while they were apart, more
than was sold. The central side kept both returns and raised the line; a manager of the
store whose return came second looks at both and closes it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.errors import Unavailable, say
from pos_returns.sync.connection import CentralUnreachable, connected


@dataclass(frozen=True)
class OtherReturn:
    store: str
    number: str
    qty: int
    at: datetime


@dataclass(frozen=True)
class Conflict:
    return_id: uuid.UUID
    position: int
    number: str  # this store's return that came second
    receipt_store: str
    receipt_number: str
    line_no: int
    asked: int
    left: int  # what was left to return when it arrived
    found_at: datetime
    others: tuple[OtherReturn, ...]  # the returns of that line that counted


def open_conflicts(central_url: str) -> list[Conflict]:
    """This store's conflicts no manager has closed yet, each with the other returns of
    its line (read with the store's own role: row-level security shows only its own)."""
    with connected(central_url) as conn:
        rows = conn.execute(
            "SELECT c.return_id, c.position, r.number, c.receipt_store, c.receipt_number,"
            " c.line_no, c.asked, c.left_to_return, c.found_at FROM conflicts c"
            " JOIN returns r ON r.store = c.store AND r.id = c.return_id"
            " WHERE c.resolved_by IS NULL ORDER BY c.found_at"
        ).fetchall()
        found = []
        for row in rows:
            others = conn.execute(
                "SELECT r.store, r.number, l.qty, r.returned_at FROM returns r"
                " JOIN return_lines l ON l.store = r.store AND l.return_id = r.id"
                " WHERE r.receipt_store = %s AND r.receipt_number = %s AND l.line_no = %s"
                " AND r.id <> %s ORDER BY r.returned_at",
                (row[3], row[4], row[5], row[0]),
            ).fetchall()
            found.append(Conflict(*row, others=tuple(OtherReturn(*o) for o in others)))
        return found


def resolve(central_url: str, return_id: uuid.UUID, position: int, manager: str) -> bool:
    """Close a conflict (the manager has dealt with the customer); False if it was not open."""
    with connected(central_url) as conn:
        row = conn.execute(
            "SELECT resolve_conflict(%s, %s, %s)", (return_id, position, manager)
        ).fetchone()
        return bool(row and row[0])


def conflicts_for(actor: Actor, central_url: str) -> list[Conflict]:
    """The store's open conflicts (a line returned twice while registers were apart)."""
    require_manager(actor, "reading the conflicts")
    try:
        return open_conflicts(central_url)
    except CentralUnreachable as exc:
        raise Unavailable(
            say("the central database does not answer ({said}); try later", said=str(exc))
        ) from None


def close_conflict(actor: Actor, central_url: str, conflict: Conflict) -> bool:
    require_manager(actor, "closing a conflict")
    try:
        return resolve(central_url, conflict.return_id, conflict.position, actor.code)
    except CentralUnreachable as exc:
        raise Unavailable(
            say("the central database does not answer ({said}); try later", said=str(exc))
        ) from None
