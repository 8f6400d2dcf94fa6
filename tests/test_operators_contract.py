"""Each operator's compiled durable-rules form must agree with its plain-Python meaning, and both
with the documented semantics, on present, missing, boundary and negated cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from crossguard.engine.conditions import evaluate
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import load_packs

# (rule id, condition, {case name: (fact fields, expected)})
CASES: list[tuple[str, dict[str, Any], list[tuple[dict[str, Any], bool]]]] = [
    ("T-EQ-1", {"field": "cls.radio", "eq": True},
     [({"cls": {"radio": True}}, True), ({"cls": {"radio": False}}, False), ({}, False)]),
    ("T-EQ-2", {"field": "product.mains_voltage_v", "eq": 230},
     [({"product": {"mains_voltage_v": 230}}, True), ({"product": {"mains_voltage_v": 230.0}}, True),
      ({"product": {"mains_voltage_v": 229.9}}, False), ({}, False)]),
    ("T-NE-1", {"field": "market", "ne": "DE"},
     [({"market": "FR"}, True), ({"market": "DE"}, False), ({}, False)]),
    ("T-IN-1", {"field": "market", "in": ["DE", "FR", "IT"]},
     [({"market": "IT"}, True), ({"market": "ES"}, False), ({}, False)]),
    ("T-IN-2", {"field": "market", "in": ["DE"]}, [({"market": "DE"}, True), ({"market": "FR"}, False)]),
    ("T-NOTIN-1", {"field": "market", "not_in": ["DE", "FR"]},
     [({"market": "IT"}, True), ({"market": "FR"}, False), ({}, False)]),
    ("T-GT-1", {"field": "product.mains_voltage_v", "gt": 50},
     [({"product": {"mains_voltage_v": 50.01}}, True), ({"product": {"mains_voltage_v": 50}}, False), ({}, False)]),
    ("T-GTE-1", {"field": "product.mains_voltage_v", "gte": 50},
     [({"product": {"mains_voltage_v": 50}}, True), ({"product": {"mains_voltage_v": 49.99}}, False), ({}, False)]),
    ("T-LT-1", {"field": "product.age_min_years", "lt": 14},
     [({"product": {"age_min_years": 13}}, True), ({"product": {"age_min_years": 14}}, False), ({}, False)]),
    ("T-LTE-1", {"field": "product.age_min_years", "lte": 12},
     [({"product": {"age_min_years": 12}}, True), ({"product": {"age_min_years": 12.5}}, False), ({}, False)]),
    ("T-EX-1", {"field": "listing.eo.name", "exists": True},
     [({"listing": {"eo": {"name": "EU Rep GmbH"}}}, True), ({"listing": {}}, False), ({}, False)]),
    ("T-EX-2", {"field": "listing.eo.name", "exists": False},
     [({"listing": {"eo": {"name": "EU Rep GmbH"}}}, False), ({"listing": {"eo": {"country": "DE"}}}, True),
      ({}, True)]),
    ("T-MT-1", {"field": "title", "matches": ".*Speaker.*"},
     [({"title": "Bluetooth Speaker X2"}, True), ({"title": "Bluetooth speaker"}, False),
      ({"title": "Bluetooth Headphones"}, False), ({}, False)]),
    ("T-MT-2", {"field": "product.eprel_id", "matches": "%d{5,7}"},
     [({"product": {"eprel_id": "1487235"}}, True), ({"product": {"eprel_id": "1487"}}, False),
      ({"product": {"eprel_id": "14872a5"}}, False)]),
    ("T-MT-3", {"field": "title", "matches": "Lamp [^;]+%.v[0-9]"},
     [({"title": "Lamp Ørsted.v2"}, True), ({"title": "Lamp a;b.v2"}, False), ({"title": "Lamp xxv2"}, False)]),
    ("T-IMT-1", {"field": "title", "imatches": ".*speaker.*"},
     [({"title": "BLUETOOTH SPEAKER"}, True), ({"title": "lamp"}, False)]),
    ("T-IMT-2", {"field": "title", "imatches": "café.*"},  # ASCII letters fold; É and é stay distinct
     [({"title": "CAFé noir"}, True), ({"title": "CAFÉ noir"}, False)]),
    ("T-CONTAINS-1", {"field": "certs", "contains": "CE:RED"},
     [({"certs": ["CE", "CE:RED"]}, True), ({"certs": ["CE", "CE:EMC"]}, False), ({}, False)]),
    ("T-NOTCONTAINS-1", {"field": "certs", "not_contains": "CE:RED"},
     [({"certs": ["CE", "CE:EMC"]}, True), ({"certs": ["CE:RED"]}, False), ({"certs": ["CE:RED", "CE"]}, False),
      ({}, True)]),
    ("T-NOT-GT", {"not": {"field": "product.mains_voltage_v", "gt": 50}},
     [({"product": {"mains_voltage_v": 50}}, True), ({"product": {"mains_voltage_v": 51}}, False), ({}, True)]),
    ("T-NOT-CONTAINS", {"not": {"field": "certs", "contains": "UKCA"}},
     [({"certs": ["CE"]}, True), ({"certs": ["UKCA"]}, False), ({}, True)]),
    ("T-NOT-ALL", {"not": {"all": [{"field": "cls.radio", "eq": True}, {"field": "market", "in": ["DE", "FR"]}]}},
     [({"cls": {"radio": True}, "market": "DE"}, False), ({"cls": {"radio": True}, "market": "IT"}, True),
      ({"market": "DE"}, True)]),
    ("T-NOT-NOT", {"not": {"not": {"field": "cls.toy", "eq": True}}},
     [({"cls": {"toy": True}}, True), ({"cls": {"toy": False}}, False), ({}, False)]),
    ("T-ANY-1", {"any": [{"field": "cls.radio", "eq": True}, {"field": "cls.mains_lv", "eq": True}]},
     [({"cls": {"radio": False, "mains_lv": True}}, True), ({"cls": {"radio": False, "mains_lv": False}}, False)]),
    ("T-NOT-NOTIN", {"not": {"field": "market", "not_in": ["GB"]}},
     [({"market": "GB"}, True), ({"market": "US"}, False), ({}, True)]),
]


def _pack(tmp: Path) -> Path:
    rules = [
        {"id": rule_id, "title": rule_id, "severity": "low", "when": condition, "message": "m",
         "remediation": "r", "references": ["test"]}
        for rule_id, condition, _ in CASES
    ]
    path = tmp / "operators.yaml"
    path.write_text(yaml.safe_dump({"id": "operators", "version": "1", "title": "t", "jurisdiction": "GLOBAL",
                                    "rules": rules}))
    return path


@pytest.fixture(scope="module")
def evaluator(tmp_path_factory: pytest.TempPathFactory) -> Evaluator:
    """No memo (``memo_size=0``): every case, and a fact evaluated twice, goes to the engine."""
    return Evaluator(load_packs([_pack(tmp_path_factory.mktemp("ops"))]), memo_size=0)


FLAT = [(rule_id, i, fact, expected) for rule_id, _, cases in CASES for i, (fact, expected) in enumerate(cases)]


@pytest.mark.parametrize(("rule_id", "case", "fact", "expected"), FLAT, ids=[f"{r}-{i}" for r, i, _, _ in FLAT])
def test_durable_and_python_agree_with_documented_semantics(
    evaluator: Evaluator, rule_id: str, case: int, fact: dict[str, Any], expected: bool
) -> None:
    rule = next(r for p in evaluator.packs for r in p.rules if r.id == rule_id)
    full = {"day": 20000, "region": "EU", **fact}
    fired = {r.id for r in evaluator.matching_rules("listing", full)}
    assert evaluate(rule.condition, full) is expected, "python semantics"
    assert (rule_id in fired) is expected, "durable-rules semantics"


def test_every_rule_that_matches_fires_not_only_the_first(evaluator: Evaluator) -> None:
    """Facts, not events: an event would be consumed by the first matching rule."""
    fact = {"day": 20000, "region": "EU", "cls": {"radio": True, "mains_lv": True}, "market": "DE",
            "certs": ["CE"]}
    fired = {r.id for r in evaluator.matching_rules("listing", fact)}
    assert {"T-EQ-1", "T-IN-1", "T-IN-2", "T-ANY-1", "T-NOTCONTAINS-1", "T-NOT-CONTAINS"} <= fired


def test_no_state_survives_between_evaluations(evaluator: Evaluator) -> None:
    """The same fact evaluated twice gives the same answer (retracted, not stored; no MessageObserved)."""
    fact = {"day": 20000, "region": "EU", "cls": {"radio": True}}
    first = [r.id for r in evaluator.matching_rules("listing", fact)]
    second = [r.id for r in evaluator.matching_rules("listing", fact)]
    assert first == second and "T-EQ-1" in first
    assert evaluator.memo.hits == 0  # the second answer came from the engine, not the memo
