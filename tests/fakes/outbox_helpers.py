"""Shared set-up for outbox tests: configs pointing at the fake Slack, alerts, and checks."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from crossguard.engine.findings import Severity
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.notifiers.config import NotifyConfig, OutboxSettings, Route
from crossguard.notifiers.models import Delivery
from crossguard.notifiers.slack.settings import SlackSettings
from crossguard.store.db import session_scope
from tests.fakes.slack_server import FakeSlack

TOKEN = "xoxb-test-token"
ENV = {"CROSSGUARD_SLACK_BOT_TOKEN": TOKEN}
ALERTS = "C0ALERTS01"
DIGEST = "C0DIGEST01"


def config(fake: FakeSlack, routes: list[Route] | None = None, timeout: float = 1.0, **outbox: Any) -> NotifyConfig:
    """Fast retries so outage tests finish in seconds; per-channel pacing off unless asked."""
    policy = {"backoff_base": 0.05, "backoff_cap": 0.2, "lease": 3 * timeout, "max_attempts": 100, **outbox}
    return NotifyConfig(
        slack=SlackSettings(base_url=fake.base_url, timeout=timeout, min_interval_per_channel=0),
        routes=routes or [Route(name="alerts", notifier="slack-bot", channel=ALERTS)],
        outbox=OutboxSettings(**policy),
    )


def make_alerts(n: int, severity: Severity = Severity.high, prefix: str = "alert") -> list[Alert]:
    return [Alert(key=alert_key(prefix, i), kind=AlertKind.finding_new, source="test", severity=severity,
                  title=f"{prefix} {i}", subject=f"SKU-{i}@amazon:DE", pack="eu-ce", market="DE",
                  skus=[f"SKU-{i}"]) for i in range(n)]


def statuses(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as s:
        out: dict[str, int] = {}
        for status in s.scalars(select(Delivery.status)):
            out[status] = out.get(status, 0) + 1
        return out


def assert_exactly_once(fake: FakeSlack, alerts: list[Alert], channel: str = ALERTS) -> None:
    """Zero lost, zero duplicated, as the reader of the channel sees it."""
    seen = fake.keys(channel)
    want = [a.key for a in alerts]
    missing = sorted(set(want) - set(seen))
    dupes = sorted({k for k in seen if seen.count(k) > 1})
    assert not missing and not dupes, f"lost {len(missing)}, duplicated {len(dupes)}"
    assert sorted(seen) == sorted(want)
