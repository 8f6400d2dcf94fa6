"""A seller data folder: which file holds which input kind, loading them all, and cross-checks.

Files are found by name, in any supported format: `entities.*`, `sales.*`, `stock.*`,
`trademarks.*`, `watchlist.*`, `listings.*`, `accounts.*`, `fx_positions.*` (or `fx.*`),
`performance.*` and `rates.*` (also an ECB `rates.xml`); `.yaml`, `.yml`, `.json` or `.csv`. A
missing file means no data of that kind. Rows that name an entity missing from the entities file
are errors (their numbers would otherwise be summed under nobody), and so are performance rows of
an account the accounts file does not have on that platform, or a second row for the same account,
store and date; each is reported like any bad row and the rest still loads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crossguard.engine.catalog import RowError
from crossguard.engine.seller.health_models import PerformanceRecord
from crossguard.engine.seller.loaders import FORMATS, load_records
from crossguard.engine.seller.models import (
    BrandListing,
    FxPosition,
    Sale,
    SellerAccount,
    SellerEntity,
    SellerRecord,
    StockLocation,
    Trademark,
    WatchMark,
)
from crossguard.engine.seller.rates import RateTable, load_rate_files


@dataclass(frozen=True)
class InputKind:
    model: type[SellerRecord]
    stems: tuple[str, ...]


#: attribute of SellerData -> the model its rows validate against and the file names it is read from
INPUT_KINDS: dict[str, InputKind] = {
    "entities": InputKind(SellerEntity, ("entities",)),
    "sales": InputKind(Sale, ("sales",)),
    "stock": InputKind(StockLocation, ("stock",)),
    "trademarks": InputKind(Trademark, ("trademarks",)),
    "watchlist": InputKind(WatchMark, ("watchlist",)),
    "listings": InputKind(BrandListing, ("listings",)),
    "accounts": InputKind(SellerAccount, ("accounts",)),
    "fx_positions": InputKind(FxPosition, ("fx_positions", "fx")),
    "performance": InputKind(PerformanceRecord, ("performance",)),
}
RATE_STEMS = ("rates",)


class SellerDataError(ValueError):
    """The data folder as a whole is unusable (missing, not a folder)."""


@dataclass
class SellerData:
    entities: list[SellerEntity] = field(default_factory=list)
    sales: list[Sale] = field(default_factory=list)
    stock: list[StockLocation] = field(default_factory=list)
    trademarks: list[Trademark] = field(default_factory=list)
    watchlist: list[WatchMark] = field(default_factory=list)
    listings: list[BrandListing] = field(default_factory=list)
    accounts: list[SellerAccount] = field(default_factory=list)
    fx_positions: list[FxPosition] = field(default_factory=list)
    performance: list[PerformanceRecord] = field(default_factory=list)
    rates: RateTable = field(default_factory=RateTable)
    errors: list[RowError] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def files_for(data_dir: Path, stems: tuple[str, ...], formats: tuple[str, ...] = FORMATS) -> list[Path]:
    return [data_dir / f"{stem}{ext}" for stem in stems for ext in formats if (data_dir / f"{stem}{ext}").is_file()]


def _row_error(record: SellerRecord, field_name: str, reason: str) -> RowError:
    origin = record.origin
    if origin is None:
        return RowError(Path("(input)"), 0, field_name, reason)
    return RowError(origin.file, origin.row, field_name, reason, origin.line)


def check_entity_references(data: SellerData) -> None:
    """Drop sales, stock and FX rows that name an unknown entity, with a row error for each."""
    known = {entity.name for entity in data.entities}
    seen: set[str] = set()
    for entity in data.entities:
        if entity.name in seen:
            data.errors.append(_row_error(entity, "name", f"entity {entity.name!r} is defined twice"))
        seen.add(entity.name)
    for attribute in ("sales", "stock", "fx_positions"):
        kept: list[Any] = []
        for record in getattr(data, attribute):
            name = getattr(record, "entity", None)
            if name is not None and name not in known:
                data.errors.append(_row_error(record, "entity", f"unknown entity {name!r} (not in entities)"))
            else:
                kept.append(record)
        setattr(data, attribute, kept)


def check_account_references(data: SellerData) -> None:
    """Drop performance rows of an unknown account and repeated (account, store, date) rows, with a row error."""
    platforms = {(account.account_id, account.platform) for account in data.accounts}
    seen: set[tuple[Any, ...]] = set()
    kept: list[PerformanceRecord] = []
    for record in data.performance:
        key = (*record.store, record.date)
        if (record.account, record.marketplace) not in platforms:
            data.errors.append(_row_error(record, "account", f"unknown {record.marketplace} account "
                                          f"{record.account!r} (not in accounts)"))
        elif key in seen:
            data.errors.append(_row_error(record, "date", f"a second row for {record.account} on "
                                          f"{record.marketplace}:{record.market} on {record.date.isoformat()}"))
        else:
            seen.add(key)
            kept.append(record)
    data.performance = kept


def cross_check(data: SellerData) -> None:
    """Every check across input kinds, for a data folder or data given another way (a pack test's case)."""
    check_entity_references(data)
    check_account_references(data)


def load_seller_data(data_dir: Path) -> SellerData:
    if not data_dir.is_dir():
        raise SellerDataError(f"{data_dir}: not a folder")
    data = SellerData()
    for attribute, kind in INPUT_KINDS.items():
        for file in files_for(data_dir, kind.stems):
            data.files.append(file)
            loaded = load_records(file, kind.model, attribute)
            getattr(data, attribute).extend(loaded.items)
            data.errors.extend(loaded.errors)
    rate_files = files_for(data_dir, RATE_STEMS, (*FORMATS, ".xml"))
    data.files.extend(rate_files)
    data.rates, rate_errors = load_rate_files(rate_files)
    data.errors.extend(rate_errors)
    cross_check(data)
    return data
