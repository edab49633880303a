"""The schema, as SQLAlchemy 2 typed models; the same on SQLite and PostgreSQL.

Every table has a UUIDv7 key and carries its store (a chain's central database can be
distributed by store). Money is stored as integer minor units beside its currency, never
as a float or SQLite's lossy NUMERIC. Timestamps are UTC.
"""

from __future__ import annotations

import os
import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    event,
    false,
    inspect,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pos_returns.store.ids import uuid7


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; comes back aware (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware one")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, _dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


def new_id_key() -> str:
    """A store's key for hashing customers' ID numbers."""
    return os.urandom(32).hex()


def _key() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid7)


def _store() -> Mapped[uuid.UUID]:
    return mapped_column(ForeignKey("stores.id"), index=True)


class Role(StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"
    ADMIN = "admin"


class PolicyStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RETIRED = "retired"


class Store(Base):
    __tablename__ = "stores"
    id: Mapped[uuid.UUID] = _key()
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    timezone: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(8), default="en")
    receipt_footer: Mapped[str] = mapped_column(Text, default="")
    feedback_url: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Refunds of this much or more print a line for the customer's signature (None: never).
    signature_over_minor: Mapped[int | None] = mapped_column(BigInteger, default=None)
    # Receipts in another language than the store's also carry the store's language.
    bilingual_receipts: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The key of the customers' ID hashes (returns without a receipt), 32 random bytes in hex.
    id_key: Mapped[str | None] = mapped_column(String(64), default=new_id_key)


class Register(Base):
    __tablename__ = "registers"
    __table_args__ = (UniqueConstraint("store_id", "code"),)
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")
    printer: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Employee(Base):
    __tablename__ = "employees"
    __table_args__ = (UniqueConstraint("store_id", "code"),)
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_pins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    # The screen's language this employee last chose (None: the store's).
    language: Mapped[str | None] = mapped_column(String(8), default=None)


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("store_id", "sku"),)
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    sku: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(64), default="general")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    price_minor: Mapped[int] = mapped_column(BigInteger, default=0)


class Receipt(Base):
    """A sale. `number_key` is the number folded for scanning (no spaces or dashes, upper
    case); `total_minor` is what the tenders paid."""

    __tablename__ = "receipts"
    __table_args__ = (
        UniqueConstraint("store_id", "number"),
        Index("ix_receipts_number_key", "number_key"),
        Index("ix_receipts_customer_sold", "customer", "sold_at"),
    )
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    number: Mapped[str] = mapped_column(String(64))
    number_key: Mapped[str] = mapped_column(String(64))
    register_code: Mapped[str] = mapped_column(String(32))
    sold_at: Mapped[datetime] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3))
    customer: Mapped[str | None] = mapped_column(String(64), default=None)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(32), default="import")
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    lines: Mapped[list[ReceiptLine]] = relationship(
        back_populates="receipt", order_by="ReceiptLine.line_no", cascade="all, delete-orphan"
    )
    tenders: Mapped[list[Tender]] = relationship(
        back_populates="receipt", order_by="Tender.position", cascade="all, delete-orphan"
    )


class ReceiptLine(Base):
    __tablename__ = "receipt_lines"
    __table_args__ = (
        UniqueConstraint("receipt_id", "line_no"),
        Index("ix_receipt_lines_sku", "store_id", "sku"),
    )
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("receipts.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(64))
    tags: Mapped[list[Any]] = mapped_column(default=list)
    qty: Mapped[int] = mapped_column(Integer)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    tax_minor: Mapped[int] = mapped_column(BigInteger)
    returned_qty: Mapped[int] = mapped_column(Integer, default=0)
    receipt: Mapped[Receipt] = relationship(back_populates="lines")


class Tender(Base):
    __tablename__ = "tenders"
    __table_args__ = (
        UniqueConstraint("receipt_id", "position"),
        Index("ix_tenders_reference", "reference"),
    )
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    receipt_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("receipts.id"))
    position: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str | None] = mapped_column(String(64), default=None)
    receipt: Mapped[Receipt] = relationship(back_populates="tenders")


