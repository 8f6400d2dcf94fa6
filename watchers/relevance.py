"""What a stored feed item means for the catalog: the watch cycle's use of `watchers.matching`.

The catalog is indexed once per cycle, and only when a feed brings a new item (`CycleMatcher`); each
item is then matched exactly as ``crossguard feeds match`` matches it. The verdict carries what the
watcher stores: every (item, SKU) match with its strength, score and basis, the scope line of a policy
notice, the topics for the alert's evidence and remediation, and the severity, which follows the
strongest match (`STRENGTH_SEVERITY`); an item whose matches are all `possible` is marked for the digest.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from crossguard.engine.findings import Severity
from crossguard.engine.models import CatalogEntry
from crossguard.engine.overrides import ClassificationOverride
from crossguard.watchers.config import FeedConfig
from crossguard.watchers.matching import CatalogIndex, FeedItem, ItemResult, Matcher, PolicyScopes
from crossguard.watchers.parsers import FeedItem as ParsedItem
from crossguard.watchers.topics import TopicBook

#: Severity of a feed alert by the strongest match: a recall naming your model is critical; a product
#: of the same kind is worth a line in the digest.
STRENGTH_SEVERITY = {"exact": Severity.critical, "strong": Severity.high, "possible": Severity.low}
_ACTION = {
    "exact": "The item names these SKUs' model number or GTIN: stop selling the affected units, check batches "
             "and dates against the notice and follow its remedy.",
    "strong": "The item names these SKUs' brand and kind of product: check model, batch and dates against the "
              "notice; stop selling affected units.",
    "possible": "Same kind of product as the notice (another brand or model): check whether it could concern "
                "these SKUs (shared supplier, same design).",
}


@dataclass
class Verdict:
    """What the watcher stores for one new item."""

    result: ItemResult
    severity: Severity | None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def relevant(self) -> bool:
        return self.result.scope != "skus" or bool(self.result.matches)


class CycleMatcher:
    """The catalog's index for one watch cycle, built on first use (a cycle without new items costs nothing)."""

    def __init__(self, catalog: Sequence[CatalogEntry], topics: TopicBook,
                 overrides: Callable[[], Mapping[str, ClassificationOverride]] | None = None) -> None:
        self.catalog = catalog
        self.topics = topics
        self.overrides = overrides
        self._matcher: Matcher | None = None

    @property
    def matcher(self) -> Matcher:
        if self._matcher is None:
            index = CatalogIndex.build(self.catalog, overrides=self.overrides() if self.overrides else None)
            self._matcher = Matcher(index, policy=PolicyScopes(index, self.topics))
        return self._matcher

    def judge(self, feed: FeedConfig, item: ParsedItem) -> Verdict:
        if not self.catalog:
            return Verdict(ItemResult(id=item.dedupe_key, scope="skus"), None, {"markets": feed.markets})
        matched = FeedItem(id=item.dedupe_key, title=item.title, text=item.summary, link=item.link or "",
                           published=item.published.isoformat() if item.published else "", feed=feed.name)
        result = self.matcher.match(matched, kind="policy" if feed.sku_focus == "all" else None,
                                    markets=feed.markets, topics=feed.topics)
        tags = self.topics.tag(item.text, feed.topics)
        return Verdict(result, self._severity(result, tags), _meta(result, tags, self.topics, feed))

    def _severity(self, result: ItemResult, tags: list) -> Severity | None:
        if result.scope == "skus":
            return STRENGTH_SEVERITY[result.strongest] if result.strongest else None
        ranked = [self.topics.spec.topics[t.topic].severity for t in tags
                  if self.topics.spec.topics[t.topic].scope != "context"]
        return max(ranked, key=lambda s: s.rank) if ranked else Severity.medium


def _meta(result: ItemResult, tags: list, topics: TopicBook, feed: FeedConfig) -> dict[str, Any]:
    """The item row's ``tags_json``: how the matcher read it and what the alert says around the SKUs."""
    remediation = [topics.spec.topics[t.topic].remediation for t in tags if topics.spec.topics[t.topic].remediation]
    if result.scope == "skus" and result.strongest:
        remediation.insert(0, _ACTION[result.strongest])
    meta: dict[str, Any] = {
        "tags": [{"topic": t.topic, "keywords": list(t.keywords)} for t in tags],
        "topics": [t.topic for t in tags],
        "remediation": " ".join(remediation),
        "markets": feed.markets or result.markets,
        "scope": result.scope,
        "strongest": result.strongest,
        "matched": len(result.matches),
        "digest": result.strongest == "possible",
    }
    if result.scope != "skus":
        meta.update(scope_line=result.line(), count=result.count, about=result.about)
    if result.extraction is not None:
        meta["read"] = result.extraction.summary()
    return meta
