"""Product classification: which legal regimes a product falls under, and why we think so.

The seller's own attributes win; where they are silent, keywords from `rules/taxonomy.yaml` in the
title or category decide, and the finding's evidence says which keyword did. That makes a wrong
classification visible and fixable by the seller (fill in the attribute) instead of hidden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from engine.models import Product

DEFAULT_TAXONOMY = Path(__file__).resolve().parent.parent / "rules" / "taxonomy.yaml"

# Low Voltage Directive 2014/35/EU, Art. 1: 50-1000 V AC or 75-1500 V DC.
LVD_AC_RANGE = (50.0, 1000.0)
LVD_DC_RANGE = (75.0, 1500.0)
TOY_AGE_LIMIT_EU = 14  # Toy Safety Directive: play by children under 14
CHILDREN_AGE_LIMIT_US = 12  # CPSIA: children 12 years old or younger


class TaxonomyClass(BaseModel):
    why: str
    keywords: list[str] = Field(min_length=1)


class Taxonomy(BaseModel):
    version: str
    classes: dict[str, TaxonomyClass]


@dataclass
class Classification:
    """Derived classes with the basis for each, e.g. {'radio': "attribute radio=['bluetooth']"}."""

    values: dict[str, object] = field(default_factory=dict)
    basis: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, value: object, basis: str) -> None:
        self.values[name] = value
        self.basis[name] = basis


class Classifier:
    """Compiles the taxonomy once; classifying a product is then a few regex searches."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self._patterns: dict[str, re.Pattern[str]] = {
            name: re.compile(
                r"(?<![\w-])(" + "|".join(re.escape(k.lower()) for k in sorted(cls.keywords, key=len, reverse=True))
                + r")(?![\w-])"
            )
            for name, cls in taxonomy.classes.items()
        }

    @classmethod
    def from_file(cls, path: Path = DEFAULT_TAXONOMY) -> Classifier:
        with open(path, encoding="utf-8") as handle:
            return cls(Taxonomy.model_validate(yaml.safe_load(handle)))

    def keyword(self, name: str, text: str) -> str | None:
        pattern = self._patterns.get(name)
        if pattern is None:
            return None
        match = pattern.search(text)
        return match.group(1) if match else None

    def classify(self, product: Product) -> Classification:
        text = f"{product.title} {product.category or ''}".lower()
        result = Classification()
        self._radio(product, text, result)
        self._mains(product, text, result)
        self._battery(product, text, result)
        self._electronic(product, text, result)
        self._children(product, text, result)
        self._textile(product, text, result)
        return result

    def _by_keyword(self, name: str, text: str, result: Classification, target: str | None = None) -> bool:
        hit = self.keyword(name, text)
        result.set(target or name, hit is not None,
                   f"keyword '{hit}' in title/category" if hit else f"no {name} attribute and no {name} keyword")
        return hit is not None

    def _radio(self, product: Product, text: str, result: Classification) -> None:
        if product.radio is not None:
            result.set("radio", bool(product.radio), f"attribute radio={product.radio}")
        else:
            self._by_keyword("radio", text, result)

    def _mains(self, product: Product, text: str, result: Classification) -> None:
        volts = product.mains_voltage_v
        if volts is not None:
            low, high = LVD_DC_RANGE if product.voltage_type == "DC" else LVD_AC_RANGE
            kind = product.voltage_type or "AC"
            result.set("mains_lv", low <= volts <= high,
                       f"attribute mains_voltage_v={volts:g} {kind} (LVD range {low:g}-{high:g} V {kind})")
        else:
            self._by_keyword("mains_powered", text, result, target="mains_lv")

    def _battery(self, product: Product, text: str, result: Classification) -> None:
        battery = product.battery
        if battery is not None:
            result.set("battery", True, "attribute battery")
            if battery.category:
                result.set("battery_category", battery.category, f"attribute battery.category={battery.category}")
                return
        elif not self._by_keyword("battery", text, result):
            return
        lmt = self.keyword("battery_lmt", text)
        if lmt:
            result.set("battery_category", "lmt", f"keyword '{lmt}' in title/category")
        else:
            result.set("battery_category", "portable", "battery without category: assumed portable")

    def _electronic(self, product: Product, text: str, result: Classification) -> None:
        if product.electronic is not None:
            result.set("electronic", product.electronic, f"attribute electronic={product.electronic}")
        elif result.values.get("radio") or result.values.get("mains_lv"):
            result.set("electronic", True, "radio or mains-powered product")
        else:
            self._by_keyword("electronic", text, result)
        electrical = any(result.values.get(k) for k in ("electronic", "radio", "mains_lv", "battery"))
        result.set("eee", electrical, "electrical or electronic equipment" if electrical else "not electrical")

    def _children(self, product: Product, text: str, result: Classification) -> None:
        age_min, age_max = product.age_min_years, product.age_max_years
        if product.for_children is False:
            result.set("toy", False, "attribute for_children=False")
        elif product.for_children or (age_max is not None and age_max < TOY_AGE_LIMIT_EU):
            under_14 = age_min is None or age_min < TOY_AGE_LIMIT_EU
            result.set("toy", under_14, f"attribute for_children={product.for_children}, ages {age_min}-{age_max}")
        else:
            self._by_keyword("toy", text, result)
        if not result.values.get("toy"):
            result.set("children_12_under", False, result.basis["toy"])
            return
        if age_min is not None and age_min > CHILDREN_AGE_LIMIT_US:
            result.set("children_12_under", False, f"attribute age_min_years={age_min:g} is over 12")
        else:
            result.set("children_12_under", True, result.basis["toy"])

    def _textile(self, product: Product, text: str, result: Classification) -> None:
        if product.textile is not None:
            result.set("textile", product.textile, f"attribute textile={product.textile}")
        else:
            self._by_keyword("textile", text, result)
