"""CSV catalogs as raw products, one SKU's rows grouped together, in memory that does not grow with the file.

A CSV catalog has one row per listing, and a SKU's rows may be anywhere in the file (exports sort by
date, by marketplace...). Grouping them used to read every row first (8.8 GB for 1,000,000 rows);
here the rows go through a :class:`~crossguard.engine.spool.Spool` sorted by (SKU, row): in memory
while they fit its budget, in sorted temporary files beyond it. Each SKU's rows then go together
through a second spool sorted by the SKU's first row, and make one raw product as they come out, so
products come out in the order the file first names them, as before, whatever its size. (The spools
hold rows as lists of strings, whose size the budget estimates well; nested product mappings would
take several times their estimate.)

Only the columns crossguard reads are kept (``reads`` decides; exports carry dozens of others):
their cells are limited to :data:`MAX_CELL_CHARS` (a longer cell is a row error naming its column,
not a reason to refuse the file), while cells of ignored columns may be as long as the csv module
allows (:data:`CSV_FIELD_LIMIT`, past which the file is unreadable: usually an unclosed quote).

Product columns are read from a SKU's first row; a later row whose product cells say something else
is reported (:class:`Disagreements`), since those cells are not read.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crossguard.engine.csv_records import BadRecord, StrictReader, header, records
from crossguard.engine.spool import Spool

#: Characters one cell of a column crossguard reads may hold (a title, a description, a certificate list).
MAX_CELL_CHARS = 100_000
#: The csv module's own limit for one field (default 131,072): past it the file cannot be parsed.
CSV_FIELD_LIMIT = 64 * 1024 * 1024
#: Rows of one SKU that disagree are named this many times per file; the rest are counted.
DISAGREEMENTS_SHOWN = 20

CERT_CELL = re.compile(
    r"^(?P<scheme>[A-Za-z_]+)(?::(?P<dirs>[A-Za-z0-9._/-]+(?:\+[A-Za-z0-9._/-]+)*))?"  # F963-23, 2014/53
    r"(?:@(?P<issued>\d{4}-\d{2}-\d{2})?(?:\.\.(?P<expires>\d{4}-\d{2}-\d{2}))?)?"
    r"(?:!(?P<flags>[a-z_]+(?:,[a-z_]+)*))?(?:#(?P<ref>.+))?$"
)
CERT_SYNTAX = "SCHEME[:DIR+DIR][@ISSUED[..EXPIRES]][!FLAG,FLAG][#REF]"
#: Yes/no facts of a certificate a cell can state by naming them (`!efiled`): the rest stay unknown.
CERT_FLAGS = ("efiled", "lab_prohibited")


class CsvHeaderError(ValueError):
    """The first row is not a header with a ``sku`` column: the file as a whole cannot be read."""


class CellError(ValueError):
    """A CSV cell that cannot be read, with the column to name in the row error."""

    def __init__(self, column: str, message: str):
        super().__init__(message)
        self.column = column


def parse_certificates(cell: str) -> list[dict[str, Any]]:
    certificates = []
    for part in filter(None, (p.strip() for p in cell.split("|"))):
        match = CERT_CELL.match(part)
        if not match:
            raise CellError("certificates", f"certificate {part!r} is not {CERT_SYNTAX}")
        flags = match["flags"].split(",") if match["flags"] else []
        unknown = [flag for flag in flags if flag not in CERT_FLAGS]
        if unknown:
            raise CellError("certificates", f"certificate {part!r}: unknown flag(s) {', '.join(unknown)} "
                                            f"(known: {', '.join(CERT_FLAGS)})")
        certificates.append(
            {
                "scheme": match["scheme"],
                "directives": match["dirs"].split("+") if match["dirs"] else [],
                "issued": match["issued"],
                "expires": match["expires"],
                "reference": match["ref"],
                **dict.fromkeys(flags, True),
            }
        )
    return certificates


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


@dataclass(frozen=True)
class CsvProduct:
    """One SKU's rows as a product mapping (product fields and ``listings``), with each listing's row."""

    first_row: int
    raw: dict[str, Any]
    rows: list[int]


@dataclass(frozen=True)
class CsvProblem:
    """A row that cannot be read; ``column`` is empty when the row as a whole is wrong."""

    row: int
    column: str
    reason: str


@dataclass
class Disagreements:
    """Later rows of a SKU whose product cells differ from its first row's (which are the ones read)."""

    shown: list[str] = field(default_factory=list)
    total: int = 0

    def add(self, sku: str, first: int, row: int, columns: list[str]) -> None:
        self.total += 1
        if len(self.shown) < DISAGREEMENTS_SHOWN:
            self.shown.append(f"SKU {sku!r}: row {row} gives other product values than row {first} "
                              f"({', '.join(columns)}); only row {first}'s are read")


@dataclass(frozen=True)
class Columns:
    """The header read once: which columns are product or listing fields, which are ignored."""

    names: list[str]
    sku: int
    product: list[int]  # indexes into the kept cells
    listing: list[int]
    kept: list[int]  # indexes into a row, in the order cells are kept
    ignored: dict[int, str]  # row index -> the name the warning shows

    @classmethod
    def of(cls, header: list[str], reads: Callable[[str, str], bool]) -> Columns:
        index = {name: position for position, name in enumerate(header)}  # a repeated name: the last wins
        kept: list[int] = []
        product: list[int] = []
        listing: list[int] = []
        ignored: dict[int, str] = {}
        for name, position in index.items():
            in_listing = name.startswith("listing.")
            top = name.removeprefix("listing.").split(".")[0] if in_listing else name.split(".")[0]
            if name != "sku" and not reads("listing" if in_listing else "product", top):
                ignored[position] = f"listing.{top}" if in_listing else top
                continue
            (listing if in_listing else product).append(len(kept))
            kept.append(position)
        return cls(header, index["sku"], product, listing, kept, ignored)

    def name(self, kept_index: int) -> str:
        return self.names[self.kept[kept_index]]


