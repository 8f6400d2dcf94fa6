"""The order of a compiled rule's tests (engine/compiler.py `compile_rule`) changes the engine's work, not its answers.

A rule compiles to one `$and`: the type tag and scope, the condition's tests, then the date bounds. The engine
fires a fact's rules in their order in the ruleset whatever the order of each rule's tests, so findings come
in the same order as when the date bounds came before the condition (the order until branch p99e). These
tests compare the two orders on the examples' listings, on both sides of every date bound, rule for rule and
in firing order, and check the compiled shape itself."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from crossguard.engine import compiler
from crossguard.engine.catalog import load_catalog
from crossguard.engine.compiler import NEVER, _dates, _scope
from crossguard.engine.conditions import to_durable
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.listing_facts import entry_facts
from crossguard.engine.models import CatalogEntry
from crossguard.engine.packs import Rule

ROOT = Path(__file__).resolve().parent.parent


def _dates_first(rule: Rule, action: str) -> dict[str, Any]:
    """The order before: scope, date bounds, then the condition as one nested expression."""
    return {"all": [{"m": {"$and": [*_scope(rule), *_dates(rule), to_durable(rule.condition)]}}], "run": action}


@pytest.fixture(scope="module")
def evaluators(monkeypatch_module: pytest.MonkeyPatch) -> tuple[Evaluator, Evaluator]:
    now = Evaluator.from_paths(None, None)
    monkeypatch_module.setattr(compiler, "compile_rule", _dates_first)
    before = Evaluator(now.packs, memo_size=0)
    monkeypatch_module.undo()
    return Evaluator(now.packs, memo_size=0), before


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@pytest.fixture(scope="module")
def entries() -> list[CatalogEntry]:
    return [entry for name in ("catalog.yaml", "toys.yaml", "catalog.csv")
            for entry in load_catalog([ROOT / "examples" / name]).entries]


def _days(evaluator: Evaluator) -> list[date]:
    """Every date a rule starts or stops applying, the day before each, and one day of the bench."""
    bounds = {bound for pack in evaluator.packs for rule in pack.rules
              for bound in (rule.effective_from, rule.spec.effective_until) if bound is not None and bound > date.min}
    return sorted({date(2026, 11, 25), *bounds, *(bound - timedelta(days=1) for bound in bounds)})


def test_the_engine_fires_the_same_rules_in_the_same_order_as_with_the_dates_first(
        evaluators: tuple[Evaluator, Evaluator], entries: list[CatalogEntry]) -> None:
    now, before = evaluators
    assert now.rulesets[0].definition != before.rulesets[0].definition  # two compiled forms, not one
    days = _days(now)
    fired = compared = 0
    for day in days:
        for entry in entries:
            _, facts = entry_facts(entry, now.classifier, day)
            for fact in facts:
                expected = [output.rule.id for output in before.matched_outputs("listing", fact)]
                assert [output.rule.id for output in now.matched_outputs("listing", fact)] == expected, (
                    f"{fact['sku']} {fact['market']} on {day}")
                fired += len(expected)
                compared += 1
    assert len(days) > 20 and compared > 1000 and fired > 2000


def test_a_rule_compiles_to_its_scope_its_conditions_tests_then_its_date_bounds(
        evaluators: tuple[Evaluator, Evaluator]) -> None:
    now, _ = evaluators
    checked = 0
    for ruleset in now.rulesets:
        for rule in ruleset.rules.values():
            (pattern,) = ruleset.definition[rule.id]["all"]
            tests = pattern["m"]["$and"]
            scope, dates = _scope(rule), _dates(rule)
            assert tests[: len(scope)] == scope
            if rule.dormant:
                assert tests[len(scope)] == NEVER
            else:
                assert tests[len(tests) - len(dates):] == dates if dates else True
                condition = to_durable(rule.condition)
                middle = tests[len(scope): len(tests) - len(dates)]
                assert middle == (condition["$and"] if list(condition) == ["$and"] else [condition])
            checked += 1
    assert checked > 100
