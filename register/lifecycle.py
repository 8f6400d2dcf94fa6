"""Status transitions of findings, each written together with its audit row.

Every change of a finding's status goes through :func:`set_status`, which updates the findings in
bulk and appends one ``finding_events`` row per finding, so no code path can change a status
without leaving a trail. Manual actions (:func:`acknowledge`, :func:`waive`, :func:`resolve`) check
that the move is allowed from the current status; the scan's automatic moves live in
``register.scan`` and use the same function.

Waivers run through the end of their ``until`` day (UTC): a waiver with ``until=2026-12-31``
expires on 2027-01-01. :func:`apply_expiries` is the one place that reopens expired waivers; scans
call it inside their transaction, register reads call :func:`apply_expiries_now` first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, and_, func, select, update
from sqlalchemy.engine import Connection

from crossguard.register.bulk import db_datetime, insert_rows
from crossguard.register.config import DEFAULT_MAX_WAIVER_DAYS
from crossguard.register.errors import InvalidInputError, InvalidTransitionError, RegisterBusyError
from crossguard.register.locking import change_transaction
from crossguard.register.models import Action, FindingEvent, FindingRow, Status
from crossguard.register.queries import resolve_ref
from crossguard.store.db import utcnow

findings_t = FindingRow.__table__
events_t = FindingEvent.__table__

SCAN_ACTOR = "scan"
# How long a manual change waits for a running scan before giving up with RegisterBusyError.
CHANGE_WAIT_S = 10.0
# Chunk size for "WHERE id IN (...)": below SQLite's and PostgreSQL's bound-parameter limits.
ID_CHUNK = 900

# Which statuses each manual action may start from.
MANUAL_FROM: dict[Action, frozenset[str]] = {
    Action.acknowledged: frozenset({Status.open}),
    Action.waived: frozenset({Status.open, Status.acknowledged, Status.waived}),
    Action.resolved: frozenset({Status.open, Status.acknowledged, Status.waived}),
}


@dataclass(frozen=True)
class Change:
    """One status change as recorded in the audit trail."""

    finding_id: int
    action: str
    from_status: str | None
    to_status: str
    actor: str
    at: datetime
    note: str | None = None


def today_utc() -> date:
    """The day waivers are judged against: the UTC date, the same for every user of a register."""
    return utcnow().date()


def chunks(items: Sequence, size: int = ID_CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


EVENT_COLUMNS = ("finding_id", "scan_id", "at", "actor", "action", "from_status", "to_status", "note")


def event_row(
    finding_id: int,
    action: str,
    actor: str,
    at: datetime,
    from_status: str | None,
    to_status: str | None,
    note: str | None = None,
    scan_id: int | None = None,
) -> tuple:
    """One audit row, in ``EVENT_COLUMNS`` order."""
    return (finding_id, scan_id, at, actor, str(action), from_status, to_status, note)


def record_events(conn: Connection, rows: Sequence[tuple]) -> None:
    """Append audit rows (``event_row`` tuples) in one bulk insert; the audit trail is append-only."""
    if not rows:
        return
    stored: dict[datetime, object] = {}
    converted = []
    for row in rows:
        at = row[2]
        if at not in stored:
            stored[at] = db_datetime(conn, at)
        converted.append((*row[:2], stored[at], *row[3:]))
    insert_rows(conn, events_t, EVENT_COLUMNS, converted)


def set_status(
    conn: Connection,
    items: Sequence[tuple[int, str | None]],
    *,
    to_status: str,
    action: str,
    actor: str,
    at: datetime,
    note: str | None = None,
    scan_id: int | None = None,
    present: bool | None = None,
    waiver: tuple[str, str, date] | None = None,
) -> list[Change]:
    """Move findings ``items`` (id, current status) to ``to_status`` and audit each move.

    ``waiver`` is (reason, approver, until) when moving to waived; any other move clears the
    waiver fields, since a finding that leaves "waived" no longer has a waiver in force.
    ``present`` also sets whether the latest scan produced the finding (scan moves only).
    """
    if not items:
        return []
    values: dict = {
        "status": str(to_status),
        "status_changed_at": at,
        "status_by": actor,
        "status_note": note,
        "status_scan_id": scan_id,
        "waiver_reason": waiver[0] if waiver else None,
        "waived_by": waiver[1] if waiver else None,
        "waived_until": waiver[2] if waiver else None,
    }
    if present is not None:
        values["present"] = present
    ids = [finding_id for finding_id, _ in items]
    for part in chunks(ids):
        conn.execute(update(findings_t).where(findings_t.c.id.in_(part)).values(**values))
    changes = [
        Change(finding_id, str(action), from_status, str(to_status), actor, at, note)
        for finding_id, from_status in items
    ]
    record_events(
        conn,
        [event_row(c.finding_id, c.action, actor, at, c.from_status, c.to_status, note, scan_id) for c in changes],
    )
    return changes


def apply_expiries(
    conn: Connection, *, today: date | None = None, at: datetime | None = None, scan_id: int | None = None
) -> list[Change]:
    """Reopen every waived finding whose waiver ended before ``today``: the one place this happens."""
    today = today or today_utc()
    at = at or utcnow()
    rows = conn.execute(
        select(findings_t.c.id, findings_t.c.waived_until, findings_t.c.waived_by).where(
            and_(findings_t.c.status == Status.waived, findings_t.c.waived_until < today)
        )
    ).all()
    changes: list[Change] = []
    # One note per distinct end date keeps this a handful of bulk updates, not one per finding.
    by_until: dict[date, list[tuple[int, str | None]]] = {}
    for finding_id, until, _by in rows:
        by_until.setdefault(until, []).append((finding_id, Status.waived.value))
    for until, items in sorted(by_until.items()):
        changes += set_status(
            conn,
            items,
            to_status=Status.open,
            action=Action.waiver_expired,
            actor=SCAN_ACTOR if scan_id else "system",
            at=at,
            note=f"waiver ended {until.isoformat()}",
            scan_id=scan_id,
        )
    return changes


def expired_waiver_count(conn: Connection, today: date | None = None) -> int:
    today = today or today_utc()
    query = select(func.count()).select_from(findings_t)
    query = query.where(and_(findings_t.c.status == Status.waived, findings_t.c.waived_until < today))
    return int(conn.execute(query).scalar_one())


def apply_expiries_now(engine: Engine, *, today: date | None = None, wait_s: float = 2.0) -> int | None:
    """Apply expiries before a register read; return how many reopened, or None if a scan is running.

    A read must not fail because a scan holds the register: the running scan applies expiries
    itself when it commits, so we skip and let the caller say so.
    """
    with engine.connect() as conn:
        if not expired_waiver_count(conn, today):
            return 0
    try:
        with change_transaction(engine, wait_s=wait_s) as conn:
            return len(apply_expiries(conn, today=today))
    except RegisterBusyError:
        return None


# --- manual actions -------------------------------------------------------------------------


def current_status(conn: Connection, ref: str | int) -> tuple[int, str]:
    finding_id = resolve_ref(conn, ref)
    status = conn.execute(
        select(findings_t.c.status).where(findings_t.c.id == finding_id).with_for_update()
    ).scalar_one()
    return finding_id, status


def require_text(text_value: str | None, what: str) -> str:
    if text_value is None or not text_value.strip():
        raise InvalidInputError(f"{what} must not be empty")
    return text_value.strip()


def _check_move(finding_id: int, status: str, action: Action) -> None:
    if status not in MANUAL_FROM[action]:
        verb = {Action.acknowledged: "acknowledge", Action.waived: "waive", Action.resolved: "resolve"}[action]
        allowed = ", ".join(sorted(MANUAL_FROM[action]))
        raise InvalidTransitionError(f"cannot {verb} finding {finding_id}: it is {status} (allowed from: {allowed})")


def acknowledge(
    engine: Engine, ref: str | int, *, by: str, note: str | None = None, wait_s: float = CHANGE_WAIT_S
) -> Change:
    """Someone has seen the finding and owns it; it stays on the open list until resolved."""
    by = require_text(by, "--by")
    with change_transaction(engine, wait_s=wait_s) as conn:
        finding_id, status = current_status(conn, ref)
        _check_move(finding_id, status, Action.acknowledged)
        return set_status(
            conn, [(finding_id, status)], to_status=Status.acknowledged, action=Action.acknowledged,
            actor=by, at=utcnow(), note=(note or "").strip() or None,
        )[0]  # fmt: skip


def check_waiver_end(until: date, today: date, max_days: int) -> None:
    """A waiver ends today or later, and at most ``max_days`` ahead (every way of waiving calls this)."""
    if until < today:
        raise InvalidInputError(
            f"--until {until.isoformat()} is in the past (today is {today.isoformat()} UTC); "
            "a waiver must end today or later"
        )
    latest = today + timedelta(days=max_days)
    if until > latest:
        raise InvalidInputError(
            f"--until {until.isoformat()} is more than {max_days} days ahead (the latest is {latest.isoformat()}; "
            "register.max_waiver_days in the configuration): a waiver is reviewed and renewed when it ends"
        )


def waive(
    engine: Engine,
    ref: str | int,
    *,
    by: str,
    reason: str,
    until: date,
    today: date | None = None,
    wait_s: float = CHANGE_WAIT_S,
    max_days: int = DEFAULT_MAX_WAIVER_DAYS,
) -> Change:
    """Accept the risk until ``until`` (inclusive), at most ``max_days`` from today; the finding
    reopens by itself afterwards."""
    by = require_text(by, "--by")
    reason = require_text(reason, "--reason")
    check_waiver_end(until, today or today_utc(), max_days)
    with change_transaction(engine, wait_s=wait_s) as conn:
        finding_id, status = current_status(conn, ref)
        _check_move(finding_id, status, Action.waived)
        return set_status(
            conn, [(finding_id, status)], to_status=Status.waived, action=Action.waived, actor=by,
            at=utcnow(), note=f"until {until.isoformat()}: {reason}", waiver=(reason, by, until),
        )[0]  # fmt: skip


def resolve(engine: Engine, ref: str | int, *, by: str, note: str, wait_s: float = CHANGE_WAIT_S) -> Change:
    """Declare the finding fixed. If the next scan still produces it, the scan reopens it."""
    by = require_text(by, "--by")
    note = require_text(note, "--note")
    with change_transaction(engine, wait_s=wait_s) as conn:
        finding_id, status = current_status(conn, ref)
        _check_move(finding_id, status, Action.resolved)
        return set_status(
            conn, [(finding_id, status)], to_status=Status.resolved, action=Action.resolved, actor=by,
            at=utcnow(), note=note,
        )[0]  # fmt: skip