def _cells_size(cells: list[str]) -> int:
    """Bytes a list of short strings takes in CPython, roughly: what the spool's budget counts."""
    return sum(map(len, cells)) + 56 * len(cells) + 120


def _product(columns: Columns, cells: list[str]) -> dict[str, Any]:
    product: dict[str, Any] = {}
    for kept in columns.product:
        value = cells[kept].strip()
        if value:
            column = columns.name(kept)
            nest_column(product, column, parse_certificates(value) if column == "certificates" else value)
    return product


def _listings(columns: Columns, cells: list[str], sku: str) -> list[dict[str, Any]]:
    """The row's listings, one per market; none when the file has no listing columns (a product list, as
    `classify` reads it: a row of product cells alone is not a half-filled listing)."""
    if not columns.listing:
        return []
    listing: dict[str, Any] = {"sku": sku}
    for kept in columns.listing:
        value = cells[kept].strip()
        if value:
            nest_column(listing, columns.name(kept).removeprefix("listing."), value)
    markets = [m.strip() for m in str(listing.get("market", "")).split(";") if m.strip()]
    return [{**listing, "market": market} for market in markets] or [listing]


def _disagreeing(columns: Columns, first: list[str], later: list[str]) -> list[str]:
    """Product columns a later row fills with something else than the first row (empty cells agree)."""
    return [columns.name(k) for k in columns.product
            if later[k].strip() and later[k].strip() != first[k].strip() and columns.name(k) != "sku"]


def _read_rows(reader: Any, columns: Columns, spool: Spool, ignored: set[str]) -> Iterator[CsvProblem]:
    """Pass 1: every row into ``spool`` as [sku, row, kept cells] ([sku, row, None]: the SKU is dropped)."""
    unseen = dict(columns.ignored)
    width = len(columns.names)
    row_number = 1
    for cells in records(reader):
        if isinstance(cells, BadRecord):
            row_number += 1
            yield CsvProblem(row_number, "", cells.reason)
            continue
        if not cells:
            continue  # a blank line is not a row (as csv.DictReader reads it)
        row_number += 1
        if len(cells) > width:
            yield CsvProblem(row_number, "", "more cells than header columns")
            continue
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        sku = cells[columns.sku].strip()
        if not sku:
            yield CsvProblem(row_number, "sku", "missing")
            continue
        for position in [p for p in unseen if cells[p].strip()]:
            ignored.add(unseen.pop(position))
        kept = [cells[position] for position in columns.kept]
        too_long = next((k for k, cell in enumerate(kept) if len(cell) > MAX_CELL_CHARS), None)
        if too_long is not None:
            yield CsvProblem(row_number, columns.name(too_long),
                             f"cell of {len(kept[too_long]):,} characters; at most {MAX_CELL_CHARS:,} are read")
            spool.add([sku, row_number, None], 100)
            continue
        spool.add([sku, row_number, kept], _cells_size(kept))


def _group(columns: Columns, sku: str, records: list[list[Any]],
           disagreements: Disagreements) -> CsvProduct | CsvProblem:
    """One SKU's rows (``[sku, row, cells]`` in row order) as its product, or the cell error that drops it."""
    first_row, first = records[0][1], records[0][2]
    row = first_row
    rows: list[int] = []
    try:
        product = _product(columns, first)
        listings: list[dict[str, Any]] = []
        for _, row, cells in records:
            found = _listings(columns, cells, sku)
            listings.extend(found)
            rows.extend([row] * len(found))
            differing = _disagreeing(columns, first, cells) if row != first_row else []
            if differing:
                disagreements.add(sku, first_row, row, differing)
    except CellError as error:
        return CsvProblem(row, error.column, str(error))
    product["listings"] = listings
    return CsvProduct(first_row, product, rows)


def iter_csv_products(file: Path, reads: Callable[[str, str], bool], ignored: set[str],
                      disagreements: Disagreements) -> Iterator[CsvProduct | CsvProblem]:
    """Problems found while reading the rows first, then each SKU's product (or the cell error that
    dropped it) in the order of the SKU's first row. Raises CsvHeaderError for a file without a
    ``sku`` column, csv.Error / UnicodeDecodeError / OSError for a file that cannot be read."""
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    by_sku = Spool(key=lambda record: (record[0], record[1]))
    by_first_row = Spool(key=lambda record: record[0])
    try:
        with open(file, newline="", encoding="utf-8-sig") as handle:
            reader = StrictReader(handle)  # `records`: a quote never closed is named
            names = header(reader)
            if isinstance(names, BadRecord):
                raise CsvHeaderError(f"header row: {names.reason}")
            if not names or "sku" not in names:
                raise CsvHeaderError("CSV needs a header row with a 'sku' column")
            columns = Columns.of(names, reads)
            yield from _read_rows(reader, columns, by_sku, ignored)
        for _, group in itertools.groupby(by_sku, key=lambda record: record[0]):
            records = list(group)
            if any(record[2] is None for record in records):
                continue  # a row of this SKU could not be read: reported, and the product is not guessed
            # the rows themselves (compact lists of strings), ordered by the SKU's first row
            by_first_row.add([records[0][1], records], sum(_cells_size(record[2]) + 100 for record in records))
        for _, records in by_first_row:
            yield _group(columns, records[0][0], records, disagreements)
    finally:
        by_sku.close()
        by_first_row.close()
