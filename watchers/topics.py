"""Topic rules: tag feed items and find the catalog products they touch.

Matching is on normalised text: HTML stripped, common mojibake repaired, accents removed,
case folded and every run of non-alphanumerics collapsed to one space. A keyword then matches
when it occurs between word boundaries, which is a plain substring test on space-padded text. That
makes "E-Bike", "e bike" and "É-bike" the same and stops "lamp" matching "clamp" without regex
escaping pitfalls.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from crossguard.engine.findings import Severity
from crossguard.engine.markets import region_of
from crossguard.engine.models import CatalogEntry, Product

_TAG_RE = re.compile(r"<[^>]*>")
_NON_WORD_RE = re.compile(r"[^0-9a-z]+")
_MOJIBAKE_MARKERS = ("â€", "Ã", "Â")


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Windows-1252 ("Childrenâ€™s"), which the real CPSC feed contains.

    Only attempted when typical markers are present, and kept only if the round trip succeeds.
    """
    if not any(m in text for m in _MOJIBAKE_MARKERS):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def normalize(text: str | None) -> str:
    """Lower-case ASCII words separated by single spaces, padded with a space on each side."""
    if not text:
        return " "
    text = fix_mojibake(html.unescape(_TAG_RE.sub(" ", text)))
    text = text.replace("’", "'").replace("'", " ")
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " " + _NON_WORD_RE.sub(" ", ascii_only).strip() + " "


def contains(norm_text: str, norm_keyword: str) -> bool:
    """Whole-word test on outputs of normalize()."""
    return norm_keyword != " " and norm_keyword in norm_text


# Product predicates a topic can name under products.attributes. A registry so a new attribute is
# one line, and an unknown name in topics.yaml is reported instead of silently never matching.
ATTRIBUTES: dict[str, Callable[[Product], bool]] = {
    "battery": lambda p: p.battery is not None,
    "battery_lmt": lambda p: p.battery is not None and p.battery.category == "lmt",
    # the product is the battery itself (spare pack, power bank), not an appliance containing one
    "battery_standalone": lambda p: p.battery is not None
    and (bool(getattr(p.battery, "standalone", None)) or p.battery.category == "lmt"),
    "battery_button": lambda p: p.battery is not None
    and (getattr(p.battery, "form", None) or "") in ("button", "coin"),
    "radio": lambda p: bool(p.radio),
    "for_children": lambda p: bool(p.for_children) or bool(getattr(p, "toy", None))
    or (p.age_max_years is not None and p.age_max_years < 14),
    "toy": lambda p: bool(getattr(p, "toy", None)),
    "mains": lambda p: (p.mains_voltage_v or 0) >= 50,
    "electronic": lambda p: bool(p.electronic) or bool(p.radio),
}


class ProductSelector(BaseModel):
    model_config = ConfigDict(extra="forbid")
    attributes: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)


