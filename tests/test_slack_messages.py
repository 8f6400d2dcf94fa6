"""Every Slack message crossguard builds passes a fake Slack as strict as the real one, and nothing
from outside (feed titles and links, catalog text) can mention people, label links or inject URLs.

The fake (tests/fakes/slack_server.py) answers ``invalid_blocks`` / ``invalid_arguments`` as Slack
does; these tests first show it refuses what Slack refuses, then run the demo data, the real saved
feeds (../shared/material/feeds, skipped when absent) and the hostile fixtures through the real
pipeline (scan, watch, collect, digest, deliver) into it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from slack_sdk.errors import SlackApiError
from slack_sdk.web import WebClient
from slack_sdk.webhook import WebhookClient
from sqlalchemy import select
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.findings import Evidence, Severity
from crossguard.feedserver import FeedServer
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.notifiers.base import Outcome
from crossguard.notifiers.slack import notifier as slack_notifier
from crossguard.notifiers.slack.blocks import render, web_url
from crossguard.notifiers.slack.notifier import SlackBotNotifier
from crossguard.notifiers.slack.settings import SlackSettings
from crossguard.store.db import make_engine, session_scope
from crossguard.watchers.models import FeedItemRow
from tests.fakes.outbox_helpers import ALERTS, DIGEST, TOKEN
from tests.fakes.slack_server import FakeSlack, message_errors

ROOT = Path(__file__).resolve().parents[1]
HOSTILE_FEEDS = ROOT / "tests" / "hostile" / "feeds"
MATERIAL = ROOT.parent / "shared" / "material" / "feeds"  # ../shared/material: skipped where absent
LINK = re.compile(r"<([^>|]+)\|[^>]*>")
runner = CliRunner()


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as slack:
        yield slack


def _button(url: str) -> list[dict[str, Any]]:
    return [{"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "Open"},
                                               "url": url}]}]


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


# -- the fake refuses what Slack refuses ------------------------------------------------------


@pytest.mark.parametrize(("blocks", "pointer"), [
    (_button("Directive 2014/53/EU, Art. 10"), "invalid url [json-pointer:/blocks/0/elements/0/url]"),
    (_button("javascript:alert(1)"), "invalid url [json-pointer:/blocks/0/elements/0/url]"),
    (_button("ftp://example.test/x"), "invalid url"),
    (_button("https://example.test/" + "a" * 3000), "must be less than 3001 characters"),
    ([{"type": "header", "text": {"type": "plain_text", "text": "H" * 151}}], "/blocks/0/text/text"),
    ([{"type": "header", "text": {"type": "mrkdwn", "text": "*H*"}}], "text object of type plain_text"),
    ([_section("x" * 3001)], "must be less than 3001 characters [json-pointer:/blocks/0/text/text]"),
    ([_section("")], "must be more than 0 characters"),
    ([{"type": "section", "fields": [{"type": "mrkdwn", "text": "f"}] * 11}], "at most 10 items"),
    ([_section("x")] * 51, "must have at most 50 items [json-pointer:/blocks]"),
])
def test_the_fake_refuses_blocks_as_slack_does_and_posts_nothing(fake: FakeSlack, blocks: list, pointer: str) -> None:
    client = WebClient(token=TOKEN, base_url=fake.base_url)
    with pytest.raises(SlackApiError) as caught:
        client.chat_postMessage(channel=ALERTS, text="fallback", blocks=blocks)
    data = caught.value.response.data
    assert data["error"] == "invalid_blocks" and any(pointer in e for e in data["errors"]), data
    assert all(m.startswith("[ERROR] ") for m in data["response_metadata"]["messages"])
    webhook = WebhookClient(fake.webhook_url(ALERTS)).send(text="fallback", blocks=blocks)
    assert (webhook.status_code, webhook.body) == (400, "invalid_blocks")
    assert fake.messages(ALERTS) == []


def test_the_fake_refuses_text_over_40000_characters_and_takes_a_valid_message(fake: FakeSlack) -> None:
    client = WebClient(token=TOKEN, base_url=fake.base_url)
    with pytest.raises(SlackApiError) as caught:
        client.chat_postMessage(channel=ALERTS, text="x" * 40_001)
    assert caught.value.response.data["error"] == "invalid_arguments"
    client.chat_postMessage(channel=ALERTS, text="x" * 40_000, blocks=[
        {"type": "header", "text": {"type": "plain_text", "text": "H" * 150}}, _section("x" * 3000),
        *_button("https://example.test/" + "a" * 2979), {"type": "context", "elements": [
            {"type": "mrkdwn", "text": "cg:1234"}]}])
    assert len(fake.messages(ALERTS)) == 1


# -- rendering: escaping and URLs --------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.test/a?b=1&c=2", "https://example.test/a?b=1&c=2"),
    ("https://evil.example/x|<!here> label>", "https://evil.example/x%7C%3C!here%3E%20label%3E"),
    ("HTTPS://EXAMPLE.test/Ä", "HTTPS://EXAMPLE.test/%C3%84"),
    ("javascript:alert(1)", None), ("ftp://example.test/a", None), ("Directive 2014/53/EU, Art. 10", None),
    ("https:///no-host", None), ("https://example.test/" + "a" * 3000, None), ("", None), (None, None),
])
def test_only_http_urls_become_links_and_they_cannot_end_slack_link_syntax(url: str | None,
                                                                          expected: str | None) -> None:
    assert web_url(url) == expected


def _alert(**kw: Any) -> Alert:
    base: dict[str, Any] = dict(
        key=alert_key("hostile", kw.get("title", "")), kind=AlertKind.feed_item, source="feed_items",
        severity=Severity.high, title="<!channel> recall & <https://evil.example|cpsc.gov>",
        subject="<!here>", rule="<@U012ABCDEF>", pack="feeds", skus=["<!everyone>"],
        evidence=[Evidence(field="<!channel>", value="<!subteam^S123>", basis="<https://x|y>")],
        remediation="<!channel> " + "&" * 5000, link="https://evil.example/x|<!here>")
    base.update(kw)
    return Alert(**base)


def test_nothing_in_an_alert_can_mention_or_label_links(fake: FakeSlack) -> None:
    notifier = SlackBotNotifier(TOKEN, SlackSettings(base_url=fake.base_url, timeout=2))
    child = _alert(title="child <!here>", link="https://evil.example/c|<!channel>")
    digest = _alert(kind=AlertKind.digest, source="digest", title="digest <!channel>", children=[child] * 60)
    for alert in (_alert(), _alert(title="", link="javascript:alert(1)"), digest):
        assert notifier.send(alert, ALERTS).outcome is Outcome.delivered
    assert fake.refused() == [] and fake.mentions(ALERTS) == []
    for message in fake.messages(ALERTS):
        text = json.dumps([message["text"], message["blocks"]])
        assert all(url.startswith("https://") for url in LINK.findall(text)), LINK.findall(text)
        assert "&amp;lt;" not in text  # escaped once, not twice
    headers = [m["blocks"][0]["text"]["text"] for m in fake.messages(ALERTS)]
    assert headers[1] == "Policy / recall feed"  # an empty title still gives Slack a header


def test_a_finding_alert_links_to_the_register_viewer_or_nowhere() -> None:
    finding = _alert(kind=AlertKind.finding_new, source="findings", link=None,
                     evidence=[Evidence(field="references", value="Directive 2014/53/EU, Art. 10")])
    assert not [b for b in render(finding)["blocks"] if b["type"] == "actions"]
    assert "Directive 2014/53/EU, Art. 10" in json.dumps(render(finding)["blocks"])
    linked = render(finding.model_copy(update={"link": "https://register.example/f/3f1c"}))
    [actions] = [b for b in linked["blocks"] if b["type"] == "actions"]
    assert actions["elements"][0]["url"] == "https://register.example/f/3f1c"


def test_blocks_slack_refuses_are_resent_as_text_instead_of_lost(fake: FakeSlack,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(alert: Alert, **kw: Any) -> dict[str, Any]:
        message = render(alert, **kw)
        return {**message, "blocks": message["blocks"] + _button("not a url")}

    monkeypatch.setattr(slack_notifier, "render", broken)
    notifier = SlackBotNotifier(TOKEN, SlackSettings(base_url=fake.base_url, timeout=2))
    assert notifier.send(_alert(title="kept"), ALERTS).outcome is Outcome.delivered
    assert fake.count("chat.postMessage", "invalid_blocks") == 1
    [message] = fake.messages(ALERTS)
    assert message["blocks"] is None and "kept" in message["text"]


# -- the real pipeline into the strict fake ----------------------------------------------------


def _config(folder: Path, fake: FakeSlack, feeds: list[dict[str, Any]], catalog: Path, **sources: Any) -> Path:
    cfg = {
        "database": {"url": f"sqlite:///{folder / 'cg.db'}"},
        "watchers": {"catalog": [str(catalog)], "feeds": feeds},
        "notifiers": {
            "slack": {"base_url": fake.base_url, "timeout": 2, "min_interval_per_channel": 0},
            "routes": [{"name": "urgent", "notifier": "slack-bot", "channel": ALERTS, "min_severity": "high"},
                       {"name": "team", "notifier": "slack-bot", "channel": DIGEST, "min_severity": "info",
                        "digest_below": "critical"}],
            "outbox": {"backoff_base": 0.05, "backoff_cap": 0.1, "lease": 6},
            "sources": sources,
        },
    }
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def _watch(config: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CROSSGUARD_SLACK_BOT_TOKEN", TOKEN)
    return runner.invoke(app, ["watch", "--once", "--config", str(config), "--flush-digest",
                               "--deliver-seconds", "60"])


def _assert_all_accepted(fake: FakeSlack, config: Path) -> list[dict[str, Any]]:
    assert fake.refused() == [], fake.refused()[:5]
    messages = fake.messages(ALERTS) + fake.messages(DIGEST)
    assert messages and fake.mentions(ALERTS) == [] and fake.mentions(DIGEST) == []
    for message in messages:
        assert message_errors({"text": message["text"], "blocks": message["blocks"]}) is None
        links = LINK.findall(json.dumps([message["text"], message["blocks"]]))
        assert all(url.startswith(("https://", "http://")) for url in links), links
    listed = runner.invoke(app, ["alerts", "list", "--config", str(config), "--limit", "1000"])
    assert listed.exit_code == 0, listed.output
    counts = dict(part.rsplit(" ", 1) for part in listed.output.strip().splitlines()[-1].split(", "))
    assert set(counts) <= {"delivered", "digested"}, counts  # nothing failed, nothing left waiting
    return messages


def test_demo_data_messages_all_pass_the_strict_fake(tmp_path: Path, fake: FakeSlack,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo: a scan of the sample catalog and seller data, then one watch cycle over its feeds."""
    manifest = yaml.safe_load((ROOT / "examples" / "feeds" / "feeds.yaml").read_text())
    with FeedServer.serving(ROOT / "examples" / "feeds") as server:
        feeds = [{**{k: v for k, v in f.items() if k != "file"}, "url": server.url(f["file"])}
                 for f in manifest["feeds"] if f["name"] != "eu-safety-gate"]
        config = _config(tmp_path, fake, feeds, ROOT / "examples" / "catalog.yaml")
        scanned = runner.invoke(app, ["scan", "-c", str(ROOT / "examples" / "catalog.yaml"), "-d",
                                      str(ROOT / "examples" / "data"), "--config", str(config), "--at",
                                      "2026-11-25", "-q", "-w", "1"])
        assert scanned.exit_code == 0, scanned.output
        watched = _watch(config, monkeypatch)
    assert watched.exit_code == 0, watched.output
    messages = _assert_all_accepted(fake, config)
    kinds = {(m["metadata"] or {}).get("event_payload", {}).get("kind") for m in messages}
    assert {"finding_new", "feed_item", "digest"} <= kinds


