"""Push, continued: what hangs on the store beside its sales and returns — the journal's
entries, the policy versions published here, the employees changed here and what was
printed. Each goes up once (`ON CONFLICT DO NOTHING`, or a function that keeps only a
change)."""

from __future__ import annotations

import json
import logging
from datetime import datetime

import psycopg
from sqlalchemy import Engine, func, select

from pos_returns.services.register import ThisRegister, this_register
from pos_returns.services.stores import get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import (
    Employee,
    JournalEntry,
    PolicyStatus,
    PolicyVersion,
    PrintJob,
)
from pos_returns.sync import refusals
from pos_returns.sync.common import BATCH, PushResult, insert_returning, set_state, state

log = logging.getLogger(__name__)


# -- journal ------------------------------------------------------------------------------
def push_journal(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PushResult
) -> None:
    """This register's entries the centre lacks, under its instance: the centre keeps them
    append-only and checks each follows the one before. The register is made known to the
    centre first, with its public key (once: a key never changes). An entry the centre
    holds differently, or a register the centre knows with another key, stops the journal
    (kept apart, with the reason) and nothing is reported as sent that was not taken."""
    with UnitOfWork(engine) as uow:
        here = this_register(uow)
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
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        mine = uow.session.scalar(
            select(JournalEntry.hash).where(
                JournalEntry.store_id == store.id, JournalEntry.seq == have
            )
        )
    if their_hash is not None and mine != their_hash:
        _journal_refused(
            engine,
            store_code,
            result,
            have,
            f"the centre holds entry {have} of this register as {their_hash[:12]}…, this "
            f"database {'lacks it' if mine is None else 'holds ' + mine[:12] + '…'}",
        )
        return
    while True:
        with UnitOfWork(engine) as uow:
            store = get_store(uow, store_code)
            entries = uow.session.scalars(
                select(JournalEntry)
                .where(JournalEntry.store_id == store.id, JournalEntry.seq > have)
                .order_by(JournalEntry.seq)
                .limit(BATCH)
            ).all()
            rows = [
                (
                    store_code,
                    here.instance_id,
                    e.seq,
                    e.kind,
                    e.subject_id,
                    e.actor_id,
                    json.dumps(e.payload),
                    e.created_at,
                    e.prev_hash,
                    e.hash,
                    e.format,
                    e.rows_digest,
                    e.signature,
                )
                for e in entries
            ]
        if not rows:
            refusals.taken(
                engine,
                store_code,
                "journal",
                sorted(refusals.refused(engine, store_code, "journal")),
            )
            return
        try:
            with central.transaction(), central.cursor() as cur:
                added = insert_returning(
                    cur,
                    "INSERT INTO journal (store, instance, seq, kind, subject_id, actor_id,"
                    " payload, created_at, prev_hash, hash, format, rows_digest, signature)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
                    " ON CONFLICT (store, instance, seq) DO NOTHING RETURNING seq",
                    rows,
                )
        except refusals.RECORD_ERRORS as exc:
            _journal_refused(engine, store_code, result, rows[0][2], refusals.said(exc))
            return
        if len(added) != len(rows):  # taken by someone else meanwhile: compared next pass
            result.journal += len(added)
            return
        result.journal += len(added)
        have = rows[-1][2]


def _journal_refused(
    engine: Engine, store_code: str, result: PushResult, seq: int, why: str
) -> None:
    earlier = refusals.refused(engine, store_code, "journal") - {str(seq)}
    refusals.taken(engine, store_code, "journal", sorted(earlier))  # one entry says it
    refusals.refuse(engine, store_code, "journal", str(seq), label=f"entry {seq}", reason=why)
    result.refused.append(("journal", f"entry {seq}", why))


