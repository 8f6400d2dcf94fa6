"""What the matcher tests share: catalog products as engine entries, a matcher over them, recall items."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crossguard.engine.catalog import entry_from_mapping
from crossguard.engine.models import CatalogEntry
from crossguard.rules import TOPICS_FILE
from crossguard.watchers.matching import CatalogIndex, ItemResult, Matcher, PolicyScopes
from crossguard.watchers.topics import TopicBook

MATERIAL = Path(__file__).resolve().parents[3] / "shared" / "material"


def product(sku: str, title: str, brand: str = "", category: str = "", markets: tuple[str, ...] = ("US",),
            **extra: Any) -> CatalogEntry:
    raw: dict[str, Any] = {"sku": sku, "title": title, **extra,
                           "listings": [{"marketplace": "amazon", "market": m} for m in markets]}
    if brand:
        raw["brand"] = brand
    if category:
        raw["category"] = category
    return entry_from_mapping(raw)


@pytest.fixture(scope="session")
def topics() -> TopicBook:
    return TopicBook.load(TOPICS_FILE)


@pytest.fixture
def make_matcher(topics: TopicBook) -> Callable[..., Matcher]:
    def build(products: list[CatalogEntry], **kw: Any) -> Matcher:
        index = CatalogIndex.build(products, **kw)
        return Matcher(index, policy=PolicyScopes(index, topics))

    return build


def recall(title: str, text: str = "", link: str = "https://www.cpsc.gov/Recalls/2026/x", **kw: Any) -> dict:
    return {"item_id": kw.pop("item_id", "T"), "title": title, "text": text, "link": link,
            "published": kw.pop("published", "2026-04-01"), **kw}


def strengths(result: ItemResult) -> dict[str, str]:
    return {m.sku: m.strength for m in result.matches}
