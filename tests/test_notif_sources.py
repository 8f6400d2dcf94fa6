"""Alert sources backed by the risk register: new/reopened findings and expiring waivers.

Uses the register's own scan with the toy rules from tests/conftest.py (SQLite and PostgreSQL).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine, select

from crossguard.notifiers.alert import Alert
from crossguard.notifiers.config import NotifyConfig, Route, SourceSettings
from crossguard.notifiers.models import OutboxAlert
from crossguard.notifiers.sources import SOURCES, collect
from crossguard.register import lifecycle
from crossguard.store.db import session_scope
from tests.conftest import SCAN_DAY, make_entry, scan


def ncfg(**sources: SourceSettings) -> NotifyConfig:
    return NotifyConfig(routes=[Route(name="all", notifier="console")], sources=sources)


def stored(engine: Engine) -> list[OutboxAlert]:
    with session_scope(engine) as s:
        return list(s.scalars(select(OutboxAlert).order_by(OutboxAlert.id)))


def test_sources_are_a_registry() -> None:
    assert {"feed_items", "findings", "waivers_expiring"} <= set(SOURCES)


def test_new_findings_alert_once_and_reopened_ones_alert_again(db_engine: Engine) -> None:
    entry = make_entry("SKU-1", markets=("DE",))  # no certificate: one critical finding per listing
    scan(db_engine, [entry])
    first = collect(db_engine, ncfg(), today=SCAN_DAY, only=["findings"])
    assert first.enqueued == {"findings": 1} and not first.errors
    alert = stored(db_engine)[0]
    assert alert.kind == "finding_new" and alert.severity == "critical" and "No certificate" in alert.title
    scan(db_engine, [entry], reuse=False)  # same finding, still open: nothing new
    assert collect(db_engine, ncfg(), today=SCAN_DAY, only=["findings"]).enqueued == {"findings": 0}
    certified = make_entry("SKU-1", markets=("DE",), certificates=[{"scheme": "CE"}])
    scan(db_engine, [certified])  # resolved by the scan
    scan(db_engine, [entry])  # produced again: reopened
    collect(db_engine, ncfg(), today=SCAN_DAY, only=["findings"])
    assert [a.kind for a in stored(db_engine)] == ["finding_new", "finding_reopened"]


def test_findings_someone_already_handled_are_not_announced(db_engine: Engine) -> None:
    scan(db_engine, [make_entry("SKU-2", markets=("FR",))])
    with session_scope(db_engine) as s:
        from crossguard.register.models import FindingRow

        fid = s.scalars(select(FindingRow.id)).one()
    lifecycle.acknowledge(db_engine, fid, by="alice", note="on it")
    assert collect(db_engine, ncfg(), today=SCAN_DAY, only=["findings"]).enqueued == {"findings": 0}


def test_waiver_expiring_alerts_once_per_waiver_period(db_engine: Engine) -> None:
    scan(db_engine, [make_entry("SKU-3", markets=("DE",))])
    with session_scope(db_engine) as s:
        from crossguard.register.models import FindingRow

        fid = s.scalars(select(FindingRow.id)).one()
    lifecycle.waive(db_engine, fid, by="bob", reason="supplier sending DoC", until=SCAN_DAY + timedelta(days=10),
                    today=SCAN_DAY)
    cfg = ncfg(waivers_expiring=SourceSettings(days=14))
    assert collect(db_engine, cfg, today=SCAN_DAY, only=["waivers_expiring"]).enqueued == {"waivers_expiring": 1}
    assert collect(db_engine, cfg, today=SCAN_DAY + timedelta(days=1),
                   only=["waivers_expiring"]).enqueued == {"waivers_expiring": 0}
    alert = stored(db_engine)[0]
    assert alert.kind == "waiver_expiring" and "10 days" in alert.title
    short = ncfg(waivers_expiring=SourceSettings(days=5))  # outside the window: nothing
    lifecycle.waive(db_engine, fid, by="bob", reason="extended", until=SCAN_DAY + timedelta(days=30),
                    today=SCAN_DAY)
    assert collect(db_engine, short, today=SCAN_DAY, only=["waivers_expiring"]).enqueued == {"waivers_expiring": 0}
    assert collect(db_engine, cfg, today=date(2026, 12, 12), only=["waivers_expiring"]).enqueued == {
        "waivers_expiring": 1}  # the new end date is a new period


def test_disabled_and_failing_sources(db_engine: Engine, monkeypatch) -> None:  # noqa: ANN001
    cfg = ncfg(findings=SourceSettings(enabled=False))
    scan(db_engine, [make_entry("SKU-4", markets=("DE",))])
    assert "findings" not in collect(db_engine, cfg, today=SCAN_DAY).enqueued

    def boom(session, ctx):  # noqa: ANN001, ANN202
        raise RuntimeError("source exploded")

    monkeypatch.setitem(SOURCES, "waivers_expiring", boom)
    stats = collect(db_engine, ncfg(), today=SCAN_DAY)
    assert "source exploded" in stats.errors["waivers_expiring"]
    assert stats.enqueued["findings"] == 1  # the others still ran


def test_first_scan_of_a_new_register_is_one_digest_not_one_message_per_finding(db_engine: Engine) -> None:
    entries = [make_entry(f"SKU-{i}", markets=("DE", "FR"), battery={"chemistry": "lithium-ion"}) for i in range(30)]
    scan(db_engine, entries)  # 30 products x 2 markets x (no certificate + battery) = 120 findings
    stats = collect(db_engine, ncfg(), today=SCAN_DAY, only=["findings"])
    assert stats.enqueued == {"findings": 1}
    digest = Alert.model_validate_json(stored(db_engine)[0].payload)
    assert digest.title == "First scan of the register: 120 findings on 30 SKUs"
    assert digest.severity.value == "critical" and len(digest.skus) == 20
    fields = {e.field: e.value for e in digest.evidence}
    assert fields["by severity"] == "critical 60, high 60" and fields["by market"] == "DE 60, FR 60"
    assert sum(1 for e in digest.evidence if e.field.startswith("critical toy.no_cert")) == 10
    assert collect(db_engine, ncfg(), today=SCAN_DAY, only=["findings"]).enqueued == {"findings": 0}
    scan(db_engine, [*entries, make_entry("SKU-NEW", markets=("DE",))])  # later scans: one message per finding
    assert collect(db_engine, ncfg(), today=SCAN_DAY, only=["findings"]).enqueued == {"findings": 1}


def test_first_scan_digest_can_be_switched_off(db_engine: Engine) -> None:
    scan(db_engine, [make_entry(f"SKU-{i}", markets=("DE",)) for i in range(3)])
    each = ncfg(findings=SourceSettings(options={"first_scan_digest": False}))
    assert collect(db_engine, each, today=SCAN_DAY, only=["findings"]).enqueued == {"findings": 3}
