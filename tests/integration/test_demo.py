"""The demo store on SQLite and PostgreSQL: deterministic, every receipt as SPEC.md says,
people who can sign in, the example policy, past returns made by the real service."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import psycopg
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from pos_returns.domain.formats import parse_receipt, receipt_to_json
from pos_returns.domain.model import Condition
from pos_returns.domain.policy import Outcome
from pos_returns.services import journal, sales
from pos_returns.services.auth import authenticate
from pos_returns.services.demo import DemoInfo, create_demo, is_ean13, vat_part
from pos_returns.services.errors import InvalidInput
from pos_returns.services.policies import published_policy
from pos_returns.services.returns import DecideReturn, ReturnItem, propose_return
from pos_returns.services.stores import get_store, reasons
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.db import make_engine, migrate
from pos_returns.store.models import (
    Approval,
    Employee,
    JournalEntry,
    PrintJob,
    Product,
    Receipt,
    ReceiptLine,
    Register,
    Return,
    ReturnLine,
    Role,
    Tender,
)

TODAY = date(2026, 10, 20)
SMALL = 300
RIGA = ZoneInfo("Europe/Riga")
NOON = datetime(2026, 10, 20, 12, 0, tzinfo=RIGA)


@pytest.fixture
def demo(engine: Engine) -> DemoInfo:
    return create_demo(engine, receipts=SMALL, today=TODAY)


@pytest.fixture
def fresh_engine(
    engine: Engine, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], Engine]]:
    """Makes more empty, migrated databases of the kind `engine` is."""
    made: list[tuple[Engine, str | None]] = []
    admin = request.getfixturevalue("postgres_admin") if engine.dialect.name != "sqlite" else None

    def make() -> Engine:
        if admin is None:
            url = f"sqlite:///{tmp_path / f'other{len(made)}.sqlite3'}"
            name = None
        else:
            name = f"posr_test_{uuid.uuid4().hex[:12]}"
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            url = make_url(admin).set(drivername="postgresql+psycopg", database=name)
            url = url.render_as_string(hide_password=False)
        other = make_engine(url)  # connects only when used: dropped below whatever happens
        made.append((other, name))
        migrate(other)
        return other

    yield make
    for other, name in made:
        other.dispose()
        if admin is not None and name is not None:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Everything the seed decides, without the keys (UUIDv7) and codes made at random."""
    with UnitOfWork(engine) as uow:
        s = uow.session
        return {
            "receipts": s.execute(
                select(
                    Receipt.number,
                    Receipt.register_code,
                    Receipt.sold_at,
                    Receipt.customer,
                    Receipt.total_minor,
                ).order_by(Receipt.number)
            ).all(),
            "lines": s.execute(
                select(
                    Receipt.number,
                    ReceiptLine.line_no,
                    ReceiptLine.sku,
                    ReceiptLine.qty,
                    ReceiptLine.unit_price_minor,
                    ReceiptLine.amount_minor,
                    ReceiptLine.tax_minor,
                    ReceiptLine.returned_qty,
                )
                .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
                .order_by(Receipt.number, ReceiptLine.line_no)
            ).all(),
            "tenders": s.execute(
                select(Receipt.number, Tender.position, Tender.method, Tender.amount_minor)
                .add_columns(Tender.reference)
                .join(Receipt, Receipt.id == Tender.receipt_id)
                .order_by(Receipt.number, Tender.position)
            ).all(),
            "returns": s.execute(
                select(
                    Return.number,
                    Return.receipt_number,
                    Return.returned_at,
                    Return.refund_total_minor,
                    Return.store_credit_minor,
                ).order_by(Return.number)
            ).all(),
            "return_lines": s.execute(
                select(
                    Return.number,
                    ReturnLine.line_no,
                    ReturnLine.qty,
                    ReturnLine.condition,
                    ReturnLine.rule,
                    ReturnLine.outcome,
                    ReturnLine.refund_minor,
                    ReturnLine.fee_minor,
                )
                .join(Return, Return.id == ReturnLine.return_id)
                .order_by(Return.number, ReturnLine.position)
            ).all(),
            "products": s.execute(
                select(Product.sku, Product.description, Product.price_minor).order_by(Product.sku)
            ).all(),
        }


def same_info(a: DemoInfo, b: DemoInfo) -> bool:
    return replace(a, seconds=0.0) == replace(b, seconds=0.0)


