"""Watcher tables: per-feed polling state, stored feed items and the SKUs each concerns, and ECB
exchange rates.

Declared on ``crossguard.store.db.Base`` so the project's one Alembic history (revisions
``0002_watch_outbox``, ``0005_feed_matches``) owns them. Rates are stored as decimal *text*: SQLite has no exact decimal
type (it would round-trip "0.84770" through a float), and the FX pack wants exactly what the ECB
published.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from crossguard.store.db import Base, UTCDateTime

BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


class FeedState(Base):
    """Where polling of one feed stands: validators for conditional GET, schedule, failures."""

    __tablename__ = "watch_feeds"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    url: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    modified: Mapped[str | None] = mapped_column(String(100), doc="Last-Modified as the server sent it")
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_status: Mapped[int | None] = mapped_column(Integer, doc="HTTP status of the last poll")
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0, doc="consecutive failed polls")
    last_error: Mapped[str | None] = mapped_column(Text, doc="fetch error, or the parser's bozo complaint")
    items_total: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_new_items: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class FeedItemRow(Base):
    """One feed entry, stored once per feed (identity: ``dedupe_key``, see watchers.parsers.make_item).

    ``alert_state`` is the hand-off to the feed alert source: ``pending`` rows are turned into
    outbox alerts and flipped to ``enqueued`` in the same transaction, so a crash between the two
    cannot lose or double an alert.
    """

    __tablename__ = "watch_items"
    __table_args__ = (
        UniqueConstraint("feed", "dedupe_key", name="uq_watch_items_feed_dedupe_key"),
        Index("ix_watch_items_alert_state", "alert_state"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    feed: Mapped[str] = mapped_column(String(100), nullable=False)
    dedupe_key: Mapped[str] = mapped_column(String(64), nullable=False)
    guid: Mapped[str | None] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    categories_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    revisions: Mapped[int] = mapped_column(Integer, nullable=False, default=0, doc="content changes seen later")
    tags_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    skus_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    severity: Mapped[str | None] = mapped_column(String(16))
    alert_state: Mapped[str] = mapped_column(String(16), nullable=False, default="none")
    alert_key: Mapped[str | None] = mapped_column(String(64))


class FeedItemMatch(Base):
    """One (feed item, SKU) pair the matcher found: how sure and why (``crossguard alerts show ID --all``).

    ``rank`` keeps the matcher's order (strongest first); ``title`` is the SKU's title when matched, so an
    alert read later shows what was matched even if the catalog changed since.
    """

    __tablename__ = "watch_item_matches"
    __table_args__ = (
        UniqueConstraint("item_id", "sku", name="uq_watch_item_matches_item_id_sku"),
        Index("ix_watch_item_matches_sku", "sku"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(BigIntPK, ForeignKey("watch_items.id", ondelete="CASCADE"), nullable=False)
    rank: Mapped[int] = mapped_column(Integer, nullable=False)
    sku: Mapped[str] = mapped_column(String(200), nullable=False)
    strength: Mapped[str] = mapped_column(String(16), nullable=False, doc="exact, strong or possible")
    score: Mapped[float] = mapped_column(Float, nullable=False)
    basis_json: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ExchangeRate(Base):
    """A euro reference rate: 1 EUR = ``rate`` units of ``currency`` on ``rate_date``."""

    __tablename__ = "fx_rates"
    __table_args__ = (
        UniqueConstraint("currency", "rate_date", "source", name="uq_fx_rates_currency_date_source"),
        Index("ix_fx_rates_currency_date", "currency", "rate_date"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    currency: Mapped[str] = mapped_column(String(3), nullable=False)
    rate_date: Mapped[date] = mapped_column(Date, nullable=False)
    rate: Mapped[str] = mapped_column(String(40), nullable=False, doc="decimal text as published")
    source: Mapped[str] = mapped_column(String(100), nullable=False)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
