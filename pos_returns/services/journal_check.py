"""Checking the journal (`verify`): recomputed from the live rows, it says what it proved
and names the first thing that does not fit. See `services.journal`, and README
"Security" for what it cannot prove."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_returns.services import keys
from pos_returns.services.errors import NotFound
from pos_returns.services.journal_digests import (
    GENESIS,
    POLICY_KINDS,
    RETURN_KINDS,
    SIGNED,
    combined,
    entry_hash,
    legacy_digest,
    policy_digest,
    return_digests,
    signed_message,
)
from pos_returns.services.register import ThisRegister, acting_store, this_register
from pos_returns.services.uow import Database, UnitOfWork
from pos_returns.store.models import (
    IMPORT_REGISTER,
    JournalEntry,
    ReceiptLine,
    Return,
    ReturnLine,
    Store,
)


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


def verify_register(
    db: Database, anchor: Anchor | None = None, *, store_code: str | None = None
) -> Verification:
    """`verify` this register's store's journal (or `store_code`'s), in a read unit of work
    of its own: what `pos-returns verify` and the back office show. `anchor` is the
    centre's copy, fetched by the caller (`sync.anchor.central_anchor`). Raises NotFound
    for a database without that store; a broken journal is a result, not an error."""
    with UnitOfWork(db) as uow:
        return verify(uow, acting_store(uow, store_code), anchor)


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
        if signing:
            _check_signed(entry, prev, here, key)
            walk.signed += 1
        else:
            _check_hash(entry, prev, here)
            if entry.format >= 2:
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


def _check_hash(entry: JournalEntry, prev: str, here: ThisRegister | None) -> None:
    """The entry's hash, recomputed from its fields and the one before, is its own."""
    recomputed = entry_hash(
        prev,
        seq=entry.seq,
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
        raise _Broken(
            entry.seq, f"entry {entry.seq} ({entry.kind}) was changed after it was written"
        )


def _check_signed(entry: JournalEntry, prev: str, here: ThisRegister | None, key: _Key) -> None:
    """The entry's hash holds, and this register signed it."""
    _check_hash(entry, prev, here)
    assert here is not None and key.public is not None
    if not entry.signature or not keys.signature_holds(
        key.public, signed_message(here.instance_id, entry.hash), entry.signature
    ):
        raise _Broken(entry.seq, f"entry {entry.seq} ({entry.kind}) is not signed by this register")


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
        if legacy_digest(session, walk.legacy_returns) != entry.rows_digest:
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
        if found.get(entry.subject_id, combined([None])) != entry.rows_digest:
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
