"""The findings' fingerprint: a unique index instead of a UNIQUE constraint.

Revision ID: 0006_fingerprint_index
Revises: 0005_feed_matches
Create Date: 2026-11-28

Model: ``register/models.py`` (FindingRow.fingerprint). Why: a first scan into an empty register builds
the secondary indexes of ``findings`` once at the end instead of maintaining them row by row, and the
fingerprint index was the costliest of them (random keys; half a first scan's insert cost on SQLite).
SQLite cannot drop the index behind a UNIQUE constraint, only a named index (``register/scan/first.py``).
Uniqueness is the same either way. On SQLite the table is recreated (batch mode), with foreign key
enforcement off and every reference checked before the commit (``crossguard.store.migrate``).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006_fingerprint_index"
down_revision: str | Sequence[str] | None = "0005_feed_matches"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_findings_fingerprint"), type_="unique")
        batch_op.create_index(batch_op.f("ix_findings_fingerprint"), ["fingerprint"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_findings_fingerprint"))
        batch_op.create_unique_constraint(batch_op.f("uq_findings_fingerprint"), ["fingerprint"])
