"""A strict reader over parsed JSON that names the field at fault in every error."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from pos_returns.domain.errors import FormatError, join_field
from pos_returns.domain.money import MAX_WHOLE_DIGITS, Money, json_kind

T = TypeVar("T")
_MISSING = object()


class Reader:
    """A JSON object at `path`; every getter raises FormatError naming the field."""

    def __init__(self, data: object, path: str = "") -> None:
        if not isinstance(data, dict):
            raise FormatError(path, f"expected an object, got {json_kind(data)}")
        self.data: dict[str, object] = data
        self.path = path

    def field(self, key: str) -> str:
        return join_field(self.path, key)

    def fail(self, key: str, message: str) -> FormatError:
        return FormatError(self.field(key), message)

    def has(self, key: str) -> bool:
        return key in self.data

    def raw(self, key: str, *, required: bool = True) -> object:
        value = self.data.get(key, _MISSING)
        if value is _MISSING:
            if required:
                raise self.fail(key, "is missing")
            return None
        return value

    def only(self, *keys: str) -> None:
        """Refuse keys not in `keys` (a misspelt condition must not widen a rule)."""
        for key in self.data:
            if key not in keys:
                known = ", ".join(keys)
                raise self.fail(key, f"is not a known field here (known: {known})")

    def format(self, expected: str) -> None:
        value = self.raw("format")
        if value != expected:
            raise self.fail("format", f"expected {expected!r}, got {json_kind(value)}")

    def text(self, key: str, *, required: bool = True, empty: bool = False) -> str | None:
        value = self.raw(key, required=required)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"expected text, got {json_kind(value)}")
        if not empty and not value.strip():
            raise self.fail(key, "is empty")
        return value

    def req_text(self, key: str, *, empty: bool = False) -> str:
        value = self.text(key, empty=empty)
        assert value is not None
        return value

    def number(
        self,
        key: str,
        *,
        required: bool = True,
        minimum: int | None = None,
        maximum: int | None = None,
    ) -> int | None:
        value = self.raw(key, required=required)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"expected a whole number, got {json_kind(value)}")
        if minimum is not None and value < minimum:
            raise self.fail(key, f"{value} is out of range (at least {minimum})")
        if maximum is not None and value > maximum:
            raise self.fail(key, f"{value} is out of range (at most {maximum})")
        return value

    def req_number(
        self, key: str, *, minimum: int | None = None, maximum: int | None = None
    ) -> int:
        value = self.number(key, minimum=minimum, maximum=maximum)
        assert value is not None
        return value

    def flag(self, key: str, *, required: bool = True) -> bool | None:
        value = self.raw(key, required=required)
        if value is None and not required:
            return None
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {json_kind(value)}")
        return value

    def money(self, key: str, currency: str, *, required: bool = True) -> Money | None:
        value = self.raw(key, required=required)
        if value is None and not required:
            return None
        return Money.parse(value, currency, self.field(key))

    def req_money(self, key: str, currency: str) -> Money:
        value = self.money(key, currency)
        assert value is not None
        return value

    def percent(self, key: str, *, required: bool = False) -> Decimal | None:
        """A percentage from 0 to 100 written as a string ("15", "12.5") or whole number."""
        value = self.raw(key, required=required)
        if value is None and not required:
            return None
        if isinstance(value, bool) or isinstance(value, float) or not isinstance(value, str | int):
            raise self.fail(key, f'expected a percentage such as "15", got {json_kind(value)}')
        try:
            pct = Decimal(value) if isinstance(value, int) else Decimal(value.strip())
        except InvalidOperation:
            raise self.fail(key, f"{value!r} is not a number") from None
        if not pct.is_finite() or not Decimal(0) <= pct <= Decimal(100):
            raise self.fail(key, f"{value!r} is out of range (0 to 100)")
        return pct

    def decimal(self, key: str, *, required: bool = False) -> Decimal | None:
        """A non-negative amount with no currency attached, written as a string."""
        value = self.raw(key, required=required)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f'money must be a string such as "200.00", got {json_kind(value)}')
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise self.fail(key, f"{value!r} is not an amount of money") from None
        if (
            not amount.is_finite()
            or amount < 0
            or value.strip() != value
            or "e" in value.lower()
            or len(value.partition(".")[0]) > MAX_WHOLE_DIGITS
        ):
            raise self.fail(key, f'{value!r} is not an amount of money (write it like "200.00")')
        return amount

    def moment(self, key: str) -> datetime:
        """An ISO 8601 date and time with its UTC offset."""
        value = self.req_text(key)
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"{value!r} is not an ISO 8601 date and time") from None
        if parsed.tzinfo is None or parsed.utcoffset() is None:
            raise self.fail(
                key, f"{value!r} has no UTC offset (write it like 2026-10-03T14:22:05+03:00)"
            )
        return parsed

    def obj(self, key: str, *, required: bool = True) -> Reader | None:
        value = self.raw(key, required=required)
        if value is None and not required:
            return None
        return Reader(value, self.field(key))

    def items(self, key: str, *, required: bool = True, empty: bool = True) -> list[object]:
        value = self.raw(key, required=required)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list, got {json_kind(value)}")
        if not empty and not value:
            raise self.fail(key, "is empty")
        return value

    def objects(self, key: str, *, required: bool = True, empty: bool = True) -> Iterator[Reader]:
        for index, item in enumerate(self.items(key, required=required, empty=empty)):
            yield Reader(item, f"{self.field(key)}[{index}]")

    def strings(self, key: str, *, required: bool = True, empty: bool = False) -> list[str] | None:
        if not required and self.data.get(key) is None:
            return None
        values = self.items(key, empty=empty)
        for index, item in enumerate(values):
            if not isinstance(item, str) or not item.strip():
                raise FormatError(
                    f"{self.field(key)}[{index}]", f"expected text, got {json_kind(item)}"
                )
        return [str(v) for v in values]

    def choice(self, key: str, kind: Callable[[str], T], *, required: bool = True) -> T | None:
        """A value of an enum such as Condition, with the allowed values in the error."""
        value = self.raw(key, required=required)
        if value is None and not required:
            return None
        return parse_choice(value, kind, self.field(key))


def parse_choice(value: object, kind: Callable[[str], T], field: str) -> T:
    allowed = ", ".join(str(v) for v in kind)  # type: ignore[attr-defined]
    if not isinstance(value, str):
        raise FormatError(field, f"expected one of {allowed}, got {json_kind(value)}")
    try:
        return kind(value)
    except ValueError:
        raise FormatError(field, f"{value!r} is not one of {allowed}") from None
