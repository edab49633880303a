"""The register's journal key: an Ed25519 key kept outside the database file.

The private key is in the system keyring (Secret Service, macOS Keychain, Windows
Credential Manager) under the register instance's id. A machine without a keyring (a
headless till, CI) keeps it in a file of its own in the user's config folder
(``~/.config/pos-returns/journal-keys/<instance>.key``, readable by that user only),
never in the database: whoever can edit the database file can change its rows, but
cannot sign a journal entry without this key.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from platformdirs import user_config_dir

SERVICE = "pos-returns journal"


@dataclass(frozen=True)
class JournalKey:
    instance_id: uuid.UUID
    private: Ed25519PrivateKey
    where: str  # "the system keyring" or the file's path

    @property
    def public_hex(self) -> str:
        return public_hex(self.private)

    def sign(self, message: bytes) -> str:
        return self.private.sign(message).hex()


def public_hex(private: Ed25519PrivateKey) -> str:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def signature_holds(public: str, message: bytes, signature: str) -> bool:
    """Whether `signature` (hex) is the key `public`'s (hex) signature of `message`."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public))
        key.verify(bytes.fromhex(signature), message)
    except (ValueError, InvalidSignature):
        return False
    return True


def key_folder() -> Path:
    return Path(user_config_dir("pos-returns")) / "journal-keys"


_cache: dict[uuid.UUID, JournalKey] = {}
_lock = threading.Lock()


def load_key(instance_id: uuid.UUID) -> JournalKey | None:
    """This computer's journal key of the register instance, or None."""
    with _lock:
        found = _cache.get(instance_id)
        if found is not None:
            return found
        secret, where = _read(instance_id)
        if secret is None:
            return None
        key = JournalKey(instance_id, Ed25519PrivateKey.from_private_bytes(secret), where)
        _cache[instance_id] = key
        return key


def create_key(instance_id: uuid.UUID, *, pending: bool = False) -> JournalKey:
    """A new key for a new register instance, kept in the keyring (else its own file).
    `pending`: made for signing an older journal, which is not done until `activate`
    (a key left pending by an interrupted upgrade is taken up again; an active one never
    re-signs old entries). Raises FileExistsError if this computer has a key for that
    instance already."""
    with _lock:
        if _read(instance_id)[0] is not None:
            raise FileExistsError(f"a journal key for register instance {instance_id} exists")
        if pending:
            _mark(instance_id, "pending")
        private = Ed25519PrivateKey.generate()
        secret = private.private_bytes_raw()
        where = _write(instance_id, secret)
        key = JournalKey(instance_id, private, where)
        _cache[instance_id] = key
        return key


def is_pending(instance_id: uuid.UUID) -> bool:
    """Whether the key was made for an upgrade that has not finished."""
    return _marked(instance_id) == "pending"


def activate(instance_id: uuid.UUID) -> None:
    """The older journal is signed: the key is this register's for good."""
    _mark(instance_id, None)


class DamagedKey(Exception):
    """The register's key is there but cannot be read; `str()` says where."""


def _read(instance_id: uuid.UUID) -> tuple[bytes | None, str]:
    text: str | None = None
    where = "the system keyring"
    with contextlib.suppress(keyring.errors.KeyringError):
        text = keyring.get_password(SERVICE, str(instance_id))
    if not text:
        path = key_folder() / f"{instance_id}.key"
        where = str(path)
        try:
            text = path.read_text("ascii").strip()
        except FileNotFoundError:
            return None, where
        except (OSError, UnicodeDecodeError) as exc:
            raise DamagedKey(f"{where}: {exc}") from None
    try:
        secret = bytes.fromhex(text)
        if len(secret) != 32:
            raise ValueError("not 32 bytes")
    except ValueError as exc:
        raise DamagedKey(f"{where}: not an Ed25519 key ({exc})") from None
    return secret, where


def _marked(instance_id: uuid.UUID) -> str | None:
    with contextlib.suppress(keyring.errors.KeyringError):
        found = keyring.get_password(SERVICE, f"{instance_id}:state")
        if found:
            return found
    path = key_folder() / f"{instance_id}.state"
    try:
        return path.read_text("ascii").strip() or None
    except FileNotFoundError:
        return None


def _mark(instance_id: uuid.UUID, state: str | None) -> None:
    """Keep (or, with None, drop) the key's state, beside the key: outside the database."""
    path = key_folder() / f"{instance_id}.state"
    try:
        if state is None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(SERVICE, f"{instance_id}:state")
        else:
            keyring.set_password(SERVICE, f"{instance_id}:state", state)
            return
    except keyring.errors.KeyringError:
        pass
    if state is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(state + "\n", "ascii")


def _write(instance_id: uuid.UUID, secret: bytes) -> str:
    try:
        keyring.set_password(SERVICE, str(instance_id), secret.hex())
        return "the system keyring"
    except keyring.errors.KeyringError:
        pass
    folder = key_folder()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"{instance_id}.key"
    # Created readable by this user only, and never over an existing key.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(secret.hex() + "\n")
        out.flush()
        os.fsync(out.fileno())
    return str(path)
