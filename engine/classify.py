"""Product classification: which legal regimes a product falls under, and why we think so.

The seller's own attributes win; where they are silent, keywords from `rules/taxonomy.yaml` in the
title or category decide, and the finding's evidence says which keyword did. That makes a wrong
classification visible and fixable by the seller (fill in the attribute) instead of hidden.

Classes produced (all booleans are always set, so rules can test `eq: false` safely):
- radio, mains_lv, electronic, eee, battery, toy, children_12_under, textile (the original set);
  attribute `toy: false` keeps a children's product (kids' clothing) out of the EU toy class while
  it stays a US children's product (for_children, age_max <= 12 or a children's keyword);
- battery_category (only when battery): portable, lmt, industrial, ev, sli;
- battery_standalone: the product *is* a battery (e-bike battery, spare pack). Attribute
  `battery.standalone` wins; otherwise a standalone keyword counts only when nothing else makes the
  product electrical, so a "power bank battery pack" stays an appliance. A standalone battery carries
  its own CE marking under 2023/1542 and is not EEE (RoHS/WEEE exclude batteries);
- button_cell: contains a button or coin cell (US 16 CFR 1263, Reese's Law). Attribute
  `battery.form` (button/coin) wins; zinc-air cells are excluded because CPSC found they pose no
  ingestion hazard; otherwise a keyword (cr2032, coin cell...);
- digital: a digital device in the FCC Part 15 sense (timing signals, digital circuitry). Attribute
  `electronic` wins; radio products and electronic keywords count; being mains-powered alone does
  not (a plain kettle is not a digital device, even though it is electrical and EMC-relevant);
- apparel: wearing apparel (US clothing flammability, 16 CFR 1610) by keyword; `textile: false`
  rules it out. Towels and bedding are textiles but not apparel.
- transmitter, connected (provisional, until the product-type classifier replaces them): an
  intentional radiator (FCC Certification) and internet-connected equipment (RED cybersecurity,
  UK PSTI). Radio kinds decide when given (gps/fm receive only; wifi, cellular, zigbee... connect),
  else keywords; attribute `connected` wins.
- common_charger (only for radio products with an incorporated battery charged by wire):
  `device` or `laptop` by keyword (RED Annex Ia Part I); energy_label: `light_source` or
  `smartphone_tablet` (attribute energy_label_group, else keywords). Unset when not applicable.
- toy keywords are play words only; words such as kids/baby (taxonomy `children`) make a US
  children's product, not an EU toy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from crossguard.engine.models import Product
from crossguard.rules import RULES_DIR

DEFAULT_TAXONOMY = RULES_DIR / "taxonomy.yaml"

# Low Voltage Directive 2014/35/EU, Art. 1: 50-1000 V AC or 75-1500 V DC.
LVD_AC_RANGE = (50.0, 1000.0)
LVD_DC_RANGE = (75.0, 1500.0)
TOY_AGE_LIMIT_EU = 14  # Toy Safety Directive: play by children under 14
CHILDREN_AGE_LIMIT_US = 12  # CPSIA: children 12 years old or younger
#: Radio kinds that only receive: not intentional radiators (47 CFR 15.101 vs 15.201).
RECEIVE_ONLY_RADIO = frozenset({"gps", "gnss", "glonass", "galileo", "beidou", "fm", "am", "dab"})
#: Radio kinds that reach the internet, directly or through a hub.
CONNECTED_RADIO = frozenset({"wifi", "cellular", "lte", "4g", "5g", "nbiot", "zigbee", "zwave", "thread", "matter"})


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
        self._connectivity(product, text, result)
        self._product_groups(product, text, result)
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
        self._button_cell(product, text, result)
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

    def _button_cell(self, product: Product, text: str, result: Classification) -> None:
        battery = product.battery
        if battery is not None and battery.chemistry and "zinc" in battery.chemistry and "air" in battery.chemistry:
            result.set("button_cell", False, f"attribute battery.chemistry={battery.chemistry} (zinc-air is exempt)")
        elif battery is not None and battery.form:
            result.set("button_cell", battery.form in ("button", "coin"), f"attribute battery.form={battery.form}")
        else:
            self._by_keyword("button_cell", text, result)

    def _standalone_battery(self, product: Product, text: str, result: Classification) -> None:
        """Runs after electronic is known: a standalone keyword only counts for a non-electrical product."""
        battery = product.battery
        if not result.values.get("battery"):
            result.set("battery_standalone", False, "no battery")
        elif battery is not None and battery.standalone is not None:
            result.set("battery_standalone", battery.standalone, f"attribute battery.standalone={battery.standalone}")
        else:
            hit = self.keyword("battery_standalone", text)
            electrical = [k for k in ("radio", "mains_lv", "electronic") if result.values.get(k)]
            if hit and not electrical:
                result.set("battery_standalone", True, f"keyword '{hit}' in title/category")
            elif hit:
                kinds = "/".join(electrical)
                result.set("battery_standalone", False,
                           f"keyword '{hit}' but the product is also {kinds}: an appliance with a battery")
            else:
                result.set("battery_standalone", False, "battery inside an appliance (no standalone keyword)")

    def _electronic(self, product: Product, text: str, result: Classification) -> None:
        hit = self.keyword("electronic", text)
        if product.electronic is not None:
            result.set("electronic", product.electronic, f"attribute electronic={product.electronic}")
            result.set("digital", product.electronic, f"attribute electronic={product.electronic}")
        elif result.values.get("radio") or result.values.get("mains_lv"):
            result.set("electronic", True, "radio or mains-powered product")
            if result.values.get("radio"):
                result.set("digital", True, "radio product (digital circuitry)")
            elif hit:
                result.set("digital", True, f"keyword '{hit}' in title/category")
            else:
                result.set("digital", False, "mains-powered without electronic keyword or attribute: "
                                             "not assumed to be a digital device")
        else:
            self._by_keyword("electronic", text, result)
            result.set("digital", bool(hit), result.basis["electronic"])
        self._standalone_battery(product, text, result)
        battery_appliance = result.values.get("battery") and not result.values.get("battery_standalone")
        electrical = bool(battery_appliance) or any(result.values.get(k) for k in ("electronic", "radio", "mains_lv"))
        if electrical:
            result.set("eee", True, "electrical or electronic equipment")
        elif result.values.get("battery"):
            result.set("eee", False, "a standalone battery is not EEE (RoHS/WEEE exclude batteries)")
        else:
            result.set("eee", False, "not electrical")

    def _children(self, product: Product, text: str, result: Classification) -> None:
        age_min, age_max = product.age_min_years, product.age_max_years
        if product.for_children is False:
            result.set("toy", False, "attribute for_children=False")
            result.set("children_12_under", False, "attribute for_children=False")
            return
        if product.toy is not None:
            result.set("toy", product.toy, f"attribute toy={product.toy}")
        elif product.for_children or (age_max is not None and age_max < TOY_AGE_LIMIT_EU):
            under_14 = age_min is None or age_min < TOY_AGE_LIMIT_EU
            result.set("toy", under_14, f"attribute for_children={product.for_children}, ages {age_min}-{age_max}")
        else:
            self._by_keyword("toy", text, result)
        if not result.values["toy"]:
            # Not a toy, but may still be for children (kids' clothing): the US test is about children.
            hit = self.keyword("children", text) or (self.keyword("toy", text) if product.toy is False else None)
            if product.for_children:
                children, basis = True, "attribute for_children=True"
            elif age_max is not None and age_max <= CHILDREN_AGE_LIMIT_US:
                children, basis = True, f"attribute age_max_years={age_max:g}"
            elif hit:
                children, basis = True, f"keyword '{hit}' in title/category"
            else:
                children, basis = False, f"{result.basis['toy']}; no children's attribute or keyword"
        else:
            children, basis = True, result.basis["toy"]
        if not children:
            result.set("children_12_under", False, basis)
        elif age_min is not None and age_min > CHILDREN_AGE_LIMIT_US:
            result.set("children_12_under", False, f"attribute age_min_years={age_min:g} is over 12")
        else:
            result.set("children_12_under", True, basis)

    def _connectivity(self, product: Product, text: str, result: Classification) -> None:
        kinds = set(product.radio or ())
        if not result.values.get("radio"):
            result.set("transmitter", False, "not radio equipment")
        elif product.radio is not None:
            sending = sorted(kinds - RECEIVE_ONLY_RADIO)
            result.set("transmitter", bool(sending), f"attribute radio={product.radio}"
                       + ("" if sending else " (receive only)"))
        else:
            self._by_keyword("transmitter", text, result)
        if product.connected is not None:
            result.set("connected", product.connected, f"attribute connected={product.connected}")
        elif kinds & CONNECTED_RADIO:
            via = ", ".join(sorted(kinds & CONNECTED_RADIO))
            result.set("connected", True, f"attribute radio={product.radio} (internet through {via})")
        else:
            self._by_keyword("connected", text, result)

    def _product_groups(self, product: Product, text: str, result: Classification) -> None:
        charging = product.charging
        wired = charging is None or charging.wired is not False
        if result.values.get("radio") and result.values.get("battery") and not result.values.get("battery_standalone") \
                and wired:
            for group in ("laptop", "common_charger"):
                if hit := self.keyword(group, text):
                    result.set("common_charger", "laptop" if group == "laptop" else "device",
                               f"keyword '{hit}' in title/category (radio equipment with a battery charged by wire)")
                    break
        if product.energy_label_group is not None:
            if product.energy_label_group != "none":
                result.set("energy_label", product.energy_label_group,
                           f"attribute energy_label_group={product.energy_label_group}")
            return
        for group in ("smartphone_tablet", "light_source"):
            if hit := self.keyword(group, text):
                result.set("energy_label", group, f"keyword '{hit}' in title/category")
                return

    def _textile(self, product: Product, text: str, result: Classification) -> None:
        if product.textile is not None:
            result.set("textile", product.textile, f"attribute textile={product.textile}")
        else:
            self._by_keyword("textile", text, result)
        if product.textile is False:
            result.set("apparel", False, "attribute textile=False")
        else:
            self._by_keyword("apparel", text, result)
