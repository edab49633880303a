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

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_returns.services import keys
from pos_returns.services.errors import NotFound, Refused, say
from pos_returns.services.import_returns import IMPORT_REGISTER
from pos_returns.services.register import ThisRegister, this_register
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import (
    Approval,
    JournalEntry,
    PolicyVersion,
    ReceiptLine,
    Refund,
    RegisterIdentity,
    Return,
    ReturnLine,
    Store,
    StoreCredit,
)

GENESIS = "0" * 64
RETURN_KINDS = frozenset({"return_completed", "approval", "override"})
POLICY_RECEIVED = "policy_received"  # a version published elsewhere, pulled from the centre
POLICY_KINDS = frozenset({"policy_published", POLICY_RECEIVED})
SIGNED = "journal_signed"  # the entry that signs the entries written before the key


# -- hashes, digests and signatures ------------------------------------------------------------
def entry_hash(
    prev_hash: str,
    *,
    seq: int,
    kind: str,
    subject_id: uuid.UUID | None,
    actor_id: uuid.UUID | None,
    created_at: datetime,
    payload: dict[str, Any],
    rows_digest: str | None = None,
    instance_id: uuid.UUID | None = None,
    format: int = 1,  # noqa: A002 - the column's name
) -> str:
    body: dict[str, Any] = {
        "prev": prev_hash,
        "seq": seq,
        "kind": kind,
        "subject": str(subject_id) if subject_id else None,
        "actor": str(actor_id) if actor_id else None,
        "at": created_at.astimezone(UTC).isoformat(),
        "payload": payload,
    }
    if format >= 2:
        body |= {"format": format, "rows": rows_digest, "instance": str(instance_id)}
    return _sha256(body)


def signed_message(instance_id: uuid.UUID, entry_hash_hex: str) -> bytes:
    """What the register signs for an entry: its hash, bound to the register instance."""
    return b"pos-returns/journal\x00" + instance_id.bytes + bytes.fromhex(entry_hash_hex)


