"""The engine's answers memoised by payload text (engine/match_memo.py) are the engine's answers.

The memo is exact only if a listing's payload holds everything any rule of its route reads, in the
form the engine reads it: fields compared by value sent by value, fields tested only for presence
sent at least as present, the evaluation day always. The first tests prove that from the compiled
durable-rules definitions themselves (not from our own list of fields), and show the proof fails
when a field is left out; the others compare the memo with the engine answering every listing, on
both sides of every rule's date bounds, and the findings built from a memoised match with findings
made one by one."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from crossguard.engine.catalog import load_catalog
from crossguard.engine.compiler import Route
from crossguard.engine.evaluator import EvaluationError, Evaluator
from crossguard.engine.listing_facts import entry_facts, has_basis
from crossguard.engine.match_memo import MatchMemo
from crossguard.engine.models import CatalogEntry
from crossguard.engine.plan_cache import frozen
from tests.conftest import make_entry

ROOT = Path(__file__).resolve().parent.parent
AT = date(2026, 11, 25)
#: durable-rules operators whose operand maps fields to what they are compared with
_COMPARISONS = {"$neq", "$gt", "$gte", "$lt", "$lte", "$mt", "$imt", "$iany", "$iall"}


def read_by_engine(expression: dict[str, Any], values: set[str], presence: set[str]) -> None:
    """Every field a compiled durable-rules expression reads: compared by value, or tested for presence."""
    for key, operand in expression.items():
        if key in ("$and", "$or"):
            for item in operand:
                read_by_engine(item, values, presence)
        elif key in ("$ex", "$nex"):
            presence.update(operand)
        elif key in _COMPARISONS:
            assert "$m" not in repr(operand), f"a reference to another field: {expression}"
            values.update(operand)
        else:
            assert not key.startswith("$"), f"an operator this test does not know: {key}"
            values.add(key)


def read_by_route(found: Route) -> tuple[set[str], set[str]]:
    """The fields the route's compiled rules compare by value, and those they only test for presence."""
    values: set[str] = set()
    presence: set[str] = set()
    for ruleset in found.rulesets:
        for rule in ruleset.definition.values():
            for condition in rule["all"]:
                for expression in condition.values():
                    read_by_engine(expression, values, presence)
    return values, presence - values


def unsent(found: Route, sent: set[str], sent_by_value: set[str]) -> set[str]:
    """The fields the route's compiled rules read that a payload would not carry as they read them."""
    values, presence = read_by_route(found)
    return (values - sent_by_value) | (presence - sent)


@pytest.fixture(scope="module")
def evaluator() -> Evaluator:
    return Evaluator.from_paths(None)


@pytest.fixture(scope="module")
def entries() -> list[CatalogEntry]:
    return load_catalog([ROOT / "examples" / "catalog.yaml"]).entries


def test_every_field_a_compiled_rule_reads_is_in_the_payload_as_the_rule_reads_it(evaluator: Evaluator) -> None:
    routes = [evaluator._route(kind, region) for kind in ("listing",) for region in ("EU", "GB", "US", "XX")]
    for found in routes:
        sent = set(found.fields)
        by_value = sent - found.presence
        assert unsent(found, sent, by_value) == set()
        values, presence = read_by_route(found)
        assert "t" in values and "ref" not in values | presence
        assert "day" in values or found is routes[-1], "the EU, GB and US rules have date bounds"
        assert presence == set(found.presence)  # tested only for presence: all of them, and no more
        # The proof fails when a field is left out: each one the rules read, dropped in turn.
        for name in values | presence:
            assert name in unsent(found, sent - {name}, by_value - {name}), name
        for name in values:
            assert name in unsent(found, sent, by_value - {name}), name  # sent only as present: not enough
    assert any(found.presence for found in routes)  # the EU's identifiers and addresses


def test_a_payload_changes_with_every_field_its_rules_read(evaluator: Evaluator, entries: list) -> None:
    """Removing any field the route reads, or moving the evaluation day, changes the text the memo is keyed by;
    a field tested only for presence changes it by coming or going, not by its value."""
    product, facts = entry_facts(entries[0], evaluator.classifier, AT, evaluator.product_facts)
    checked = 0
    for fact in facts:
        found = evaluator._route("listing", fact["region"])
        key = evaluator.payload_key("listing", fact, product)
        assert key == evaluator.payload_key("listing", dict(fact), product)
        # the key's text is the fact's fields the route reads (those read only for presence as true)
        expected = {name: True if name in found.presence else fact[name] for name in found.fields if name in fact}
        assert json.loads(key[1] + key[2][1:]) == {**expected, "t": "listing"}
        assert json.loads(evaluator.payload_key("listing", fact)[2]) == {**expected, "t": "listing"}
        for name in set(found.fields) & set(fact):
            changed = {k: v for k, v in fact.items() if k != name}
            if name in product.base:  # the product's half is encoded once per product: change the product's
                continue
            assert evaluator.payload_key("listing", changed, product) != key, name
            checked += 1
            if name in found.presence:
                assert evaluator.payload_key("listing", {**fact, name: fact[name] + " (other)"}, product) == key
    later, later_facts = entry_facts(entries[0], evaluator.classifier, AT + timedelta(days=1), evaluator.product_facts)
    assert evaluator.payload_key("listing", later_facts[0], later) != \
        evaluator.payload_key("listing", facts[0], product)
    assert checked > 5


