"""Tables of the risk register: findings (with their shared rule texts), audit trail, scan runs, scan cache.

The schema is owned by Alembic (``crossguard/store/migrations``); these classes describe it for queries and
must stay in step with the migrations (``tests/test_register_migrations.py`` checks that).

Why a finding's id is assigned by the scan rather than by the database: only a scan creates
findings and it holds the scan lock while it does, so ``max(id) + 1`` is safe, and knowing the ids
before inserting lets one bulk insert write the findings and the next write their audit rows
without a round trip per row (the hot path of a 500,000-listing scan).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from crossguard.store.db import Base, UTCDateTime

# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


class Status(StrEnum):
    """Where a finding is in its life; see ``register.lifecycle`` for the allowed moves."""

    open = "open"
    acknowledged = "acknowledged"
    waived = "waived"
    resolved = "resolved"


STATUS_VALUES = tuple(s.value for s in Status)
# Statuses in which a finding still needs someone's attention (waived ones come back on expiry).
ACTIVE_STATUSES = (Status.open.value, Status.acknowledged.value, Status.waived.value)
#: A finding whose presence and status disagree: present but resolved (by a person, while a scan still produced it)
#: or absent but not resolved (no command does that; a register edited by hand may). A scan leaves none in its scope;
#: the partial index ``ix_findings_unsettled`` holds these alone (migration 0008, ``register/scan/unchanged.py``).
UNSETTLED = f"present = (status = '{Status.resolved.value}')"


class Action(StrEnum):
    """What an audit row records."""

    created = "created"  # first produced by a scan
    reopened = "reopened"  # resolved (by hand or by a scan) and produced again
    resolved = "resolved"  # by hand, or by a scan that no longer produces it
    acknowledged = "acknowledged"
    waived = "waived"
    waiver_expired = "waiver_expired"  # the waiver's end date passed: back to open
    updated = "updated"  # a scan produced it with a different severity, message or evidence
    assigned = "assigned"  # owner set or cleared (status unchanged)
    due_changed = "due_changed"  # due date set by hand (the SLA sets it when a scan creates or reopens it)
    commented = "commented"  # a comment was added (the text is in finding_comments and in the note)


class ScanRun(Base):
    """One completed scan. Failed scans leave no row: the whole scan is one transaction."""

    __tablename__ = "scan_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    scan_date: Mapped[date] = mapped_column(Date, nullable=False)
    catalog: Mapped[str] = mapped_column(Text, nullable=False, doc="JSON list of catalog paths")
    pack_versions: Mapped[str] = mapped_column(Text, nullable=False, doc="JSON object pack id -> version")
    entries: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    listings: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    evaluated: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, doc="entries evaluated; the rest reused the previous result"
    )
    produced: Mapped[int] = mapped_column(Integer, nullable=False, default=0, doc="findings the scan produced")
    new: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    reopened: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    resolved: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    expired: Mapped[int] = mapped_column(Integer, nullable=False, default=0, doc="waivers that ran out")


class RuleText(Base):
    """Title, remediation and references of findings: the same for every finding of a rule, nearly always.

    Stored once and referenced by id: these texts are half of a finding's size, and a register of
    millions of findings (and a first scan writing them) is that much smaller and faster.
    """

    __tablename__ = "rule_texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    digest: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    rule_title: Mapped[str] = mapped_column(Text, nullable=False)
    remediation: Mapped[str] = mapped_column(Text, nullable=False)
    references_json: Mapped[str] = mapped_column(Text, nullable=False)


class EvidenceText(Base):
    """The evidence JSON of findings: a few thousand distinct values across millions of findings.

    Stored once and referenced by id, like ``rule_texts``: evidence was a quarter of a finding's row, and a
    first scan writes, indexes and checkpoints every byte of ``findings`` (docs/performance.md). Rows are
    kept when no finding uses them any more (``register/scan/evidence.py`` says why).
    """

    __tablename__ = "evidence_texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    digest: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    evidence_json: Mapped[str] = mapped_column(Text, nullable=False)


class FindingRow(Base):
    """The register's current view of one finding (identity: ``fingerprint``)."""

    __tablename__ = "findings"
    __table_args__ = (
        CheckConstraint(f"status IN {STATUS_VALUES!r}", name="status_valid"),
        Index("ix_findings_status_severity", "status", "severity_rank"),
        # partial: only the findings whose presence and status disagree (migration 0008, scan/unchanged.py)
        Index("ix_findings_unsettled", "id", sqlite_where=text(UNSETTLED), postgresql_where=text(UNSETTLED)),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # a unique index, not a UNIQUE constraint: a first scan drops and builds it again (register/scan/first.py),
    # which SQLite cannot do with a constraint's index
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False, unique=True, index=True)
    rule_id: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    pack_id: Mapped[str] = mapped_column(String(100), nullable=False)
    pack_version: Mapped[str] = mapped_column(String(50), nullable=False)
    subject_kind: Mapped[str] = mapped_column(String(50), nullable=False)
    subject: Mapped[str] = mapped_column(Text, nullable=False)
    sku: Mapped[str | None] = mapped_column(String(200), index=True)
    market: Mapped[str | None] = mapped_column(String(8), index=True)
    marketplace: Mapped[str | None] = mapped_column(String(50))
    entry_key: Mapped[str | None] = mapped_column(
        String(200), doc="catalog entry (product SKU) whose evaluation produced it"
    )
    severity: Mapped[str] = mapped_column(String(16), nullable=False)
    severity_rank: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    text_id: Mapped[int] = mapped_column(
        ForeignKey("rule_texts.id"), nullable=False, doc="rule title, remediation and references (shared)"
    )
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_texts.id"), nullable=False, doc="the evidence JSON (shared)"
    )
    blocks_listing: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    content_hash: Mapped[str] = mapped_column(String(32), nullable=False, doc="hash of all the engine said")

    status: Mapped[str] = mapped_column(String(16), nullable=False)
    present: Mapped[bool] = mapped_column(
        Boolean, nullable=False, doc="produced by the latest scan that evaluated its entry"
    )
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    first_seen_scan_id: Mapped[int] = mapped_column(ForeignKey("scan_runs.id"), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, doc="content last changed")
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    status_by: Mapped[str] = mapped_column(String(200), nullable=False)
    status_note: Mapped[str | None] = mapped_column(Text)
    status_scan_id: Mapped[int | None] = mapped_column(
        ForeignKey("scan_runs.id"), doc="the scan that made the last status change, if a scan did"
    )
    waiver_reason: Mapped[str | None] = mapped_column(Text)
    waived_by: Mapped[str | None] = mapped_column(String(200))
    waived_until: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(200), index=True, doc="who works the finding")
    due_date: Mapped[date | None] = mapped_column(
        Date, index=True, doc="from the SLA by severity when a scan creates or reopens it; may be set by hand"
    )


