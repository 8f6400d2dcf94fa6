"""Account health end to end: `scan --data` records the findings per account and store, a later
period that recovers resolves them, a worse one escalates; `register show` prints the trend; the
findings become alerts routed by severity through the packaged routes (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.notifiers.alert import Alert
from crossguard.notifiers.config import SourceSettings
from crossguard.notifiers.models import Delivery, OutboxAlert
from crossguard.notifiers.sources import collect
from crossguard.register import trends
from crossguard.settings import load_settings
from crossguard.store.db import session_scope
from crossguard.usecases.scan import scan_catalog

ROOT = Path(__file__).resolve().parent.parent
CATALOG = [ROOT / "examples" / "catalog.csv"]
SUBJECT = "account:A1@amazon:GB"


def week(on: str, odr: tuple[int, int], cancelled: int) -> dict:
    return {"account": "A1", "marketplace": "amazon", "market": "UK", "date": on,
            "odr": {"orders": odr[1], "defects": odr[0]}, "cancellation": {"orders": 200, "cancelled": cancelled}}


def write_data(folder: Path, weeks: list[dict]) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "accounts.yaml").write_text("- {account_id: A1, platform: amazon, region: UK}\n", encoding="utf-8")
    (folder / "performance.json").write_text(json.dumps(weeks), encoding="utf-8")
    return folder


def health(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT rule_id, subject, status FROM findings WHERE pack_id = 'account-health' ORDER BY rule_id"
        )).all()
    assert {subject for _, subject, _ in rows} == {SUBJECT}
    return {rule: status for rule, _, status in rows}


def scan(engine: Engine, data: Path, at: date):
    return scan_catalog(engine, CATALOG, at=at, data_dir=data, db_url=engine.url.render_as_string(False))


def test_findings_open_resolve_when_the_metric_recovers_and_escalate(db_engine: Engine, tmp_path: Path) -> None:
    weeks = [week("2026-11-09", (7, 1000), 5), week("2026-11-16", (8, 1000), 7)]  # CR 3.5%: over in the UK
    data = write_data(tmp_path / "data", weeks)
    first = scan(db_engine, data, date(2026, 11, 18))
    assert health(db_engine) == {"AH-CR-C2": "open", "AH-ODR-C1": "open"}
    assert first.new >= 2

    weeks.append(week("2026-11-23", (10, 1000), 1))  # cancellations back to 0.5%, ODR now at 1%
    write_data(data, weeks)
    second = scan(db_engine, data, date(2026, 11, 25))
    assert health(db_engine) == {"AH-CR-C2": "resolved", "AH-ODR-C1": "resolved", "AH-ODR-C2": "open",
                                 "AH-ODR-TREND": "open"}
    assert second.resolved == 2
    with db_engine.connect() as conn:
        actors = conn.execute(text(
            "SELECT e.actor, e.action FROM finding_events e JOIN findings f ON f.id = e.finding_id "
            "WHERE f.rule_id = 'AH-CR-C2' ORDER BY e.id")).all()
    assert [tuple(a) for a in actors] == [("scan", "created"), ("scan", "resolved")]

    weeks.append(week("2026-11-30", (9, 1000), 8))  # cancellations over again: the same finding reopens
    write_data(data, weeks)
    scan(db_engine, data, date(2026, 12, 1))
    assert health(db_engine)["AH-CR-C2"] == "open"


def test_register_show_prints_the_trend_by_period(db_engine: Engine, tmp_path: Path) -> None:
    data = write_data(tmp_path / "data", [week("2026-11-09", (6, 1000), 0), week("2026-11-16", (7, 1000), 0),
                                          week("2026-11-23", (9, 1000), 0)])
    scan(db_engine, data, date(2026, 11, 25))
    with db_engine.connect() as conn:
        finding_id = conn.execute(text("SELECT id FROM findings WHERE rule_id = 'AH-ODR-C1'")).scalar_one()
    url = db_engine.url.render_as_string(False)
    result = CliRunner().invoke(app, ["register", "show", str(finding_id), "--db", url], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    trend = result.output[result.output.index("Trend"):result.output.index("History")]
    assert "Order Defect Rate, 60-day windows ending on each date" in trend
    lines = [line for line in trend.splitlines() if "2026-11-" in line]
    assert [line.split("│")[2].strip() for line in lines] == [
        "2026-11-09: 0.60% (6 of 1000)", "2026-11-16: 0.70% (7 of 1000)", "2026-11-23: 0.90% (9 of 1000)"]
    evidence = result.output[result.output.index("Evidence"):result.output.index("Trend")]
    assert "trend." not in evidence and "odr_limit_ratio" in evidence


def test_account_health_alerts_are_routed_by_severity(db_engine: Engine, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the packaged routes, not a config.yaml of the working folder
    routes = load_settings(env={}).notifiers
    # one message per finding, as on every scan after a register's first (the first is one digest)
    routes.sources["findings"] = SourceSettings(options={"first_scan_digest": False})
    data = write_data(tmp_path / "data", [week("2026-11-09", (2, 1000), 1), week("2026-11-16", (2, 1000), 2),
                                          week("2026-11-23", (2, 1000), 7)])  # CR over (high), rising (low)
    scan(db_engine, data, date(2026, 11, 25))
    stats = collect(db_engine, routes, today=date(2026, 11, 25), only=["findings"])
    assert not stats.errors
    with session_scope(db_engine) as session:
        alerts = {Alert.model_validate_json(a.payload).rule.split(" ")[0]: a
                  for a in session.scalars(select(OutboxAlert)) if SUBJECT in a.title}
        routed = {rule: {d.route for d in session.scalars(select(Delivery).where(Delivery.alert_id == a.id))}
                  for rule, a in alerts.items()}
        severities = {rule: a.severity for rule, a in alerts.items()}
        payload = Alert.model_validate_json(alerts["AH-CR-C2"].payload)
    assert severities == {"AH-CR-C2": "high", "AH-CR-TREND": "low"}
    by_name = {route.name: route for route in routes.routes}
    urgent = {name for name, route in by_name.items() if route.min_severity.value == "high"}
    assert urgent and urgent <= routed["AH-CR-C2"]
    assert routed["AH-CR-TREND"] and not urgent & routed["AH-CR-TREND"]
    trend = next(e for e in payload.evidence if e.field == "trend.cancellation_pct")
    assert trend.value[-1] == "2026-11-23: 3.50% (7 of 200)" and payload.market == "GB"


def test_trend_evidence_splits_into_period_and_value_and_leaves_other_evidence_alone() -> None:
    evidence = [
        {"field": "odr_orders", "value": 1362, "basis": "orders in the 60 days to 2026-11-23"},
        {"field": "trend.odr_pct", "value": ["2026-11-16: 0.81% (11 of 1350)", "2026-11-23: 0.88% (12 of 1362)"],
         "basis": "Order Defect Rate, 60-day windows ending on each date"},
        {"field": "trend.rating", "value": ["158"], "basis": "Account Health Rating (0 to 1,000)"},
        {"field": "trend.empty", "value": []},  # no points: not a trend table
        {"field": "trend.text", "value": "0.88%"},  # not a list: shown as evidence
    ]
    (odr, rating) = trends.metric_trends(evidence)
    assert [(p.period, p.value) for p in odr.points] == [("2026-11-16", "0.81% (11 of 1350)"),
                                                         ("2026-11-23", "0.88% (12 of 1362)")]
    assert (odr.name, str(odr.latest)) == ("Order Defect Rate", "2026-11-23: 0.88% (12 of 1362)")
    assert (rating.name, rating.latest.period, str(rating.latest)) == ("Account Health Rating (0 to 1,000)", "", "158")
    assert [e["field"] for e in trends.without_trends(evidence)] == ["odr_orders", "trend.empty", "trend.text"]


def test_the_dashboards_accounts_at_risk_leave_out_waived_findings(db_engine: Engine, tmp_path: Path) -> None:
    """The panel says "open or acknowledged": an account whose findings are all waived is not at risk."""
    from crossguard.register.lifecycle import waive

    data = write_data(tmp_path / "data", [week("2026-11-09", (7, 1000), 5), week("2026-11-16", (8, 1000), 7)])
    scan(db_engine, data, date(2026, 11, 18))
    with db_engine.connect() as conn:
        assert [a.subject for a in trends.accounts_at_risk(conn)] == [SUBJECT]
        ids = conn.execute(text("SELECT id FROM findings WHERE pack_id = 'account-health'")).scalars().all()
    for finding_id in ids[:-1]:
        waive(db_engine, finding_id, by="officer", reason="agreed with the marketplace", until=date(2026, 12, 1),
              today=date(2026, 11, 18))
    with db_engine.connect() as conn:
        (account,) = trends.accounts_at_risk(conn)
        assert account.findings == 1  # the one not waived
    waive(db_engine, ids[-1], by="officer", reason="agreed", until=date(2026, 12, 1), today=date(2026, 11, 18))
    with db_engine.connect() as conn:
        assert trends.accounts_at_risk(conn) == []
