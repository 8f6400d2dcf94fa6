"""Watchers and notifier outbox: feed state, feed items, ECB rates, outbox alerts/deliveries/attempts.

Revision ID: 0002_watch_outbox
Revises: 0001_register
Create Date: 2026-11-25

Tables owned by the watchers/notifiers issue (models in ``watchers/models.py`` and
``notifiers/models.py``). Every constraint is named so later batch migrations on SQLite can refer
to them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002_watch_outbox"
down_revision: str | Sequence[str] | None = "0001_register"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# 64-bit ids on PostgreSQL; SQLite only autoincrements an INTEGER PRIMARY KEY.
BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "fx_rates",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate_date", sa.Date(), nullable=False),
        sa.Column("rate", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("fetched_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fx_rates")),
        sa.UniqueConstraint("currency", "rate_date", "source", name="uq_fx_rates_currency_date_source"),
    )
    with op.batch_alter_table("fx_rates", schema=None) as batch_op:
        batch_op.create_index("ix_fx_rates_currency_date", ["currency", "rate_date"], unique=False)

    op.create_table(
        "outbox_alerts",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("severity_rank", sa.SmallInteger(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_alerts")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_alerts_idempotency_key")),
    )
    op.create_table(
        "watch_feeds",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("modified", sa.String(length=100), nullable=True),
        sa.Column("last_polled_at", sa.DateTime(), nullable=True),
        sa.Column("last_ok_at", sa.DateTime(), nullable=True),
        sa.Column("next_due_at", sa.DateTime(), nullable=True),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("items_total", sa.Integer(), nullable=False),
        sa.Column("last_new_items", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_watch_feeds")),
    )
    op.create_table(
        "watch_items",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("feed", sa.String(length=100), nullable=False),
        sa.Column("dedupe_key", sa.String(length=64), nullable=False),
        sa.Column("guid", sa.Text(), nullable=True),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("categories_json", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("revisions", sa.Integer(), nullable=False),
        sa.Column("tags_json", sa.Text(), nullable=False),
        sa.Column("skus_json", sa.Text(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=True),
        sa.Column("alert_state", sa.String(length=16), nullable=False),
        sa.Column("alert_key", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_items")),
        sa.UniqueConstraint("feed", "dedupe_key", name="uq_watch_items_feed_dedupe_key"),
    )
    with op.batch_alter_table("watch_items", schema=None) as batch_op:
        batch_op.create_index("ix_watch_items_alert_state", ["alert_state"], unique=False)

    op.create_table(
        "outbox_deliveries",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("alert_id", BIGINT_ID, nullable=False),
        sa.Column("route", sa.String(length=100), nullable=False),
        sa.Column("notifier", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.String(length=200), nullable=False),
        sa.Column("secret_env", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("first_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(length=100), nullable=True),
        sa.Column("needs_verify", sa.Boolean(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("remote_id", sa.String(length=100), nullable=True),
        sa.Column("remote_channel", sa.String(length=100), nullable=True),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("digest_alert_id", BIGINT_ID, nullable=True),
        sa.ForeignKeyConstraint(
            ["alert_id"], ["outbox_alerts.id"], name=op.f("fk_outbox_deliveries_alert_id_outbox_alerts")
        ),
        sa.ForeignKeyConstraint(
            ["digest_alert_id"], ["outbox_alerts.id"], name=op.f("fk_outbox_deliveries_digest_alert_id_outbox_alerts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_deliveries")),
        sa.UniqueConstraint("alert_id", "route", name="uq_outbox_deliveries_alert_route"),
    )
    with op.batch_alter_table("outbox_deliveries", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_deliveries_route_status", ["route", "status"], unique=False)
        batch_op.create_index("ix_outbox_deliveries_status_due", ["status", "next_attempt_at"], unique=False)

    op.create_table(
        "outbox_attempts",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("delivery_id", BIGINT_ID, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("worker", sa.String(length=100), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("retry_after", sa.Float(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["outbox_deliveries.id"], name=op.f("fk_outbox_attempts_delivery_id_outbox_deliveries")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_attempts")),
    )
    with op.batch_alter_table("outbox_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_attempts_delivery_id"), ["delivery_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_attempts_delivery_id"))

    op.drop_table("outbox_attempts")
    with op.batch_alter_table("outbox_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_deliveries_status_due")
        batch_op.drop_index("ix_outbox_deliveries_route_status")

    op.drop_table("outbox_deliveries")
    with op.batch_alter_table("watch_items", schema=None) as batch_op:
        batch_op.drop_index("ix_watch_items_alert_state")

    op.drop_table("watch_items")
    op.drop_table("watch_feeds")
    op.drop_table("outbox_alerts")
    with op.batch_alter_table("fx_rates", schema=None) as batch_op:
        batch_op.drop_index("ix_fx_rates_currency_date")

    op.drop_table("fx_rates")
