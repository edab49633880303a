"""Central sync against the machine's real PostgreSQL: one central database, two register
databases of store S01 and a store S02; pushes that are retried, cut off or repeated, the
same receipt line returned at two registers while they were apart, a policy published
centrally reaching a register, a transaction that commits late, and row-level security."""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from integration.conftest import throwaway_postgres
from integration.shop import POLICY, RECEIPT, Shop, open_shop
from sqlalchemy import select, update

from pos_returns.domain.model import Condition, Prefer
from pos_returns.printing.queue import run_queue
from pos_returns.services import chain as at_register
from pos_returns.services import journal, people
from pos_returns.services.auth import sign_in
from pos_returns.services.counter import look_up
from pos_returns.services.errors import AuthFailed, NotFound, Refused
from pos_returns.services.no_receipt import customer_id_hashes, price_basis
from pos_returns.services.policies import publish_policy, published_policy
from pos_returns.services.returns import (
    CompleteReturn,
    DecideReturn,
    ReturnItem,
    complete_return,
    propose_return,
)
from pos_returns.services.stores import NewStore, create_store, get_store
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import open_database
from pos_returns.store.models import OutboxItem, PolicyVersion, ReceiptLine, Role
from pos_returns.sync import central
from pos_returns.sync.lookup import chain_for
from pos_returns.sync.pull import pull
from pos_returns.sync.push import CentralUnreachable, push
from pos_returns.sync.worker import sync_once

AT = datetime.fromisoformat("2026-10-20T10:00:00+03:00")
NUMBER = RECEIPT["receipt_number"]
PASSWORD = "a-long-store-password"


@dataclass(frozen=True)
class Chain:
    admin: str  # the owner's URL
    s01: str  # store S01's role
    s02: str
    prefix: str  # this test's role names start with it


@pytest.fixture
def chain(postgres_admin: str) -> Iterator[Chain]:
    for url in throwaway_postgres(postgres_admin):
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        prefix = "posr_t" + uuid.uuid4().hex[:8]
        central.init(plain)
        roles = {}
        for code, city in (("S01", "Riga"), ("S02", "Tallinn")):
            role = central.add_store(
                plain,
                central.NewStore(code, city, "Europe/Riga", "EUR", PASSWORD),
                role=f"{prefix}_{code.lower()}",
            )
            roles[code] = plain.replace("postgres@", f"{role}:{PASSWORD}@", 1)
        try:
            yield Chain(plain, roles["S01"], roles["S02"], prefix)
        finally:
            with psycopg.connect(plain, autocommit=True) as conn:
                for role in (f"{prefix}_s01", f"{prefix}_s02"):
                    conn.execute(f'DROP OWNED BY "{role}"')
            # the database goes with throwaway_postgres; the roles after it
        with psycopg.connect(postgres_admin, autocommit=True) as conn:
            for role in (f"{prefix}_s01", f"{prefix}_s02"):
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def look_up_anywhere(  # noqa: ANN201 - the counter's look-up, the chain at a URL
    engine,
    store: str,
    number: str,
    *,
    at: datetime,
    lang: str,
    central_url: str | None,
    **kw,  # noqa: ANN001, ANN003
):
    return at_register.look_up_anywhere(
        engine, store, number, at=at, lang=lang, chain=chain_for(central_url), **kw
    )


def with_chain_customer(engine, central_url: str, store: str, request: DecideReturn):  # noqa: ANN001, ANN201
    return at_register.with_chain(engine, chain_for(central_url), store, request)


def register(tmp_path: Path, name: str) -> Shop:
    """A register's database of store S01: "r2" is register R2."""
    return open_shop(open_database(str(tmp_path / f"{name}.sqlite3")), register=name.upper())


def complete(shop: Shop, register_code: str, *items: ReturnItem) -> str:
    with UnitOfWork(shop.engine, write=True) as uow:
        done = complete_return(
            uow,
            shop.store(uow),
            CompleteReturn(DecideReturn(NUMBER, items, AT), shop.cashier, "gift"),
        )
        uow.commit()
    return done.number


