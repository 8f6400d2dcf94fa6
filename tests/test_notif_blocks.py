"""Block Kit rendering: content, Slack limits, escaping and the idempotency key in metadata."""

from __future__ import annotations

import json

from crossguard.engine.findings import Evidence, Severity
from crossguard.notifiers.alert import MAX_PRODUCTS, Alert, AlertKind, AlertProduct, ref_marker
from crossguard.notifiers.console import format_alert
from crossguard.notifiers.slack.blocks import render
from tests.fakes.slack_server import message_errors


def sample(**kw: object) -> Alert:
    base = dict(key="k" * 40, kind=AlertKind.finding_new, source="findings", severity=Severity.high,
                title="Missing CE declaration <for> SKU-1 & co", subject="SKU-1@amazon:DE", rule="eu.ce (CE)",
                pack="eu-ce", market="DE", skus=["SKU-1"], remediation="Upload the DoC",
                link="https://example.test/finding/1",
                evidence=[Evidence(field="certificates", value=[], basis="catalog")])
    base.update(kw)
    return Alert(**base)


def test_message_has_severity_rule_subject_evidence_remediation_link_and_key() -> None:
    msg = render(sample())
    text = json.dumps(msg["blocks"])
    for needle in ("high", "eu.ce (CE)", "SKU-1@amazon:DE", "certificates", "Upload the DoC",
                   "https://example.test/finding/1", "cg:kkkkkkkkkkkkkkkk"):
        assert needle in text, needle
    assert msg["metadata"]["event_payload"]["idempotency_key"] == "k" * 40
    assert msg["text"].startswith("[HIGH]")


def test_mrkdwn_is_escaped_and_header_is_plain() -> None:
    blocks = render(sample(rule="a <b> & c"))["blocks"]
    assert blocks[0]["type"] == "header" and "<for>" in blocks[0]["text"]["text"]  # plain_text: no escaping
    fields = [f["text"] for f in blocks[1]["fields"]]
    assert "*Rule*\na &lt;b&gt; &amp; c" in fields


def test_limits_are_respected_for_huge_alerts() -> None:
    huge = sample(title="T" * 500, skus=[f"SKU-{i}" for i in range(500)], remediation="R" * 10_000,
                  evidence=[Evidence(field=f"f{i}", value="v" * 1000) for i in range(100)])
    msg = render(huge)
    assert len(msg["blocks"]) <= 50 and len(msg["text"]) <= 3000
    assert len(msg["blocks"][0]["text"]["text"]) <= 150
    for block in msg["blocks"]:
        if block["type"] == "section":
            assert len(block.get("text", {}).get("text", "")) <= 3000
            assert len(block.get("fields", [])) <= 10
            assert all(len(f["text"]) <= 2000 for f in block.get("fields", []))


def test_digest_lists_children_and_counts_the_rest() -> None:
    children = [sample(key=f"{i:040d}", title=f"item {i}", severity=Severity.low) for i in range(60)]
    digest = Alert(key="d" * 40, kind=AlertKind.digest, source="digest", severity=Severity.low,
                   title="crossguard digest: 60 lower-severity alerts", subject="route r", children=children)
    text = json.dumps(render(digest, digest_max_items=50)["blocks"])
    assert "item 0" in text and "item 49" in text and "item 50" not in text and "10 more" in text
    assert "item 59" in format_alert(digest)


def test_console_format_has_the_same_facts() -> None:
    out = format_alert(sample(), "#compliance")
    for needle in ("[HIGH]", "eu.ce (CE)", "SKU-1", "certificates", "Upload the DoC", "#compliance"):
        assert needle in out


def feed_alert(n: int) -> Alert:
    products = [AlertProduct(sku=f"KET-{i:03d}", title=f"<!channel> Kettle {i} & lid", strength="strong", score=0.86,
                             reason="brand Zyloo (recalling company) + product type kettle ('electric kettles')")
                for i in range(min(n, MAX_PRODUCTS))]
    return sample(kind=AlertKind.feed_item, source="feed_items", pack="feeds", skus=[p.sku for p in products],
                  products=products, products_total=n, title="cpsc: Zyloo Recalls Electric Kettles")


def test_feed_alert_lists_twenty_skus_with_title_and_reason_then_the_command() -> None:
    alert = feed_alert(134)
    msg = render(alert)
    assert message_errors({"text": msg["text"], "blocks": msg["blocks"]}) is None  # the strict fake's checks
    text = json.dumps(msg["blocks"])
    assert text.count("KET-") == 20 and "KET-019" in text and "KET-020" not in text
    assert "&lt;!channel&gt; Kettle 0 &amp; lid" in text and "<!channel>" not in text
    assert "20 of 134, strongest first" in text and "brand Zyloo (recalling company)" in text
    assert f"and 114 more: `crossguard alerts show {ref_marker(alert.key)} --all`" in text
    assert "134 (20 listed below)" in text  # the fields say how many in all
    out = format_alert(alert)
    assert out.count("KET-") == 20 and f"and 114 more: crossguard alerts show {ref_marker(alert.key)} --all" in out
    assert "strong   0.86  KET-000  <!channel> Kettle 0 & lid" in out  # console: plain text
    few = format_alert(feed_alert(3))
    assert "more" not in few and few.count("KET-") == 3
