"""What a schema step names that differs per central database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Names:
    """What a step names that differs per central database, quoted for SQL."""

    database: str  # this database, an identifier
    stores: str  # its group of store roles, an identifier
    stores_text: str  # the same name as a string literal


Step = str | Callable[[Names], str]
