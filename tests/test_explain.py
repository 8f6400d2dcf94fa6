"""`crossguard explain`: the condition tree with each leaf's value and outcome, and one reason line
naming what decided (leaf, date bound, market or marketplace scope, subject kind, jurisdiction,
law date); the same in JSON; and agreement of durable-rules' verdict with the plain-Python tree."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.catalog import load_catalog
from crossguard.engine.classify import Classifier
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.explain import explain
from crossguard.engine.explain_report import SCHEMA, explanation_json
from crossguard.engine.listing_facts import listing_subject
from crossguard.engine.packs import load_packs
from crossguard.engine.subject_facts import listing_subject_facts
from tests.factories import AT, EXAMPLES, RULES

SPEAKER = {"sku": "EX-1", "title": "Case product", "radio": ["bluetooth"], "for_children": False,
           "certificates": [{"scheme": "CE", "directives": ["LVD", "EMC"]}],
           "listings": [{"marketplace": "amazon", "market": "DE"}, {"marketplace": "ebay", "market": "FR"},
                        {"marketplace": "amazon", "market": "US"}]}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("explain") / "catalog.yaml"
    path.write_text(yaml.safe_dump([SPEAKER]))
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["explain", *args])
    return result.exit_code, result.output


def reasons(catalog: Path, subject: str, *args: str, at: str = AT.isoformat()) -> dict[str, str]:
    code, output = run("--catalog", str(catalog), "--subject", subject, "--at", at, "--format", "json", *args)
    assert code == 0, output
    document = json.loads(output)
    return {e["rule_id"]: e["reason"] for e in document["explanations"]}


def test_text_shows_guards_leaves_values_basis_and_the_reason(catalog: Path) -> None:
    code, output = run("--catalog", str(catalog), "--subject", "EX-1@amazon:DE", "--rule", "EU-RED-002",
                       "--at", AT.isoformat())
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0] == f"EX-1@amazon:DE as of {AT.isoformat()}"
    assert "  ✓ effective_from 2016-06-13   = 2026-11-25" in lines
    assert "    ✓ cls.radio eq true   = true   [attribute radio=['bluetooth']]" in lines
    assert '      ✓ certs contains "CE:LVD"   = [CE, CE:EMC, CE:LVD]   [certificates valid on the evaluation date]' \
        in lines
    assert lines[-1].startswith("  → fired: every guard passed and cls.radio eq true;")


@pytest.mark.parametrize(
    ("subject", "rule", "at", "reason"),
    [
        ("EX-1@amazon:DE", "EU-RED-001", AT.isoformat(),
         'fired: every guard passed and cls.radio eq true; certs not_contains "CE:RED"; '
         'not (cls.transport eq "aircraft") held'),
        ("EX-1@amazon:DE", "EU-RED-001", "2016-06-12",
         "silent: the rule applies from 2016-06-13, evaluated as of 2016-06-12"),
        ("EX-1@amazon:DE", "EU-RED-003", AT.isoformat(),
         'silent: certs contains "CE:RED" is false (certs = [CE, CE:EMC, CE:LVD])'),
        ("EX-1@ebay:FR", "EU-EPR-DE-001", AT.isoformat(),
         "silent: the rule applies to market(s) DE only, not FR"),
        ("EX-1@ebay:FR", "EU-GPSR-007", AT.isoformat(),
         "silent: the rule applies to marketplace(s) amazon only, not ebay"),
        ("EX-1@amazon:US", "EU-RED-001", AT.isoformat(),
         "silent: the pack's jurisdiction is EU, this subject is in region US"),
        ("EX-1@amazon:DE", "VAT-OSS-001", AT.isoformat(),
         "silent: the rule is about vat_entity subjects, this is a listing"),
        ("EX-1@amazon:DE", "EU-GPSR-001", AT.isoformat(),
         "fired: every guard passed and not (listing.manufacturer_in_eu eq true); "
         "not (listing.eo.in_eu eq true) held"),
        ("EX-1@amazon:DE", "EU-CHG-003", AT.isoformat(),
         'silent: cls.common_charger eq "device" is false (cls.common_charger = (missing))'),
    ],
)
def test_the_reason_names_what_decided(catalog: Path, subject: str, rule: str, at: str, reason: str) -> None:
    assert reasons(catalog, subject, "--rule", rule, at=at)[rule] == reason


def test_a_rule_waiting_for_a_law_date_says_so(tmp_path: Path) -> None:
    path = tmp_path / "catalog.yaml"
    path.write_text(yaml.safe_dump([{"sku": "EX-2", "title": "Case product", "battery": {"standalone": True},
                                     "listings": [{"marketplace": "amazon", "market": "DE"}]}]))
    assert reasons(path, "EX-2@amazon:DE", "--rule", "EU-BATT-004")["EU-BATT-004"] == (
        "silent: the rule waits for law_dates.battery_label_from in the configuration, which is not set")


def test_json_has_a_stable_shape(catalog: Path) -> None:
    code, output = run("--catalog", str(catalog), "--subject", "EX-1@amazon:DE", "--pack", "eu-ce",
                       "--at", AT.isoformat(), "--format", "json")
    assert code == 0
    document = json.loads(output)
    assert document["schema"] == SCHEMA and document["subject"] == "EX-1@amazon:DE" and document["at"] == "2026-11-25"
    ids = [e["rule_id"] for e in document["explanations"]]
    assert ids[:2] == ["EU-RED-001", "EU-RED-002"] and len(ids) == len(load_packs([RULES / "eu-ce.yaml"])[0].rules)
    red = document["explanations"][1]
    assert set(red) == {"rule_id", "title", "pack", "pack_version", "severity", "blocks_listing", "subject_kind",
                        "fired", "reason", "guards", "condition"}
    assert red["guards"][0] == {"guard": "subject", "expected": "listing", "value": "listing", "passed": True}
    tree = red["condition"]
    assert (tree["type"], tree["path"], tree["outcome"]) == ("all", "when", True)
    radio = tree["items"][0]
    assert radio == {"type": "leaf", "path": "when.all[0]", "outcome": True, "field": "cls.radio", "operator": "eq",
                     "operand": True, "present": True, "value": True, "basis": "attribute radio=['bluetooth']"}
    either = tree["items"][2]
    assert either["type"] == "any" and [i["outcome"] for i in either["items"]] == [True, True]


def test_a_missing_leaf_value_is_null_and_not_present(catalog: Path) -> None:
    code, output = run("--catalog", str(catalog), "--subject", "EX-1@amazon:DE", "--rule", "EU-CRA-001",
                       "--at", AT.isoformat(), "--format", "json")
    leaf = json.loads(output)["explanations"][0]["condition"]["items"][1]
    assert leaf["type"] == "not" and leaf["item"]["present"] is False and leaf["item"]["value"] is None


def test_seller_data_subject() -> None:
    code, output = run("--data", str(EXAMPLES / "data"), "--subject", "entity:Brightwave GmbH/vat:CZ",
                       "--pack", "seller-vat", "--at", AT.isoformat(), "--format", "json")
    assert code == 0, output
    by_rule = {e["rule_id"]: e for e in json.loads(output)["explanations"]}
    assert len(by_rule) == len(load_packs([RULES / "vat.yaml"])[0].rules)  # the whole pack, whatever the kind
    assert by_rule["VAT-STOCK-001"]["fired"] is True
    assert by_rule["VAT-OSS-001"]["reason"] == "silent: the rule is about vat_entity subjects, this is a vat_country"
    assert by_rule["VAT-OSS-001"]["condition"] is None
    assert by_rule["VAT-GB-001"]["reason"].startswith('silent: country eq "GB" is false (country = "CZ")')


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--subject", "EX-1@amazon:IT"], "did you mean"),
        (["--subject", "EX-1@amazon:DE", "--rule", "EU-NOPE-001"], "no rule EU-NOPE-001"),
        (["--subject", "EX-1@amazon:DE", "--pack", "nope"], "no pack 'nope'"),
    ],
)
def test_unknown_subject_rule_or_pack_is_an_input_error(catalog: Path, args: list[str], message: str) -> None:
    code, output = run("--catalog", str(catalog), *args)
    assert code == 2 and message in output


def test_nothing_to_look_in_is_an_input_error() -> None:
    code, output = run("--subject", "EX-1@amazon:DE")
    assert code == 2 and "--catalog" in output


def test_durable_rules_and_the_tree_agree_on_every_sample_listing() -> None:
    """Every shipped rule on every listing of the sample catalog: the engine's verdict is the tree's."""
    evaluator = Evaluator(load_packs())
    rules = [rule for pack in evaluator.packs for rule in pack.rules if rule.kind.name == "listing"]
    checked = fired = 0
    for entry in load_catalog([EXAMPLES / "catalog.yaml"]).entries:
        for fact in listing_subject_facts(entry, evaluator.classifier, AT):
            for explanation in explain(evaluator, [fact], rules, AT):
                assert explanation.fired == explanation.python_fires, (fact.subject, explanation.rule.id)
                checked += 1
                fired += explanation.fired
    assert checked > 5000 and fired > 100


def test_explanation_json_of_nothing() -> None:
    assert explanation_json("X@a:DE", date(2026, 1, 1), []) == {
        "schema": SCHEMA, "at": "2026-01-01", "subject": "X@a:DE", "explanations": []}


def test_listing_subject_of_facts_is_the_findings_subject() -> None:
    entry = load_catalog([EXAMPLES / "catalog.yaml"]).entries[0]
    facts = listing_subject_facts(entry, Classifier.default(), AT)
    assert [f.subject for f in facts] == [listing_subject(listing) for listing in entry.listings]
