"""The journal as evidence, tried as someone who can write the database file would: every
change, deletion, forged or rewritten entry is caught by `verify`, on SQLite and PostgreSQL.
(Entries removed from the end are caught against the centre: test_sync_trust.py.)"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import journal_tools
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from integration.shop import RECEIPT, Shop, open_shop
from sqlalchemy import Engine, delete, select, text, update

from pos_returns.domain.model import Condition, Prefer
from pos_returns.services import journal, keys
from pos_returns.services.errors import InvalidInput, Refused
from pos_returns.services.register import next_return_number, this_register
from pos_returns.services.returns import CompleteReturn, DecideReturn, ReturnItem, complete_return
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import make_engine, migrate
from pos_returns.store.models import (
    Approval,
    JournalEntry,
    OutboxItem,
    PrintJob,
    ReceiptLine,
    Refund,
    RegisterIdentity,
    Return,
    ReturnLine,
    StoreCredit,
)

AT = datetime.fromisoformat("2026-10-20T10:00:00+03:00")
NUMBER = RECEIPT["receipt_number"]


@pytest.fixture
def shop(engine: Engine) -> Shop:
    return open_shop(engine)


def complete(shop: Shop, *items: ReturnItem, prefer: Prefer = Prefer.ORIGINAL) -> str:
    request = DecideReturn(NUMBER, items or (ReturnItem(1, 1, Condition.OPENED),), AT, prefer)
    with UnitOfWork(shop.engine, write=True) as uow:
        done = complete_return(
            uow, shop.store(uow), CompleteReturn(request, shop.cashier, "wrong-size")
        )
        uow.commit()
    return done.number


def check(shop: Shop, anchor: journal.Anchor | None = None) -> journal.Verification:
    with UnitOfWork(shop.engine) as uow:
        return journal.verify(uow, shop.store(uow), anchor)


def tamper(shop: Shop, *statements: object) -> None:
    """Change the rows behind the program's back, as a file editor would."""
    with UnitOfWork(shop.engine, write=True) as uow:
        for statement in statements:
            uow.session.execute(statement)  # type: ignore[arg-type]
        uow.commit()


def entry_of(shop: Shop, number: str) -> int:
    with UnitOfWork(shop.engine) as uow:
        rid = uow.session.scalar(select(Return.id).where(Return.number == number))
        return int(
            uow.session.scalar(
                select(JournalEntry.seq).where(
                    JournalEntry.subject_id == rid, JournalEntry.kind == "return_completed"
                )
            )
            or 0
        )


def test_a_clean_journal_verifies_and_says_what_it_proved(shop: Shop) -> None:
    complete(shop)
    complete(shop, ReturnItem(1, 1, Condition.UNOPENED), prefer=Prefer.STORE_CREDIT)
    result = check(shop)
    assert result.ok, result.problem
    assert result.entries == 3  # the policy and two returns
    proved = " ".join(result.proved)
    assert "signed with this register's key" in proved
    assert "the rows of 2 returns and 1 policy versions" in proved
    assert any("--central" in line for line in result.unproved)


def test_a_changed_refund_total_is_caught(shop: Shop) -> None:
    number = complete(shop)
    tamper(shop, update(Return).values(refund_total_minor=Return.refund_total_minor + 100))
    result = check(shop)
    assert not result.ok
    assert result.first_broken == entry_of(shop, number)
    assert f"return {number} was changed after it was recorded" in result.problem


def test_a_changed_refund_amount_is_caught(shop: Shop) -> None:
    number = complete(shop)
    tamper(shop, update(Refund).values(amount_minor=Refund.amount_minor + 1))
    result = check(shop)
    assert not result.ok and f"return {number} was changed" in result.problem


def test_a_changed_store_credit_value_or_line_is_caught(shop: Shop) -> None:
    complete(shop, ReturnItem(1, 1, Condition.UNOPENED), prefer=Prefer.STORE_CREDIT)
    tamper(shop, update(StoreCredit).values(value_minor=StoreCredit.value_minor * 2))
    assert "was changed" in check(shop).problem
    tamper(shop, update(StoreCredit).values(value_minor=StoreCredit.value_minor / 2))
    assert check(shop).ok  # put back as it was: it verifies again
    tamper(shop, update(ReturnLine).values(qty=2))
    assert "was changed" in check(shop).problem


