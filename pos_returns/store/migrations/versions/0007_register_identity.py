"""A register is an identity; the journal signed and covering its rows; refused records

Revision ID: 0007
Revises: 0006

- `register_identity`: which register this database is (store, register code, instance id
  and the instance's tag in its numbers), set once. An existing database becomes its own
  store's register R1 (or its first register), a new instance: its next return numbers
  carry the new tag, so they cannot clash with the numbers it gave before. A database with
  the demo store's receipts is a demo one.
- `journal`: `format` (1 for the entries written before), `rows_digest`, `signature`.
- `sync_refusals`: records the central database refused, kept apart with the reason.

Create Date: 2026-12-02 11:00:00.000000
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

import pos_returns.store.models
from pos_returns.store.ids import new_tag

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_identity",
        sa.Column("one", sa.Boolean(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("register_code", sa.String(length=32), nullable=False),
        sa.Column("instance_id", sa.Uuid(), nullable=False),
        sa.Column("tag", sa.String(length=8), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column(
            "created_at", pos_returns.store.models.UTCDateTime(timezone=True), nullable=False
        ),
        sa.Column("return_seq", sa.BigInteger(), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=True),
        sa.Column("central_url", sa.Text(), nullable=True),
        sa.CheckConstraint("one", name="ck_register_identity_one"),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"]),
        sa.PrimaryKeyConstraint("one"),
        sa.UniqueConstraint("instance_id"),
    )
    op.create_table(
        "sync_refusals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("store_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_at", pos_returns.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_at", pos_returns.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("store_id", "kind", "subject"),
    )
    op.create_index("ix_sync_refusals_store_id", "sync_refusals", ["store_id"])
    op.add_column("journal", sa.Column("format", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("journal", sa.Column("rows_digest", sa.String(length=64), nullable=True))
    op.add_column("journal", sa.Column("signature", sa.String(length=128), nullable=True))
    _identity_of_an_existing_database()


def _identity_of_an_existing_database() -> None:
    """The store with registers becomes this database's store, as R1 (or its first one)."""
    bind = op.get_bind()
    stores = sa.table("stores", sa.column("id", sa.Uuid()))
    registers = sa.table(
        "registers", sa.column("store_id", sa.Uuid()), sa.column("code", sa.String())
    )
    receipts = sa.table(
        "receipts", sa.column("store_id", sa.Uuid()), sa.column("source", sa.String())
    )
    own = bind.execute(
        sa.select(stores.c.id).where(
            sa.select(registers.c.code).where(registers.c.store_id == stores.c.id).exists()
        )
    ).all()
    if len(own) != 1:
        return  # no store yet (a new database), or several: it becomes one when made
    store_id = own[0][0]
    codes = sorted(
        code
        for (code,) in bind.execute(
            sa.select(registers.c.code).where(registers.c.store_id == store_id)
        )
    )
    demo = bind.execute(
        sa.select(receipts.c.source)
        .where(receipts.c.store_id == store_id, receipts.c.source == "demo")
        .limit(1)
    ).first()
    identity = sa.table(
        "register_identity",
        sa.column("one", sa.Boolean()),
        sa.column("store_id", sa.Uuid()),
        sa.column("register_code", sa.String()),
        sa.column("instance_id", sa.Uuid()),
        sa.column("tag", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("created_at", pos_returns.store.models.UTCDateTime()),
        sa.column("return_seq", sa.BigInteger()),
    )
    bind.execute(
        identity.insert().values(
            one=True,
            store_id=store_id,
            register_code="R1" if "R1" in codes else codes[0],
            instance_id=uuid.uuid4(),
            tag=new_tag(),
            kind="demo" if demo else "store",
            created_at=pos_returns.store.models.utcnow(),
            return_seq=0,
        )
    )


def downgrade() -> None:
    for name in ("signature", "rows_digest", "format"):  # SQLite 3.35+: in place
        op.drop_column("journal", name)
    op.drop_index("ix_sync_refusals_store_id", table_name="sync_refusals")
    op.drop_table("sync_refusals")
    op.drop_table("register_identity")
