"""Slack notifiers against the fake Slack server: every outcome class, lookups, and secrets."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from crossguard.engine.findings import Severity
from crossguard.notifiers.alert import Alert, AlertKind
from crossguard.notifiers.base import REDACT, LookupOutcome, NotifierUnavailable, Outcome
from crossguard.notifiers.config import NotifyConfig
from crossguard.notifiers.registry import NOTIFIERS, NotifierContext
from crossguard.notifiers.slack import SlackBotNotifier, SlackWebhookNotifier
from crossguard.notifiers.slack.settings import SlackSettings
from tests.fakes.slack_server import FakeSlack

TOKEN = "xoxb-test-token"
ALERTS = "C0ALERTS01"


def make_alert(key: str = "a" * 40) -> Alert:
    return Alert(key=key, kind=AlertKind.feed_item, source="test", severity=Severity.high, title="t", subject="s")


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(revoked=("xoxb-revoked",)) as srv:
        yield srv


def bot(fake: FakeSlack, token: str = TOKEN, timeout: float = 2) -> SlackBotNotifier:
    return SlackBotNotifier(token, SlackSettings(base_url=fake.base_url, timeout=timeout))


def test_success_returns_the_message_ts(fake: FakeSlack) -> None:
    result = bot(fake).send(make_alert(), ALERTS)
    assert result.outcome is Outcome.delivered and result.remote_id == fake.messages(ALERTS)[0]["ts"]
    assert fake.keys(ALERTS) == ["a" * 40]


def test_channel_names_are_accepted(fake: FakeSlack) -> None:
    assert bot(fake).send(make_alert(), "#alerts").outcome is Outcome.delivered


@pytest.mark.parametrize(("channel", "token", "error"), [
    ("C0NOSUCH01", TOKEN, "channel_not_found"), ("old-alerts", TOKEN, "is_archived"),
    ("private", TOKEN, "not_in_channel"), (ALERTS, "xoxb-wrong", "invalid_auth"),
    (ALERTS, "xoxb-revoked", "token_revoked")])
def test_permanent_errors(fake: FakeSlack, channel: str, token: str, error: str) -> None:
    result = bot(fake, token).send(make_alert(), channel)
    assert result.outcome is Outcome.permanent and result.error.startswith(error)
    assert fake.messages(ALERTS) == []


@pytest.mark.parametrize(("fault", "outcome", "posted"), [
    ("ratelimit:7", Outcome.rate_limited, 0),
    ("error:ratelimited", Outcome.rate_limited, 0),
    ("http:503", Outcome.retry, 0),
    ("error:service_unavailable", Outcome.retry, 0),
    ("http:500", Outcome.ambiguous, 0),
    ("error:fatal_error", Outcome.ambiguous, 0),
    ("drop", Outcome.ambiguous, 0),
    ("drop_after_post", Outcome.ambiguous, 1),
    ("http_after_post:502", Outcome.ambiguous, 1),
    ("delay_after_post:3", Outcome.ambiguous, 1),
    ("error:msg_too_long", Outcome.permanent, 0),
])
def test_fault_classification(fake: FakeSlack, fault: str, outcome: Outcome, posted: int) -> None:
    fake.add_fault("chat.postMessage", fault)
    result = bot(fake, timeout=1).send(make_alert(), ALERTS)
    assert result.outcome is outcome
    assert len(fake.messages(ALERTS)) == posted
    if fault == "ratelimit:7":
        assert result.retry_after == 7 and result.http_status == 429


def test_connection_refused_is_a_safe_retry(fake: FakeSlack) -> None:
    notifier = bot(fake)
    fake.pause()
    result = notifier.send(make_alert(), ALERTS)
    assert result.outcome is Outcome.retry and "refused" in result.error
    fake.resume()
    assert notifier.send(make_alert(), ALERTS).outcome is Outcome.delivered


def test_find_looks_up_the_key_in_history_with_paging(fake: FakeSlack) -> None:
    notifier = bot(fake)
    since = datetime.now(UTC) - timedelta(minutes=1)
    target = make_alert("t" * 40)
    notifier.send(target, ALERTS)
    for i in range(450):  # pushes the target beyond two pages of 200 (history is newest first)
        fake.post(fake.channels[ALERTS], {"text": f"noise {i}"}, via="test")
    found = notifier.find(target, "#alerts", since)
    assert found.outcome is LookupOutcome.found and found.remote_id == fake.messages(ALERTS)[0]["ts"]
    assert fake.count("conversations.history") == 3
    assert notifier.find(make_alert("u" * 40), ALERTS, since).outcome is LookupOutcome.not_found


def test_find_without_history_scope_is_unverifiable_and_outage_is_retry() -> None:
    with FakeSlack(history_scope=False) as fake:
        assert bot(fake).find(make_alert(), ALERTS, datetime.now(UTC)).outcome is LookupOutcome.unverifiable
    with FakeSlack() as fake:
        fake.add_fault("conversations.history", "ratelimit:3")
        found = bot(fake).find(make_alert(), ALERTS, datetime.now(UTC))
        assert found.outcome is LookupOutcome.retry and found.retry_after == 3
        fake.add_fault("conversations.history", "http:503")
        assert bot(fake).find(make_alert(), ALERTS, datetime.now(UTC)).outcome is LookupOutcome.retry


def test_webhook_outcomes(fake: FakeSlack) -> None:
    settings = SlackSettings(base_url=fake.base_url, timeout=1)
    hook = SlackWebhookNotifier(fake.webhook_url(ALERTS), settings)
    assert hook.send(make_alert(), "").outcome is Outcome.delivered
    assert fake.messages(ALERTS)[0]["via"] == "webhook"
    fake.add_fault("webhook", "ratelimit:2")
    limited = hook.send(make_alert(), "")
    assert limited.outcome is Outcome.rate_limited and limited.retry_after == 2
    fake.add_fault("webhook", "http:503")
    assert hook.send(make_alert(), "").outcome is Outcome.retry
    fake.add_fault("webhook", "drop_after_post")
    assert hook.send(make_alert(), "").outcome is Outcome.ambiguous
    archived = SlackWebhookNotifier(fake.webhook_url("C0OLDARC01"), settings).send(make_alert(), "")
    assert archived.outcome is Outcome.permanent and archived.error.startswith("channel_is_archived")
    assert hook.find(make_alert(), "", datetime.now(UTC)).outcome is LookupOutcome.unverifiable


def test_missing_secrets_make_the_notifier_unavailable() -> None:
    ctx = NotifierContext(config=NotifyConfig(), env={})
    with pytest.raises(NotifierUnavailable, match="CROSSGUARD_SLACK_BOT_TOKEN"):
        NOTIFIERS["slack-bot"](ctx)
    with pytest.raises(NotifierUnavailable, match="CROSSGUARD_SLACK_WEBHOOK_URL"):
        NOTIFIERS["slack-webhook"](ctx)
    route_ctx = NotifierContext(config=NotifyConfig(), env={"OTHER_TOKEN": "xoxb-x"}, secret_env="OTHER_TOKEN")
    assert isinstance(NOTIFIERS["slack-bot"](route_ctx), SlackBotNotifier)


def test_secrets_never_reach_logs_or_recorded_errors(fake: FakeSlack, caplog: pytest.LogCaptureFixture) -> None:
    secret_token = "xoxb-super-secret-123456"
    webhook = fake.webhook_url(ALERTS, secret="HOOKSECRETabcdef")
    settings = SlackSettings(base_url=fake.base_url, timeout=1)
    good, hook = SlackBotNotifier(secret_token, settings), SlackWebhookNotifier(webhook, settings)
    caplog.set_level(logging.DEBUG)
    # clients pin their logger at CRITICAL; turn it to DEBUG anyway: the redacting filter must still hold
    logging.getLogger("crossguard.slack_sdk").setLevel(logging.DEBUG)
    try:
        results = [good.send(make_alert(), ALERTS)]
        fake.add_fault("webhook", "drop")
        results.append(hook.send(make_alert(), ""))
        fake.pause()
        results.append(hook.send(make_alert(), ""))
        results.append(good.send(make_alert(), ALERTS))
        fake.resume()
    finally:
        logging.getLogger("crossguard.slack_sdk").setLevel(logging.CRITICAL)
    recorded = " ".join(str(r.error) for r in results) + caplog.text
    assert "[redacted]" in caplog.text, "the SDK logged the webhook URL at DEBUG and it was redacted"
    for secret in (secret_token, "HOOKSECRETabcdef", webhook):
        assert secret not in recorded
    assert REDACT(f"token {secret_token} url {webhook}") == "token [redacted] url [redacted]"
    assert REDACT("xoxp-1234-abcd leaked") == "[redacted] leaked"
