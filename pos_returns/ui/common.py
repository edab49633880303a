"""What the counter screen's parts share: where it works, fonts, error sentences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from pos_returns.services.errors import ServiceError
from pos_returns.services.uow import Database

Clock = Callable[[], datetime]


@dataclass
class Counter:
    """Where the screen works: the database, the store and register, the clock, and the
    chain's central database when this register syncs with one."""

    engine: Database
    store_code: str
    register: str
    clock: Clock = field(default=lambda: datetime.now(UTC))
    central_url: str | None = None  # None: sync is off (the embedded default)


def font(points: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def sentence(error: Exception, lang: str = "en") -> str:
    """What went wrong, as one sentence for the person at the counter, in `lang`."""
    if isinstance(error, ServiceError):
        text = error.in_language(lang)
    else:
        text = f"Something went wrong: {' '.join(str(error).split())[:200]}"
    return text[:1].upper() + text[1:]


def printer_problem(offline: str | None, problem: str | None) -> str | None:
    """Why the printer is not printing, in the screen's language when it is offline."""
    if offline is not None:
        return QCoreApplication.translate(
            "Printing", "Printer offline: check cable and paper ({detail})"
        ).format(detail=offline)
    return problem
