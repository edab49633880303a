"""Finding receipts as a cashier would, and signing in with PINs."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from integration.shop import Shop, open_shop
from sqlalchemy import Engine

from pos_returns.services import sales
from pos_returns.services.auth import authenticate, hash_pin, pin_matches, sign_in
from pos_returns.services.errors import AuthFailed, InvalidInput
from pos_returns.services.stores import add_employee
from pos_returns.services.uow import UnitOfWork
from pos_returns.store.models import Role

NOW = datetime.fromisoformat("2026-10-20T10:00:00+03:00")


@pytest.fixture
def shop(engine: Engine) -> Shop:
    return open_shop(engine)


@pytest.mark.parametrize(
    "typed", ["S01-R2-000123", "s01-r2-000123", " S01 R2 000123 ", "S01R2000123", "s01_r2/000123"]
)
def test_a_receipt_number_is_found_however_it_is_typed(shop: Shop, typed: str) -> None:
    with UnitOfWork(shop.engine) as uow:
        row = sales.find_by_number(uow, typed)
        assert row is not None and row.number == "S01-R2-000123"


def test_a_malformed_number_suggests_other_searches(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow, pytest.raises(InvalidInput, match="search by customer"):
        sales.find_by_number(uow, "#?!")


def test_receipts_are_found_by_customer_card_and_item(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow:
        store = shop.store(uow)
        assert [r.number for r in sales.find_by_customer(uow, "C-1001")] == ["S01-R2-000123"]
        assert sales.find_by_customer(uow, "C-9") == []
        by_card = sales.find_by_card(uow, "visa 1234", date(2026, 10, 3), store.timezone)
        assert [r.number for r in by_card] == ["S01-R2-000123"]
        assert sales.find_by_card(uow, "VISA 1234", date(2026, 10, 4), store.timezone) == []
        found = sales.find_by_sku(
            uow, store, "8806094934751", first=date(2026, 10, 1), last=date(2026, 10, 3)
        )
        assert [r.number for r in found] == ["S01-R2-000123"]
        assert (
            sales.find_by_sku(
                uow, store, "8806094934751", first=date(2026, 10, 4), last=date(2026, 10, 9)
            )
            == []
        )


def test_pins_are_stored_as_slow_salted_hashes() -> None:
    first, second = hash_pin("1234"), hash_pin("1234")
    assert first != second and first.startswith("scrypt$") and "1234" not in first
    assert pin_matches("1234", first) and not pin_matches("4321", first)
    with pytest.raises(ValueError):
        hash_pin("12")


def test_five_wrong_pins_lock_the_employee_for_a_while(shop: Shop) -> None:
    for attempt in range(1, 6):
        with pytest.raises(AuthFailed) as err:
            sign_in(shop.engine, "101", "0000", NOW)
        if attempt < 5:
            assert f"{5 - attempt} tries left" in str(err.value)
    assert "locked for 15 minutes" in str(err.value)
    with pytest.raises(AuthFailed, match="locked"):
        sign_in(shop.engine, "101", "1234", NOW + timedelta(minutes=5))
    actor = sign_in(shop.engine, "101", "1234", NOW + timedelta(minutes=16))
    assert actor.code == "101" and not actor.is_manager


def test_an_unknown_employee_is_refused(shop: Shop) -> None:
    with UnitOfWork(shop.engine) as uow, pytest.raises(AuthFailed, match="no active employee"):
        authenticate(uow, shop.store(uow), "555", "1234", NOW)


def test_an_employee_code_is_used_once_per_store(shop: Shop) -> None:
    with UnitOfWork(shop.engine, write=True) as uow:
        store = shop.store(uow)
        with pytest.raises(InvalidInput, match="employee code 101 is Anna's already"):
            add_employee(uow, store, code="101", name="Otto", role=Role.CASHIER, pin="4321")
