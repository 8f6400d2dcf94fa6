"""Working findings beyond status moves: owners, due dates, comments, and bulk actions on a filter.

Each change writes its audit row in the same transaction (``lifecycle.record_events``), like status
moves do, so the trail shows who assigned, re-dated or commented on what. Bulk actions take the
same ``Filters`` as the lists, touch only findings whose status allows the move (the others are
left alone and not counted), and run in one transaction: all of them change, or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, insert, or_, select, update
from sqlalchemy.engine import Connection

from crossguard.register.config import DEFAULT_MAX_WAIVER_DAYS
from crossguard.register.errors import InvalidInputError
from crossguard.register.lifecycle import (
    CHANGE_WAIT_S,
    MANUAL_FROM,
    check_waiver_end,
    chunks,
    current_status,
    event_row,
    record_events,
    require_text,
    set_status,
    today_utc,
)
from crossguard.register.locking import change_transaction
from crossguard.register.models import Action, FindingComment, FindingRow, Status
from crossguard.register.queries import Filters
from crossguard.store.db import utcnow

findings_t = FindingRow.__table__
comments_t = FindingComment.__table__

MAX_COMMENT = 10_000
#: Owners are names (or emails), not free text: this keeps lists and filters readable.
MAX_OWNER = 200


@dataclass(frozen=True)
class Comment:
    id: int
    finding_id: int
    at: datetime
    author: str
    body: str


def _owner(value: str | None) -> str | None:
    owner = (value or "").strip() or None
    if owner is not None and len(owner) > MAX_OWNER:
        raise InvalidInputError(f"owner is longer than {MAX_OWNER} characters")
    return owner


def assign(
    engine: Engine, ref: str | int, *, by: str, owner: str | None, due: date | None = None,
    wait_s: float = CHANGE_WAIT_S,
) -> int:
    """Set (or, with ``owner`` empty, clear) a finding's owner, and its due date if ``due`` is given.

    Only what differs is written (and audited): re-submitting the same owner and date changes nothing.
    """
    by = require_text(by, "--by")
    owner = _owner(owner)
    with change_transaction(engine, wait_s=wait_s) as conn:
        finding_id, status = current_status(conn, ref)
        current_owner, current_due = conn.execute(
            select(findings_t.c.owner, findings_t.c.due_date).where(findings_t.c.id == finding_id)
        ).one()
        if owner != current_owner:
            _assign_rows(conn, [(finding_id, status)], by=by, owner=owner, at=utcnow())
        if due is not None and due != current_due:
            _set_due(conn, finding_id, status, current_due, due, by)
        return finding_id


def _assign_rows(conn: Connection, items: Sequence[tuple[int, str]], *, by: str, owner: str | None,
                 at: datetime) -> None:
    for part in chunks([finding_id for finding_id, _ in items]):
        conn.execute(update(findings_t).where(findings_t.c.id.in_(part)).values(owner=owner))
    note = f"owner: {owner}" if owner else "owner cleared"
    record_events(conn, [event_row(i, Action.assigned, by, at, s, s, note) for i, s in items])


def _set_due(conn: Connection, finding_id: int, status: str, previous: date | None, due: date, by: str) -> None:
    conn.execute(update(findings_t).where(findings_t.c.id == finding_id).values(due_date=due))
    note = f"due {previous.isoformat() if previous else '-'} -> {due.isoformat()}"
    record_events(conn, [event_row(finding_id, Action.due_changed, by, utcnow(), status, status, note)])


def comment(engine: Engine, ref: str | int, *, by: str, text: str, wait_s: float = CHANGE_WAIT_S) -> Comment:
    """Add a comment; its audit row carries the text too, so the trail reads on its own."""
    by = require_text(by, "--by")
    body = require_text(text, "comment")
    if len(body) > MAX_COMMENT:
        raise InvalidInputError(f"a comment is at most {MAX_COMMENT} characters (this one has {len(body)})")
    at = utcnow()
    with change_transaction(engine, wait_s=wait_s) as conn:
        finding_id, status = current_status(conn, ref)
        comment_id = conn.execute(
            insert(comments_t).values(finding_id=finding_id, at=at, author=by, body=body)
        ).inserted_primary_key[0]
        record_events(conn, [event_row(finding_id, Action.commented, by, at, status, status, body)])
    return Comment(comment_id, finding_id, at, by, body)


def comments(conn: Connection, finding_id: int) -> list[Comment]:
    query = select(comments_t).where(comments_t.c.finding_id == finding_id).order_by(comments_t.c.at, comments_t.c.id)
    return [Comment(**row._mapping) for row in conn.execute(query)]


# --- bulk actions on a filter -------------------------------------------------------------------

#: What a bulk action does, by the name forms and the API use.
BULK_ACTIONS: dict[str, Action] = {
    "acknowledge": Action.acknowledged, "waive": Action.waived, "resolve": Action.resolved, "assign": Action.assigned,
}  # fmt: skip


@dataclass(frozen=True)
class BulkRequest:
    """A bulk action and its arguments (``reason``/``until`` for waive, ``note`` for resolve, ``owner``)."""

    action: str
    by: str
    note: str | None = None
    reason: str | None = None
    until: date | None = None
    owner: str | None = None


def _targets(conn: Connection, filters: Filters, request: BulkRequest) -> list[tuple[int, str]]:
    """The findings ``request`` would change: selected by ``filters``, and where the change is a change."""
    if request.action not in BULK_ACTIONS:
        raise InvalidInputError(f"unknown bulk action {request.action!r} (use {', '.join(BULK_ACTIONS)})")
    query = filters.apply(select(findings_t.c.id, findings_t.c.status))
    allowed = MANUAL_FROM.get(BULK_ACTIONS[request.action])
    if allowed is not None:
        query = query.where(findings_t.c.status.in_(sorted(allowed)))
    if request.action == "assign":
        owner = _owner(request.owner)
        owner_col = findings_t.c.owner
        query = query.where(or_(owner_col.is_(None), owner_col != owner) if owner else owner_col.is_not(None))
    return [(row[0], row[1]) for row in conn.execute(query.order_by(findings_t.c.id))]


def bulk_count(conn: Connection, filters: Filters, request: BulkRequest) -> int:
    """How many findings ``request`` on ``filters`` would change (what the confirmation says)."""
    return len(_targets(conn, filters, request))


def _validated(request: BulkRequest, today: date, max_waiver_days: int) -> BulkRequest:
    by = require_text(request.by, "by")
    if request.action == "waive":
        require_text(request.reason, "reason")
        if request.until is None:
            raise InvalidInputError("a waiver needs an end date (until)")
        check_waiver_end(request.until, today, max_waiver_days)
    if request.action == "resolve":
        require_text(request.note, "note")
    return BulkRequest(request.action, by, (request.note or "").strip() or None, (request.reason or "").strip() or None,
                       request.until, _owner(request.owner))


def bulk_apply(engine: Engine, filters: Filters, request: BulkRequest, *, today: date | None = None,
               wait_s: float = CHANGE_WAIT_S, max_waiver_days: int = DEFAULT_MAX_WAIVER_DAYS) -> int:
    """Apply ``request`` to every finding ``filters`` selects whose status allows it; return how many changed."""
    request = _validated(request, today or today_utc(), max_waiver_days)
    at = utcnow()
    with change_transaction(engine, wait_s=wait_s) as conn:
        items = _targets(conn, filters, request)
        if request.action == "assign":
            _assign_rows(conn, items, by=request.by, owner=request.owner, at=at)
            return len(items)
        move = {"acknowledge": Status.acknowledged, "waive": Status.waived, "resolve": Status.resolved}
        note = request.note
        waiver = None
        if request.action == "waive":
            assert request.until is not None and request.reason is not None
            note = f"until {request.until.isoformat()}: {request.reason}"
            waiver = (request.reason, request.by, request.until)
        set_status(conn, items, to_status=move[request.action], action=BULK_ACTIONS[request.action],
                   actor=request.by, at=at, note=note, waiver=waiver)
        return len(items)
