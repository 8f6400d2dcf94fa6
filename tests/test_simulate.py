"""`crossguard simulate`: what a pack change would do to a catalog, against the old packs or the
register's active findings; checked against two independent `crossguard check` runs, on the sample
catalog and on 1,000 real Amazon UK toy listings (skipped when ../shared/material is absent)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from bench.amazon_toys import SOURCE, write_catalog
from crossguard.cli import app
from crossguard.engine.catalog import load_catalog
from crossguard.engine.findings import Finding, Severity
from crossguard.engine.simulate import SimulationBuilder
from tests.factories import AT, EXAMPLES, RULES

NEW_RULE = {
    "id": "GB-TOY-900", "title": "Toy listing without the manufacturer's address", "severity": "medium",
    "blocks_listing": True, "applies_to": {"subject": "listing"},
    "when": {"all": [{"field": "cls.toy", "eq": True}, {"field": "listing.manufacturer_address", "exists": False}]},
    "message": "{title} ({sku}) names no manufacturer address", "remediation": "Add it.",
    "references": ["GPSR-like test rule"],
}


def changed_packs(folder: Path) -> Path:
    """The shipped packs with three changes: EU-TOY-001 no longer blocks, a new blocking GB rule, and
    the CRA pack removed."""
    shutil.copytree(RULES, folder, ignore=shutil.ignore_patterns("tests", "*.py", "__pycache__"))
    (folder / "eu-cra.yaml").unlink()
    ce = yaml.safe_load((folder / "eu-ce.yaml").read_text())
    next(r for r in ce["rules"] if r["id"] == "EU-TOY-001")["blocks_listing"] = False
    (folder / "eu-ce.yaml").write_text(yaml.safe_dump(ce, sort_keys=False))
    gb = yaml.safe_load((folder / "gb-product-safety.yaml").read_text())
    gb["rules"].append(NEW_RULE)
    (folder / "gb-product-safety.yaml").write_text(yaml.safe_dump(gb, sort_keys=False))
    return folder


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The changed packs, written once for the module (the commands only read them; one folder, so the suite's YAML
    memo parses them once rather than once per test)."""
    return changed_packs(tmp_path_factory.mktemp("simulate") / "rules")


@pytest.fixture(scope="module")
def sample_simulation(rules: Path) -> dict[str, Any]:
    """`simulate --format json` of the sample catalog with the changed packs, against the packaged packs (read by
    several tests; none changes it)."""
    return simulate_json("--catalog", str(EXAMPLES / "catalog.yaml"), "--rules", str(rules))


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, [*args])
    return result.exit_code, result.output


def check_findings(catalog: Path, rules: Path | None = None) -> tuple[dict[tuple[str, str], dict], set[str]]:
    """(rule, subject) -> finding, and the blocked listings, from `crossguard check --format json`."""
    code, output = invoke("check", str(catalog), "--at", AT.isoformat(), "--format", "json",
                          *(["--rules", str(rules)] if rules else []))
    assert code in (0, 1), output
    decisions = json.loads(output)["decisions"]
    found = {(f["rule_id"], d["subject"]): f for d in decisions for f in d["findings"]}
    return found, {d["subject"] for d in decisions if d["decision"] == "block"}


def simulate_json(*args: str) -> dict[str, Any]:
    code, output = invoke("simulate", "--at", AT.isoformat(), "--format", "json", *args)
    assert code == 0, output
    return json.loads(output)


def assert_matches_two_checks(document: dict[str, Any], catalog: Path, new_rules: Path) -> None:
    old, old_blocked = check_findings(catalog)
    new, new_blocked = check_findings(catalog, new_rules)
    assert {(f["rule_id"], f["subject"]) for f in document["added"]} == set(new) - set(old)
    assert {(f["rule_id"], f["subject"]) for f in document["removed"]} == set(old) - set(new)
    grade = {key: (f["severity"], f["blocks_listing"]) for key, f in old.items()}
    changed = {key for key in set(old) & set(new) if grade[key] != (new[key]["severity"], new[key]["blocks_listing"])}
    assert {(c["to"]["rule_id"], c["to"]["subject"]) for c in document["changed"]} == changed
    assert {b["subject"] for b in document["newly_blocked"]} == new_blocked - old_blocked
    assert {b["subject"] for b in document["unblocked"]} == old_blocked - new_blocked


