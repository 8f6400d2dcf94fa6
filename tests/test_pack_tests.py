"""The shipped packs' own tests (rules/tests/<pack-id>.yaml), one pytest case per test case, and the
meta-tests: every shipped pack has a test file, and every rule is shown firing and staying silent,
each condition leaf true and false, each scope or date bound deciding (Checkov's test-per-check,
driven by data). Verdicts come from the real durable-rules evaluator."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.packs import load_packs, pack_files
from crossguard.engine.packtests.runner import CaseResult, RunResult, run_pack_tests
from crossguard.engine.packtests.spec import TESTS_DIR, load_pack_test, pack_test_paths
from crossguard.rules import RULES_DIR
from crossguard.settings import DEFAULTS_FILE, load_settings

LAW_DATE_KEYS = list(load_settings(DEFAULTS_FILE, env={}).law_dates)
FILES = pack_test_paths()
#: Leaves no input can make go the other way, with the reason; a leaf that becomes reachable must leave this list.
UNREACHABLE = {
    ("US-DEMIN-001", "when.all[1]"): "an import_route fact exists only for a route with direct shipments "
                                     "(engine/seller/customs.py), so direct_count is never 0",
}


def _case_ids() -> list[tuple[str, int]]:
    ids = []
    for file in FILES:
        test, _ = load_pack_test(file)
        ids += [(file.name, case.line or 0) for case in (test.cases if test else [])]
    return ids


@pytest.fixture(scope="module")
def suite() -> RunResult:
    packs = load_packs(None, dict.fromkeys(LAW_DATE_KEYS))
    return run_pack_tests(FILES, packs, LAW_DATE_KEYS, whole_suite=True)


@pytest.fixture(scope="module")
def results(suite: RunResult) -> dict[tuple[str, int], CaseResult]:
    return {(r.case.file.name, r.case.line or 0): r for r in suite.cases}


@pytest.mark.parametrize("case_id", _case_ids(), ids=lambda case_id: f"{case_id[0]}:{case_id[1]}")
def test_pack_case(results: dict[tuple[str, int], CaseResult], case_id: tuple[str, int]) -> None:
    result = results[case_id]
    assert result.status == "pass", f"{result.case.spec.name}:\n" + "\n".join([*result.errors, *result.failures])


def test_the_test_files_read_cleanly(suite: RunResult) -> None:
    assert [str(issue) for issue in suite.issues] == []


def test_every_shipped_pack_has_a_test_file() -> None:
    packs = {pack.spec.id for pack in load_packs()}
    tested = {test.pack_id for test in (load_pack_test(file)[0] for file in FILES) if test}
    assert packs - tested == set(), "packs without rules/tests/<pack-id>.yaml"
    assert {file.stem for file in FILES} == tested, "name each test file after the pack id it tests"


def test_every_rule_fires_in_one_case_and_stays_silent_in_another(suite: RunResult) -> None:
    one_way = {rule.rule_id: ("fired" if rule.fired else "") + ("silent" if rule.silent else "")
               for rule in suite.coverage.rules.values() if not rule.both_ways}
    assert one_way == {}, "rules not shown both ways (value: the side that was shown)"
    assert len(suite.coverage.rules) == sum(len(pack.rules) for pack in load_packs())


def test_every_leaf_and_bound_is_covered_but_the_known_unreachable(suite: RunResult) -> None:
    gaps = {(rule.rule_id, leaf.path) for rule in suite.coverage.rules.values() for leaf in rule.leaves
            if len(leaf.seen) < 2}
    bounds = {(rule.rule_id, name) for rule in suite.coverage.rules.values()
              for name, seen in rule.bounds.items() if not seen}
    assert gaps == set(UNREACHABLE) and bounds == set()


def test_test_files_ship_beside_the_packs_and_are_never_loaded_as_packs() -> None:
    assert TESTS_DIR == RULES_DIR / "tests" and FILES
    assert all(Path(file).parent == RULES_DIR for file in pack_files())
