"""The ``risk_register:`` section of the configuration: limits on what people may record.

A waiver is a decision to accept a risk for a while; one running to 9999-12-31 is a finding
nobody will look at again. Waivers are therefore capped (default about three years) and must be
renewed, with a fresh reason and approver, when they end.
"""

from __future__ import annotations

from pydantic import Field

from crossguard.engine.strict import StrictModel

DEFAULT_MAX_WAIVER_DAYS = 3 * 365


class RegisterConfig(StrictModel):
    max_waiver_days: int = Field(
        DEFAULT_MAX_WAIVER_DAYS, ge=1, le=36_500,
        description="Longest waiver, in days from today (register waive --until)")
