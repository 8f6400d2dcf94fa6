"""Relevant feed items (stored by the watcher with ``alert_state='pending'``) become alerts.

At most ``max_per_feed`` alerts per feed per collection (the most severe items first); the rest of
that feed's items become one summary alert. One feed that suddenly lists 10,000 relevant items (a
flood, a format change, an attack) would otherwise post 10,000 messages, about three hours of a
channel at Slack's one message per second.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from crossguard.engine.findings import Evidence, Severity
from crossguard.notifiers.alert import FEEDS_PACK, Alert, AlertKind, alert_key
from crossguard.watchers.models import FeedItemRow

if TYPE_CHECKING:
    from crossguard.notifiers.sources import SourceContext


def feed_alert_key(feed: str, dedupe_key: str) -> str:
    return alert_key("feed_item", feed, dedupe_key)


def collect_feed_items(session: Session, ctx: SourceContext) -> Iterator[Alert]:
    rows = session.scalars(
        select(FeedItemRow).where(FeedItemRow.alert_state == "pending").order_by(FeedItemRow.id)
    ).all()
    by_feed: dict[str, list[FeedItemRow]] = {}
    for row in rows:
        by_feed.setdefault(row.feed, []).append(row)
    cap = ctx.settings.max_per_feed
    for feed, feed_rows in by_feed.items():
        feed_rows.sort(key=lambda r: -_severity(r).rank)  # stable: most severe first, then oldest
        for row in feed_rows[:cap]:
            yield _mark(row, _item_alert(row))
        if len(feed_rows) > cap:
            summary = _summary_alert(feed, feed_rows[cap:], cap)
            for row in feed_rows[cap:]:
                _mark(row, summary)
            yield summary


def _severity(row: FeedItemRow) -> Severity:
    return Severity(row.severity or "low")


def _meta(row: FeedItemRow) -> dict:
    meta = json.loads(row.tags_json or "{}")
    return meta if isinstance(meta, dict) else {}


def _mark(row: FeedItemRow, alert: Alert) -> Alert:
    row.alert_state = "enqueued"
    row.alert_key = alert.key
    return alert


def _summary_alert(feed: str, rows: list[FeedItemRow], cap: int) -> Alert:
    """One alert for the items past the per-feed cap: how many, how severe, which SKUs, a few titles."""
    markets = {m for row in rows for m in (_meta(row).get("markets") or [])}
    skus = sorted({sku for row in rows for sku in json.loads(row.skus_json or "[]")})
    evidence = [Evidence(field="items", value=len(rows),
                         basis=f"more than {cap} relevant items from one feed in one collection; "
                               f"the first {cap} were sent one by one")]
    evidence += [Evidence(field="item", value=row.title[:300], basis=row.published_at.date().isoformat()
                          if row.published_at else None) for row in rows[:10]]
    return Alert(
        key=alert_key("feed_summary", feed, *(row.dedupe_key for row in rows)),
        kind=AlertKind.feed_item,
        source="feed_items",
        severity=max((_severity(row) for row in rows), key=lambda s: s.rank),
        title=f"{feed}: {len(rows)} more relevant items in one poll",
        subject=f"feed {feed}",
        rule="items over the per-feed cap (sources.feed_items.max_per_feed)",
        pack=FEEDS_PACK,
        market=next(iter(markets)) if len(markets) == 1 else None,
        skus=skus[:200],
        evidence=evidence,
        remediation=f"Look at the feed's latest items: so many at once is a flood, a changed feed format or "
                    f"an attack. Raise max_per_feed (now {cap}) if such volumes are normal for {feed}.",
    )


def _item_alert(row: FeedItemRow) -> Alert:
    """One relevant item as an alert: what it is, which topics and SKUs it touches, and why."""
    meta = _meta(row)
    evidence = [Evidence(field="feed item", value=row.title, basis=row.feed)]
    if row.published_at:
        evidence.append(Evidence(field="published", value=row.published_at.date().isoformat()))
    for tag in meta.get("tags", []):
        evidence.append(Evidence(field=f"topic {tag['topic']}", value=", ".join(tag["keywords"]),
                                 basis="keywords found in the item"))
    for hit in meta.get("hits", [])[:10]:
        evidence.append(Evidence(field=f"SKU {hit['sku']}", value="; ".join(hit["reasons"])))
    others = meta.get("others") or []
    if others:
        shown = ", ".join(others[:8]) + (f" and {len(others) - 8} more" if len(others) > 8 else "")
        evidence.append(Evidence(field="also in the same product groups", value=shown,
                                 basis="less closely matched; check if the item could concern them"))
    markets = meta.get("markets") or []
    return Alert(
        key=feed_alert_key(row.feed, row.dedupe_key),
        kind=AlertKind.feed_item,
        source="feed_items",
        severity=_severity(row),
        title=f"{row.feed}: {row.title}"[:300],
        subject=row.link or row.guid or row.title,
        rule=", ".join(meta.get("topics", [])) or "brand match",
        pack=FEEDS_PACK,
        market=markets[0] if len(markets) == 1 else None,
        skus=json.loads(row.skus_json or "[]"),
        evidence=evidence,
        remediation=meta.get("remediation") or None,
        link=row.link,
    )
