"""Where this register's central database is, and how it signs in.

The URL (without its password) and the store go to ``sync.json`` in the user's config
folder; the password goes to the system keyring (Secret Service, macOS Keychain, Windows
Credential Manager). On a machine without a keyring it is read from
``POS_RETURNS_CENTRAL_PASSWORD`` instead; it is never written to a file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import keyring
import keyring.errors
from platformdirs import user_config_dir
from sqlalchemy.engine import make_url

from pos_returns.services.auth import Actor, require_manager

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


def settings_file() -> Path:
    return Path(user_config_dir("pos-returns")) / "sync.json"


def save(url: str, store: str, password: str | None, path: Path | None = None) -> str:
    """Keep the settings; the password in the keyring. Returns where the password went."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or not parsed.username:
        raise SettingsError("the central URL is postgresql://ROLE@HOST/DATABASE")
    if parsed.password:
        raise SettingsError("leave the password out of the URL: give it with --password-env")
    where = "not kept (give it in " + PASSWORD_ENV + ")"
    if password:
        try:
            keyring.set_password(SERVICE, f"{parsed.username}@{parsed.host}", password)
            where = "the system keyring"
        except keyring.errors.KeyringError:
            where = f"not kept: this machine has no keyring; set {PASSWORD_ENV}"
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"url": parsed.render_as_string(hide_password=False), "store": store})
    path.write_text(text + "\n", "utf-8")
    return where


def load(path: Path | None = None) -> SyncSettings | None:
    """The saved settings, or None: sync is off (the embedded default)."""
    path = path or settings_file()
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text("utf-8"))
        return SyncSettings(str(data["url"]), str(data["store"]))
    except (ValueError, KeyError, TypeError):
        raise SettingsError(f"{path} is damaged: run `pos-returns sync setup` again") from None


def connect_url(settings: SyncSettings) -> str:
    """The URL to connect with: the password from the keyring or the environment."""
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


def with_password(url: str, password: str) -> str:
    """`url` (postgresql://ROLE@HOST/DB) with `password`, to connect with (kept in memory)."""
    parsed = make_url(url)
    netloc = f"{quote(parsed.username or '', safe='')}:{quote(password, safe='')}@{parsed.host}"
    if parsed.port:
        netloc += f":{parsed.port}"
    return f"postgresql://{netloc}/{parsed.database or ''}"


def configure(actor: Actor, url: str, store: str, password: str, path: Path | None = None) -> str:
    """A manager points this register at the chain's central database (the back office's
    settings); returns where the password went. Raises SettingsError or PermissionDenied."""
    require_manager(actor, "setting up the central database")
    if not password:
        raise SettingsError("type the store's password for the central database")
    return save(url, store, password, path)
