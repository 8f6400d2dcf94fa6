"""Loading catalogs from YAML, JSON, JSON Lines and CSV into `CatalogEntry` models.

A bad row must not cost the good ones: each row is validated on its own, and a problem is
reported with file, row, field and reason while the rest of the file still loads.

`iter_catalog` yields entries and row errors one at a time, so a caller that does not keep them
(`crossguard scan` reads a catalog twice: once to check it, once to scan it) holds one product's
models at a time, whatever the catalog's size; `load_catalog` collects the same items in lists.

YAML/JSON: a list of products (or `{products: [...]}`), each with product fields and a `listings`
list. A listing may give `markets: [DE, FR]` to stand for one listing per market. Their parsers
read the whole document; its raw rows are released as their entries are produced.
Every product is also noted (SKU, place, digest of its fields; `sku_ledger`) so that a SKU given
twice with different product fields is a warning: the register keeps one product per SKU.
JSON Lines (`.jsonl`): one product mapping (same fields as in JSON) per line, blank lines ignored;
the file is read line by line, so its size does not matter, and a line that is not valid JSON is a
row error (row = line number), not a file error. A scan's check pass may pass ``known``, which recognises
rows an earlier scan validated (their listings are not validated again; `FileRead.known_row`).
CSV: one row per listing; product columns are read from a SKU's first row, and later rows of the
same SKU add listings (a later row whose product cells differ is a warning). A SKU's rows may be
anywhere in the file: `catalog_csv` groups them through sorted temporary files, so memory does not
grow with the file either; a cell over `catalog_csv.MAX_CELL_CHARS` is a row error naming its
column. Listing columns are prefixed `listing.` (`listing.market`,
`listing.economic_operator.name`, `listing.epr.de_weee`); nested product columns use dots
(`battery.capacity_wh`); lists are `;`-separated; `listing.market` may hold several markets.
Certificates in one CSV cell: `SCHEME[:DIR+DIR][@ISSUED[..EXPIRES]][#REF]`, several joined by `|`,
e.g. `CE:LVD+EMC+ROHS@2024-01-10..2029-01-10#DOC-17|FCC_SDOC@2023-05-01`.
"""

from __future__ import annotations

import csv
import difflib
import functools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from crossguard.engine import safe_json
from crossguard.engine.catalog_csv import CellError as CellError  # re-exported: seller data's CSV loader uses it
from crossguard.engine.catalog_csv import CsvHeaderError, CsvProblem, Disagreements, iter_csv_products
from crossguard.engine.catalog_csv import nest_column as nest_column
from crossguard.engine.catalog_csv import parse_certificates as parse_certificates
from crossguard.engine.catalog_lines import row_entry
from crossguard.engine.models import CatalogEntry, Listing, Product, text_identifier
from crossguard.engine.sku_ledger import PENDING, SkuLedger, product_digest
from crossguard.engine.yaml_lines import LocatedYaml, YamlError, load_located


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


def expand_markets(raw: dict[str, Any]) -> dict[str, Any]:
    """A listing with ``markets: [..]`` as one listing per market (what validation and listing counts see)."""
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


@functools.lru_cache(maxsize=32)
def _known_fields(model: type[BaseModel], extra: frozenset[str]) -> frozenset[str]:
    return frozenset(model.model_fields) | extra


def _unknown_fields(raw: dict[str, Any], model: type[BaseModel], extra: frozenset[str], prefix: tuple[Any, ...],
                    ignored: set[str]) -> tuple[dict[str, Any], list[Problem]]:
    """Drop fields the model does not know; a near miss of a known field is a problem, not ignored.

    Marketplace exports carry price, stock, ratings...: they are ignored (and named once per file);
    `categroy` is almost certainly `category`, and ignoring it would silently lose the category.
    """
    known = _known_fields(model, extra)
    if known.issuperset(raw):
        return dict(raw), []
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
        # A validator's ValueError reaches users as pydantic's "Value error, <ours>": ours is the message.
        message = item["msg"].removeprefix("Value error, ") if item["type"] == "value_error" else item["msg"]
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


def _product_part(raw: dict[str, Any], ignored: set[str]) -> tuple[Product | None, list[Problem]]:
    """The product fields of a mapping (``listings`` left out) validated, and their problems."""
    product_raw, problems = _unknown_fields(raw, Product, frozenset({"listings"}), (), ignored)
    product_raw.pop("listings", None)
    try:
        product = Product.model_validate(product_raw)
    except ValidationError as error:
        return None, problems + _problems(error, ("product",), Product)
    return (None if problems else product), problems


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
    raw = expand_markets(raw)
    product, problems = _product_part(raw, ignored)
    if product is None:
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


