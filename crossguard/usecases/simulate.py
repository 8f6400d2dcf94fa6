"""The simulate job: a catalog (and seller data) through the new packs, compared with a baseline.

Two baselines: the old packs evaluated on the same input in the same run (`PackBaseline`), or the
register's active findings (open, acknowledged, waived: everything a scan with the new packs would
resolve if it no longer produced it) read through `register.queries` (`RegisterBaseline`). The
catalog is read once, one product at a time, and only the differences are kept
(`engine.simulate`). Nothing is written anywhere: the register is only read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from crossguard.engine.catalog import RowError, iter_catalog
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.listing_facts import listing_subject
from crossguard.engine.models import CatalogEntry
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.data import SellerData, load_seller_data
from crossguard.engine.seller.evaluate import evaluate_loaded, listings_from_catalog
from crossguard.engine.seller.models import BrandListing
from crossguard.engine.seller.rates import RateTable
from crossguard.engine.simulate import Simulation, SimulationBuilder
from crossguard.register.models import FindingRow
from crossguard.register.queries import Filters, iter_findings
from crossguard.store.db import make_engine, sqlite_file


class SimulateInputError(ValueError):
    """The baseline cannot be read (a database without a register)."""


@dataclass
class SellerInput:
    data: SellerData
    listings: list[BrandListing]
    at: date
    fx: FxConfig
    rates: RateTable | None


class PackBaseline:
    """The old packs, evaluated on the same entries and data as the new ones."""

    def __init__(self, evaluator: Evaluator):
        self.evaluator = evaluator

    def for_entry(self, entry: CatalogEntry, at: date) -> list[Any]:
        return self.evaluator.evaluate_entry(entry, at)

    def for_seller(self, seller: SellerInput) -> list[Any]:
        return evaluate_loaded(self.evaluator, seller.data, seller.at, seller.fx, seller.listings,
                               seller.rates).findings

    def unseen(self) -> list[Any]:
        return []


class RegisterBaseline:
    """The register's active findings: listing findings when a catalog is simulated, seller-level
    ones when seller data is (a scan resolves only what it looked at)."""

    def __init__(self, findings: Iterable[Any], listings: bool, seller: bool):
        self.by_subject: dict[str, list[Any]] = defaultdict(list)
        self.seller: list[Any] = []
        for finding in findings:
            if finding.subject_kind == "listing":
                if listings:
                    self.by_subject[finding.subject].append(finding)
            elif seller:
                self.seller.append(finding)

    @classmethod
    def read(cls, db_url: str, listings: bool, seller: bool) -> RegisterBaseline:
        path = sqlite_file(db_url)
        if path is not None and not path.is_file():
            raise SimulateInputError(f"{path}: no such register database")  # and do not create one
        engine = make_engine(db_url)
        try:
            with engine.connect() as conn:
                if not inspect(conn).has_table(FindingRow.__tablename__):
                    raise SimulateInputError("the database has no risk register (run crossguard scan or db upgrade)")
                return cls(iter_findings(conn, Filters()), listings, seller)
        finally:
            engine.dispose()

    def for_entry(self, entry: CatalogEntry, at: date) -> list[Any]:
        return [f for listing in entry.listings for f in self.by_subject.pop(listing_subject(listing), [])]

    def for_seller(self, seller: SellerInput) -> list[Any]:
        found, self.seller = self.seller, []
        return found

    def unseen(self) -> list[Any]:
        return [finding for findings in self.by_subject.values() for finding in findings]


Baseline = PackBaseline | RegisterBaseline


@dataclass
class SimulationRun:
    simulation: Simulation
    errors: list[RowError] = field(default_factory=list)
    entries: int = 0
    seller_subjects: int = 0


def simulate(candidate: Evaluator, baseline: Baseline, catalog: Sequence[Path], data_dir: Path | None, at: date,
             fx: FxConfig | None = None, rates: RateTable | None = None) -> SimulationRun:
    """Compare, unit by unit, what the candidate packs find with what the baseline has.

    Raises CatalogFileError / SellerDataError for inputs that cannot be read at all; bad rows are
    returned as errors and the rest is still compared."""
    builder = SimulationBuilder()
    run = SimulationRun(builder.result)
    brand_listings: list[BrandListing] = []
    for item in iter_catalog(catalog):
        if isinstance(item, RowError):
            run.errors.append(item)
            continue
        run.entries += 1
        if data_dir is not None:
            brand_listings.extend(listings_from_catalog([item]))
        builder.compare(baseline.for_entry(item, at), candidate.evaluate_entry(item, at),
                        [listing_subject(listing) for listing in item.listings])
    if data_dir is not None:
        seller = SellerInput(load_seller_data(data_dir), brand_listings, at, fx or FxConfig(), rates)
        found = evaluate_loaded(candidate, seller.data, at, seller.fx, brand_listings, rates)
        run.errors.extend(found.errors)
        run.seller_subjects = sum(found.checked.values())
        builder.compare(baseline.for_seller(seller), found.findings)
    run.simulation = builder.finish(baseline.unseen())
    return run
