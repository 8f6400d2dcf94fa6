"""Loading catalogs from YAML, JSON, JSON Lines and CSV into `CatalogEntry` models.

A bad row must not cost the good ones: each row is validated on its own, and a problem is
reported with file, row, field and reason while the rest of the file still loads.

`iter_catalog` yields entries and row errors one at a time, so a caller that does not keep them
(`crossguard scan` reads a catalog twice: once to check it, once to scan it) holds one product's
models at a time, whatever the catalog's size; `load_catalog` collects the same items in lists.

YAML/JSON: a list of products (or `{products: [...]}`), each with product fields and a `listings`
list. A listing may give `markets: [DE, FR]` to stand for one listing per market. Their parsers
read the whole document; its raw rows are released as their entries are produced.
JSON Lines (`.jsonl`): one product mapping (same fields as in JSON) per line, blank lines ignored;
the file is read line by line, so its size does not matter, and a line that is not valid JSON is a
row error (row = line number), not a file error.
CSV: one row per listing; product columns are read from a SKU's first row, and later rows of the
same SKU add listings. Listing columns are prefixed `listing.` (`listing.market`,
`listing.economic_operator.name`, `listing.epr.de_weee`); nested product columns use dots
(`battery.capacity_wh`); lists are `;`-separated; `listing.market` may hold several markets.
Certificates in one CSV cell: `SCHEME[:DIR+DIR][@ISSUED[..EXPIRES]][#REF]`, several joined by `|`,
e.g. `CE:LVD+EMC+ROHS@2024-01-10..2029-01-10#DOC-17|FCC_SDOC@2023-05-01`.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from crossguard.engine.models import CatalogEntry, Listing, Product
from crossguard.engine.yaml_lines import LocatedYaml, YamlError, load_located

CERT_CELL = re.compile(
    r"^(?P<scheme>[A-Za-z_]+)(?::(?P<dirs>[A-Za-z0-9+]+))?"
    r"(?:@(?P<issued>\d{4}-\d{2}-\d{2})?(?:\.\.(?P<expires>\d{4}-\d{2}-\d{2}))?)?(?:#(?P<ref>.+))?$"
)


@dataclass(frozen=True)
class RowError:
    file: Path
    row: int
    field: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        return f"{where}: row {self.row}: {self.field or '(row)'}: {self.reason}"


@dataclass
class CatalogLoad:
    entries: list[CatalogEntry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[CatalogWarning] = field(default_factory=list)


class CatalogFileError(ValueError):
    """The file as a whole cannot be read (missing, unknown format, not a list)."""


def _loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


def _expand_markets(raw: dict[str, Any]) -> dict[str, Any]:
    listings = raw.get("listings")
    if not isinstance(listings, list):
        return raw
    expanded: list[Any] = []
    for listing in listings:
        if isinstance(listing, dict) and isinstance(listing.get("markets"), list) and "market" not in listing:
            rest = {k: v for k, v in listing.items() if k != "markets"}
            expanded.extend({**rest, "market": market} for market in listing["markets"])
        else:
            expanded.append(listing)
    return {**raw, "listings": expanded}


Problem = dict[str, Any]  # pydantic-style: {"loc": (...), "msg": "..."}

#: How alike an unknown field must be to a known one to count as a typo of it (difflib ratio).
TYPO_CUTOFF = 0.8


@dataclass(frozen=True)
class CatalogWarning:
    """Something ignored on purpose, said once per file: columns crossguard does not read."""

    file: Path
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.message}"


def _unknown_fields(raw: dict[str, Any], model: type[BaseModel], extra: frozenset[str], prefix: tuple[Any, ...],
                    ignored: set[str]) -> tuple[dict[str, Any], list[Problem]]:
    """Drop fields the model does not know; a near miss of a known field is a problem, not ignored.

    Marketplace exports carry price, stock, ratings...: they are ignored (and named once per file);
    `categroy` is almost certainly `category`, and ignoring it would silently lose the category.
    """
    known = set(model.model_fields) | extra
    kept: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in raw.items():
        if key in known:
            kept[key] = value
            continue
        near = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=TYPO_CUTOFF)
        if near:
            problems.append({"loc": (*prefix, key), "msg": f"unknown field; did you mean {near[0]!r}?"})
        else:
            ignored.add(f"listing.{key}" if prefix and prefix[0] == "listings" else str(key))
    return kept, problems


def _did_you_mean(error: ValidationError, model: type[BaseModel]) -> list[Problem]:
    """pydantic's "Extra inputs are not permitted" inside nested models, with the field it resembles."""
    problems = []
    for item in error.errors():
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            owner: Any = model
            for part in item["loc"][:-1]:
                annotation = owner.model_fields[part].annotation if isinstance(part, str) and hasattr(
                    owner, "model_fields") and part in owner.model_fields else None
                owner = next((a for a in getattr(annotation, "__args__", (annotation,))
                              if isinstance(a, type) and issubclass(a, BaseModel)), None)
                if owner is None:
                    break
            fields = sorted(owner.model_fields) if owner is not None else []
            near = difflib.get_close_matches(str(item["loc"][-1]), fields, n=1, cutoff=TYPO_CUTOFF)
            message = f"unknown field; did you mean {near[0]!r}?" if near else "unknown field"
        problems.append({"loc": item["loc"], "msg": message})
    return problems