def _bounds(evaluator: Evaluator) -> list[date]:
    """Each date a listing rule starts or stops applying, and the day before it (2024 to 2027)."""
    days = set()
    for pack in evaluator.packs:
        for rule in pack.rules:
            for bound in (rule.effective_from, rule.spec.effective_until):
                if bound is not None and date(2024, 1, 1) <= bound <= date(2027, 12, 31):
                    days.update((bound, bound - timedelta(days=1)))
    return sorted(days)


def test_memoised_matches_equal_the_engines_on_both_sides_of_every_date_bound(evaluator: Evaluator,
                                                                                entries: list) -> None:
    memoised, engine = Evaluator(evaluator.packs), Evaluator(evaluator.packs, memo_size=0)
    days = _bounds(evaluator)
    assert len(days) > 10
    compared = 0
    for day in days:  # one memo for all the days: an answer for one day must not be given on another
        for entry in entries:
            product, facts = entry_facts(entry, memoised.classifier, day, memoised.product_facts)
            for fact in facts:
                expected = [output.rule.id for output in engine.matched_outputs("listing", fact)]
                assert [o.rule.id for o in memoised.matched_outputs("listing", fact, product)] == expected
                compared += 1
    assert compared >= len(days) * 50 and memoised.memo.hits > 100  # the memo answered, and was checked each time


def test_checks_through_the_memo_equal_checks_without_it(evaluator: Evaluator, entries: list) -> None:
    """Decisions and findings, on the examples and on products whose payloads repeat (findings built from
    plans made on another listing), equal those of an evaluator that asks the engine every time."""
    memoised, engine = Evaluator(evaluator.packs), Evaluator(evaluator.packs, memo_size=0)
    similar = [make_entry(f"MEMO-{n}", markets=("DE", "FR", "GB", "US"), title=f"Bluetooth speaker {n}",
                          radio=["bluetooth"], battery={"chemistry": "lithium-ion", "capacity_wh": 10 + n})
               for n in range(6)]
    for at in (AT, date(2024, 12, 12), date(2024, 12, 13)):
        for _ in range(2):  # the second pass answers every listing from the memo, with finding plans
            for entry in [*entries, *similar]:
                assert memoised.check_entry(entry, at) == engine.check_entry(entry, at), entry.product.sku
    assert memoised.memo.hit_rate > 0.5
    assert sum(match._plans not in (False, True) for match in memoised.memo._items.values()) > 20


def test_findings_made_rule_by_rule_on_a_listings_flat_fact_equal_the_generic_ones(evaluator: Evaluator,
                                                                                    entries: list) -> None:
    """Without a memo every match is new, so each finding is made rule by rule (`RuleOutput.listing_finding`,
    its templates filled as a flat fact's); they equal `RuleOutput.finding`, which reads nested facts too."""
    engine = Evaluator(evaluator.packs, memo_size=0)
    made = 0
    for entry in entries:
        for verdict in engine.decide_entry(entry, AT):
            context = {"sku": verdict.listing.sku, "market": verdict.listing.market,
                       "marketplace": verdict.listing.marketplace}
            assert verdict.findings() == [output.finding(verdict.fact, verdict.subject, verdict.basis, context)
                                          for output in verdict.matched]
            made += len(verdict.matched)
    assert made > 50


def test_evidence_of_fields_without_a_basis_depends_on_the_value_alone(evaluator: Evaluator, entries: list) -> None:
    """Finding plans reuse evidence items of fields `has_basis` says have none: no product's basis names them."""
    for entry in entries:
        product, _ = entry_facts(entry, evaluator.classifier, AT, evaluator.product_facts)
        assert product.basis and all(has_basis(name) for name in product.basis), entry.product.sku


