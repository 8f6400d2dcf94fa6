"""rules/account-health.yaml on facts from engine/seller/health.py, with the real engine: every grade
on both sides of its boundary, per metric and per market kind, the minimum order counts, windows and
dates, trends, rating bands and violation types."""

from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

import pytest

from crossguard.engine.seller.health import TREND_PERIODS, fact_number, health_facts
from crossguard.engine.seller.health_metrics import METRICS
from crossguard.engine.seller.subjects import ACCOUNT_HEALTH, HEALTH_METRICS, POLICY_VIOLATIONS
from crossguard.engine.subjects import COMMON_FIELDS
from tests.health_support import AT, PERIOD, evaluate, figures, fired, row, weekly

PREFIX = {"odr": "AH-ODR", "cancellation": "AH-CR", "late_10d": "AH-LATE10", "late_30d": "AH-LATE30",
          "valid_tracking": "AH-VTR"}
SEVERITIES = {"C": ("medium", "high", "critical"), "T": ("low", "medium", "high")}
#: Orders a rate needs before it is judged (more than these), as the pack says.
MINIMUM = {"odr": 100, "cancellation": 40, "late_10d": 25, "late_30d": 25, "valid_tracking": 20}


def graded(result, metric: str) -> list[tuple[str, str]]:
    """(rule id, severity) of the metric's graded findings (not its trend)."""
    return sorted((f.rule_id, f.severity.value) for f in result.findings
                  if f.rule_id.startswith(PREFIX[metric] + "-") and not f.rule_id.endswith("TREND"))


def at_ratio(metric: str, ratio: Fraction) -> int:
    """Bad orders out of 800 that put the metric exactly at ``ratio`` of its limit."""
    bad = ratio * Fraction(METRICS[metric].bad_limit_pct) * 8
    assert bad.denominator == 1
    return int(bad)


def cases(metric: str) -> list[tuple[int, int, int]]:
    """(bad, base, grade) on both sides of 0.75, 1 and 2 times the limit; grade 0: no finding.

    801 orders with the same bad count is a hair under the boundary. The tracking rate meets its
    target at exactly 95%, so there the limit itself is still grade 1 and one more untracked shipment is 2."""
    b075, b1, b2 = (at_ratio(metric, Fraction(r)) for r in ("3/4", "1", "2"))
    over = [(b1, 800, 1), (b1 + 1, 800, 2)] if metric == "valid_tracking" else [(b1, 801, 1), (b1, 800, 2)]
    return [(b075, 801, 0), (b075, 800, 1), *over, (b2, 801, 2), (b2, 800, 3)]


@pytest.mark.parametrize("market", ["GB", "DE", "US"])
@pytest.mark.parametrize("metric", HEALTH_METRICS)
def test_each_grade_on_both_sides_of_its_boundary(metric: str, market: str) -> None:
    contractual = market != "US" and metric != "valid_tracking"
    scope = "C" if contractual else "T"
    for bad, base, grade in cases(metric):
        result = evaluate([row(market=market, **{metric: figures(metric, bad, base)})])
        expected = [(f"{PREFIX[metric]}-{scope}{grade}", SEVERITIES[scope][grade - 1])] if grade else []
        assert graded(result, metric) == expected, (metric, market, bad, base)


NO_PLAN_WHILE_ACTIVE = "Amazon asks for no plan of action while the account is active"