class EntryError(ValueError):
    """A product mapping that yields no usable entry for an API caller; `problems` name the fields."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(f"{_loc(p['loc'])}: {p['msg']}" for p in problems))
        self.problems = problems


def _problems(error: ValidationError, prefix: tuple[Any, ...], model: type[BaseModel]) -> list[Problem]:
    return [{"loc": (*prefix, *p["loc"]), "msg": p["msg"]} for p in _did_you_mean(error, model)]


def entry_and_problems(raw: Any, ignored: set[str] | None = None) -> tuple[CatalogEntry | None, list[Problem]]:
    """A product mapping (product fields + `listings`) as an entry with its good listings, and the
    problems of the rest: one bad listing must not cost the product's other listings their check.

    Listings inherit the product's sku; a listing naming another sku is a problem. No entry when
    the product fields themselves are bad, or when every listing it had is bad. Fields crossguard
    does not read are dropped and their names added to ``ignored``; near misses are problems.
    """
    ignored = set() if ignored is None else ignored
    if not isinstance(raw, dict):
        return None, [{"loc": (), "msg": "each product must be a mapping"}]
    raw = _expand_markets(raw)
    product_raw, problems = _unknown_fields(raw, Product, frozenset({"listings"}), (), ignored)
    product_raw.pop("listings", None)
    try:
        product = Product.model_validate(product_raw)
    except ValidationError as error:
        return None, problems + _problems(error, ("product",), Product)
    if problems:
        return None, problems
    listings_raw = raw.get("listings") or []
    if not isinstance(listings_raw, list):
        return None, [{"loc": ("listings",), "msg": "must be a list of listings"}]
    listings: list[Listing] = []
    for index, item in enumerate(listings_raw):
        if isinstance(item, dict) and str(item.get("sku", product.sku)) != product.sku:
            problems.append({"loc": ("listings", index, "sku"),
                             "msg": f"sku {item['sku']!r} is not the product's {product.sku!r}"})
            continue
        if isinstance(item, dict):
            item, near_misses = _unknown_fields(item, Listing, frozenset(), ("listings", index), ignored)
            if near_misses:
                problems.extend(near_misses)
                continue
        try:
            listings.append(Listing.model_validate({"sku": product.sku, **item} if isinstance(item, dict) else item))
        except ValidationError as error:
            problems.extend(_problems(error, ("listings", index), Listing))
    if listings_raw and not listings:
        return None, problems  # nothing of this product is left to check
    return CatalogEntry(product=product, listings=listings), problems


def entry_from_mapping(raw: Any, ignored: set[str] | None = None) -> CatalogEntry:
    """Strict form for one-product callers (the HTTP API): any problem is an EntryError."""
    entry, problems = entry_and_problems(raw, ignored)
    if problems or entry is None:
        raise EntryError(problems)
    return entry


def _row_errors(file: Path, row_of: Any, problems: list[Problem], line_of: Any = None) -> list[RowError]:
    """Problems as row errors; `row_of(loc)` gives the row (CSV: a listing's own line)."""
    errors = []
    for problem in problems:
        loc = tuple(problem["loc"])
        if loc and loc[0] == "product":
            loc = loc[1:]
        errors.append(RowError(file, row_of(loc), _loc(loc), problem["msg"], line_of(loc) if line_of else None))
    return errors


def _iter_documents(
    file: Path, rows: list[Any], located: LocatedYaml | None, base: tuple[Any, ...], ignored: set[str]
) -> Iterator[CatalogEntry | RowError]:
    for index, raw in enumerate(rows):
        rows[index] = None  # the parser's copy of the row is not needed once the entry is built

        def line_of(loc: tuple[Any, ...], index: int = index) -> int | None:
            return located.line_of((*base, index, *loc)) if located else None

        yield from _validated(raw, file, index + 1, ignored, line_of)


def _validated(raw: Any, file: Path, row: int, ignored: set[str], line_of: Any = None
               ) -> Iterator[CatalogEntry | RowError]:
    """One product mapping as an entry (with its good listings) and the row errors of the rest."""
    entry, problems = entry_and_problems(raw, ignored)
    yield from _row_errors(file, lambda loc: row, problems, line_of)
    if entry is not None:
        yield entry


def _rows_of(data: Any, file: Path) -> tuple[list[Any], tuple[Any, ...]]:
    if isinstance(data, dict) and isinstance(data.get("products"), list):
        return data["products"], ("products",)
    if isinstance(data, list):
        return data, ()
    raise CatalogFileError(f"{file}: expected a list of products or a mapping with 'products'")


def iter_yaml(file: Path, ignored: set[str]) -> Iterator[CatalogEntry | RowError]:
    try:
        located = load_located(file)
    except YamlError as error:
        raise CatalogFileError(str(error)) from None
    rows, base = _rows_of(located.data, file)
    yield from _iter_documents(file, rows, located, base, ignored)


def iter_json(file: Path, ignored: set[str]) -> Iterator[CatalogEntry | RowError]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise CatalogFileError(f"{file}:{error.lineno}: JSON syntax: {error.msg}") from None
    rows, _ = _rows_of(data, file)
    del data  # only the rows list is kept, and emptied as it is read
    yield from _iter_documents(file, rows, None, (), ignored)


def iter_jsonl(file: Path, ignored: set[str]) -> Iterator[CatalogEntry | RowError]:
    """One product per line; only the current line is held in memory."""
    with open(file, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as error:
                yield RowError(file, number, "", f"JSON syntax: {error.msg}", number)
                continue
            yield from _validated(raw, file, number, ignored, lambda loc, number=number: number)


def parse_certificates(cell: str) -> list[dict[str, Any]]:
    certificates = []
    for part in filter(None, (p.strip() for p in cell.split("|"))):
        match = CERT_CELL.match(part)
        if not match:
            raise CellError("certificates", f"certificate {part!r} is not SCHEME[:DIR+DIR][@ISSUED[..EXPIRES]][#REF]")
        certificates.append(
            {
                "scheme": match["scheme"],
                "directives": match["dirs"].split("+") if match["dirs"] else [],
                "issued": match["issued"],
                "expires": match["expires"],
                "reference": match["ref"],
            }
        )
    return certificates


class CellError(ValueError):
    """A CSV cell that cannot be read, with the column to name in the row error."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column


def nest_column(target: dict[str, Any], dotted: str, value: Any) -> None:
    """Put a dotted CSV column (`battery.capacity_wh`) into nested dicts; shared by every CSV loader.

    A file with both `battery` and `battery.capacity_wh` columns cannot mean anything: that is a
    CellError naming the column, not a crash.
    """
    parts = dotted.split(".")
    for depth, part in enumerate(parts[:-1]):
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            raise CellError(dotted, f"column {dotted!r} conflicts with column {'.'.join(parts[: depth + 1])!r}")
        target = child
    if isinstance(target.get(parts[-1]), dict):
        raise CellError(dotted, f"column {dotted!r} conflicts with the columns under it ({dotted}.*)")
    target[parts[-1]] = value


def _csv_product(row: dict[str, str]) -> dict[str, Any]:
    product: dict[str, Any] = {}
    for column, cell in row.items():
        if column is None or column.startswith("listing.") or cell is None or cell.strip() == "":
            continue
        value: Any = cell.strip()
        if column == "certificates":
            value = parse_certificates(value)
        nest_column(product, column, value)
    return product


def _csv_listings(row: dict[str, str], sku: str) -> list[dict[str, Any]]:
    listing: dict[str, Any] = {"sku": sku}
    for column, cell in row.items():
        if column and column.startswith("listing.") and cell is not None and cell.strip() != "":
            nest_column(listing, column.removeprefix("listing."), cell.strip())
    markets = [m.strip() for m in str(listing.get("market", "")).split(";") if m.strip()]
    return [{**listing, "market": market} for market in markets] or [listing]


def iter_csv(file: Path, ignored: set[str]) -> Iterator[CatalogEntry | RowError]:
    """Rows grouped by SKU; row numbers are file lines (the header is line 1).

    A SKU's rows may be anywhere in the file, so the raw rows are read whole (as dicts, not
    models) before the first entry is validated; errors found while reading come first.
    """
    products: dict[str, dict[str, Any]] = {}
    listing_rows: dict[str, list[int]] = {}
    bad_skus: set[str] = set()
    with open(file, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or "sku" not in reader.fieldnames:
            raise CatalogFileError(f"{file}: CSV needs a header row with a 'sku' column")
        for row_number, row in enumerate(reader, start=2):
            sku = (row.get("sku") or "").strip()
            if not sku:
                yield RowError(file, row_number, "sku", "missing")
                continue
            if None in row:
                yield RowError(file, row_number, "", "more cells than header columns")
                continue
            try:
                if sku not in products:
                    products[sku] = {**_csv_product(row), "listings": []}
                    listing_rows[sku] = []
                listings = _csv_listings(row, sku)
                products[sku]["listings"].extend(listings)
                listing_rows[sku].extend([row_number] * len(listings))
            except CellError as error:
                yield RowError(file, row_number, error.column, str(error))
                bad_skus.add(sku)
    for sku in list(products):
        raw = products.pop(sku)
        if sku in bad_skus:
            continue
        rows = listing_rows[sku]
        entry, problems = entry_and_problems(raw, ignored)

        def row_of(loc: tuple[Any, ...], rows: list[int] = rows) -> int:
            in_listing = len(loc) > 1 and loc[0] == "listings" and isinstance(loc[1], int)
            return rows[loc[1]] if in_listing else rows[0]

        yield from _row_errors(file, row_of, problems)
        if entry is not None:
            yield entry


LOADERS = {".yaml": iter_yaml, ".yml": iter_yaml, ".json": iter_json, ".jsonl": iter_jsonl, ".csv": iter_csv}


def _check_paths(paths: Iterable[Path]) -> None:
    for path in paths:
        if path.suffix.lower() not in LOADERS:
            raise CatalogFileError(f"{path}: unknown catalog format (use {', '.join(sorted(LOADERS))})")
        if not path.exists():
            raise CatalogFileError(f"{path}: no such file")


def iter_catalog(paths: Iterable[Path], warnings: list[CatalogWarning] | None = None
                 ) -> Iterator[CatalogEntry | RowError]:
    """Entries and row errors from every file, one at a time, in file order.

    Every path's format and existence are checked before anything is yielded; a file that cannot
    be read at all (syntax, not a list, no CSV header) raises `CatalogFileError` when it is reached.
    Columns crossguard does not read are ignored and named once per file in ``warnings``.
    """
    paths = list(paths)
    _check_paths(paths)
    for path in paths:
        ignored: set[str] = set()
        try:
            yield from LOADERS[path.suffix.lower()](path, ignored)
            if ignored and warnings is not None:
                names = sorted(ignored)
                shown = ", ".join(names[:20]) + (f" and {len(names) - 20} more" if len(names) > 20 else "")
                warnings.append(CatalogWarning(path, f"ignored {len(names)} column(s) crossguard does not read: "
                                                     f"{shown}"))
        except UnicodeDecodeError as error:
            raise CatalogFileError(f"{path}: not UTF-8 text (byte {error.start}): save the file as UTF-8") from None
        except csv.Error as error:
            raise CatalogFileError(f"{path}: CSV: {error}") from None


def load_catalog(paths: list[Path]) -> CatalogLoad:
    """Entries and row errors from every file; a file that cannot be read at all raises."""
    result = CatalogLoad()
    for item in iter_catalog(paths, result.warnings):
        if isinstance(item, RowError):
            result.errors.append(item)
        else:
            result.entries.append(item)
    return result
