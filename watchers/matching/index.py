"""The catalog, indexed once per watch cycle: product types, brands, model numbers and GTINs per SKU.

Matching an item must not touch every product: the index answers "which SKUs carry brand X / code Y /
product type Z" from dictionaries built once, so a cycle costs one pass over the catalog plus, per
item, work proportional to the few SKUs it can concern.

A SKU's product type is the classifier's (`engine.classify`, the same call scan and check make), so an
officer's classification override (`crossguard classify set`) applies here too; the head types of its
title are added (a "Fan and White Noise Machine" is both), unless an officer decided the type.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from crossguard.engine.classify import Classifier
from crossguard.engine.markets import region_of
from crossguard.engine.models import CatalogEntry
from crossguard.engine.overrides import ClassificationOverride

from . import sku as sk
from . import text as tx
from . import wordclasses as wc
from .item import CORPORATE_WORDS
from .types import TypeSig, VocabularyTypes

#: Classes of a product's classification that matching reads (hazard fit, topic groups).
CLASSES = ("eee", "battery", "battery_standalone", "battery_lmt", "button_cell", "radio", "mains_lv", "electronic",
           "toy", "children_12_under", "textile", "apparel")


@dataclass(slots=True)
class SkuRecord:
    """What the matcher needs to know about one SKU."""

    idx: int
    sku: str
    title: str
    category: str
    brand: str
    markets: frozenset[str]
    stems: frozenset[str]
    sigs: tuple[TypeSig, ...]
    types: tuple[str, ...]
    classified_as: str | None
    classes: frozenset[str]
    heads: frozenset[str] = frozenset()
    accessory: bool = False
    brand_tokens: tuple[str, ...] = ()
    codes: frozenset[str] = frozenset()
    gtins: frozenset[str] = frozenset()
    audience: str | None = None
    pet: bool = False
    electrical: bool = False
    child: bool = False
    heat: bool = False
    water: bool = False
    magnet: bool = False
    garment: bool = False


@dataclass
class CatalogIndex:
    """Built by `build`; read-only afterwards (a cycle shares it between items)."""

    types: VocabularyTypes
    records: list[SkuRecord] = field(default_factory=list)
    by_brand: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_code: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_gtin: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # the type and its parents
    by_own_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_head: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    market_counts: Counter = field(default_factory=Counter)
    brand_max_tokens: int = 1
    build_seconds: float = 0.0

    def __len__(self) -> int:
        return len(self.records)

    @classmethod
    def build(cls, entries: Iterable[CatalogEntry], *, classifier: Classifier | None = None,
              overrides: Mapping[str, ClassificationOverride] | None = None) -> CatalogIndex:
        """Index catalog entries; ``overrides``: the register's classification overrides by SKU."""
        started = time.perf_counter()
        classifier = classifier or Classifier.default()
        index = cls(types=VocabularyTypes(classifier.types))
        overrides = overrides or {}
        for entry in entries:
            index.add(entry, classifier, overrides.get(entry.product.sku))
        index.by_brand = dict(index.by_brand)
        index.build_seconds = time.perf_counter() - started
        return index

    def add(self, entry: CatalogEntry, classifier: Classifier, override: ClassificationOverride | None) -> SkuRecord:
        product = entry.product
        title, category = tx.clean(product.title), tx.clean(product.category or "")
        title_toks = tx.words(title)
        brand = sk.brand_tokens(tx.clean(product.brand or ""), title_toks)
        values = classifier.classify(product, override).values
        classified_as = values.get("product_type")
        classes = frozenset(name for name in CLASSES if values.get(name))
        sigs = tuple(sk.title_sigs(title, brand, self.types))
        own = _own_types(classified_as if isinstance(classified_as, str) else None, sigs,
                         forced=override is not None and override.product_type is not None)
        stems = frozenset(tx.stems(title_toks)) | {"".join(brand)}
        rec = SkuRecord(
            idx=len(self.records), sku=product.sku, title=title, category=category, brand=product.brand or "",
            markets=frozenset(listing.market for listing in entry.listings), stems=stems, sigs=sigs,
            types=own, classified_as=classified_as if isinstance(classified_as, str) else None, classes=classes,
            brand_tokens=brand, codes=sk.codes(title, entry), gtins=sk.gtins(title, entry),
        )
        self._describe(rec, title_toks, category)
        self.records.append(rec)
        self._post(rec)
        return rec

    def _describe(self, rec: SkuRecord, title_toks: list[str], category: str) -> None:
        """Heads, audience and hazard cues of a record."""
        infos = [self.types.info[t] for t in rec.types if t in self.types.info]
        typed = [x for x in rec.sigs if x.types]
        # the title's head decides; the classifier's type only when the title names nothing itself (its type
        # may come from a "with ..." part: "LED Lights with Remote" is no remote control)
        rec.accessory = all(x.accessory for x in typed) if typed else (
            bool(infos) and infos[0].accessory and not rec.sigs)
        heads = {x.head for x in rec.sigs} | {x.noun for x in rec.sigs}
        trail = sk.trailing_head(rec.sigs[-1]) if rec.sigs else None
        rec.heads = frozenset(heads | ({trail} if trail else set()))
        cat_stems = sk.category_stems(category)
        rec.audience = wc.audience(set(rec.stems)) or wc.audience(cat_stems)
        rec.pet = sk.is_pet(rec.title, category)
        classes = rec.classes
        rec.electrical = (bool(classes & {"eee", "battery"}) or any(i.electrical for i in infos)
                          or bool(rec.stems & sk.ELECTRIC_CUES)
                          or any(sk.UNIT_ELECTRIC_RE.match(t) for t in title_toks))
        rec.child = (rec.audience == "child" or bool(classes & {"toy", "children_12_under"})
                     or any(i.children for i in infos) or "toy" in rec.stems
                     or bool(cat_stems & (wc.CHILD_WORDS | {"toy", "game"})))
        rec.heat = rec.electrical or bool(rec.stems & sk.HEAT_CUES)
        rec.water = bool(rec.stems & sk.WATER_CUES)
        rec.magnet = "magnet" in rec.stems
        rec.garment = "apparel" in classes or any(i.garment for i in infos)

    def _post(self, rec: SkuRecord) -> None:
        i, brand = rec.idx, rec.brand_tokens
        if brand:
            keys = {" ".join(brand)}
            core = list(brand)
            while len(core) > 1 and core[-1] in CORPORATE_WORDS:
                core.pop()
            keys.add(" ".join(core))
            if len(brand) > 1:
                keys.add("".join(brand))
            for key in keys:
                self.by_brand[key].append(i)
            self.brand_max_tokens = max(self.brand_max_tokens, len(brand))
        for code in rec.codes:
            self.by_code[code].append(i)
        for gtin in rec.gtins:
            self.by_gtin[gtin].append(i)
        for type_id in rec.types:
            self.by_own_type[type_id].append(i)
            for ancestor in self.types.ancestors(type_id):
                self.by_type[ancestor].append(i)
        for head in rec.heads:
            self.by_head[head].append(i)
        for market in rec.markets:
            self.market_counts[market] += 1

    # --- queries ----------------------------------------------------------------------------------

    @staticmethod
    def sold_in(rec: SkuRecord, markets: Iterable[str]) -> bool:
        """Listed in one of ``markets`` (EU stands for its member states); no markets = anywhere."""
        want = set(markets)
        if not want or rec.markets & want:
            return True
        return "EU" in want and any(region_of(m) == "EU" for m in rec.markets)

    def count_in(self, markets: Iterable[str]) -> int:
        want = set(markets)
        return len(self.records) if not want else sum(1 for r in self.records if self.sold_in(r, want))


def _own_types(classified: str | None, sigs: tuple[TypeSig, ...], *, forced: bool) -> tuple[str, ...]:
    """The classifier's type first, then the title's head types (an officer's type stands alone)."""
    own: list[str] = [classified] if classified else []
    if not forced:
        for sig in sigs:
            own += [t for t in sig.types if t not in own]
    return tuple(own)