class PolicyVersion(Base):
    """A policy document; immutable once published: only its status may go on from
    published to retired (`_published_is_final` refuses any other change or a delete)."""

    __tablename__ = "policy_versions"
    __table_args__ = (UniqueConstraint("store_id", "version"),)
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=PolicyStatus.DRAFT)
    document: Mapped[dict[str, Any]] = mapped_column()
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id"), default=None)
    published_at: Mapped[datetime | None] = mapped_column(default=None)
    effective_from: Mapped[datetime | None] = mapped_column(default=None)


class PublishedPolicyChanged(Exception):
    """Someone tried to change or delete a published policy version."""


@event.listens_for(PolicyVersion, "before_update")
def _published_is_final(_mapper: Any, _connection: Any, target: PolicyVersion) -> None:
    state = inspect(target)
    status = state.attrs.status.history
    was = status.deleted[0] if status.deleted else target.status
    if was == PolicyStatus.DRAFT:
        return
    changed = [
        attr.key for attr in state.attrs if attr.key != "status" and attr.history.has_changes()
    ]
    if changed or target.status == PolicyStatus.DRAFT:
        raise PublishedPolicyChanged(
            f"policy version {target.version} was published and cannot change "
            f"({', '.join(changed) or 'status'}); publish a new version instead"
        )


@event.listens_for(PolicyVersion, "before_delete")
def _published_stays(_mapper: Any, _connection: Any, target: PolicyVersion) -> None:
    if target.status != PolicyStatus.DRAFT:
        raise PublishedPolicyChanged(
            f"policy version {target.version} was published and cannot be deleted"
        )


class Reason(Base):
    """A return reason on the store's configurable list; `needs_note` asks for a few words."""

    __tablename__ = "reasons"
    __table_args__ = (UniqueConstraint("store_id", "code"),)
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    code: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(200))
    needs_note: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Return(Base):
    """A completed return: an immutable event. `decision` is the decision document as
    the cashier saw it; `receipt_id` is empty for a return without a receipt."""

    __tablename__ = "returns"
    __table_args__ = (
        UniqueConstraint("store_id", "number"),
        Index("ix_returns_customer", "customer"),
    )
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    number: Mapped[str] = mapped_column(String(64))
    register_code: Mapped[str] = mapped_column(String(32))
    receipt_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("receipts.id"), index=True)
    receipt_number: Mapped[str | None] = mapped_column(String(64), default=None)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    customer: Mapped[str | None] = mapped_column(String(64), default=None)
    customer_id_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    reason_code: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    prefer: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8), default="en")
    policy_version: Mapped[int] = mapped_column(Integer)
    decision: Mapped[dict[str, Any]] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3))
    refund_total_minor: Mapped[int] = mapped_column(BigInteger)
    store_credit_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    returned_at: Mapped[datetime] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    lines: Mapped[list[ReturnLine]] = relationship(order_by="ReturnLine.position")
    refunds: Mapped[list[Refund]] = relationship(order_by="Refund.position")


class ReturnLine(Base):
    __tablename__ = "return_lines"
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    return_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("returns.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    receipt_line_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("receipt_lines.id"), index=True
    )
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(64))
    qty: Mapped[int] = mapped_column(Integer)
    condition: Mapped[str] = mapped_column(String(16))
    disposition: Mapped[str] = mapped_column(String(16))
    rule: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))
    refund_minor: Mapped[int] = mapped_column(BigInteger)
    fee_minor: Mapped[int] = mapped_column(BigInteger)
    tax_minor: Mapped[int] = mapped_column(BigInteger)