def one(url: str, query: str, *params: object) -> object:
    with psycopg.connect(url) as conn:
        row = conn.execute(query, params).fetchone()  # type: ignore[arg-type]
    return row[0] if row else None


def returned(url: str, line: int = 1) -> object:
    return one(
        url,
        "SELECT l.returned_qty FROM receipt_lines l JOIN receipts r"
        " ON r.store = l.store AND r.id = l.receipt_id WHERE r.number = %s AND l.line_no = %s",
        NUMBER,
        line,
    )


SCARVES = ReturnItem(1, 2, Condition.UNOPENED)


def test_a_return_goes_up_once_however_often_it_is_pushed(chain: Chain, tmp_path: Path) -> None:
    shop = register(tmp_path, "r1")
    number = complete(shop, "R1", SCARVES)
    first = push(shop.engine, chain.s01, "S01")
    assert (first.receipts, first.returns, first.conflicts) == (1, 1, [])
    assert first.journal >= 2 and first.policies == 1 and first.policy_clashes == []
    assert returned(chain.admin) == 2
    assert push(shop.engine, chain.s01, "S01").moved == 0
    # The same batch again, as if the outbox's "sent" mark had been lost after the commit.
    with UnitOfWork(shop.engine, write=True) as uow:
        uow.session.execute(update(OutboxItem).values(sent_at=None))
        uow.commit()
    again = push(shop.engine, chain.s01, "S01")
    assert (again.returns, again.already_there) == (0, 1)
    assert one(chain.admin, "SELECT count(*) FROM returns WHERE number = %s", number) == 1
    assert one(chain.admin, "SELECT count(*) FROM return_lines") == 1
    assert returned(chain.admin) == 2  # counted once


def test_a_push_cut_off_mid_way_leaves_nothing_and_the_retry_everything(
    chain: Chain, tmp_path: Path
) -> None:
    shop = register(tmp_path, "r1")
    push(shop.engine, chain.s01, "S01")  # the receipt is there already
    complete(shop, "R1", SCARVES)
    failures: list[BaseException] = []

    def pushing() -> None:
        try:
            push(shop.engine, chain.s01, "S01")
        except BaseException as exc:  # noqa: BLE001 - examined below
            failures.append(exc)

    with psycopg.connect(chain.admin) as blocker:
        blocker.execute("LOCK TABLE return_lines IN ACCESS EXCLUSIVE MODE")
        worker = threading.Thread(target=pushing)
        worker.start()
        role = f"{chain.prefix}_s01"
        pid = None
        for _ in range(100):  # the push waits on the lock, its return row inserted
            pid = one(
                chain.admin,
                "SELECT pid FROM pg_stat_activity WHERE usename = %s AND wait_event_type = 'Lock'",
                role,
            )
            if pid:
                break
            time.sleep(0.05)
        assert pid, "the push never reached the locked table"
        one(chain.admin, "SELECT pg_terminate_backend(%s)", pid)
        blocker.rollback()
    worker.join(10)
    assert len(failures) == 1 and isinstance(failures[0], CentralUnreachable)
    assert one(chain.admin, "SELECT count(*) FROM returns") == 0  # rolled back whole
    with UnitOfWork(shop.engine) as uow:
        assert uow.session.scalars(select(OutboxItem.sent_at)).all() == [None]
    retried = push(shop.engine, chain.s01, "S01")
    assert retried.returns == 1
    assert returned(chain.admin) == 2


def test_the_same_line_returned_at_two_registers_apart_is_kept_and_raised(
    chain: Chain, tmp_path: Path
) -> None:
    r1, r2 = register(tmp_path, "r1"), register(tmp_path, "r2")
    push(r1.engine, chain.s01, "S01")
    # Both registers are cut off from the centre; each returns both scarves.
    complete(r1, "R1", SCARVES)
    at_r2 = complete(r2, "R2", SCARVES)
    assert push(r1.engine, chain.s01, "S01").conflicts == []
    second = push(r2.engine, chain.s01, "S01")
    assert second.returns == 1 and second.conflicts == [(at_r2, 1)]
    assert at_r2.startswith("S01-R2-") and at_r2.endswith("-RT000001")
    assert one(chain.admin, "SELECT count(*) FROM returns") == 2  # nothing dropped
    assert returned(chain.admin) == 2  # never more than was sold
    conflict = one(
        chain.admin, "SELECT json_build_array(asked, left_to_return, line_no) FROM conflicts"
    )
    assert conflict == [2, 0, 1]
    for shop in (r1, r2):  # each register's journal still verifies
        with UnitOfWork(shop.engine) as uow:
            assert journal.verify(uow, shop.store(uow)).ok


