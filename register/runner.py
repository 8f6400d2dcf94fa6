"""Glue from the engine to the register: load the catalog, build the evaluator, run the scan.

The CLI and the benchmark both call :func:`scan_catalog`. The catalog is loaded and checked
completely before the register is touched: a scan of a catalog with bad rows would resolve the
findings of the products it could not read, so such a scan is refused and nothing is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from register.errors import ScanInputError
from register.scan import ScanResult, run_scan
from register.seller_entry import SellerDataEntry, seller_entry

MAX_ERRORS_SHOWN = 50


def evaluator_salt(evaluator: Any) -> str:
    """A hash of what decides findings besides the entry: pack files, taxonomy and engine code.

    An entry's previous result is reused only while this is unchanged, so editing a pack without
    bumping its version, or upgrading crossguard, still re-evaluates everything.
    """
    import engine
    from engine.classify import DEFAULT_TAXONOMY

    digest = hashlib.blake2b(digest_size=16)
    files = sorted({Path(pack.file) for pack in getattr(evaluator, "packs", [])})
    files += [Path(DEFAULT_TAXONOMY)]
    files += sorted(Path(engine.__file__).parent.rglob("*.py"))
    for path in files:
        digest.update(str(path.name).encode())  # names and contents, in a fixed order
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()


def load_entries(paths: Sequence[Path]) -> list[Any]:
    """Catalog entries from files, or :class:`ScanInputError` listing every bad row."""
    from engine.catalog import CatalogFileError, load_catalog

    try:
        loaded = load_catalog(list(paths))
    except CatalogFileError as exc:
        raise ScanInputError(f"cannot read the catalog: {exc}") from exc
    if loaded.errors:
        shown = [str(error) for error in loaded.errors[:MAX_ERRORS_SHOWN]]
        more = len(loaded.errors) - len(shown)
        if more:
            shown.append(f"... and {more} more")
        raise ScanInputError(
            f"the catalog has {len(loaded.errors)} bad row(s); fix them and scan again "
            "(nothing was written: a partial scan would mark the unread products' findings resolved)",
            shown,
        )
    return loaded.entries


def make_evaluator(rules: Sequence[Path] | None = None) -> Any:
    from engine.evaluator import Evaluator
    from engine.packs import PackLoadError

    try:
        return Evaluator.from_paths(list(rules) if rules else None)
    except PackLoadError as exc:
        raise ScanInputError(f"cannot load the rule packs:\n{exc}") from exc


def scan_catalog(
    engine: Engine,
    catalog: Sequence[Path],
    *,
    rules: Sequence[Path] | None = None,
    at: date | None = None,
    reuse: bool = True,
    wait_s: float = 0.0,
    on_loaded: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
    data_dir: Path | None = None,
    db_url: str | None = None,
) -> ScanResult:
    """Scan every entry of ``catalog`` with every pack and record the outcome in the register.

    ``data_dir`` adds the seller-level data (VAT, trademarks, accounts, FX) as one more entry;
    ``db_url`` lets its FX rules use the exchange rates the ECB watcher stored there.
    ``on_loaded`` gets the number of entries once the catalog is read (to size a progress bar).
    """
    at = at or date.today()
    evaluator = make_evaluator(rules)
    entries: list[Any] = load_entries(catalog)
    if data_dir is not None:
        entries.append(seller_entry(evaluator, data_dir, entries, catalog, at, db_url))
    if on_loaded:
        on_loaded(len(entries))

    def evaluate(entry: Any) -> list[Any]:
        if isinstance(entry, SellerDataEntry):
            return entry.findings
        return evaluator.evaluate_entry(entry, at)

    return run_scan(
        engine,
        entries,
        lambda batch: [evaluate(entry) for entry in batch],
        pack_versions=evaluator.pack_versions,
        scan_date=at,
        catalog=[str(path) for path in catalog],
        salt=evaluator_salt(evaluator),
        reuse=reuse,
        wait_s=wait_s,
        progress=progress,
    )
