"""Money: a Decimal amount in a currency, never a float.

Arithmetic is exact; rounding to the currency's minor unit happens only where SPEC.md
says, always ROUND_HALF_UP. Formatting for people (Babel) happens at the edges, not here.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from pos_returns.domain.currencies import ACTIVE_CURRENCIES, minor_unit_exponent
from pos_returns.domain.errors import FormatError

MAX_WHOLE_DIGITS = 12
"""Digits before the decimal point: up to 999,999,999,999 (exact in Decimal's 28 digits)."""

_MONEY_TEXT = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")


def check_currency(code: object, field: str = "currency") -> str:
    """`code` if it is an ISO 4217 code in use today, else a FormatError naming `field`."""
    if not isinstance(code, str):
        raise FormatError(field, f'expected a currency code such as "EUR", got {json_kind(code)}')
    if code not in ACTIVE_CURRENCIES:
        raise FormatError(field, f'{code!r} is not a currency code in use (ISO 4217, e.g. "EUR")')
    return code


class Money:
    """An exact, immutable amount of one currency.

    Raises TypeError for a float amount (binary floats cannot hold cents exactly) and for
    arithmetic or comparison between different currencies; ValueError for an unknown
    currency or a non-finite amount.
    """

    __slots__ = ("_units", "amount", "currency")
    amount: Decimal
    currency: str
    _units: int | None  # the amount in minor units, once known

    def __init__(self, amount: Decimal | int, currency: str) -> None:
        if type(amount) is not Decimal:
            if isinstance(amount, float | bool):
                raise TypeError("Money refuses floats: pass a Decimal, an int or a decimal string")
            if not isinstance(amount, int | Decimal):
                raise TypeError(
                    f"Money amount must be a Decimal or int, not {type(amount).__name__}"
                )
            amount = Decimal(amount)
        if not amount.is_finite():
            raise ValueError("Money amount must be a finite number")
        if currency not in ACTIVE_CURRENCIES:
            raise ValueError(f"unknown currency {currency!r}")
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)
        object.__setattr__(self, "_units", None)

    @classmethod
    def _trusted(cls, amount: Decimal, currency: str, units: int | None = None) -> Money:
        """A Money from values already checked (arithmetic on Money); `units` its minor
        units when known (saves working them out again: the engine asks often)."""
        money = object.__new__(cls)
        _SET_AMOUNT(money, amount)  # the slots' own setters: the quickest way past
        _SET_CURRENCY(money, currency)  # __setattr__, for the engine's many sums
        _SET_UNITS(money, units)
        return money

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Money is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Money is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.currency == other.currency and self.amount == other.amount

    def __hash__(self) -> int:
        return hash((self.amount, self.currency))

    def __repr__(self) -> str:
        return f"Money({str(self.amount)!r}, {self.currency!r})"

    def __reduce__(self) -> tuple[type[Money], tuple[Decimal, str]]:
        return (Money, (self.amount, self.currency))

    # -- construction -------------------------------------------------------------
    @classmethod
    def parse(cls, text: object, currency: str, field: str = "amount") -> Money:
        """Read a decimal string such as ``"19.99"`` strictly.

        Refuses floats, numbers written as JSON numbers, exponents, commas, spaces, and
        more decimals than the currency's minor unit has, with a FormatError naming `field`.
        """
        if isinstance(text, float):
            raise FormatError(
                field, f'money must be a string such as "19.99", not the float {text!r}'
            )
        if not isinstance(text, str):
            raise FormatError(
                field, f'money must be a string such as "19.99", got {json_kind(text)}'
            )
        if not _MONEY_TEXT.fullmatch(text):
            raise FormatError(field, f'{text!r} is not an amount of money (write it like "19.99")')
        exponent = minor_unit_exponent(currency)
        whole, _, fraction = text.lstrip("-").partition(".")
        if len(whole) > MAX_WHOLE_DIGITS:
            raise FormatError(
                field, f"{text!r} is too large an amount (at most {MAX_WHOLE_DIGITS} digits)"
            )
        decimals = len(fraction)
        if decimals > exponent:
            raise FormatError(field, f"{text!r} has {decimals} decimals; {currency} has {exponent}")
        try:
            return cls(Decimal(text), currency)
        except InvalidOperation as exc:  # pragma: no cover - the regex already checked
            raise FormatError(field, f"{text!r} is not an amount of money") from exc

    @classmethod
    def from_minor(cls, units: int, currency: str) -> Money:
        """The amount of `units` minor units (cents) of `currency`."""
        if currency not in ACTIVE_CURRENCIES:
            raise ValueError(f"unknown currency {currency!r}")
        amount = Decimal(units).scaleb(-minor_unit_exponent(currency))
        return cls._trusted(amount, currency, units)

    @classmethod
    def zero(cls, currency: str) -> Money:
        zero = _ZEROS.get(currency)
        if zero is None:
            zero = _ZEROS[currency] = cls.from_minor(0, currency)
        return zero

    # -- views --------------------------------------------------------------------
    @property
    def exponent(self) -> int:
        return minor_unit_exponent(self.currency)

    @property
    def minor_units(self) -> int:
        """The amount in minor units; raises ValueError if it is not a whole number of them."""
        if self._units is not None:
            return self._units
        scaled = self.amount.scaleb(minor_unit_exponent(self.currency))
        units = int(scaled)
        if units != scaled:
            raise ValueError(f"{self} is not a whole number of minor units")
        _SET_UNITS(self, units)
        return units

    def rounded(self) -> Money:
        """Rounded to the minor unit, half up (SPEC.md's only rounding)."""
        quantum = Decimal(1).scaleb(-self.exponent)
        return Money(self.amount.quantize(quantum, rounding=ROUND_HALF_UP), self.currency)

    def to_json(self) -> str:
        """The SPEC.md string, every minor digit shown: ``"7.50"``, ``"0.00"``, JPY ``"1200"``."""
        return f"{self.rounded().amount:.{self.exponent}f}"

    def __str__(self) -> str:
        return f"{self.to_json()} {self.currency}"

    # -- arithmetic ---------------------------------------------------------------
    def _same(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise TypeError(f"cannot combine {self.currency} with {other.currency}")
        return other

    def __add__(self, other: Money) -> Money:
        return Money._trusted(self.amount + self._same(other).amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money._trusted(self.amount - self._same(other).amount, self.currency)

    def __neg__(self) -> Money:
        return Money._trusted(-self.amount, self.currency)

    def __mul__(self, factor: int | Decimal) -> Money:
        if isinstance(factor, float | bool) or not isinstance(factor, int | Decimal):
            raise TypeError("Money can be multiplied by an int or a Decimal only")
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        return self.amount < self._same(other).amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._same(other).amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._same(other).amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._same(other).amount

    def __bool__(self) -> bool:
        return bool(self.amount)


_ZEROS: dict[str, Money] = {}
_SET_AMOUNT = Money.__dict__["amount"].__set__
_SET_CURRENCY = Money.__dict__["currency"].__set__
_SET_UNITS = Money.__dict__["_units"].__set__


def json_kind(value: object) -> str:
    """How a JSON value reads to a person: 'the number 3.5', 'a list', 'null'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
