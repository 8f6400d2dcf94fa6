"""Building catalog entries for rule-pack tests, and reading which rules fired on them.

A listing from `make_listing` is complete for its market (manufacturer details in the market's
region, identifier, picture, safety information in the market's languages, every EPR registration
of that market), so a test that removes one thing sees exactly the rule about that thing fire.
Products are real `CatalogEntry` models validated by pydantic, evaluated by the real Evaluator.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from crossguard.engine.evaluator import Evaluator
from crossguard.engine.markets import MARKET_LANGUAGES
from crossguard.engine.models import CatalogEntry
from crossguard.engine.packs import load_packs

RULES = Path(__file__).resolve().parent.parent / "rules"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: The demo date of `make demo`: after every dated requirement up to the 2026 battery labels.
AT = date(2026, 11, 25)

#: EPR scheme suffixes a complete listing is registered for in its own market.
EPR_KINDS = ("packaging", "weee", "eee", "batteries", "batteries_ofh", "textiles", "toys")

_skus = itertools.count(1)

#: Manufacturer used by default: established in the listing's region, so no operator is needed.
MANUFACTURER_BY_REGION = {
    "EU": ("Testwerk GmbH", "Teststrasse 1, 10115 Berlin", "DE"),
    "GB": ("Testworks Ltd", "1 Test Lane, Leeds LS1 1AA", "GB"),
    "US": ("Testworks Inc.", "1 Test Ave, Austin TX 78701", "US"),
}


def evaluator_for(*pack_files: str) -> Evaluator:
    """An Evaluator over the named packs in rules/ (each construction registers rulesets: one per module)."""
    return Evaluator(load_packs([RULES / name for name in pack_files]))


def cert(scheme: str, *directives: str, issued: str | None = "2010-01-01", expires: str | None = None,
         **extra: Any) -> dict[str, Any]:
    """A certificate mapping: cert("CE", "RED", "ROHS"), cert("CPC", efiled=True)."""
    return {"scheme": scheme, "directives": list(directives), "issued": issued, "expires": expires, **extra}


def make_listing(market: str, marketplace: str = "amazon", **overrides: Any) -> dict[str, Any]:
    """A listing complete for its market; keyword overrides replace fields (None removes them)."""
    code = market.upper()
    region = "EU" if code not in ("GB", "US") else code
    name, address, country = MANUFACTURER_BY_REGION[region]
    listing: dict[str, Any] = {
        "marketplace": marketplace,
        "market": code,
        "manufacturer_name": name,
        "manufacturer_address": address,
        "manufacturer_country": country,
        "manufacturer_email": "compliance@testwerk.example",
        "product_identifier": "TW-1000 / batch 26-11",
        "has_image": True,
        "safety_info_languages": list(MARKET_LANGUAGES.get(code, ("en",))),
        "epr": {f"{code.lower()}_{kind}": f"{code}-{kind.upper()}-0001" for kind in EPR_KINDS},
    }
    listing.update(overrides)
    return {key: value for key, value in listing.items() if value is not None}


def make_entry(title: str = "Test product", markets: Iterable[str] = ("DE",),
               listings: list[dict[str, Any]] | None = None, **product: Any) -> CatalogEntry:
    """A product with one complete listing per market (or the given listings)."""
    sku = product.pop("sku", f"T-{next(_skus):04d}")
    rows = listings if listings is not None else [make_listing(market) for market in markets]
    return CatalogEntry.model_validate(
        {"product": {"sku": sku, "title": title, **product}, "listings": [{"sku": sku, **row} for row in rows]}
    )


def fired(evaluator: Evaluator, entry: CatalogEntry, at: date = AT) -> dict[str, list[str]]:
    """Rule ids that fired, per listing market (a list, so a duplicate finding would show)."""
    result: dict[str, list[str]] = {}
    for decision in evaluator.check_entry(entry, at):
        result[decision.market] = [finding.rule_id for finding in decision.findings]
    return result


def rule_ids(evaluator: Evaluator, entry: CatalogEntry, at: date = AT) -> set[str]:
    """Rule ids that fired on the entry's only listing."""
    by_market = fired(evaluator, entry, at)
    assert len(by_market) == 1, f"expected one listing, got {sorted(by_market)}"
    (ids,) = by_market.values()
    assert len(ids) == len(set(ids)), f"duplicate findings: {ids}"
    return set(ids)


def decision(evaluator: Evaluator, entry: CatalogEntry, at: date = AT) -> str:
    """allow/block of the entry's only listing."""
    (only,) = evaluator.check_entry(entry, at)
    return only.decision
