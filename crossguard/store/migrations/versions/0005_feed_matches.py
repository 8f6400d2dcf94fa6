"""The SKUs each feed item concerns, with the match's strength, score and basis.

Revision ID: 0005_feed_matches
Revises: 0004_workspace
Create Date: 2026-11-28

Model: ``watchers/models.py`` (FeedItemMatch). One row per (feed item, SKU) the matcher named
(crossguard.watchers.matching), so an alert lists the strongest few and ``crossguard alerts show ID
--all`` lists every one. Items stored before this revision keep their SKU list in ``skus_json``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_feed_matches"
down_revision: str | Sequence[str] | None = "0004_workspace"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "watch_item_matches",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("item_id", BIGINT_ID, nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("sku", sa.String(length=200), nullable=False),
        sa.Column("strength", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("basis_json", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["watch_items.id"], name=op.f("fk_watch_item_matches_item_id_watch_items"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_item_matches")),
        sa.UniqueConstraint("item_id", "sku", name="uq_watch_item_matches_item_id_sku"),
    )
    with op.batch_alter_table("watch_item_matches", schema=None) as batch_op:
        batch_op.create_index("ix_watch_item_matches_sku", ["sku"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("watch_item_matches", schema=None) as batch_op:
        batch_op.drop_index("ix_watch_item_matches_sku")
    op.drop_table("watch_item_matches")
