"""The unit of work: one session, one transaction, rolled back unless committed.

    with UnitOfWork(engine, write=True) as uow:
        ...
        uow.commit()

A write unit begins with ``BEGIN IMMEDIATE`` on SQLite, so two registers completing
returns at once wait for each other (up to the busy timeout) instead of failing.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pos_returns.store.db import WRITE

Database = Engine
"""What a unit of work opens: the layers above name it without importing SQLAlchemy."""


class UnitOfWork:
    def __init__(self, engine: Engine, *, write: bool = False) -> None:
        self.engine = engine
        self.write = write
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside a `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        bind = self.engine.execution_options(**WRITE) if self.write else self.engine
        self._session = Session(bind=bind, expire_on_commit=False, autoflush=True)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() rolls back whatever was not committed and detaches the objects read,
        # keeping their loaded values (rollback() would expire them).
        self.session.close()
        self._session = None

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()