class KnownRows(Protocol):
    """JSON Lines rows known to be valid without validating them again: a scan passes one that recognises rows an
    earlier scan validated (``usecases.scan_lines.KnownLines``)."""

    def __call__(self, text: str, raw: Any) -> str | None:
        """For a known row (its exact text, and as parsed), a non-empty token (a scan's: the line's digest and SKU);
        otherwise None."""

    def maybe(self, text: str) -> bool:
        """Before parsing: whether the row's exact text was read and validated before, so that it may be parsed
        with ``safe_json.loads_known`` (False does not mean unknown: only that it is to be parsed as any row)."""


@dataclass(frozen=True)
class KnownRow:
    """A JSON Lines row counted as a product but not kept as an entry to evaluate: either ``known`` vouched for it
    (an earlier scan validated this very text; its listings are not validated again, its product fields are, for
    the duplicate-SKU check) or a :data:`LineChecker` validated it elsewhere. Only `iter_catalog` callers that pass
    ``known`` or ``check_lines`` get these. ``listings``: how many (markets expanded); ``token``: what ``known`` or
    the checker's :data:`RowToken` gave ("" for a checked row with errors or without a SKU as text); a scan's
    second pass reads the row by it (``usecases.scan_lines.KnownLineMemo``)."""

    file: Path
    row: int
    sku: str
    listings: int = 0
    token: str = ""


@dataclass(frozen=True)
class CheckedLine:
    """What checking one JSON Lines row gives a check pass (:func:`check_jsonl_line`): its row errors, the
    fields it ignored, and its product as the duplicate-SKU check notes it (SKU, digest of its fields,
    listings kept; None when the row gives no entry). Plain values: a worker process sends them back.
    ``token``: what the checker's :data:`RowToken` gave for a row without errors (else "")."""

    errors: tuple[RowError, ...]
    ignored: frozenset[str]
    product: tuple[str, str, int] | None
    token: str = ""


#: ``token(text, sku)``: a note of a good JSON Lines row (its exact text without the line break, and its SKU as
#: :func:`row_sku` reads it) for whoever reads the file again (a scan's second pass:
#: ``usecases.scan_lines.line_token``), or "" for none. Equal notes name equal texts (a digest of the text is in it):
#: the duplicate-SKU check takes one as a pending digest.
RowToken = Callable[[str, str | None], str]


def row_sku(raw: Any) -> str | None:
    """A parsed row's SKU as the validated product will hold it (numbers as text, surrounding spaces stripped, as
    ``StrictModel`` strips them), or None when it is not text: how a scan's second pass reads a row's SKU (the key of
    its override) without validating the row."""
    sku = text_identifier(raw.get("sku")) if isinstance(raw, dict) else None
    return sku.strip() if isinstance(sku, str) else None


#: ``check_lines(file, rows)``: for each ``(row, text)`` of ``rows``, in order, ``(row, its CheckedLine)``, made
#: elsewhere (a scan's check pass gives the rows of a JSON Lines file to its worker processes).
LineChecker = Callable[[Path, Iterator[tuple[int, str]]], Iterator[tuple[int, CheckedLine]]]


