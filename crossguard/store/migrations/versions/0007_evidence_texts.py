"""The findings' evidence JSON stored once per distinct value, in ``evidence_texts``, and referenced by id.

Revision ID: 0007_evidence_texts
Revises: 0006_fingerprint_index
Create Date: 2026-11-29

Model: ``register/models.py`` (EvidenceText, FindingRow.evidence_id). Why: 2.3 million findings of a first scan
of 500,000 listing-markets hold a few thousand distinct evidence values, and the text was a quarter of each
row, which the scan writes, indexes and checkpoints (docs/performance.md). Existing registers are filled in:
each distinct value gets an id (numbered in the order of the first finding that holds it), each finding the id
of its value, then the text column goes. On SQLite ``findings`` is recreated (batch mode), with foreign key
enforcement off and every reference checked before the commit (``crossguard.store.migrate``). The downgrade
puts the text back in every finding.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_evidence_texts"
down_revision: str | Sequence[str] | None = "0006_fingerprint_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Distinct values read and written per statement while filling the new table.
_PART = 5_000


def upgrade() -> None:
    evidence = op.create_table(
        "evidence_texts",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("digest", sa.String(length=32), nullable=False),
        sa.Column("evidence_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_texts")),
        sa.UniqueConstraint("digest", name=op.f("uq_evidence_texts_digest")),
    )
    assert evidence is not None
    _fill_evidence_texts(evidence)
    op.add_column("findings", sa.Column("evidence_id", sa.Integer(), nullable=True))
    _set_evidence_ids()
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.alter_column("evidence_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(batch_op.f("fk_findings_evidence_id_evidence_texts"), "evidence_texts",
                                    ["evidence_id"], ["id"])
        batch_op.drop_column("evidence_json")


def _fill_evidence_texts(evidence: sa.Table) -> None:
    """One row per distinct evidence text of the findings, its digest made here (as the scan's writer makes it:
    ``register/scan/evidence.py``, which a migration must not import: it would change with the code)."""
    conn = op.get_bind()
    query = sa.text("SELECT evidence_json FROM findings GROUP BY evidence_json ORDER BY min(id)")
    rows: list[dict[str, object]] = []
    for (text,) in conn.execute(query.execution_options(yield_per=_PART)):
        digest = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        rows.append({"id": len(rows) + 1, "digest": digest, "evidence_json": text})
    for start in range(0, len(rows), _PART):
        conn.execute(evidence.insert(), rows[start:start + _PART])


def _set_evidence_ids() -> None:
    """Each finding's id of its evidence text, matched by the text (a temporary index on SQLite; PostgreSQL
    joins by hash: a B-tree there would refuse texts over about 2,700 bytes)."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE findings SET evidence_id = e.id FROM evidence_texts e WHERE e.evidence_json = "
                   "findings.evidence_json")
        return
    op.execute("CREATE INDEX tmp_evidence_texts_text ON evidence_texts (evidence_json)")
    op.execute("UPDATE findings SET evidence_id = (SELECT e.id FROM evidence_texts e "
               "WHERE e.evidence_json = findings.evidence_json)")
    op.execute("DROP INDEX tmp_evidence_texts_text")


def downgrade() -> None:
    op.add_column("findings", sa.Column("evidence_json", sa.Text(), nullable=True))
    op.execute("UPDATE findings SET evidence_json = (SELECT e.evidence_json FROM evidence_texts e "
               "WHERE e.id = findings.evidence_id)")
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.alter_column("evidence_json", existing_type=sa.Text(), nullable=False)
        batch_op.drop_constraint(batch_op.f("fk_findings_evidence_id_evidence_texts"), type_="foreignkey")
        batch_op.drop_column("evidence_id")
    op.drop_table("evidence_texts")