def test_a_return_at_one_register_is_counted_at_another_after_a_pull(
    chain: Chain, tmp_path: Path
) -> None:
    r1, r2 = register(tmp_path, "r1"), register(tmp_path, "r2")
    complete(r1, "R1", ReturnItem(1, 1, Condition.UNOPENED))
    push(r1.engine, chain.s01, "S01")
    pulled = pull(r2.engine, chain.s01, "S01")
    assert pulled.returned_updates == 1
    with UnitOfWork(r2.engine) as uow:
        line = uow.session.scalars(select(ReceiptLine).where(ReceiptLine.line_no == 1)).one()
        assert line.returned_qty == 1
    with pytest.raises(Refused, match="fewer than 2 left"):
        complete(r2, "R2", SCARVES)  # only one scarf is left to bring back
    complete(r2, "R2", ReturnItem(1, 1, Condition.UNOPENED))
    assert push(r2.engine, chain.s01, "S01").conflicts == []
    assert returned(chain.admin) == 2


def test_a_policy_published_centrally_reaches_the_register(chain: Chain, tmp_path: Path) -> None:
    shop = register(tmp_path, "r1")
    push(shop.engine, chain.s01, "S01")  # version 1, published at the register
    document = dict(POLICY, version=2, name="Head office policy")
    with psycopg.connect(chain.admin) as conn:
        conn.execute(
            "INSERT INTO policy_versions (store, version, document, effective_from,"
            " published_at, published_by) VALUES ('S01', 2, %s, %s, %s, 'head-office')",
            (json.dumps(document), AT - timedelta(days=1), AT - timedelta(days=1)),
        )
    assert pull(shop.engine, chain.s01, "S01").policies == 1
    with UnitOfWork(shop.engine) as uow:
        row, policy = published_policy(uow, shop.store(uow), AT)
    assert (row.version, policy.name) == (2, "Head office policy")
    assert pull(shop.engine, chain.s01, "S01").policies == 0


def test_a_transaction_that_commits_late_is_pulled_not_lost(chain: Chain, tmp_path: Path) -> None:
    shop = register(tmp_path, "r1")

    def publish(conn: psycopg.Connection, version: int) -> None:
        conn.execute(
            "INSERT INTO policy_versions (store, version, document, effective_from,"
            " published_at, published_by) VALUES ('S01', %s, %s, %s, %s, 'head-office')",
            (version, json.dumps(dict(POLICY, version=version)), AT, AT),
        )

    def local_versions() -> set[int]:
        with UnitOfWork(shop.engine) as uow:
            return set(uow.session.scalars(select(PolicyVersion.version)))

    with psycopg.connect(chain.admin) as slow, psycopg.connect(chain.admin) as quick:
        publish(slow, 5)  # takes its transaction id first, commits last
        publish(quick, 6)
        quick.commit()
        pull(shop.engine, chain.s01, "S01")
        assert 6 in local_versions() and 5 not in local_versions()
        slow.commit()
    # A watermark past 6 would never look below it again, and lose 5; this one does not.
    assert pull(shop.engine, chain.s01, "S01").policies == 1
    assert {5, 6} <= local_versions()
    assert pull(shop.engine, chain.s01, "S01").policies == 0


