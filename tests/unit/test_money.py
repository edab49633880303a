from __future__ import annotations

from decimal import Decimal

import pytest

from pos_returns.domain.errors import FormatError
from pos_returns.domain.money import Money


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        Money(19.99, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(Decimal("1"), "EUR") * 1.5  # type: ignore[operator]


def test_money_refuses_unknown_currencies_and_mixed_arithmetic() -> None:
    with pytest.raises(ValueError):
        Money(Decimal("1"), "EUX")
    with pytest.raises(TypeError):
        Money(Decimal("1"), "EUR") + Money(Decimal("1"), "USD")


def test_money_is_immutable() -> None:
    money = Money(Decimal("1.00"), "EUR")
    with pytest.raises(AttributeError):
        money.amount = Decimal("2")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "currency", "json"),
    [
        ("19.99", "EUR", "19.99"),
        ("19.9", "EUR", "19.90"),
        ("0", "EUR", "0.00"),
        ("1200", "JPY", "1200"),
        ("1.234", "KWD", "1.234"),
        ("-5.00", "EUR", "-5.00"),
    ],
)
def test_parse_reads_decimal_strings_and_writes_every_minor_digit(
    text: str, currency: str, json: str
) -> None:
    assert Money.parse(text, currency).to_json() == json


@pytest.mark.parametrize(
    "bad", ["19,99", "1e3", "19.999", "", " 5.00", "5.00 ", "+5", "05.00", ".5", "5.", "NaN", "€5"]
)
def test_parse_refuses_what_is_not_plainly_money(bad: str) -> None:
    with pytest.raises(FormatError) as err:
        Money.parse(bad, "EUR", "lines[0].amount")
    assert err.value.field == "lines[0].amount"


def test_parse_refuses_json_numbers() -> None:
    with pytest.raises(FormatError, match="float"):
        Money.parse(45.0, "EUR")
    with pytest.raises(FormatError, match="string"):
        Money.parse(45, "EUR")


def test_minor_units_round_trip() -> None:
    assert Money.from_minor(1542, "EUR") == Money(Decimal("15.42"), "EUR")
    assert Money(Decimal("15.42"), "EUR").minor_units == 1542
    assert Money(Decimal("7"), "JPY").minor_units == 7
    with pytest.raises(ValueError):
        _ = Money(Decimal("0.005"), "EUR").minor_units


def test_rounding_is_half_up() -> None:
    assert Money(Decimal("2.245"), "EUR").rounded().to_json() == "2.25"
    assert Money(Decimal("2.2449"), "EUR").rounded().to_json() == "2.24"