# -- determinism --------------------------------------------------------------------------
def test_the_same_seed_makes_the_same_demo_and_another_seed_another(
    demo: DemoInfo, engine: Engine, fresh_engine: Callable[[], Engine]
) -> None:
    second = fresh_engine()
    again = create_demo(second, receipts=SMALL, today=TODAY)
    assert same_info(demo, again)
    first = snapshot(engine)
    assert len(first["receipts"]) == SMALL
    assert len(first["returns"]) == demo.counts.returns
    assert first == snapshot(second)

    third = fresh_engine()
    other = create_demo(third, seed=8, receipts=SMALL, today=TODAY)
    assert other.counts.receipts == SMALL
    assert [e.pin for e in other.employees] != [e.pin for e in demo.employees]
    different = snapshot(third)
    assert different["products"] == first["products"]  # the same catalogue
    assert different["receipts"] != first["receipts"]
    assert [r.total_minor for r in different["receipts"]] != [
        r.total_minor for r in first["receipts"]
    ]


# -- the receipts -------------------------------------------------------------------------
NUMBER = re.compile(r"S01-R[123]-\d{6}")
CARD = re.compile(r"(VISA|MC|AMEX) \d{4}")
GIFT_CARD = re.compile(r"GC-\d{8}")


def test_every_receipt_adds_up_as_spec_md_says(demo: DemoInfo, engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        s = uow.session
        line_sums = dict(
            s.execute(
                select(ReceiptLine.receipt_id, func.sum(ReceiptLine.amount_minor)).group_by(
                    ReceiptLine.receipt_id
                )
            ).all()
        )
        tender_sums = dict(
            s.execute(
                select(Tender.receipt_id, func.sum(Tender.amount_minor)).group_by(Tender.receipt_id)
            ).all()
        )
        line_counts = dict(
            s.execute(
                select(ReceiptLine.receipt_id, func.count()).group_by(ReceiptLine.receipt_id)
            ).all()
        )
        receipts = s.execute(
            select(Receipt.id, Receipt.number, Receipt.total_minor, Receipt.sold_at).add_columns(
                Receipt.customer, Receipt.currency, Receipt.register_code
            )
        ).all()
        lines = s.execute(
            select(
                ReceiptLine.qty,
                ReceiptLine.unit_price_minor,
                ReceiptLine.amount_minor,
                ReceiptLine.tax_minor,
                ReceiptLine.sku,
            )
        ).all()
        tenders = s.execute(select(Tender.method, Tender.amount_minor, Tender.reference)).all()
        bad = s.scalar(
            select(func.count())
            .select_from(Receipt)
            .where(
                Receipt.total_minor
                != select(func.sum(Tender.amount_minor))
                .where(Tender.receipt_id == Receipt.id)
                .scalar_subquery()
            )
        )
    assert bad == 0
    with UnitOfWork(engine) as uow:  # and SPEC.md's own reader takes every one of them
        for row in uow.session.scalars(select(Receipt)):
            document = receipt_to_json(sales.to_domain(row, "S01"))
            assert parse_receipt(document) == sales.to_domain(row, "S01")
    assert len(receipts) == demo.counts.receipts == SMALL
    assert sum(line_counts.values()) == demo.counts.lines
    first = datetime.combine(demo.first_day, datetime.min.time(), RIGA)
    for rid, number, total, sold_at, customer, currency, register in receipts:
        assert line_sums[rid] == tender_sums[rid] == total > 0, number
        assert 1 <= line_counts[rid] <= 6, number
        assert NUMBER.fullmatch(number) and number.split("-")[1] == register
        assert currency == "EUR"
        local = sold_at.astimezone(RIGA)
        closes = 18 if local.weekday() == 6 else 20
        assert 10 <= local.hour < closes, (number, local)
        assert first <= sold_at and local.date() < TODAY
        assert customer is None or re.fullmatch(r"C-\d{4}", customer)
    with_customer = sum(1 for r in receipts if r.customer) / len(receipts)
    assert 0.5 <= with_customer <= 0.7
    for qty, unit_price, amount, tax, sku in lines:
        assert 1 <= qty <= 3
        assert 0 < amount <= unit_price * qty, sku
        assert tax == vat_part(amount) == (amount * 21 * 2 + 121) // 242
    methods = {t.method for t in tenders}
    assert {"card", "cash"} <= methods <= {"card", "cash", "gift_card"}
    for method, amount, reference in tenders:
        assert amount > 0
        if method == "card":
            assert CARD.fullmatch(reference or ""), reference
        elif method == "gift_card":
            assert GIFT_CARD.fullmatch(reference or ""), reference
        else:
            assert reference is None


def test_the_numbers_run_per_register_in_time_order(demo: DemoInfo, engine: Engine) -> None:
    with UnitOfWork(engine) as uow:
        rows = uow.session.execute(
            select(Receipt.register_code, Receipt.number, Receipt.sold_at).order_by(
                Receipt.sold_at, Receipt.number
            )
        ).all()
    seen: dict[str, int] = {}
    for register, number, _ in rows:
        sequence = int(number.rsplit("-", 1)[1])
        assert sequence == seen.get(register, 0) + 1, number
        seen[register] = sequence
    assert set(seen) == set(demo.registers)
    assert sum(seen.values()) == SMALL


# -- the store, its catalogue and people --------------------------------------------------
def test_the_catalogue_has_about_300_products_with_valid_ean_13(
    demo: DemoInfo, engine: Engine
) -> None:
    with UnitOfWork(engine) as uow:
        products = uow.session.scalars(select(Product)).all()
        sold_skus = set(uow.session.scalars(select(ReceiptLine.sku).distinct()))
    assert 250 <= len(products) <= 350
    assert demo.counts.products == len(products)
    assert all(is_ean13(p.sku) for p in products)
    assert len({p.sku for p in products}) == len(products)
    assert sold_skus <= {p.sku for p in products}
    categories = {p.category for p in products}
    assert {"apparel", "electronics", "home", "beauty", "toys"} == categories
    tags = [set(p.tags) for p in products]
    assert sum("final-sale" in t for t in tags) >= 5
    assert sum("clearance" in t for t in tags) >= 10
    assert all(t <= {"final-sale", "clearance"} for t in tags)
    assert all(p.price_minor > 0 for p in products)
    descriptions = " ".join(p.description for p in products).lower()  # Latvian, French
    for letter in "āēīūšžņļķģčé":
        assert letter in descriptions


def test_a_wrong_check_digit_is_no_ean_13() -> None:
    assert is_ean13("4006381333931")
    assert not is_ean13("4006381333932")
    assert not is_ean13("400638133393")


def test_the_store_its_registers_and_employees(demo: DemoInfo, engine: Engine) -> None:
    assert demo.store == "S01" and demo.registers == ("R1", "R2", "R3")
    assert sorted(e.role for e in demo.employees) == sorted(
        [Role.CASHIER, Role.CASHIER, Role.MANAGER, Role.ADMIN]
    )
    assert len({e.pin for e in demo.employees}) == 4
    now = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
    with UnitOfWork(engine, write=True) as uow:
        store = get_store(uow)
        assert (store.code, store.name, store.timezone, store.currency) == (
            "S01",
            "Demo Store — Rīga",
            "Europe/Riga",
            "EUR",
        )
        assert "Rīga" in store.address
        registers = uow.session.scalars(select(Register.code).order_by(Register.code)).all()
        assert registers == ["R1", "R2", "R3"]
        assert [r.code for r in reasons(uow, store)][:2] == ["wrong-size", "defective"]
        for employee in demo.employees:
            actor = authenticate(uow, store, employee.code, employee.pin, now)
            assert (actor.code, actor.name, actor.role) == (
                employee.code,
                employee.name,
                employee.role,
            )
    report = demo.report()
    for employee in demo.employees:
        assert employee.pin in report and employee.name in report


def test_the_spec_example_policy_is_version_1_published_before_the_first_sale(
    demo: DemoInfo, engine: Engine
) -> None:
    with UnitOfWork(engine) as uow:
        store = get_store(uow)
        row, policy = published_policy(uow, store)
        first_sale = uow.session.scalar(select(func.min(Receipt.sold_at)))
        publisher = uow.session.scalar(select(Employee.code).where(Employee.id == row.published_by))
    assert row.version == policy.version == 1
    assert policy.name == "Standard policy"
    assert [r.id for r in policy.rules][:2] == ["final-sale", "defective"]
    assert row.published_at is not None and first_sale is not None
    assert row.published_at < first_sale
    assert row.published_at.astimezone(RIGA).date() == demo.first_day
    assert publisher == next(e.code for e in demo.employees if e.role is Role.MANAGER)


# -- the past returns ---------------------------------------------------------------------
def test_past_returns_were_made_by_the_real_service_and_the_journal_verifies(
    demo: DemoInfo, engine: Engine
) -> None:
    assert SMALL * 0.01 <= demo.counts.returns <= SMALL * 0.04
    with UnitOfWork(engine) as uow:
        s = uow.session
        store = get_store(uow)
        returns = s.scalars(select(Return)).all()
        assert len(returns) == demo.counts.returns
        for row in returns:
            receipt = sales.find_by_number(uow, row.receipt_number or "")
            assert receipt is not None
            assert receipt.sold_at < row.returned_at
            assert row.returned_at.astimezone(RIGA).date() < TODAY
            assert row.policy_version == 1
            assert row.reason_code in {r.code for r in reasons(uow, store)}
            assert all(x.outcome != Outcome.DENY for x in row.lines)
            money_back = sum(r.amount_minor for r in row.refunds)
            assert money_back + row.store_credit_minor >= row.refund_total_minor
        returned = dict(
            s.execute(
                select(ReturnLine.receipt_line_id, func.sum(ReturnLine.qty)).group_by(
                    ReturnLine.receipt_line_id
                )
            ).all()
        )
        recorded = dict(
            s.execute(
                select(ReceiptLine.id, ReceiptLine.returned_qty).where(ReceiptLine.returned_qty > 0)
            ).all()
        )
        assert returned == recorded
        approvals = s.scalar(select(func.count()).select_from(Approval)) or 0
        kinds = dict(
            s.execute(select(JournalEntry.kind, func.count()).group_by(JournalEntry.kind)).all()
        )
        assert kinds.get("policy_published") == 1
        assert kinds.get("return_completed") == demo.counts.returns
        assert kinds.get("approval", 0) == approvals
        queued = s.scalar(
            select(func.count()).select_from(PrintJob).where(PrintJob.status == "queued")
        )
        assert queued == 0
        check = journal.verify(uow, store)
    assert check.ok, check.problem
    assert check.entries == 1 + demo.counts.returns + approvals


# -- the receipts to try ------------------------------------------------------------------
def test_the_sample_receipts_show_what_they_say(demo: DemoInfo, engine: Engine) -> None:
    kinds = {s.kind: s.number for s in demo.samples}
    assert set(kinds) == {"basket", "electronics", "final-sale", "late"}
    decided = {}
    with UnitOfWork(engine) as uow:
        store = get_store(uow)
        returned = set(uow.session.scalars(select(Return.receipt_number)))
        for kind, number in kinds.items():
            assert number not in returned  # the whole receipt is there to return
            receipt = sales.find_by_number(uow, number)
            assert receipt is not None, number
            items = tuple(ReturnItem(x.line_no, 1, Condition.OPENED) for x in receipt.lines)
            proposal = propose_return(uow, store, DecideReturn(number, items, NOON))
            decided[kind] = (receipt, proposal.decision)
            if kind != "late":
                assert (TODAY - receipt.sold_at.astimezone(RIGA).date()).days <= 7

    receipt, decision = decided["basket"]
    assert len(receipt.lines) >= 3 and receipt.customer
    assert [t.method for t in receipt.tenders] == ["card", "cash"]
    assert {x.outcome for x in decision.lines} == {Outcome.REFUND}

    receipt, decision = decided["electronics"]
    assert receipt.lines[0].category == "electronics"
    assert decision.lines[0].rule == "electronics-opened" and decision.lines[0].fee.amount > 0

    receipt, decision = decided["final-sale"]
    assert "final-sale" in receipt.lines[0].tags and len(receipt.lines) >= 2
    assert [x.outcome for x in decision.lines][:2] == [Outcome.DENY, Outcome.REFUND]

    receipt, decision = decided["late"]
    days = decision.lines[0].days
    assert 30 < days <= 90
    assert {x.outcome for x in decision.lines} == {Outcome.STORE_CREDIT}


def test_the_demo_is_made_once(demo: DemoInfo, engine: Engine) -> None:
    with pytest.raises(InvalidInput, match="the demo store S01 exists already in this database"):
        create_demo(engine, receipts=10, today=TODAY)
    with UnitOfWork(engine) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Receipt)) == SMALL
    assert demo.counts.receipts == SMALL


def test_a_tiny_demo_still_works(engine: Engine) -> None:
    info = create_demo(engine, receipts=3, today=TODAY)
    assert info.counts.receipts == 3
    assert len(info.samples) == 3  # no receipt is old enough to show the late rule


# -- the full size, on the embedded default -----------------------------------------------
@pytest.mark.slow
def test_the_full_demo_takes_well_under_90_seconds_on_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    migrate(engine)
    started = time.perf_counter()
    info = create_demo(engine)
    elapsed = time.perf_counter() - started
    print(f"\nfull demo on SQLite: {elapsed:.1f} s; {info.counts}")
    assert elapsed < 90, f"the demo took {elapsed:.1f} s"
    assert info.counts.receipts == 20_000
    assert 300 <= info.counts.returns <= 600
    assert len(info.samples) == 4
    with UnitOfWork(engine) as uow:
        assert journal.verify(uow, get_store(uow)).ok
        assert uow.session.scalar(select(func.count()).select_from(Receipt)) == 20_000
        yesterday = (datetime.now(RIGA) - timedelta(days=1)).date()
        last = uow.session.scalar(select(func.max(Receipt.sold_at)))
        assert last is not None and last.astimezone(RIGA).date() <= yesterday
    engine.dispose()
