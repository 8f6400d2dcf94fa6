"""Classification overrides: an officer's decision of what a product is, with its history.

Revision ID: 0003_classification
Revises: 0002_watch_outbox
Create Date: 2026-11-28

``classification_overrides`` holds the override in force per SKU; ``classification_events`` keeps
every set and removal (who, when, why, what), so an override is audited and can be undone.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_classification"
down_revision: str | Sequence[str] | None = "0002_watch_outbox"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "classification_overrides",
        sa.Column("sku", sa.String(length=200), nullable=False),
        sa.Column("product_type", sa.String(length=100), nullable=True),
        sa.Column("classes_json", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(length=200), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sku", name=op.f("pk_classification_overrides")),
    )
    op.create_table(
        "classification_events",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("sku", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("product_type", sa.String(length=100), nullable=True),
        sa.Column("classes_json", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classification_events")),
    )
    with op.batch_alter_table("classification_events", schema=None) as batch_op:
        batch_op.create_index("ix_classification_events_sku", ["sku"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("classification_events", schema=None) as batch_op:
        batch_op.drop_index("ix_classification_events_sku")
    op.drop_table("classification_events")
    op.drop_table("classification_overrides")
