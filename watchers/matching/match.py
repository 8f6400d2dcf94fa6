"""Matching feed items to catalog SKUs, with a strength, a score and the reasons.

Strength, strongest first:

- ``exact``: the item names the SKU's model number or GTIN (a short or digits-only code must be backed
  by the brand or the product type);
- ``strong``: the SKU's brand is named where a notice names its maker (or, for a distinctive brand,
  anywhere) *and* the SKU is the same kind of product; or, when the recall names no brand at all, the
  SKU is the same specific kind of product, fits the hazard and shares the description;
- ``possible``: the same kind of product with a fitting hazard (the recall's maker is not the SKU's), or
  the brand with a product of the same kind that the recall narrows further (another model, a missing
  qualifier such as "heated").

A brand alone never matches, and a generic word ("child", "toy", "tariff") never names a SKU by itself.
Policy notices that apply to a market or a product type are answered with a scope and a count
(`policy`). docs/feed-matching.md explains the design and the figures.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any

from . import text as tx
from .brands import BrandHit, brand_hits
from .codes import ModelNumber, code_shape
from .extract import extract
from .index import CatalogIndex, SkuRecord
from .item import Extraction, FeedItem
from .policy import PolicyScopes
from .result import ItemResult, Match, sort_key
from .types import TypeSig

_ELECTRIC_HAZARDS = {"fire", "shock", "electrocution", "explosion"}
_CHILD_HAZARDS = {"choking", "strangulation", "entanglement", "suffocation", "lead", "phthalates", "ingestion"}
_ANY_HAZARDS = {"fall", "tip_over", "entrapment", "laceration", "impact", "crash", "head_injury", "projectile",
                "poisoning", "chemical", "carbon_monoxide", "microbial"}


class _Item:
    """One item's evidence, computed once and shared by the evaluation of each candidate SKU."""

    def __init__(self, ex: Extraction, hits: dict[int, BrandHit]) -> None:
        self.ex = ex
        self.codes = {m.norm: m for m in ex.models}
        self.gtins = set(ex.gtins)
        self.brands = hits
        self.phrases = [p.sig for p in ex.phrases]
        self.shapes = {code_shape(c) for c, m in self.codes.items() if m.context or any(ch.isalpha() for ch in c)}
        self.brandless = ex.kind == "recall" and not ex.names_brand
        self.item_stems = set(tx.stems(ex.tokens))


