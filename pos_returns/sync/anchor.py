"""The centre as the journal's anchor: what it holds of this register's entries."""

from __future__ import annotations

import psycopg

from pos_returns.services.journal import Anchor
from pos_returns.services.register import ThisRegister
from pos_returns.sync.central import _plain
from pos_returns.sync.common import CentralUnreachable


def central_anchor(central_url: str, here: ThisRegister) -> Anchor:
    """Every entry the centre holds of this register instance (seq and hash) and the public
    key it registered there. Raises CentralUnreachable."""
    try:
        with psycopg.connect(_plain(central_url), connect_timeout=5) as conn:
            entries = conn.execute(
                "SELECT seq, hash FROM journal WHERE store = %s AND instance = %s",
                (here.store_code, here.instance_id),
            ).fetchall()
            key = conn.execute(
                "SELECT public_key FROM register_instances WHERE store = %s AND instance = %s",
                (here.store_code, here.instance_id),
            ).fetchone()
    except psycopg.OperationalError as exc:
        raise CentralUnreachable(" ".join(str(exc).split())[:200]) from None
    return Anchor({int(seq): str(h) for seq, h in entries}, str(key[0]) if key else None)
