"""Relevant feed items (stored by the watcher with ``alert_state='pending'``) become alerts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from crossguard.engine.findings import Evidence, Severity
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.watchers.models import FeedItemRow

if TYPE_CHECKING:
    from crossguard.notifiers.sources import SourceContext


def feed_alert_key(feed: str, dedupe_key: str) -> str:
    return alert_key("feed_item", feed, dedupe_key)


def collect_feed_items(session: Session, ctx: SourceContext) -> Iterator[Alert]:
    rows = session.scalars(
        select(FeedItemRow).where(FeedItemRow.alert_state == "pending").order_by(FeedItemRow.id)
    ).all()
    for row in rows:
        meta = json.loads(row.tags_json or "{}")
        if not isinstance(meta, dict):
            meta = {}
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
        alert = Alert(
            key=feed_alert_key(row.feed, row.dedupe_key),
            kind=AlertKind.feed_item,
            source="feed_items",
            severity=Severity(row.severity or "low"),
            title=f"{row.feed}: {row.title}"[:300],
            subject=row.link or row.guid or row.title,
            rule=", ".join(meta.get("topics", [])) or "brand match",
            pack="feeds",
            market=markets[0] if len(markets) == 1 else None,
            skus=json.loads(row.skus_json or "[]"),
            evidence=evidence,
            remediation=meta.get("remediation") or None,
            link=row.link,
        )
        row.alert_state = "enqueued"
        row.alert_key = alert.key
        yield alert