@pytest.mark.parametrize("market", ["GB", "US"])
@pytest.mark.parametrize("metric", HEALTH_METRICS)
def test_over_and_far_over_say_whether_a_plan_of_action_is_needed(metric: str, market: str) -> None:
    """Contractual criteria (and ODR everywhere, a deactivation criterion) call for a plan of action before
    Amazon asks; the targets say none is needed while the account is active, and what the appeal needs if not.
    Approaching (grade 1) names the orders to look at only."""
    target = metric == "valid_tracking" or (market == "US" and metric != "odr")
    for bad, base, grade in cases(metric)[1:]:
        [finding] = [f for f in evaluate([row(market=market, **{metric: figures(metric, bad, base)})]).findings
                     if f.rule_id.startswith(PREFIX[metric] + "-") and not f.rule_id.endswith("TREND")]
        text = finding.remediation
        assert ("plan of action" in text) == (grade > 1), (finding.rule_id, text)
        assert (NO_PLAN_WHILE_ACTIVE in text) == (grade > 1 and target), (finding.rule_id, text)
        if grade > 1:
            assert ("If the account is deactivated, appeal with a plan of action" in text) == target
            assert ("Before Amazon asks, write a plan of action" in text) == (not target)


def test_contractual_criteria_are_more_severe_in_the_eu_and_uk_than_the_same_metric_elsewhere() -> None:
    over = {"odr": figures("odr", 9, 800)}
    by_market = {m: {f.severity for f in evaluate([row(market=m, **over)]).findings} for m in ("GB", "FR", "US")}
    assert {s.value for s in by_market["GB"]} == {s.value for s in by_market["FR"]} == {"high"}
    assert {s.value for s in by_market["US"]} == {"medium"}


@pytest.mark.parametrize("metric", HEALTH_METRICS)
def test_a_rate_is_judged_only_on_more_orders_than_the_minimum(metric: str) -> None:
    at_minimum = MINIMUM[metric]
    assert graded(evaluate([row(**{metric: figures(metric, 3, at_minimum)})]), metric) == []
    assert [rule for rule, _ in graded(evaluate([row(**{metric: figures(metric, 3, at_minimum + 1)})]), metric)] \
        == [f"{PREFIX[metric]}-{'T' if metric == 'valid_tracking' else 'C'}3"]


def test_no_orders_means_no_rate() -> None:
    facts = health_facts([row(odr=figures("odr", 0, 0), rating=250)], AT)
    assert "odr_pct" not in facts[0].fact and facts[0].fact["rating"] == 250


def test_evidence_names_the_counts_window_and_limit() -> None:
    finding = next(f for f in evaluate([row(odr=figures("odr", 12, 1200))]).findings if f.rule_id == "AH-ODR-C2")
    ratio = next(e for e in finding.evidence if e.field == "odr_limit_ratio")
    assert ratio.value == 1.0
    assert ratio.basis.startswith("12 of 1200 orders had a defect") and "in the 60 days to 2026-11-23" in ratio.basis
    assert "under 1%" in ratio.basis
    assert "Order Defect Rate 1% in the 60 days to 2026-11-23 (12 of 1200 orders had a defect), 0 points past" \
        in finding.message
    assert finding.subject == "account:A1@amazon:GB" and (finding.marketplace, finding.market) == ("amazon", "GB")
    assert finding.references[0].startswith("https://sellercentral")


def test_approaching_says_how_many_more_bad_orders_fail_the_limit() -> None:
    finding = next(f for f in evaluate([row(odr=figures("odr", 9, 1000))]).findings if f.rule_id == "AH-ODR-C1")
    assert "0.1 points from the limit (under 1%); 1 more orders like these would fail it" in finding.message
    tracking = evaluate([row(valid_tracking=figures("valid_tracking", 40, 800))]).findings
    assert "1 more untracked shipments" in next(f for f in tracking if f.rule_id == "AH-VTR-T1").message


# -- windows and dates ---------------------------------------------------------------------------


def test_figures_dated_on_the_evaluation_date_count_and_later_ones_do_not_exist_yet() -> None:
    over = {"cancellation": figures("cancellation", 10, 200)}
    assert "AH-CR-C3" in fired([row(on=AT, **over)])
    assert evaluate([row(on=AT + timedelta(days=1), **over)]).checked == {}
    # a later row does not hide the state on the evaluation date
    later = row(on=AT + timedelta(days=1), cancellation=figures("cancellation", 0, 200))
    assert "AH-CR-C3" in fired([row(on=AT, **over), later])


