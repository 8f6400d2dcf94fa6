"""An ordinary JSON Lines row is validated from its text (engine/catalog_lines.py), and nothing about what a
catalog gives changes: for every row it accepts, the entry is the one the usual way (``json.loads``, then
``entry_and_problems``) gives, down to the models' classes, field order and set fields; every other row goes
the usual way, so errors, their wording and the ignored columns are the usual way's.

The rows: a product with every field given and two listings, with each field in turn set to each of many JSON
values (numbers of every kind, text with spaces, dates, lists, mappings, null, NaN, values too big for a
float...), and rows whose shape differs (unknown fields, a listing naming a SKU, ``markets``, duplicate keys,
syntax errors, trailing data, lone surrogates).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from crossguard.engine import catalog as catalog_module
from crossguard.engine import catalog_lines, safe_json
from crossguard.engine.catalog import check_jsonl_line, entry_and_problems, iter_catalog
from crossguard.engine.catalog_lines import text_entry
from crossguard.register.errors import ScanInputError
from crossguard.usecases import scan_lines
from crossguard.usecases.scan_lines import LineWork, line_token, validated_line

LISTING = {
    "marketplace": "amazon", "market": "DE", "manufacturer_name": "Maker Co.", "manufacturer_address": "1 Road",
    "manufacturer_country": "CN", "manufacturer_email": "a@b.c", "seller_country": "GB", "energy_label_shown": True,
    "product_identifier": "M-1", "has_image": True, "safety_info_languages": ["en", "de"],
    "economic_operator": {"name": "Rep GmbH", "role": "importer", "country": "DE", "address": "Str. 1",
                          "email": "r@e.p"},
    "epr": {"de_packaging": "DE123", "de_weee": "DE456"},
}  # fmt: skip
PRODUCT = {
    "sku": "SKU-1", "title": "Lamp", "brand": "Brand", "category": "Home > Lamps", "product_type": "LAMP",
    "hs_code": "9405.40", "gtin": "4006381333931", "model": "L-1", "description": "A lamp", "bullet_points": ["a"],
    "mains_voltage_v": 230, "voltage_type": "AC", "electronic": True, "radio": ["wifi"],
    "battery": {"chemistry": "Li-ion", "category": "portable", "capacity_wh": 10.5, "removable": True,
                "standalone": False, "form": "pack", "labelled": True, "qr_code": False, "collection_symbol": True,
                "cd_pb_symbol": False, "child_resistant_packaging": True, "package_warning": False},
    "age_min_years": 3, "age_max_years": 12.5, "for_children": False, "toy": False, "textile": False,
    "tracking_label": True, "flammability_exempt": False, "connected": True, "processes_personal_data": False,
    "charging": {"wired": True, "port": "USB C", "max_power_w": 20, "usb_pd": True, "charger_included": False,
                 "offered_without_charger": True, "label": True},
    "energy_label_group": "light source", "eprel_id": "123", "vulnerability_reporting": True,
    "certificates": [{"scheme": "ce", "reference": "DOC-1", "issued": "2024-01-10", "expires": "2029-01-10",
                      "directives": ["LVD", "EMC"], "efiled": False, "lab_prohibited": False}],
    "listings": [LISTING, {**LISTING, "market": "FR", "marketplace": " eBay "}],
}  # fmt: skip

#: Values each field is set to in turn, as JSON text (some are not Python values: NaN, 1e400, -0.0e0).
VALUES = [json.dumps(value) for value in [
    None, True, False, 0, 1, -1, 2, 1.5, 18.5, 2.0, 0.1, 1e20, 123456789012345678901234567890, -5.5,
    "", " ", " x ", "x", "X", "1.5", " 7 ", "true", "false", "yes", "off", "0", "1", "2024-01-10",
    "2024-01-10T00:00:00", "2024-13-01", "20240110", "DE", "de", " uk ", "XX", "usb c", "type-c", "CE", " ce ",
    "fcc id", "lvd; emc", "bluetooth, wi-fi", "AC", "dc", "4006381333931", "4006381333932", "8471.30", "8471 30",
    "847", 8471.30, 847130, 4006381333931, [], ["a"], ["a", " ", ""], [1, 2], [None], [[1]], {}, {"a": "b"},
    {"A ": " b "}, {"a": None}, {"a": 1}, {"a": {"b": "c"}}, "\u00a0x\u00a0", "\u001fx", "x\u001f", "NaN",
    "\u2028x", "ÿ\u00e9", "x\u0000",
]] + ["NaN", "Infinity", "-Infinity", "1e400", "-0.0e0", "1E2", "0.1e1", "1e-400", "9007199254740993",
      "2.2250738585072011e-308", "0.30000000000000004", '"\\ud800"', '"\\ud83d\\ude00"', '"\\u00e9"']


def _paths(mapping: dict[str, Any], prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every field of the row, nested ones too (the first certificate's, the first listing's)."""
    paths = []
    for key, value in mapping.items():
        paths.append((*prefix, key))
        if isinstance(value, dict) and key != "epr":
            paths += _paths(value, (*prefix, key))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            paths += _paths(value[0], (*prefix, key, 0))
    return paths


