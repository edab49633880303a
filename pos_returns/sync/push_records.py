"""Push, continued: what hangs on the store beside its sales and returns — the journal's
entries, the policy versions published here, the employees changed here and what was
printed. Each goes up once (`ON CONFLICT DO NOTHING`, or a function that keeps only a
change)."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

import psycopg

from pos_returns.services import exchange
from pos_returns.services.register import ThisRegister
from pos_returns.services.uow import Database
from pos_returns.sync import refusals
from pos_returns.sync.common import BATCH, PushResult, insert_returning
from pos_returns.sync.kinds import JOURNAL, POLICIES, PRINTS

log = logging.getLogger(__name__)


# -- journal ------------------------------------------------------------------------------
def push_journal(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PushResult
) -> None:
    """This register's entries the centre lacks, under its instance: the centre keeps them
    append-only and checks each follows the one before. The register is made known to the
    centre first, with its public key (once: a key never changes). An entry the centre
    holds differently, or a register the centre knows with another key, stops the journal
    (kept apart, with the reason) and nothing is reported as sent that was not taken."""
    here = exchange.this_register_of(engine)
    if here.public_key is None:
        return  # the key is made with the first entry written here
    if not introduce(engine, central, here, result):
        return
    with central.transaction(), central.cursor() as cur:  # a read, ended at once
        cur.execute(
            "SELECT seq, hash FROM journal WHERE store = %s AND instance = %s"
            " ORDER BY seq DESC LIMIT 1",
            (store_code, here.instance_id),
        )
        found = cur.fetchone()
    have, their_hash = (int(found[0]), str(found[1])) if found else (0, None)
    if their_hash is not None:
        mine = exchange.journal_hash(engine, store_code, have)
        if mine != their_hash:
            held = "lacks it" if mine is None else f"holds {mine[:12]}…"
            why = (
                f"the centre holds entry {have} of this register as {their_hash[:12]}…, this "
                f"database {held}"
            )
            _journal_refused(engine, store_code, result, have, why)
            return
    _send_journal(engine, central, store_code, instance=here.instance_id, have=have, result=result)


def _send_journal(
    engine: Database,
    central: psycopg.Connection[Any],
    store_code: str,
    *,
    instance: uuid.UUID,
    have: int,
    result: PushResult,
) -> None:
    """The entries after `have`, a batch per central transaction, until none is left (the
    journal's refusals are over then) or the centre refuses or lacks one."""
    while True:
        entries = exchange.journal_to_push(engine, store_code, instance, have, BATCH)
        if not entries:
            earlier = exchange.refused_subjects(engine, store_code, "journal")
            exchange.clear_refused(engine, store_code, "journal", sorted(earlier))
            return
        try:
            with central.transaction(), central.cursor() as cur:
                added = JOURNAL.insert_new(cur, store_code, entries)
        except refusals.RECORD_ERRORS as exc:
            _journal_refused(engine, store_code, result, entries[0].seq, refusals.said(exc))
            return
        result.journal += len(added)
        if len(added) != len(entries):  # taken by someone else meanwhile: compared next pass
            return
        have = entries[-1].seq


def _journal_refused(
    engine: Database, store_code: str, result: PushResult, seq: int, why: str
) -> None:
    earlier = exchange.refused_subjects(engine, store_code, "journal") - {str(seq)}
    exchange.clear_refused(engine, store_code, "journal", sorted(earlier))  # one entry says it
    exchange.keep_refused(engine, store_code, "journal", str(seq), label=f"entry {seq}", reason=why)
    result.refused.append(("journal", f"entry {seq}", why))


def introduce(
    engine: Database, central: psycopg.Connection[Any], here: ThisRegister, result: PushResult
) -> bool:
    """Make this register instance and its public key known to the centre (once); False
    when the centre knows it otherwise (kept apart, with the reason)."""
    try:
        with central.transaction(), central.cursor() as cur:
            cur.execute(
                "INSERT INTO register_instances (store, instance, register, tag, public_key)"
                " VALUES (%s, %s, %s, %s, %s) ON CONFLICT (store, instance) DO NOTHING",
                (here.store_code, here.instance_id, here.register, here.tag, here.public_key),
            )
            cur.execute(
                "SELECT register, tag, public_key FROM register_instances"
                " WHERE store = %s AND instance = %s",
                (here.store_code, here.instance_id),
            )
            known = cur.fetchone()
    except refusals.RECORD_ERRORS as exc:
        why = refusals.said(exc)
    else:
        if known == (here.register, here.tag, here.public_key):
            exchange.clear_refused(engine, here.store_code, "register", [str(here.instance_id)])
            return True
        why = (
            "the centre knows this register instance with another register code, tag or "
            "key: its database was changed"
        )
    exchange.keep_refused(
        engine,
        here.store_code,
        "register",
        str(here.instance_id),
        label=f"{here.register} ({here.tag})",
        reason=why,
    )
    result.refused.append(("register", here.register, why))
    return False


# -- policies published here ------------------------------------------------------------------
def push_policies(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PushResult
) -> None:
    """The versions published at this register (a handful: sent each time, kept once)."""
    versions = exchange.policies_to_push(engine, store_code)
    with central.transaction(), central.cursor() as cur:
        result.policies += len(POLICIES.insert_new(cur, store_code, versions))
        # A version published here while head office published the same number: the
        # chain keeps its own, and the clash is said (decisions here cite the other one).
        cur.execute("SELECT version, document FROM policy_versions WHERE store = %s", (store_code,))
        chain = {version: document for version, document in cur.fetchall()}
    for up in versions:
        if up.version in chain and chain[up.version] != json.loads(json.dumps(up.document)):
            result.policy_clashes.append(up.version)
            log.warning(
                "policy version %d published here differs from the chain's version %d: "
                "a manager publishes the policy again",
                up.version,
                up.version,
            )


# -- people -------------------------------------------------------------------------------
def push_employees(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PushResult
) -> None:
    """The employees changed here since the last push (the journal names them), or all of
    them the first time: a register never sends back an old copy of a change made at
    another one. They go through the centre's `put_employee`, which keeps only a change."""
    up = exchange.employees_to_push(engine, store_code)
    rows = [(e.code, e.name, e.role, e.pin_hash, e.active) for e in up.employees]
    if up.first:  # a register's first push adds whom the centre lacks, changes no one
        with central.transaction(), central.cursor() as cur:
            cur.execute("SELECT code FROM employees WHERE store = %s", (store_code,))
            there = {code for (code,) in cur.fetchall()}
        rows = [row for row in rows if row[0] not in there]
    if rows:
        with central.transaction(), central.cursor() as cur:
            changed = insert_returning(cur, "SELECT put_employee(%s, %s, %s, %s, %s)", rows)
        result.employees += sum(1 for flag in changed if flag)
    exchange.set_sync_state(engine, store_code, exchange.EMPLOYEES_SEQ, str(up.through))


# -- print history ----------------------------------------------------------------------
def push_prints(
    engine: Database, central: psycopg.Connection[Any], store_code: str, result: PushResult
) -> None:
    """Print jobs that ended (on paper, on screen only) since the last push, once each."""
    jobs = exchange.prints_to_push(engine, store_code, BATCH * 10)
    if not jobs:
        return
    with central.transaction(), central.cursor() as cur:
        result.prints += len(PRINTS.insert_new(cur, store_code, jobs))
    last = jobs[-1].done_at
    assert last is not None
    exchange.set_sync_state(engine, store_code, exchange.PRINTS_DONE_AT, last.isoformat())