def test_a_deleted_return_is_caught_even_with_its_quantity_put_back(shop: Shop) -> None:
    """Deleting a return and lowering the line's returned quantity would let the same unit
    be refunded again: the return's entry no longer finds its rows."""
    number = complete(shop)
    with UnitOfWork(shop.engine) as uow:
        rid = uow.session.scalar(select(Return.id).where(Return.number == number))
    tamper(
        shop,
        delete(PrintJob).where(PrintJob.return_id == rid),
        delete(OutboxItem).where(OutboxItem.subject_id == rid),
        delete(Refund).where(Refund.return_id == rid),
        delete(StoreCredit).where(StoreCredit.return_id == rid),
        delete(Approval).where(Approval.return_id == rid),
        delete(ReturnLine).where(ReturnLine.return_id == rid),
        delete(Return).where(Return.id == rid),
        update(ReceiptLine).values(returned_qty=0),
    )
    result = check(shop)
    assert not result.ok and f"return {number} was deleted" in result.problem


def test_a_lowered_returned_quantity_is_caught(shop: Shop) -> None:
    complete(shop, ReturnItem(1, 2, Condition.UNOPENED))
    tamper(shop, update(ReceiptLine).where(ReceiptLine.line_no == 1).values(returned_qty=1))
    result = check(shop)
    assert not result.ok
    assert "shows 1 units returned, but the returns of it here add up to 2" in result.problem


def test_a_return_slipped_in_without_its_entry_is_caught(shop: Shop) -> None:
    number = complete(shop)
    with UnitOfWork(shop.engine, write=True) as uow:
        row = uow.session.scalars(select(Return).where(Return.number == number)).one()
        copy = {c.key: getattr(row, c.key) for c in Return.__table__.columns}
        uow.session.execute(
            Return.__table__.insert().values(
                {**copy, "id": uuid.uuid4(), "number": number.replace("RT0", "RT9")}
            )
        )
        uow.commit()
    result = check(shop)
    assert not result.ok and "has no journal entry" in result.problem


def test_the_last_return_removed_whole_is_refuted_only_by_the_centre(shop: Shop) -> None:
    """The last return deleted with its rows, its entry and its returned quantity: what
    is left is a whole, signed journal, so only the centre's copy (every entry pushed)
    can tell. That is why `verify --central` exists."""
    number = complete(shop)
    with UnitOfWork(shop.engine) as uow:
        pushed = {e.seq: e.hash for e in uow.session.scalars(select(JournalEntry))}
        rid = uow.session.scalar(select(Return.id).where(Return.number == number))
    tamper(
        shop,
        delete(JournalEntry).where(JournalEntry.subject_id == rid),
        delete(PrintJob).where(PrintJob.return_id == rid),
        delete(OutboxItem).where(OutboxItem.subject_id == rid),
        delete(Refund).where(Refund.return_id == rid),
        delete(ReturnLine).where(ReturnLine.return_id == rid),
        delete(Return).where(Return.id == rid),
        update(ReceiptLine).values(returned_qty=0),
    )
    assert check(shop).ok  # here, nothing to see
    result = check(shop, journal.Anchor(pushed, None))
    assert not result.ok and result.first_broken == 2
    assert "the centre holds entry 2 of this register, which this database lacks" in result.problem
    changed = dict(pushed) | {1: "0" * 64}
    assert check(shop, journal.Anchor(changed, None)).problem.startswith("entry 1 differs")


def test_an_appended_entry_with_a_correct_hash_but_no_signature_is_caught(shop: Shop) -> None:
    complete(shop)
    with UnitOfWork(shop.engine, write=True) as uow:
        here = this_register(uow)
        last = uow.session.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert last is not None
        at = datetime.now(UTC)
        payload = {"note": "all is well"}
        forged = journal.entry_hash(
            last.hash,
            seq=last.seq + 1,
            kind="note",
            subject_id=None,
            actor_id=None,
            created_at=at,
            payload=payload,
            instance_id=here.instance_id,
            format=2,
        )
        uow.session.add(
            JournalEntry(
                store_id=last.store_id,
                seq=last.seq + 1,
                kind="note",
                payload=payload,
                created_at=at,
                prev_hash=last.hash,
                hash=forged,
                format=2,
                signature="00" * 64,
            )
        )
        uow.commit()
    result = check(shop)
    assert (
        not result.ok
        and result.problem == f"entry {last.seq + 1} (note) is not signed by this register"
    )


