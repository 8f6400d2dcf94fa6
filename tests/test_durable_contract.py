"""Contract tests for the durable-rules pitfalls in ../shared/durable-rules.md, through our engine,
so that an upgrade or a refactor cannot bring one back."""

from __future__ import annotations

import gc
import json
import threading
from pathlib import Path

import durable_rules_engine
import pytest
from durable import engine as durable_engine

from crossguard.engine.compiler import compile_packs
from crossguard.engine.durable_check import durable_refusal
from crossguard.engine.durable_host import SyncHost, host
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import load_packs
from tests.packs import rule, write_pack
from tests.test_operators_contract import _pack as operators_pack


def test_events_are_consumed_by_the_first_rule_which_is_why_we_assert_facts() -> None:
    """The pitfall itself: with `post`, two overlapping rules do not both fire."""
    hits: list[str] = []

    host = SyncHost()
    host._named_actions.update({"a": lambda c: hits.append("a"), "b": lambda c: hits.append("b")})
    host.register_rulesets({"contract_events": {
        "a": {"all": [{"m": {"$and": [{"t": "e"}, {"x": 1}]}}], "run": "a"},
        "b": {"all": [{"m": {"$and": [{"t": "e"}, {"x": 1}]}}], "run": "b"},
    }})
    host.post("contract_events", {"t": "e", "x": 1})
    assert len(hits) == 1
    hits.clear()
    host.assert_fact("contract_events", {"t": "e", "x": 1})
    assert sorted(hits) == ["a", "b"]


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> Evaluator:
    """100 rules all true for one fact: more than 64 true tests in one ruleset would be rejected
    (error 303), so the compiler must split them. No memo (``memo_size=0``): every fact goes to the engine,
    which is what these tests are about (an identical payload would otherwise be answered from the memo)."""
    folder = tmp_path_factory.mktemp("wide")
    rules = [rule(f"W-R-{i:03d}", {"field": "product.mains_voltage_v", "gte": i}) for i in range(100)]
    rules.append(rule("W-NEX-001", {"field": "brand", "exists": False}))
    write_pack(folder, "wide", rules)
    return Evaluator(load_packs([folder]), memo_size=0)


def test_more_than_64_matching_rules_all_fire(wide: Evaluator) -> None:
    fired = wide.matching_rules("listing", {"day": 1, "region": "EU", "product": {"mains_voltage_v": 230}})
    assert len(fired) == 101


def test_a_lone_negative_rule_fires_once_and_does_not_loop_on_engine_state(wide: Evaluator) -> None:
    """`$nex` alone matched durable-rules' session-state object and fired 282,103 times in 3 s."""
    fired = wide.matching_rules("listing", {"day": 1, "region": "EU", "product": {"mains_voltage_v": 5}})
    assert [r.id for r in fired].count("W-NEX-001") == 1
    assert len(fired) == 7  # W-R-000..005 and the negative rule


def test_identical_facts_in_a_row_are_each_evaluated(wide: Evaluator) -> None:
    """Asserting an identical fact twice raises MessageObservedException unless facts differ."""
    fact = {"day": 1, "region": "EU", "product": {"mains_voltage_v": 1}}
    hits = wide.memo.hits
    results = [len(wide.matching_rules("listing", fact)) for _ in range(3)]
    assert results == [3, 3, 3]
    assert wide.memo.hits == hits  # all three reached the engine


def test_no_match_is_no_finding_not_an_error(wide: Evaluator) -> None:
    assert wide.matching_rules("listing", {"day": 1, "region": "EU", "brand": "Acme"}) == []


def test_same_packs_can_be_loaded_twice_in_one_process(tmp_path: Path) -> None:
    """Ruleset names cannot be re-registered; each evaluator namespaces its own."""
    write_pack(tmp_path, "twice", [rule("TW-R-001", {"field": "cls.radio", "eq": True})])
    first, second = Evaluator(load_packs([tmp_path])), Evaluator(load_packs([tmp_path]))
    fact = {"day": 1, "region": "EU", "cls": {"radio": True}}
    assert [r.id for r in first.matching_rules("listing", fact)] == ["TW-R-001"]
    assert [r.id for r in second.matching_rules("listing", fact)] == ["TW-R-001"]


