"""Returns without a receipt, on real SQLite and PostgreSQL: the price basis from the
store's own sales, the customer's ID kept only as a keyed hash, and the return written
like any other (but touching no receipt)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from builders import receipt_doc
from integration.shop import RECEIPT, Shop, open_shop
from sqlalchemy import Engine, select

from pos_returns.domain.decision import ManagerReasonKind
from pos_returns.domain.model import Condition
from pos_returns.domain.money import Money
from pos_returns.domain.policy import Outcome
from pos_returns.services.errors import InvalidInput, NotFound, Refused
from pos_returns.services.no_receipt import customer_id_hash, price_basis
from pos_returns.services.receipts import return_receipt
from pos_returns.services.returns import (
    CompleteReturn,
    DecideReturn,
    ReturnItem,
    complete_return,
    propose_return,
)
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Product, ReceiptLine, Return, ReturnLine, StoreCredit

AT = datetime.fromisoformat("2026-10-20T10:00:00+03:00")
SCARF = RECEIPT["lines"][0]["sku"]  # sold at 22.50 a piece on 3 Oct (45.00 for two)
CANDLE = RECEIPT["lines"][2]["sku"]  # tagged final-sale


def sale(number: str, sold_at: datetime, unit: str, qty: int = 1, sku: str = SCARF) -> dict:
    amount = Money.parse(unit, "EUR", "unit") * qty
    return receipt_doc(
        receipt_number=number,
        sold_at=sold_at.isoformat(),
        customer=None,
        lines=[
            {
                "line": 1,
                "sku": sku,
                "description": "Wool scarf",
                "category": "apparel",
                "tags": [],
                "qty": qty,
                "unit_price": unit,
                "amount": amount.to_json(),
                "tax": "3.00",
            }
        ],
        tenders=[{"method": "cash", "amount": amount.to_json()}],
    )


@pytest.fixture
def shop(engine: Engine) -> Shop:
    return open_shop(
        engine,
        receipts=(
            RECEIPT,
            sale("S01-R1-000200", AT - timedelta(days=40), "19.90", qty=2),  # cheapest in 90 d
            sale("S01-R1-000201", AT - timedelta(days=120), "9.90"),  # cheaper, but too old
            sale("S01-R1-000202", AT + timedelta(days=1), "5.00"),  # after the return
        ),
    )


def items(*skus: str, condition: Condition = Condition.UNOPENED) -> tuple[ReturnItem, ...]:
    return tuple(ReturnItem(n, 1, condition, sku=sku) for n, sku in enumerate(skus, start=1))


def no_receipt(*skus: str, **changes) -> DecideReturn:  # noqa: ANN003
    return DecideReturn(None, items(*skus), AT, **changes)


def propose(shop: Shop, req: DecideReturn):  # noqa: ANN201
    with UnitOfWork(shop.engine) as uow:
        return propose_return(uow, shop.store(uow), req)


def complete(shop: Shop, req: DecideReturn, **changes):  # noqa: ANN003, ANN201
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        shown = propose_return(uow, store, req)
        cmd = CompleteReturn(
            req,
            shop.cashier,
            "changed-mind",
            expected_fingerprint=shown.fingerprint,
            **changes,
        )
        done = complete_return(uow, store, cmd)
        uow.commit()
    return done


def test_the_price_is_the_lowest_of_the_policys_window(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow:
        basis = price_basis(uow, shop.store(uow), f"  {SCARF} ", AT, 90)
    # 22.50 (3 Oct) and 19.90 (40 days ago) are in the window; 9.90 is 120 days old and
    # 5.00 was sold after the return's moment.
    assert basis.unit_price == Money.parse("19.90", "EUR", "x")
    assert basis.unit_tax == Money.parse("1.50", "EUR", "x")  # 3.00 for the two
    assert basis.sold_at is not None and abs(basis.sold_at - (AT - timedelta(days=40))) < timedelta(
        seconds=1
    )
    assert (basis.category, basis.description, basis.days) == ("apparel", "Wool scarf", 90)
    with UnitOfWork(shop.engine) as uow:
        wider = price_basis(uow, shop.store(uow), SCARF, AT, 200)
    assert wider.unit_price == Money.parse("9.90", "EUR", "x")


def test_an_item_not_sold_lately_takes_its_catalogue_price_and_an_unknown_one_is_refused(
    shop: Shop,
) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        uow.session.add(
            Product(
                store_id=store.id,
                sku="4750000000001",
                description="Linen towel",
                category="home",
                tags=["towels"],
                price_minor=1490,
            )
        )
        uow.commit()
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        basis = price_basis(uow, store, "4750000000001", AT, 90)
        assert basis.from_catalogue and basis.unit_price == Money.parse("14.90", "EUR", "x")
        assert basis.tags == frozenset({"towels"}) and basis.unit_tax is None
        with pytest.raises(NotFound, match="item 999 did not sell here in the last 90 days"):
            price_basis(uow, store, "999", AT, 90)
        with pytest.raises(InvalidInput, match="not an item code"):
            price_basis(uow, store, "   ", AT, 90)


def test_without_an_id_a_manager_must_approve_and_the_item_goes_to_store_credit(
    shop: Shop,
) -> None:
    proposal = propose(shop, no_receipt(SCARF))
    decision = proposal.decision
    assert proposal.receipt is None and not decision.has_receipt
    assert [(x.rule, x.outcome, x.refund) for x in decision.lines] == [
        ("no-receipt", Outcome.STORE_CREDIT, Money.parse("19.90", "EUR", "x"))
    ]
    kinds = {r.kind for r in decision.manager_reasons}
    assert ManagerReasonKind.NO_RECEIPT_WITHOUT_ID in kinds
    with_id = propose(shop, no_receipt(SCARF, customer_id="LV 120395-10304"))
    kinds = {r.kind for r in with_id.decision.manager_reasons}
    assert ManagerReasonKind.NO_RECEIPT_WITHOUT_ID not in kinds
    assert ManagerReasonKind.RULE in kinds  # the policy's no-receipt rule asks for a manager
    with pytest.raises(Refused, match="a manager must approve"):
        complete(shop, no_receipt(SCARF))


def test_a_completed_return_keeps_only_the_ids_keyed_hash_and_touches_no_receipt(
    shop: Shop,
) -> None:
    req = no_receipt(SCARF, SCARF, customer_id="lv 120395-10304")
    done = complete(shop, req, approver=shop.manager, approval_note="Item checked")
    assert done.store_credit == Money.parse("39.80", "EUR", "x")
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        row = uow.session.scalars(select(Return).where(Return.number == done.number)).one()
        assert row.receipt_id is None and row.receipt_number is None and row.customer is None
        assert row.customer_id_hash == customer_id_hash(store, "LV120395-10304")
        assert "120395" not in str(row.decision) and "120395" not in row.customer_id_hash
        lines = uow.session.scalars(select(ReturnLine).where(ReturnLine.return_id == row.id))
        assert [(x.line_no, x.sku, x.receipt_line_id, x.outcome) for x in lines] == [
            (1, SCARF, None, "store_credit"),
            (2, SCARF, None, "store_credit"),
        ]
        assert row.decision["price_basis"]["1"]["unit_price"] == "19.90"
        credit = uow.session.scalars(
            select(StoreCredit).where(StoreCredit.return_id == row.id)
        ).one()
        assert credit.value_minor == 3980
        returned = uow.session.scalars(select(ReceiptLine.returned_qty)).all()
        assert set(returned) == {0}  # no sale was marked as returned
        text = "\n".join(
            getattr(b, "text", "") + getattr(b, "left", "")
            for b in return_receipt(uow, store, row).blocks
        )
    assert "Returned without a receipt" in text and "Wool scarf" in text
    assert "policy version 1, lowest price of the last 90 days" in text, text
    assert "0 days after purchase" not in text


def test_the_same_id_however_typed_counts_toward_the_customers_limit(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        assert customer_id_hash(store, "lv 120395-10304") == customer_id_hash(
            store, "LV12039510304"
        )
        assert customer_id_hash(store, "LV12039510304") != customer_id_hash(store, "LV1203951030")
        with pytest.raises(InvalidInput, match="too short"):
            customer_id_hash(store, " 1-2 ")
    for _ in range(3):  # the policy allows 3 returns in 90 days, then a manager approves
        complete(
            shop,
            no_receipt(SCARF, customer_id="LV12039510304"),
            approver=shop.manager,
        )
    again = propose(shop, no_receipt(SCARF, customer_id="lv-120395 10304"))
    assert again.decision.recent_returns == 3
    kinds = {r.kind for r in again.decision.manager_reasons}
    assert ManagerReasonKind.CUSTOMER_LIMIT in kinds
    other = propose(shop, no_receipt(SCARF, customer_id="LV99999999999"))
    assert other.decision.recent_returns == 0


def test_policy_rules_still_apply_without_a_receipt(shop: Shop) -> None:
    # The candle sold only as final sale: its tags come with its price.
    candle = propose(shop, no_receipt(CANDLE)).decision.lines[0]
    assert (candle.rule, candle.outcome) == ("final-sale", Outcome.DENY)
    defective = propose(
        shop, DecideReturn(None, items(SCARF, condition=Condition.DEFECTIVE), AT)
    ).decision
    assert defective.lines[0].rule == "defective" and defective.lines[0].outcome is Outcome.REFUND
    assert [t.method.value for t in defective.to_tenders] == ["cash"]
    with pytest.raises(Refused, match="cannot be returned"):
        complete(shop, no_receipt(CANDLE, customer_id="LV12039510304"), approver=shop.manager)


def test_badly_numbered_or_unnamed_items_are_refused(shop: Shop) -> None:
    with pytest.raises(InvalidInput, match="numbered 1, 2, 3"):
        propose(shop, DecideReturn(None, (ReturnItem(2, 1, Condition.UNOPENED, sku=SCARF),), AT))
    with pytest.raises(InvalidInput, match="item 1: scan or type its item code"):
        propose(shop, DecideReturn(None, (ReturnItem(1, 1, Condition.UNOPENED),), AT))
    with pytest.raises(NotFound, match="item 12345"):
        propose(shop, no_receipt("12345"))