def _with(path: tuple[Any, ...], value_json: str) -> str:
    """The row's text with the field at ``path`` set to ``value_json`` (JSON text, pasted in as it is)."""
    row = json.loads(json.dumps(PRODUCT))
    holder = row
    for part in path[:-1]:
        holder = holder[part]
    holder[path[-1]] = "@@VALUE@@"
    return json.dumps(row).replace('"@@VALUE@@"', value_json)


SHAPES = [
    json.dumps(PRODUCT),
    json.dumps({"sku": "S", "title": "T"}),
    json.dumps({"sku": "S", "title": "T", "listings": []}),
    json.dumps({"sku": "S", "title": "T", "listings": None}),
    json.dumps({"sku": "S", "title": "T", "listings": [{"marketplace": "amazon", "markets": ["DE", "FR"]}]}),
    json.dumps({"sku": "S", "title": "T", "listings": [{"sku": "S", "marketplace": "amazon", "market": "DE"}]}),
    json.dumps({"sku": "S", "title": "T", "listings": [{"sku": " S", "marketplace": "amazon", "market": "DE"}]}),
    json.dumps({"sku": "S", "title": "T", "listings": [{"sku": "Z", "marketplace": "amazon", "market": "DE"}]}),
    json.dumps({"sku": 12, "title": "T", "listings": [{"sku": 12, "marketplace": "amazon", "market": "DE"}]}),
    json.dumps({"sku": "S", "title": "T", "price": 3, "listings": [{"marketplace": "a", "market": "DE", "x": 1}]}),
    json.dumps({"sku": "S", "titel": "T", "title": "T"}),
    json.dumps({"sku": "S", "title": "T", "listings": [{"marketplace": "a", "markte": "DE", "market": "DE"}]}),
    json.dumps({"sku": "S", "title": "T", "battery": {"capacity": 3}}),
    json.dumps({"sku": "S", "title": "T", "override": {"toy": True}}),
    json.dumps({"sku": "S", "title": "T", "listings": [{"marketplace": "a", "market": "DE"}, "DE", 3]}),
    json.dumps({"sku": "S", "title": "T", "listings": [{"marketplace": "a", "market": "QQ"}]}),
    json.dumps({"sku": "S", "title": "T", "listings": {"marketplace": "a", "market": "DE"}}),
    json.dumps({"sku": " S ", "title": "T", "listings": [{"marketplace": "a", "market": "DE"}]}),
    json.dumps({"sku": "\u001fS", "title": "T", "listings": [{"marketplace": "a", "market": "DE"}]}),
    json.dumps({"sku": "\u00a0S\u3000", "title": "T", "listings": [{"marketplace": "a", "market": "DE"}]}),
    '{"sku": "S", "title": "first", "title": "second", "listings": [{"marketplace": "a", "market": "DE", '
    '"market": "FR"}]}',
    '{"sku": "S", "title": "T", "listings": [{"marketplace": "a", "market": "DE", "epr": {"a": "1", "a": "2"}}]}',
    '{"sku": "S", "title": "T"} {}', '{"sku": "S", "title": "T"} x', '{"sku": "S", "title": "x\ty"}',
    '{"sku": "S", "title": "T",}', '{"sku": "S\\ud800", "title": "T"}', '["sku", "S"]', '"S"', "3", "null",
    '{"sku": "S", "title": "T", "listings": [' + "[" * 120 + "]" * 120 + "]}",
    '{"sku": "S", "title": "T", "description": ' + "[" * 120 + "]" * 120 + "}",
    # nested deeper than safe_json allows (64) but not than pydantic does: list fields whose validators read items
    '{"sku": "S", "title": "T", "bullet_points": ' + "[" * 65 + "]" * 65 + "}",
    '{"sku": "S", "title": "T", "radio": ' + "[" * 100 + "]" * 100 + "}",
    '{"sku": "S", "title": "T", "listings": [{"marketplace": "a", "market": "DE", "safety_info_languages": '
    + "[" * 65 + "]" * 65 + "}]}",
    '{"sku": "S", "title": "T" ' + ' ' * 3 + '}\r\n',
]


def _lines() -> list[str]:
    return SHAPES + [_with(path, value) for path in _paths(PRODUCT) for value in VALUES]


def _same_models(fast: Any, usual: Any) -> None:
    """Equal, and alike as objects: classes, field order, set fields, nested models the same way."""
    assert type(fast) is type(usual)
    if isinstance(fast, BaseModel):
        assert list(fast.__dict__) == list(usual.__dict__)
        assert fast.model_fields_set == usual.model_fields_set
        for name in fast.__dict__:
            _same_models(fast.__dict__[name], usual.__dict__[name])
    elif isinstance(fast, list | tuple):
        assert len(fast) == len(usual)
        for a, b in zip(fast, usual, strict=True):
            _same_models(a, b)
    elif isinstance(fast, dict):
        assert list(fast.items()) == list(usual.items())
    else:
        assert fast == usual or (fast != fast and usual != usual)  # NaN is never accepted, but say so plainly


