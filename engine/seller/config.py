"""The `fx:` section of config.yaml: base currency and exposure limits, per currency or by default.

Limits are the seller's risk appetite, not law, so they live in configuration rather than in a rule
pack: a treasurer changes them without touching policy files. fx.py turns each limit into a ratio
(`unhedged_limit_ratio` = unhedged / limit), and rules/fx.yaml decides what ratio is a finding
(above 1). A currency's entry overrides the default limits field by field; a limit set to null is
not checked for that currency.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent.parent / "config.yaml"


class FxConfigError(ValueError):
    pass


class FxLimits(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_unhedged: Decimal | None = Field(None, gt=0, description="Unhedged exposure, in the base currency")
    max_share_of_monthly_revenue_pct: Decimal | None = Field(
        None, gt=0, description="Unhedged exposure as % of the revenue of the last revenue_window_days"
    )
    max_adverse_move_pct: Decimal | None = Field(
        None, gt=0, description="Fall in the currency's value since the price list's reference rate, in %"
    )


class FxConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

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


def load_fx_config(path: Path | None = None) -> FxConfig:
    """The `fx:` section of a config file (default: the project's config.yaml); defaults if absent."""
    file = path or DEFAULT_CONFIG
    if not file.is_file():
        if path is not None:
            raise FxConfigError(f"{file}: no such config file")
        return FxConfig()
    try:
        document = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise FxConfigError(f"{file}: YAML syntax: {error}") from None
    section = document.get("fx") if isinstance(document, dict) else None
    try:
        return FxConfig.model_validate(section or {})
    except ValidationError as error:
        problems = "; ".join(f"fx.{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        raise FxConfigError(f"{file}: {problems}") from None
