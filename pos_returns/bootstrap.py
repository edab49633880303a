"""The composition root: what the counter, the command line and the benchmarks work with.

`setup(db)` opens the register's database (migrated, its old journal signed once), and
gives the register it is, the clock its acts take, the chain it syncs with and the
wording; every door builds it here and nowhere else. Nothing connects at import time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from pos_returns.domain.wording import Wording
from pos_returns.i18n import wording
from pos_returns.services.chain import Chain
from pos_returns.services.journal import sign_old_journal
from pos_returns.services.register import acting_as
from pos_returns.store.db import open_database

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


def database(db: str | None = None) -> Engine:
    """The migrated database named by ``--db``, ``POS_RETURNS_DB`` or the default file; a
    journal from before registers signed theirs is signed now (once, before any entry is
    added: `services.journal.sign_old_journal`)."""
    engine = open_database(db)
    sign_old_journal(engine)
    return engine


@dataclass(frozen=True)
class Setup:
    """A register at work: its database, which register it is, and its clock."""

    db: Engine
    store_code: str
    register: str
    demo: bool
    clock: Clock = field(default=_now)

    def central_url(self) -> str | None:
        """The chain's central database, password included (None: sync is off). Raises
        sync.settings.SettingsError when sync is set up but cannot be used."""
        from pos_returns.sync import settings

        return settings.central_url(self.db)

    def chain(self) -> Chain | None:
        """The chain this register asks, as the counter and the command line do."""
        from pos_returns.sync.lookup import chain_for

        return chain_for(self.central_url())

    @staticmethod
    def wording(lang: str) -> Wording:
        return wording(lang)


def setup(db: str | None = None, *, at: datetime | None = None) -> Setup:
    """The register whose database `db` names. `at` (a command's ``--at``) is taken by a
    demo database only (`services.register.when`): its clock then stands at that moment.
    Raises NotFound when the database is no register yet, InvalidInput for `at` on a
    store's register."""
    engine = database(db)
    acting = acting_as(engine, at=at)
    here = acting.here
    if at is not None:
        return Setup(engine, here.store_code, here.register, here.is_demo, lambda: acting.at)
    return Setup(engine, here.store_code, here.register, here.is_demo)


# -- the counter window's start ---------------------------------------------------------------
DEMO_NOTE = "demo-store.txt"
RECEIPTS_FOLDER = "receipts"


class NotARegister(Exception):
    """The database to open the counter on is no register yet; `str()` says how to make
    one."""


@dataclass(frozen=True)
class CounterStart:
    """What the counter window opens with."""

    db: Engine
    store_code: str
    register: str
    language: str  # the store's: the sign-in page speaks it
    central_url: str | None  # None: sync is off
    demo_note: Path | None  # the embedded demo's codes and PINs, to point the sign-in at


def counter_start(
    db: str | None,
    register: str | None = None,
    store_code: str | None = None,
    *,
    tell: Callable[[str], None] = print,
) -> CounterStart:
    """The counter's database and place. The embedded default (no ``--db``, no
    ``POS_RETURNS_DB``) makes the demo store on its first run (its PINs told and kept in
    `demo-store.txt` beside the database) and, with no printer set, shows receipts on
    screen and keeps them as PDFs in `receipts/` beside it. Raises NotARegister for
    another database with no store yet, ServiceError for a `register` or `store_code`
    that is not this database's."""
    import os

    from pos_returns.services import print_jobs
    from pos_returns.services.demo import create_demo
    from pos_returns.services.stores import counter_place
    from pos_returns.store.db import default_database

    engine = database(db)
    embedded = db is None and not os.environ.get("POS_RETURNS_DB")
    here = default_database().parent
    place = counter_place(engine, store_code, register)
    if place is None:
        if not embedded:
            raise NotARegister(
                f"{db} is no register yet: run `pos-returns demo --db {db}`, "
                f"`pos-returns import receipts FILE --create-store CODE:TIMEZONE:CURRENCY "
                f"--db {db}` or `pos-returns sync join --url ... --register R1 --db {db}`"
            )
        tell("Creating the demo store (first run)…")
        info = create_demo(engine)
        (here / DEMO_NOTE).write_text(info.report() + "\n", encoding="utf-8")
        tell(info.report())
        tell(f"(kept in {here / DEMO_NOTE})")
        place = counter_place(engine, info.store, register)
        assert place is not None
    if embedded:
        folder = here / RECEIPTS_FOLDER
        preview = print_jobs.PrinterSettings("preview://" + folder.resolve().as_posix())
        if print_jobs.install_register_printer(engine, place.store_code, place.register, preview):
            tell(f"Receipts are shown on screen and kept as PDFs in {folder}")
    return CounterStart(
        engine,
        place.store_code,
        place.register,
        place.language,
        _central_url(engine, tell),
        here / DEMO_NOTE if embedded and (here / DEMO_NOTE).is_file() else None,
    )


def _central_url(engine: Engine, tell: Callable[[str], None]) -> str | None:
    """The central database the register syncs with; sync off (and why) when its settings
    cannot be used."""
    from pos_returns.sync import settings

    try:
        return settings.central_url(engine)
    except settings.SettingsError as exc:
        tell(f"pos-returns: sync is off: {exc}")
        return None
