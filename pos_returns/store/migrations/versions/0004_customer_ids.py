"""Returns without a receipt: each store's key for hashing customers' ID numbers

Revision ID: 0004
Revises: 0003

The ID a customer shows for a return without a receipt is kept only as an HMAC of it with
this key; existing stores get a fresh random key.

Create Date: 2026-11-30 19:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pos_returns.store.models import new_id_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("stores", sa.Column("id_key", sa.String(length=64), nullable=True))
    stores = sa.table("stores", sa.column("id", sa.Uuid()), sa.column("id_key", sa.String(64)))
    bind = op.get_bind()
    for (store_id,) in bind.execute(sa.select(stores.c.id)).all():
        bind.execute(stores.update().where(stores.c.id == store_id).values(id_key=new_id_key()))


def downgrade() -> None:
    op.drop_column("stores", "id_key")  # SQLite 3.35+ drops a column in place