class Topic(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    scope: str = Field("catalog", pattern="^(catalog|market|context)$")
    severity: Severity = Severity.low
    item_keywords: list[str] = Field(min_length=1)
    exclude_keywords: list[str] = Field(default_factory=list)
    products: ProductSelector = Field(default_factory=ProductSelector)
    remediation: str = ""


class TopicFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: str
    brand_severity: Severity = Severity.high
    min_brand_length: int = 3
    topics: dict[str, Topic]


@dataclass(frozen=True)
class Tag:
    """A topic found in an item, with the keywords that found it (shown as evidence)."""

    topic: str
    keywords: tuple[str, ...]


@dataclass
class ProductHit:
    sku: str
    reasons: list[str] = field(default_factory=list)


@dataclass
class Relevance:
    """Why an item matters to us: the SKUs it touches, how badly, and the context tags."""

    tags: list[Tag]
    hits: list[ProductHit]
    severity: Severity | None
    topics: list[str]
    remediation: str
    others: list[str] = field(default_factory=list)  # touched, but less closely than ``hits`` (focus mode)

    @property
    def skus(self) -> list[str]:
        return [h.sku for h in self.hits]

    @property
    def relevant(self) -> bool:
        return bool(self.hits)


class TopicBook:
    """Compiled topics.yaml: keywords normalised once."""

    def __init__(self, spec: TopicFile) -> None:
        self.spec = spec
        unknown = {
            a for t in spec.topics.values() for a in t.products.attributes if a not in ATTRIBUTES
        }
        if unknown:
            raise ValueError(f"unknown product attributes in topics: {', '.join(sorted(unknown))}")
        self._item_kw = {n: [(k, normalize(k)) for k in t.item_keywords] for n, t in spec.topics.items()}
        self._excl_kw = {n: [normalize(k) for k in t.exclude_keywords] for n, t in spec.topics.items()}
        self._prod_cat = {n: [normalize(k) for k in t.products.categories] for n, t in spec.topics.items()}
        self._prod_kw = {n: [normalize(k) for k in t.products.keywords] for n, t in spec.topics.items()}

    @classmethod
    def load(cls, path: Path) -> TopicBook:
        return cls(TopicFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))))

    @property
    def version(self) -> str:
        return self.spec.version

    def tag(self, text: str, only: Iterable[str] = ()) -> list[Tag]:
        """Topics whose keywords occur in ``text`` (optionally only the named topics)."""
        norm = normalize(text)
        allowed = set(only)
        tags = []
        for name in self.spec.topics:
            if allowed and name not in allowed and self.spec.topics[name].scope != "context":
                continue
            hits = tuple(k for k, nk in self._item_kw[name] if contains(norm, nk))
            if hits and not any(contains(norm, ex) for ex in self._excl_kw[name]):
                tags.append(Tag(name, hits))
        return tags

    def _product_matches(self, product: Product, norm_item: str | None) -> dict[str, int]:
        """Catalog topics of a product with a strength: 2 when a term that put the product in the
        topic (its category or title word) also occurs in the item, else 1 (attribute or other term)."""
        cat = normalize(product.category)
        title = normalize(product.title)
        out: dict[str, int] = {}
        for name, topic in self.spec.topics.items():
            if topic.scope != "catalog":
                continue
            terms = [k for k in self._prod_cat[name] if contains(cat, k)]
            terms += [k for k in self._prod_kw[name] if contains(title, k)]
            if terms or any(ATTRIBUTES[a](product) for a in topic.products.attributes):
                overlap = norm_item is not None and any(contains(norm_item, t) for t in terms)
                out[name] = 2 if overlap else 1
        return out

    def relevance(
        self,
        text: str,
        catalog: list[CatalogEntry],
        markets: Iterable[str] = (),
        only_topics: Iterable[str] = (),
        *,
        focus: bool = False,
    ) -> Relevance:
        """Which SKUs sold in ``markets`` (any market if empty) the item text touches, and why.

        Each touched SKU is scored: its brand named in the item (10), per shared topic 2 when the
        product's own group word (category/title term) is in the item, else 1. With ``focus``
        (recall feeds: a recall is about particular products) only the best-scoring SKUs are
        named and the rest are counted in ``others``; without it (regulation feeds: a rule applies
        to a whole group) every touched SKU is named.
        """
        tags = self.tag(text, only_topics)
        tagged = {t.topic for t in tags}
        norm = normalize(text)
        want = {m.upper() for m in markets}
        scored: list[tuple[int, int, ProductHit, set[str]]] = []
        for entry in catalog:
            if not _sold_in(entry, want):
                continue
            hit = ProductHit(entry.product.sku)
            score, sev_rank, topics_used = 0, -1, set()
            brand = entry.product.brand
            if brand and len(brand.strip()) >= self.spec.min_brand_length and contains(norm, normalize(brand)):
                hit.reasons.append(f"brand '{brand}' named")
                score += 10
                sev_rank = self.spec.brand_severity.rank
            for name, strength in self._product_matches(entry.product, norm).items():
                if name in tagged:
                    hit.reasons.append(f"topic {name}" + (" (product group named)" if strength == 2 else ""))
                    score += strength
                    topics_used.add(name)
                    sev_rank = max(sev_rank, self.spec.topics[name].severity.rank)
            for name in tagged:
                if self.spec.topics[name].scope == "market" and entry.listings:
                    hit.reasons.append(f"topic {name} (market-wide)")
                    score += 1
                    topics_used.add(name)
                    sev_rank = max(sev_rank, self.spec.topics[name].severity.rank)
            if hit.reasons:
                scored.append((score, sev_rank, hit, topics_used))
        best = max((sc for sc, *_ in scored), default=0)
        kept = [x for x in scored if not focus or x[0] == best]
        others = [x[2].sku for x in scored if focus and x[0] != best]
        hits = [x[2] for x in kept]
        used_topics = set().union(*(x[3] for x in kept)) if kept else set()
        sev_rank = max((x[1] for x in kept), default=-1)
        severity = next((s for s in Severity if s.rank == sev_rank), None)
        remediation = " ".join(self.spec.topics[n].remediation for n in sorted(used_topics) if n in tagged)
        if hits and not remediation:
            remediation = "Check whether the item concerns the named brand's products you sell and act on it."
        return Relevance(tags, hits, severity, sorted(used_topics), remediation.strip(), others)


def _sold_in(entry: CatalogEntry, markets: set[str]) -> bool:
    """A product counts as sold in a market when it has a listing there (region codes allowed).

    With no market restriction, any listed product counts; a product with no listings is not sold.
    """
    if not entry.listings:
        return False
    if not markets:
        return True
    for listing in entry.listings:
        if listing.market in markets or region_of(listing.market) in markets:
            return True
    return False