@dataclass
class FileRead:
    """What reading one file collects besides its entries and row errors: the columns it ignored,
    the rows of one SKU that disagree (CSV), and every product for the duplicate-SKU check."""

    file: Path
    ignored: set[str] = field(default_factory=set)
    disagreements: Disagreements = field(default_factory=Disagreements)
    ledger: SkuLedger | None = None
    without_listings: int = 0  # products with no listing: nothing of theirs is checked or scanned
    known: KnownRows | None = None
    check_lines: LineChecker | None = None

    def entry(self, entry: CatalogEntry, row: int) -> CatalogEntry:
        self._note(entry.product, len(entry.listings), row)
        return entry

    def _note(self, product: Product, listings: int, row: int) -> None:
        if self.ledger is not None:
            self.ledger.add(product, self.file, row)
        if not listings:
            self.without_listings += 1

    def checked(self, checked: CheckedLine, row: int) -> Iterator[RowError | KnownRow]:
        """A row a :data:`LineChecker` checked, noted as :meth:`entry` notes a row validated here."""
        yield from checked.errors
        self.ignored.update(checked.ignored)
        if checked.product is not None:
            sku, digest, listings = checked.product
            if self.ledger is not None:
                self.ledger.add_digest(sku, digest, self.file, row)
            if not listings:
                self.without_listings += 1
            yield KnownRow(self.file, row, sku, listings, "" if checked.errors else checked.token)

    def known_row(self, text: str, raw: Any, row: int) -> KnownRow | None:
        """``raw`` as a :class:`KnownRow` if ``known`` vouches for it, noted as `_validated` notes an entry (ignored
        fields, the product for the duplicate-SKU check, its digest worked out only if its SKU is given again:
        ``SkuLedger.add_pending``); None: validate it as any row."""
        token = self.known(text, raw) if self.known is not None and isinstance(raw, dict) else None
        if not token:
            return None
        raw = expand_markets(raw)
        sku = text_identifier(raw.get("sku"))
        listings = raw.get("listings") or []
        if not isinstance(sku, str) or sku[:1].isspace() or sku[-1:].isspace() or not isinstance(listings, list):
            return None  # validated as any row (a SKU as validation strips it is the ledger's)
        if _unknown_fields(raw, Product, frozenset({"listings"}), (), self.ignored)[1]:
            return None  # not what an earlier scan validated after all: validated as any row (and reported)
        fields = _known_fields(Listing, frozenset())
        for index, item in enumerate(listings):
            if isinstance(item, dict) and not fields.issuperset(item) and _unknown_fields(
                    item, Listing, frozenset(), ("listings", index), self.ignored)[1]:
                return None
        if self.ledger is not None:
            self.ledger.add_pending(sku, token, self.file, row)
        if not listings:
            self.without_listings += 1
        return KnownRow(self.file, row, sku, len(listings), token)

    def warnings(self) -> Iterator[CatalogWarning]:
        if self.ignored:
            names = sorted(self.ignored)
            shown = ", ".join(names[:20]) + (f" and {len(names) - 20} more" if len(names) > 20 else "")
            yield CatalogWarning(self.file, f"ignored {len(names)} column(s) crossguard does not read: {shown}")
        yield from (CatalogWarning(self.file, message) for message in self.disagreements.shown)
        more = self.disagreements.total - len(self.disagreements.shown)
        if more:
            yield CatalogWarning(self.file, f"{more} more row(s) give other product values than their SKU's first row")
        if self.without_listings:
            yield CatalogWarning(self.file, f"{self.without_listings} product(s) have no listing, so no listing rule "
                                            "checks them (a CSV needs listing.marketplace and listing.market columns)")


def _iter_documents(
    read: FileRead, rows: list[Any], located: LocatedYaml | None, base: tuple[Any, ...]
) -> Iterator[CatalogEntry | RowError]:
    for index, raw in enumerate(rows):
        rows[index] = None  # the parser's copy of the row is not needed once the entry is built

        def line_of(loc: tuple[Any, ...], index: int = index) -> int | None:
            return located.line_of((*base, index, *loc)) if located else None

        yield from _validated(raw, read, index + 1, line_of)


def _validated(raw: Any, read: FileRead, row: int, line_of: Any = None) -> Iterator[CatalogEntry | RowError]:
    """One product mapping as an entry (with its good listings) and the row errors of the rest."""
    entry, problems = entry_and_problems(raw, read.ignored)
    yield from _row_errors(read.file, lambda loc: row, problems, line_of)
    if entry is not None:
        yield read.entry(entry, row)


def _rows_of(data: Any, file: Path) -> tuple[list[Any], tuple[Any, ...]]:
    if isinstance(data, dict) and isinstance(data.get("products"), list):
        return data["products"], ("products",)
    if isinstance(data, list):
        return data, ()
    raise CatalogFileError(f"{file}: expected a list of products or a mapping with 'products'")


def iter_yaml(read: FileRead) -> Iterator[CatalogEntry | RowError]:
    try:
        located = load_located(read.file)
    except YamlError as error:
        raise CatalogFileError(str(error)) from None
    rows, base = _rows_of(located.data, read.file)
    yield from _iter_documents(read, rows, located, base)


