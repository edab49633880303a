"""Printing: the print queue's bytes, printer and retry time; receipt settings per store

Revision ID: 0003
Revises: 0002

A print job keeps the bytes of its first rendering, so a retry sends the very same
receipt; `next_attempt_at` spaces the retries of a printer that is offline;
`claimed_until` keeps two senders from printing one job twice.

Create Date: 2026-11-30 16:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import pos_returns.store.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, which SQLite has: a batch "move and copy" of `stores` would fail on
    # the foreign keys that point at it.
    op.add_column("stores", sa.Column("signature_over_minor", sa.BigInteger(), nullable=True))
    op.add_column(
        "stores",
        sa.Column("bilingual_receipts", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "print_jobs", sa.Column("copy", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column(
        "print_jobs",
        sa.Column("printer", sa.String(length=300), nullable=False, server_default=""),
    )
    op.add_column("print_jobs", sa.Column("payload", sa.LargeBinary(), nullable=True))
    op.add_column(
        "print_jobs",
        sa.Column("claimed_by", sa.String(length=100), nullable=False, server_default=""),
    )
    for name in ("next_attempt_at", "claimed_until"):
        op.add_column(
            "print_jobs",
            sa.Column(name, pos_returns.store.models.UTCDateTime(timezone=True), nullable=True),
        )


def downgrade() -> None:
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_column("claimed_by")
        batch_op.drop_column("claimed_until")
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("payload")
        batch_op.drop_column("printer")
        batch_op.drop_column("copy")
    with op.batch_alter_table("stores", schema=None) as batch_op:
        batch_op.drop_column("bilingual_receipts")
        batch_op.drop_column("signature_over_minor")
