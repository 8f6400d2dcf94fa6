"""A payload the memo has not seen, answered from its parts (engine/match_parts.py), is the engine's answer.

A part is one pack's rules of a route in force for a fact's market, marketplace and day; its key is the payload
cut down to the fields those rules' conditions read. That is exact only if the key holds every field the compiled
conditions read as they read them, if the rules in force are those whose compiled scope and date bounds hold, and
if the engine fires a fact's rules in the route's order. The first test proves the first from the compiled
conditions (and shows the proof fails when a field is left out); the others compare the parts' answers with the
engine answering every listing, rule for rule and in order, on both sides of every date bound, and check that
listings were answered from parts without the engine."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from crossguard.engine import engine_json
from crossguard.engine import evaluator as evaluator_module
from crossguard.engine.conditions import to_durable
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.listing_facts import day_number, entry_facts
from crossguard.engine.match_parts import InForce, Part, RouteParts
from crossguard.engine.models import CatalogEntry
from tests.test_compile_order import _days, entries  # noqa: F401 (a fixture)
from tests.test_match_memo import read_by_engine

ROOT = Path(__file__).resolve().parent.parent
AT = date(2026, 11, 25)


@pytest.fixture(scope="module")
def evaluator() -> Evaluator:
    return Evaluator.from_paths(None)


_READ: dict[tuple[int, frozenset[int]], tuple[set[str], set[str]]] = {}


def read(parts: RouteParts, part: Part) -> tuple[set[str], set[str]]:
    """The fields the part's rules' compiled conditions compare by value, and those they only test for presence."""
    key = (id(parts), part.positions)
    if key not in _READ:
        values: set[str] = set()
        presence: set[str] = set()
        for position in part.positions:
            read_by_engine(to_durable(parts.rules[position].condition), values, presence)
        _READ[key] = values, presence - values
    return _READ[key]


def unread(parts: RouteParts, part: Part, by_value: set[str], present: set[str]) -> set[str]:
    """The fields the part's rules' compiled conditions read that keys of these fields would not carry as read."""
    values, presence = read(parts, part)
    return (values - by_value) | (presence - present)


def test_every_field_a_parts_rules_read_is_in_its_key(evaluator: Evaluator) -> None:
    checked = 0
    for region, market, marketplace in itertools.product(("EU", "GB", "US"), ("DE", "FR", "GB", "US"),
                                                         ("amazon", "ebay", "etsy")):
        parts = evaluator._shape("listing", region).parts
        assert parts is not None, region  # each region's route has its own packs and the GLOBAL one
        for day in _days(evaluator):
            for part in parts.parts(market, marketplace, day_number(day)) or ():
                by_value = set(part.whole[0])
                present = by_value | set(part.whole[1])
                assert set(part.product[0] + part.listing[0]) == by_value
                assert unread(parts, part, by_value, present) == set()
                # the proof fails when a field is left out, or sent only as present when read by value
                values, presence = read(parts, part)
                for name in values | presence:
                    assert name in unread(parts, part, by_value - {name}, present - {name}), name
                for name in values:
                    assert name in unread(parts, part, by_value - {name}, present), name
                checked += 1
    assert checked > 100


def test_parts_answer_as_the_engine_on_both_sides_of_every_date_bound(evaluator: Evaluator,
                                                                      entries: list[CatalogEntry]) -> None:  # noqa: F811 (the fixture)
    days = [day for day in _days(evaluator) if date(2024, 1, 1) <= day <= date(2027, 12, 31)]
    assert len(days) > 10
    parted, engine = Evaluator(evaluator.packs), Evaluator(evaluator.packs, memo_size=0)
    asked = answered_from_parts = 0
    for day in days:
        for entry in entries:
            product, facts = entry_facts(entry, parted.classifier, day, parted.product_facts)
            for fact in facts:
                expected = [output.rule.id for output in engine.match("listing", fact).outputs]
                assert len(set(expected)) == len(expected)
                misses, sent = parted.memo.misses, repr(evaluator_module._refs)
                found = [output.rule.id for output in parted.match("listing", fact, product).outputs]
                assert found == expected, (day, fact["sku"], fact["market"])
                if day == AT:  # a whole fact, without its product: the parts' keys from the fact alone
                    assert [output.rule.id for output in parted.match("listing", dict(fact)).outputs] == expected
                if parted.memo.misses > misses:
                    asked += 1
                    answered_from_parts += repr(evaluator_module._refs) == sent
    assert asked > 100 and answered_from_parts > 10, (asked, answered_from_parts)


def test_no_parts_without_a_memo_or_for_unusual_scope_values(evaluator: Evaluator,
                                                             entries: list[CatalogEntry]) -> None:  # noqa: F811 (the fixture)
    """A memo of size 0 keeps no parts' answers; a market that is not text sends the payload whole."""
    nothing = Evaluator(evaluator.packs, memo_size=0)
    for entry in entries:
        product, facts = entry_facts(entry, nothing.classifier, AT, nothing.product_facts)
        for fact in facts:
            nothing.match("listing", fact, product)
    assert nothing.memo.parts == {}
    parts = evaluator._shape("listing", "EU").parts
    assert parts is not None
    assert parts.parts(["DE"], "amazon", 20000) is None and parts.parts("DE", "amazon", 20000.0) is None
    assert parts.parts("DE", "amazon", 20000)


