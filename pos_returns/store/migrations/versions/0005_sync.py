"""Central sync: where each stream of the exchange stands

Revision ID: 0005
Revises: 0004

Create Date: 2026-11-30 19:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pos_returns.store.models

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column(
            "updated_at", pos_returns.store.models.UTCDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"]),
        sa.PrimaryKeyConstraint("store_id", "name"),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
