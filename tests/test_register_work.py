"""Owners, due dates from the SLA, overdue, comments, bulk actions on a filter, and the trend snapshot."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, update

from crossguard.engine.findings import Severity
from crossguard.register import dashboard, lifecycle, queries, work
from crossguard.register.errors import InvalidInputError
from crossguard.register.models import FindingRow
from tests.conftest import make_entry, scan

SLA = {Severity.critical: 7, Severity.high: 30, Severity.medium: 90, Severity.low: None, Severity.info: None}


@pytest.fixture
def scanned(db_engine: Engine) -> Engine:
    """Eight findings: toy.no_cert (critical) on A, B, C in DE and FR; C also has a 50 Wh battery (high)."""
    scan(db_engine, [make_entry("A"), make_entry("B"), make_entry("C", battery={"capacity_wh": 50})], sla=SLA)
    return db_engine


def findings(engine: Engine, **filters) -> list[queries.RegisterFinding]:  # noqa: ANN003
    with engine.connect() as conn:
        return queries.list_findings(conn, queries.Filters(**filters), sort="id")


def trail(engine: Engine, finding_id: int) -> list[tuple]:
    with engine.connect() as conn:
        return [(e.action, e.actor, e.note) for e in queries.history(conn, finding_id)]


def test_due_dates_follow_the_sla_by_severity(scanned: Engine, today: date) -> None:
    rows = findings(scanned)
    assert {(f.severity, f.due_date) for f in rows} == {
        ("critical", today + timedelta(days=7)), ("high", today + timedelta(days=30))}


def test_overdue_on_both_sides_of_the_due_date(scanned: Engine, today: date) -> None:
    due = today + timedelta(days=7)
    assert findings(scanned, overdue=True, today=due) == []  # the due day itself is on time
    late = findings(scanned, overdue=True, today=due + timedelta(days=1))
    assert len(late) == 8 - 2  # the two high findings are due in 30 days
    assert all(f.overdue(due + timedelta(days=1)) and not f.overdue(due) for f in late)
    lifecycle.waive(scanned, late[0].id, by="carol", reason="accepted", until=due + timedelta(days=30))
    assert len(findings(scanned, overdue=True, today=due + timedelta(days=1))) == 5  # a waiver stops the clock


def test_assign_and_due_date_are_audited_and_filterable(scanned: Engine, today: date) -> None:
    work.assign(scanned, 1, by="lead", owner="alice", due=today + timedelta(days=2))
    finding = findings(scanned, owners=["alice"])
    assert [(f.id, f.owner, f.due_date) for f in finding] == [(1, "alice", today + timedelta(days=2))]
    assert len(findings(scanned, owners=[queries.UNASSIGNED])) == 7
    assert trail(scanned, 1)[-2:] == [
        ("assigned", "lead", "owner: alice"),
        ("due_changed", "lead", f"due {today + timedelta(days=7)} -> {today + timedelta(days=2)}"),
    ]
    work.assign(scanned, 1, by="lead", owner="alice", due=today + timedelta(days=2))
    assert len(trail(scanned, 1)) == 3  # nothing changed, nothing audited
    work.assign(scanned, 1, by="lead", owner=" ")
    assert findings(scanned, owners=["alice"]) == [] and trail(scanned, 1)[-1] == ("assigned", "lead", "owner cleared")


def test_comments_keep_author_and_time_and_reach_the_trail(scanned: Engine) -> None:
    added = work.comment(scanned, 2, by="alice", text="Asked the supplier for the DoC")
    with scanned.connect() as conn:
        stored = work.comments(conn, 2)
    assert [(c.author, c.body, c.at) for c in stored] == [("alice", "Asked the supplier for the DoC", added.at)]
    assert trail(scanned, 2)[-1] == ("commented", "alice", "Asked the supplier for the DoC")
    with pytest.raises(InvalidInputError):
        work.comment(scanned, 2, by="alice", text="   ")


def test_bulk_waive_touches_exactly_what_the_filter_selects(scanned: Engine, today: date) -> None:
    lifecycle.resolve(scanned, 1, by="bob", note="fixed")
    filters = queries.Filters(rules=["toy.no_cert"])
    request = work.BulkRequest("waive", by="carol", reason="DoC renewal", until=today + timedelta(days=10))
    with scanned.connect() as conn:
        assert work.bulk_count(conn, filters, request) == 2 * 3 - 1  # the resolved one cannot be waived
    assert work.bulk_apply(scanned, filters, request) == 5
    waived = findings(scanned, statuses=["waived"])
    assert len(waived) == 5 and {f.waived_until for f in waived} == {today + timedelta(days=10)}
    assert {f.rule_id for f in findings(scanned, statuses=["open"])} == {"toy.battery"}
    assert trail(scanned, 2)[-1] == ("waived", "carol", f"until {today + timedelta(days=10)}: DoC renewal")
    past = work.BulkRequest("waive", by="carol", reason="x", until=today - timedelta(days=1))
    with pytest.raises(InvalidInputError):
        work.bulk_apply(scanned, filters, past)


def test_bulk_assign_and_acknowledge(scanned: Engine) -> None:
    filters = queries.Filters(markets=["DE"])
    assert work.bulk_apply(scanned, filters, work.BulkRequest("assign", by="lead", owner="dana")) == 4
    assert work.bulk_apply(scanned, filters, work.BulkRequest("assign", by="lead", owner="dana")) == 0  # no change
    assert work.bulk_apply(scanned, filters, work.BulkRequest("acknowledge", by="dana")) == 4
    assert work.bulk_apply(scanned, filters, work.BulkRequest("acknowledge", by="dana")) == 0  # none open now
    in_de = findings(scanned, markets=["DE"])
    assert {(f.market, f.owner, f.status) for f in in_de} == {("DE", "dana", "acknowledged")}


def test_a_reopened_finding_gets_a_fresh_due_date(scanned: Engine, today: date) -> None:
    with scanned.begin() as conn:
        conn.execute(update(FindingRow.__table__).values(due_date=today - timedelta(days=100)))
    lifecycle.resolve(scanned, 1, by="bob", note="fixed")
    scan(scanned, [make_entry("A"), make_entry("B"), make_entry("C", battery={"capacity_wh": 50})], sla=SLA)
    by_id = {f.id: f for f in findings(scanned)}
    assert by_id[1].status == "open" and by_id[1].due_date == today + timedelta(days=7)
    assert by_id[2].due_date == today - timedelta(days=100)  # never resolved: its clock runs on


def test_each_scan_records_the_trend(scanned: Engine, today: date) -> None:
    lifecycle.acknowledge(scanned, 1, by="bob")
    lifecycle.waive(scanned, 2, by="bob", reason="r", until=today)
    scan(scanned, [make_entry("A"), make_entry("B")], sla=SLA)  # C is gone: its three findings resolve
    with scanned.connect() as conn:
        points = dashboard.trend(conn)
        by_market = dashboard.to_fix_by(conn, "market")
    assert [p.counts for p in points] == [{"critical": 6, "high": 2}, {"critical": 3}]
    assert by_market == {"DE": {"critical": 2}, "FR": {"critical": 1}}  # waived #2 (FR) is not to fix


def test_rows_from_before_the_sla_get_a_due_date_from_their_first_seen_day(scanned: Engine, today: date) -> None:
    """A register upgraded from 0002 has no due dates; the next scan fills them, from first seen."""
    with scanned.begin() as conn:
        conn.execute(update(FindingRow.__table__).values(due_date=None))
    scan(scanned, [make_entry("A"), make_entry("B"), make_entry("C", battery={"capacity_wh": 50})], sla=SLA)
    assert {(f.severity, f.due_date) for f in findings(scanned)} == {
        ("critical", today + timedelta(days=7)), ("high", today + timedelta(days=30))}
