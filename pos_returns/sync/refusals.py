"""Records the central database refused, kept apart so the rest keeps flowing.

A record the centre will not take (a return number it holds already for another return,
text it cannot store, a journal entry that differs from the one it was sent before) used
to fail its whole batch on every pass, forever, shown only as "offline". Now each batch
that fails is sent again record by record (`send_each`); a record refused on its own is
kept with the centre's reason (in the register's database: `services.exchange`) and left
out of the batches, tried again once per pass (alone), and shown to the manager (Back
office › Settings, `pos-returns sync`) until it goes up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import psycopg

from pos_returns.services import exchange
from pos_returns.services.auth import Actor
from pos_returns.services.errors import Sentence, say
from pos_returns.services.exchange import Refusal
from pos_returns.services.uow import Database
from pos_returns.sync.connection import one_line

__all__ = [
    "RECORD_ERRORS",
    "NotTaken",
    "Refusal",
    "count",
    "refusals",
    "refusals_for",
    "said",
    "send_each",
    "what_to_do",
]

T = TypeVar("T")
R = TypeVar("R")

WHAT_TO_DO: dict[str, Sentence] = {
    "return": say(
        "a return number the chain holds already: make this register again with "
        "`pos-returns sync join`, or ask head office"
    ),
    "receipt": say(
        "a receipt the chain holds with other contents, or text it cannot store: correct the "
        "import file and import it again"
    ),
    "journal": say(
        "this register's journal differs from the copy the chain holds: run "
        "`pos-returns verify --central` and call head office"
    ),
    "register": say(
        "the chain knows this register otherwise: make it again with `pos-returns sync join`"
    ),
}
OTHERWISE = say("call head office")


def what_to_do(kind: str) -> Sentence:
    """What a manager does about a record of `kind` the centre refuses."""
    return WHAT_TO_DO.get(kind, OTHERWISE)


class NotTaken(Exception):
    """A record the centre holds otherwise: refused like one its constraints refuse."""


def said(exc: psycopg.Error) -> str:
    """The centre's reason, in one line."""
    return one_line(exc, 300) or type(exc).__name__


def refusals(engine: Database, store_code: str) -> list[Refusal]:
    """Every record the centre refuses, oldest first."""
    return exchange.refused_records(engine, store_code)


def refusals_for(actor: Actor, engine: Database, store_code: str) -> list[Refusal]:
    """The back office's list (managers)."""
    return exchange.refused_records_for(actor, engine, store_code)


def count(engine: Database, store_code: str) -> int:
    return exchange.refused_count(engine, store_code)


def send_each(
    central: psycopg.Connection,
    records: Sequence[T],
    send: Callable[[psycopg.Cursor[Any], Sequence[T]], R],
) -> tuple[list[R], list[tuple[T, str]]]:
    """Send `records` in one central transaction; if the centre refuses the batch, send them
    one by one (a transaction each). Returns what `send` returned for each transaction that
    committed, and the records the centre refused for what they hold (`RECORD_ERRORS`),
    with its reason. Any other error (the centre down, a schema it lacks) is raised, and
    nothing is refused."""
    if not records:
        return [], []
    try:
        with central.transaction(), central.cursor() as cur:
            done = send(cur, records)
        return [done], []
    except (*RECORD_ERRORS, NotTaken):
        pass  # one of them: find which
    results: list[R] = []
    refused_now: list[tuple[T, str]] = []
    for record in records:
        try:
            with central.transaction(), central.cursor() as cur:
                done = send(cur, [record])
        except NotTaken as exc:
            refused_now.append((record, str(exc)))
        except RECORD_ERRORS as exc:
            refused_now.append((record, said(exc)))
        else:
            results.append(done)
    return results, refused_now


# What a record's own contents cause: a key or number the centre holds, a check it fails,
# text it cannot store. Anything else (a function or table the centre lacks, a privilege,
# the centre down) is about the centre, not the record: it ends the pass as before.
RECORD_ERRORS: tuple[type[psycopg.Error], ...] = (psycopg.IntegrityError, psycopg.DataError)
