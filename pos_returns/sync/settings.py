"""Where this register's central database is, and how it signs in.

The URL (without its password) is kept in the register's own database (`register_identity`),
so each database syncs with its own chain: setting up a second database never redirects the
first. The password goes to the system keyring (Secret Service, macOS Keychain, Windows
Credential Manager); on a machine without a keyring it is read from
``POS_RETURNS_CENTRAL_PASSWORD`` instead; it is never written to a file or the database.
``POS_RETURNS_CENTRAL`` (a whole URL with its password) overrides both, for a headless
register.

Before registers kept it, the URL was in one ``sync.json`` per user: the first database of
that store opened since takes it over (the file is renamed, so no other database does).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import keyring
import keyring.errors
import psycopg
from platformdirs import user_config_dir
from sqlalchemy.engine import make_url

from pos_returns.services import exchange
from pos_returns.services.auth import Actor, require_manager
from pos_returns.services.uow import Database
from pos_returns.sync.connection import CentralUnreachable, connected

log = logging.getLogger(__name__)
SERVICE = "pos-returns central"
PASSWORD_ENV = "POS_RETURNS_CENTRAL_PASSWORD"
URL_ENV = "POS_RETURNS_CENTRAL"  # a whole URL (with its password), for a headless register


class SettingsError(Exception):
    """The register's sync settings are missing or unusable; `str()` says what to do."""


@dataclass(frozen=True)
class SyncSettings:
    url: str  # without a password: postgresql://posr_s01@central.example/chain
    store: str

    @property
    def user(self) -> str:
        return make_url(self.url).username or ""


def legacy_file() -> Path:
    """Where versions before 0.2 kept one register's settings per user."""
    return Path(user_config_dir("pos-returns")) / "sync.json"


def check_url(url: str) -> str:
    """`url` as kept: postgresql://ROLE@HOST[:PORT]/DATABASE, no password."""
    try:
        parsed = make_url(url.strip())
    except Exception:  # noqa: BLE001 - SQLAlchemy's parser raises several kinds
        raise SettingsError("the central URL is postgresql://ROLE@HOST/DATABASE") from None
    if parsed.get_backend_name() != "postgresql" or not parsed.username or not parsed.host:
        raise SettingsError("the central URL is postgresql://ROLE@HOST/DATABASE")
    if parsed.password:
        raise SettingsError("leave the password out of the URL: give it with --password-env")
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def save(engine: Database, url: str, password: str | None, actor: Actor | None) -> str:
    """Keep the settings in this register's database (a manager's act, `actor`: see
    `register.set_central_url`); the password in the keyring. Returns where the password
    went. Raises SettingsError, PermissionDenied."""
    url = check_url(url)
    parsed = make_url(url)
    if password:
        _check_role(engine, url, password)
    exchange.keep_central_url(engine, url, actor)
    if not password:
        return "not kept (give it in " + PASSWORD_ENV + ")"
    try:
        keyring.set_password(SERVICE, f"{parsed.username}@{parsed.host}", password)
    except keyring.errors.KeyringError:
        return f"not kept: this machine has no keyring; set {PASSWORD_ENV}"
    return "the system keyring"


def _check_role(engine: Database, url: str, password: str) -> None:
    """When the centre answers, the role must be this register's store's (a register set
    up with another store's role would have every push refused). Unreachable: kept as
    asked, and the first sync says what is wrong."""
    here = exchange.this_register_of(engine)
    try:
        with connected(with_password(url, password)) as conn:
            row = conn.execute("SELECT current_store()").fetchone()
    except CentralUnreachable:
        return
    except psycopg.Error as exc:
        raise SettingsError(
            f"the central database refused {make_url(url).username}: {exc}"
        ) from None
    theirs = row[0] if row else None
    if theirs != here.store_code:
        raise SettingsError(
            f"{make_url(url).username} is "
            + (f"store {theirs}'s role" if theirs else "no store's role in that chain")
            + f", and this database is a register of {here.store_code}: "
            + f"use {here.store_code}'s role"
        )


def load(engine: Database) -> SyncSettings | None:
    """This register's settings, or None: sync is off (the embedded default)."""
    here = exchange.register_here(engine)
    if here is None:
        return None
    if here.central_url:
        return SyncSettings(here.central_url, here.store_code)
    return _adopt_legacy(engine, here.store_code)


def _adopt_legacy(engine: Database, store: str) -> SyncSettings | None:
    path = legacy_file()
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        url, owner = str(data["url"]), str(data["store"])
    except (ValueError, KeyError, TypeError, OSError):
        return None
    if owner != store:
        return None
    exchange.keep_central_url(engine, check_url(url), None, moving=True)
    path.rename(path.with_name("sync.json.moved-to-database"))
    log.warning("sync settings of %s moved from %s into this register's database", store, path)
    return SyncSettings(check_url(url), store)


def connect_url(settings: SyncSettings) -> str:
    """The URL to connect with: the password from the environment or the keyring."""
    parsed = make_url(settings.url)
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        try:
            password = keyring.get_password(SERVICE, f"{parsed.username}@{parsed.host}")
        except keyring.errors.KeyringError:
            password = None
    if password is None:
        raise SettingsError(
            f"no password for {parsed.username}: run `pos-returns sync setup` or set {PASSWORD_ENV}"
        )
    return with_password(settings.url, password)


def central_url(engine: Database) -> str | None:
    """The URL this register syncs with, password included (None: sync is off):
    ``POS_RETURNS_CENTRAL``, else its settings. Raises SettingsError."""
    saved = load(engine)
    url = os.environ.get(URL_ENV)
    if url:
        return _same_centre(url, saved)
    return connect_url(saved) if saved else None


def _same_centre(url: str, saved: SyncSettings | None) -> str:
    """``POS_RETURNS_CENTRAL`` names the centre this register was set up with (it brings
    the password along): a register never takes its policies and people from a database a
    manager did not choose."""
    given = make_url(url)
    if saved is not None:
        kept = make_url(saved.url)
        if (given.username, given.host, given.port, given.database) == (
            kept.username,
            kept.host,
            kept.port,
            kept.database,
        ):
            return url
    raise SettingsError(
        f"{URL_ENV} names {given.username}@{given.host}/{given.database}, but this register "
        + (
            f"syncs with {kept.username}@{kept.host}/{kept.database}"
            if saved is not None
            else "is not set up for a central database"
        )
        + ": a manager sets it up with `pos-returns sync setup`"
    )


def with_password(url: str, password: str) -> str:
    """`url` (postgresql://ROLE@HOST/DB) with `password`, to connect with (kept in memory)."""
    parsed = make_url(url)
    netloc = f"{quote(parsed.username or '', safe='')}:{quote(password, safe='')}@{parsed.host}"
    if parsed.port:
        netloc += f":{parsed.port}"
    return f"postgresql://{netloc}/{parsed.database or ''}"


def configure(actor: Actor, engine: Database, url: str, password: str) -> str:
    """A manager points this register at the chain's central database (the back office's
    settings); returns where the password went. Raises SettingsError or PermissionDenied."""
    require_manager(actor, "setting up the central database")
    if not password:
        raise SettingsError("type the store's password for the central database")
    return save(engine, url, password, actor)