def iter_json(read: FileRead) -> Iterator[CatalogEntry | RowError]:
    """The whole document is parsed; a byte order mark is accepted, as in CSV, YAML and JSON Lines."""
    try:
        data = safe_json.loads(read.file.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as error:
        raise CatalogFileError(f"{read.file}:{error.lineno}: JSON syntax: {error.msg}") from None
    rows, _ = _rows_of(data, read.file)
    del data  # only the rows list is kept, and emptied as it is read
    yield from _iter_documents(read, rows, None, ())


def iter_jsonl(read: FileRead) -> Iterator[CatalogEntry | RowError | KnownRow]:
    """One product per line; only the current line is held in memory (with ``read.check_lines``, the lines of
    the rows in flight). A line ``read.known`` vouches for is a :class:`KnownRow` (its listings not validated
    again); with ``read.check_lines`` (and no ``known``) rows are checked by it and come as :class:`KnownRow`."""
    with open(read.file, encoding="utf-8-sig") as handle:
        numbered = ((number, line) for number, line in enumerate(handle, start=1) if line.strip())
        if read.check_lines is not None and read.known is None:
            for number, checked in read.check_lines(read.file, numbered):
                yield from read.checked(checked, number)
            return
        for number, line in numbered:
            yield from _jsonl_row(read, number, line)


def _jsonl_row(read: FileRead, number: int, line: str) -> Iterator[CatalogEntry | RowError | KnownRow]:
    """One non-blank JSON Lines row: its entry (or known row) and row errors. A row ``read.known`` may know is first
    parsed the cheap way (``safe_json.loads_known``: an unchanged re-scan's check pass was mostly parsing); without
    ``read.known`` an ordinary row is validated from its text (``catalog_lines.row_entry``)."""
    if read.known is None:
        entry = row_entry(line)
        if entry is not None:
            yield read.entry(entry, number)
            return
    text = line.rstrip("\r\n")
    if read.known is not None and read.known.maybe(text):
        known = read.known_row(text, safe_json.loads_known(line), number)
        if known is not None:
            yield known
            return
    try:
        raw = safe_json.loads(line)
    except json.JSONDecodeError as error:
        yield _syntax_error(read.file, number, error)
        return
    known = read.known_row(text, raw, number) if read.known is not None else None
    if known is not None:
        yield known
        return
    yield from _validated(raw, read, number, lambda loc, number=number: number)


def jsonl_product_digests(file: Path, rows: set[int]) -> dict[int, str]:
    """The ``product_digest`` of each of ``rows`` of a JSON Lines file, read again (the duplicate-SKU check of
    rows added to it unvalidated, ``SkuLedger.add_pending``); a row that no longer gives a product is left out.
    The file was read once already: if it cannot be read now, it changed during the scan (a clear error, no
    traceback)."""
    try:
        return _product_digests(file, rows)
    except UnicodeDecodeError as error:
        raise CatalogFileError(f"{file}: changed while being read: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise CatalogFileError(f"{file}: cannot read again: {error.strerror}") from None


def _product_digests(file: Path, rows: set[int]) -> dict[int, str]:
    digests: dict[int, str] = {}
    with open(file, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if number not in rows:
                continue
            try:
                raw = safe_json.loads(line)
            except json.JSONDecodeError:
                continue
            product = _product_part(expand_markets(raw), set())[0] if isinstance(raw, dict) else None
            if product is not None:
                digests[number] = product_digest(product)
            if len(digests) == len(rows):
                break
    return digests


def _syntax_error(file: Path, number: int, error: json.JSONDecodeError) -> RowError:
    return RowError(file, number, "", f"JSON syntax: {error.msg}", number)


def check_jsonl_line(file: Path, number: int, line: str, token: RowToken | None = None) -> CheckedLine:
    """One JSON Lines row checked as :func:`iter_jsonl` checks it (no ``known``), as plain values (what a worker
    sends back); a row without errors gets ``token``'s note of it (the row parsed once for both).

    The product's digest for the duplicate-SKU check of a row with a note is the note, pending
    (``SkuLedger.add_pending``: equal notes name equal texts, so equal products; a SKU given again with other
    text has its rows' product digests worked out by reading them again): nearly every SKU is given once, and
    the product's JSON and hash cost the worker about 7 µs a product.

    An ordinary row is validated from its text (``catalog_lines.row_entry``, about half the cost), unless pydantic
    kept a SKU that :func:`row_sku` would strip further (Python strips a few more characters than pydantic)."""
    entry = row_entry(line)
    if entry is not None and entry.product.sku == entry.product.sku.strip():
        note = token(line.rstrip("\r\n"), entry.product.sku) if token is not None else ""
        return CheckedLine((), frozenset(), _checked_product(entry, note), note)
    try:
        raw = safe_json.loads(line)
    except json.JSONDecodeError as error:
        return CheckedLine((_syntax_error(file, number, error),), frozenset(), None)
    note = token(line.rstrip("\r\n"), row_sku(raw)) if token is not None else ""
    read = FileRead(file)
    errors: list[RowError] = []
    entry: CatalogEntry | None = None
    for item in _validated(raw, read, number, lambda loc: number):
        if isinstance(item, RowError):
            errors.append(item)
        else:
            entry = item
    if errors:
        note = ""
    product = None if entry is None else _checked_product(entry, note)
    return CheckedLine(tuple(errors), frozenset(read.ignored), product, note)


def _checked_product(entry: CatalogEntry, note: str) -> tuple[str, str, int]:
    """A checked row's product as the duplicate-SKU check notes it: SKU, digest (the note, pending), listings."""
    return entry.product.sku, PENDING + note if note else product_digest(entry.product), len(entry.listings)


def _reads(where: str, key: str) -> bool:
    """Whether a CSV column's top-level key is read: a field of the model, or a near miss of one
    (kept so that validation says "did you mean"); anything else is ignored and named once."""
    known = READ_FIELDS[where]
    return key in known or bool(difflib.get_close_matches(key, sorted(known), n=1, cutoff=TYPO_CUTOFF))


READ_FIELDS = {"product": frozenset(Product.model_fields) | {"listings"}, "listing": frozenset(Listing.model_fields)}


def iter_csv(read: FileRead) -> Iterator[CatalogEntry | RowError]:
    """Rows grouped by SKU (``catalog_csv``: bounded memory); row numbers are file lines (the header is line 1)."""
    file = read.file
    try:
        for item in iter_csv_products(file, _reads, read.ignored, read.disagreements):
            if isinstance(item, CsvProblem):
                yield RowError(file, item.row, item.column, item.reason)
                continue
            entry, problems = entry_and_problems(item.raw, read.ignored)

            def row_of(loc: tuple[Any, ...], rows: list[int] = item.rows, first: int = item.first_row) -> int:
                in_listing = len(loc) > 1 and loc[0] == "listings" and isinstance(loc[1], int)
                return rows[loc[1]] if in_listing else first

            yield from _row_errors(file, row_of, problems)
            if entry is not None:
                yield read.entry(entry, item.first_row)
    except CsvHeaderError as error:
        raise CatalogFileError(f"{file}: {error}") from None


LOADERS = {".yaml": iter_yaml, ".yml": iter_yaml, ".json": iter_json, ".jsonl": iter_jsonl, ".csv": iter_csv}


def _check_paths(paths: Iterable[Path]) -> None:
    for path in paths:
        if path.suffix.lower() not in LOADERS:
            raise CatalogFileError(f"{path}: unknown catalog format (use {', '.join(sorted(LOADERS))})")
        if not path.exists():
            raise CatalogFileError(f"{path}: no such file")


def iter_catalog(paths: Iterable[Path], warnings: list[CatalogWarning] | None = None, known: KnownRows | None = None,
                 check_lines: LineChecker | None = None) -> Iterator[CatalogEntry | RowError | KnownRow]:
    """Entries and row errors from every file, one at a time, in file order.

    Every path's format and existence are checked before anything is yielded; a file that cannot
    be read at all (syntax, not a list, no CSV header) raises `CatalogFileError` when it is reached.
    ``warnings`` gets, per file, the columns crossguard does not read and the CSV rows whose product
    cells are not read because they differ from their SKU's first row; once every file is read, the
    SKUs given more than once with different product fields (over all files: a scan merges them).
    ``known`` (a scan's check pass): JSON Lines rows it vouches for come as :class:`KnownRow` (see `FileRead`);
    without it only entries and row errors come. ``check_lines`` (a scan's check pass with worker processes, when
    there is no ``known``): JSON Lines rows are checked by it and come as :class:`KnownRow` (see `FileRead`).
    """
    paths = list(paths)
    _check_paths(paths)
    ledger = SkuLedger(jsonl_product_digests) if warnings is not None else None
    for path in paths:
        read = FileRead(path, ledger=ledger, known=known, check_lines=check_lines)
        try:
            yield from LOADERS[path.suffix.lower()](read)
        except UnicodeDecodeError as error:
            raise CatalogFileError(f"{path}: not UTF-8 text (byte {error.start}): save the file as UTF-8") from None
        except OSError as error:  # a folder named like a catalog, no permission
            raise CatalogFileError(f"{path}: cannot read: {error.strerror}") from None
        except csv.Error as error:
            raise CatalogFileError(f"{path}: CSV: {error}") from None
        if warnings is not None:
            warnings.extend(read.warnings())
    if ledger is not None and warnings is not None:
        warnings.extend(CatalogWarning(file, message) for file, message in ledger.conflicts())


def load_catalog(paths: list[Path]) -> CatalogLoad:
    """Entries and row errors from every file; a file that cannot be read at all raises."""
    result = CatalogLoad()
    for item in iter_catalog(paths, result.warnings):
        if isinstance(item, RowError):
            result.errors.append(item)
        else:
            result.entries.append(item)
    return result
