"""The exchange as evidence and as something that never blocks for good, against the
machine's real PostgreSQL: each register's journal reaches the centre under its own
instance, the centre is the anchor `verify --central` compares with, a record the centre
refuses is kept apart with its reason while the rest flows, and a new register joins with
numbers no one has given."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import psycopg
from integration import test_sync
from integration.shop import RECEIPT, Shop, open_shop
from integration.test_sync import NUMBER, Chain, complete, one, register
from sqlalchemy import delete, select, text, update

from pos_returns.domain.model import Condition
from pos_returns.services import journal
from pos_returns.services.auth import sign_in
from pos_returns.services.chain import quote_here
from pos_returns.services.register import this_register
from pos_returns.services.returns import DecideReturn, ReturnItem
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import open_database
from pos_returns.store.models import (
    JournalEntry,
    OutboxItem,
    PrintJob,
    ReceiptLine,
    Refund,
    Return,
    ReturnLine,
)
from pos_returns.sync import refusals
from pos_returns.sync.anchor import central_anchor
from pos_returns.sync.join import join
from pos_returns.sync.lookup import chain_for
from pos_returns.sync.push import push
from pos_returns.sync.worker import sync_once

ONE_SCARF = ReturnItem(1, 1, Condition.UNOPENED)
chain = test_sync.chain  # the fixture: a central database with stores S01 and S02


def entries(shop: Shop) -> int:
    with UnitOfWork(shop.engine) as uow:
        return len(uow.session.scalars(select(JournalEntry.seq)).all())


def instance(shop: Shop) -> str:
    with UnitOfWork(shop.engine) as uow:
        return str(this_register(uow).instance_id)


def verified(shop: Shop, url: str) -> journal.Verification:
    with UnitOfWork(shop.engine) as uow:
        here = this_register(uow)
        return journal.verify(uow, shop.store(uow), central_anchor(url, here))


def test_two_registers_journals_both_reach_the_centre_whole(chain: Chain, tmp_path) -> None:  # noqa: ANN001
    """Entry 1 of R1 and entry 1 of R2 are two entries: keyed (store, instance, seq), both
    kept; the push reports as sent only what the centre took."""
    r1, r2 = register(tmp_path, "r1"), register(tmp_path, "r2")
    complete(r1, "R1", ONE_SCARF)
    complete(r2, "R2", ONE_SCARF)
    first, second = push(r1.engine, chain.s01, "S01"), push(r2.engine, chain.s01, "S01")
    assert (first.journal, second.journal) == (entries(r1), entries(r2)) == (2, 2)
    for shop in (r1, r2):
        held = one(chain.admin, "SELECT count(*) FROM journal WHERE instance = %s", instance(shop))
        assert held == entries(shop)
        assert verified(shop, chain.s01).ok
    assert push(r1.engine, chain.s01, "S01").journal == 0  # nothing new: nothing said sent


def test_verify_central_finds_the_entries_removed_from_the_end(chain: Chain, tmp_path) -> None:  # noqa: ANN001
    shop = register(tmp_path, "r1")
    number = complete(shop, "R1", ONE_SCARF)
    push(shop.engine, chain.s01, "S01")
    assert verified(shop, chain.s01).ok
    with UnitOfWork(shop.engine, write=True) as uow:  # the last return gone, whole
        rid = uow.session.scalar(select(Return.id).where(Return.number == number))
        uow.session.execute(delete(JournalEntry).where(JournalEntry.subject_id == rid))
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
    with UnitOfWork(shop.engine) as uow:
        assert journal.verify(uow, shop.store(uow)).ok  # alone, it cannot tell
    result = verified(shop, chain.s01)
    assert not result.ok and "the centre holds entry 2 of this register" in result.problem


def test_a_rewritten_journal_is_refused_by_the_centre_and_the_rest_flows(
    chain: Chain,
    tmp_path,  # noqa: ANN001
) -> None:
    shop = register(tmp_path, "r1")
    complete(shop, "R1", ONE_SCARF)
    push(shop.engine, chain.s01, "S01")
    with UnitOfWork(shop.engine, write=True) as uow:  # entry 2 says less than it did
        last = uow.session.scalars(select(JournalEntry).where(JournalEntry.seq == 2)).one()
        last.hash = "f" * 64
        uow.commit()
    complete(shop, "R1", ONE_SCARF)  # a later return still goes up
    pushed = push(shop.engine, chain.s01, "S01")
    assert pushed.returns == 1 and pushed.journal == 0
    assert [(kind, label) for kind, label, _why in pushed.refused] == [("journal", "entry 2")]
    kept = refusals.refusals(shop.engine, "S01")
    assert [(r.kind, r.label) for r in kept] == [("journal", "entry 2")]
    assert "the centre holds entry 2 of this register as" in kept[0].reason
    passed = sync_once(shop.engine, chain.s01, "S01")
    assert passed.online and passed.blocked and passed.refused == 1
    assert verified(shop, chain.s01).problem == (
        "entry 2 (return_completed) was changed after it was written"
    )


def test_a_return_number_the_centre_holds_is_kept_apart_and_the_rest_flows(
    chain: Chain,
    tmp_path,  # noqa: ANN001
) -> None:
    """One record the centre refuses no longer fails the whole batch on every pass: it is
    kept apart with the centre's reason, the others go up, and once the cause is gone it
    goes up too."""
    r1, r2 = register(tmp_path, "r1"), register(tmp_path, "r2")
    taken = complete(r2, "R2", ONE_SCARF)
    push(r2.engine, chain.s01, "S01")
    clash = complete(r1, "R1", ONE_SCARF)
    with UnitOfWork(r1.engine, write=True) as uow:  # as a database made again once did
        uow.session.execute(update(Return).where(Return.number == clash).values(number=taken))
        uow.commit()
    fine = complete(r1, "R1", ReturnItem(2, 1, Condition.DEFECTIVE))
    pushed = push(r1.engine, chain.s01, "S01")
    assert pushed.returns == 1
    assert [(k, label) for k, label, _why in pushed.refused] == [("return", taken)]
    assert "duplicate key" in pushed.refused[0][2]
    assert one(chain.admin, "SELECT count(*) FROM returns WHERE number = %s", fine) == 1
    with UnitOfWork(r1.engine) as uow:
        waiting = uow.session.scalar(
            select(OutboxItem.sent_at)
            .join(Return, Return.id == OutboxItem.subject_id)
            .where(Return.number == taken)
        )
    assert waiting is None  # still owed to the centre
    passed = sync_once(r1.engine, chain.s01, "S01")
    assert passed.blocked and passed.pending == 1 and passed.refused == 1
    with UnitOfWork(r1.engine, write=True) as uow:  # the number put right
        uow.session.execute(update(Return).where(Return.number == taken).values(number=clash))
        uow.commit()
    again = sync_once(r1.engine, chain.s01, "S01")
    assert again.online and not again.blocked and again.pending == 0
    assert refusals.refusals(r1.engine, "S01") == []


def test_a_receipt_with_a_nul_is_kept_apart_and_the_others_go_up(
    chain: Chain,
    tmp_path,  # noqa: ANN001
) -> None:
    """A receipt written before imports refused control characters: PostgreSQL cannot
    store a NUL, so it stays here with that reason; the other receipts are not held up."""
    other = {**RECEIPT, "receipt_number": "S01-R2-000124"}
    shop = open_shop(open_database(str(tmp_path / "r1.sqlite3")), receipts=(RECEIPT, other))
    with UnitOfWork(shop.engine, write=True) as uow:
        uow.session.execute(
            text(
                "UPDATE receipt_lines SET description = 'Wool' || char(0) || 'scarf'"
                " WHERE line_no = 1 AND receipt_id = (SELECT id FROM receipts WHERE number = :n)"
            ),
            {"n": NUMBER},
        )
        uow.commit()
    pushed = push(shop.engine, chain.s01, "S01")
    assert pushed.receipts == 1
    assert [(k, label) for k, label, _why in pushed.refused] == [("receipt", NUMBER)]
    assert "NUL" in pushed.refused[0][2]
    assert one(chain.admin, "SELECT number FROM receipts") == "S01-R2-000124"
    assert push(shop.engine, chain.s01, "S01").refused  # tried again, alone, each pass


def test_a_new_register_joins_and_its_numbers_never_clash(chain: Chain, tmp_path) -> None:  # noqa: ANN001
    """The store's history at the centre holds R2's returns from a till replaced since; a
    new database joins as R2, pulls everything, and its first return goes up."""
    old = register(tmp_path, "old-r2")
    old.engine.dispose()
    old = open_shop(open_database(str(tmp_path / "old.sqlite3")), register="R2")
    before = complete(old, "R2", ONE_SCARF)
    push(old.engine, chain.s01, "S01")
    engine = open_database(str(tmp_path / "new-r2.sqlite3"))
    role, password = chain.s01.split("://", 1)[1].split("@", 1)[0].split(":")
    url = chain.s01.replace(f"{role}:{password}@", f"{role}@")
    joined = join(engine, url, "R2", password)
    assert joined.register.register == "R2" and joined.register.store_code == "S01"
    assert joined.synced.online and joined.synced.pulled is not None
    assert joined.synced.pulled.receipts == 1 and joined.synced.pulled.employees == 2
    assert len(joined.others) == 1  # the old till's instance, named
    with UnitOfWork(engine) as uow:
        line = uow.session.scalars(select(ReceiptLine).where(ReceiptLine.line_no == 1)).one()
        assert line.returned_qty == 1  # what the old till returned counts here
    cashier = sign_in(engine, "101", "1234", datetime.now(UTC))  # the people came down too
    new = Shop(engine, cashier, cashier)
    after = complete(new, "R2", ONE_SCARF)
    assert re.fullmatch(r"S01-R2-[0-9A-Z]{4}-RT000001", after) and after != before
    pushed = push(engine, chain.s01, "S01")
    assert pushed.returns == 1 and pushed.refused == []
    assert verified(new, chain.s01).ok


def test_a_customer_named_at_the_return_does_not_escape_the_receipts_limit(
    chain: Chain,
    tmp_path,  # noqa: ANN001
) -> None:
    """C-1001 brought three things back elsewhere lately: naming someone else at the return
    (the command's --customer) still counts C-1001's returns, at the counter's door and
    the command line's alike (both call `services.chain`)."""
    shop = register(tmp_path, "r1")
    push(shop.engine, chain.s01, "S01")
    with psycopg.connect(chain.admin) as conn:
        for n in range(3):
            conn.execute(
                "INSERT INTO returns (store, id, number, register, receipt_store,"
                " receipt_number, employee, customer, reason, prefer, language, policy_version,"
                " decision, currency, refund_total_minor, store_credit_minor, returned_at)"
                " VALUES ('S02', gen_random_uuid(), %s, 'R1', 'S02', %s, '7', 'C-1001', 'gift',"
                " 'original', 'en', 1, '{}', 'EUR', 1000, 0, %s)",
                (f"S02-R1-RT{n:06d}", f"S02-R1-00010{n}", test_sync.AT - timedelta(days=n + 1)),
            )
    quoted = quote_here(
        shop.engine,
        chain_for(chain.s01),
        "S01",
        DecideReturn(NUMBER, (ONE_SCARF,), test_sync.AT, customer="C-9999"),
        "en",
    )
    assert quoted.decision.recent_returns == 3
    assert "customer_limit" in [r.kind.value for r in quoted.decision.manager_reasons]


def test_a_return_of_a_refused_receipt_waits_with_it(chain: Chain, tmp_path) -> None:  # noqa: ANN001
    """Sent alone, the return would count against whatever sale the centre holds under
    that number: it waits, owed, until its receipt goes up."""
    shop = register(tmp_path, "r1")
    with UnitOfWork(shop.engine, write=True) as uow:
        uow.session.execute(
            text("UPDATE receipt_lines SET description = 'Wool' || char(0) || 'scarf'")
        )
        uow.commit()
    complete(shop, "R1", ONE_SCARF)
    pushed = push(shop.engine, chain.s01, "S01")
    assert [kind for kind, _label, _why in pushed.refused] == ["receipt"]
    assert pushed.returns == 0 and one(chain.admin, "SELECT count(*) FROM returns") == 0
    passed = sync_once(shop.engine, chain.s01, "S01")
    assert passed.blocked and passed.pending == 1 and passed.refused == 1


def test_a_centre_without_the_schema_ends_the_pass_and_refuses_no_record(
    chain: Chain,
    tmp_path,  # noqa: ANN001
) -> None:
    """A function the centre lacks (head office has not run `central init` for this
    version) is about the centre, not the returns: the pass says so and nothing is kept
    apart as if the records were wrong."""
    shop = register(tmp_path, "r1")
    complete(shop, "R1", ONE_SCARF)
    with psycopg.connect(chain.admin, autocommit=True) as conn:
        conn.execute("DROP FUNCTION apply_return_line(uuid, int)")
    passed = sync_once(shop.engine, chain.s01, "S01")
    assert not passed.online and passed.problem is not None
    assert passed.problem.startswith("refused: function apply_return_line")
    assert passed.refused == 0 and refusals.refusals(shop.engine, "S01") == []
    assert passed.pending == 1
