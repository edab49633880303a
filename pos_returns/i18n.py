"""Languages: gettext catalogues for the domain's sentences and Babel for formats.

The domain builds sentences through a `Wording`; this module gives it the catalogue
(``resources/locale/<lang>/LC_MESSAGES/pos_returns.mo``, compiled by ``pybabel``) and
Babel's way of writing numbers, money, dates and lists in that language.
"""

from __future__ import annotations

import gettext
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal, format_percent

from pos_returns.domain.money import Money
from pos_returns.domain.wording import Wording
from pos_returns.resources import resource

DOMAIN = "pos_returns"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "nl": "Nederlands",
    "lv": "Latviešu",
}
LOCALES: dict[str, str] = {"en": "en_IE", "fr": "fr_FR", "nl": "nl_NL", "lv": "lv_LV"}


class UnknownLanguage(ValueError):
    def __init__(self, lang: str) -> None:
        super().__init__(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
        self.lang = lang


class BabelFormats:
    """Numbers, money, dates and lists as CLDR writes them for one locale."""

    def __init__(self, locale: str) -> None:
        self.locale = Locale.parse(locale)

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.locale)

    def percent(self, value: Decimal) -> str:
        return format_percent(value / 100, locale=self.locale, decimal_quantization=False)

    def money(self, value: Money) -> str:
        return format_currency(value.rounded().amount, value.currency, locale=self.locale)

    def moment(self, value: datetime, timezone: str) -> str:
        """A date and time as people of this locale write it, in `timezone`."""
        local = value.astimezone(ZoneInfo(timezone))
        day = format_date(local, "short", locale=self.locale)
        return f"{day} {format_time(local, 'short', locale=self.locale)}"

    def day_month(self, value: date) -> str:
        return format_skeleton("MMMMd", value, locale=self.locale)

    def list_or(self, items: Sequence[str]) -> str:
        return format_list(list(items), style="or", locale=self.locale)


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UnknownLanguage(lang)
    return lang


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue for `lang` (English is the source language: no catalogue)."""
    check_language(lang)
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=resource("locale"), languages=[lang])


@cache
def wording(lang: str) -> Wording:
    """The `Wording` for one of LANGUAGES; raises UnknownLanguage for any other."""
    return Wording(translations(lang), BabelFormats(LOCALES[check_language(lang)]))
