"""Pack test results as text: a line per case, the failures under it, a summary, and coverage."""

from __future__ import annotations

from crossguard.engine.packtests.coverage import Coverage, RuleCoverage, Totals
from crossguard.engine.packtests.runner import CaseResult, RunResult

STATUS = {"pass": "PASS ", "fail": "FAIL ", "error": "ERROR"}
MARK = {True: "✓", False: "✗"}


def case_lines(result: CaseResult, quiet: bool = False) -> list[str]:
    if quiet and result.status == "pass":
        return []
    lines = [f"{STATUS[result.status]} {result.pack_id}: {result.case.spec.name} ({result.case.where})"]
    lines += [f"      {text}" for text in (*result.errors, *result.failures)]
    return lines


def totals_line(totals: Totals) -> str:
    if not totals.total:
        return "coverage: no rules to cover"
    return (f"coverage {totals.percent:.1f}%: rules fired and silent {totals.rules_both_ways}/{totals.rules}, "
            f"leaves true and false {totals.leaves_both_ways}/{totals.leaves}, "
            f"bounds deciding {totals.bounds_seen}/{totals.bounds}")


def _never(seen: set[bool]) -> str:
    if not seen:
        return "never evaluated (no case reached it)"
    return "never false" if True in seen else "never true"


def _gaps(rule: RuleCoverage) -> list[str]:
    gaps = [] if rule.fired else ["never fired in a case that expects it to"]
    gaps += [] if rule.silent else ["never silent in a case that expects it to be"]
    gaps += [f"{leaf.path} {leaf.text}: {_never(leaf.seen)}" for leaf in rule.leaves if len(leaf.seen) < 2]
    gaps += [f"{name}: never seen keeping it silent on its own" for name, seen in rule.bounds.items() if not seen]
    return gaps


def coverage_lines(coverage: Coverage) -> list[str]:
    """Per rule: fired, silent, leaves and bounds seen, then what is missing."""
    lines: list[str] = []
    pack = None
    for rule in sorted(coverage.rules.values(), key=lambda r: (r.pack_id, r.line)):
        if rule.pack_id != pack:
            pack = rule.pack_id
            lines.append(f"{pack}")
        leaves = sum(len(leaf.seen) == 2 for leaf in rule.leaves)
        bounds = sum(rule.bounds.values())
        lines.append(f"  {rule.rule_id:<16} fired {MARK[rule.fired]} silent {MARK[rule.silent]} "
                     f"leaves {leaves}/{len(rule.leaves)} bounds {bounds}/{len(rule.bounds)}")
        lines += [f"      {gap}" for gap in _gaps(rule)]
    return lines


def run_text(run: RunResult, coverage: bool = False, quiet: bool = False) -> str:
    lines = [str(issue) for issue in run.issues]
    for result in run.cases:
        lines += case_lines(result, quiet)
    if coverage:
        lines += ["", *coverage_lines(run.coverage)]
    lines += [*([""] if lines else []),
              f"{len(run.cases)} case(s): {run.count('pass')} passed, {run.count('fail')} failed, "
              f"{run.count('error') + len(run.issues)} error(s)", totals_line(run.coverage.totals())]
    return "\n".join(lines)
