"""A partial index of the findings whose ``present`` and status disagree (``ix_findings_unsettled``).

Revision ID: 0008_unsettled_findings
Revises: 0007_evidence_texts
Create Date: 2026-11-29

Model: ``register/models.py`` (FindingRow, :data:`UNSETTLED`). Why: a scan leaves every finding of its scope
either present and not resolved or absent and resolved; between scans only a person makes the two disagree
(resolving a finding a scan still produces; or editing the register by hand). An unchanged re-scan
(``register/scan/unchanged.py``) needs exactly those findings, and found them by reading every finding; this index
holds only them, so it is empty after a scan and costs an insert nothing but its condition. Both backends support
partial indexes; the condition is the same text in the model, here and in the query (SQLite uses a partial index
only for a query that states its condition).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_unsettled_findings"
down_revision: str | Sequence[str] | None = "0007_evidence_texts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The condition, as ``register/models.py`` states it (a migration must not import the model: it would change).
_UNSETTLED = "present = (status = 'resolved')"


def upgrade() -> None:
    condition = sa.text(_UNSETTLED)
    op.create_index("ix_findings_unsettled", "findings", ["id"], sqlite_where=condition, postgresql_where=condition)


def downgrade() -> None:
    op.drop_index("ix_findings_unsettled", table_name="findings")
