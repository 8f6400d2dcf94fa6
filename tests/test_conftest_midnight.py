"""The guard that keeps each test on one UTC day, on both sides of its margin before midnight."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.conftest import MIDNIGHT_MARGIN, wait_before_starting

MIDNIGHT = datetime(2026, 12, 2, tzinfo=UTC)


def test_a_test_starting_well_before_midnight_does_not_wait() -> None:
    assert wait_before_starting(MIDNIGHT - MIDNIGHT_MARGIN) == 0.0
    assert wait_before_starting(MIDNIGHT - timedelta(hours=12)) == 0.0
    assert wait_before_starting(MIDNIGHT) == 0.0  # already the new day


def test_a_test_starting_inside_the_margin_waits_until_just_past_midnight() -> None:
    just_inside = MIDNIGHT - MIDNIGHT_MARGIN + timedelta(seconds=1)
    assert wait_before_starting(just_inside) == MIDNIGHT_MARGIN.total_seconds() - 0.5
    assert wait_before_starting(MIDNIGHT - timedelta(seconds=3)) == 3.5