class Matcher:
    """Matches items against one catalog index: build the index once per cycle, then match many items.

    ``max_brandless``: a recall naming no maker that fits more SKUs than this is too broad for `strong`.
    """

    def __init__(self, index: CatalogIndex, *, policy: PolicyScopes | None = None, max_brandless: int = 25) -> None:
        self.index = index
        self.types = index.types
        self.policy = policy or PolicyScopes(index)
        self.max_brandless = max_brandless

    def match(self, item: FeedItem | Mapping[str, Any], *, kind: str | None = None,
              markets: Iterable[str] = (), topics: Iterable[str] = ()) -> ItemResult:
        """Match one item. ``kind``: "recall" or "policy" when the feed says what it publishes;
        ``markets``: the feed's markets (else the item's own); ``topics``: restrict policy topics."""
        started = time.perf_counter()
        if not isinstance(item, FeedItem):
            item = FeedItem.from_mapping(item)
        ex = extract(item, self.types, kind)
        if markets:
            ex.markets = list(markets)
        res = self.policy.scope(ex, self, tuple(topics)) if ex.kind == "policy" else self._skus(ex)
        res.extraction = ex
        res.seconds = time.perf_counter() - started
        return res

    def match_many(self, items: Iterable[FeedItem | Mapping[str, Any]]) -> list[ItemResult]:
        return [self.match(i) for i in items]

    # --- SKU-level matching -----------------------------------------------------------------------

    def _skus(self, ex: Extraction) -> ItemResult:
        idx = self.index
        it = _Item(ex, brand_hits(idx, ex))
        candidates: set[int] = set(it.brands)
        for code in it.codes:
            candidates.update(idx.by_code.get(code, ()))
        for gtin in it.gtins:
            candidates.update(idx.by_gtin.get(gtin, ()))
        if ex.kind == "recall":
            for sig in it.phrases:
                if not sig.generic:
                    candidates.update(self.type_candidates(sig))
        matches: list[Match] = []
        brandless_strong: list[Match] = []
        for i in candidates:
            rec = idx.records[i]
            if ex.markets and not idx.sold_in(rec, ex.markets):
                continue
            m = self._evaluate(it, rec)
            if m is None:
                continue
            if m.strength == "strong" and i not in it.brands and not (rec.codes & it.codes.keys()):
                brandless_strong.append(m)
            matches.append(m)
        if len(brandless_strong) > self.max_brandless:
            # a recall that names no maker cannot be about hundreds of one seller's SKUs: the type is too broad
            for m in brandless_strong:
                m.strength, m.score = "possible", min(m.score, 0.55)
                m.basis.append(f"demoted: {len(brandless_strong)} SKUs fit the description")
        unique: dict[str, Match] = {}
        for m in sorted(matches, key=sort_key):  # a SKU listed twice in the catalog is named once, strongest
            unique.setdefault(m.sku, m)
        return ItemResult(id=ex.item.id, scope="skus", matches=list(unique.values()), markets=ex.markets)

    def type_candidates(self, sig: TypeSig) -> set[int]:
        """SKUs of the phrase's type (or a narrower one), of a broader type, or with the same head noun."""
        idx = self.index
        out: set[int] = set()
        for t in sig.types:
            out.update(idx.by_type.get(t, ()))
            for parent in self.types.ancestors(t)[1:]:
                out.update(idx.by_own_type.get(parent, ()))
        out.update(idx.by_head.get(sig.head, ()))
        return out

    def _evaluate(self, it: _Item, rec: SkuRecord) -> Match | None:
        brand = it.brands.get(rec.idx)
        level, tsig = 0, None
        for sig in it.phrases:
            lv = self.type_level(sig, rec, it.ex.audience, strict=brand is None)
            if lv > level:
                level, tsig = lv, sig
        gtin = rec.gtins & it.gtins
        if gtin:
            return Match(rec.sku, "exact", 1.0, [f"GTIN {sorted(gtin)[0].lstrip('0')} in the item"], rec.title)
        exact = self._model(it, rec, brand, level, tsig)
        if exact is not None or level == 0 or tsig is None:
            return exact
        if brand is not None:
            return self._branded(it, rec, brand, level, tsig)
        return self._unbranded(it, rec, level, tsig)

    def _model(self, it: _Item, rec: SkuRecord, brand: BrandHit | None, level: int,
               tsig: TypeSig | None) -> Match | None:
        """``exact`` when the item names the SKU's model number (short codes need the brand or the type)."""
        hit: list[ModelNumber] = [it.codes[c] for c in rec.codes & it.codes.keys()]
        for mn in sorted(hit, key=lambda m: (not m.strong, m.norm)):
            if not (mn.strong or brand is not None or level >= 1):
                continue
            if rec.accessory and not (tsig and tsig.accessory) and level < 2:
                return Match(rec.sku, "possible", 0.5,
                             [f"model number {mn.raw} in the {mn.where}, but the SKU is an accessory"], rec.title)
            basis = [f"model number {mn.raw} in the {mn.where}"]
            if brand:
                basis.append(brand.describe())
            if level >= 1 and tsig is not None:
                basis.append(self.describe_type(tsig))
            score = 0.95 + (0.03 if brand else 0.0) + (0.02 if level >= 1 else 0.0)
            return Match(rec.sku, "exact", min(score, 1.0), basis, rec.title)
        return None

    def describe_type(self, sig: TypeSig) -> str:
        if sig.types:
            return f"product type {sig.types[0]} ('{sig.label}')"
        return f"product '{sig.label}'"

    def _narrowed(self, it: _Item, rec: SkuRecord) -> tuple[bool, set[str], set[str]]:
        """(another model, the item's variant words, the SKU's own): does the recall single out others?"""
        other_model = bool(it.shapes) and any(code_shape(c) in it.shapes for c in rec.codes - it.codes.keys())
        # a recall that singles out a variant ("heated" socks, a product line) does not cover the brand's other
        # variants; the SKU's own brand is no evidence either way
        variants = it.ex.variant_words - {tx.stem(t) for t in rec.brand_tokens} - {"".join(rec.brand_tokens)}
        own = {q for x in rec.sigs for q in x.qualifiers}
        other = bool(variants) and not (variants & rec.stems) and bool(own) \
            and not (own & (it.ex.description_stems | it.item_stems))
        return other_model, variants if other else set(), own if other else set()

    def _branded(self, it: _Item, rec: SkuRecord, brand: BrandHit, level: int, tsig: TypeSig) -> Match:
        other_model, variants, own = self._narrowed(it, rec)
        hz_ok, hz_known = hazard_fit(it.ex.hazards, rec)
        basis = [f"{brand.describe()} + {self.describe_type(tsig)}" + (" (generic)" if tsig.generic else "")]
        line = sorted(it.ex.line_tokens & rec.stems)
        if level == 2 and not other_model and not variants:
            score = 0.72 + brand.bonus + (0.04 if line else 0.0) + (0.04 if hz_ok and hz_known else 0.0)
            score -= 0.08 if tsig.generic else 0.0
            if line:
                basis.append("product line " + ", ".join(line))
            return Match(rec.sku, "strong", min(score, 0.92), basis, rec.title)
        if other_model:
            basis.append("the item names other model numbers")
        if variants:
            basis.append(f"the item names {', '.join(sorted(variants))}, the SKU is {', '.join(sorted(own))}")
        if level == 1 and tsig.modifier:
            basis.append(f"the item says '{tsig.modifier_text or tsig.modifier}' {tsig.head_text or tsig.head}")
        return Match(rec.sku, "possible", 0.45, basis, rec.title)

    def _unbranded(self, it: _Item, rec: SkuRecord, level: int, tsig: TypeSig) -> Match | None:
        hz_ok, hz_known = hazard_fit(it.ex.hazards, rec)
        if tsig.generic or not hz_ok:
            return None
        overlap = it.ex.description_stems & rec.stems
        hazards = ", ".join(it.ex.hazards) or "no hazard stated"
        if it.brandless and level == 2 and len(overlap) >= 3 \
                and not (it.shapes and any(code_shape(c) in it.shapes for c in rec.codes - it.codes.keys())):
            score = 0.6 + 0.03 * min(len(overlap) - 3, 4) + (0.05 if hz_known else 0.0)
            basis = [f"{self.describe_type(tsig)} ({hazards}); the recall names no brand",
                     "shares " + ", ".join(sorted(overlap))]
            return Match(rec.sku, "strong", min(score, 0.8), basis, rec.title)
        if level == 2 and (tsig.types or len(overlap) >= 2):
            score = 0.3 + (0.1 if hz_known else 0.0) + (0.05 if len(overlap) >= 3 else 0.0)
            hazard = f" + {'/'.join(it.ex.hazards)} hazard" if hz_known else ""
            return Match(rec.sku, "possible", score, [f"{self.describe_type(tsig)}{hazard}, another brand"
                                                      if it.ex.names_brand else f"{self.describe_type(tsig)}{hazard}"],
                         rec.title)
        return None

    # --- product types ----------------------------------------------------------------------------

    def type_level(self, sig: TypeSig, rec: SkuRecord, audience: str | None, *, strict: bool = False) -> int:
        """2: same kind of product; 1: same kind but the item's qualifier is missing; 0: another product.

        ``strict`` (no brand to back the match): the SKU's kind must be the item's or a narrower one, so a
        SKU that only says "puzzle" is not taken for the recalled "tray puzzle".
        """
        if not rec.types and not rec.sigs:
            return 0
        if rec.pet and not sig.text.startswith(("dog", "pet", "cat")):
            return 0  # a pet's jacket is not the recalled jacket
        if {audience, rec.audience} == {"child", "adult"} or (sig.toyish and not rec.child):
            return 0
        ok = self._types_fit(sig, rec, strict) or (sig.noun in rec.heads and set(sig.head_terms) <= rec.stems)
        # an accessory is not the product it serves; an item of a kind the vocabulary does not know is matched
        # on its head noun alone, which says the SKU is the same thing
        if not ok or (rec.accessory and not sig.accessory and sig.types):
            return 0
        if sig.modifier and sig.modifier not in rec.stems and not sig.modifier_soft:
            return 1
        return 2

    def _types_fit(self, sig: TypeSig, rec: SkuRecord, strict: bool) -> bool:
        """Vocabulary types agree: the same type (a lumped one also by head noun), the item's general word
        for a narrower type ("chargers": wireless chargers too), or, backed by a brand, a broader SKU type."""
        for a in sig.types:
            for b in rec.types:
                if a == b:
                    # a lumped type, or a phrase whose head noun follows the mention ("balloon *lights*"),
                    # needs the same head noun too
                    if sig.general or not (sig.lumped or sig.noun != sig.head) or _same_kind(sig, rec, b):
                        return True
                elif a in self.types.ancestors(b):
                    if sig.bare:
                        return True
                elif not strict and b in self.types.ancestors(a) and any(s.bare for s in rec.sigs if b in s.types):
                    return True
        return False


def _same_kind(sig: TypeSig, rec: SkuRecord, type_id: str) -> bool:
    """Within a lumped type, the head nouns agree ("steam cleaner" vs "steam mop" do not), or the SKU's
    title names the whole type ("cutlery set")."""
    return (sig.noun in rec.heads or (sig.noun in rec.stems and set(sig.head_terms) <= rec.stems)
            or any(s.general for s in rec.sigs if type_id in s.types))


def hazard_fit(hazards: list[str], rec: SkuRecord) -> tuple[bool, bool]:
    """(the SKU can have the hazard, a hazard is known). Unknown hazards fit anything."""
    hz = set(hazards)
    if not hz:
        return True, False
    ok = bool(hz & _ANY_HAZARDS)
    ok |= "flammability" in hz and rec.garment
    ok |= bool(hz & _ELECTRIC_HAZARDS) and rec.electrical
    ok |= "burn" in hz and "flammability" not in hz and rec.heat
    ok |= "magnet_ingestion" in hz and rec.magnet
    ok |= "button_battery_ingestion" in hz and rec.electrical
    ok |= bool(hz & _CHILD_HAZARDS) and rec.child
    ok |= "drowning" in hz and (rec.water or rec.child)
    return ok, True
