"""The ``register:`` configuration section: how long findings may stay open, and how long a waiver may last.

A finding's due date is set from ``sla_days`` when a scan first produces it or reopens it; an
officer may move it by hand (``register assign --due``); ``null`` days: that severity gets no due
date. A waiver is a decision to accept a risk for a while; one running to 9999-12-31 is a finding
nobody will look at again, so waivers are capped (``max_waiver_days``, about three years) and must
be renewed, with a fresh reason and approver, when they end.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from crossguard.engine.findings import Severity
from crossguard.engine.strict import StrictModel

DEFAULT_SLA_DAYS: dict[Severity, int | None] = {
    Severity.critical: 7, Severity.high: 30, Severity.medium: 90, Severity.low: 180, Severity.info: None,
}  # fmt: skip
DEFAULT_MAX_WAIVER_DAYS = 3 * 365


class RegisterConfig(StrictModel):
    sla_days: dict[Severity, int | None] = Field(
        default_factory=lambda: dict(DEFAULT_SLA_DAYS),
        description="days from first seen (or reopened) to due, per severity; null: no due date",
    )
    max_waiver_days: int = Field(
        DEFAULT_MAX_WAIVER_DAYS, ge=1, le=36_500,
        description="Longest waiver, in days from today (register waive --until)")

    @field_validator("sla_days")
    @classmethod
    def _complete(cls, value: dict[Severity, int | None]) -> dict[Severity, int | None]:
        for severity, days in value.items():
            if days is not None and days < 0:
                raise ValueError(f"{severity.value}: days must be 0 or more")
        return {**DEFAULT_SLA_DAYS, **value}
