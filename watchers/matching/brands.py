"""Which SKUs' brands an item names, and where it names them.

A brand counts where a notice names a maker: the recalling company, "Manufactured/Imported/Distributed
by", "-branded", "Brand name:", the leading words of a product phrase or record, the seller; never a
retailer ("Sold exclusively on Amazon.com"). An ordinary-word brand ("White", "Bicycle", "United")
counts only in those places and never as one word at the start of a product phrase ("White Wood
Stools"); a distinctive brand ("Zwoqq") also counts anywhere in the text. Candidates come from the
item's n-grams looked up in the index, so the cost is per item, not per SKU. A brand alone never makes
a match: `match` also asks for the product type.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import text as tx
from .index import CatalogIndex
from .item import CORPORATE_WORDS, RETAILER, Company, Extraction

NAMED_ROLES = frozenset({"recaller", "manufacturer", "importer", "distributor", "branded", "brand_name"})
_ROLE_TEXT = {
    "recaller": "recalling company", "manufacturer": "manufacturer", "importer": "importer",
    "distributor": "distributor", "branded": "brand on the product", "brand_name": "brand name",
    "leading": "brand of the record", "product_lead": "name in the product", "seller": "seller",
    "product name": "name in the product", "text": "named in the text",
}
_RANK = ("seller", "product_lead", "leading", "brand_name", "distributor", "importer", "branded", "manufacturer",
         "recaller")


@dataclass
class BrandHit:
    place: str  # a company role, "product name" or "text"
    brand: str

    @property
    def bonus(self) -> float:
        if self.place in NAMED_ROLES:
            return 0.1
        if self.place in ("product_lead", "leading", "product name"):
            return 0.08
        return 0.06 if self.place == "seller" else 0.04

    def describe(self) -> str:
        return f"brand {self.brand} ({_ROLE_TEXT.get(self.place, self.place)})"


def _rank(role: str) -> int:
    return _RANK.index(role) if role in _RANK else -1


def brand_hits(index: CatalogIndex, ex: Extraction) -> dict[int, BrandHit]:
    """SKUs (by record index) whose brand the item names in a place that counts for that brand."""
    toks = ex.tokens
    keys: set[str] = set()
    for n in range(1, min(index.brand_max_tokens, 6) + 1):
        keys.update(" ".join(toks[j:j + n]) for j in range(len(toks) - n + 1))
    for n in (2, 3):
        keys.update("".join(toks[j:j + n]) for j in range(len(toks) - n + 1))
    for c in ex.companies:
        keys.add(" ".join(c.tokens))
        keys.add("".join(c.tokens))
    leads = [p.lead for p in ex.phrases if p.lead]
    out: dict[int, BrandHit] = {}
    for key in keys:
        skus = index.by_brand.get(key)
        if not skus:
            continue
        place = brand_place(key, ex.companies, leads)
        if place is None:
            continue
        for i in skus:
            hit = BrandHit(place, index.records[i].brand or key)
            if i not in out or hit.bonus > out[i].bonus:
                out[i] = hit
    return out


def _company_role(key_toks: tuple[str, ...], squashed: str, ordinary: bool, companies: list[Company]) -> str | None:
    """The strongest role of a company the key names (equal, or a prefix of it)."""
    best: str | None = None
    for c in companies:
        if c.role == RETAILER:
            continue
        same = (c.tokens == key_toks or c.core == key_toks or "".join(c.tokens) == squashed
                or "".join(c.core) == squashed)
        prefix = len(c.tokens) > len(key_toks) and c.tokens[:len(key_toks)] == key_toks and not same
        if prefix:
            lead_role = c.role in ("product_lead", "leading") and not (ordinary and len(key_toks) == 1)
            prefix = lead_role or not ordinary or set(c.tokens[len(key_toks):]) <= CORPORATE_WORDS
        if same and ordinary and len(key_toks) == 1 and c.role in ("product_lead", "leading"):
            same = False
        if (same or prefix) and (best is None or _rank(c.role) > _rank(best)):
            best = c.role
    return best


def brand_place(key: str, companies: list[Company], leads: list[tuple[str, ...]]) -> str | None:
    """Where the item names brand ``key`` (folded words), or None when it does not count."""
    key_toks = tuple(key.split())
    squashed = key.replace(" ", "")
    ordinary = tx.is_ordinary(key)
    role = _company_role(key_toks, squashed, ordinary, companies)
    if role is not None:
        return role
    for lead in leads:
        # one ordinary word at the start of a product phrase is usually a description ("White Wood Stools");
        # a name of several words ("Dog & Bone") is not there by accident
        if len(lead) >= len(key_toks) and lead[:len(key_toks)] == key_toks and not (ordinary and len(key_toks) == 1):
            return "product name"
        if "".join(lead).startswith(squashed) and len(squashed) >= 4 and not ordinary:
            return "product name"
    return "text" if not ordinary and len(squashed) >= 3 else None
