"""Outbox tables: alerts stored before anything is sent, and one delivery row per route.

Why two tables: an alert is one event (unique ``idempotency_key``, so enqueueing it twice is a
no-op), but it may go to several places (a channel for its pack, a digest for a manager), each
succeeding or failing on its own. ``outbox_attempts`` keeps every try so a failure can be shown
with its history rather than just a final status.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from crossguard.store.db import Base, UTCDateTime

BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


class DeliveryStatus(StrEnum):
    pending = "pending"  # due at next_attempt_at
    sending = "sending"  # claimed by a worker until lease_until
    delivered = "delivered"
    failed = "failed"  # permanent error, gave up, or held for a human; shown by `alerts list`
    digest_pending = "digest_pending"  # waiting for its route's digest
    digested = "digested"  # went out inside digest alert ``digest_alert_id``


class OutboxAlert(Base):
    __tablename__ = "outbox_alerts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    source: Mapped[str] = mapped_column(String(64), nullable=False)
    severity: Mapped[str] = mapped_column(String(16), nullable=False)
    severity_rank: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False, doc="the Alert as JSON")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class Delivery(Base):
    __tablename__ = "outbox_deliveries"
    __table_args__ = (
        UniqueConstraint("alert_id", "route", name="uq_outbox_deliveries_alert_route"),
        Index("ix_outbox_deliveries_status_due", "status", "next_attempt_at"),
        Index("ix_outbox_deliveries_route_status", "route", "status"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("outbox_alerts.id"), nullable=False)
    route: Mapped[str] = mapped_column(String(100), nullable=False)
    notifier: Mapped[str] = mapped_column(String(32), nullable=False)
    channel: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    secret_env: Mapped[str | None] = mapped_column(String(100), doc="env var holding this route's token/URL")
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, doc="sends started")
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0, doc="transient failures in a row")
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    first_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(100))
    needs_verify: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, doc="a send may have reached Slack unseen; look before resending"
    )
    last_error: Mapped[str | None] = mapped_column(Text)
    remote_id: Mapped[str | None] = mapped_column(String(100), doc="Slack message ts once delivered")
    remote_channel: Mapped[str | None] = mapped_column(String(100))
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    digest_alert_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_alerts.id"))


class DeliveryAttempt(Base):
    """One try (or verification) of a delivery; append-only."""

    __tablename__ = "outbox_attempts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("outbox_deliveries.id"), nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    worker: Mapped[str] = mapped_column(String(100), nullable=False)
    outcome: Mapped[str] = mapped_column(String(32), nullable=False)
    http_status: Mapped[int | None] = mapped_column(Integer)
    retry_after: Mapped[float | None] = mapped_column(Float)
    error: Mapped[str | None] = mapped_column(Text)
