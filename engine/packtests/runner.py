"""Running pack tests: each case's facts through the real evaluator, compared with what it expects.

Each test file is run against its pack alone (found by id among the packs loaded), so a case only
needs the inputs its pack reads. Cases are hermetic: the date is the case's, law dates are the
case's (every key of the configuration unset unless the case sets it), exchange rates and FX
limits are the case's. A failing expectation says why the rule did or did not fire, from
`engine.explain`, so the author does not have to run explain by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from crossguard.engine.classify import Classifier
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.explain import explain, jurisdictions
from crossguard.engine.packs import Pack, PackIssue, PackLoadError, Rule, load_packs
from crossguard.engine.packtests.coverage import Coverage
from crossguard.engine.packtests.inputs import case_facts
from crossguard.engine.packtests.spec import OTHERS, PackTestCase, PackTestFile, load_pack_test
from crossguard.engine.subject_facts import SubjectFact


@dataclass
class CaseResult:
    pack_id: str
    case: PackTestCase
    failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "error" if self.errors else ("fail" if self.failures else "pass")


@dataclass
class RunResult:
    cases: list[CaseResult] = field(default_factory=list)
    #: test files, packs or cases that could not be read (the rest still ran)
    issues: list[PackIssue] = field(default_factory=list)
    coverage: Coverage = field(default_factory=lambda: Coverage([]))

    def count(self, status: str) -> int:
        return sum(result.status == status for result in self.cases)


class PackTestRunner:
    """Runs test files against packs; one evaluator per pack and set of law dates, compiled once."""

    def __init__(self, packs: list[Pack], law_date_keys: Iterable[str], coverage: Coverage):
        self.packs = {pack.spec.id: pack for pack in packs}
        self.law_date_keys = frozenset(law_date_keys)
        self.coverage = coverage
        self.classifier = Classifier.default()
        self._evaluators: dict[tuple[Path, tuple[tuple[str, date | None], ...]], Evaluator] = {}

    def evaluator(self, pack: Pack, law_dates: dict[str, date | None]) -> Evaluator:
        dates = {key: None for key in self.law_date_keys} | law_dates
        key = (pack.file, tuple(sorted(dates.items())))
        if key not in self._evaluators:
            self._evaluators[key] = Evaluator(load_packs([pack.file], dates), self.classifier)
        return self._evaluators[key]

    def run_file(self, test: PackTestFile) -> tuple[list[CaseResult], list[PackIssue]]:
        pack = self.packs.get(test.pack_id)
        if pack is None:
            known = ", ".join(sorted(self.packs)) or "none"
            return [], [PackIssue(test.file, test.pack_line, "pack", f"no pack {test.pack_id!r} is loaded "
                                                                     f"(loaded: {known}); give --rules")]
        return [self.run_case(pack, case) for case in test.cases], []

    def _problems(self, pack: Pack, case: PackTestCase) -> list[str]:
        ids = {rule.id for rule in pack.rules}
        named = [*case.spec.fires, *(case.spec.silent if case.spec.silent != OTHERS else [])]
        problems = [f"{rule_id} is not a rule of pack {pack.spec.id}" for rule_id in named if rule_id not in ids]
        unknown = sorted(set(case.spec.law_dates) - self.law_date_keys)
        if unknown:
            problems.append(f"law_dates {unknown} are not keys of the configuration's law_dates "
                            f"(known: {', '.join(sorted(self.law_date_keys)) or 'none'})")
        return problems

    def run_case(self, pack: Pack, case: PackTestCase) -> CaseResult:
        """Every problem of the case at once (unknown rules, law dates, bad input), then the comparison:
        a pack author fixes a case in one pass, not one message per run."""
        result = CaseResult(pack.spec.id, case, errors=self._problems(pack, case))
        facts, errors = case_facts(case, self.classifier)
        result.errors.extend(str(error) for error in errors)
        if case.spec.subject is not None:
            subjects = sorted({fact.subject for fact in facts})
            facts = [fact for fact in facts if fact.subject == case.spec.subject]
            if not facts:
                result.errors.append(f"no subject {case.spec.subject!r} in the input (subjects: {', '.join(subjects)})")
        elif not facts and not result.errors:
            result.errors.append("the input has no subject to evaluate (a product needs listings)")
        if result.errors:
            return result
        try:
            evaluator = self.evaluator(pack, case.spec.law_dates)
        except PackLoadError as error:
            result.errors.append(str(error))
            return result
        self._compare(evaluator, case, facts, result)
        return result

    def _compare(self, evaluator: Evaluator, case: PackTestCase, facts: list[SubjectFact], result: CaseResult) -> None:
        rules = {rule.id: rule for rule in evaluator.packs[0].rules}
        fired = [{rule.id for rule in evaluator.matching_rules(fact.kind, fact.fact)} for fact in facts]
        silent = [rid for rid in rules if rid not in case.spec.fires] if case.spec.silent == OTHERS \
            else case.spec.silent
        where = jurisdictions(evaluator.packs)
        for rule_id in case.spec.fires:
            if not any(rule_id in ids for ids in fired):
                result.failures.append(f"{rule_id} should fire but stayed silent: "
                                       + _why(evaluator, facts, rules[rule_id], case.at))
            self.coverage.observe(rules[rule_id], where[rules[rule_id].pack_id], facts, fired, case.at, True)
        for rule_id in silent:
            on = [fact for fact, ids in zip(facts, fired, strict=True) if rule_id in ids]
            if on:
                result.failures.append(f"{rule_id} should stay silent but fired on {on[0].subject}: "
                                       + _why(evaluator, on, rules[rule_id], case.at))
            self.coverage.observe(rules[rule_id], where[rules[rule_id].pack_id], facts, fired, case.at, False)


def _why(evaluator: Evaluator, facts: list[SubjectFact], rule: Rule, at: date) -> str:
    (explanation,) = explain(evaluator, facts, [rule], at)
    return explanation.why


def run_pack_tests(test_paths: list[Path], packs: list[Pack], law_date_keys: Iterable[str],
                   whole_suite: bool) -> RunResult:
    """Run every case of every test file. Coverage counts the rules of every loaded pack when
    ``whole_suite`` (a folder of tests: an untested pack counts as uncovered), else of the packs the
    test files name."""
    run = RunResult()
    tests: list[PackTestFile] = []
    for path in test_paths:
        test, issues = load_pack_test(path)
        run.issues.extend(issues)
        if test is not None:
            tests.append(test)
    named = {test.pack_id for test in tests}
    run.coverage = Coverage([pack for pack in packs if whole_suite or pack.spec.id in named])
    runner = PackTestRunner(packs, law_date_keys, run.coverage)
    for test in tests:
        results, problems = runner.run_file(test)
        run.cases.extend(results)
        run.issues.extend(problems)
    return run