def test_row_level_security_keeps_each_store_to_its_own_rows(chain: Chain, tmp_path: Path) -> None:
    shop = register(tmp_path, "r1")
    complete(shop, "R1", SCARVES)
    push(shop.engine, chain.s01, "S01")
    with psycopg.connect(chain.s02, autocommit=True) as s02:
        # The chain's receipts, policies and return history are readable...
        assert s02.execute("SELECT count(*) FROM receipts WHERE store = 'S01'").fetchone() == (1,)
        assert s02.execute("SELECT count(*) FROM returns WHERE store = 'S01'").fetchone() == (1,)
        # ...S01's journal and credits are not, and nothing of S01's can be changed.
        assert s02.execute("SELECT count(*) FROM journal").fetchone() == (0,)
        refused = [
            "UPDATE receipt_lines SET returned_qty = 0",
            "DELETE FROM returns",
            "UPDATE policy_versions SET document = '{}'",
            "DELETE FROM policy_versions",
            "INSERT INTO returns (store, id, number, register, employee, reason, prefer,"
            " language, policy_version, decision, currency, refund_total_minor,"
            " store_credit_minor, returned_at) VALUES ('S01', gen_random_uuid(), 'X', 'R1',"
            " '1', 'gift', 'original', 'en', 1, '{}', 'EUR', 0, 0, now())",
            "INSERT INTO journal (store, seq, kind, payload, created_at, prev_hash, hash)"
            " VALUES ('S01', 999, 'x', '{}', now(), repeat('0', 64), repeat('0', 64))",
            "UPDATE stores SET name = 'mine'",
        ]
        for statement in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                s02.execute(statement)  # type: ignore[arg-type]
        with pytest.raises(psycopg.Error, match="not this store's"):
            s02.execute("SELECT apply_return_line(%s, 0)", (uuid.uuid4(),))
    with psycopg.connect(chain.s01, autocommit=True) as s01:
        assert s01.execute("SELECT count(*) FROM journal").fetchone()[0] >= 2  # type: ignore[index]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            s01.execute("UPDATE policy_versions SET document = '{}'")  # its own, published
    assert returned(chain.admin) == 2


def test_a_receipt_from_another_store_is_fetched_returned_here_and_counted_there(
    chain: Chain, tmp_path: Path
) -> None:
    with psycopg.connect(chain.admin) as conn:
        sale = uuid.uuid4()
        conn.execute(
            "INSERT INTO receipts (store, id, number, number_key, register, sold_at, currency,"
            " customer, total_minor) VALUES ('S02', %s, 'S02-R1-000777', 'S02R1000777', 'R1',"
            " %s, 'EUR', NULL, 5000)",
            (sale, AT - timedelta(days=3)),
        )
        conn.execute(
            "INSERT INTO receipt_lines (store, receipt_id, line_no, sku, description, category,"
            " tags, qty, unit_price_minor, amount_minor, tax_minor) VALUES ('S02', %s, 1,"
            " '4006381333931', 'Wool scarf', 'apparel', '[]', 2, 2500, 5000, 868)",
            (sale,),
        )
        conn.execute(
            "INSERT INTO tenders (store, receipt_id, position, method, amount_minor)"
            " VALUES ('S02', %s, 0, 'cash', 5000)",
            (sale,),
        )
    shop = register(tmp_path, "r1")
    with pytest.raises(
        NotFound, match="central database does not answer.*take the items back without a receipt"
    ):
        look_up_anywhere(
            shop.engine,
            "S01",
            "s02 r1 000777",
            at=AT,
            lang="en",
            central_url="postgresql://nobody:x@127.0.0.1:1/chain",
        )
    view = look_up_anywhere(
        shop.engine, "S01", "s02 r1 000777", at=AT, lang="en", central_url=chain.s01
    )
    assert view.number == "S02-R1-000777" and view.line(1).badge == "refund"
    with pytest.raises(NotFound, match="at any store of the chain"):
        look_up_anywhere(shop.engine, "S01", "S09-R1-1", at=AT, lang="en", central_url=chain.s01)
    with UnitOfWork(shop.engine, write=True) as uow:
        complete_return(
            uow,
            shop.store(uow),
            CompleteReturn(
                DecideReturn("S02-R1-000777", (ReturnItem(1, 1, Condition.UNOPENED),), AT),
                shop.cashier,
                "gift",
            ),
        )
        uow.commit()
        assert get_store(uow).code == "S01"  # the register's own store, not S02's copy
    assert push(shop.engine, chain.s01, "S01").conflicts == []
    assert (
        one(chain.admin, "SELECT receipt_store FROM returns WHERE receipt_number = 'S02-R1-000777'")
        == "S02"
    )
    assert one(chain.admin, "SELECT returned_qty FROM receipt_lines WHERE store = 'S02'") == 1


