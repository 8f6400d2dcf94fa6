"""`crossguard feeds match ITEMS.jsonl --catalog FILE`: the watch cycle's matcher for pipelines; JSON is
crossguard.match/1 exactly (docs/crossguard.match-1.schema.json); bad input is named and the rest matched."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from crossguard.cli import app

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "crossguard.match-1.schema.json").read_text(encoding="utf-8"))
DEV = ROOT.parent / "shared" / "material" / "feed-match-dev"
runner = CliRunner()
CATALOG = [
    {"sku": "PB-1", "title": "Voltra Slim Power Bank VT-PB41", "brand": "Voltra",
     "listings": [{"marketplace": "amazon", "market": "US"}]},
    {"sku": "PB-2", "title": "Ankora Power Bank 10000mAh", "brand": "Ankora",
     "listings": [{"marketplace": "amazon", "market": "US"}]},
    {"sku": "CB-1", "title": "Voltra USB-C Cable", "brand": "Voltra", "listings": [{"marketplace": "amazon",
                                                                                   "market": "GB"}]},
]
ITEMS = [
    {"item_id": "R1", "title": "Voltra Recalls Power Banks Due to Fire Hazard",
     "text": "This recall involves Voltra power banks, model VT-PB41.", "link": "https://www.cpsc.gov/Recalls/x",
     "published": "2026-04-01", "group": "batteries"},
    {"id": "P1", "title": "VAT on goods sold through online marketplaces", "summary": "Guidance for sellers.",
     "link": "https://www.gov.uk/guidance/vat", "feed": "hmrc"},
    {"item_id": "N1", "title": "Northwind Recalls Chests of Drawers", "link": "https://www.cpsc.gov/Recalls/y"},
]


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(yaml.safe_dump(CATALOG))
    items = tmp_path / "items.jsonl"
    items.write_text("".join(json.dumps(i) + "\n" for i in ITEMS))
    return items, catalog


def test_json_is_crossguard_match_1(files: tuple[Path, Path]) -> None:
    items, catalog = files
    result = runner.invoke(app, ["feeds", "match", str(items), "--catalog", str(catalog), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    by_id = {i["id"]: i for i in doc["items"]}
    assert [(m["sku"], m["strength"]) for m in by_id["R1"]["matches"]] == [("PB-1", "exact"), ("PB-2", "possible")]
    assert by_id["P1"] == {"id": "P1", "scope": "market", "matches": []}
    assert by_id["N1"] == {"id": "N1", "scope": "skus", "matches": []}
    strong = runner.invoke(app, ["feeds", "match", str(items), "--catalog", str(catalog), "-f", "json",
                                 "--min-strength", "strong"])
    assert [m["sku"] for m in json.loads(strong.stdout)["items"][0]["matches"]] == ["PB-1"]


def test_schema_refuses_what_it_must(files: tuple[Path, Path]) -> None:
    bad = {"schema": "crossguard.match/1", "items": [{"id": "x", "scope": "skus", "matches": [],
                                                     "count": 3}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_text_shows_titles_reasons_and_scope_lines(files: tuple[Path, Path]) -> None:
    items, catalog = files
    result = runner.invoke(app, ["feeds", "match", str(items), "--catalog", str(catalog)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "R1: Voltra Recalls Power Banks Due to Fire Hazard" in out
    assert "exact    1.00  PB-1  Voltra Slim Power Bank VT-PB41" in out and "model number VT-PB41 in the text" in out
    assert "P1: VAT on goods sold" in out and "applies to every GB listing" in out
    assert "N1: Northwind" in out and "no SKU concerned" in out


def test_bad_lines_and_rows_are_named_and_the_rest_is_matched(files: tuple[Path, Path], tmp_path: Path) -> None:
    items, catalog = files
    items.write_text(items.read_text() + "{broken\n" + json.dumps({"title": "no id"}) + "\n")
    catalog.write_text(yaml.safe_dump([*CATALOG, {"sku": "X", "listings": []}]))
    result = runner.invoke(app, ["feeds", "match", str(items), "--catalog", str(catalog), "-f", "json"])
    assert result.exit_code == 2
    assert f"{items}:4: not JSON" in result.stderr and f"{items}:5: item_id: missing" in result.stderr
    assert "title" in result.stderr  # the catalog row without a title, named
    assert len(json.loads(result.stdout)["items"]) == 3
    missing = runner.invoke(app, ["feeds", "match", str(tmp_path / "nope.jsonl"), "--catalog", str(catalog)])
    assert missing.exit_code == 2 and "input error" in missing.stderr
    strength = runner.invoke(app, ["feeds", "match", str(items), "--catalog", str(catalog), "--min-strength", "x"])
    assert strength.exit_code == 2


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/material is not on this machine")
def test_the_dev_set_through_the_command() -> None:
    result = runner.invoke(app, ["feeds", "match", str(DEV / "items.jsonl"), "--catalog", str(DEV / "catalog.jsonl"),
                                 "-f", "json", "--min-strength", "strong"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, SCHEMA)
    assert len(doc["items"]) == 30 and sum(1 for i in doc["items"] if i["matches"]) >= 25
