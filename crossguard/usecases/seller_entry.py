"""Seller-level data (VAT, trademarks, accounts, FX) as one entry of a register scan.

The scan's unit is a catalog entry: it diffs each entry's findings against the register,
resolves what is gone and can skip entries that have not changed. Seller data has no SKU, so the
data folder becomes one pseudo-entry whose key is `seller-data:<folder name>` and whose content
is a digest of everything its findings depend on (the data files, the catalog files whose brands
and titles the trademark rules read, the FX config and the stored exchange rates). Its findings
then get the same lifecycle as listing findings: new, resolved when gone, reopened when back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from crossguard.engine.evaluator import Evaluator
from crossguard.engine.findings import Finding
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.data import SellerDataError
from crossguard.engine.seller.evaluate import evaluate_seller_data
from crossguard.register.errors import ScanInputError
from crossguard.usecases.rates import stored_rates
from crossguard.watchers.rates import latest_rates

MAX_ERRORS_SHOWN = 50


def refusal(what: str, errors: Sequence[Any], note: str) -> ScanInputError:
    """The error that refuses a scan of input with bad rows: a count and the first rows, named."""
    shown = [str(error) for error in errors[:MAX_ERRORS_SHOWN]]
    more = len(errors) - len(shown)
    if more:
        shown.append(f"... and {more} more")
    return ScanInputError(f"{what} has {len(errors)} bad row(s); fix them and scan again ({note})", shown)


@dataclass
class SellerDataEntry:
    """Quacks like a CatalogEntry for `register.scan.run_scan` (product.sku, listings, model_dump_json)."""

    data_dir: Path
    digest: str
    findings: list[Finding] = field(default_factory=list)
    listings: tuple[Any, ...] = ()

    @property
    def product(self) -> SimpleNamespace:
        return SimpleNamespace(sku=f"seller-data:{self.data_dir.resolve().name}")

    def model_dump_json(self) -> str:
        return json.dumps({"seller_data": str(self.data_dir.resolve()), "digest": self.digest})


def _digest(paths: Sequence[Path], fx: FxConfig, rates: dict[str, Any]) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        digest.update(str(path).encode())
        digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    digest.update(fx.model_dump_json().encode())
    digest.update(json.dumps({k: str(v) for k, v in sorted(rates.items())}).encode())
    return digest.hexdigest()


def seller_entry(evaluator: Evaluator, data_dir: Path, brand_listings: Sequence[Any], catalog_files: Sequence[Path],
                 at: date, fx: FxConfig, db_url: str | None) -> SellerDataEntry:
    """Evaluate the seller data now; refuse (ScanInputError) on bad rows, as for the catalog.

    ``brand_listings``: the catalog's listings as brand listings
    (``engine.seller.evaluate.listings_from_catalog``), whose brands and titles the trademark rules
    check; the scan collects them while it checks the catalog, without keeping the entries.
    """
    rates = stored_rates(db_url) if db_url else None
    try:
        result = evaluate_seller_data(evaluator, data_dir, at, fx, brand_listings, rates=rates)
    except SellerDataError as exc:
        raise ScanInputError(f"cannot read the seller data: {exc}") from exc
    if result.errors:
        raise refusal("the seller data", result.errors, "nothing was written")
    files = sorted(p for p in data_dir.rglob("*") if p.is_file()) + list(catalog_files)
    stored: dict[str, Any] = {}
    if db_url:
        try:
            stored = latest_rates(db_url, on=at)
        except SQLAlchemyError:  # no watcher tables yet: the digest simply has no rates
            stored = {}
    return SellerDataEntry(data_dir, _digest(files, fx, stored), result.findings)