def test_threads_share_one_evaluator_safely(wide: Evaluator) -> None:
    """The engine is not thread-safe (8 threads segfaulted); the evaluator's lock serialises."""
    errors: list[BaseException] = []
    counts: list[int] = []

    def work(volts: int) -> None:
        try:
            for _ in range(200):
                counts.append(len(wide.matching_rules("listing", {"day": 1, "region": "EU",
                                                                   "product": {"mains_voltage_v": volts}})))
        except BaseException as error:  # noqa: BLE001 - surfaced below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(10,)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert counts == [12] * 1200
    assert wide.memo.hits == 0  # every evaluation reached the engine


def test_sync_host_starts_no_timer_threads() -> None:
    before = threading.active_count()
    hosts = [SyncHost() for _ in range(5)]
    assert threading.active_count() == before
    assert all(isinstance(h, durable_engine.Host) for h in hosts)


def test_loose_comparisons_are_kept_out_by_typed_packs(tmp_path: Path) -> None:
    """durable-rules finds "100" < 5 true; a string literal against a number field is rejected at load."""
    from crossguard.engine.packs import PackLoadError

    write_pack(tmp_path, "loose", [rule("LO-R-001", {"field": "product.mains_voltage_v", "lt": "5"})])
    with pytest.raises(PackLoadError, match="not a number"):
        load_packs([tmp_path])


def test_a_rule_whose_any_branches_both_hold_is_one_match(tmp_path: Path) -> None:
    """durable-rules runs the action once per true branch of an `$or`; a finding must not double."""
    write_pack(tmp_path, "branches", [rule("BR-ANY-001", {"any": [{"field": "cls.radio", "eq": True},
                                                                 {"field": "cls.mains_lv", "eq": True}]})])
    evaluator = Evaluator(load_packs([tmp_path]))
    fired = evaluator.matching_rules("listing", {"day": 1, "region": "EU", "cls": {"radio": True, "mains_lv": True}})
    assert [r.id for r in fired] == ["BR-ANY-001"]


def _payloads(evaluator: Evaluator, fact: dict, fact_id: int) -> list[tuple[str, int, str]]:
    """What the evaluator sends each ruleset of the fact's route: the payload with its `"id"`."""
    shape, opening, text = evaluator.payload_key("listing", fact)
    sent = f'{opening}{text[1:-1]},"id":{fact_id}}}'
    return [(ruleset.name, host().get_ruleset(ruleset.name)._handle, sent) for ruleset in shape.route.rulesets]


def test_a_fact_with_an_id_is_that_id_to_the_engine_and_is_retracted_by_it_alone(wide: Evaluator) -> None:
    """The evaluator retracts `{"id":N}`, not the whole payload (SyncHost.assert_and_collect): the C core
    takes a given `id` as the fact's identity (a second fact with it is "observed", code 2) and finds the
    fact to retract by it, so the session is empty after each round trip and the same id can come again."""
    fact = {"day": 1, "region": "EU", "product": {"mains_voltage_v": 230}}  # a rule of each ruleset holds
    for name, handle, sent in _payloads(wide, fact, 7_000_001):
        assert durable_rules_engine.assert_fact(handle, sent)[0] == 0
        assert durable_rules_engine.assert_fact(handle, sent.replace('"day":1', '"day":2'))[0] == 2  # same id
        host()._drain(handle, durable_rules_engine.assert_fact(handle, sent.replace("7000001", "7000002"))[1])
        assert len(json.loads(durable_rules_engine.get_facts(handle, "0"))) == 2
        for fact_id in (7_000_001, 7_000_002):
            assert durable_rules_engine.retract_fact(handle, f'{{"id":{fact_id}}}')[0] == 0
        assert json.loads(durable_rules_engine.get_facts(handle, "0")) == []
        fired = [host().assert_and_collect(name, sent, 7_000_001) for _ in range(3)]
        assert fired[0] and fired == [fired[0]] * 3  # a fact left behind would make the second "observed"
        assert json.loads(durable_rules_engine.get_facts(handle, "0")) == []