class Refund(Base):
    """Money given back to one tender of the receipt (or in cash without one)."""

    __tablename__ = "refunds"
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    return_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("returns.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str | None] = mapped_column(String(64), default=None)
    amount_minor: Mapped[int] = mapped_column(BigInteger)


class StoreCredit(Base):
    __tablename__ = "store_credits"
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    code: Mapped[str] = mapped_column(String(32), unique=True)
    currency: Mapped[str] = mapped_column(String(3))
    value_minor: Mapped[int] = mapped_column(BigInteger)
    balance_minor: Mapped[int] = mapped_column(BigInteger)
    return_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("returns.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)


class Approval(Base):
    """A manager's approval of a return, or override of a `deny`, with the note."""

    __tablename__ = "approvals"
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    return_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("returns.id"), index=True)
    manager_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    kind: Mapped[str] = mapped_column(String(16))  # approval | override
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class JournalEntry(Base):
    """The tamper-evident journal: `hash` = SHA-256 of the previous hash and this entry.

    Format 2 (entries written since the register had an identity) also covers
    `rows_digest`, the SHA-256 of the rows the entry records (a return with its lines,
    refunds, credit and approval; a policy version), and the register's instance; its
    `signature` is the register's Ed25519 signature of the hash, made with a key the
    database does not hold. Format 1 entries (older) are signed when the key is made."""

    __tablename__ = "journal"
    __table_args__ = (UniqueConstraint("store_id", "seq"),)
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    seq: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    payload: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column()
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    format: Mapped[int] = mapped_column(Integer, default=2, server_default="1")
    rows_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    signature: Mapped[str | None] = mapped_column(String(128), default=None)


class RegisterKind(StrEnum):
    STORE = "store"  # a real register: the machine's clock only
    DEMO = "demo"  # the demo store: commands may say when (`--at`), it never joins a chain


IMPORT_REGISTER = "IMPORT"
"""The register code of imported sales and of the past returns an import makes (never a
real register's: `services.register.make_register` refuses it)."""
IMPORT_EMPLOYEE = "import"
"""The code of a store's inactive system employee, the actor of imported returns."""


class RegisterIdentity(Base):
    """Which register this database is: its store, register code and instance, set once
    when the database is made or joins the chain (one row). Every number it gives carries
    `tag`, so numbers stay unique across the chain whatever history the database holds;
    `return_seq` is the last return number given here."""

    __tablename__ = "register_identity"
    one: Mapped[bool] = mapped_column(Boolean, primary_key=True, default=True)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"))
    register_code: Mapped[str] = mapped_column(String(32))
    instance_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    tag: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16), default=RegisterKind.STORE)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    return_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # The journal's Ed25519 public key (hex); its private half is in the system keyring.
    public_key: Mapped[str | None] = mapped_column(String(64), default=None)
    # The chain's central database, without its password (None: sync is off).
    central_url: Mapped[str | None] = mapped_column(Text, default=None)


class SyncRefusal(Base):
    """A record the central database refused (a number it holds already, text it cannot
    store...): kept out of the exchange, with the centre's reason, until a manager has it
    tried again; the rest keeps flowing."""

    __tablename__ = "sync_refusals"
    __table_args__ = (UniqueConstraint("store_id", "kind", "subject"),)
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    kind: Mapped[str] = mapped_column(String(16))  # receipt | return | journal | ...
    subject: Mapped[str] = mapped_column(String(64))  # its key: an id, or a journal seq
    label: Mapped[str] = mapped_column(String(200), default="")  # its number, for people
    reason: Mapped[str] = mapped_column(Text)
    first_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_at: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(Integer, default=1)


class OutboxItem(Base):
    """Something done here that the central database must hear of (sync, later)."""

    __tablename__ = "outbox"
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    kind: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    payload: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None, index=True)


class SyncState(Base):
    """Where the exchange with the central database stands: a cursor or watermark per
    stream (`receipts_pushed`, `policies_pulled`, ...), as text."""

    __tablename__ = "sync_state"
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PrintJob(Base):
    """A receipt to print, written in the transaction that made it (nothing is lost).

    queued -> done (on paper) or previewed (on screen only), or -> failed after
    `MAX_ATTEMPTS` (still listed, and retried on demand). `payload` holds the bytes of the
    first rendering, so a retry prints the very same receipt; `printer` is the printer model
    they were rendered for; `claimed_until` marks a job a sender is sending.
    """

    __tablename__ = "print_jobs"
    id: Mapped[uuid.UUID] = _key()
    store_id: Mapped[uuid.UUID] = _store()
    return_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("returns.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # return_receipt | reprint | test_page
    register_code: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    copy: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    printer: Mapped[str] = mapped_column(String(300), default="", server_default="")
    payload: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    claimed_until: Mapped[datetime | None] = mapped_column(default=None)
    claimed_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