class FindingEvent(Base):
    """Audit trail: who changed what on which finding, when and why. Rows are never updated."""

    __tablename__ = "finding_events"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), nullable=False, index=True)
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("scan_runs.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)


class ScanEntry(Base):
    """What the last scan saw of each catalog entry, so an unchanged entry need not be re-evaluated.

    ``eval_key`` hashes the entry's content together with the scan date and the rule packs in force:
    if any of them changes the entry is evaluated again.
    """

    __tablename__ = "scan_entries"

    entry_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    eval_key: Mapped[str] = mapped_column(String(32), nullable=False)
    scan_id: Mapped[int] = mapped_column(ForeignKey("scan_runs.id"), nullable=False)


class FindingComment(Base):
    """A comment on a finding: who wrote what when. Rows are never updated (each also has an audit row)."""

    __tablename__ = "finding_comments"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"), nullable=False, index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    author: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)


class ScanCount(Base):
    """How many findings had each severity and status when a scan committed: the dashboard's trend.

    Written by the scan itself (one grouped insert), so the history costs nothing to read.
    """

    __tablename__ = "scan_counts"

    scan_id: Mapped[int] = mapped_column(ForeignKey("scan_runs.id"), primary_key=True)
    severity: Mapped[str] = mapped_column(String(16), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class ClassificationOverrideRow(Base):
    """The classification override in force for a SKU (see ``register.classification``)."""

    __tablename__ = "classification_overrides"

    sku: Mapped[str] = mapped_column(String(200), primary_key=True)
    product_type: Mapped[str | None] = mapped_column(String(100))
    classes_json: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    set_by: Mapped[str] = mapped_column(String(200), nullable=False)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)


class ClassificationEvent(Base):
    """Every set and removal of a classification override: the audit trail that makes it reversible."""

    __tablename__ = "classification_events"
    __table_args__ = (Index("ix_classification_events_sku", "sku"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(200), nullable=False)
    action: Mapped[str] = mapped_column(String(16), nullable=False)
    product_type: Mapped[str | None] = mapped_column(String(100))
    classes_json: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    actor: Mapped[str] = mapped_column(String(200), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
