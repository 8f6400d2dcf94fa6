"""Risk register: findings, rule texts, audit trail (finding_events), scan runs, per-entry scan cache.

Revision ID: 0001_register
Revises:
Create Date: 2026-11-25

Write migrations that work on SQLite and PostgreSQL: alter tables with
``with op.batch_alter_table(...)`` (SQLite recreates the table) and name every constraint.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001_register"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scan_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("scan_date", sa.Date(), nullable=False),
        sa.Column("catalog", sa.Text(), nullable=False),
        sa.Column("pack_versions", sa.Text(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.Column("evaluated", sa.Integer(), nullable=False),
        sa.Column("produced", sa.Integer(), nullable=False),
        sa.Column("new", sa.Integer(), nullable=False),
        sa.Column("reopened", sa.Integer(), nullable=False),
        sa.Column("resolved", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("expired", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_runs")),
    )
    op.create_table(
        "rule_texts",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.Column("rule_title", sa.Text(), nullable=False),
        sa.Column("remediation", sa.Text(), nullable=False),
        sa.Column("references_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_texts")),
        sa.UniqueConstraint("digest", name=op.f("uq_rule_texts_digest")),
    )
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("rule_id", sa.String(length=200), nullable=False),
        sa.Column("pack_id", sa.String(length=100), nullable=False),
        sa.Column("pack_version", sa.String(length=50), nullable=False),
        sa.Column("subject_kind", sa.String(length=50), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sku", sa.String(length=200), nullable=True),
        sa.Column("market", sa.String(length=8), nullable=True),
        sa.Column("marketplace", sa.String(length=50), nullable=True),
        sa.Column("entry_key", sa.String(length=200), nullable=True),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("severity_rank", sa.SmallInteger(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("evidence_json", sa.Text(), nullable=False),
        sa.Column("text_id", sa.Integer(), nullable=False),
        sa.Column("blocks_listing", sa.Boolean(), nullable=False),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.Column("first_seen_scan_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=False),
        sa.Column("status_by", sa.String(length=200), nullable=False),
        sa.Column("status_note", sa.Text(), nullable=True),
        sa.Column("status_scan_id", sa.Integer(), nullable=True),
        sa.Column("waiver_reason", sa.Text(), nullable=True),
        sa.Column("waived_by", sa.String(length=200), nullable=True),
        sa.Column("waived_until", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'acknowledged', 'waived', 'resolved')", name=op.f("ck_findings_status_valid")
        ),
        sa.ForeignKeyConstraint(
            ["first_seen_scan_id"], ["scan_runs.id"], name=op.f("fk_findings_first_seen_scan_id_scan_runs")
        ),
        sa.ForeignKeyConstraint(
            ["status_scan_id"], ["scan_runs.id"], name=op.f("fk_findings_status_scan_id_scan_runs")
        ),
        sa.ForeignKeyConstraint(["text_id"], ["rule_texts.id"], name=op.f("fk_findings_text_id_rule_texts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_findings_fingerprint")),
    )
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_findings_market"), ["market"], unique=False)
        batch_op.create_index(batch_op.f("ix_findings_rule_id"), ["rule_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_findings_sku"), ["sku"], unique=False)
        batch_op.create_index("ix_findings_status_severity", ["status", "severity_rank"], unique=False)

    op.create_table(
        "scan_entries",
        sa.Column("entry_key", sa.String(length=200), nullable=False),
        sa.Column("eval_key", sa.String(length=32), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["scan_id"], ["scan_runs.id"], name=op.f("fk_scan_entries_scan_id_scan_runs")),
        sa.PrimaryKeyConstraint("entry_key", name=op.f("pk_scan_entries")),
    )
    op.create_table(
        "finding_events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], name=op.f("fk_finding_events_finding_id_findings")),
        sa.ForeignKeyConstraint(["scan_id"], ["scan_runs.id"], name=op.f("fk_finding_events_scan_id_scan_runs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_events")),
    )
    with op.batch_alter_table("finding_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_finding_events_finding_id"), ["finding_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_finding_events_scan_id"), ["scan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("finding_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_events_scan_id"))
        batch_op.drop_index(batch_op.f("ix_finding_events_finding_id"))

    op.drop_table("finding_events")
    op.drop_table("scan_entries")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index("ix_findings_status_severity")
        batch_op.drop_index(batch_op.f("ix_findings_sku"))
        batch_op.drop_index(batch_op.f("ix_findings_rule_id"))
        batch_op.drop_index(batch_op.f("ix_findings_market"))

    op.drop_table("findings")
    op.drop_table("rule_texts")
    op.drop_table("scan_runs")
