"""`crossguard seller-check` on the sample data (the demo), its exit codes and JSON, and the wiring
that registers the seller subject kinds whenever packs are loaded."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from crossguard.cli import app as root_app
from crossguard.engine.seller.evaluate import evaluate_seller_data, listings_from_catalog
from crossguard.engine.seller.report import SCHEMA
from crossguard.settings import load_settings
from tests.seller_support import EXAMPLES, ROOT, RULES, seller_evaluator

AT = "2026-11-25"
PACKS = ["--rules", str(RULES / "vat.yaml"), "--rules", str(RULES / "trademarks.yaml"),
         "--rules", str(RULES / "accounts.yaml"), "--rules", str(RULES / "fx.yaml"),
         "--rules", str(RULES / "customs.yaml"), "--rules", str(RULES / "account-health.yaml")]


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    return root_app


@pytest.fixture(scope="module")
def demo_json(app) -> dict:
    result = CliRunner().invoke(app, ["seller-check", "--data", str(EXAMPLES), "--at", AT, "--format", "json", *PACKS])
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


EXPECTED_DEMO = {
    ("VAT-OSS-001", "entity:Brightwave GmbH/vat-oss"),
    ("VAT-OSS-002", "entity:Nordlicht Handels GmbH/vat-oss"),
    ("VAT-OSS-003", "entity:Kolmio Design Oy/vat-oss"),
    ("VAT-OSS-004", "entity:Pacific Trail Outfitters Inc./vat-oss"),
    ("VAT-STOCK-001", "entity:Brightwave GmbH/vat:CZ"),
    ("VAT-STOCK-001", "entity:Shenzhen Kaida Trading Co., Ltd./vat:PL"),
    ("VAT-NONEU-001", "entity:Shenzhen Kaida Trading Co., Ltd./vat:PL"),
    ("VAT-GB-001", "entity:Shenzhen Kaida Trading Co., Ltd./vat:GB"),  # UK stock: VAT-GB-001, not VAT-STOCK-001
    ("VAT-GB-002", "entity:Thistle & Thread Ltd/vat:GB"),
    ("VAT-NUM-001", "entity:Shenzhen Kaida Trading Co., Ltd./vat-number:DE30124567"),
    ("TM-LAPSED-001", "trademark:INPI:4561237"),
    ("TM-EXPIRY-001", "trademark:UKIPO:UK00918234567"),
    ("TM-US8-001", "trademark:USPTO:6378421"),
    ("TM-BRAND-001", "KD-CABLE-3M@amazon:DE"),
    ("TM-BRAND-001", "KD-CABLE-3M@amazon:GB"),
    ("TM-BRAND-001", "KD-CTRL-PRO@amazon:DE"),
    ("TM-BRAND-001", "HP-SHELF-1@amazon:DE"),
    ("TM-WATCH-001", "KD-CTRL-PRO@amazon:DE"),
    ("TM-WATCH-002", "BW-BRICK-LT@amazon:IT"),
    ("TM-WATCH-002", "BW-STRIP-05@amazon:DE"),
    ("ACCT-LINK-001", "accounts:amazon:EU/cluster:BW-EU-1+BW-EU-2"),
    ("ACCT-LINK-001", "accounts:amazon:EU/cluster:KO-EU-1+KO-UK-1"),  # amazon.co.uk and EU: one account region
    ("ACCT-LINK-002", "accounts:amazon:EU/cluster:KD-EU-1+KD-EU-2"),
    ("ACCT-LINK-003", "accounts:amazon:EU/cluster:ML-EU-1+NL-EU-1"),
    ("FX-EXPO-001", "fx:Brightwave GmbH/USD"),
    ("FX-EXPO-002", "fx:Brightwave GmbH/USD"),
    ("FX-EXPO-002", "fx:Nordlicht Handels GmbH/USD"),
    ("FX-RATE-001", "fx:Brightwave GmbH/GBP"),
    ("US-DEMIN-001", "entity:Shenzhen Kaida Trading Co., Ltd./imports:US"),
    ("EU-LVC-001", "entity:Shenzhen Kaida Trading Co., Ltd./imports:EU"),
    ("AH-ODR-C1", "account:BW-EU-1@amazon:DE"),  # approaching the contractual ODR limit, rising three weeks
    ("AH-ODR-TREND", "account:BW-EU-1@amazon:DE"),
    ("AH-CR-C2", "account:KO-UK-1@amazon:GB"),  # over the UK cancellation limit
    ("AH-CR-TREND", "account:KO-UK-1@amazon:GB"),
    ("AH-AHR-001", "account:KD-EU-1@amazon:DE"),  # rating at risk, with an open IP complaint
    ("AH-PV-IP", "account:KD-EU-1@amazon:DE"),
    ("AH-AHR-TREND", "account:KD-EU-1@amazon:DE"),
    ("AH-LATE10-T1", "account:BW-NA-1@amazon:US"),  # a US target: a lower grade than the EU/UK criteria
    ("AH-LATE10-TREND", "account:BW-NA-1@amazon:US"),
}


def test_demo_data_finds_each_kind_and_passes_many(demo_json):
    assert demo_json["schema"] == SCHEMA and demo_json["at"] == AT
    found = {(f["rule_id"], f["subject"]) for f in demo_json["findings"]}
    assert found == EXPECTED_DEMO
    summary = demo_json["summary"]
    assert summary["input_errors"] == 0 and summary["uncovered_subject_kinds"] == []
    assert set(summary["checked"]) == {"vat_entity", "vat_country", "vat_number", "trademark", "brand_listing",
                                       "account_cluster", "fx_position", "import_route", "account_health"}
    assert sum(summary["passed"].values()) >= 40
    assert all(count >= 1 for kind, count in summary["passed"].items())


def test_demo_findings_carry_evidence_and_fingerprints(demo_json):
    for item in demo_json["findings"]:
        assert item["evidence"] and item["references"] and len(item["fingerprint"]) == 32
    linked = next(f for f in demo_json["findings"] if f["rule_id"] == "ACCT-LINK-001")
    assert "DE89…3000 (BW-EU-1, BW-EU-2)" in linked["evidence"][0]["basis"]


def test_text_output_summary(app):
    result = CliRunner().invoke(app, ["seller-check", "--data", str(EXAMPLES), "--at", AT, *PACKS])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert [line for line in lines if line.startswith("== ")] == ["== VAT", "== Trademarks", "== Account linkage",
                                                                   "== FX", "== Customs", "== Account health"]
    assert lines[-1].startswith(f"{len(EXPECTED_DEMO)} finding(s) (2 critical,") and "0 input error(s)" in lines[-1]
    assert lines[-2].startswith(f"as of {AT}: checked vat_entity 8 (4 passed)")


def test_bad_rows_exit_2_and_the_rest_is_still_checked(app, tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(EXAMPLES, data)
    with open(data / "stock.csv", "a", encoding="utf-8") as handle:
        handle.write("Brightwave GmbH,CZ,own,-4,Prague\n")
    result = CliRunner().invoke(app, ["seller-check", "--data", str(data), "--at", AT, "--format", "json", *PACKS])
    assert result.exit_code == 2
    output = json.loads(result.output)
    assert [(e["row"], e["field"]) for e in output["input_errors"]] == [(15, "quantity")]
    assert len(output["findings"]) == len(EXPECTED_DEMO)


def test_clean_data_exits_0(app, tmp_path: Path):
    (tmp_path / "entities.yaml").write_text("- {name: Acme GmbH, country: DE, vat_registrations: 'DE:DE298765431'}\n")
    result = CliRunner().invoke(app, ["seller-check", "--data", str(tmp_path), "--at", AT, *PACKS])
    assert result.exit_code == 0, result.output
    assert "0 finding(s)" in result.output


def test_missing_folder_or_bad_date(app, tmp_path: Path):
    result = CliRunner().invoke(app, ["seller-check", "--data", str(tmp_path / "nope"), *PACKS])
    assert result.exit_code == 2 and "not a folder" in result.output
    result = CliRunner().invoke(app, ["seller-check", "--data", str(tmp_path), "--at", "25.11.2026", *PACKS])
    assert result.exit_code == 2


def test_packs_alone_know_the_seller_subject_kinds():
    """subject_kinds() loads every declaring module: a fresh process can load the seller packs first thing."""
    code = ("from crossguard.engine.packs import load_packs; from pathlib import Path; "
            f"print(sum(len(p.rules) for p in load_packs([Path({str(RULES / 'fx.yaml')!r}), "
            f"Path({str(RULES / 'accounts.yaml')!r})])))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "6"


def test_uncovered_kinds_are_reported():
    evaluator = seller_evaluator("fx")
    result = evaluate_seller_data(evaluator, EXAMPLES, date.fromisoformat(AT), load_settings().fx)
    assert "vat_entity" in result.uncovered_kinds and "fx_position" not in result.uncovered_kinds
    assert Counter(f.rule_id.split("-")[0] for f in result.findings) == {"FX": 4}


def test_catalog_listings_can_be_checked_too():
    from crossguard.engine.models import CatalogEntry

    entry = CatalogEntry.model_validate({"product": {"sku": "X1", "title": "Bricks for LEGO fans", "brand": "Acme"},
                                         "listings": [{"sku": "X1", "marketplace": "amazon", "market": "DE"}]})
    listings = listings_from_catalog([entry])
    assert [(item.sku, item.market, item.brand) for item in listings] == [("X1", "DE", "Acme")]
    evaluator = seller_evaluator("trademarks")
    result = evaluate_seller_data(evaluator, EXAMPLES, date.fromisoformat(AT), listings=listings)
    assert {f.rule_id for f in result.findings if f.subject == "X1@amazon:DE"} == {"TM-WATCH-002", "TM-BRAND-001"}
