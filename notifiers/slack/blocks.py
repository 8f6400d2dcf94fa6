"""Render an alert as a Slack message: Block Kit blocks, fallback text and message metadata.

The metadata carries the idempotency key (``event_payload.idempotency_key``) and a context line
repeats a short form of it: that is what lets the delivery worker find a message that reached
Slack although the response was lost (see notifiers.delivery). Slack limits are applied here
(header 150 chars, section text 3000, 10 fields of 2000, 50 blocks) so an oversized alert is
trimmed instead of rejected with ``invalid_blocks``.
"""

from __future__ import annotations

from typing import Any

from crossguard.notifiers.alert import KIND_LABEL, Alert, AlertKind, ref_marker

METADATA_EVENT = "crossguard_alert"
SEVERITY_EMOJI = {"critical": ":rotating_light:", "high": ":red_circle:", "medium": ":large_orange_circle:",
                  "low": ":large_yellow_circle:", "info": ":information_source:"}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    """Slack mrkdwn needs &, < and > escaped, or a '<' in a recall title breaks the message."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def metadata(alert: Alert) -> dict[str, Any]:
    return {
        "event_type": METADATA_EVENT,
        "event_payload": {"idempotency_key": alert.key, "kind": alert.kind.value,
                          "severity": alert.severity.value},
    }


def _fields(alert: Alert) -> list[dict[str, str]]:
    pairs = [("Severity", f"{SEVERITY_EMOJI.get(alert.severity.value, '')} {alert.severity.value}")]
    if alert.rule:
        pairs.append(("Rule", alert.rule))
    pairs.append(("Subject", alert.subject))
    if alert.pack:
        pairs.append(("Pack", alert.pack))
    if alert.market:
        pairs.append(("Market", alert.market))
    if alert.skus:
        shown = ", ".join(alert.skus[:20]) + (f" (+{len(alert.skus) - 20} more)" if len(alert.skus) > 20 else "")
        pairs.append(("Affected SKUs", shown))
    return [{"type": "mrkdwn", "text": _clip(f"*{k}*\n{_escape(v)}", 2000)} for k, v in pairs[:10]]


def _body_blocks(alert: Alert) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _clip(alert.title, 150), "emoji": True}},
        {"type": "section", "fields": _fields(alert)},
    ]
    if alert.evidence:
        lines = []
        for ev in alert.evidence[:15]:
            basis = f" _({_escape(ev.basis)})_" if ev.basis else ""
            lines.append(f"• *{_escape(ev.field)}*: {_escape(_clip(str(ev.value), 300))}{basis}")
        blocks.append({"type": "section", "text": {"type": "mrkdwn",
                                                   "text": _clip("*Evidence*\n" + "\n".join(lines), 3000)}})
    if alert.remediation:
        blocks.append({"type": "section", "text": {"type": "mrkdwn",
                                                   "text": _clip(f"*What to do*\n{_escape(alert.remediation)}", 3000)}})
    if alert.link:
        blocks.append({"type": "actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "Open source"}, "url": alert.link[:3000]}]})
    return blocks


def _digest_blocks(alert: Alert, max_items: int) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": _clip(alert.title, 150), "emoji": True}},
    ]
    lines = []
    for child in alert.children[:max_items]:
        link = f" <{child.link}|source>" if child.link else ""
        skus = f" — {', '.join(child.skus[:5])}" if child.skus else ""
        lines.append(f"{SEVERITY_EMOJI.get(child.severity.value, '')} *{_escape(_clip(child.title, 200))}*"
                     f"{_escape(skus)}{link}")
    extra = len(alert.children) - max_items
    if extra > 0:
        lines.append(f"_…and {extra} more (see `crossguard alerts list`)_")
    # Sections hold 3000 chars: split the list over as many sections as needed (within 50 blocks).
    chunk: list[str] = []
    for line in lines:
        if sum(len(x) + 1 for x in chunk) + len(line) > 2900:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(chunk)}})
            chunk = []
        chunk.append(line)
    if chunk:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(chunk)}})
    return blocks[:48]


def render(alert: Alert, *, digest_max_items: int = 50) -> dict[str, Any]:
    """kwargs for chat.postMessage / webhook send: text, blocks, metadata."""
    blocks = _digest_blocks(alert, digest_max_items) if alert.kind is AlertKind.digest else _body_blocks(alert)
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(
        f"{KIND_LABEL.get(alert.kind, alert.kind.value)} · source {alert.source} · {ref_marker(alert.key)}", 3000)}]})
    return {"text": _clip(alert.text(), 3000), "blocks": blocks[:50], "metadata": metadata(alert)}
