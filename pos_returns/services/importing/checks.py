"""The checks every layout's rows go through: text, dates and amounts as the database can
keep them (see the package's documentation), and the parsing they share, cached."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from typing import NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from pos_returns.domain import model as dm
from pos_returns.domain.currencies import minor_unit_exponent
from pos_returns.domain.formats import MAX_QTY
from pos_returns.domain.money import MAX_WHOLE_DIGITS
from pos_returns.services.errors import InvalidInput
from pos_returns.services.importing.report import ImportReport, Reject
from pos_returns.services.sales import number_key

MAX_DESCRIPTION = 500
"""Characters in a line's description, once cleaned; a longer one is rejected."""

EARLIEST_SALE = datetime(1990, 1, 1, tzinfo=UTC)
"""Sales before this are rejected ("date out of range"): a mistyped year, not history."""

FUTURE_SLACK = timedelta(days=1)
"""Sales more than this after the import's time are rejected ("date out of range")."""

SAME_SALE = timedelta(minutes=10)
"""How far the time of a receipt's row may be from its first row's: lines are stamped as
they are scanned. Further apart, the same number names another sale: the row is rejected."""

MAX_TEXT = 64  # receipt numbers, SKUs, categories and customers are String(64)
MAX_REGISTER = 32  # receipts.register_code is String(32)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_US_MOMENT = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
SPREADSHEET_NUMBER = re.compile(r"([0-9]+)\.0+")


@dataclass(frozen=True)
class StoreInfo:
    """The store imported into, as the checks need it."""

    code: str
    timezone: str
    currency: str


class Price(NamedTuple):
    value: Decimal
    minor: int  # rounded half up to the currency's minor unit
    exact: bool  # no rounding was needed
    in_range: bool = True  # below 10^12 in the currency


K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A dict that makes a missing value with `make` and keeps it (fast for repeats)."""

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> V:
        value = self[key] = self.make(key)
        return value


class Checks:
    """The checks and parsing of one import into one store; the layouts' readers build on
    it. Parsed dates, prices and receipt numbers are cached (`Memo`): exports repeat them."""

    def __init__(
        self,
        store: StoreInfo,
        report: ImportReport,
        *,
        default_category: str,
        tax_rate: Decimal,
        batch_size: int,
    ) -> None:
        self.store = store
        self.report = report
        self.default_category = default_category
        self.tax_rate = tax_rate
        self._rate = Fraction(tax_rate).as_integer_ratio()
        self.batch_size = batch_size
        self.zone = ZoneInfo(store.timezone)
        self.currency = store.currency
        self.exponent = minor_unit_exponent(store.currency)
        self.scale = Decimal(10) ** self.exponent
        # amounts from 10^12 in the currency on cannot be written (SPEC.md: 12 digits)
        self.limit = Decimal(10) ** MAX_WHOLE_DIGITS
        self.max_minor = 10 ** (MAX_WHOLE_DIGITS + self.exponent) - 1
        now = datetime.now(UTC)
        self.latest = now + FUTURE_SLACK
        self.moment: Memo[str, datetime | None] = Memo(self._moment)
        self.price: Memo[str, Price | None] = Memo(self._price)
        self.number_problem: Memo[str, str] = Memo(self._number_problem)

    def reject(
        self, line: int, reason: str, detail: str = "", field: str = "", *, row: Iterable[str]
    ) -> None:
        self.report.rejects.append(Reject(line, reason, detail, field, tuple(row)))

    def _moment(self, text: str) -> datetime | None:
        """An aware UTC datetime from the accepted layouts, naive ones in the store's zone."""
        try:
            return parse_moment(text.strip(), self.zone)
        except (ValueError, OverflowError):  # OverflowError: year 1 at +01:00 moved to UTC
            return None

    def date_problem(self, when: datetime) -> str:
        """Why a sale at `when` is not imported ("" if it is), for "date out of range"."""
        if when < EARLIEST_SALE:
            return f"{when.date().isoformat()}, before {EARLIEST_SALE.year}"
        if when > self.latest:  # as written: year 9999 may not move to UTC
            return f"{when.isoformat(timespec='minutes')}, after the import's time"
        return ""

    def _price(self, text: str) -> Price | None:
        """The price, its minor units rounded half up, and whether that is exact; a price
        out of range keeps its value (for the check) and 0 minor units."""
        try:
            price = Decimal(text.strip())
        except InvalidOperation:
            return None
        if not price.is_finite():
            return None
        if price.copy_abs() >= self.limit:  # 1e30: not made into a 31-digit integer
            return Price(price, 0, False, False)
        scaled = price * self.scale
        minor = int(scaled.to_integral_value(ROUND_HALF_UP))
        return Price(price, minor, scaled == minor)

    def amount(self, price: Price, qty: int) -> int:
        """qty * price in minor units, rounded half up."""
        if price.exact:
            return price.minor * qty
        return int((price.value * self.scale * qty).to_integral_value(ROUND_HALF_UP))

    def tax_of(self, amount: int) -> int:
        """The tax included in `amount` (>= 0) at `tax_rate`, rounded half up, in integers:
        with rate = p/q, amount * p / (100q + p)."""
        p, q = self._rate
        if not p:
            return 0
        whole = 100 * q + p
        return (2 * amount * p + whole) // (2 * whole)

    @staticmethod
    def _number_problem(number: str) -> str:
        """Why `number` cannot be a receipt's number ("" if it can)."""
        if CONTROL.search(number):
            return "control character in the receipt number"
        try:
            number_key(number)
        except InvalidInput:
            return "bad receipt number"
        return "bad receipt number" if len(number) > MAX_TEXT else ""


def clean(text: str) -> str:
    """A description without control characters (each run of them becomes one space),
    trimmed."""
    if CONTROL.search(text):
        text = _CONTROLS.sub(" ", text)
    return text.strip()


def cleaned(receipt: dm.Receipt) -> dm.Receipt:
    """`receipt` with its descriptions cleaned (itself when none needs it)."""
    if not any(CONTROL.search(line.description) for line in receipt.lines):
        return receipt
    lines = tuple(
        dataclasses.replace(line, description=clean(line.description)) for line in receipt.lines
    )
    return dataclasses.replace(receipt, lines=lines)


def parse_moment(text: str, zone: ZoneInfo) -> datetime:
    """``YYYY-MM-DD HH:MM:SS``, any ISO 8601 form Python reads, or ``M/D/YYYY H:MM``."""
    us = _US_MOMENT.fullmatch(text)
    if us:
        month, day, year, hour, minute, second = us.groups()
        value = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    else:
        value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value.astimezone(UTC)


def whole(text: str) -> int | None:
    """``"12.0"`` -> 12; None for anything that is not a whole number. Past `MAX_QTY` the
    value is MAX_QTY + 1 (with its sign): ``1e999999999`` is not made into an integer."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    if value.copy_abs() > MAX_QTY:
        return (MAX_QTY + 1) * (-1 if value < 0 else 1)
    if value != value.to_integral_value():
        return None
    return int(value)