def test_a_new_register_pulls_its_stores_receipts_and_keeps_its_indexes(
    chain: Chain, tmp_path: Path
) -> None:
    first = register(tmp_path, "r1")
    complete(first, "R1", ReturnItem(1, 1, Condition.UNOPENED))
    push(first.engine, chain.s01, "S01")
    engine = open_database(str(tmp_path / "new.sqlite3"))
    with UnitOfWork(engine, write=True) as uow:
        create_store(uow, NewStore("S01", "Riga Centre", "Europe/Riga", "EUR"))
        uow.commit()
    pulled = pull(engine, chain.s01, "S01")
    assert (pulled.receipts, pulled.policies) == (1, 1)
    with UnitOfWork(engine) as uow:
        lines = uow.session.scalars(select(ReceiptLine).order_by(ReceiptLine.line_no)).all()
        assert [(x.line_no, x.qty, x.returned_qty) for x in lines] == [
            (1, 2, 1),
            (2, 1, 0),
            (3, 3, 0),
        ]
        assert lines[2].tags == ["final-sale"]
        view = look_up(uow, get_store(uow), NUMBER, AT, "en")
        assert view.line(1).left == 1
    with engine.connect() as connection:
        names = set(
            connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
            .scalars()
            .all()
        )
    assert {"ix_receipts_number_key", "ix_receipt_lines_sku", "ix_receipts_store_id"} <= names
    assert pull(engine, chain.s01, "S01").receipts == 0


def test_people_changed_at_one_register_reach_the_others_and_are_not_undone(
    chain: Chain, tmp_path: Path
) -> None:
    r1, r2 = register(tmp_path, "r1"), register(tmp_path, "r2")
    for shop in (r1, r2):
        push(shop.engine, chain.s01, "S01")
    with UnitOfWork(r1.engine, write=True) as uow:
        store = r1.store(uow)
        people.hire(
            uow, store, r1.manager, code="102", name="Ieva", role=Role.CASHIER, pin="4321", at=AT
        )
        people.reset_pin(uow, store, r1.manager, "101", "5678", at=AT)
        uow.commit()
    assert push(r1.engine, chain.s01, "S01").employees == 2
    assert push(r2.engine, chain.s01, "S01").employees == 0  # R2's old copy stays home
    with psycopg.connect(chain.admin) as conn:
        conn.execute(
            "INSERT INTO products (store, sku, description, category, tags, price_minor)"
            " VALUES ('S01', '4750000000001', 'Linen towel', 'home', %s, 1490)",
            (json.dumps(["towels"]),),
        )
    pulled = pull(r2.engine, chain.s01, "S01")
    # Ieva, Anna's new PIN, and the manager's PIN hash as R1 made it (the same PIN, salted
    # differently when each register was set up on its own).
    assert (pulled.employees, pulled.products) == (3, 1)
    assert sign_in(r2.engine, "101", "5678", AT).name == "Anna"
    assert sign_in(r2.engine, "102", "4321", AT).name == "Ieva"
    assert sign_in(r2.engine, "900", "9999", AT).is_manager
    with pytest.raises(AuthFailed):
        sign_in(r2.engine, "101", "1234", AT)
    with UnitOfWork(r2.engine) as uow:
        assert price_basis(uow, r2.store(uow), "4750000000001", AT, 90).from_catalogue
    # with a central database, no one is undone
    assert sign_in(r1.engine, "101", "5678", AT).name == "Anna"


