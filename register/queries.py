"""Read-side of the register: finding lookups, filtered lists, history, scan runs and summaries.

These are the functions other packages should call (the notifiers among them): they return plain
dataclasses, never ORM objects tied to a session, and they never write. Apply waiver expiries
first (``register.lifecycle.apply_expiries_now``) if the caller shows statuses to a person.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, bindparam, func, or_, select
from sqlalchemy.engine import Connection, Engine

from crossguard.engine.findings import Evidence, Finding, Severity
from crossguard.register.errors import AmbiguousFindingError, UnknownFindingError
from crossguard.register.models import (
    ACTIVE_STATUSES,
    Action,
    ClassificationOverrideRow,
    EvidenceText,
    FindingEvent,
    FindingRow,
    RuleText,
    ScanRun,
    Status,
)
from crossguard.register.sla import OVERDUE_STATUSES

findings_t = FindingRow.__table__
events_t = FindingEvent.__table__
runs_t = ScanRun.__table__
texts_t = RuleText.__table__
evidence_t = EvidenceText.__table__

MIN_PREFIX = 6  # shortest fingerprint prefix accepted as a finding reference


@dataclass(frozen=True)
class RegisterFinding:
    """A finding as the register holds it: what the engine said plus where it is in its life."""

    id: int
    fingerprint: str
    status: str
    severity: str
    severity_rank: int
    rule_id: str
    rule_title: str
    pack_id: str
    pack_version: str
    subject_kind: str
    subject: str
    sku: str | None
    market: str | None
    marketplace: str | None
    message: str
    remediation: str
    references: list[str]
    evidence: list[dict[str, Any]]
    blocks_listing: bool
    present: bool
    first_seen_at: datetime
    first_seen_scan_id: int
    updated_at: datetime
    status_changed_at: datetime
    status_by: str
    status_note: str | None
    status_scan_id: int | None
    waiver_reason: str | None
    waived_by: str | None
    waived_until: date | None
    owner: str | None = None
    due_date: date | None = None

    def overdue(self, today: date) -> bool:
        """Past its due date and still to be fixed (open or acknowledged)."""
        return self.due_date is not None and self.status in OVERDUE_STATUSES and self.due_date < today

    def to_finding(self) -> Finding:
        """The engine's ``Finding`` model for this row (for code that formats findings, e.g. JSON)."""
        return Finding(
            rule_id=self.rule_id,
            rule_title=self.rule_title,
            pack_id=self.pack_id,
            pack_version=self.pack_version,
            subject_kind=self.subject_kind,
            subject=self.subject,
            sku=self.sku,
            market=self.market,
            marketplace=self.marketplace,
            severity=Severity(self.severity),
            message=self.message,
            remediation=self.remediation,
            references=list(self.references),
            evidence=[Evidence(**item) for item in self.evidence],
            blocks_listing=self.blocks_listing,
        )


@dataclass(frozen=True)
class AuditEvent:
    id: int
    finding_id: int
    scan_id: int | None
    at: datetime
    actor: str
    action: str
    from_status: str | None
    to_status: str | None
    note: str | None


@dataclass(frozen=True)
class ScanRunInfo:
    id: int
    started_at: datetime
    finished_at: datetime
    actor: str
    scan_date: date
    catalog: list[str]
    pack_versions: dict[str, str]
    entries: int
    listings: int
    evaluated: int
    produced: int
    new: int
    reopened: int
    resolved: int
    updated: int
    expired: int

    @property
    def duration_s(self) -> float:
        return (self.finished_at - self.started_at).total_seconds()


#: ``Filters.owners`` value that selects findings nobody owns.
UNASSIGNED = "-"


