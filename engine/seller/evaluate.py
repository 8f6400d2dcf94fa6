"""One entry point for seller-level checks: load a data folder, derive facts, evaluate them.

`evaluate_seller_data(evaluator, data_dir, at, config)` is what `crossguard seller-check` and the
register's `crossguard scan --data DIR` call. The evaluator must have the seller packs loaded
(rules/vat.yaml, trademarks.yaml, accounts.yaml, fx.yaml, account-health.yaml; `Evaluator.from_paths()` loads rules/).
Each area module derives its facts; findings come from the real engine, so they carry the rule,
pack version, evidence and basis like certification findings do. Bad input rows never stop the
rest: they come back as `errors`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from crossguard.engine.catalog import RowError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.findings import Finding
from crossguard.engine.models import CatalogEntry
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.customs import customs_facts
from crossguard.engine.seller.data import SellerData, load_seller_data
from crossguard.engine.seller.facts import SellerFact
from crossguard.engine.seller.fx import fx_facts
from crossguard.engine.seller.health import health_facts
from crossguard.engine.seller.linkage import linkage_facts
from crossguard.engine.seller.models import BrandListing
from crossguard.engine.seller.pricing import price_sales
from crossguard.engine.seller.rates import RateTable
from crossguard.engine.seller.subjects import SELLER_KINDS
from crossguard.engine.seller.trademarks import trademark_facts
from crossguard.engine.seller.vat import vat_facts


@dataclass
class SellerDataResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)  # facts evaluated per subject kind
    accounts: int = 0
    uncovered_kinds: list[str] = field(default_factory=list)  # kinds no loaded pack has rules for

    @property
    def passed(self) -> dict[str, int]:
        """Subjects per kind that produced no finding."""
        flagged = Counter(kind for kind, _ in {(f.subject_kind, f.subject) for f in self.findings})
        return {kind: count - flagged.get(kind, 0) for kind, count in self.checked.items()}


def listings_from_catalog(entries: Iterable[CatalogEntry]) -> list[BrandListing]:
    """Catalog listings as brand listings, so `scan` can check the catalog's brands and titles too."""
    return [
        BrandListing(sku=entry.product.sku, title=entry.product.title, brand=entry.product.brand,
                     marketplace=listing.marketplace, market=listing.market)
        for entry in entries for listing in entry.listings
    ]


def rate_table(data: SellerData, extra: RateTable | None = None) -> RateTable:
    """The data folder's rates file, then `extra` (stored ECB rates, a caller's own rates)."""
    return data.rates.merged(extra) if extra else data.rates


def seller_facts(data: SellerData, at: date, config: FxConfig, rates: RateTable,
                 listings: Iterable[BrandListing] = ()) -> tuple[list[SellerFact], list[RowError]]:
    errors: list[RowError] = []
    priced, problems = price_sales(data.sales, rates)
    errors.extend(problems)
    facts, problems = vat_facts(data, priced, rates, at)
    errors.extend(problems)
    facts.extend(customs_facts(data, priced, at))
    facts.extend(trademark_facts(data.trademarks, data.watchlist, [*data.listings, *listings], at))
    facts.extend(linkage_facts(data.accounts, at))
    more, problems = fx_facts(data.fx_positions, priced, rates, config, at)
    facts.extend(more)
    errors.extend(problems)
    facts.extend(health_facts(data.performance, at))
    return facts, errors


def evaluate_loaded(evaluator: Evaluator, data: SellerData, at: date, config: FxConfig | None = None,
                    listings: Iterable[BrandListing] = (), rates: RateTable | None = None) -> SellerDataResult:
    table = rate_table(data, rates)
    facts, errors = seller_facts(data, at, config or FxConfig(), table, listings)
    result = SellerDataResult(errors=[*data.errors, *errors], accounts=len(data.accounts))
    covered = {ruleset.subject for ruleset in evaluator.rulesets}
    result.uncovered_kinds = sorted(kind.name for kind in SELLER_KINDS if kind.name not in covered)
    checked: Counter[str] = Counter()
    for item in facts:
        checked[item.kind] += 1
        found = evaluator.findings_for(item.kind, item.fact, item.subject, item.basis, **item.context)
        result.findings.extend(item.with_related(found))
    result.checked = dict(checked)
    return result


def evaluate_seller_data(evaluator: Evaluator, data_dir: Path, at: date, config: FxConfig | None = None,
                         listings: Iterable[BrandListing] = (), rates: RateTable | None = None) -> SellerDataResult:
    """Findings and input errors for a seller data folder as of `at`.

    config: the `fx:` section of the configuration; None uses the defaults. listings: extra listings
    to check brands/titles of (e.g. `listings_from_catalog`). rates: rates beyond the data folder's
    file, e.g. the ECB watcher's stored ones (`crossguard.usecases.rates.stored_rates`).
    Raises SellerDataError when `data_dir` is not a folder.
    """
    return evaluate_loaded(evaluator, load_seller_data(data_dir), at, config, listings, rates)
