"""A scan's second pass over JSON Lines validates only what it evaluates (usecases/scan_lines.py):
reuse is decided from each line's exact text and override, and nothing else about the scan changes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from crossguard.engine.catalog import load_catalog
from crossguard.register.classification import set_override
from crossguard.register.errors import ScanInputError
from crossguard.store.db import make_engine
from crossguard.usecases.scan import scan_catalog
from crossguard.usecases.scan_lines import line_entries
from tests.test_register_stream import CATALOG, as_jsonl, snapshot

AT = date(2026, 11, 25)


@pytest.fixture
def engine(db_url: str) -> Engine:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def test_line_entries_read_the_sku_and_listings_the_validated_entries_have(tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    with catalog.open("a") as handle:  # a numeric SKU and a listing for several markets
        handle.write(json.dumps({"sku": 12345, "title": "Lamp", "listings": [
            {"marketplace": "amazon", "markets": ["DE", "FR"]}]}) + "\n")
        # past 64 bits: pass 1 reads it as an integer, and so must pass 2 (orjson would read a float)
        handle.write(json.dumps({"sku": 123456789012345678901234567890, "title": "Lamp",
                                 "listings": [{"marketplace": "amazon", "market": "DE"}]}) + "\n")
    validated = load_catalog([catalog]).entries
    lines = list(line_entries(catalog, {}))
    assert [(e.product.sku, e.listing_count) for e in lines] == [(e.product.sku, len(e.listings)) for e in validated]
    assert [e.entry() for e in lines] == validated
    assert lines[-2].product.sku == "12345" and lines[-2].listing_count == 2
    assert lines[-1].product.sku == "123456789012345678901234567890"


def test_unchanged_jsonl_rescan_evaluates_nothing_and_counts_as_the_first(engine: Engine, tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    first = scan_catalog(engine, [catalog], at=AT, workers=1)
    before = snapshot(engine)
    again = scan_catalog(engine, [catalog], at=AT, workers=1)
    assert again.evaluated == 0 and first.evaluated == first.entries > 0
    assert (again.entries, again.listings, again.produced) == (first.entries, first.listings, first.produced)
    assert (again.new, again.resolved, again.updated, again.reopened) == (0, 0, 0, 0)
    after = snapshot(engine)
    assert {t: after[t] for t in ("findings", "finding_events", "rule_texts")} == {
        t: before[t] for t in ("findings", "finding_events", "rule_texts")}


def test_a_changed_line_or_override_is_evaluated_again(engine: Engine, tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    scan_catalog(engine, [catalog], at=AT, workers=1)
    lines = catalog.read_text().splitlines()
    first = json.loads(lines[0])
    lines[0] = json.dumps(first, indent=None, separators=(",", ":"))  # same product, other text: evaluated again
    catalog.write_text("\n".join(lines) + "\n")
    assert scan_catalog(engine, [catalog], at=AT, workers=1).evaluated == 1
    set_override(engine, str(json.loads(lines[1])["sku"]), product_type=None, classes={"radio": False},
                 reason="wired only", by="olga")
    assert scan_catalog(engine, [catalog], at=AT, workers=1).evaluated == 1


def test_a_line_that_turns_bad_between_the_passes_of_a_rescan_rolls_back(engine: Engine, tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    scan_catalog(engine, [catalog], at=AT, workers=1)
    before = snapshot(engine)
    lines = catalog.read_text().splitlines()

    def break_a_line(total: int) -> None:  # between the check pass and the scan pass: valid JSON, bad field
        bad = json.loads(lines[0]) | {"battery": {"capacity_wh": "lots"}}
        catalog.write_text("\n".join([json.dumps(bad), *lines[1:]]) + "\n")

    with pytest.raises(ScanInputError, match="changed during the scan"):
        scan_catalog(engine, [catalog], at=AT, workers=2, on_loaded=break_a_line)
    assert snapshot(engine) == before
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM scan_runs")).scalar() == 1
