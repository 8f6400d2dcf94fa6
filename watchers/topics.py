"""Topic rules (rules/topics.yaml): tag feed items with what they are about, and name the groups
policy notices apply to.

Topics no longer pick SKUs for recalls: `watchers.matching` does (a brand alone never matches, a single
word never names everything). A topic tags an item for the alert's evidence and remediation; for a
policy notice, a `market` topic ("VAT", "marketplace rules") makes it apply to every listing of the
market and a `catalog` topic ("radio equipment") to the SKUs of its group, counted once per cycle.

Matching is on normalised text: HTML stripped, common mojibake repaired, accents removed, case
folded and every run of non-alphanumerics collapsed to one space. A keyword then matches when it
occurs between word boundaries, a plain substring test on space-padded text ("E-Bike" = "e bike",
"lamp" never matches "clamp").
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import Field

from crossguard.engine.findings import Severity
from crossguard.engine.strict import StrictModel

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


# What a topic's products.attributes can name: classes of the product's classification (the seller's
# attributes, an officer's override and the classifier, as scan and check see them). A registry, so an
# unknown name in topics.yaml is reported instead of silently never matching.
ATTRIBUTES: dict[str, Callable[[frozenset[str]], bool]] = {
    "battery": lambda c: "battery" in c,
    "battery_lmt": lambda c: "battery_lmt" in c,
    # the product is the battery itself (spare pack, power bank), not an appliance containing one
    "battery_standalone": lambda c: "battery_standalone" in c or "battery_lmt" in c,
    "battery_button": lambda c: "button_cell" in c,
    "radio": lambda c: "radio" in c,
    "for_children": lambda c: "children_12_under" in c or "toy" in c,
    "toy": lambda c: "toy" in c,
    "mains": lambda c: "mains_lv" in c,
    "electronic": lambda c: "electronic" in c or "radio" in c,
}


class ProductSelector(StrictModel):
    attributes: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)


class Topic(StrictModel):
    title: str
    scope: str = Field("catalog", pattern="^(catalog|market|context)$")
    severity: Severity = Severity.low
    item_keywords: list[str] = Field(min_length=1)
    exclude_keywords: list[str] = Field(default_factory=list)
    products: ProductSelector = Field(default_factory=ProductSelector)
    remediation: str = ""


class TopicFile(StrictModel):
    version: str
    brand_severity: Severity | None = Field(None, description="no longer used: a brand alone never matches")
    min_brand_length: int | None = Field(None, description="no longer used: a brand alone never matches")
    topics: dict[str, Topic]


@dataclass(frozen=True)
class Tag:
    """A topic found in an item, with the keywords that found it (shown as evidence)."""

    topic: str
    keywords: tuple[str, ...]


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

    def covers(self, name: str, classes: frozenset[str], category: str, title: str) -> bool:
        """A product belongs to a catalog-scope topic: a class its attributes name, or a category or title
        term (the product's classes are those of its classification)."""
        topic = self.spec.topics[name]
        if any(ATTRIBUTES[a](classes) for a in topic.products.attributes):
            return True
        cat, text = normalize(category), normalize(title)
        return any(contains(cat, k) for k in self._prod_cat[name]) or any(
            contains(text, k) for k in self._prod_kw[name])