def test_figures_more_than_a_week_old_are_flagged() -> None:
    assert "AH-DATA-001" not in fired([row(on=AT - timedelta(days=7), rating=300)])
    assert "AH-DATA-001" in fired([row(on=AT - timedelta(days=8), rating=300)])


def test_the_latest_period_decides_even_when_an_older_one_was_worse() -> None:
    rows = [row(on=PERIOD - timedelta(weeks=1), odr=figures("odr", 30, 1000)), row(odr=figures("odr", 2, 1000))]
    assert fired(rows) == set()
    # a metric the latest period does not report is not judged on an older period's figures
    rows = [row(on=PERIOD - timedelta(weeks=1), odr=figures("odr", 30, 1000)), row(rating=300)]
    assert fired(rows) == set()


def test_each_metric_window_is_in_its_facts() -> None:
    fact = health_facts([row(**{m: figures(m, 0, 500) for m in HEALTH_METRICS})], AT)[0].fact
    assert {m: fact[f"{m}_window_days"] for m in HEALTH_METRICS} == {
        "odr": 60, "cancellation": 7, "late_10d": 10, "late_30d": 30, "valid_tracking": 30}


# -- trends --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("series", "expected"), [
    ([(5, 1000), (6, 1000), (7, 1000)], True),  # rose twice
    ([(5, 1000), (7, 1000), (7, 1000)], False),  # rose, then flat
    ([(7, 1000), (6, 1000), (7, 1000)], False),  # fell, then rose once
    ([(5, 1000), (6, 1000), (7, 1000), (6, 1000)], False),  # rose twice, then fell
    ([(6, 1000), (7, 1000)], False),  # one rise is not two
])
def test_odr_trend_needs_two_rises_running(series: list[tuple[int, int]], expected: bool) -> None:
    assert ("AH-ODR-TREND" in fired(weekly("odr", series))) is expected


def test_trend_rules_need_the_minimum_orders_too() -> None:
    assert "AH-ODR-TREND" not in fired(weekly("odr", [(0, 100), (1, 100), (2, 100)]))
    assert "AH-ODR-TREND" in fired(weekly("odr", [(0, 101), (1, 101), (2, 101)]))


def test_tracking_and_rating_trends_are_falls() -> None:
    assert "AH-VTR-TREND" in fired(weekly("valid_tracking", [(1, 500), (2, 500), (3, 500)]))
    assert "AH-VTR-TREND" not in fired(weekly("valid_tracking", [(3, 500), (2, 500), (1, 500)]))
    falls = [row(on=PERIOD - timedelta(weeks=2 - i), rating=value) for i, value in enumerate((320, 300, 280))]
    assert "AH-AHR-TREND" in fired(falls)
    flat = [row(on=PERIOD - timedelta(weeks=2 - i), rating=value) for i, value in enumerate((320, 300, 300))]
    assert "AH-AHR-TREND" not in fired(flat)


def test_findings_carry_the_trend_by_period_oldest_first() -> None:
    series = [(i, 1000) for i in range(10)]  # ten weeks, rising to 0.9%
    result = evaluate(weekly("odr", series))
    approaching = next(f for f in result.findings if f.rule_id == "AH-ODR-C1")
    trend = next(e for e in approaching.evidence if e.field == "trend.odr_pct")
    assert len(trend.value) == TREND_PERIODS
    assert trend.value[0] == f"{(PERIOD - timedelta(weeks=7)).isoformat()}: 0.20% (2 of 1000)"
    assert trend.value[-1] == "2026-11-23: 0.90% (9 of 1000)"
    assert "60-day windows" in trend.basis
    rising = next(f for f in result.findings if f.rule_id == "AH-ODR-TREND")
    assert [e.field for e in rising.evidence].count("trend.odr_pct") == 1
    assert "0.70% (2026-11-09) → 0.80% (2026-11-16) → 0.90% (2026-11-23)" in rising.message


# -- rating bands and policy violations ----------------------------------------------------------