def test_a_value_the_engine_cannot_read_is_refused_even_where_only_its_presence_counts(evaluator: Evaluator) -> None:
    """Sent as present, a manufacturer name with a lone surrogate is still refused, as it was when sent whole."""
    found = evaluator._route("listing", "EU")
    assert "listing.manufacturer_name" in found.presence
    entry = make_entry("SURROGATE-1", markets=("DE",))
    entry.listings[0].manufacturer_name = "Bad \ud800 name"
    for memo_size in (4096, 0):
        with pytest.raises(EvaluationError, match=r"SURROGATE-1.*listing\.manufacturer_name: text with a lone"):
            Evaluator(evaluator.packs, memo_size=memo_size).check_entry(entry, AT)


def test_the_memo_is_bounded_and_forgets_the_least_recently_used() -> None:
    memo = MatchMemo(size=2)
    a, b, c = object(), object(), object()
    memo.put(("a",), a)  # type: ignore[arg-type]
    memo.put(("b",), b)  # type: ignore[arg-type]
    assert memo.get(("a",)) is a  # a is now the most recently used
    memo.put(("c",), c)  # type: ignore[arg-type]
    assert len(memo) == 2 and memo.get(("b",)) is None and memo.get(("c",)) is c
    assert (memo.hits, memo.misses) == (2, 1) and memo.hit_rate == pytest.approx(2 / 3)
    nothing = MatchMemo(size=0)
    nothing.put(("a",), a)  # type: ignore[arg-type]
    assert len(nothing) == 0 and nothing.get(("a",)) is None


def test_finding_plans_are_shared_across_payloads_and_forgotten_with_the_memo(evaluator: Evaluator) -> None:
    """Speakers that differ only in battery capacity send different payloads (their rules compare it) but
    need the same plans: the memo keeps fewer plans than its matches use, and their findings equal those
    made without a memo, on each side of the capacity bounds."""
    memoised, engine = Evaluator(evaluator.packs), Evaluator(evaluator.packs, memo_size=0)
    speakers = [make_entry(f"SHARE-{n}", markets=("DE", "FR", "GB", "US"), title=f"Speaker {n}", radio=["bluetooth"],
                           battery={"chemistry": "lithium-ion", "capacity_wh": capacity})
                for n, capacity in enumerate((2, 20, 99.9, 100, 100.5, 160, 161, 2, 20))]
    for _ in range(2):
        for entry in speakers:
            assert memoised.check_entry(entry, AT) == engine.check_entry(entry, AT), entry.product.sku
    used = {id(plan) for match in memoised.memo._items.values() if type(match._plans) is tuple
            for plan in match._plans}
    made = sum(len(match._plans) for match in memoised.memo._items.values() if type(match._plans) is tuple)
    assert 0 < len(memoised.memo.plans) == len(used) < made  # type: ignore[arg-type]
    memoised.memo.clear()
    assert len(memoised.memo.plans) == 0  # type: ignore[arg-type]
    assert engine.memo.plans is None


def test_a_plans_key_tells_apart_values_python_calls_equal() -> None:
    """1, 1.0 and True are equal (and hash alike) in Python but shown and written differently; so are 0.0
    and -0.0 written; a list and a tuple; each gets its own key."""
    values = [1, 1.0, True, 0.0, -0.0, "1", ["a"], ("a",), {"a": 1}, {"a": True}, None]
    assert len({frozen(value) for value in values}) == len(values)
    assert frozen([1, {"b": [2.5]}]) == frozen([1, {"b": [2.5]}])


def test_checks_in_threads_with_a_small_memo_equal_checks_without_it(evaluator: Evaluator, entries: list) -> None:
    """A service builds findings outside the engine's lock, in several threads: a memo of 8 payloads (32 shared
    plans) forgets answers and plans all the time while the threads read and make them. Each thread checks an
    entry twice running, so its payloads come back while still remembered and their plans are made: hits that
    only come from other threads are timing, and mostly payloads that fire nothing (no plan to make)."""
    memoised, engine = Evaluator(evaluator.packs, memo_size=8), Evaluator(evaluator.packs, memo_size=0)
    expected = {entry.product.sku: engine.check_entry(entry, AT) for entry in entries}

    def check(offset: int) -> list[str]:
        wrong = []
        for round_number in range(3):
            for entry in entries[offset:] + entries[:offset]:
                for _again in range(2):
                    if memoised.check_entry(entry, AT) != expected[entry.product.sku]:
                        wrong.append(f"{entry.product.sku} (round {round_number})")
        return wrong

    with ThreadPoolExecutor(4) as pool:
        assert [sku for wrong in pool.map(check, range(0, 40, 10)) for sku in wrong] == []
    assert memoised.memo.hits > 0 and 0 < len(memoised.memo.plans) <= 32  # type: ignore[arg-type]