def _sha256(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _at(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def _id(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def return_digests(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The digest of each return of `ids` with everything that hangs on it, as stored (a
    return that does not exist has none). A few queries for the whole batch."""
    if not ids:
        return {}
    rows: dict[uuid.UUID, dict[str, Any]] = {}
    for r in session.scalars(select(Return).where(Return.id.in_(ids))):
        rows[r.id] = {
            "id": str(r.id),
            "number": r.number,
            "register": r.register_code,
            "receipt": _id(r.receipt_id),
            "receipt_number": r.receipt_number,
            "employee": str(r.employee_id),
            "customer": r.customer,
            "customer_id_hash": r.customer_id_hash,
            "reason": r.reason_code,
            "note": r.note,
            "prefer": r.prefer,
            "language": r.language,
            "policy_version": r.policy_version,
            "decision": r.decision,
            "currency": r.currency,
            "refund_total": r.refund_total_minor,
            "store_credit": r.store_credit_minor,
            "at": _at(r.returned_at),
            "lines": [],
            "refunds": [],
            "credits": [],
            "approvals": [],
        }
    found = list(rows)
    for x in session.scalars(
        select(ReturnLine).where(ReturnLine.return_id.in_(found)).order_by(ReturnLine.position)
    ):
        rows[x.return_id]["lines"].append(
            [
                str(x.id),
                x.position,
                _id(x.receipt_line_id),
                x.line_no,
                x.sku,
                x.qty,
                x.condition,
                x.disposition,
                x.rule,
                x.outcome,
                x.refund_minor,
                x.fee_minor,
                x.tax_minor,
            ]
        )
    for f in session.scalars(
        select(Refund).where(Refund.return_id.in_(found)).order_by(Refund.position)
    ):
        rows[f.return_id]["refunds"].append(
            [str(f.id), f.position, f.method, f.reference, f.amount_minor]
        )
    for c in session.scalars(
        select(StoreCredit).where(StoreCredit.return_id.in_(found)).order_by(StoreCredit.code)
    ):
        if c.return_id is not None:  # the balance changes as it is spent: not covered
            rows[c.return_id]["credits"].append(
                [str(c.id), c.code, c.currency, c.value_minor, _at(c.issued_at)]
            )
    for a in session.scalars(
        select(Approval).where(Approval.return_id.in_(found)).order_by(Approval.id)
    ):
        rows[a.return_id]["approvals"].append(
            [str(a.id), str(a.manager_id), a.kind, a.reasons, a.note, _at(a.created_at)]
        )
    return {rid: _sha256(body) for rid, body in rows.items()}


def policy_digest(session: Session, version_id: uuid.UUID) -> str | None:
    """The digest of a published policy version (its status may go on to retired)."""
    v = session.get(PolicyVersion, version_id)
    if v is None:
        return None
    return _sha256(
        {
            "id": str(v.id),
            "version": v.version,
            "document": v.document,
            "created_by": _id(v.created_by),
            "published_by": _id(v.published_by),
            "published_at": _at(v.published_at),
            "effective_from": _at(v.effective_from),
        }
    )


def _combined(digests: Iterable[str | None]) -> str:
    return _sha256(["-" if d is None else d for d in digests])


def _rows_digest(session: Session, kind: str, subject_id: uuid.UUID | None) -> str | None:
    if subject_id is None:
        return None
    if kind in RETURN_KINDS:
        return return_digests(session, [subject_id]).get(subject_id) or _combined([None])
    if kind in POLICY_KINDS:
        return policy_digest(session, subject_id) or _combined([None])
    return None


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
    digest = rows_digest or _rows_digest(uow.session, kind, subject_id)
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
        rows_digest=_legacy_digest(uow.session, returns),
    )


def _legacy_digest(session: Session, returns: Sequence[uuid.UUID]) -> str:
    digests: list[str | None] = []
    for chunk in _chunks(returns, 500):
        found = return_digests(session, chunk)
        digests += [found.get(rid) for rid in chunk]
    return _combined(digests)


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# -- checking ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Anchor:
    """What the centre holds of this register instance's journal (sync fetches it)."""

    entries: dict[int, str]  # seq -> hash
    public_key: str | None  # the key the register registered there (None: not yet)


@dataclass(frozen=True)
class Verification:
    store: str
    entries: int
    first_broken: int | None = None  # seq of the first entry that does not fit (0: not an entry)
    problem: str = ""
    proved: tuple[str, ...] = ()  # what the check established, one sentence each
    unproved: tuple[str, ...] = ()  # what it could not establish here
    central: int | None = None  # entries compared with the centre's copy (None: not asked)

    @property
    def ok(self) -> bool:
        return self.first_broken is None


class _Broken(Exception):
    def __init__(self, seq: int, problem: str) -> None:
        super().__init__(problem)
        self.seq = seq
        self.problem = problem


@dataclass
class _Walk:
    entries: int = 0
    signed: int = 0
    returns: list[uuid.UUID] = field(default_factory=list)
    policies: int = 0
    legacy_returns: list[uuid.UUID] = field(default_factory=list)
    hashes: dict[int, str] = field(default_factory=dict)


def verify(uow: UnitOfWork, store: Store, anchor: Anchor | None = None) -> Verification:
    """Recompute the store's journal here: the chain, each entry's signature, the rows each
    entry covers, that every return made here has its entry and that no sale line shows
    fewer units back than these returns; with `anchor` (the centre's copy), that nothing
    the centre holds is missing or different. Never raises for a broken journal: the
    result names the first entry (or row) that does not fit."""
    session = uow.session
    count = (
        session.scalar(
            select(func.count()).select_from(JournalEntry).where(JournalEntry.store_id == store.id)
        )
        or 0
    )
    here = _identity_of(uow, store)
    walk = _Walk()
    unproved: tuple[str, ...] = ()
    try:
        key, unproved = _checking_key(here, anchor)
        _walk(session, store, here, key, walk)
        _check_returns(session, store, walk)
        central = _compare(anchor, walk) if anchor is not None else None
    except _Broken as broken:
        return Verification(store.code, count, broken.seq, broken.problem, unproved=unproved)
    proved = [
        f"the chain of {walk.entries} entries is whole: each follows the one before, "
        "and none was changed after it was written",
    ]
    if key.public is not None and walk.signed == walk.entries:
        proved.append(f"every entry is signed with this register's key ({key.said})")
    proved.append(
        f"the rows of {len(walk.returns) + len(walk.legacy_returns)} returns and "
        f"{walk.policies} policy versions are as their entries recorded them"
    )
    proved.append(
        "every return made here has its entry, and no sale line shows fewer units back "
        "than these returns"
    )
    if anchor is not None:
        proved.append(
            f"the centre's copy ({len(anchor.entries)} entries) matches; "
            f"{walk.entries - len(anchor.entries)} entries here have not reached it yet"
        )
    return Verification(
        store.code,
        count,
        proved=tuple(proved),
        unproved=unproved,
        central=None if anchor is None else central,
    )


def _identity_of(uow: UnitOfWork, store: Store) -> ThisRegister | None:
    try:
        here = this_register(uow)
    except NotFound:
        return None
    return here if here.store_id == store.id else None


@dataclass(frozen=True)
class _Key:
    public: str | None  # the key to check signatures with (None: the journal is unsigned)
    said: str  # where it came from
    trusted: bool  # held outside the database (this computer's, or the centre's)


def _checking_key(here: ThisRegister | None, anchor: Anchor | None) -> tuple[_Key, tuple[str, ...]]:
    """The public key to check signatures with, where it came from, and what that leaves
    unproved. This computer's key (outside the database) or the centre's copy are proof;
    the key the database records is not: whoever edits the file can change it too."""
    if here is None:
        return _Key(None, "", False), (
            "this database is not a register: its entries are not signed",
        )
    unproved: list[str] = []
    if anchor is None:
        unproved.append(
            "entries removed from the end cannot be told from here: "
            "`pos-returns verify --central` compares with the centre's copy"
        )
    try:
        own = keys.load_key(here.instance_id)
    except keys.DamagedKey as exc:
        raise _Broken(0, f"this register's journal key is damaged ({exc})") from None
    if own is not None and keys.is_pending(here.instance_id) and here.public_key is None:
        unproved.append(
            "the journal is not signed yet: its signing was cut off, and opening the database "
            "(any command, or the counter) finishes it"
        )
        return _Key(None, "", False), tuple(unproved)
    if own is not None:
        if anchor is not None and anchor.public_key not in (None, own.public_hex):
            raise _Broken(0, "the centre holds another key for this register instance")
        return _Key(own.public_hex, f"this computer's key, in {own.where}", True), tuple(unproved)
    if anchor is not None and anchor.public_key:
        return _Key(anchor.public_key, "the key registered at the centre", True), tuple(unproved)
    if here.public_key is None:
        unproved.append(
            "this journal is from before registers signed theirs: nothing in it is signed; "
            "opening the database on the register signs it"
        )
        return _Key(None, "", False), tuple(unproved)
    unproved.append(
        "the signatures were checked with the key recorded in this database only (this "
        "computer does not hold the register's key): whoever edits the file could change both"
    )
    return _Key(here.public_key, "the key recorded in this database", False), tuple(unproved)


def _walk(
    session: Session, store: Store, here: ThisRegister | None, key: _Key, walk: _Walk
) -> None:
    if here is not None and key.trusted and here.public_key != key.public:
        raise _Broken(
            0,
            "the journal's public key was removed from this database"
            if here.public_key is None
            else "the public key recorded in this database is not this register's key",
        )
    prev, expected = GENESIS, 1
    signing = here is not None and key.public is not None
    old_way = 0  # entries written before the journal was signed, not yet covered
    covered = False  # a journal_signed entry came
    rows = session.scalars(
        select(JournalEntry)
        .where(JournalEntry.store_id == store.id)
        .order_by(JournalEntry.seq)
        .execution_options(yield_per=1000)
    )
    pending: list[JournalEntry] = []  # format-2 returns, their digests checked in batches
    for entry in rows:
        seq = entry.seq
        if seq != expected:
            raise _Broken(expected, f"entry {expected} is missing")
        if entry.prev_hash != prev:
            raise _Broken(seq, f"entry {seq} does not follow entry {seq - 1}")
        if entry.format >= 2 and here is None:
            raise _Broken(seq, f"entry {seq} is signed, but this database is no register")
        if entry.format < 2 and covered:
            raise _Broken(seq, f"entry {seq} is written the old, unsigned way after the signing")
        recomputed = entry_hash(
            prev,
            seq=seq,
            kind=entry.kind,
            subject_id=entry.subject_id,
            actor_id=entry.actor_id,
            created_at=entry.created_at,
            payload=entry.payload,
            rows_digest=entry.rows_digest,
            instance_id=here.instance_id if here else None,
            format=entry.format,
        )
        if recomputed != entry.hash:
            raise _Broken(seq, f"entry {seq} ({entry.kind}) was changed after it was written")
        if signing:
            assert here is not None and key.public is not None
            if not entry.signature or not keys.signature_holds(
                key.public, signed_message(here.instance_id, entry.hash), entry.signature
            ):
                raise _Broken(seq, f"entry {seq} ({entry.kind}) is not signed by this register")
            walk.signed += 1
        elif entry.format >= 2:
            raise _Broken(seq, f"entry {seq} is signed, but this database has no public key")
        if entry.format < 2:
            old_way += 1
        if _rows_of(session, entry, walk, pending):
            covered, old_way = True, 0
        walk.hashes[seq] = entry.hash
        prev, expected = entry.hash, expected + 1
        walk.entries += 1
    _check_return_entries(session, pending)
    if signing and old_way:
        raise _Broken(
            expected - 1,
            f"{old_way} entries are written the old, unsigned way, and no signing entry "
            "covers them: the journal was made to look older than it is",
        )


def _rows_of(
    session: Session, entry: JournalEntry, walk: _Walk, pending: list[JournalEntry]
) -> bool:
    """Check (or queue, for returns: in batches) the rows `entry` covers; True for the
    entry that signs the older journal."""
    seq = entry.seq
    if entry.format >= 2 and entry.kind in RETURN_KINDS and entry.subject_id:
        pending.append(entry)
        if entry.kind == "return_completed":
            walk.returns.append(entry.subject_id)
        if len(pending) >= 500:
            _check_return_entries(session, pending)
            pending.clear()
    elif entry.format >= 2 and entry.kind in POLICY_KINDS and entry.subject_id:
        if policy_digest(session, entry.subject_id) != entry.rows_digest:
            raise _Broken(seq, f"entry {seq}: the policy version it published was changed")
        walk.policies += 1
    elif entry.kind == "return_completed" and entry.subject_id:
        walk.legacy_returns.append(entry.subject_id)
    elif entry.kind == SIGNED and entry.format >= 2:
        if _legacy_digest(session, walk.legacy_returns) != entry.rows_digest:
            raise _Broken(
                seq,
                f"entry {seq}: a return recorded before the journal was signed was changed or "
                "deleted",
            )
        return True
    return False


def _check_return_entries(session: Session, entries: Sequence[JournalEntry]) -> None:
    ids = list({e.subject_id for e in entries if e.subject_id})
    found = return_digests(session, ids)
    for entry in entries:
        assert entry.subject_id is not None
        if found.get(entry.subject_id, _combined([None])) != entry.rows_digest:
            number = entry.payload.get("return", str(entry.subject_id))
            gone = entry.subject_id not in found
            raise _Broken(
                entry.seq,
                f"entry {entry.seq}: return {number} "
                + ("was deleted" if gone else "was changed after it was recorded"),
            )


def _check_returns(session: Session, store: Store, walk: _Walk) -> None:
    """Every return made here has its entry; no sale line shows fewer units back than
    the returns of it in this database (one lowered to refund a unit again)."""
    recorded = set(walk.returns) | set(walk.legacy_returns)
    made_here = session.execute(
        select(Return.id, Return.number).where(
            Return.store_id == store.id,
            Return.register_code != IMPORT_REGISTER,  # an import's entry covers them
        )
    )
    for rid, number in made_here:
        if rid not in recorded:
            raise _Broken(0, f"return {number} has no journal entry: it was not made here")
    back = (
        select(ReturnLine.receipt_line_id, func.sum(ReturnLine.qty).label("qty"))
        .where(ReturnLine.receipt_line_id.is_not(None))
        .group_by(ReturnLine.receipt_line_id)
        .subquery()
    )
    short = session.execute(
        select(ReceiptLine.id, ReceiptLine.line_no, ReceiptLine.returned_qty, back.c.qty)
        .join(back, back.c.receipt_line_id == ReceiptLine.id)
        .where(ReceiptLine.returned_qty < back.c.qty)
        .limit(1)
    ).first()
    if short is not None:
        raise _Broken(
            0,
            f"a sale line (line {short[1]}) shows {short[2]} units returned, but the returns "
            f"of it here add up to {short[3]}: it was lowered",
        )


def _compare(anchor: Anchor, walk: _Walk) -> int:
    for seq in sorted(anchor.entries):
        mine = walk.hashes.get(seq)
        if mine is None:
            raise _Broken(
                seq,
                f"the centre holds entry {seq} of this register, which this database lacks: "
                "entries were removed from its end",
            )
        if mine != anchor.entries[seq]:
            raise _Broken(seq, f"entry {seq} differs from the copy the centre holds")
    return len(anchor.entries)