def test_a_register_signed_in_as_another_store_is_refused_and_keeps_everything(
    chain: Chain, tmp_path: Path
) -> None:
    shop = register(tmp_path, "r1")
    complete(shop, "R1", SCARVES)
    result = sync_once(shop.engine, chain.s02, "S01")  # S01's register with S02's password
    assert not result.online and result.problem is not None
    assert result.problem.startswith("refused: new row violates row-level security")
    assert result.pending == 1
    assert one(chain.admin, "SELECT count(*) FROM receipts") == 0
    ok = sync_once(shop.engine, chain.s01, "S01")
    assert ok.online and ok.pending == 0


def test_the_customers_returns_at_other_stores_count_toward_the_limit(
    chain: Chain, tmp_path: Path
) -> None:
    here = register(tmp_path, "r1")
    push(here.engine, chain.s01, "S01")
    with psycopg.connect(chain.admin) as conn:  # C-1001 brought back 3 things at S02 lately
        for n in range(3):
            conn.execute(
                "INSERT INTO returns (store, id, number, register, receipt_store,"
                " receipt_number, employee, customer, reason, prefer, language, policy_version,"
                " decision, currency, refund_total_minor, store_credit_minor, returned_at)"
                " VALUES ('S02', %s, %s, 'R1', 'S02', %s, '7', 'C-1001', 'gift', 'original',"
                " 'en', 1, '{}', 'EUR', 1000, 0, %s)",
                (uuid.uuid4(), f"S02-R1-RT{n:06d}", f"S02-R1-00010{n}", AT - timedelta(days=n + 1)),
            )
    offline = look_up_anywhere(
        here.engine,
        "S01",
        NUMBER,
        at=AT,
        lang="en",
        central_url="postgresql://nobody:x@127.0.0.1:1/chain",
    )
    assert offline.elsewhere == ()  # offline: this store's records decide
    view = look_up_anywhere(here.engine, "S01", NUMBER, at=AT, lang="en", central_url=chain.s01)
    assert len(view.elsewhere) == 3
    items = (ReturnItem(1, 1, Condition.UNOPENED),)
    with UnitOfWork(here.engine) as uow:
        store = here.store(uow)
        alone = propose_return(uow, store, DecideReturn(NUMBER, items, AT)).decision
        chain_wide = propose_return(
            uow, store, DecideReturn(NUMBER, items, AT, elsewhere=view.elsewhere)
        ).decision
    assert alone.recent_returns == 0 and not alone.needs_manager
    assert chain_wide.recent_returns == 3
    assert "customer_limit" in [r.kind.value for r in chain_wide.manager_reasons]
    complete(here, "R1", ReturnItem(1, 1, Condition.UNOPENED))
    push(here.engine, chain.s01, "S01")
    again = look_up_anywhere(here.engine, "S01", NUMBER, at=AT, lang="en", central_url=chain.s01)
    assert len(again.elsewhere) == 3  # its own return, pushed, is not counted twice


def test_what_was_printed_goes_up_once(chain: Chain, tmp_path: Path) -> None:
    shop = register(tmp_path, "r1")
    number = complete(shop, "R1", SCARVES)
    assert push(shop.engine, chain.s01, "S01").prints == 0  # not printed yet
    assert run_queue(shop.engine, "S01", "R1").previewed  # no printer: shown on screen
    assert push(shop.engine, chain.s01, "S01").prints == 1
    assert push(shop.engine, chain.s01, "S01").prints == 0
    assert (
        one(
            chain.admin,
            "SELECT p.status FROM print_history p JOIN returns r ON r.id = p.return_id"
            " WHERE r.number = %s",
            number,
        )
        == "previewed"
    )


def test_a_policy_version_published_here_and_at_head_office_alike_is_said(
    chain: Chain, tmp_path: Path
) -> None:
    shop = register(tmp_path, "r1")
    with psycopg.connect(chain.admin) as conn:  # head office's version 1, before the push
        conn.execute(
            "INSERT INTO policy_versions (store, version, document, effective_from,"
            " published_at, published_by) VALUES ('S01', 1, %s, %s, %s, 'head-office')",
            (json.dumps(dict(POLICY, name="Head office")), AT, AT),
        )
    pushed = push(shop.engine, chain.s01, "S01")
    assert (pushed.policies, pushed.policy_clashes) == (0, [1])
    assert one(chain.admin, "SELECT document->>'name' FROM policy_versions") == "Head office"