def test_a_comparison_without_an_exists_guard_is_false_on_a_missing_field_beside_rules_testing_it(
        tmp_path: Path) -> None:
    """Comparisons compile without an `$ex` guard (engine/operators.py): the engine tests them only against a
    property the fact has. The shared notes' wrong answer on a missing field came with a rule testing the same
    field first and a reference to another field (`$m`), which no operator compiles to; here rules test one
    field every way, in one ruleset, and a fact without it fires only the rule asking for its absence."""
    conditions = {"MS-GT-001": {"gt": 5}, "MS-LT-001": {"lt": 5}, "MS-NE-001": {"ne": 5}, "MS-EQ-001": {"eq": 5},
                  "MS-IN-001": {"in": [4, 5]}, "MS-NIN-001": {"not_in": [4, 6]}, "MS-GTE-001": {"gte": 5},
                  "MS-LTE-001": {"lte": 5}, "MS-NEX-001": {"exists": False}, "MS-EX-001": {"exists": True}}
    write_pack(tmp_path, "missing", [rule(rule_id, {"field": "product.mains_voltage_v", **test})
                                     for rule_id, test in conditions.items()])
    evaluator = Evaluator(load_packs([tmp_path]), memo_size=0)  # the second fired({}) must reach the engine

    def fired(product: dict) -> list[str]:
        return sorted(r.id for r in evaluator.matching_rules("listing", {"day": 1, "region": "EU", "product": product}))

    assert fired({}) == ["MS-NEX-001"]
    assert fired({"mains_voltage_v": 5}) == sorted({"MS-EQ-001", "MS-IN-001", "MS-NIN-001", "MS-GTE-001", "MS-LTE-001",
                                                    "MS-EX-001"})
    assert fired({"mains_voltage_v": 7}) == sorted({"MS-GT-001", "MS-NE-001", "MS-NIN-001", "MS-GTE-001", "MS-EX-001"})
    assert fired({}) == ["MS-NEX-001"]  # again, after facts that had it
    assert evaluator.memo.hits == 0


@pytest.fixture(scope="module")
def operators(tmp_path_factory: pytest.TempPathFactory) -> Evaluator:
    """The operator contract's pack (every operator, `any`, `not`), without a memo."""
    return Evaluator(load_packs([operators_pack(tmp_path_factory.mktemp("operators"))]), memo_size=0)


#: Facts for the operator pack: `any` with both branches true, `in` with several values, `not_contains`
#: on a list without the item and on a missing list, a negated `all`.
OPERATOR_FACTS = [
    {"day": 20000, "region": "EU", "cls": {"radio": True, "mains_lv": True}, "market": "DE", "certs": ["CE"]},
    {"day": 20000, "region": "EU", "cls": {"radio": True}, "market": "IT"},
]


