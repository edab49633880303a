"""Each employee's language: the counter opens in it when they sign in

Revision ID: 0006
Revises: 0005

The counter starts in the store's language (`stores.language`); an employee who switches
the screen's language keeps that choice for their next sign-in. Empty: the store's.

Create Date: 2026-12-02 10:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("employees", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    op.drop_column("employees", "language")  # SQLite 3.35+ drops a column in place