@dataclass
class Filters:
    """Filters of ``register list``, ``export``, the web list and the API; each list means "any of these".

    ``overdue``: only findings past their due date that are still to be fixed, judged on ``today``
    (default: today's UTC date).
    """

    statuses: Sequence[str] = field(default_factory=lambda: list(ACTIVE_STATUSES))
    severities: Sequence[str] = ()
    markets: Sequence[str] = ()
    rules: Sequence[str] = ()
    skus: Sequence[str] = ()
    packs: Sequence[str] = ()
    marketplaces: Sequence[str] = ()
    owners: Sequence[str] = ()
    overdue: bool = False
    today: date | None = None

    def apply(self, query: Select) -> Select:
        conditions = self._extra()
        if self.statuses:
            conditions.append(findings_t.c.status.in_(list(self.statuses)))
        if self.severities:
            conditions.append(findings_t.c.severity.in_([s.lower() for s in self.severities]))
        if self.markets:
            conditions.append(findings_t.c.market.in_([m.upper() for m in self.markets]))
        if self.rules:
            conditions.append(findings_t.c.rule_id.in_(list(self.rules)))
        if self.skus:
            conditions.append(findings_t.c.sku.in_(list(self.skus)))
        if self.packs:
            conditions.append(findings_t.c.pack_id.in_(list(self.packs)))
        return query.where(and_(*conditions)) if conditions else query

    def _extra(self) -> list[Any]:
        conditions: list[Any] = []
        if self.marketplaces:
            conditions.append(findings_t.c.marketplace.in_([m.lower() for m in self.marketplaces]))
        if self.owners:
            named = [o for o in self.owners if o != UNASSIGNED]
            either = [findings_t.c.owner.in_(named)] if named else []
            if UNASSIGNED in self.owners:
                either.append(findings_t.c.owner.is_(None))
            conditions.append(or_(*either))
        if self.overdue:
            today = self.today or datetime.now(UTC).date()
            conditions += [findings_t.c.status.in_(list(OVERDUE_STATUSES)), findings_t.c.due_date < today]
        return conditions


_FINDING_COLUMNS = [c for c in findings_t.c if c.name not in ("evidence_id", "content_hash", "entry_key", "text_id")]
#: A finding with its shared texts: rule title, remediation and references (``rule_texts``), evidence
#: (``evidence_texts``); both small tables, looked up by primary key.
_JOINED = findings_t.join(texts_t, findings_t.c.text_id == texts_t.c.id).join(
    evidence_t, findings_t.c.evidence_id == evidence_t.c.id)


def _finding(row: Any) -> RegisterFinding:
    data = dict(row._mapping)
    references = json.loads(data.pop("references_json") or "[]")
    evidence = json.loads(data.pop("evidence_json") or "[]")
    return RegisterFinding(references=references, evidence=evidence, **data)


def _finding_select() -> Select:
    return select(
        *_FINDING_COLUMNS, texts_t.c.rule_title, texts_t.c.remediation, texts_t.c.references_json,
        evidence_t.c.evidence_json,
    ).select_from(_JOINED)  # fmt: skip


#: The largest id a finding can have (SQLite's and PostgreSQL's 64-bit integers).
MAX_ID = 2**63 - 1


def resolve_ref(conn: Connection, ref: str | int) -> int:
    """A finding's id from what a user typed: its short id, or (a prefix of) its fingerprint."""
    text_ref = str(ref).strip().lstrip("#")
    if text_ref.isascii() and text_ref.isdigit():
        if int(text_ref) > MAX_ID:  # no such row, and no database driver takes the number
            raise UnknownFindingError(text_ref)
        found = conn.execute(select(findings_t.c.id).where(findings_t.c.id == int(text_ref))).scalar()
        if found is None:
            raise UnknownFindingError(text_ref)
        return found
    lowered = text_ref.lower()
    if len(lowered) < MIN_PREFIX or any(ch not in "0123456789abcdef" for ch in lowered):
        raise UnknownFindingError(text_ref)
    ids = conn.execute(
        select(findings_t.c.id).where(findings_t.c.fingerprint.like(f"{lowered}%")).limit(2)
    ).scalars().all()  # fmt: skip
    if not ids:
        raise UnknownFindingError(text_ref)
    if len(ids) > 1:
        raise AmbiguousFindingError(text_ref, len(ids))
    return ids[0]


def get_finding(conn: Connection, ref: str | int) -> RegisterFinding:
    finding_id = resolve_ref(conn, ref)
    return _finding(conn.execute(_finding_select().where(findings_t.c.id == finding_id)).one())


#: Sort keys of finding lists: name -> (column, whether its natural order is descending).
#: Severity sorts most severe first; ties fall back to the id, so pages never overlap.
SORTS: dict[str, tuple[Any, bool]] = {
    "severity": (findings_t.c.severity_rank, True),
    "id": (findings_t.c.id, False),
    "due": (findings_t.c.due_date, False),
    "first_seen": (findings_t.c.first_seen_at, False),
    "status": (findings_t.c.status, False),
    "rule": (findings_t.c.rule_id, False),
    "sku": (findings_t.c.sku, False),
    "market": (findings_t.c.market, False),
    "owner": (findings_t.c.owner, False),
}