@pytest.mark.parametrize(("evaluator_name", "facts"), [
    ("wide", [{"day": 1, "region": "EU", "product": {"mains_voltage_v": 230}}]),  # the last ruleset: the `$nex` rule
    ("operators", OPERATOR_FACTS),
])
def test_after_the_retraction_the_session_holds_no_fact_and_queues_no_action(
        request: pytest.FixtureRequest, evaluator_name: str, facts: list[dict]) -> None:
    """Rules of one fact pattern (`compiler.compile_rule`) queue nothing when their fact is retracted by its id,
    and the session is empty after, so assert_and_collect does not read the queue after a retraction."""
    evaluator: Evaluator = request.getfixturevalue(evaluator_name)
    for fact_id, fact in enumerate(facts, start=7_000_021):
        fired: list[str] = []
        for _, handle, sent in _payloads(evaluator, fact, fact_id):
            code, state = durable_rules_engine.assert_fact(handle, sent)[:2]
            assert code == 0
            fired += host()._drain(handle, state)
            code, retracted = durable_rules_engine.retract_fact(handle, f'{{"id":{fact_id}}}')[:2]
            assert code == 0
            assert durable_rules_engine.start_action_for_state(handle, retracted) is None
            assert durable_rules_engine.start_action_for_state(handle, state) is None
            assert json.loads(durable_rules_engine.get_facts(handle, "0")) == []
        expected = {r.id for r in evaluator.matching_rules("listing", fact)}
        assert set(fired) == expected and expected  # the rules did fire before the retraction
    if evaluator_name == "operators":
        assert {"T-ANY-1", "T-IN-1", "T-NOTCONTAINS-1", "T-NOT-ALL"} <= {
            r.id for fact in facts for r in evaluator.matching_rules("listing", fact)}


def test_a_fact_that_matches_nothing_leaves_the_session_empty(tmp_path: Path) -> None:
    """assert_and_collect retracts nothing when the engine answers "not handled": no fact may stay behind then."""
    write_pack(tmp_path, "nomatch", [rule("NM-R-001", {"field": "cls.radio", "eq": True})])
    evaluator = Evaluator(load_packs([tmp_path]), memo_size=0)
    fact = {"day": 1, "region": "EU", "cls": {"radio": False}}
    for name, handle, sent in _payloads(evaluator, fact, 7_000_031):
        code, state = durable_rules_engine.assert_fact(handle, sent)[:2]
        if code == 0:  # (today the core answers 1, "not handled") handled: nothing queued; retracted as it would be
            assert host()._drain(handle, state) == []
            assert durable_rules_engine.retract_fact(handle, '{"id":7000031}')[0] == 0
        assert json.loads(durable_rules_engine.get_facts(handle, "0")) == []
        assert host().assert_and_collect(name, sent.replace("7000031", "7000032"), 7_000_032) == []
        assert json.loads(durable_rules_engine.get_facts(handle, "0")) == []
    assert evaluator.matching_rules("listing", {**fact, "cls": {"radio": True}})  # the rule can fire


#: Operators the compiled rules may use: none refers to another value ($m, an alias) or computes one
#: ($add, $sub, $mul, $div), which retraction by id and no `$ex` guard rely on (engine/durable_host.py).
LOGICAL = {"$and", "$or"}
COMPARISONS = {"$lt", "$lte", "$gt", "$gte", "$neq", "$mt", "$imt"}
PRESENCE = {"$ex", "$nex"}
LIST_TESTS = {"$iany", "$iall"}
FORBIDDEN = {"$m", "$add", "$sub", "$mul", "$div", "$l", "$r", "$s", "count", "cap", "any", "pri"}


def _literal(value: object) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def _check_expression(expression: object, where: str) -> None:
    """One compiled expression: logic over comparisons of one fact's fields with literals."""
    assert isinstance(expression, dict) and len(expression) == 1, f"{where}: {expression}"
    ((key, value),) = expression.items()
    if key in LOGICAL:
        assert isinstance(value, list) and value, f"{where}: {expression}"
        for part in value:
            _check_expression(part, where)
    elif key in COMPARISONS | PRESENCE | LIST_TESTS:
        assert isinstance(value, dict) and len(value) == 1, f"{where}: {expression}"
        ((field, operand),) = value.items()
        assert not field.startswith("$"), f"{where}: {expression}"
        if key in PRESENCE:
            assert operand == 1, f"{where}: {expression}"
        elif key in LIST_TESTS:  # an item test: {"$i": literal}, or one comparison of it
            item = operand.get("$neq", operand) if isinstance(operand, dict) else None
            assert isinstance(item, dict) and set(item) == {"$i"} and _literal(item["$i"]), f"{where}: {expression}"
        else:
            assert _literal(operand), f"{where}: a reference or computed value {expression}"
    else:
        assert not key.startswith("$"), f"{where}: operator {key}"
        assert _literal(value), f"{where}: a reference or computed value {expression}"


