"""The performance file in YAML, JSON and CSV: a bad row in each format is reported with file, row,
field (and YAML line) while the other rows load; cross-checks against the accounts file; the demo."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.seller.data import load_seller_data
from crossguard.engine.seller.health_models import PerformanceRecord, ViolationStatus, ViolationType
from crossguard.engine.seller.loaders import load_records
from tests.seller_support import EXAMPLES, RULES

ACCOUNTS = "- {account_id: A1, platform: amazon, region: EU}\n- {account_id: E1, platform: ebay, region: EU}\n"
HEADER = ("account,marketplace,market,date,odr.orders,odr.defects,odr.window_days,cancellation.orders,"
          "cancellation.cancelled,rating,violations\n")


def errors_of(file: Path) -> tuple[list[tuple[int, str]], list[PerformanceRecord]]:
    loaded = load_records(file, PerformanceRecord, "performance")
    return [(e.row, e.field) for e in loaded.errors], loaded.items


def test_yaml_bad_row_is_named_with_its_line_and_the_rest_loads(tmp_path: Path) -> None:
    file = tmp_path / "performance.yaml"
    file.write_text(
        "performance:\n"
        "  - {account: A1, marketplace: amazon, market: GB, date: 2026-11-16, odr: {orders: 900, defects: 4}}\n"
        "  - account: A1\n"
        "    marketplace: amazon\n"
        "    market: GB\n"
        "    date: 2026-11-23\n"
        "    odr: {orders: 3, defects: 5}\n",
        encoding="utf-8",
    )
    loaded = load_records(file, PerformanceRecord, "performance")
    [error] = loaded.errors
    assert (error.row, error.field, error.line) == (2, "odr", 7)
    assert "5 out of 3 is more than all of them" in error.reason and str(file) in str(error)
    assert [r.date.isoformat() for r in loaded.items] == ["2026-11-16"]


def test_json_window_that_is_not_the_metrics_own_is_a_bad_row(tmp_path: Path) -> None:
    file = tmp_path / "performance.json"
    rows = [
        {"account": "A1", "marketplace": "amazon", "market": "DE", "date": "2026-11-23",
         "odr": {"orders": 900, "defects": 4, "window_days": 60}},
        {"account": "A1", "marketplace": "amazon", "market": "FR", "date": "2026-11-23",
         "odr": {"orders": 900, "defects": 4, "window_days": 90}},
        {"account": "A1", "marketplace": "amazon", "market": "IT", "date": "2026-11-23",
         "cancellation": {"orders": 90, "cancelled": 1, "window_days": 7}},
        {"account": "A1", "marketplace": "amazon", "market": "ES", "date": "2026-11-23",
         "cancellation": {"orders": 90, "cancelled": 1, "window_days": 8}},
    ]
    file.write_text(json.dumps(rows), encoding="utf-8")
    loaded = load_records(file, PerformanceRecord, "performance")
    assert [(e.row, e.field) for e in loaded.errors] == [(2, "odr"), (4, "cancellation")]
    assert "figures over 90 days: the Order Defect Rate is judged over 60 days" in loaded.errors[0].reason
    assert [r.market for r in loaded.items] == ["DE", "IT"]


def test_csv_bad_rows_are_named_by_line_and_field(tmp_path: Path) -> None:
    file = tmp_path / "performance.csv"
    file.write_text(
        HEADER
        + "A1,amazon,UK,2026-11-23,900,4,60,120,1,250,intellectual_property@2026-11-02#B0C1234567/SPK-1\n"
        + "A1,amazon,DE,2026-11-23,900,4,,120,1,250,intellectual property on 2 Nov\n"  # line 3: cell syntax
        + "A1,amazon,Germany,2026-11-23,900,4,,,,,\n"  # line 4: not a country code
        + "A1,amazon,FR,2026-11-23,900,-1,,,,,\n"  # line 5: negative count
        + "A1,amazon,IT,2026-11-23,900,4,,,,1200,\n"  # line 6: rating above 1,000
        + "A1,amazon,ES,2026-11-09,900,4,,,,250,listing_policy@2026-11-10\n"  # line 7: violation after the date
        + "A1,amazon,NL,2026-11-23,900,4,,,,,ip:appealed@2026-11-02;listing@2026-11-01#B0D\n",
        encoding="utf-8",
    )
    errors, items = errors_of(file)
    assert errors == [(3, "violations"), (4, "market"), (5, "odr.defects"), (6, "rating"), (7, "violations")]
    assert [r.market for r in items] == ["GB", "NL"]
    gb, nl = items
    assert gb.violations[0].model_dump() == {"type": ViolationType.intellectual_property,
                                             "date": gb.violations[0].date, "status": ViolationStatus.open,
                                             "asin": "B0C1234567", "sku": "SPK-1"}
    assert [(v.type.value, v.status.value, v.asin) for v in nl.violations] == [
        ("intellectual_property", "appealed", None), ("listing_policy", "open", "B0D")]


def test_rows_of_unknown_accounts_and_repeated_dates_are_refused(tmp_path: Path) -> None:
    (tmp_path / "accounts.yaml").write_text(ACCOUNTS, encoding="utf-8")
    (tmp_path / "performance.csv").write_text(
        HEADER
        + "A1,amazon,GB,2026-11-23,900,4,,,,,\n"
        + "A9,amazon,GB,2026-11-23,900,4,,,,,\n"  # line 3: no such account
        + "E1,amazon,GB,2026-11-23,900,4,,,,,\n"  # line 4: E1 is an eBay account
        + "A1,amazon,GB,2026-11-23,800,4,,,,,\n"  # line 5: the same store and date again
        + "A1,amazon,DE,2026-11-23,900,4,,,,,\n",
        encoding="utf-8",
    )
    data = load_seller_data(tmp_path)
    assert [(e.row, e.field) for e in data.errors] == [(3, "account"), (4, "account"), (5, "date")]
    assert "unknown amazon account 'A9' (not in accounts)" in data.errors[0].reason
    assert [(r.market, r.odr.orders) for r in data.performance] == [("GB", 900), ("DE", 900)]


def test_seller_check_exits_2_on_a_bad_performance_row_and_still_reports_the_rest(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(EXAMPLES, data)
    with open(data / "performance.csv", "a", encoding="utf-8") as handle:
        handle.write("KO-UK-1,amazon,UK,2026-11-24,100,101,,,,,,,,,,\n")
    result = CliRunner().invoke(app, ["seller-check", "--data", str(data), "--at", "2026-11-25", "--format", "json",
                                      "--rules", str(RULES / "account-health.yaml")])
    assert result.exit_code == 2, result.output
    report = json.loads(result.output)
    assert [(e["row"], e["field"]) for e in report["input_errors"]] == [(23, "odr")]
    assert "AH-CR-C2" in {f["rule_id"] for f in report["findings"]}


def test_the_demo_performance_file_loads_cleanly() -> None:
    data = load_seller_data(EXAMPLES)
    assert data.errors == []
    stores = {r.store for r in data.performance}
    assert len(stores) == 6 and len(data.performance) == 21
    assert {market for _, _, market in stores} == {"DE", "GB", "FR", "US"}