def _ordering(sort: str, descending: bool) -> list[Any]:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (use {', '.join(SORTS)})")
    column, natural_desc = SORTS[sort]
    ordered = column.desc() if natural_desc != descending else column.asc()
    return [column.is_(None), ordered, findings_t.c.id]  # empty values last, both ways


def list_findings(
    conn: Connection,
    filters: Filters | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    sort: str = "severity",
    descending: bool = False,
) -> list[RegisterFinding]:
    """Findings matching ``filters`` (default: every status but resolved), most severe first unless ``sort``."""
    query = (filters or Filters()).apply(_finding_select()).order_by(*_ordering(sort, descending))
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return [_finding(row) for row in conn.execute(query)]


def iter_findings(conn: Connection, filters: Filters | None = None, *, batch: int = 5000) -> Iterator[RegisterFinding]:
    """Like :func:`list_findings` but streamed in id order, for exports of any size."""
    query = (filters or Filters()).apply(_finding_select()).order_by(findings_t.c.id)
    result = conn.execute(query.execution_options(yield_per=batch))
    for row in result:
        yield _finding(row)


def count_findings(conn: Connection, filters: Filters | None = None) -> int:
    query = (filters or Filters()).apply(select(func.count()).select_from(findings_t))
    return int(conn.execute(query).scalar_one())


def history(conn: Connection, finding_id: int) -> list[AuditEvent]:
    rows = conn.execute(
        select(events_t).where(events_t.c.finding_id == finding_id).order_by(events_t.c.at, events_t.c.id)
    )
    return [AuditEvent(**row._mapping) for row in rows]


def _run(row: Any) -> ScanRunInfo:
    data = dict(row._mapping)
    data["catalog"] = json.loads(data["catalog"])
    data["pack_versions"] = json.loads(data["pack_versions"])
    return ScanRunInfo(**data)


def scan_runs(conn: Connection, *, limit: int = 20) -> list[ScanRunInfo]:
    """Most recent scan runs first."""
    return [_run(row) for row in conn.execute(select(runs_t).order_by(runs_t.c.id.desc()).limit(limit))]


def latest_scan(conn: Connection) -> ScanRunInfo | None:
    runs = scan_runs(conn, limit=1)
    return runs[0] if runs else None


def changed_in_scan(
    conn: Connection, scan_id: int | None = None, *, actions: Sequence[str] = (Action.created, Action.reopened),
    limit: int | None = None,
) -> list[RegisterFinding]:
    """Findings a scan (default: the latest) changed by one of ``actions``; most severe first.

    The default answers "what is new or back since the previous scan" (for notifications).
    """
    if scan_id is None:
        latest = latest_scan(conn)
        if latest is None:
            return []
        scan_id = latest.id
    ids = select(events_t.c.finding_id).where(
        and_(events_t.c.scan_id == scan_id, events_t.c.action.in_([str(a) for a in actions]))
    )
    query = _finding_select().where(findings_t.c.id.in_(ids))
    query = query.order_by(findings_t.c.severity_rank.desc(), findings_t.c.id).limit(limit)
    return [_finding(row) for row in conn.execute(query)]


def new_or_reopened(conn: Connection, scan_id: int | None = None) -> list[RegisterFinding]:
    """Findings created or reopened by a scan (default: the latest). What notifiers announce."""
    return changed_in_scan(conn, scan_id, actions=(Action.created, Action.reopened))


def waivers_expiring_within(conn: Connection, days: int, *, today: date) -> list[RegisterFinding]:
    """Waived findings whose waiver ends within ``days`` days of ``today`` (inclusive), soonest first.

    Already-expired waivers are not included: they reopen at the next expiry pass.
    """
    query = _finding_select().where(
        and_(
            findings_t.c.status == Status.waived,
            findings_t.c.waived_until >= today,
            findings_t.c.waived_until <= today + timedelta(days=days),
        )
    )
    query = query.order_by(findings_t.c.waived_until, findings_t.c.severity_rank.desc(), findings_t.c.id)
    return [_finding(row) for row in conn.execute(query)]


@dataclass
class Summary:
    """Counts for ``register summary``. Active = open, acknowledged or waived."""

    by_severity_status: dict[str, dict[str, int]]
    by_pack: dict[str, dict[str, int]]
    by_market: dict[str, dict[str, int]]
    latest: ScanRunInfo | None
    previous: ScanRunInfo | None
    manual_changes_since_latest: dict[str, int]