@pytest.mark.parametrize(("rating", "expected"), [
    (1000, set()), (200, set()), (199, {"AH-AHR-001"}), (100, {"AH-AHR-001"}), (99, {"AH-AHR-002"}),
    (0, {"AH-AHR-002"}),
])
def test_rating_bands(rating: int, expected: set[str]) -> None:
    assert fired([row(rating=rating)]) == expected


VIOLATION_RULES = {
    "product_authenticity": ("AH-PV-AUTH", "critical"), "intellectual_property": ("AH-PV-IP", "high"),
    "product_safety": ("AH-PV-SAFETY", "high"), "restricted_products": ("AH-PV-RESTRICTED", "high"),
    "listing_policy": ("AH-PV-LISTING", "medium"), "other": ("AH-PV-OTHER", "medium"),
}


@pytest.mark.parametrize("kind", POLICY_VIOLATIONS)
def test_each_open_violation_type_is_a_finding(kind: str) -> None:
    rule_id, severity = VIOLATION_RULES[kind]
    violation = {"type": kind, "date": "2026-11-02", "asin": "B0C1234567", "sku": "SPK-1"}
    result = evaluate([row(violations=[violation, {**violation, "asin": "B0C7654321"}])])
    [finding] = result.findings
    assert (finding.rule_id, finding.severity.value) == (rule_id, severity)
    assert "2 open" in finding.message and "B0C1234567 / SPK-1 (2026-11-02)" in finding.message


@pytest.mark.parametrize("kind", POLICY_VIOLATIONS)
def test_each_open_violation_asks_for_a_plan_of_action(kind: str) -> None:
    [finding] = evaluate([row(violations=[{"type": kind, "date": "2026-11-02"}])]).findings
    assert "plan of action" in finding.remediation, finding.remediation


@pytest.mark.parametrize("status", ["appealed", "resolved", "Under review", "closed"])
def test_violations_not_open_are_no_finding(status: str) -> None:
    assert fired([row(violations=[{"type": "ip", "date": "2026-11-02", "status": status}])]) == set()


def test_violation_type_aliases() -> None:
    written = ["IP complaint", "Intellectual property", "intellectual-property", "ip"]
    violations = [{"type": text, "date": "2026-11-02"} for text in written]
    finding = next(iter(evaluate([row(violations=violations)]).findings))
    assert finding.rule_id == "AH-PV-IP" and "4 open" in finding.message


# -- facts ---------------------------------------------------------------------------------------


def test_every_fact_field_is_declared_and_the_metrics_agree_with_the_kind() -> None:
    assert tuple(METRICS) == HEALTH_METRICS
    everything = row(
        rating=150, **{m: figures(m, 20, 500) for m in HEALTH_METRICS},
        violations=[{"type": kind, "date": "2026-11-01", "asin": "B0X"} for kind in POLICY_VIOLATIONS],
    )
    fact = health_facts([row(on=PERIOD - timedelta(weeks=1), rating=160), everything], AT)[0].fact
    declared = set(ACCOUNT_HEALTH.fields) | set(COMMON_FIELDS)
    assert set(fact) <= declared, set(fact) - declared
    assert {f"open_{kind}" for kind in POLICY_VIOLATIONS} <= set(fact)


def test_tiny_rates_never_reach_the_engine_in_exponent_form() -> None:
    assert fact_number(Fraction(1, 100_000)) == 0.0 and fact_number(Fraction(1, 10_000)) == 0.0001
    result = evaluate([row(odr=figures("odr", 1, 10_000_000))])
    assert result.findings == [] and result.checked == {"account_health": 1}


def test_one_fact_per_account_and_store() -> None:
    rows = [row(market="GB"), row(market="DE"), row(account_id="A2", market="GB"),
            row(on=PERIOD - timedelta(weeks=1), market="GB")]
    assert sorted(f.subject for f in health_facts(rows, AT)) == [
        "account:A1@amazon:DE", "account:A1@amazon:GB", "account:A2@amazon:GB"]