def test_a_journal_rewritten_and_rehashed_with_another_key_is_caught(shop: Shop) -> None:
    """The whole chain re-hashed after a change, signed with a new key whose public half
    replaces the database's: the key on this computer (outside the file) refutes it, and
    nothing more is recorded until a manager looks."""
    complete(shop)
    mine = Ed25519PrivateKey.generate()
    with UnitOfWork(shop.engine, write=True) as uow:
        here = this_register(uow)
        prev = journal.GENESIS
        for entry in uow.session.scalars(select(JournalEntry).order_by(JournalEntry.seq)):
            if entry.kind == "return_completed":
                entry.payload = {**entry.payload, "refund_total": "99.99"}
            entry.prev_hash = prev
            entry.hash = journal.entry_hash(
                prev,
                seq=entry.seq,
                kind=entry.kind,
                subject_id=entry.subject_id,
                actor_id=entry.actor_id,
                created_at=entry.created_at,
                payload=entry.payload,
                rows_digest=entry.rows_digest,
                instance_id=here.instance_id,
                format=entry.format,
            )
            entry.signature = mine.sign(journal.signed_message(here.instance_id, entry.hash)).hex()
            prev = entry.hash
        identity = uow.session.get(RegisterIdentity, True)
        assert identity is not None
        identity.public_key = keys.public_hex(mine)
        uow.commit()
    result = check(shop)
    assert not result.ok
    assert result.problem == "the public key recorded in this database is not this register's key"
    with pytest.raises(Refused, match="not the one this database records"):
        complete(shop, ReturnItem(1, 1, Condition.UNOPENED))