def test_against_the_packaged_packs_matches_two_checks(rules: Path, sample_simulation: dict[str, Any]) -> None:
    catalog = EXAMPLES / "catalog.yaml"
    document = sample_simulation
    assert document["schema"] == "crossguard.simulate/1"
    assert document["baseline"] == {"kind": "rules", "source": "the packaged packs"}
    summary = document["summary"]
    loaded = load_catalog([catalog])
    assert summary["listings"] == sum(len(e.listings) for e in loaded.entries)
    assert summary["removed"] > 0 and summary["changed"] > 0
    assert {r["rule_id"] for r in document["by_rule"]} >= {"EU-CRA-001", "EU-TOY-001"}
    assert_matches_two_checks(document, catalog, rules)


def test_by_rule_and_market_add_up(sample_simulation: dict[str, Any]) -> None:
    document = sample_simulation
    assert sum(r["added"] for r in document["by_rule"]) == document["summary"]["added"]
    assert sum(r["removed"] for r in document["by_rule"]) == document["summary"]["removed"]
    assert sum(m["removed"] for m in document["by_market"]) == document["summary"]["removed"]
    assert sum(m["changed"] for m in document["by_market"]) == document["summary"]["changed"] > 0
    cra = next(r for r in document["by_rule"] if r["rule_id"] == "EU-CRA-001")
    assert cra == {"rule_id": "EU-CRA-001", "pack": "eu-cra", "added": 0, "removed": cra["removed"], "changed": 0}


def test_text_output(rules: Path) -> None:
    code, output = invoke("simulate", "-c", str(EXAMPLES / "catalog.yaml"), "-r", str(rules), "--at", AT.isoformat())
    assert code == 0, output
    entries = load_catalog([EXAMPLES / "catalog.yaml"]).entries
    listings = sum(len(e.listings) for e in entries)
    assert output.startswith(f"simulate {rules} against the packaged packs, as of 2026-11-25\n"
                             f"evaluated: {len(entries)} product(s), {listings} listing(s), 0 seller-data subject(s)\n")
    assert "by rule:\n  EU-CRA-001       eu-cra" in output and "listings no longer blocked: " in output


def test_unchanged_packs_change_nothing() -> None:
    document = simulate_json("-c", str(EXAMPLES / "catalog.yaml"), "-d", str(EXAMPLES / "data"),
                             "-r", str(RULES), "--against", str(RULES))
    assert document["summary"]["seller_subjects"] > 100
    assert [document["summary"][k] for k in ("added", "removed", "changed", "newly_blocked", "unblocked")] == [0] * 5


def test_against_the_register(db_url: str, rules: Path, sample_simulation: dict[str, Any]) -> None:
    """Scan with the shipped packs, then simulate the change against the register's open findings."""
    code, output = invoke("scan", "--catalog", str(EXAMPLES / "catalog.yaml"), "--data", str(EXAMPLES / "data"),
                          "--db", db_url, "--at", AT.isoformat(), "-q")
    assert code == 0, output
    against_packs = sample_simulation  # the same catalog and packs, against the packaged packs
    against_register = simulate_json("-c", str(EXAMPLES / "catalog.yaml"), "-r", str(rules), "--db", db_url)
    assert against_register["baseline"]["kind"] == "register"
    for key in ("added", "removed", "changed", "newly_blocked", "unblocked"):
        assert against_register[key] == against_packs[key], key
    # without --data the register's seller findings are out of scope; with it they are compared
    with_data = simulate_json("-c", str(EXAMPLES / "catalog.yaml"), "-d", str(EXAMPLES / "data"), "-r", str(RULES),
                              "--db", db_url)
    assert with_data["summary"]["removed"] == with_data["summary"]["added"] == 0


