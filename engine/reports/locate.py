"""Where a finding's subject is written, for reports that point at a file and line (SARIF, GitHub).

Catalog entries do not carry their position (it would change their evaluation key, and a scan
would re-evaluate every product below an inserted line), so the locator reads the files again:
YAML and JSON through the located YAML reader (JSON is YAML; a JSON file it cannot read is
located by file only), a listing at its line (``markets: [DE, FR]`` at the one line); CSV rows at
their file line (the header is line 1); JSON Lines at the product's line. Seller-level subjects
point at the data file of their kind. Only formats that show locations build a locator.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from crossguard.engine.markets import country_code
from crossguard.engine.models import text_identifier
from crossguard.engine.reports.model import Location, SubjectResult
from crossguard.engine.seller.data import INPUT_KINDS, files_for
from crossguard.engine.yaml_lines import LocatedYaml, YamlError, load_located

ListingKey = tuple[str, str, str]  # sku, marketplace, market


def _key(sku: Any, marketplace: Any, market: Any) -> ListingKey:
    code = country_code(market) if isinstance(market, str) else market
    return str(text_identifier(sku)), str(marketplace), str(code)


def _markets(listing: dict[str, Any]) -> list[Any]:
    markets = listing.get("markets")
    return list(markets) if isinstance(markets, list) and "market" not in listing else [listing.get("market")]


def _products(data: Any) -> tuple[list[Any], tuple[Any, ...]]:
    if isinstance(data, dict) and isinstance(data.get("products"), list):
        return data["products"], ("products",)
    return (data, ()) if isinstance(data, list) else ([], ())


def _document_positions(located: LocatedYaml) -> Iterator[tuple[str, ListingKey | None, int | None]]:
    products, base = _products(located.data)
    for index, raw in enumerate(products):
        if not isinstance(raw, dict) or raw.get("sku") is None:
            continue
        sku = str(text_identifier(raw["sku"]))
        yield sku, None, located.line_of((*base, index))
        listings = raw.get("listings")
        for number, listing in enumerate(listings if isinstance(listings, list) else []):
            if isinstance(listing, dict):
                line = located.line_of((*base, index, "listings", number))
                for market in _markets(listing):
                    yield sku, _key(sku, listing.get("marketplace"), market), line


def _yaml_positions(file: Path) -> Iterator[tuple[str, ListingKey | None, int | None]]:
    try:
        located = load_located(file)
    except (YamlError, OSError):
        return
    yield from _document_positions(located)


def _jsonl_positions(file: Path) -> Iterator[tuple[str, ListingKey | None, int | None]]:
    with open(file, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                raw = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                continue
            if isinstance(raw, dict) and raw.get("sku") is not None:
                sku = str(text_identifier(raw["sku"]))
                yield sku, None, number
                for listing in raw.get("listings") or []:
                    if isinstance(listing, dict):
                        for market in _markets(listing):
                            yield sku, _key(sku, listing.get("marketplace"), market), number


def _csv_positions(file: Path) -> Iterator[tuple[str, ListingKey | None, int | None]]:
    with open(file, newline="", encoding="utf-8-sig") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            sku = (row.get("sku") or "").strip()
            if not sku:
                continue
            yield sku, None, number
            for market in (row.get("listing.market") or "").split(";"):
                if market.strip():
                    yield sku, _key(sku, (row.get("listing.marketplace") or "").strip(), market.strip()), number


POSITIONS = {".yaml": _yaml_positions, ".yml": _yaml_positions, ".json": _yaml_positions,
             ".jsonl": _jsonl_positions, ".csv": _csv_positions}


class CatalogLocator:
    """Listing and product positions of catalog files; the first occurrence of a key wins."""

    def __init__(self) -> None:
        self.listings: dict[ListingKey, Location] = {}
        self.products: dict[str, Location] = {}
        self.files: list[Path] = []

    @classmethod
    def read(cls, paths: Iterable[Path]) -> CatalogLocator:
        locator = cls()
        for path in paths:
            reader = POSITIONS.get(path.suffix.lower())
            if reader is None or not path.is_file():
                continue
            locator.files.append(path)
            try:
                for sku, key, line in reader(path):
                    place = Location(path, line)
                    if key is None:
                        locator.products.setdefault(sku, place)
                    else:
                        locator.listings.setdefault(key, place)
            except (OSError, UnicodeDecodeError, csv.Error):
                continue  # the check reports the file as unreadable; a location is a nicety
        return locator

    def __call__(self, result: SubjectResult) -> Location | None:
        found = None
        if result.sku is not None and result.marketplace is not None and result.market is not None:
            found = self.listings.get((result.sku, result.marketplace, result.market))
        if found is None and result.sku is not None:
            found = self.products.get(result.sku)
        if found is None and len(self.files) == 1:
            return Location(self.files[0])  # a file whose positions could not be read: the file at least
        return found


#: Seller-level subject kinds and the data file (``INPUT_KINDS`` attribute) their subjects come from.
SELLER_KIND_INPUT = {
    "vat_entity": "entities", "vat_country": "entities", "vat_number": "entities", "import_route": "sales",
    "trademark": "trademarks", "brand_listing": "listings", "account_cluster": "accounts",
    "fx_position": "fx_positions", "account_health": "performance",
}  # fmt: skip


LISTING_KINDS = ("listing", "brand_listing")


class SellerLocator:
    """Seller-level subjects at the data file of their kind (the folder when the kind has no file);
    listing-like subjects (``brand_listing``) at their catalog line first, when a catalog is given."""

    def __init__(self, data_dir: Path, catalog: CatalogLocator | None = None) -> None:
        self.data_dir, self.catalog = data_dir, catalog
        self.files: dict[str, Path] = {}
        for kind, attribute in SELLER_KIND_INPUT.items():
            found = files_for(data_dir, INPUT_KINDS[attribute].stems) if data_dir.is_dir() else []
            if found:
                self.files[kind] = found[0]

    def __call__(self, result: SubjectResult) -> Location | None:
        in_catalog = self.catalog(result) if self.catalog and result.subject_kind in LISTING_KINDS else None
        if in_catalog is not None or result.subject_kind == "listing":
            return in_catalog
        return Location(self.files.get(result.subject_kind, self.data_dir))