def test_a_database_without_its_key_on_this_computer_records_nothing(
    shop: Shop, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    """A copy of the register's database on another computer: no return can be recorded
    (it could not be signed), and verify says its check rests on the database's own key."""
    with UnitOfWork(shop.engine) as uow:
        instance = this_register(uow).instance_id
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    keys._cache.pop(instance, None)  # as a fresh process on the other computer
    with pytest.raises(Refused, match="journal key is not on this computer"):
        complete(shop)
    result = check(shop)
    assert result.ok
    assert any("key recorded in this database only" in line for line in result.unproved)


def test_numbers_carry_the_instance_and_are_never_given_twice(shop: Shop, engine: Engine) -> None:
    first = complete(shop)
    assert re.fullmatch(r"S01-R1-[0-9A-HJKMNP-TV-Z]{4}-RT000001", first)
    # A return deleted (the journal then fails) never frees its number.
    with UnitOfWork(shop.engine, write=True) as uow:
        rid = uow.session.scalar(select(Return.id).where(Return.number == first))
        for model, column in (
            (PrintJob, PrintJob.return_id),
            (OutboxItem, OutboxItem.subject_id),
            (Refund, Refund.return_id),
            (ReturnLine, ReturnLine.return_id),
        ):
            uow.session.execute(delete(model).where(column == rid))
        uow.session.execute(delete(Return).where(Return.id == rid))
        uow.session.execute(update(ReceiptLine).values(returned_qty=0))
        uow.commit()
    second = complete(shop)
    assert second.endswith("-RT000002") and second.rsplit("-", 1)[0] == first.rsplit("-", 1)[0]


def test_a_register_made_again_with_the_same_code_gives_other_numbers(tmp_path: object) -> None:
    """The same store and register code, a new database (a till replaced, a demo made
    again): its numbers carry a new instance tag, so they never clash at the centre."""
    numbers = []
    for name in ("first", "again"):
        engine = make_engine(f"sqlite:///{tmp_path}/{name}.sqlite3")  # type: ignore[str-format]
        migrate(engine)
        numbers.append(complete(open_shop(engine)))
        engine.dispose()
    assert numbers[0].endswith("-RT000001") and numbers[1].endswith("-RT000001")
    assert numbers[0] != numbers[1]


def test_a_database_is_one_register_of_one_store(shop: Shop) -> None:
    from pos_returns.services.register import check_register, make_register
    from pos_returns.services.stores import NewStore, create_store

    with UnitOfWork(shop.engine, write=True) as uow:
        assert check_register(uow, None).register == "R1"
        assert check_register(uow, "r1").register == "R1"
        with pytest.raises(InvalidInput, match="cannot act as R2"):
            check_register(uow, "R2")
        with pytest.raises(InvalidInput, match="has no register 'R9'"):
            check_register(uow, "R9")
        with pytest.raises(InvalidInput, match="is register R1 of S01 already"):
            make_register(uow, shop.store(uow), "R3")
        other = create_store(uow, NewStore("S02", "Tallinn", "Europe/Tallinn", "EUR"))
        with pytest.raises(InvalidInput, match="takes returns for S01 only"):
            next_return_number(uow, other)
        assert this_register(uow).store_code == "S01"  # a second store changed nothing


def test_an_old_journal_is_signed_once_and_its_returns_stay_covered(shop: Shop) -> None:
    """A database from before registers had keys (format 1 entries, no public key, no key
    on this computer): the next entry makes the key, signs the old entries as they stand
    and covers the returns they recorded; a later change to one of those is caught."""
    number = complete(shop)
    instance = make_it_look_old(shop)
    (keys.key_folder() / f"{instance}.key").unlink()  # from before registers had keys
    keys._cache.pop(instance, None)
    old = check(shop)
    assert old.ok  # an old journal: chained, not signed, and it says so
    assert any("before registers signed theirs" in line for line in old.unproved)
    assert not any("signed" in line for line in old.proved)
    with pytest.raises(Refused, match="public key was removed"):  # never signed in passing
        complete(shop, ReturnItem(1, 1, Condition.UNOPENED))
    assert journal.sign_old_journal(shop.engine)  # as opening the database does
    assert not journal.sign_old_journal(shop.engine)  # once
    complete(shop, ReturnItem(1, 1, Condition.UNOPENED))
    with UnitOfWork(shop.engine) as uow:
        kinds = [
            e.kind for e in uow.session.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        ]
        assert all(uow.session.scalars(select(JournalEntry.signature)))
    assert kinds == ["policy_published", "return_completed", "journal_signed", "return_completed"]
    assert check(shop).ok
    tamper(
        shop,
        update(Return).where(Return.number == number).values(note=text("'changed later'")),
    )
    assert "recorded before the journal was signed was changed" in check(shop).problem


def make_it_look_old(shop: Shop) -> uuid.UUID:
    return journal_tools.make_it_look_old(shop.engine)


def test_a_journal_made_to_look_old_to_hide_a_change_is_caught(shop: Shop) -> None:
    """Without the key, someone re-hashes the whole journal the old, unsigned way, removes
    the public key and raises a refund: the key on this computer says the journal was
    signed, so verify names it, nothing more is recorded, and it is never signed again."""
    complete(shop)
    make_it_look_old(shop)
    tamper(shop, update(Return).values(refund_total_minor=999_999))
    result = check(shop)
    assert not result.ok
    assert result.problem == "the journal's public key was removed from this database"
    assert not journal.sign_old_journal(shop.engine)  # the key is this register's, active
    with pytest.raises(Refused, match="public key was removed"):
        complete(shop, ReturnItem(1, 1, Condition.UNOPENED))


def test_a_signing_cut_off_half_way_is_finished_with_the_key_it_made(shop: Shop) -> None:
    """The key was made (outside the database) and the till went off before the signed
    journal was committed: the next opening takes that key up and finishes; after that the
    key is this register's for good."""
    complete(shop)
    instance = make_it_look_old(shop)
    (keys.key_folder() / f"{instance}.key").unlink()
    keys._cache.pop(instance, None)
    made = keys.create_key(instance, pending=True)  # ... and then the power went
    assert keys.is_pending(instance)
    assert journal.sign_old_journal(shop.engine)
    assert not keys.is_pending(instance)
    with UnitOfWork(shop.engine) as uow:
        assert this_register(uow).public_key == made.public_hex
    assert check(shop).ok
    complete(shop, ReturnItem(1, 1, Condition.UNOPENED))
    assert check(shop).ok