def test_this_receipts_returns_at_another_register_shape_the_decision_here(
    chain: Chain, tmp_path: Path
) -> None:
    r1, r2 = register(tmp_path, "r1"), register(tmp_path, "r2")
    complete(r1, "R1", ReturnItem(1, 1, Condition.UNOPENED))  # one scarf back at R1
    push(r1.engine, chain.s01, "S01")
    view = look_up_anywhere(r2.engine, "S01", NUMBER, at=AT, lang="en", central_url=chain.s01)
    [earlier] = view.elsewhere
    assert [(x.line, x.qty) for x in earlier.lines] == [(1, 1)] and earlier.to_tenders
    both = (ReturnItem(1, 2, Condition.UNOPENED),)
    with UnitOfWork(r2.engine) as uow:
        store = r2.store(uow)
        blind = propose_return(uow, store, DecideReturn(NUMBER, both, AT)).decision
        assert blind.lines[0].qty == 2  # on its own records R2 would take both back
        with pytest.raises(Refused):
            propose_return(uow, store, DecideReturn(NUMBER, both, AT, elsewhere=view.elsewhere))
        rest = (ReturnItem(1, 1, Condition.UNOPENED), ReturnItem(2, 1, Condition.UNOPENED))
        decided = propose_return(
            uow, store, DecideReturn(NUMBER, rest, AT, elsewhere=view.elsewhere)
        ).decision
    paid = {t.get("reference") or t["method"]: t["amount"] for t in RECEIPT["tenders"]}
    for tender in decided.to_tenders:  # never more to a tender than it paid, both returns
        before = sum(
            (t.amount for t in earlier.to_tenders if t.method is tender.method),
            tender.amount * 0,
        )
        key = tender.reference or tender.method.value
        assert (before + tender.amount).amount <= Decimal(paid[key])


def test_offline_the_policys_choices_decide_what_the_chain_cannot_check(
    chain: Chain, tmp_path: Path
) -> None:
    here = register(tmp_path, "r1")
    strict = {
        **POLICY,
        "offline": {
            "customer_limit": "manager",
            "card_refund": "wait",
            "other_store_receipt": "wait",
        },
    }
    with UnitOfWork(here.engine, write=True) as uow:
        publish_policy(uow, here.store(uow), here.manager, strict, AT - timedelta(hours=1))
        uow.commit()
    down = "postgresql://nobody:x@127.0.0.1:1/chain"
    view = look_up_anywhere(here.engine, "S01", NUMBER, at=AT, lang="en", central_url=down)
    assert view.offline and view.elsewhere == ()
    skipped = look_up_anywhere(
        here.engine, "S01", NUMBER, at=AT, lang="en", central_url=chain.s01, reachable=False
    )
    assert skipped.offline  # known down: not tried, and said
    online = look_up_anywhere(here.engine, "S01", NUMBER, at=AT, lang="en", central_url=chain.s01)
    assert not online.offline
    with pytest.raises(NotFound, match="come back when the register is online") as refused:
        look_up_anywhere(here.engine, "S01", "S02-R1-000777", at=AT, lang="en", central_url=down)
    assert "without a receipt" not in str(refused.value)

    items = (ReturnItem(1, 1, Condition.UNOPENED),)
    apart = DecideReturn(NUMBER, items, AT, offline=view.offline)
    with UnitOfWork(here.engine) as uow:
        decision = propose_return(uow, here.store(uow), apart).decision
        linked = propose_return(uow, here.store(uow), DecideReturn(NUMBER, items, AT)).decision
    # C-1001's returns at other stores cannot be counted, and the card cannot be refunded.
    assert [r.code for r in decision.manager_reasons] == ["customer_limit_offline"]
    assert decision.card_waits and not linked.card_waits and not linked.needs_manager
    with UnitOfWork(here.engine, write=True) as uow, pytest.raises(Refused, match="card refunds"):
        complete_return(
            uow,
            here.store(uow),
            CompleteReturn(apart, here.cashier, "gift", approver=here.manager),
        )
    as_credit = DecideReturn(NUMBER, items, AT, prefer=Prefer.STORE_CREDIT, offline=True)
    with UnitOfWork(here.engine, write=True) as uow:
        done = complete_return(
            uow,
            here.store(uow),
            CompleteReturn(as_credit, here.cashier, "gift", approver=here.manager),
        )
        uow.commit()
    assert done.store_credit is not None and done.document["manager_reasons"] == [
        "customer_limit_offline"
    ]
    assert push(here.engine, chain.s01, "S01").returns == 1  # queued, then up once online


