"""The composition root: builds the engine (and later printers and the sync client).

Nothing connects at import time; commands and the app call these when they start.
"""

from __future__ import annotations

from sqlalchemy import Engine

from pos_returns.services.journal import sign_old_journal
from pos_returns.store.db import open_database


def database(db: str | None = None) -> Engine:
    """The migrated database named by ``--db``, ``POS_RETURNS_DB`` or the default file; a
    journal from before registers signed theirs is signed now (once, before any entry is
    added: `services.journal.sign_old_journal`)."""
    engine = open_database(db)
    sign_old_journal(engine)
    return engine