def _keys(node: object) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {key for value in node.values() for key in _keys(value)}
    return {key for value in node for key in _keys(value)} if isinstance(node, list) else set()


def test_compiled_rules_are_one_fact_pattern_without_references(operators: Evaluator) -> None:
    """What engine/durable_host.py relies on, for every packaged pack and the operator contract's pack: each
    rule is one fact pattern (no `count`, `cap`, second pattern), compared with literals only."""
    rulesets = [*compile_packs(load_packs(), "contract"), *operators.rulesets]
    assert len(rulesets) > 10
    checked = 0
    for ruleset in rulesets:
        for name, definition in ruleset.definition.items():
            where = f"{ruleset.name}:{name}"
            assert set(definition) == {"all", "run"}, where
            (pattern,) = definition["all"]
            assert isinstance(pattern, dict) and list(pattern) == ["m"], where
            assert not _keys(definition) & FORBIDDEN, where
            _check_expression(pattern["m"], where)
            checked += 1
    assert checked >= 130 + len(operators.packs[0].rules)


@pytest.mark.parametrize("expression", [
    {"$gt": {"price": {"$m": "cost"}}},  # a reference to another field
    {"$gt": {"price": {"m": "cost"}}},  # a reference by the pattern's alias
    {"$lt": {"price": {"$add": {"$l": {"$m": "cost"}, "$r": 5}}}},  # arithmetic
    {"price": {"$m": "cost"}},
    {"$s": 1},
])
def test_the_check_refuses_references_and_arithmetic(expression: dict) -> None:
    with pytest.raises(AssertionError):
        _check_expression({"$and": [{"t": "listing"}, expression]}, "test")


def test_rulesets_no_longer_used_are_deleted_from_the_engine(tmp_path: Path) -> None:
    """A collected evaluator's rulesets are deleted at the next registration (a server loading packs again keeps
    no old handles), and `validate`'s rulesets of one rule each are deleted at once; a live evaluator's stay."""
    engine_host = host()
    write_pack(tmp_path, "retire", [rule("RT-001", {"field": "cls.radio", "eq": True})])
    kept = Evaluator(load_packs([tmp_path]))
    gc.collect()  # evaluators earlier tests left in reference cycles: collected and deleted now, not counted below
    assert durable_refusal(kept.packs[0].rules[0]) is None
    gone = Evaluator(load_packs([tmp_path]))
    gone_names = [ruleset.name for ruleset in gone.rulesets]
    handles = [engine_host._handles[name] for name in gone_names]
    del gone
    gc.collect()
    assert all(name in engine_host._handles for name in gone_names)  # retired, not deleted yet
    before = len(engine_host._handles)
    assert durable_refusal(kept.packs[0].rules[0]) is None  # registers (and deletes) a ruleset of its own
    assert not any(name in engine_host._handles or name in engine_host._ruleset_directory for name in gone_names)
    assert not any(action.startswith(f"{gone_names[0]}:") for action in engine_host._named_actions)
    assert len(engine_host._handles) == before - len(gone_names)
    for handle in handles:  # the C core no longer knows them
        with pytest.raises(durable_rules_engine.error):
            durable_rules_engine.assert_fact(handle, '{"t":"listing","id":1}')
    fact = {"day": 1, "region": "EU", "cls": {"radio": True}}
    assert [found.id for found in kept.matching_rules("listing", fact)] == ["RT-001"]
    assert [found.id for found in Evaluator(kept.packs).matching_rules("listing", fact)] == ["RT-001"]
