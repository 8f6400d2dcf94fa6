"""Render an alert as a Slack message: Block Kit blocks, fallback text and message metadata.

The metadata carries the idempotency key (``event_payload.idempotency_key``) and a context line
repeats a short form of it: that is what lets the delivery worker find a message that reached
Slack although the response was lost (see notifiers.delivery). Slack limits are applied here
(header 150 chars, section text 3000, 10 fields of 2000, 50 blocks, button URL 3000) so an
oversized alert is trimmed instead of rejected with ``invalid_blocks``, which loses the alert.

Everything in an alert may come from outside (feed titles and links, catalog text), so all mrkdwn
text, the fallback ``text`` included, is escaped: a feed item cannot mention ``<!channel>`` or
label a link of its own. Only http(s) URLs become buttons or links, percent-encoded so that no
``|``, ``<`` or ``>`` can end Slack's link syntax early.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

from crossguard.notifiers.alert import KIND_LABEL, MAX_PRODUCTS, Alert, AlertKind, ref_marker

METADATA_EVENT = "crossguard_alert"
SEVERITY_EMOJI = {"critical": ":rotating_light:", "high": ":red_circle:", "medium": ":large_orange_circle:",
                  "low": ":large_yellow_circle:", "info": ":information_source:"}


MAX_URL = 3000
#: A digest line's link must leave room for its title within a 3000-character section.
DIGEST_URL = 2000
#: Characters a URL keeps as they are; everything else (space, <, >, |, quotes, non-ASCII) is %-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,3}$")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    """Slack mrkdwn needs &, < and > escaped: a '<' in a recall title breaks the message, and
    '<!channel>' or '<https://evil|label>' in a feed item would notify everyone or disguise a link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip_escaped(text: str, limit: int) -> str:
    """Escaped text clipped to ``limit`` without cutting an entity (&amp;) in half."""
    return text if len(text) <= limit else _PARTIAL_ENTITY.sub("", text[: limit - 1]) + "…"


def _mrkdwn(text: str, limit: int) -> str:
    return _clip_escaped(_escape(text), limit)


def web_url(url: str | None) -> str | None:
    """``url`` fit for a button or a mrkdwn link: http(s) with a host, %-encoded, at most MAX_URL
    characters; None for anything else (javascript:, ftp:, a citation like "Directive 2014/53/EU")."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    safe = quote(url.strip(), safe=_URL_SAFE)
    return safe if len(safe) <= MAX_URL else None


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
    total = max(alert.products_total, len(alert.skus))
    if alert.products:
        pairs.append(("Affected SKUs", f"{total:,}" + (f" ({len(alert.products)} listed below)"
                                                         if total > len(alert.products) else " (listed below)")))
    elif alert.skus:
        shown = ", ".join(alert.skus[:MAX_PRODUCTS])
        pairs.append(("Affected SKUs", shown + (f" (+{total - MAX_PRODUCTS:,} more: {alert.more_command()})"
                                                 if total > MAX_PRODUCTS else "")))
    return [{"type": "mrkdwn", "text": f"*{k}*\n{_mrkdwn(v or '-', 1900)}"} for k, v in pairs[:10]]


def _header(alert: Alert) -> dict[str, Any]:
    title = " ".join(alert.title.split()) or KIND_LABEL.get(alert.kind, alert.kind.value)  # never empty
    return {"type": "header", "text": {"type": "plain_text", "text": _clip(title, 150), "emoji": True}}


def _sections(lines: list[str], limit: int = 2900) -> list[dict[str, Any]]:
    """mrkdwn lines as sections of at most ``limit`` characters (Slack allows 3000 per section)."""
    out: list[dict[str, Any]] = []
    chunk: list[str] = []
    for line in lines:
        if chunk and sum(len(x) + 1 for x in chunk) + len(line) > limit:
            out.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(chunk)}})
            chunk = []
        chunk.append(line)
    if chunk:
        out.append({"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(chunk)}})
    return out


def _product_blocks(alert: Alert) -> list[dict[str, Any]]:
    """The SKUs, strongest first, each with title and reason; "and N more" with the command that lists all."""
    total = max(alert.products_total, len(alert.products))
    head = f"*SKUs* ({len(alert.products)} of {total:,}, strongest first)" if total > len(alert.products) \
        else "*SKUs* (strongest first)"
    lines = [head]
    for p in alert.products[:MAX_PRODUCTS]:
        strength = f"*{_mrkdwn(p.strength, 20)}* " if p.strength else ""
        title = f" {_mrkdwn(p.title, 150)}" if p.title else ""
        reason = f" _({_mrkdwn(p.reason, 250)})_" if p.reason else ""
        lines.append(f"• {strength}`{_mrkdwn(p.sku, 100)}`{title}{reason}")
    if alert.more_products:
        lines.append(f"_…and {alert.more_products:,} more: `{_mrkdwn(alert.more_command(), 200)}`_")
    return _sections(lines)


def _body_blocks(alert: Alert) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [_header(alert), {"type": "section", "fields": _fields(alert)}]
    if alert.products:
        blocks += _product_blocks(alert)
    if alert.evidence:
        lines = []
        for ev in alert.evidence[:15]:
            basis = f" _({_mrkdwn(ev.basis, 300)})_" if ev.basis else ""
            lines.append(f"• *{_mrkdwn(ev.field, 200)}*: {_mrkdwn(str(ev.value), 300)}{basis}")
        blocks.append({"type": "section", "text": {"type": "mrkdwn",
                                                   "text": _clip_escaped("*Evidence*\n" + "\n".join(lines), 3000)}})
    if alert.remediation:
        blocks.append({"type": "section", "text": {"type": "mrkdwn",
                                                   "text": f"*What to do*\n{_mrkdwn(alert.remediation, 2900)}"}})
    url = web_url(alert.link)
    if url:
        blocks.append({"type": "actions", "elements": [
            {"type": "button", "text": {"type": "plain_text", "text": "Open"}, "url": url}]})
    return blocks


def _digest_blocks(alert: Alert, max_items: int) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = [_header(alert)]
    lines = []
    for child in alert.children[:max_items]:
        url = web_url(child.link)
        link = f" <{url.replace('&', '&amp;')}|source>" if url and len(url) <= DIGEST_URL else ""
        skus = f" — {', '.join(child.skus[:5])}" if child.skus else ""
        lines.append(f"{SEVERITY_EMOJI.get(child.severity.value, '')} *{_mrkdwn(child.title, 200)}*"
                     f"{_mrkdwn(skus, 300)}{link}")
    extra = len(alert.children) - max_items
    if extra > 0:
        lines.append(f"_…and {extra} more (see `crossguard alerts list`)_")
    # Sections hold 3000 chars: split the list over as many sections as needed (within 50 blocks).
    blocks += _sections(lines)
    return blocks[:48]


def render(alert: Alert, *, digest_max_items: int = 50) -> dict[str, Any]:
    """kwargs for chat.postMessage / webhook send: text, blocks, metadata."""
    blocks = _digest_blocks(alert, digest_max_items) if alert.kind is AlertKind.digest else _body_blocks(alert)
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": _mrkdwn(
        f"{KIND_LABEL.get(alert.kind, alert.kind.value)} · source {alert.source} · {ref_marker(alert.key)}", 3000)}]})
    return {"text": _mrkdwn(alert.text(), 3000), "blocks": blocks[:50], "metadata": metadata(alert)}
