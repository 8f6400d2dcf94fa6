"""What matching one item gives: the SKUs it concerns (strongest first), or the market or product type
it applies to as a whole; and the `crossguard.match/1` document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .item import Extraction

SCHEMA = "crossguard.match/1"
STRENGTHS = ("exact", "strong", "possible")
STRENGTH_RANK = {"exact": 3, "strong": 2, "possible": 1}
SCOPES = ("skus", "market", "product_type")


@dataclass
class Match:
    """One (item, SKU) pair: how sure (strength, score 0..1) and why (basis)."""

    sku: str
    strength: str
    score: float
    basis: list[str]
    title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"sku": self.sku, "strength": self.strength, "score": round(self.score, 2), "basis": self.basis}


def sort_key(m: Match) -> tuple[int, float, str]:
    return -STRENGTH_RANK[m.strength], -m.score, m.sku


@dataclass
class ItemResult:
    """The SKUs an item concerns (scope ``skus``), or the market or product type it applies to."""

    id: str
    scope: str  # "skus" (the matches, perhaps none), "market" or "product_type" (``count`` SKUs)
    matches: list[Match] = field(default_factory=list)
    count: int = 0
    about: list[str] = field(default_factory=list)
    markets: list[str] = field(default_factory=list)
    extraction: Extraction | None = None
    seconds: float = 0.0

    def at_least(self, strength: str) -> list[Match]:
        rank = STRENGTH_RANK[strength]
        return [m for m in self.matches if STRENGTH_RANK[m.strength] >= rank]

    @property
    def strongest(self) -> str | None:
        return self.matches[0].strength if self.matches else None

    def line(self) -> str:
        """One line for a scope: "applies to every US listing of product type X: 1,204 SKUs"."""
        where = "/".join(self.markets) if self.markets else "catalog"
        skus = f"{self.count:,} SKU{'s' * (self.count != 1)}"
        if self.scope == "market":
            return f"applies to every {where} listing ({', '.join(self.about)}): {skus}"
        if self.scope == "product_type":
            return f"applies to every {where} listing of product type {', '.join(self.about)}: {skus}"
        return f"{len(self.matches)} SKUs" if self.matches else "no SKU concerned"

    def to_json(self) -> dict[str, Any]:
        """Exactly the schema's fields: a market or product-type scope lists no SKUs (`line()` says how many)."""
        return {"id": self.id, "scope": self.scope, "matches": [m.to_json() for m in self.matches]}


def to_json(results: Iterable[ItemResult]) -> dict[str, Any]:
    """The ``crossguard.match/1`` document."""
    return {"schema": SCHEMA, "items": [r.to_json() for r in results]}
