"""Manual actions on findings, waiver expiry, and the read-side queries the notifiers use."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select

from crossguard.register import lifecycle, queries
from crossguard.register.errors import (
    AmbiguousFindingError,
    InvalidInputError,
    InvalidTransitionError,
    UnknownFindingError,
)
from crossguard.register.models import FindingEvent, FindingRow
from tests.conftest import make_entry, scan


@pytest.fixture
def scanned(db_engine: Engine) -> Engine:
    """A register with four open findings: toy.no_cert on A and B, in DE and FR."""
    scan(db_engine, [make_entry("A"), make_entry("B")])
    return db_engine


def trail(engine: Engine, finding_id: int) -> list[tuple]:
    with engine.connect() as conn:
        return [(e.action, e.from_status, e.to_status, e.actor, e.note) for e in queries.history(conn, finding_id)]


def get(engine: Engine, ref: int | str) -> queries.RegisterFinding:
    with engine.connect() as conn:
        return queries.get_finding(conn, ref)


def test_acknowledge_then_resolve_is_audited(scanned: Engine) -> None:
    change = lifecycle.acknowledge(scanned, 1, by="bob@example.com", note="asked supplier for DoC")
    assert (change.from_status, change.to_status) == ("open", "acknowledged")
    lifecycle.resolve(scanned, "1", by="bob@example.com", note="DoC uploaded")
    finding = get(scanned, 1)
    assert (finding.status, finding.status_by, finding.status_note) == ("resolved", "bob@example.com", "DoC uploaded")
    assert trail(scanned, 1) == [
        ("created", None, "open", "scan", None),
        ("acknowledged", "open", "acknowledged", "bob@example.com", "asked supplier for DoC"),
        ("resolved", "acknowledged", "resolved", "bob@example.com", "DoC uploaded"),
    ]
    with scanned.connect() as conn:
        at = [e.at for e in queries.history(conn, 1)]
    assert at == sorted(at) and all(t.tzinfo is not None for t in at)


def test_waive_records_reason_approver_and_end_date(scanned: Engine, today: date) -> None:
    until = today + timedelta(days=30)
    lifecycle.waive(scanned, 2, by="carol (head of compliance)", reason="listing paused until relabel", until=until)
    finding = get(scanned, 2)
    assert (finding.status, finding.waived_by, finding.waiver_reason, finding.waived_until) == (
        "waived", "carol (head of compliance)", "listing paused until relabel", until,
    )  # fmt: skip
    note = f"until {until.isoformat()}: listing paused until relabel"
    assert trail(scanned, 2)[-1] == ("waived", "open", "waived", "carol (head of compliance)", note)
    # a waiver may be extended
    lifecycle.waive(scanned, 2, by="carol", reason="extended", until=until + timedelta(days=30))
    assert get(scanned, 2).waived_until == until + timedelta(days=30)


def test_waiver_in_the_past_or_without_reason_is_refused(scanned: Engine, today: date) -> None:
    with pytest.raises(InvalidInputError, match="in the past"):
        lifecycle.waive(scanned, 1, by="carol", reason="x", until=today - timedelta(days=1))
    with pytest.raises(InvalidInputError, match="--reason"):
        lifecycle.waive(scanned, 1, by="carol", reason="  ", until=today + timedelta(days=1))
    with pytest.raises(InvalidInputError, match="--by"):
        lifecycle.acknowledge(scanned, 1, by="")
    with pytest.raises(InvalidInputError, match="--note"):
        lifecycle.resolve(scanned, 1, by="bob", note="")
    assert get(scanned, 1).status == "open"
    assert len(trail(scanned, 1)) == 1
    # ending today is fine: the waiver holds through the end of the day
    lifecycle.waive(scanned, 1, by="carol", reason="today only", until=today)
    assert get(scanned, 1).status == "waived"


def test_moves_the_status_does_not_allow_are_refused(scanned: Engine, today: date) -> None:
    lifecycle.acknowledge(scanned, 1, by="bob")
    with pytest.raises(InvalidTransitionError, match="cannot acknowledge finding 1: it is acknowledged"):
        lifecycle.acknowledge(scanned, 1, by="bob")
    lifecycle.resolve(scanned, 1, by="bob", note="done")
    with pytest.raises(InvalidTransitionError, match="it is resolved"):
        lifecycle.waive(scanned, 1, by="carol", reason="x", until=today + timedelta(days=1))
    with pytest.raises(InvalidTransitionError, match="it is resolved"):
        lifecycle.resolve(scanned, 1, by="bob", note="again")


def test_findings_are_found_by_id_or_fingerprint_prefix(scanned: Engine) -> None:
    finding = get(scanned, 3)
    assert get(scanned, finding.fingerprint).id == 3
    assert get(scanned, finding.fingerprint[:8].upper()).id == 3
    assert get(scanned, "#3").id == 3
    with pytest.raises(UnknownFindingError, match="no finding with id or fingerprint '99'"):
        get(scanned, 99)
    with pytest.raises(UnknownFindingError):
        get(scanned, "abc")  # too short to be a fingerprint prefix
    with pytest.raises(UnknownFindingError):
        lifecycle.acknowledge(scanned, "ffffffffffff", by="bob")
    with scanned.connect() as conn:
        fingerprints = [f.fingerprint for f in queries.list_findings(conn)]
    shared = _shared_prefix(fingerprints)
    if shared:  # only testable when two fingerprints happen to share 6+ leading characters
        with pytest.raises(AmbiguousFindingError):
            get(scanned, shared)


def _shared_prefix(fingerprints: list[str]) -> str | None:
    for length in range(10, 5, -1):
        seen: dict[str, str] = {}
        for fp in fingerprints:
            if fp[:length] in seen:
                return fp[:length]
            seen[fp[:length]] = fp
    return None


def test_expired_waivers_reopen_in_one_place_at_the_next_scan_or_read(scanned: Engine, today: date) -> None:
    past_day = date(2020, 1, 1)
    # waivers granted back then, ended long ago (today= stands in for the day they were granted)
    lifecycle.waive(scanned, 1, by="carol", reason="old", until=past_day + timedelta(days=10), today=past_day)
    lifecycle.waive(scanned, 2, by="carol", reason="current", until=today + timedelta(days=5))

    # a read applies expiries first
    assert lifecycle.apply_expiries_now(scanned) == 1
    assert get(scanned, 1).status == "open" and get(scanned, 1).waived_until is None
    assert get(scanned, 2).status == "waived"
    assert trail(scanned, 1)[-1] == ("waiver_expired", "waived", "open", "system", "waiver ended 2020-01-11")
    assert lifecycle.apply_expiries_now(scanned) == 0

    # ... and so does a scan, inside its transaction, counted in its run
    lifecycle.waive(scanned, 3, by="carol", reason="old", until=past_day, today=past_day)
    result = scan(scanned, [make_entry("A"), make_entry("B")])
    assert result.expired == 1 and get(scanned, 3).status == "open"
    assert trail(scanned, 3)[-1][:4] == ("waiver_expired", "waived", "open", "scan")

    # the day after the end date counts as expired, the end date itself does not
    with scanned.begin() as conn:
        lifecycle.apply_expiries(conn, today=today + timedelta(days=5))
    assert get(scanned, 2).status == "waived"
    with scanned.begin() as conn:
        changes = lifecycle.apply_expiries(conn, today=today + timedelta(days=6))
    assert [c.finding_id for c in changes] == [2]


def test_waivers_expiring_within_n_days(scanned: Engine, today: date) -> None:
    lifecycle.waive(scanned, 1, by="carol", reason="a", until=today + timedelta(days=3))
    lifecycle.waive(scanned, 2, by="carol", reason="b", until=today + timedelta(days=10))
    lifecycle.waive(scanned, 3, by="carol", reason="c", until=today)
    with scanned.connect() as conn:
        soon = queries.waivers_expiring_within(conn, 7, today=today)
        assert [f.id for f in soon] == [3, 1]
        assert [f.id for f in queries.waivers_expiring_within(conn, 10, today=today)] == [3, 1, 2]
        assert queries.waivers_expiring_within(conn, 7, today=today + timedelta(days=20)) == []


def test_new_or_reopened_of_the_latest_scan(scanned: Engine) -> None:
    with scanned.connect() as conn:
        assert sorted(f.id for f in queries.new_or_reopened(conn)) == [1, 2, 3, 4]
    lifecycle.resolve(scanned, 1, by="bob", note="done")
    result = scan(scanned, [make_entry("A"), make_entry("B"), make_entry("C", markets=("DE",))])
    with scanned.connect() as conn:
        changed = queries.new_or_reopened(conn)
        created = conn.execute(select(FindingRow.id).where(FindingRow.first_seen_scan_id == result.scan_id)).scalars()
        assert sorted(f.id for f in changed) == sorted([1, *created])
        assert {f.subject for f in changed} == {get(scanned, 1).subject, "C@amazon:DE"}
        # a given scan can be asked for too
        first = queries.scan_runs(conn)[-1]
        assert len(queries.new_or_reopened(conn, first.id)) == 4


def test_summary_counts_and_changes_since_previous_scan(scanned: Engine, today: date) -> None:
    lifecycle.acknowledge(scanned, 1, by="bob")
    scan(scanned, [make_entry("A"), make_entry("C", battery={"capacity_wh": 500})])
    lifecycle.waive(scanned, 1, by="carol", reason="r", until=today + timedelta(days=1))
    with scanned.connect() as conn:
        s = queries.summary(conn)
    assert s.by_severity_status["critical"] == {"open": 5, "waived": 1, "resolved": 2}
    assert s.by_pack == {"toy": {"critical": 6}}
    assert s.by_market == {"DE": {"critical": 3}, "FR": {"critical": 3}}
    assert s.latest is not None and s.previous is not None
    assert (s.latest.new, s.latest.resolved, s.previous.produced, s.latest.produced) == (4, 2, 4, 6)
    assert s.manual_changes_since_latest == {"waived": 1}


def test_every_status_change_has_exactly_one_audit_row(scanned: Engine, today: date) -> None:
    lifecycle.acknowledge(scanned, 1, by="bob")
    lifecycle.waive(scanned, 2, by="carol", reason="r", until=today + timedelta(days=1))
    lifecycle.resolve(scanned, 3, by="dan", note="n")
    scan(scanned, [make_entry("A")])  # B's findings resolve; 3 (resolved by dan) stays resolved
    with scanned.connect() as conn:
        rows = conn.execute(select(FindingEvent.finding_id, FindingEvent.to_status).order_by(FindingEvent.id)).all()
        for finding in queries.list_findings(conn, queries.Filters(statuses=[])):
            last = [to for fid, to in rows if fid == finding.id][-1]
            assert last == finding.status, finding