def test_an_id_shown_at_one_register_is_the_same_customer_at_another(
    chain: Chain, tmp_path: Path
) -> None:
    one, two = register(tmp_path, "r1"), register(tmp_path, "r2")
    scarf = RECEIPT["lines"][0]["sku"]
    shown = DecideReturn(
        None, (ReturnItem(1, 1, Condition.UNOPENED, sku=scarf),), AT, customer_id="LV12039510304"
    )

    def bring_back(shop: Shop, register_code: str) -> None:
        with UnitOfWork(shop.engine, write=True) as uow:
            complete_return(
                uow,
                shop.store(uow),
                CompleteReturn(shown, shop.cashier, "gift", approver=shop.manager),
            )
            uow.commit()

    bring_back(two, "R2")  # before R2 ever synced: hashed with its database's own key
    for shop in (one, two):
        pull(shop.engine, chain.s01, "S01")  # the chain's key comes down
    with UnitOfWork(one.engine) as uow, UnitOfWork(two.engine) as other:
        assert one.store(uow).id_key != two.store(other).id_key
        ours = customer_id_hashes(uow, one.store(uow), "LV12039510304")
        theirs = customer_id_hashes(other, two.store(other), "lv 120395-10304")
        assert ours[0] == theirs[0] and ours[1] != theirs[1]
    for _ in range(3):
        bring_back(one, "R1")
    push(one.engine, chain.s01, "S01")
    asked = with_chain_customer(two.engine, chain.s01, "S01", shown)
    assert len(asked.elsewhere) == 3 and not asked.offline
    with UnitOfWork(two.engine) as uow:
        decision = propose_return(uow, two.store(uow), asked).decision
    assert decision.recent_returns == 4  # 3 at R1, and R2's own from before it synced
    assert "customer_limit" in [r.code for r in decision.manager_reasons]
    down = with_chain_customer(two.engine, "postgresql://nobody:x@127.0.0.1:1/chain", "S01", shown)
    assert down.offline and down.elsewhere == ()
    with psycopg.connect(chain.s01) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE chain SET id_key = 'known to all'")  # read by all, set by none


REFERENCE_TABLES = {"stores", "store_roles", "central_schema", "chain"}


def test_every_distributed_table_carries_the_store_in_its_keys(chain: Chain) -> None:
    """What Citus needs to distribute the schema by store unchanged (README): each table
    but the small reference ones has `store` in its primary key, every unique key and
    every foreign key. Read from PostgreSQL's catalogue, so a new table cannot forget."""
    with psycopg.connect(chain.admin) as conn:
        rows = conn.execute(
            "SELECT c.relname, k.contype, k.conname,"
            " array(SELECT a.attname FROM unnest(k.conkey) n"
            "  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = n)"
            " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
            " JOIN pg_namespace s ON s.oid = c.relnamespace"
            " WHERE s.nspname = 'public' AND k.contype IN ('p', 'u', 'f')"
        ).fetchall()
        tables = {
            name
            for (name,) in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        }
    distributed = tables - REFERENCE_TABLES
    assert {"receipts", "returns", "receipt_lines", "journal", "conflicts"} <= distributed
    with_pk = {table for table, kind, _, _ in rows if kind == "p"}
    assert distributed <= with_pk
    lacking = [
        f"{table}.{name} ({kind})"
        for table, kind, name, columns in rows
        if table in distributed and "store" not in columns
    ]
    assert lacking == []
