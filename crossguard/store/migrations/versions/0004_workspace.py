"""The officer's workspace: finding owners, due dates and comments, per-scan counts, users, API tokens,
application secrets and the scheduler's lease.

Revision ID: 0004_workspace
Revises: 0003_classification
Create Date: 2026-11-28

Models: ``register/models.py`` (owner, due_date, finding_comments, scan_counts),
``accounts/models.py`` (users, api_tokens, app_secrets) and ``crossguard/store/lease.py``
(scheduler_leases). Columns are added with ``batch_alter_table`` so SQLite can take them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_workspace"
down_revision: str | Sequence[str] | None = "0003_classification"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("due_date", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_findings_owner"), ["owner"], unique=False)
        batch_op.create_index(batch_op.f("ix_findings_due_date"), ["due_date"], unique=False)

    op.create_table(
        "finding_comments",
        sa.Column("id", BIGINT_ID, autoincrement=True, nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], name=op.f("fk_finding_comments_finding_id_findings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding_comments")),
    )
    with op.batch_alter_table("finding_comments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_finding_comments_finding_id"), ["finding_id"], unique=False)

    op.create_table(
        "scan_counts",
        sa.Column("scan_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["scan_id"], ["scan_runs.id"], name=op.f("fk_scan_counts_scan_id_scan_runs")),
        sa.PrimaryKeyConstraint("scan_id", "severity", "status", name=op.f("pk_scan_counts")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("role IN ('viewer', 'officer', 'admin')", name=op.f("ck_users_role_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.String(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("scope IN ('check', 'read', 'write')", name=op.f("ck_api_tokens_scope_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("name", name=op.f("uq_api_tokens_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    op.create_table(
        "app_secrets",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_app_secrets")),
    )
    op.create_table(
        "scheduler_leases",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("acquired_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_scheduler_leases")),
    )


def downgrade() -> None:
    op.drop_table("scheduler_leases")
    op.drop_table("app_secrets")
    op.drop_table("api_tokens")
    op.drop_table("users")
    op.drop_table("scan_counts")
    with op.batch_alter_table("finding_comments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_comments_finding_id"))
    op.drop_table("finding_comments")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_findings_due_date"))
        batch_op.drop_index(batch_op.f("ix_findings_owner"))
        batch_op.drop_column("due_date")
        batch_op.drop_column("owner")