@pytest.mark.skipif(not MATERIAL.is_dir(), reason="../shared/material/feeds is not on this machine")
def test_real_saved_feeds_messages_all_pass_the_strict_fake(tmp_path: Path, fake: FakeSlack,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    files = {"cpsc-recalls": MATERIAL / "us-cpsc-recalls-rss" / "Recalls-RSS.xml",
             "cpsc-children": MATERIAL / "us-cpsc-recalls-rss" / "Recalls-Children-RSS.xml",
             "federal-register": MATERIAL / "us-federal-register-rss" / "documents.rss"}
    with FeedServer() as server:
        feeds = []
        for name, path in files.items():
            server.set(f"{name}.xml", path.read_bytes())
            feeds.append({"name": name, "kind": "rss", "url": server.url(f"{name}.xml"), "markets": ["US"],
                          "alert_on_first_poll": True, "sku_focus": "all"})
        config = _config(tmp_path, fake, feeds, ROOT / "examples" / "catalog.yaml")
        watched = _watch(config, monkeypatch)
    assert watched.exit_code == 0, watched.output
    _assert_all_accepted(fake, config)


def test_hostile_feed_messages_pass_the_strict_fake_and_carry_nothing_harmful(
        tmp_path: Path, fake: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> None:
    with FeedServer.serving(HOSTILE_FEEDS) as server:
        feeds = [{"name": "hostile", "kind": "rss", "url": server.url("hostile.rss"), "markets": ["US"],
                  "alert_on_first_poll": True}]
        config = _config(tmp_path, fake, feeds, HOSTILE_FEEDS / "catalog.yaml",
                         feed_items={"max_per_feed": 5})
        watched = _watch(config, monkeypatch)
    assert watched.exit_code == 0, watched.output
    _assert_all_accepted(fake, config)
    urgent = fake.messages(ALERTS)
    assert len(urgent) == 6  # 35 relevant items from one feed: the 5 most severe, then one summary
    summary = urgent[-1]["blocks"][0]["text"]["text"]
    assert summary == "hostile: 30 more relevant items in one poll"
    buttons = [e["url"] for m in urgent for b in m["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert all(url.startswith("https://") and len(url) <= 3000 for url in buttons)
    assert "https://evil.example/recall%7C%3C!here%3E%20official%20CPSC%20notice%3E" in buttons
    engine = make_engine(f"sqlite:///{tmp_path / 'cg.db'}")
    with session_scope(engine) as s:
        dated = dict(s.execute(select(FeedItemRow.guid, FeedItemRow.published_at)).all())
    engine.dispose()
    assert dated["h-year-10000"] is None and dated["h-mention"] is not None  # not read as 2010
    listed = runner.invoke(app, ["alerts", "list", "--config", str(config), "--limit", "1000"])
    assert "Batteries [update] [/]" in listed.output and "digested" in listed.output  # markup shown as text
