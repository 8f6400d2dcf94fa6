"""The bundled examples (`make demo`): they load cleanly, the default packs give a realistic mix of
allowed and blocked listings, the malformed catalog reports its bad rows, and the default rules/
validate. Also a guard that every certification rule is exercised by the pack tests."""

from __future__ import annotations

import json
import re
import shlex
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.catalog import load_catalog
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.findings import Decision
from crossguard.engine.markets import region_of
from crossguard.engine.packs import load_packs
from tests.factories import AT, EXAMPLES, RULES

CATALOG = EXAMPLES / "catalog.yaml"
CATALOG_CSV = EXAMPLES / "catalog.csv"
BAD_CSV = EXAMPLES / "bad-catalog.csv"
CERTIFICATION_PACKS = ("eu-ce.yaml", "eu-gpsr.yaml", "eu-batteries.yaml", "eu-epr.yaml", "eu-energy-label.yaml",
                       "eu-cra.yaml", "gb-product-safety.yaml", "us-product-safety.yaml")


@pytest.fixture(scope="module")
def evaluator() -> Evaluator:
    """The default packs in rules/, as `crossguard check` uses them."""
    return Evaluator.from_paths(None)


@pytest.fixture(scope="module")
def decisions(evaluator: Evaluator) -> list[Decision]:
    loaded = load_catalog([CATALOG])
    assert loaded.errors == []
    return evaluator.check_catalog(loaded.entries, AT)


def test_bundled_catalog_loads_without_errors() -> None:
    loaded = load_catalog([CATALOG])
    assert loaded.errors == []
    assert len(loaded.entries) >= 30
    skus = [entry.product.sku for entry in loaded.entries]
    assert len(skus) == len(set(skus))
    markets = {listing.market for entry in loaded.entries for listing in entry.listings}
    assert {region_of(market) for market in markets} >= {"EU", "GB", "US"}
    assert {"DE", "FR", "GB", "US"} <= markets and len(markets & {"IT", "ES", "NL", "PL"}) >= 3
    marketplaces = {listing.marketplace for entry in loaded.entries for listing in entry.listings}
    assert marketplaces == {"amazon", "ebay", "shopify"}


def test_bundled_catalog_covers_the_product_categories() -> None:
    titles = " ".join(entry.product.title.lower() for entry in load_catalog([CATALOG]).entries)
    for word in ("bluetooth speaker", "charger", "power bank", "plush", "rc car", "puzzle", "stem kit",
                 "e-bike battery", "led bulb", "t-shirt", "hoodie", "kettle", "air fryer", "knife", "baby",
                 "smart plug", "headphones"):
        assert word in titles, word


def test_default_packs_allow_and_block_a_realistic_share(decisions: list[Decision]) -> None:
    counts = Counter(decision.decision for decision in decisions)
    assert set(counts) == {"allow", "review", "block"}
    assert counts["review"] == 1  # VX-Q7: nothing says what it is (rules/classification.yaml)
    share = counts["allow"] / len(decisions)
    assert 0.4 <= share <= 0.6, counts
    # blocks come from each jurisdiction's packs, and many allowed listings still carry warnings
    blocked_regions = {region_of(d.market) for d in decisions if d.blocked}
    assert blocked_regions >= {"EU", "GB", "US"}
    assert any(d.findings and not d.blocked for d in decisions)


def test_findings_are_varied_and_never_duplicated(decisions: list[Decision]) -> None:
    fired = Counter(f.rule_id for d in decisions for f in d.findings)
    assert len(fired) >= 25, fired
    for decision in decisions:
        ids = [f.rule_id for f in decision.findings]
        assert len(ids) == len(set(ids)), (decision.subject, ids)


def test_demo_showcases(decisions: list[Decision]) -> None:
    by_subject = {d.subject: d for d in decisions}

    def rules(subject: str) -> set[str]:
        return {f.rule_id for f in by_subject[subject].findings}

    assert {"EU-RED-001", "EU-RED-002"} <= rules("TW-BTS-100@amazon:DE")  # Bluetooth under LVD/EMC
    assert by_subject["TW-BTS-100@amazon:US"].decision == "allow"
    assert "EU-LVD-001" in rules("AF-CHG-20@amazon:DE")  # expired declaration
    assert "EU-BATT-001" in rules("VT-EBB-36@amazon:DE")  # e-bike battery without CE under 2023/1542
    assert "EU-GPSR-001" in rules("BN-CAM-2K@ebay:FR")  # non-EU "responsible person"
    assert "US-CPSC-001" in rules("WB-KIDS-PJ@amazon:US")  # children's product without CPC
    assert "US-CPSC-003" in rules("NH-SCALE-5K@amazon:US")  # coin cell without GCC
    assert "EU-LVD-001" in rules("HL-HEATER-2K@shopify:XI") and by_subject["HL-HEATER-2K@amazon:GB"].findings == []
    assert by_subject["TL-MAGIC-13@amazon:US"].findings == []  # 13+: EU toy, not a US children's product


def test_demo_depends_on_the_date(evaluator: Evaluator) -> None:
    entries = load_catalog([CATALOG]).entries
    before = {f.rule_id for d in evaluator.check_catalog(entries, date(2024, 6, 1)) for f in d.findings}
    after = {f.rule_id for d in evaluator.check_catalog(entries, AT) for f in d.findings}
    # EU-BATT-004 (battery label) waits for config.yaml law_dates.battery_label_from (docs/law-2026.md W2)
    dated = {"EU-GPSR-001", "EU-BATT-001", "EU-BATT-003", "US-CPSC-005", "EU-RED-003", "EU-CHG-001",
             "EU-EPR-PACK-001", "EU-CRA-001", "US-FCC-003"}
    assert dated <= after
    assert not dated & before


