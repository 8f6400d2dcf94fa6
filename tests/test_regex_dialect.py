"""`matches`/`imatches` accept exactly the durable-rules dialect whose meaning we know, the engine is
held to that meaning, and evidence never runs a backtracking regex."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.conditions import Any_, Leaf, held_leaves
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import load_packs, validate_packs
from crossguard.engine.regex_dialect import DialectError, matcher, parse
from crossguard.engine.regex_probe import engine_disagreement
from tests.packs import rule, write_pack


@pytest.mark.parametrize(("pattern", "problem"), [
    (r"\d+", r"\ is not an escape in durable-rules' dialect: a digit is %d"),
    ("(?i)speaker", "(?...) groups"),
    ("a(?=b)b", "(?...) groups"),
    ("a(?!b)", "(?...) groups"),
    ("^DE.*$", "^ is not an anchor"),
    ("DE.*$", "$ is not an anchor"),
    ("(a|b*)+", "matches the empty string"),
    ("a**", "cannot follow a quantifier"),
    ("a+?", "cannot follow a quantifier"),
    ("a{0}", "{0}: needs 1 <= m"),
    ("a{101}", "{101}"),
    ("a{,3}", "a repeat is {n}, {n,} or {n,m}"),
    ("", "empty pattern"),
    ("a||b", "empty alternative"),
    ("()", "empty group"),
    ("[z-a]", "not in increasing order"),
    ("[]", "empty class"),
    ("%a", "%a is not supported"),
    ("x" * 201, "longer than 200"),
    ("(((((((((((((((((a)))))))))))))))))", "nested deeper than 16"),
])
def test_outside_the_dialect_is_refused_with_a_hint(pattern: str, problem: str) -> None:
    with pytest.raises(DialectError) as caught:
        parse(pattern)
    assert problem in str(caught.value)


@pytest.mark.parametrize(("pattern", "python", "ignore_case"), [
    (".*Speaker.*", ".*Speaker.*", False), ("DE%d{9}", r"DE\d{9}", False), ("[A-Z]{2}[0-9]+", "[A-Z]{2}[0-9]+", False),
    ("x[^;]+%.y", r"x[^;]+\.y", False), ("CE(:[A-Z]+)?", "CE(:[A-Z]+)?", False), ("(ab){2,3}c", "(ab){2,3}c", False),
    ("a.c", "a(?s:.)c", False), ("[a-c-]+", "[a-c-]+", False), (".*bluetooth.*", "(?s:.)*bluetooth(?s:.)*", True),
])
def test_the_matcher_means_what_python_means_for_the_same_pattern(pattern: str, python: str,
                                                                  ignore_case: bool) -> None:
    rng = random.Random(pattern)
    alphabet = sorted(set(pattern) - set("[]{}()*+?|%^")) + ["~", ";", "\n", "é", "B", "b"]
    compiled = matcher(pattern, ignore_case)
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        folded = text.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"))
        assert compiled.fullmatch(text) == (re.fullmatch(python, folded if ignore_case else text) is not None), text


def test_matching_is_linear_where_backtracking_is_exponential() -> None:
    """(a|aa)+b on 40 a's costs Python's re about 10^8 steps; the DFA reads each character once."""
    assert matcher("(a|aa)+b").fullmatch("a" * 40) is False
    assert matcher("(a|aa)+b").fullmatch("a" * 200_000 + "b") is True


def test_evidence_of_an_any_uses_the_linear_matcher() -> None:
    """held_leaves evaluates `any` branches on the fact: with re this took 24 s for 30 characters."""
    slow = Leaf("title", "matches", "(a|aa)+b")
    other = Leaf("cls.radio", "eq", True)
    fact = {"title": "a" * 5000, "cls": {"radio": True}}
    assert held_leaves(Any_((slow, other)), fact) == [other]


@pytest.mark.parametrize(("pattern", "ignore_case", "example"), [
    (".*[Ss]peaker.*", False, "'speakers'"),  # the engine misses a class at the start of a word it restarts on
    (".*(speaker|headphone).*", False, "does not match"),
])
def test_patterns_the_engine_gets_wrong_are_refused_with_an_example(pattern: str, ignore_case: bool,
                                                                    example: str) -> None:
    problem = engine_disagreement(pattern, ignore_case)
    assert problem is not None and example in problem and "simplify the pattern" in problem


@pytest.mark.parametrize("pattern", [".*speaker.*", "DE%d{9}", "[0-9]{5}(-[0-9]{4})?", "GB[0-9]{9}|GB[0-9]{12}",
                                     ".*(lithium|li-ion).*", "[^;]*"])
def test_common_patterns_pass_the_engine_probe(pattern: str) -> None:
    assert engine_disagreement(pattern, False) is None
    assert engine_disagreement(pattern, True) is None


def test_validate_names_file_line_and_rule_of_a_python_only_regex(tmp_path: Path) -> None:
    good = rule("RX-OK-001", {"field": "title", "imatches": ".*speaker.*"})
    path = write_pack(tmp_path, "rx", [good, rule("RX-PY-002", {"field": "title", "matches": r".*\d+W.*"})])
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if text.strip() == "matches: .*\\d+W.*")
    assert f"{path}:{line}: RX-PY-002.when.matches: bad regular expression" in result.output
    assert "a digit is %d" in result.output and "RX-OK-001" not in result.output


def test_a_rule_with_a_dialect_regex_fires_in_the_engine_and_explains_itself(tmp_path: Path) -> None:
    write_pack(tmp_path, "rx", [rule("RX-EPREL-001", {"any": [
        {"field": "product.eprel_id", "matches": "%d{5,7}"}, {"field": "cls.radio", "eq": True}]})])
    packs, issues = validate_packs([tmp_path])
    assert issues == []
    evaluator = Evaluator(load_packs([tmp_path]))
    fact = {"day": 20000, "region": "EU", "product": {"eprel_id": "1487235"}, "cls": {"radio": False}}
    [finding] = evaluator.findings_for("listing", fact, "X@amazon:DE")
    assert [e.field for e in finding.evidence] == ["product.eprel_id"]
    assert evaluator.matching_rules("listing", {**fact, "product": {"eprel_id": "EPREL-1487235"}}) == []