_SCOPE_TESTS = {"$gt": lambda a, b: a > b, "$gte": lambda a, b: a >= b, "$lt": lambda a, b: a < b}


def _holds(test: dict, fact: dict) -> bool:
    """A compiled test outside a rule's condition, read as the engine reads it: only the shapes `compile_rule`
    makes today; any other shape fails the test below, so `compiler.in_force` must learn it first."""
    (name, value), = test.items()
    if name == "$or":
        return any(_holds(branch, fact) for branch in value)
    if name in _SCOPE_TESTS:
        (field, bound), = value.items()
        assert field == "day", test
        return _SCOPE_TESTS[name](fact["day"], bound)
    assert name in ("t", "market", "marketplace") and not isinstance(value, dict), test
    return fact[name] == value


def test_in_force_is_the_compiled_scope_and_dates(evaluator: Evaluator) -> None:
    """`compiler.in_force` (what the parts memo takes as the rules in force) answers as the compiled tests outside
    each rule's condition do, for every rule of the default packs, at each market and marketplace it names and one
    it does not, and on both sides of each date bound."""
    from crossguard.engine.compiler import compile_rule, in_force

    checked = 0
    for pack in evaluator.packs:
        for rule in pack.rules:
            condition = to_durable(rule.condition)
            own = condition["$and"] if list(condition) == ["$and"] else [condition]
            outside = [test for test in compile_rule(rule, "a")["all"][0]["m"]["$and"] if test not in own]
            applies = rule.spec.applies_to
            days = {day_number(AT)} | {day_number(d) + step for d in (rule.effective_from, rule.spec.effective_until)
                                       if d is not None for step in (-1, 0, 1)}
            for market, marketplace, day in itertools.product([*(applies.markets or ()), "XX"],
                                                              [*(applies.marketplaces or ()), "nowhere"], sorted(days)):
                fact = {"t": rule.kind.name, "market": market, "marketplace": marketplace, "day": day}
                assert all(_holds(test, fact) for test in outside) == in_force(rule, market, marketplace, day), (
                    rule.id, market, marketplace, day)
                checked += 1
    assert checked > 300