def test_rows_taken_from_their_text_give_the_usual_entry() -> None:
    lines, taken = _lines(), 0
    for line in lines:
        fast = text_entry(line)
        if fast is None:
            continue
        taken += 1
        usual, problems = entry_and_problems(safe_json.loads(line))
        assert problems == [] and usual is not None, line
        _same_models(fast, usual)
        assert fast.model_dump_json() == usual.model_dump_json()
    assert 1000 < taken < len(lines)  # most variations are ordinary rows; many are not


@pytest.fixture(autouse=True)
def _always_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every row tried the fast way (rows that are not ordinary come in runs here)."""
    monkeypatch.setattr(catalog_lines, "MISSES", 10**9)


def _usual_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the code did before ``row_entry``: every row validated from its parsed dicts."""
    monkeypatch.setattr(catalog_module, "row_entry", lambda text: None)
    monkeypatch.setattr(scan_lines, "row_entry", lambda text: None)


def test_a_check_pass_says_the_same_of_every_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors (file, row, field, wording), ignored fields, the product as the duplicate-SKU check notes it, and
    the note pass 2 reads the line by: the same for every row, whichever way it was validated."""
    lines = _lines()
    checked = [check_jsonl_line(Path("c.jsonl"), number, line, line_token) for number, line in enumerate(lines, 1)]
    _usual_way(monkeypatch)
    assert checked == [check_jsonl_line(Path("c.jsonl"), n, line, line_token) for n, line in enumerate(lines, 1)]
    assert sum(not c.errors for c in checked) > 1000 and sum(bool(c.errors) for c in checked) > 500


def test_a_catalog_reads_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In process (``iter_catalog`` without workers): entries, row errors and warnings as before."""
    path = tmp_path / "c.jsonl"
    path.write_text("".join(line.rstrip("\r\n") + "\n" for line in _lines()), encoding="utf-8")

    def read() -> tuple[list[Any], list[Any]]:
        warnings: list[Any] = []
        return list(iter_catalog([path], warnings)), warnings

    items, warnings = read()
    _usual_way(monkeypatch)
    usual_items, usual_warnings = read()
    assert warnings == usual_warnings and len(warnings) >= 2  # ignored columns, a SKU given twice
    _same_models(items, usual_items)


def test_pass_two_validates_a_line_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's second pass (``validated_line``): the same entry, and the same error for a line whose SKU is not
    the one pass 2 read (the catalog changed between the passes)."""
    line = json.dumps(PRODUCT)
    entry = validated_line(LineWork(line, None, "c.jsonl", 3, "SKU-1"))
    with pytest.raises(ScanInputError) as changed:
        validated_line(LineWork(line, None, "c.jsonl", 3, "SKU-2"))
    _usual_way(monkeypatch)
    _same_models(entry, validated_line(LineWork(line, None, "c.jsonl", 3, "SKU-1")))
    with pytest.raises(ScanInputError) as usual_changed:
        validated_line(LineWork(line, None, "c.jsonl", 3, "SKU-2"))
    assert str(changed.value) == str(usual_changed.value) and "row 3" in str(changed.value)


def test_an_ordinary_row_is_taken_from_its_text() -> None:
    """The point of it: a plain product row does not go the usual (slower) way; a row with anything to report
    does."""
    assert text_entry(json.dumps(PRODUCT)) is not None
    assert text_entry(json.dumps({**PRODUCT, "price": 3})) is None  # ignored: named in a warning
    assert text_entry(json.dumps({**PRODUCT, "listings": [{**LISTING, "sku": "SKU-1"}]})) is None


def test_rows_that_are_not_ordinary_are_then_only_sampled(monkeypatch: pytest.MonkeyPatch) -> None:
    """A catalog of rows that never take the fast way (ignored columns, ``markets``) does not pay for trying it on
    every row: after MISSES of them in a row one row in SAMPLE is tried, and an ordinary row found that way
    resumes trying every row."""
    monkeypatch.setattr(catalog_lines, "MISSES", 3)
    tried: list[str] = []
    monkeypatch.setattr(catalog_lines, "text_entry", lambda text: tried.append(text) or text_entry(text))
    entry = catalog_lines._FastPathSampler().entry
    other, ordinary = json.dumps({**PRODUCT, "price": 3}), json.dumps(PRODUCT)
    assert [entry(other) for _ in range(3 + 2 * catalog_lines.SAMPLE)] == [None] * (3 + 2 * catalog_lines.SAMPLE)
    assert len(tried) == 3 + 2  # the first three, then one of each SAMPLE
    assert [entry(ordinary) is None for _ in range(catalog_lines.SAMPLE)].count(False) == 1  # found again...
    tried.clear()
    assert all(entry(ordinary) is not None for _ in range(5)) and len(tried) == 5  # ...and tried every time
