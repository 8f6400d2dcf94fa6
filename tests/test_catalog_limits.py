"""Catalogs at the edges: CSV rows of a SKU far apart (grouped on disk past the spool's budget), an
over-long cell, rows and products that disagree about one SKU, a JSON byte order mark, infinity and
NaN; and CSV loading whose peak memory does not grow with the catalog (bench/big_catalog.py measures
`check --format jsonl` and `scan` on a million listings)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from crossguard.engine import spool
from crossguard.engine.catalog import RowError, iter_catalog, load_catalog
from crossguard.engine.catalog_csv import MAX_CELL_CHARS

HEADER = ["sku", "title", "brand", "radio", "price", "listing.marketplace", "listing.market"]


def _write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _scattered(products: int, markets: tuple[str, ...] = ("DE", "FR", "US")) -> list[list[str]]:
    """Market by market: a SKU's rows are a third of the file apart."""
    return [[f"SKU-{n:05d}", f"Speaker {n}", "Voltra", "bluetooth", "9.99", "amazon", market]
            for market in markets for n in range(products)]


@pytest.fixture
def small_budget(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A spool budget of 4 KB, so a few hundred rows already go to temporary files; counts the runs written."""
    runs: list[int] = []
    monkeypatch.setattr(spool, "DEFAULT_BUDGET", 4096)
    write = spool.Spool._write

    def counted(records):  # noqa: ANN001, ANN202 - the static method's own signature
        runs.append(1)
        return write(records)

    monkeypatch.setattr(spool.Spool, "_write", staticmethod(counted))
    return runs


def test_csv_rows_far_apart_group_the_same_on_disk_as_in_memory(tmp_path: Path, small_budget: list[int]) -> None:
    path = _write_csv(tmp_path / "catalog.csv", _scattered(300))
    loaded = load_catalog([path])
    assert len(small_budget) > 10  # the rows really went through sorted temporary files
    assert [e.product.sku for e in loaded.entries] == [f"SKU-{n:05d}" for n in range(300)]  # first-row order
    assert all([x.market for x in e.listings] == ["DE", "FR", "US"] for e in loaded.entries)
    assert loaded.errors == []
    small_budget.clear()
    spool.DEFAULT_BUDGET = 1 << 30
    in_memory = load_catalog([path])
    assert small_budget == [] and in_memory.entries == loaded.entries


def test_csv_errors_keep_their_rows_when_grouped_on_disk(tmp_path: Path, small_budget: list[int]) -> None:
    rows = _scattered(200)
    rows[250][4] = ""  # price: ignored anyway
    rows[260][0] = ""  # no sku
    rows[270][6] = "XX"  # an unknown market
    path = _write_csv(tmp_path / "catalog.csv", rows)
    loaded = load_catalog([path])
    assert small_budget
    assert {(e.row, e.field) for e in loaded.errors} == {(262, "sku"), (272, "listings.1.market")}
    by_sku = {e.product.sku: e for e in loaded.entries}
    assert [x.market for x in by_sku["SKU-00070"].listings] == ["DE", "US"]  # the bad listing only is dropped
    assert len(loaded.entries) == 200 - 1 + 1  # SKU-00060 still has its other rows; none is lost


def test_an_over_long_cell_is_a_row_error_naming_its_column(tmp_path: Path) -> None:
    huge = "x" * 1_000_001  # one 1 MB cell: past the csv module's default limit of 131,072
    rows = [["A-1", f"Speaker {huge}", "Voltra", "", "", "amazon", "DE"],
            ["B-1", "Lamp", "Lumo", "", huge, "amazon", "DE"],  # a column crossguard does not read: no limit
            ["C-1", "Kettle", "Boil", "", "", "amazon", "FR"]]
    loaded = load_catalog([_write_csv(tmp_path / "catalog.csv", rows)])
    assert [e.product.sku for e in loaded.entries] == ["B-1", "C-1"]
    [error] = loaded.errors
    assert (error.row, error.field) == (2, "title")
    assert f"{len(huge) + 8:,} characters; at most {MAX_CELL_CHARS:,}" in error.reason
    assert any("price" in str(w) for w in loaded.warnings)


def test_later_rows_with_other_product_values_are_a_warning(tmp_path: Path) -> None:
    rows = [["A-1", "Speaker", "Voltra", "bluetooth", "", "amazon", "DE"],
            ["A-1", "", "", "", "", "amazon", "FR"],  # empty product cells agree
            ["A-1", "Kettle", "Voltra", "", "", "amazon", "US"]]  # another product under the same SKU
    loaded = load_catalog([_write_csv(tmp_path / "catalog.csv", rows)])
    [entry] = loaded.entries
    assert entry.product.title == "Speaker" and len(entry.listings) == 3
    messages = [w.message for w in loaded.warnings]
    assert "SKU 'A-1': row 4 gives other product values than row 2 (title); only row 2's are read" in messages
    assert not any("row 3" in m for m in messages)


def _jsonl(path: Path, products: list[dict]) -> Path:
    path.write_text("".join(json.dumps(p) + "\n" for p in products), encoding="utf-8")
    return path


def test_a_sku_given_twice_with_different_fields_is_a_warning_across_formats(tmp_path: Path) -> None:
    listing = [{"marketplace": "amazon", "market": "DE"}]
    first = _jsonl(tmp_path / "a.jsonl", [
        {"sku": "DUP-1", "title": "Speaker", "listings": listing},
        {"sku": "SAME-1", "title": "Lamp", "listings": listing},
        {"sku": "SAME-1", "title": "Lamp", "listings": [{"marketplace": "ebay", "market": "FR"}]},  # split: fine
        {"sku": "DUP-1", "title": "Kettle", "listings": listing},
    ])
    second = _write_csv(tmp_path / "b.csv", [["SAME-1", "Lamp", "", "", "", "shopify", "US"],
                                             ["OTHER-1", "Charger", "", "", "", "amazon", "DE"]])
    third = tmp_path / "c.yaml"
    third.write_text("- {sku: OTHER-1, title: Charger, brand: Voltra, listings: [{marketplace: ebay, market: GB}]}\n")
    loaded = load_catalog([first, second, third])
    duplicates = [w.message for w in loaded.warnings if "given" in w.message]
    assert len(duplicates) == 2
    assert duplicates[0].startswith("SKU 'DUP-1' is given 2 times with different product fields (a.jsonl row 1, "
                                    "a.jsonl row 4)")
    assert duplicates[1].startswith("SKU 'OTHER-1' is given 2 times with different product fields (b.csv row 3, "
                                    "c.yaml row 1)")
    assert "scan merges them" in duplicates[0]
    quiet = list(iter_catalog([first]))  # no warnings asked for: nothing is tracked
    assert len(quiet) == 4


def test_a_json_catalog_may_start_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "catalog.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps([{"sku": "A", "title": "Lamp", "listings": [
        {"marketplace": "amazon", "market": "DE"}]}]).encode())
    loaded = load_catalog([path])
    assert [e.product.sku for e in loaded.entries] == ["A"] and loaded.errors == []


@pytest.mark.parametrize(("name", "text"), [
    ("inf.json", '[{"sku": "A", "title": "Lamp", "mains_voltage_v": Infinity, "listings": '
                 '[{"marketplace": "amazon", "market": "DE"}]}, {"sku": "B", "title": "Mug", "listings": '
                 '[{"marketplace": "amazon", "market": "DE"}]}]'),
    ("nan.jsonl", '{"sku": "A", "title": "Lamp", "mains_voltage_v": NaN, "listings": '
                  '[{"marketplace": "amazon", "market": "DE"}]}\n{"sku": "B", "title": "Mug", "listings": '
                  '[{"marketplace": "amazon", "market": "DE"}]}\n'),
    ("inf.yaml", "- {sku: A, title: Lamp, mains_voltage_v: -.inf, listings: [{marketplace: amazon, market: DE}]}\n"
                 "- {sku: B, title: Mug, listings: [{marketplace: amazon, market: DE}]}\n"),
    ("inf.csv", "sku,title,mains_voltage_v,listing.marketplace,listing.market\nA,Lamp,inf,amazon,DE\n"
                "B,Mug,,amazon,DE\n"),
])
def test_infinity_and_nan_are_row_errors_naming_the_field(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    loaded = load_catalog([path])
    assert [e.product.sku for e in loaded.entries] == ["B"]
    [error] = loaded.errors
    assert isinstance(error, RowError) and error.field == "mains_voltage_v" and "finite number" in error.reason


def test_a_finite_number_next_to_the_edge_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("- {sku: A, title: Lamp, mains_voltage_v: 1.0e+308,\n"
                    "   listings: [{marketplace: amazon, market: DE}]}\n")
    loaded = load_catalog([path])
    assert loaded.errors == [] and loaded.entries[0].product.mains_voltage_v == 1e308


# -- memory -------------------------------------------------------------------------------------

#: The child reports its own peak (VmHWM): ru_maxrss from wait4 would include the test process's
#: pages, which the child shares between fork and exec.
CHILD = """
import re, sys
from pathlib import Path
from crossguard.engine import spool
spool.DEFAULT_BUDGET = 128 * 1024
from crossguard.engine.catalog import iter_catalog
warnings = []
items = sum(1 for _ in iter_catalog([Path(sys.argv[1])], warnings))
peak_kb = int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
print(items, len(warnings), peak_kb)
"""


def _peak_mb(catalog: Path) -> tuple[float, int]:
    """Peak RSS of reading a catalog (with the duplicate-SKU ledger) in its own process, and the items read."""
    out = subprocess.run([sys.executable, "-c", CHILD, str(catalog)], capture_output=True, text=True, check=True)
    items, _, peak_kb = map(int, out.stdout.split())
    return peak_kb / 1024, items


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_csv_loading_memory_does_not_grow_with_the_catalog(tmp_path: Path) -> None:
    """Rows far apart (the case that used to read the whole file first): 8x the rows, about the same peak.
    Reading every row first, as the loader did, took 33 MB more for the larger file; the spool's budget is 0.125 MB."""
    small = _write_csv(tmp_path / "small.csv", _scattered(2000))
    large = _write_csv(tmp_path / "large.csv", _scattered(16000))
    small_peak, small_items = _peak_mb(small)
    large_peak, large_items = _peak_mb(large)
    assert (small_items, large_items) == (2000, 16000)
    assert large_peak - small_peak < 10, (small_peak, large_peak)


def test_scan_warns_about_a_sku_given_twice_and_still_records_the_catalog(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from crossguard.cli import app

    listing = [{"marketplace": "amazon", "market": "DE"}]
    catalog = _jsonl(tmp_path / "catalog.jsonl", [{"sku": "DUP-1", "title": "Speaker", "listings": listing},
                                                   {"sku": "DUP-1", "title": "Kettle", "listings": listing}])
    result = CliRunner().invoke(app, ["scan", "-c", str(catalog), "--db", f"sqlite:///{tmp_path / 'r.db'}", "-q",
                                      "-w", "1", "--at", "2026-11-25"])
    assert result.exit_code == 0, result.output
    assert "warning: " in result.output
    assert "SKU 'DUP-1' is given 2 times with different product fields" in result.output
