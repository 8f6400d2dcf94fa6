"""Which catalog SKUs a recall or policy feed item concerns, how sure, and why.

One engine for the watch cycle and for ``crossguard feeds match``::

    index = CatalogIndex.build(entries, overrides=...)   # once per cycle: types, brands, codes per SKU
    matcher = Matcher(index, policy=PolicyScopes(index, topics))
    result = matcher.match(item)                         # ItemResult: scope, matches (strength, score, basis)

Layout: `text`/`wordclasses` (tokens, stems, word classes), `types` (the classifier's vocabulary read
head-noun first), `codes`/`facts`/`notice`/`extract` (what an item says), `sku`/`index` (what each SKU
is), `brands`/`match`/`policy` (deciding), `result` (the answer and `crossguard.match/1`).
docs/feed-matching.md has the design and the measured figures.
"""

from .index import CatalogIndex, SkuRecord
from .item import Extraction, FeedItem
from .match import Matcher
from .policy import PolicyScopes
from .result import SCHEMA, STRENGTH_RANK, STRENGTHS, ItemResult, Match, to_json
from .types import TypeSig, VocabularyTypes, analyse

__all__ = [
    "SCHEMA",
    "STRENGTHS",
    "STRENGTH_RANK",
    "CatalogIndex",
    "Extraction",
    "FeedItem",
    "ItemResult",
    "Match",
    "Matcher",
    "PolicyScopes",
    "SkuRecord",
    "TypeSig",
    "VocabularyTypes",
    "analyse",
    "to_json",
]
