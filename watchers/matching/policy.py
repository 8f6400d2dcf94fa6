"""Policy notices (Federal Register, HMRC, marketplace rules) apply to a market or a product group as a
whole: they are answered with a scope and a count, never with a list of SKUs.

- ``product_type``: a trade or standards notice names its product in a fixed pattern ("X From China:
  antidumping ...", "Certain X and Components Thereof", "Safety Standard for X", "Test Procedures for
  X"); the SKUs of that type whose titles carry every content word of X are counted. Otherwise a
  catalog-scope topic of rules/topics.yaml ("radio equipment", "batteries") that tags the notice names
  the group: its SKUs (by classification, category or title words) are counted.
- ``market``: a market-scope topic (VAT, customs, marketplace rules, GPSR, EPR) tags the notice: every
  SKU listed in the notice's markets.

"tariff" in an antidumping notice on wire rod names nothing: no SKU is wire rod, and no market topic
is a single ambiguous word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crossguard.watchers.topics import TopicBook

from . import text as tx
from . import wordclasses as wc
from .index import CatalogIndex, SkuRecord
from .item import Extraction
from .notice import strip_phrase
from .result import ItemResult
from .types import TypeSig, analyse

if TYPE_CHECKING:
    from .match import Matcher

PRODUCT_POLICY_RE = re.compile(
    r"anti.?dumping|countervailing|safeguard|exclusion\s+order|components\s+thereof|section\s+337|"
    r"safety\s+standard|standard\s+for|energy\s+conservation|efficiency\s+standards?|test\s+procedures?|"
    r"labell?ing|equipment\s+authori[sz]ation|banned\s+hazardous|ban\s+on|import\s+(?:restrictions?|ban)|"
    r"certification|conformity|tariff|dut(?:y|ies)|consumer\s+product|children.s\s+products?",
    re.I,
)
#: A notice that sets rules for products (not a tax, a fishery or a broadcast licence): only such a notice
#: can apply to a catalog topic's product group ("radio equipment").
PRODUCT_RULE_RE = re.compile(
    r"safety\s+standards?|standards?\s+for|equipment\s+authori[sz]ation|certification|conformity|labell?ing|"
    r"test\s+procedures?|banned\s+hazardous|consumer\s+products?|children.s\s+products?|energy\s+conservation|"
    r"efficiency\s+standards?|radio\s+frequency\s+devices|product\s+safety|recall\s+requirements?",
    re.I,
)
_POLICY_PRODUCT_RES = (
    re.compile(r"^(?:certain\s+)?(?P<p>.+?)\s+(?:from|imported\s+from)\s+(?:the\s+)?[A-Z]", re.I),
    re.compile(r"^certain\s+(?P<p>.+?)(?:\s+and\s+components\s+thereof|\s+and\s+products\s+containing|;|$)", re.I),
    re.compile(r"(?:safety\s+)?standards?\s+for\s+(?P<p>[^;:,]+)", re.I),
    re.compile(r"(?:test\s+procedures?|efficiency\s+standards?|labell?ing\s+requirements?)\s+for\s+(?P<p>[^;:,]+)",
               re.I),
)


class PolicyScopes:
    """Scopes of policy notices over one index; topic groups are counted once per index, when first asked."""

    def __init__(self, index: CatalogIndex, topics: TopicBook | None = None) -> None:
        self.index = index
        self.topics = topics
        self._members: dict[str, list[int]] = {}

    def scope(self, ex: Extraction, matcher: Matcher, only_topics: tuple[str, ...] = ()) -> ItemResult:
        res = ItemResult(id=ex.item.id, scope="skus", markets=ex.markets)
        sigs = product_phrases(ex, matcher)
        if sigs:
            hit = self._of_product(ex, matcher, sigs)
            if hit:
                res.scope, res.count, res.about = "product_type", len(hit), sorted({s.label for s in sigs})
                return res
        if self.topics is None:
            return res
        tags = [t.topic for t in self.topics.tag(ex.full, only_topics)]
        market = [self.topics.spec.topics[t].title for t in tags if self.topics.spec.topics[t].scope == "market"]
        if market:
            res.scope, res.count, res.about = "market", self.index.count_in(ex.markets), market
            return res
        if not PRODUCT_RULE_RE.search(ex.title + " " + ex.text[:600]):
            return res
        groups = [t for t in tags if self.topics.spec.topics[t].scope == "catalog"]
        members = {i for t in groups for i in self.members(t)
                   if not ex.markets or self.index.sold_in(self.index.records[i], ex.markets)}
        if members:
            res.scope, res.count = "product_type", len(members)
            res.about = [self.topics.spec.topics[t].title for t in groups]
        return res

    def _of_product(self, ex: Extraction, matcher: Matcher, sigs: list[TypeSig]) -> set[int]:
        hit: set[int] = set()
        for sig in sigs:
            need = required_stems(sig)
            for i in matcher.type_candidates(sig):
                rec = self.index.records[i]
                if (not ex.markets or self.index.sold_in(rec, ex.markets)) and need <= rec.stems \
                        and matcher.type_level(sig, rec, None) == 2:
                    hit.add(i)
        return hit

    def members(self, topic: str) -> list[int]:
        """SKUs of a catalog-scope topic: a class its `attributes` name, or a category or title word."""
        if topic not in self._members:
            assert self.topics is not None
            self._members[topic] = [rec.idx for rec in self.index.records if self.topics.covers(topic, *_texts(rec))]
        return self._members[topic]


def _texts(rec: SkuRecord) -> tuple[frozenset[str], str, str]:
    return rec.classes, rec.category, rec.title


def product_phrases(ex: Extraction, matcher: Matcher) -> list[TypeSig]:
    """Product types a policy notice is about ("X From China: antidumping ...", "Standard for X")."""
    if not PRODUCT_POLICY_RE.search(ex.title + " " + ex.text[:400]):
        return []
    head = ex.title.split(";")[0]
    for rx in _POLICY_PRODUCT_RES:
        m = rx.search(head)
        if m:
            segs = tx.segments(strip_phrase(m.group("p")))
            sig = analyse(segs[0], matcher.types) if segs else None
            return [sig] if sig is not None and not sig.generic else []
    return []


def required_stems(sig: TypeSig) -> set[str]:
    """Trade and standards notices name a product precisely: every content word must be in a title."""
    return {s for t in sig.text.split() if t.isalpha() and len(t) > 2 and not wc.is_descriptor(t)
            and (s := tx.stem(t)) not in wc.CLASS_WORDS and s not in wc.CONTAINER_WORDS}
