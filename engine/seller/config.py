"""The `fx:` section of config.yaml: base currency and exposure limits, per currency or by default.

Limits are the seller's risk appetite, not law, so they live in configuration rather than in a rule
pack: a treasurer changes them without touching policy files. fx.py turns each limit into a ratio
(`unhedged_limit_ratio` = unhedged / limit), and rules/fx.yaml decides what ratio is a finding
(above 1). A currency's entry overrides the default limits field by field; a limit set to null is
not checked for that currency.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field, field_validator

from crossguard.engine.strict import StrictModel


class FxLimits(StrictModel):
    max_unhedged: Decimal | None = Field(None, gt=0, description="Unhedged exposure, in the base currency")
    max_share_of_monthly_revenue_pct: Decimal | None = Field(
        None, gt=0, description="Unhedged exposure as % of the revenue of the last revenue_window_days"
    )
    max_adverse_move_pct: Decimal | None = Field(
        None, gt=0, description="Fall in the currency's value since the price list's reference rate, in %"
    )


class FxConfig(StrictModel):
    base_currency: str = Field("EUR", pattern=r"^[A-Z]{3}$")
    revenue_window_days: int = Field(30, ge=1, le=366)
    default: FxLimits = Field(default_factory=lambda: FxLimits(
        max_unhedged=Decimal(50000), max_share_of_monthly_revenue_pct=Decimal(50), max_adverse_move_pct=Decimal(5)))
    currencies: dict[str, FxLimits] = Field(default_factory=dict)

    @field_validator("base_currency", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("currencies", mode="before")
    @classmethod
    def _upper_keys(cls, value: object) -> object:
        return {str(k).strip().upper(): v for k, v in value.items()} if isinstance(value, dict) else value

    def limits_for(self, currency: str) -> FxLimits:
        override = self.currencies.get(currency.upper())
        if override is None:
            return self.default
        merged = self.default.model_dump()
        merged.update(override.model_dump(exclude_unset=True))
        return FxLimits.model_validate(merged)
