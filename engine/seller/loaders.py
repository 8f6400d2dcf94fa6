"""Loading flat records (one pydantic model per file kind) from CSV, JSON and YAML.

The same bad-row contract as catalogs (`engine.catalog`): each row is validated on its own, a
problem is a `RowError` with file, row, field and reason, and the other rows still load. A file that
cannot be read at all (syntax error, not a list) becomes one error for that file with row 0, so the
other input files of a data folder are still checked.

Shapes: YAML/JSON hold a list of mappings, or a mapping with the kind's key (`{sales: [...]}`).
CSV has a header row; empty cells are omitted (the model's default applies), dotted columns nest
(`a.b`), list cells are `;`-separated and row numbers are file lines (the header is line 1).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import ValidationError

from crossguard.engine import safe_json
from crossguard.engine.catalog import CellError, RowError, nest_column
from crossguard.engine.csv_records import BadRecord, StrictReader, header, records
from crossguard.engine.seller.models import Origin, SellerRecord
from crossguard.engine.yaml_lines import LocatedYaml, YamlError, load_located

T = TypeVar("T", bound=SellerRecord)

FORMATS = (".yaml", ".yml", ".json", ".csv")


@dataclass
class RecordsLoad(Generic[T]):
    items: list[T] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def extend(self, other: RecordsLoad[T]) -> None:
        self.items.extend(other.items)
        self.errors.extend(other.errors)


def _loc(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


def _validate(model: type[T], raw: Any, origin: Origin, line_of: Callable[[tuple[Any, ...]], int | None],
              result: RecordsLoad[T]) -> None:
    if not isinstance(raw, dict):
        result.errors.append(RowError(origin.file, origin.row, "", "each row must be a mapping", origin.line))
        return
    try:
        item = model.model_validate(raw)
    except ValidationError as error:
        for problem in error.errors():
            loc = tuple(problem["loc"])
            result.errors.append(RowError(origin.file, origin.row, _loc(loc), problem["msg"], line_of(loc)))
        return
    item.located(origin)
    result.items.append(item)


def _rows_of(data: Any, key: str) -> tuple[list[Any], tuple[Any, ...]]:
    if isinstance(data, dict) and isinstance(data.get(key), list):
        return data[key], (key,)
    if isinstance(data, list):
        return data, ()
    if data is None:
        return [], ()
    raise ValueError(f"expected a list of rows or a mapping with '{key}'")


def _load_documents(file: Path, model: type[T], data: Any, key: str, located: LocatedYaml | None) -> RecordsLoad[T]:
    result: RecordsLoad[T] = RecordsLoad()
    try:
        rows, base = _rows_of(data, key)
    except ValueError as error:
        result.errors.append(RowError(file, 0, "", str(error), 1 if located else None))
        return result
    for index, raw in enumerate(rows):

        def line_of(loc: tuple[Any, ...], index: int = index) -> int | None:
            return located.line_of((*base, index, *loc)) if located else None

        _validate(model, raw, Origin(file, index + 1, line_of(())), line_of, result)
    return result


def records_from_located(located: LocatedYaml, model: type[T], key: str) -> RecordsLoad[T]:
    """Records from a part of a YAML document already parsed (seller data inside a pack test)."""
    return _load_documents(located.file, model, located.data, key, located)


def load_yaml_records(file: Path, model: type[T], key: str) -> RecordsLoad[T]:
    try:
        located = load_located(file)
    except YamlError as error:
        return RecordsLoad(errors=[RowError(file, 0, "", error.message, error.line)])
    return _load_documents(file, model, located.data, key, located)


def load_json_records(file: Path, model: type[T], key: str) -> RecordsLoad[T]:
    try:
        data = safe_json.loads(file.read_text(encoding="utf-8-sig"))  # a BOM is read as in CSV and YAML
    except json.JSONDecodeError as error:
        return RecordsLoad(errors=[RowError(file, 0, "", f"JSON syntax: {error.msg}", error.lineno)])
    return _load_documents(file, model, data, key, None)


def load_csv_records(file: Path, model: type[T], key: str) -> RecordsLoad[T]:
    result: RecordsLoad[T] = RecordsLoad()
    with open(file, newline="", encoding="utf-8-sig") as handle:
        reader = StrictReader(handle)  # `records`: a quote never closed is named, not read silently
        names = header(reader)
        if isinstance(names, BadRecord):
            result.errors.append(RowError(file, 1, "", f"header row: {names.reason}"))
            return result
        if not names:
            return result
        previous_line = reader.line_num
        for cells in records(reader):
            row_number = previous_line + 1  # first line of this record
            previous_line = reader.line_num
            origin = Origin(file, row_number)
            if isinstance(cells, BadRecord):
                result.errors.append(RowError(file, row_number, "", cells.reason))
                continue
            if len(cells) > len(names):
                result.errors.append(RowError(file, row_number, "", "more cells than header columns"))
                continue
            row = dict(zip(names, cells, strict=False))  # a short row's missing cells are absent (DictReader: None)
            raw: dict[str, Any] = {}
            try:
                for column, cell in row.items():
                    if column and cell is not None and cell.strip() != "":
                        nest_column(raw, column.strip(), cell.strip())
            except CellError as error:
                result.errors.append(RowError(file, row_number, error.column, str(error)))
                continue
            if not raw:
                continue  # blank line
            _validate(model, raw, origin, lambda loc: None, result)
    return result


LOADERS: dict[str, Callable[[Path, type[Any], str], RecordsLoad[Any]]] = {
    ".yaml": load_yaml_records, ".yml": load_yaml_records, ".json": load_json_records, ".csv": load_csv_records,
}


def load_records(file: Path, model: type[T], key: str) -> RecordsLoad[T]:
    """Records of one file; unknown formats and unreadable files are one row-0 error."""
    loader = LOADERS.get(file.suffix.lower())
    if loader is None:
        return RecordsLoad(errors=[RowError(file, 0, "", f"unknown format (use {', '.join(FORMATS)})")])
    try:
        return loader(file, model, key)
    except OSError as error:
        return RecordsLoad(errors=[RowError(file, 0, "", f"cannot read: {error.strerror}")])
    except UnicodeDecodeError as error:
        return RecordsLoad(errors=[RowError(file, 0, "", f"not UTF-8 text: {error.reason}")])
    except csv.Error as error:  # a cell past the csv module's limit: the file cannot be read
        return RecordsLoad(errors=[RowError(file, 0, "", f"CSV: {error}")])