def test_csv_example_loads_with_market_expansion_and_certificates(evaluator: Evaluator) -> None:
    loaded = load_catalog([CATALOG_CSV])
    assert loaded.errors == []
    assert len(loaded.entries) >= 6
    rows = len(CATALOG_CSV.read_text(encoding="utf-8").splitlines()) - 1
    listings = [listing for entry in loaded.entries for listing in entry.listings]
    assert len(listings) > rows  # "DE;FR" cells expand to one listing per market
    speaker = next(e for e in loaded.entries if e.product.sku == "CSV-SPK-10")
    assert [c.scheme.value for c in speaker.product.certificates] == ["CE", "FCC_ID"]
    assert speaker.product.certificates[0].directives == ["RED", "ROHS", "BATT"]
    decisions = evaluator.check_catalog(loaded.entries, AT)
    assert {d.decision for d in decisions} == {"allow", "block"}


def test_bad_catalog_reports_each_bad_row_and_keeps_the_good_one() -> None:
    loaded = load_catalog([BAD_CSV])
    assert [entry.product.sku for entry in loaded.entries] == ["BAD-OK"]
    errors = {(error.row, error.field.split(".")[0]) for error in loaded.errors}
    assert errors == {
        (3, "mains_voltage_v"),  # "two hundred thirty": wrong type
        (4, "voltage_type"),  # not AC/DC
        (5, "certificates"),  # date not ISO
        (6, "certificates"),  # expires before issued
        (7, "listings"),  # market "Germany"
        (8, "age_min_years"),  # negative age
        (9, "sku"),  # missing
        (10, ""),  # more cells than columns
    }


def test_check_cli_on_the_bundled_catalog() -> None:
    result = CliRunner().invoke(app, ["check", str(CATALOG), "--at", AT.isoformat(), "-f", "json"])
    assert result.exit_code == 1  # some listing blocked
    report = json.loads(result.output)
    summary = report["summary"]
    assert summary["input_errors"] == 0 and summary["allowed"] > 0 and summary["blocked"] > 0
    assert summary["listings"] == summary["allowed"] + summary["review"] + summary["blocked"]


def test_check_cli_exits_2_on_the_bad_catalog() -> None:
    result = CliRunner().invoke(app, ["check", str(BAD_CSV), "--at", AT.isoformat()])
    assert result.exit_code == 2
    assert "INPUT ERROR" in result.output and "row 3: mains_voltage_v" in result.output


def test_validate_default_rules_exits_0() -> None:
    result = CliRunner().invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok:")


def test_every_certification_rule_has_references_dates_and_tests() -> None:
    packs = load_packs([RULES / name for name in CERTIFICATION_PACKS])
    tests = [*Path(__file__).parent.glob("test_pack_*.py"), *Path(__file__).parent.glob("test_law_2026_*.py")]
    test_text = "\n".join(p.read_text(encoding="utf-8") for p in tests)
    for pack in packs:
        assert len(pack.rules) <= 40, pack.spec.id
        for rule in pack.rules:
            spec = rule.spec
            assert spec.references and all(re.search(r"\d", ref) for ref in spec.references), spec.id
            assert "{title}" in spec.message or "{sku}" in spec.message, spec.id
            assert re.search(rf"\b{re.escape(spec.id)}\b", test_text), f"{spec.id} has no test"
            if spec.blocks_listing:
                assert spec.severity.value in ("critical", "high"), spec.id


def demo_commands(program: str) -> list[list[str]]:
    """The arguments of each `crossguard PROGRAM` line of the Makefile's demo, its variables filled in."""
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8")
    variables = dict(re.findall(r"^(\w+) := (.*)$", makefile, re.MULTILINE))
    commands = []
    for line in re.findall(rf"^\t-?\$\(BIN\)/crossguard {program} (.*)$", makefile, re.MULTILINE):
        filled = re.sub(r"\$\((\w+)\)", lambda m: variables[m.group(1)], line)
        commands.append([program, *shlex.split(filled)])
    return commands


def test_make_demo_explains_the_accounts_without_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The healthy account and the one with too few orders give no finding; the demo shows why, rule by rule."""
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    outputs = {}
    for args in demo_commands("explain"):
        result = CliRunner().invoke(app, args, env={"COLUMNS": "300"})
        assert result.exit_code == 0, result.output
        subject = args[args.index("--subject") + 1]
        rules = [args[i + 1] for i, arg in enumerate(args) if arg == "--rule"]
        assert result.output.count("→ silent") == len(rules) == result.output.count(" [account-health ")
        outputs[subject] = result.output
    assert set(outputs) == {"account:HP-EU-1@amazon:DE", "account:PT-EU-1@amazon:FR"}
    healthy = outputs["account:HP-EU-1@amazon:DE"]
    assert "silent: odr_limit_ratio gte 0.75 is false" in healthy and "silent: rating lt 200 is false" in healthy
    too_few = outputs["account:PT-EU-1@amazon:FR"]  # over the limits, but on too few orders to judge
    assert "silent: odr_orders gt 100 is false (odr_orders = 64)" in too_few
    assert "silent: cancellation_orders gt 40 is false" in too_few
