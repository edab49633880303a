"""UUIDv7 keys (RFC 9562): time-ordered, so new rows append to the primary-key index.

The random bits come from `random` (reseeded from the OS in every process and after a
fork), not from `os.urandom`: keys must be unique, not secret, and a system call per key
let other threads take the GIL in the middle of a bulk import.
"""

from __future__ import annotations

import random
import secrets
import threading
import time
import uuid

_lock = threading.Lock()
_state = {"ms": 0, "counter": 0}


def uuid7() -> uuid.UUID:
    """A new UUIDv7: 48-bit Unix milliseconds, a 12-bit counter that keeps ids made in the
    same millisecond in order (RFC 9562 method 1), and 62 random bits."""
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _state["ms"]:
            ms = _state["ms"]
            _state["counter"] += 1
            if _state["counter"] > 0xFFF:
                ms += 1
                _state["counter"] = 0
        else:
            _state["counter"] = random.getrandbits(11)
        _state["ms"] = ms
        counter = _state["counter"]
    random62 = random.getrandbits(62)
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | random62
    return uuid.UUID(int=value)


TAG_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U


def new_tag(length: int = 4) -> str:
    """A register instance's short code in the numbers it gives (``K7QF``): 20 random bits
    from the OS, in letters and digits that are not misread (Crockford's base 32)."""
    return "".join(secrets.choice(TAG_ALPHABET) for _ in range(length))