def test_register_findings_of_listings_not_in_the_catalog_are_removed(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'register.db'}"
    assert invoke("scan", "--catalog", str(EXAMPLES / "catalog.yaml"), "--db", db, "--at", AT.isoformat(), "-q")[0] == 0
    smaller = tmp_path / "smaller.yaml"
    products = yaml.safe_load((EXAMPLES / "catalog.yaml").read_text())["products"]
    smaller.write_text(yaml.safe_dump(products[1:]))
    document = simulate_json("-c", str(smaller), "-r", str(RULES), "--db", db)
    gone = {f["subject"].split("@")[0] for f in document["removed"]}
    assert gone == {products[0]["sku"]} and document["summary"]["removed_unseen"] == len(document["removed"]) > 0
    assert document["added"] == [] and document["unblocked"] == []  # gone, not unblocked


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--against", str(RULES), "--db", "sqlite:///x.db"], "not both"),
        ([], "--catalog FILE and/or --data DIR"),
        (["--db", "sqlite:////nonexistent/register.db"], "no such register database"),
    ],
)
def test_input_errors(args: list[str], message: str) -> None:
    catalog = [] if not args else ["-c", str(EXAMPLES / "catalog.yaml")]
    code, output = invoke("simulate", "-r", str(RULES), *catalog, *args)
    assert code == 2 and message in output
    assert not Path("/nonexistent/register.db").exists()


def test_bad_rows_are_reported_and_the_rest_compared(tmp_path: Path) -> None:
    code, output = invoke("simulate", "-c", str(EXAMPLES / "bad-catalog.csv"), "-r", str(RULES), "--format", "json")
    assert code == 2
    document = json.loads(output)
    assert document["summary"]["input_errors"] > 0 and document["summary"]["listings"] > 0


def finding(rule: str, subject: str, severity: str = "high", blocks: bool = False) -> Finding:
    return Finding(rule_id=rule, rule_title=rule, pack_id="p", pack_version="1", subject_kind="listing",
                   subject=subject, market=subject[-2:], severity=Severity(severity), message="m", remediation="r",
                   blocks_listing=blocks)


def test_builder_diffs_by_fingerprint() -> None:
    builder = SimulationBuilder()
    builder.compare([finding("R-A-1", "S@a:DE", blocks=True), finding("R-B-1", "S@a:DE")],
                    [finding("R-B-1", "S@a:DE", "critical"), finding("R-C-1", "T@a:FR", blocks=True)],
                    ["S@a:DE", "T@a:FR"])
    result = builder.finish([finding("R-D-1", "U@a:IT")])
    assert [(r.rule_id, r.subject) for r in result.added] == [("R-C-1", "T@a:FR")]
    assert [(r.rule_id, r.subject) for r in result.removed] == [("R-A-1", "S@a:DE"), ("R-D-1", "U@a:IT")]
    assert [(old.severity, new.severity) for old, new in result.changed] == [("high", "critical")]
    assert result.newly_blocked == {"T@a:FR": ["R-C-1"]} and result.unblocked == {"S@a:DE": ["R-A-1"]}
    assert result.removed_unseen == 1 and result.listings == 2
    assert result.by_rule() == [("R-A-1", "p", 0, 1, 0), ("R-B-1", "p", 0, 0, 1), ("R-C-1", "p", 1, 0, 0),
                                ("R-D-1", "p", 0, 1, 0)]
    assert result.by_market() == [("DE", 0, 1, 1), ("FR", 1, 0, 0), ("IT", 0, 1, 0)]  # R-B-1 changed in DE


@pytest.mark.skipif(not SOURCE.is_file(), reason="../shared/material (Amazon UK toys) is not beside the project")
def test_a_real_catalog_of_1000_amazon_toys(tmp_path: Path, rules: Path) -> None:
    catalog = write_catalog(tmp_path / "toys.jsonl", rows=1000)
    document = simulate_json("-c", str(catalog), "-r", str(rules))
    summary = document["summary"]
    assert summary["entries"] == 1000 and summary["listings"] == 2000
    # keyword-classified toys on amazon.co.uk without a manufacturer address: the new rule fires and blocks
    assert next(r for r in document["by_rule"] if r["rule_id"] == "GB-TOY-900")["added"] > 100
    assert {m["market"] for m in document["by_market"] if m["added"]} == {"GB"}
    assert summary["changed"] > 100  # EU-TOY-001 no longer blocks on DE
    assert_matches_two_checks(document, catalog, rules)
