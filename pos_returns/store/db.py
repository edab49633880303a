"""Opening a database: the URL, the engine with a till's SQLite settings, migrations.

SQLite (the embedded default) runs in WAL mode with ``synchronous=FULL`` so that a
completed return survives a power cut, with a busy timeout, foreign keys on, and write
transactions begun with ``BEGIN IMMEDIATE``: a deferred transaction that reads and then
writes fails at once with "database is locked", whatever the busy timeout.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 5000
WRITE = {"pos_write": True}
"""Execution options for a write unit of work (``BEGIN IMMEDIATE`` on SQLite)."""

MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """The database cannot be opened or used; the message says what to do."""


def default_database() -> Path:
    return Path(user_data_dir("pos-returns", appauthor=False)) / "pos-returns.sqlite3"


def database_url(db: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db`` (a URL or a file path), else ``POS_RETURNS_DB``, else
    the SQLite file in the user's data folder."""
    value = db or os.environ.get("POS_RETURNS_DB") or str(default_database())
    if "://" in value:
        url = make_url(value)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    path = Path(value).expanduser()
    return f"sqlite:///{path}"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; SQLite files get their folder made and the till settings."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _sqlite_settings(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_settings(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own BEGIN handling is turned off: we emit BEGIN ourselves below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("pos_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# -- migrations ---------------------------------------------------------------------------
def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (applied automatically when the app opens a database)."""
    try:
        command.upgrade(alembic_config(engine), revision)
    except Exception as exc:  # noqa: BLE001 - any failure here means the same to the user
        raise DatabaseError(
            f"could not prepare the database at {engine.url.render_as_string()}: {exc}"
        ) from exc


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str:
    head = ScriptDirectory.from_config(
        alembic_config(create_engine("sqlite://"))
    ).get_current_head()
    assert head is not None
    return head


def open_database(db: str | None = None) -> Engine:
    """The engine for ``--db``/``POS_RETURNS_DB``/the default file, migrated to head."""
    engine = make_engine(database_url(db))
    migrate(engine)
    return engine
