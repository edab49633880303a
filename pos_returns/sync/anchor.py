"""The centre as the journal's anchor: what it holds of this register's entries."""

from __future__ import annotations

from pos_returns.services.journal import Anchor
from pos_returns.services.register import ThisRegister
from pos_returns.sync.connection import connected


def central_anchor(central_url: str, here: ThisRegister) -> Anchor:
    """Every entry the centre holds of this register instance (seq and hash) and the public
    key it registered there. Raises CentralUnreachable."""
    with connected(central_url) as conn:
        entries = conn.execute(
            "SELECT seq, hash FROM journal WHERE store = %s AND instance = %s",
            (here.store_code, here.instance_id),
        ).fetchall()
        key = conn.execute(
            "SELECT public_key FROM register_instances WHERE store = %s AND instance = %s",
            (here.store_code, here.instance_id),
        ).fetchone()
    return Anchor({int(seq): str(h) for seq, h in entries}, str(key[0]) if key else None)
