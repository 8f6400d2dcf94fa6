"""Relevant feed items (stored by the watcher with ``alert_state='pending'``) become alerts.

An item alert lists at most `MAX_PRODUCTS` SKUs, strongest match first, each with its title and why it
matched, and counts the rest with the command that lists them all; a policy notice that applies to a
whole market or product type says so in one line with a count. Items whose matches are all `possible`
go to the digest (`Alert.digest`).

At most ``max_per_feed`` alerts per feed per collection (the most severe items first); the rest of
that feed's items become one summary alert. One feed that suddenly lists 10,000 relevant items (a
flood, a format change, an attack) would otherwise post 10,000 messages, about three hours of a
channel at Slack's one message per second.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crossguard.engine.findings import Evidence, Severity
from crossguard.notifiers.alert import FEEDS_PACK, MAX_PRODUCTS, Alert, AlertKind, AlertProduct, alert_key
from crossguard.watchers.models import FeedItemMatch, FeedItemRow

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
            yield _mark(row, _item_alert(session, row))
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
    """One alert for the items past the per-feed cap: how many, how severe, a few titles."""
    markets = {m for row in rows for m in (_meta(row).get("markets") or [])}
    skus = list(dict.fromkeys(sku for row in rows for sku in json.loads(row.skus_json or "[]")))
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
        skus=skus[:MAX_PRODUCTS],
        products_total=len(skus),
        evidence=evidence,
        remediation=f"Look at the feed's latest items: so many at once is a flood, a changed feed format or "
                    f"an attack. Raise max_per_feed (now {cap}) if such volumes are normal for {feed}.",
    )


def _products(session: Session, row: FeedItemRow) -> tuple[list[AlertProduct], int]:
    """The item's strongest matches (at most MAX_PRODUCTS) and how many there are in all."""
    matches = session.scalars(select(FeedItemMatch).where(FeedItemMatch.item_id == row.id)
                              .order_by(FeedItemMatch.rank).limit(MAX_PRODUCTS)).all()
    total = session.scalar(select(func.count()).select_from(FeedItemMatch).where(FeedItemMatch.item_id == row.id))
    if not matches:  # an item stored before matches had their own table: its SKU list only
        skus = json.loads(row.skus_json or "[]")
        return [AlertProduct(sku=sku) for sku in skus[:MAX_PRODUCTS]], len(skus)
    return [AlertProduct(sku=m.sku, title=m.title, strength=m.strength, score=m.score,
                         reason="; ".join(json.loads(m.basis_json or "[]"))) for m in matches], int(total or 0)


def all_products(session: Session, alert: Alert) -> list[AlertProduct]:
    """Every SKU a feed alert concerns, strongest first (``crossguard alerts show ID --all``): the
    stored matches of its item (of every item, for a summary alert); other alerts list their own SKUs."""
    rows = session.scalars(select(FeedItemRow).where(FeedItemRow.alert_key == alert.key)
                           .order_by(FeedItemRow.id)).all()
    out: dict[str, AlertProduct] = {}
    for row in rows:
        matches = session.scalars(select(FeedItemMatch).where(FeedItemMatch.item_id == row.id)
                                  .order_by(FeedItemMatch.rank)).all()
        for m in matches:
            out.setdefault(m.sku, AlertProduct(sku=m.sku, title=m.title, strength=m.strength, score=m.score,
                                               reason="; ".join(json.loads(m.basis_json or "[]"))))
        if not matches:
            for sku in json.loads(row.skus_json or "[]"):
                out.setdefault(sku, AlertProduct(sku=sku))
    if not rows:
        known = {p.sku: p for p in alert.products}
        return [known.get(sku) or AlertProduct(sku=sku) for sku in alert.skus]
    return list(out.values())


def _item_alert(session: Session, row: FeedItemRow) -> Alert:
    """One relevant item as an alert: what it is, which SKUs it concerns (or which group), and why."""
    meta = _meta(row)
    evidence = [Evidence(field="feed item", value=row.title, basis=row.feed)]
    if row.published_at:
        evidence.append(Evidence(field="published", value=row.published_at.date().isoformat()))
    if meta.get("scope_line"):
        evidence.append(Evidence(field="scope", value=meta["scope_line"], basis="a policy notice: no SKU list"))
    for tag in meta.get("tags", []):
        evidence.append(Evidence(field=f"topic {tag['topic']}", value=", ".join(tag["keywords"]),
                                 basis="keywords found in the item"))
    products, total = _products(session, row)
    markets = meta.get("markets") or []
    strongest = meta.get("strongest")
    return Alert(
        key=feed_alert_key(row.feed, row.dedupe_key),
        kind=AlertKind.feed_item,
        source="feed_items",
        severity=_severity(row),
        title=f"{row.feed}: {row.title}"[:300],
        subject=row.link or row.guid or row.title,
        rule=f"{strongest} match" if strongest else (", ".join(meta.get("topics", [])) or "policy notice"),
        pack=FEEDS_PACK,
        market=markets[0] if len(markets) == 1 else None,
        skus=[p.sku for p in products],
        products=products,
        products_total=total,
        evidence=evidence,
        remediation=meta.get("remediation") or None,
        link=row.link,
        digest=bool(meta.get("digest")),
    )
