"""A feed item as the matcher reads it, and what extraction finds in it.

Only the fields a real feed item has are read (an id, `title`, `text`/`summary`, `link`, `published`,
`feed`): a matcher that peeked at a test set's labels (`group`, `kind`, `record`) would not survive
real feeds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .codes import ModelNumber
from .types import TypeSig

#: Words that end a company's name ("Acme USA Inc"): not part of the brand.
CORPORATE_WORDS = frozenset(
    "inc incorporated llc l l c ltd limited co corp corporation company companies group usa us america "
    "american international intl industries industrial enterprises enterprise holdings holding trading "
    "technology technologies tech electronics electronic products product brands brand global gmbh plc "
    "ag sa srl bv official store shop direct online com net the and of manufacturing mfg imports import "
    "north na worldwide consumer sales services".split()
)
#: Places that sell everything ("Sold exclusively on Amazon.com"): naming them says nothing about whose
#: product it is, so a retailer is never a brand.
RETAILER = "retailer"


@dataclass(frozen=True)
class FeedItem:
    """A feed item. Nothing else is read from the source mapping."""

    id: str
    title: str = ""
    text: str = ""
    link: str = ""
    published: str = ""
    feed: str = ""

    @classmethod
    def from_mapping(cls, d: Mapping[str, Any], default_id: str = "") -> FeedItem:
        def first(*keys: str) -> str:
            return next((str(d[k]) for k in keys if d.get(k)), "")

        return cls(id=first("item_id", "id") or default_id, title=first("title"), text=first("text", "summary"),
                   link=first("link"), published=first("published"), feed=first("feed"))


@dataclass(frozen=True)
class Company:
    """A company or brand the item names, where it names it (``role``), and its folded tokens."""

    name: str
    role: str  # recaller, manufacturer, importer, distributor, branded, brand_name, leading, product_lead,
    #            seller, retailer
    tokens: tuple[str, ...]

    @property
    def core(self) -> tuple[str, ...]:
        """Tokens without trailing corporate words: "Acme USA" -> ("acme",)."""
        toks = list(self.tokens)
        while len(toks) > 1 and toks[-1] in CORPORATE_WORDS:
            toks.pop()
        return tuple(toks)


@dataclass(frozen=True)
class Phrase:
    """A product phrase of the item and its head type."""

    sig: TypeSig
    source: str  # "title", "title_extra", "text", "record"
    lead: tuple[str, ...] = ()  # tokens before the head: brand and product-line names


@dataclass
class Extraction:
    """What one item is about."""

    item: FeedItem
    kind: str  # "recall", "policy", "other"
    title: str
    text: str
    phrases: list[Phrase] = field(default_factory=list)
    types: list[tuple[str, str]] = field(default_factory=list)
    hazards: list[str] = field(default_factory=list)
    companies: list[Company] = field(default_factory=list)
    models: list[ModelNumber] = field(default_factory=list)
    gtins: list[str] = field(default_factory=list)
    markets: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    published: str | None = None
    audience: str | None = None
    line_tokens: set[str] = field(default_factory=set)  # product-line names (rare words of the phrases)
    tokens: list[str] = field(default_factory=list)  # folded tokens of title + text
    title_tokens: list[str] = field(default_factory=list)
    description_stems: set[str] = field(default_factory=set)
    variant_words: set[str] = field(default_factory=set)

    @property
    def company_tokens(self) -> set[str]:
        return {t for c in self.companies for t in c.tokens}

    @property
    def names_brand(self) -> bool:
        """The item names a maker, importer, brand or seller (not just a marketplace or retailer)."""
        return any(c.role != RETAILER for c in self.companies)

    @property
    def full(self) -> str:
        return f"{self.title}. {self.text}" if self.title else self.text

    def summary(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "types": [p.sig.label for p in self.phrases],
            "type_ids": sorted({t for p in self.phrases for t in p.sig.types}), "hazards": self.hazards,
            "companies": [f"{c.name} ({c.role})" for c in self.companies], "models": [m.raw for m in self.models],
            "gtins": self.gtins, "markets": self.markets, "dates": self.dates, "published": self.published,
        }
