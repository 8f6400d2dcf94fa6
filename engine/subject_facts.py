"""Facts of every subject kind in one shape, for the tools that look at facts rather than findings.

`crossguard explain` and pack tests need the fact a rule saw (to show or test each condition leaf),
whatever its kind: a listing from a catalog entry, or a VAT country, trademark, account cluster...
from seller data. Both are built by the same code `check`, `seller-check` and `scan` use
(`listing_facts.entry_facts`, `seller.evaluate.seller_facts`), so what they show is what was judged.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crossguard.engine.catalog import RowError, iter_catalog
from crossguard.engine.classify import Classifier
from crossguard.engine.evaluator import listing_basis
from crossguard.engine.listing_facts import entry_facts, listing_subject
from crossguard.engine.models import CatalogEntry
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.data import SellerData, load_seller_data
from crossguard.engine.seller.evaluate import listings_from_catalog, rate_table, seller_facts
from crossguard.engine.seller.models import BrandListing
from crossguard.engine.seller.rates import RateTable


@dataclass(frozen=True)
class SubjectFact:
    """One fact as the evaluator receives it: its kind, subject key, values and how derived values were derived."""

    kind: str
    subject: str
    fact: dict[str, Any]
    basis: dict[str, str] = field(default_factory=dict)
    #: sku / market / marketplace of the findings it produces
    context: dict[str, str] = field(default_factory=dict)


def listing_subject_facts(entry: CatalogEntry, classifier: Classifier, at: date) -> list[SubjectFact]:
    """The listing facts of one catalog entry as of ``at``."""
    product_facts, facts = entry_facts(entry, classifier, at)
    basis = listing_basis(product_facts.classification.basis, facts[0] if facts else {})
    return [
        SubjectFact("listing", listing_subject(listing), fact, basis,
                    {"sku": listing.sku, "market": listing.market, "marketplace": listing.marketplace})
        for listing, fact in zip(entry.listings, facts, strict=True)
    ]


def seller_subject_facts(data: SellerData, at: date, fx: FxConfig | None = None, rates: RateTable | None = None,
                         listings: Iterable[BrandListing] = ()) -> tuple[list[SubjectFact], list[RowError]]:
    """The seller-level facts of a data folder as of ``at``, and the rows that could not be used."""
    facts, errors = seller_facts(data, at, fx or FxConfig(), rate_table(data, rates), listings)
    return [SubjectFact(f.kind, f.subject, f.fact, f.basis, f.context) for f in facts], errors


@dataclass
class SubjectSearch:
    """The facts found for one subject key, the input rows that could not be read, and the subjects
    of the same SKU (or of the data folder) when the key was not found, to say what was meant."""

    facts: list[SubjectFact] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    nearby: list[str] = field(default_factory=list)


def find_subject(subject: str, at: date, classifier: Classifier, catalog: Sequence[Path] = (),
                 data_dir: Path | None = None, fx: FxConfig | None = None, rates: RateTable | None = None
                 ) -> SubjectSearch:
    """Every fact whose subject key is ``subject``: listings of the catalog (`SKU@marketplace:MARKET`)
    and seller-level subjects of the data folder (the catalog's listings count as brand listings, as in
    `crossguard scan`). Raises CatalogFileError / SellerDataError for unreadable inputs."""
    search = SubjectSearch()
    sku = subject.split("@", 1)[0]
    brand_listings: list[BrandListing] = []
    for item in iter_catalog(catalog):
        if isinstance(item, RowError):
            search.errors.append(item)
            continue
        if data_dir is not None:
            brand_listings.extend(listings_from_catalog([item]))
        if item.product.sku == sku:
            search.facts.extend(listing_subject_facts(item, classifier, at))
    if data_dir is not None:
        data = load_seller_data(data_dir)
        facts, errors = seller_subject_facts(data, at, fx, rates, brand_listings)
        search.errors.extend([*data.errors, *errors])
        search.facts.extend(facts)
    keys = list(dict.fromkeys(fact.subject for fact in search.facts))
    search.facts = [fact for fact in search.facts if fact.subject == subject]
    if not search.facts:
        search.nearby = difflib.get_close_matches(subject, keys, n=5, cutoff=0.5)
    return search