def introduce(
    engine: Engine, central: psycopg.Connection, here: ThisRegister, result: PushResult
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
            refusals.taken(engine, here.store_code, "register", [str(here.instance_id)])
            return True
        why = (
            "the centre knows this register instance with another register code, tag or "
            "key: its database was changed"
        )
    refusals.refuse(
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
    engine: Engine, central: psycopg.Connection, store_code: str, result: PushResult
) -> None:
    """The versions published at this register (a handful: sent each time, kept once)."""
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        rows = [
            (
                store_code,
                v.version,
                json.dumps(v.document),
                v.effective_from or v.published_at or v.created_at,
                v.published_at or v.created_at,
                code or "",
            )
            for v, code in uow.session.execute(
                select(PolicyVersion, Employee.code)
                .outerjoin(Employee, Employee.id == PolicyVersion.published_by)
                .where(
                    PolicyVersion.store_id == store.id,
                    PolicyVersion.status != PolicyStatus.DRAFT,
                )
            )
        ]
    with central.transaction(), central.cursor() as cur:
        result.policies += len(
            insert_returning(
                cur,
                "INSERT INTO policy_versions (store, version, document, effective_from,"
                " published_at, published_by) VALUES (%s, %s, %s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING RETURNING version",
                rows,
            )
        )
        # A version published here while head office published the same number: the
        # chain keeps its own, and the clash is said (decisions here cite the other one).
        cur.execute("SELECT version, document FROM policy_versions WHERE store = %s", (store_code,))
        chain = {version: document for version, document in cur.fetchall()}
    for _store, version, document, *_rest in rows:
        if version in chain and chain[version] != json.loads(document):
            result.policy_clashes.append(version)
            log.warning(
                "policy version %d published here differs from the chain's version %d: "
                "a manager publishes the policy again",
                version,
                version,
            )


# -- people -------------------------------------------------------------------------------
def push_employees(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PushResult
) -> None:
    """The employees changed here since the last push (the journal names them), or all of
    them the first time: a register never sends back an old copy of a change made at
    another one."""
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        after = state(uow, store, "employees_seq")
        last = uow.session.scalar(
            select(func.max(JournalEntry.seq)).where(JournalEntry.store_id == store.id)
        )
        query = select(Employee).where(Employee.store_id == store.id)
        if after is not None:
            codes = {
                str(payload.get("employee"))
                for payload in uow.session.scalars(
                    select(JournalEntry.payload).where(
                        JournalEntry.store_id == store.id,
                        JournalEntry.seq > int(after),
                        JournalEntry.kind.like("employee_%"),
                    )
                )
            }
            query = query.where(Employee.code.in_(codes))
        rows = [(e.code, e.name, e.role, e.pin_hash, e.active) for e in uow.session.scalars(query)]
    if after is None:  # a register's first push adds whom the centre lacks, changes no one
        with central.transaction(), central.cursor() as cur:
            cur.execute("SELECT code FROM employees WHERE store = %s", (store_code,))
            there = {code for (code,) in cur.fetchall()}
        rows = [row for row in rows if row[0] not in there]
    if rows:
        with central.transaction(), central.cursor() as cur:
            changed = insert_returning(cur, "SELECT put_employee(%s, %s, %s, %s, %s)", rows)
        result.employees += sum(1 for flag in changed if flag)
    set_state(engine, store_code, "employees_seq", str(last or 0))


# -- print history ----------------------------------------------------------------------
def push_prints(
    engine: Engine, central: psycopg.Connection, store_code: str, result: PushResult
) -> None:
    """Print jobs that ended (on paper, on screen only) since the last push, once each."""
    with UnitOfWork(engine) as uow:
        store = get_store(uow, store_code)
        after = state(uow, store, "prints_done_at")
        query = select(PrintJob).where(
            PrintJob.store_id == store.id,
            PrintJob.status.in_(("done", "previewed")),
            PrintJob.done_at.is_not(None),
        )
        if after:
            query = query.where(PrintJob.done_at >= datetime.fromisoformat(after))
        jobs = uow.session.scalars(query.order_by(PrintJob.done_at).limit(BATCH * 10)).all()
        rows = [
            (
                store_code,
                j.id,
                j.return_id,
                j.kind,
                j.register_code,
                j.status,
                j.attempts,
                j.copy,
                j.printer,
                j.created_at,
                j.done_at,
            )
            for j in jobs
        ]
    if not rows:
        return
    with central.transaction(), central.cursor() as cur:
        result.prints += len(
            insert_returning(
                cur,
                "INSERT INTO print_history (store, job_id, return_id, kind, register, status,"
                " attempts, copy, printer, created_at, done_at)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT DO NOTHING RETURNING job_id",
                rows,
            )
        )
    last = rows[-1][-1]
    assert last is not None
    set_state(engine, store_code, "prints_done_at", last.isoformat())
