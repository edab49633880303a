"""Real databases for the store tests: SQLite files and throwaway PostgreSQL databases.

Every test that takes `engine` runs twice, on SQLite and on PostgreSQL
(``POS_RETURNS_TEST_PG``, default ``postgresql://postgres@127.0.0.1:5432/postgres``). Where
PostgreSQL cannot be reached the PostgreSQL runs are skipped with the reason, unless
``POS_RETURNS_REQUIRE_POSTGRES`` is set (as .ci/run does): then they fail.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from pos_returns.store.db import make_engine, migrate


def throwaway_postgres(admin: str) -> Iterator[str]:
    name = f"posr_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin).set(drivername="postgresql+psycopg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            # a central database's roles are named after it (its stores and their group)
            for (role,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)", (name + "_",)
            ).fetchall():
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL of the kind the test is parametrized with."""
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'till.sqlite3'}"
        return
    admin = request.getfixturevalue("postgres_admin")
    yield from throwaway_postgres(admin)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A migrated database, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'till.sqlite3'}"
        eng = make_engine(url)
        migrate(eng)
        yield eng
        eng.dispose()
        return
    admin = request.getfixturevalue("postgres_admin")
    for url in throwaway_postgres(admin):
        eng = make_engine(url)
        migrate(eng)
        try:
            yield eng
        finally:
            eng.dispose()


NOW = datetime(2026, 10, 20, 7, 0, tzinfo=UTC)