def _grouped(conn: Connection, column: Any) -> dict[str, dict[str, int]]:
    rows = conn.execute(
        select(column, findings_t.c.severity, func.count())
        .where(findings_t.c.status.in_(list(ACTIVE_STATUSES)))
        .group_by(column, findings_t.c.severity)
    )
    out: dict[str, dict[str, int]] = {}
    for key, severity, count in rows:
        out.setdefault(key if key is not None else "-", {})[severity] = int(count)
    return out


def summary(conn: Connection) -> Summary:
    by_status: dict[str, dict[str, int]] = {}
    for severity, status, count in conn.execute(
        select(findings_t.c.severity, findings_t.c.status, func.count()).group_by(
            findings_t.c.severity, findings_t.c.status
        )
    ):
        by_status.setdefault(severity, {})[status] = int(count)
    runs = scan_runs(conn, limit=2)
    latest = runs[0] if runs else None
    manual: dict[str, int] = {}
    if latest is not None:
        for action, count in conn.execute(
            select(events_t.c.action, func.count())
            .where(and_(events_t.c.scan_id.is_(None), events_t.c.at > latest.finished_at))
            .group_by(events_t.c.action)
        ):
            manual[action] = int(count)
    return Summary(
        by_severity_status=by_status,
        by_pack=_grouped(conn, findings_t.c.pack_id),
        by_market=_grouped(conn, findings_t.c.market),
        latest=latest,
        previous=runs[1] if len(runs) > 1 else None,
        manual_changes_since_latest=manual,
    )


@dataclass(frozen=True)
class WaiverInForce:
    until: date
    by: str | None
    reason: str | None


# Built once: the check reads these on every request, and building a SELECT costs more than running it.
_WAIVERS = (
    select(findings_t.c.fingerprint, findings_t.c.waived_until, findings_t.c.waived_by, findings_t.c.waiver_reason)
    .where(and_(findings_t.c.fingerprint.in_(bindparam("fingerprints", expanding=True)),
                findings_t.c.status == Status.waived, findings_t.c.waived_until >= bindparam("today")))
)  # fmt: skip


def waivers_in_force(conn: Connection, fingerprints: Sequence[str], today: date) -> dict[str, WaiverInForce]:
    """The waivers that hold on ``today`` for these fingerprints (what the pre-listing check honours).

    A waiver holds through its ``until`` day, the same rule ``lifecycle.apply_expiries`` uses.
    """
    found: dict[str, WaiverInForce] = {}
    unique = sorted(set(fingerprints))
    for start in range(0, len(unique), 900):
        rows = conn.execute(_WAIVERS, {"fingerprints": unique[start : start + 900], "today": today})
        for fingerprint, until, by, reason in rows:
            found[fingerprint] = WaiverInForce(until, by, reason)
    return found


_HOLDS = (f"SELECT EXISTS (SELECT 1 FROM {ClassificationOverrideRow.__tablename__}), "
          f"EXISTS (SELECT 1 FROM {findings_t.name} WHERE {findings_t.c.status.name} = '{Status.waived.value}' "
          f"AND {findings_t.c.waived_until.name} >= {{today}})")  # the same test as _WAIVERS
_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


class RegisterHolds(NamedTuple):
    overrides: bool  # any classification override at all
    waivers: bool  # any waiver in force on the day asked about


def register_holds(engine: Engine, today: date) -> RegisterHolds:
    """Whether the register holds any override and any waiver in force on ``today``: what the HTTP check
    asks on every request before reading either. One statement on the driver's own cursor: through
    SQLAlchemy's execution path the same two questions cost about six times as long (290 µs against
    46 µs on this machine), more than evaluating the listing. Both are index lookups or an empty table.
    The date goes as ISO text, which is how SQLite stores it and a literal PostgreSQL reads as a date."""
    sql = _HOLDS.format(today=_PLACEHOLDER[engine.dialect.paramstyle])
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        try:
            cursor.execute(sql, (today.isoformat(),))
            overrides, waivers = cursor.fetchone()
        finally:
            cursor.close()
    finally:
        connection.close()  # back to the pool (which ends the driver's transaction, if it began one)
    return RegisterHolds(bool(overrides), bool(waivers))
