"""Opening a database: the URL, the engine with a till's SQLite settings, migrations.

SQLite (the embedded default) runs in WAL mode with ``synchronous=FULL`` so that a
completed return survives a power cut, with a busy timeout, foreign keys on, a 64 MiB
page cache, and write transactions begun with ``BEGIN IMMEDIATE``: a deferred transaction
that reads and then writes fails at once with "database is locked", whatever the busy
timeout.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from platformdirs import user_data_dir
from sqlalchemy import Connection, Engine, Table, create_engine, event, insert
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 64 * 1024
"""SQLite's page cache per connection (the default 2 MiB holds little of a million
receipts' indexes; 64 MiB made imports into such a database a tenth faster)."""
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
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("pos_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


# -- bulk writes --------------------------------------------------------------------------
def bulk_insert(
    connection: Connection,
    model: Any,
    rows: Sequence[Mapping[str, Any]],
    *,
    ready: frozenset[str] = frozenset(),
) -> None:
    """Insert `rows` (dicts with the same keys) into `model`'s table in one executemany.

    On SQLite the rows go straight to the driver, each value through its column's bind
    processor: SQLAlchemy's per-row parameter handling was half the time of a sales import.
    Other databases take the ordinary Core insert (psycopg batches it itself). Columns in
    `ready` hold values already in the database's form (JSON as its text, say).
    """
    if not rows:
        return
    table: Table = model.__table__
    dialect = connection.dialect
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy_into(connection, table, rows, ready)
        return
    if ready and dialect.name != "sqlite":
        raise ValueError("bulk_insert: ready values need SQLite or PostgreSQL")
    if dialect.name != "sqlite":
        connection.execute(insert(table), list(rows))
        return
    names = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ())
    missing = set(order) - set(names)
    if missing:
        raise ValueError(f"bulk_insert into {table.name}: rows lack {sorted(missing)}")
    sample = rows[:64]
    columns: list[Iterable[Any]] = []
    for name in order:  # column by column: map() runs the processors at C speed
        values = [row[name] for row in rows]
        process: Callable[[Any], Any] | None = (
            None
            if name in ready
            else table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        )
        if process is None:
            columns.append(values)
            continue
        if _repeats(row[name] for row in sample):
            process = _remembering(process)
        columns.append(map(process, values))
    params = list(zip(*columns, strict=True))
    connection.exec_driver_sql(str(compiled), params)


def _copy_into(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    ready: frozenset[str] = frozenset(),
) -> None:
    """PostgreSQL: the rows through ``COPY ... FROM STDIN`` in the connection's transaction
    (psycopg's executemany took twice as long for an import)."""
    dialect = connection.dialect
    names = list(rows[0])
    processors = [None if name in ready else _processor(table, name, dialect) for name in names]
    columns = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    sql = f"COPY {dialect.identifier_preparer.format_table(table)} ({columns}) FROM STDIN"
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(
                    [
                        row[name] if process is None else process(row[name])
                        for name, process in zip(names, processors, strict=True)
                    ]
                )
    finally:
        cursor.close()


def _processor(table: Table, name: str, dialect: Any) -> Callable[[Any], Any] | None:
    processor: Callable[[Any], Any] | None = (
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
    )
    return processor


def _repeats(values: Iterable[Any]) -> bool:
    """Whether a column's values repeat (the store's id, a line's empty tags): then each
    value is processed once."""
    try:
        seen = list(values)
        return len(set(seen)) * 4 <= len(seen)
    except TypeError:  # unhashable
        return False


def _remembering(process: Callable[[Any], Any], size: int = 64) -> Callable[[Any], Any]:
    """`process` with its first `size` results kept."""
    seen: dict[Any, Any] = {}
    missing = object()

    def run(value: Any) -> Any:
        if value.__hash__ is None:
            return process(value)
        result = seen.get(value, missing)
        if result is missing:
            result = process(value)
            if len(seen) < size:
                seen[value] = result
        return result

    return run


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