def test_a_listing_half_kept_by_its_text_is_the_one_its_fact_makes(evaluator: Evaluator,
                                                                   entries: list[CatalogEntry],  # noqa: F811
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A part's listing half is kept by the listing's own payload text (`InForce.owns`), and its product half by the
    parts in force (`ProductFacts.payloads`): each kept half is the one the listing's own fact and product make, at
    every date bound; the kept halves are bounded."""
    monkeypatch.setattr(evaluator_module, "OWNS_KEPT", 8)
    parted = Evaluator(evaluator.packs)
    shared = 0
    for day in _days(parted):
        for entry in entries:
            product, facts = entry_facts(entry, parted.classifier, day, parted.product_facts)
            for fact in facts:
                shape, _, text = parted.payload_key("listing", fact, product)
                in_force = shape.parts.parts(fact["market"], fact["marketplace"], fact["day"]) if shape.parts else None
                if in_force is None:
                    continue
                kept = in_force.owns.get(text)
                made = Evaluator._owns(InForce(in_force.parts, {}), fact, text)
                shared += kept is not None
                assert kept in (None, made), (day, fact["sku"], fact["market"])
                parted._owns(in_force, fact, text)
                assert len(in_force.owns) <= 8
                halves = product.payloads.get(in_force) or parted._halves(product, in_force)
                assert halves == tuple(engine_json.dumps(evaluator_module._payload(product.base, part.product))
                                       for part in in_force.parts)
    assert shared > 100, shared


def test_a_part_asked_alone_carries_every_field_its_packs_rules_read(evaluator: Evaluator) -> None:
    """A payload most of whose parts are known asks only its new parts, each of its pack's rulesets
    (`compiler.compile_pack_rulesets`) on a fact of the part's key fields and the scope fields it lacks: every field
    the compiled rules in force read (conditions, type tag, scope and dates) is one of them, read as the key carries
    it. (The pack's other rules cannot fire: the fact carries the scope fields their compiled scope or dates test.)"""
    from crossguard.engine.match_parts import SCOPE

    checked = 0
    for region in ("EU", "GB", "US"):
        parts = evaluator._shape("listing", region).parts
        assert parts is not None
        for market, marketplace, day in itertools.product(("DE", "FR", "GB", "US"), ("amazon", "etsy"),
                                                          [day_number(d) for d in _days(evaluator)]):
            for part in parts.parts(market, marketplace, day) or ():
                values: set[str] = set()
                presence: set[str] = set()
                ids = {parts.rules[position].id for position in part.positions}
                rulesets = evaluator._pack_rulesets[part.pack]
                assert ids <= {rule_id for ruleset in rulesets for rule_id in ruleset.rules}
                for rule_id in ids:  # the pack's rules not in force: their compiled scope or dates fail on the fact
                    definition = next(ruleset.definition[rule_id] for ruleset in rulesets if rule_id in ruleset.rules)
                    read_by_engine(definition["all"][0]["m"], values, presence)
                carried = set(part.whole[0]) | set(part.scope)
                assert values <= carried, (region, part.pack, values - carried)
                assert presence - values <= carried | set(part.whole[1])
                assert set(part.scope) == set(SCOPE) - set(part.whole[0]) - set(part.whole[1])
                # the proof fails when a scope field it reads is left out (every rule reads its type tag)
                for name in values & set(part.scope):
                    assert not values <= carried - {name}
                assert "t" in values & set(part.scope)
                checked += 1
    assert checked > 100


def test_a_payload_with_known_parts_asks_only_its_new_parts(evaluator: Evaluator,
                                                            entries: list[CatalogEntry],  # noqa: F811
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A payload whose new parts are few (`evaluator.ALONE_SHARE`) sends only them to the engine, each to its pack's
    rulesets on a fact of its own fields, and the answer is the whole route's, rule for rule and in order; a payload
    most of whose parts are new (the first of each route) goes whole to its route, as before."""
    from crossguard.engine import durable_host

    parted, engine = Evaluator(evaluator.packs), Evaluator(evaluator.packs, memo_size=0)
    route_names = {ruleset.name for ruleset in parted.rulesets}
    pack_names = {ruleset.name: key for key, rulesets in parted._pack_rulesets.items() for ruleset in rulesets}
    engine_host = durable_host.host()
    collect = engine_host.assert_and_collect
    sent: list[tuple[str, str]] = []

    def spy(name: str, payload: str, fact_id: int | None = None) -> list[str]:
        sent.append((name, payload))
        return collect(name, payload, fact_id)

    monkeypatch.setattr(engine_host, "assert_and_collect", spy)
    whole = alone = 0
    for day in (AT, date(2025, 1, 1)):
        for entry in entries:
            product, facts = entry_facts(entry, parted.classifier, day, parted.product_facts)
            for fact in facts:
                expected = [output.rule.id for output in engine.match("listing", fact).outputs]
                sent.clear()
                found = [output.rule.id for output in parted.match("listing", fact, product).outputs]
                assert found == expected, (day, fact["sku"], fact["market"])
                names = {name for name, _ in sent if name in route_names or name in pack_names}
                if names & route_names:
                    assert names <= route_names
                    whole += 1
                elif names:
                    alone += 1
                    for name, payload in sent:
                        members = set(json.loads(payload))
                        assert {"t", "market", "marketplace", "day", "id"} <= members
                        route_fields = set(parted._route("listing", fact["region"]).fields)
                        assert members < route_fields | {"id"}, name  # fewer fields than the whole payload
    assert whole >= 3 and alone > 100, (whole, alone)  # whole: at least the first listing of each route
