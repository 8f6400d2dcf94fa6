"""An officer's correction of what a product is: a product type and/or class values, with a reason.

Stored in the register (``crossguard.register.classification``) and applied by every check that
can see the register (scan, ``check --db``, the HTTP check). It ranks below the catalog's own
attributes (a seller who states ``radio: [bluetooth]`` is believed) and above everything the
classifier infers (HS code, category, title).
"""

from __future__ import annotations

from pydantic import Field

from crossguard.engine.strict import StrictModel


class ClassificationOverride(StrictModel):
    product_type: str | None = Field(None, description="A product type id of rules/product_types.yaml")
    classes: dict[str, bool] = Field(default_factory=dict, description="Class values the officer decided")
    reason: str = Field(min_length=1)
    by: str = Field(min_length=1)

    @property
    def summary(self) -> str:
        parts = [f"type {self.product_type}"] if self.product_type else []
        parts += [f"{name}={'yes' if value else 'no'}" for name, value in sorted(self.classes.items())]
        return ", ".join(parts) or "(nothing)"
