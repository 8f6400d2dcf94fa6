"""Product classification for the rules: what a product is, which classes follow, and why.

The product-type classifier (`engine.classification`, vocabulary in rules/product_types.yaml and
rules/hs_codes.yaml) reads the texts in order of trust: HS code, marketplace product type, category
path, title (head noun first), description. This module puts the seller's own attributes above
all of it (a seller who states `radio: [bluetooth]` is believed) and an officer's override just
below them, then derives the few values packs compare that are not plain classes (battery
category, product groups). Every value carries its basis, which findings show as evidence, so a
wrong classification is visible and fixable instead of hidden.

`cls.established` is false when no signal says what the product is: rules/classification.yaml then
sends the listing to review instead of letting it through unchecked.
"""

from __future__ import annotations

import gc
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field

from crossguard.engine.classification import Classifier as TypeClassifier
from crossguard.engine.classification import ProductText, TypeResult
from crossguard.engine.models import Product
from crossguard.engine.overrides import ClassificationOverride
from crossguard.engine.strict import StrictModel
from crossguard.rules import RULES_DIR

GROUPS_FILE = RULES_DIR / "product_groups.yaml"

#: The classes `crossguard classify` reports and officers may override (the issue's vocabulary).
PUBLIC_CLASSES = ("radio", "transmitter", "connected", "mains_lv", "eee", "battery", "button_cell", "toy",
                  "children_12_under", "textile", "apparel")

# Low Voltage Directive 2014/35/EU, Art. 1: 50-1000 V AC or 75-1500 V DC.
LVD_AC_RANGE = (50.0, 1000.0)
LVD_DC_RANGE = (75.0, 1500.0)
TOY_AGE_LIMIT_EU = 14  # Toy Safety Directive: play by children under 14
CHILDREN_AGE_LIMIT_US = 12  # CPSIA: children 12 years old or younger
#: Radio kinds that only receive: not intentional radiators (47 CFR 15.101 vs 15.201).
RECEIVE_ONLY_RADIO = frozenset({"gps", "gnss", "glonass", "galileo", "beidou", "fm", "am", "dab"})
#: Radio kinds that reach the internet, directly or through a hub.
CONNECTED_RADIO = frozenset({"wifi", "cellular", "lte", "4g", "5g", "nbiot", "zigbee", "zwave", "thread", "matter"})


class ProductGroup(StrictModel):
    why: str
    members: dict[str, list[str]]


class ProductGroups(StrictModel):
    version: str
    groups: dict[str, ProductGroup] = Field(default_factory=dict)


@dataclass
class Classification:
    """Derived values with the basis for each, e.g. {'radio': "attribute radio=['bluetooth']"}."""

    values: dict[str, object] = field(default_factory=dict)
    basis: dict[str, str] = field(default_factory=dict)
    #: Values and basis under their fact keys (listing_facts.classification_facts), made on first use.
    facts: tuple[dict[str, object], dict[str, str]] | None = field(default=None, repr=False, compare=False)

    def set(self, name: str, value: object, basis: str) -> None:
        self.values[name] = value
        self.basis[name] = basis
        self.facts = None


Known = dict[str, tuple[bool, str]]  # class -> (value, basis) decided by attributes or an override


def _radio(product: Product, known: Known) -> None:
    if product.radio is not None:
        kinds = set(product.radio)
        known["radio"] = (bool(kinds), f"attribute radio={product.radio}")
        sending = sorted(kinds - RECEIVE_ONLY_RADIO)
        known["transmitter"] = (bool(sending), f"attribute radio={product.radio}"
                                + ("" if sending or not kinds else " (receive only)"))
        if kinds & CONNECTED_RADIO and product.connected is None:
            via = ", ".join(sorted(kinds & CONNECTED_RADIO))
            known["connected"] = (True, f"attribute radio={product.radio} (internet through {via})")
    if product.connected is not None:
        known["connected"] = (product.connected, f"attribute connected={product.connected}")


def _power(product: Product, known: Known) -> None:
    volts = product.mains_voltage_v
    if volts is not None:
        low, high = LVD_DC_RANGE if product.voltage_type == "DC" else LVD_AC_RANGE
        kind = product.voltage_type or "AC"
        known["mains_lv"] = (low <= volts <= high,
                             f"attribute mains_voltage_v={volts:g} {kind} (LVD range {low:g}-{high:g} V {kind})")
    if product.electronic is not None:
        known["electronic"] = (product.electronic, f"attribute electronic={product.electronic}")
    battery = product.battery
    if battery is None:
        return
    known["battery"] = (True, "attribute battery")
    if battery.standalone is not None:
        known["battery_standalone"] = (battery.standalone, f"attribute battery.standalone={battery.standalone}")
    if battery.chemistry and "zinc" in battery.chemistry and "air" in battery.chemistry:
        known["button_cell"] = (False, f"attribute battery.chemistry={battery.chemistry} (zinc-air is exempt)")
    elif battery.form:
        known["button_cell"] = (battery.form in ("button", "coin"), f"attribute battery.form={battery.form}")
    if battery.category:
        known["battery_lmt"] = (battery.category == "lmt", f"attribute battery.category={battery.category}")


def _audience(product: Product, known: Known) -> None:
    age_min, age_max = product.age_min_years, product.age_max_years
    if product.for_children is False:
        known["toy"] = (False, "attribute for_children=False")
        known["children_12_under"] = (False, "attribute for_children=False")
        return
    if product.toy is not None:
        known["toy"] = (product.toy, f"attribute toy={product.toy}")
    if age_min is not None and age_min > CHILDREN_AGE_LIMIT_US:
        known["children_12_under"] = (False, f"attribute age_min_years={age_min:g} is over 12")
        if age_min >= TOY_AGE_LIMIT_EU and product.toy is None:
            known["toy"] = (False, f"attribute age_min_years={age_min:g}: not for children under 14")
    elif product.for_children:
        known["children_12_under"] = (True, "attribute for_children=True")
    elif age_max is not None and age_max <= CHILDREN_AGE_LIMIT_US:
        known["children_12_under"] = (True, f"attribute age_max_years={age_max:g}")


def attribute_classes(product: Product) -> Known:
    """What the seller's own attributes settle, each with a basis naming the attribute."""
    known: Known = {}
    _radio(product, known)
    _power(product, known)
    _audience(product, known)
    if product.textile is not None:
        known["textile"] = (product.textile, f"attribute textile={product.textile}")
    return known


#: Attributes that describe the product's regulatory nature: a seller who sets one has said what
#: kind of thing the product is, so the listing is not sent to review for being unknown.
NATURE_ATTRIBUTES = ("radio", "mains_voltage_v", "electronic", "battery", "for_children", "toy", "textile",
                     "connected")

#: Every attribute of a product that classification reads besides its texts. A product with none of them set
#: is classified from its texts alone (`Classifier._from_texts`).
_TEXT_ONLY_FIELDS = (*NATURE_ATTRIBUTES, "age_min_years", "age_max_years", "charging", "energy_label_group")
_TEXT_ONLY = attrgetter(*_TEXT_ONLY_FIELDS)
_UNSET = (None,) * len(_TEXT_ONLY_FIELDS)
#: The same fields as a set: a product none of whose fields was given (`model_fields_set`) holds their defaults,
#: all None, and that set test costs a tenth of reading the fourteen attributes.
_TEXT_ONLY_NAMES = frozenset(_TEXT_ONLY_FIELDS)


class Classifier:
    """The product-type classifier plus attributes, overrides and the values packs compare."""

    PUBLIC_CLASSES = PUBLIC_CLASSES

    def __init__(self, types: TypeClassifier, groups: ProductGroups, cache_size: int = 8192):
        self.types = types
        self.groups = groups
        # Catalogs repeat themselves (variants, re-scans, the same product in several files): a product
        # whose texts, attributes and override are unchanged gets the same (read-only) Classification.
        self._cache: OrderedDict[tuple[object, ...], Classification] = OrderedDict()
        self._cache_size = cache_size
        self._group_of: dict[str, dict[str, str]] = {
            name: {type_id: value for value, members in group.members.items() for type_id in members}
            for name, group in groups.groups.items()
        }
        self._fcc_appliance = self._group_of.get("fcc_appliance", {})
        self._common_charger = self._group_of.get("common_charger", {})
        self._energy_label = self._group_of.get("energy_label", {})
        self._transport = self._group_of.get("transport", {})
        self._battery_category_of = self._group_of.get("battery_category", {})

    @classmethod
    def from_files(cls, groups_file: Path = GROUPS_FILE) -> Classifier:
        with open(groups_file, encoding="utf-8") as handle:
            groups = ProductGroups.model_validate(yaml.safe_load(handle))
        classifier = cls(TypeClassifier.from_files(), groups)
        unknown = sorted({t for g in groups.groups.values() for m in g.members.values() for t in m}
                         - set(classifier.types.vocab.types))
        if unknown:
            raise ValueError(f"{groups_file}: unknown product types {', '.join(unknown)}")
        return classifier

    @classmethod
    def default(cls) -> Classifier:
        """The packaged vocabulary, loaded once per process (it takes a few hundred milliseconds)."""
        return _default_classifier()

    def knows_type(self, type_id: str) -> bool:
        return type_id in self.types.vocab.types

    def classify(self, product: Product, override: ClassificationOverride | None = None) -> Classification:
        """The product's classes and derived values with their basis (read-only: it may be shared)."""
        if override is None and (
            _TEXT_ONLY_NAMES.isdisjoint(product.model_fields_set) or _TEXT_ONLY(product) == _UNSET
        ):
            return self._from_texts(product)
        battery, charging = product.battery, product.charging
        key = (product.title, product.category, product.brand, product.product_type, product.hs_code,
               product.description, tuple(product.bullet_points), tuple(product.radio) if product.radio is not None
               else None, product.mains_voltage_v, product.voltage_type, product.electronic,
               battery and (battery.chemistry, battery.category, battery.standalone, battery.form),
               product.for_children, product.toy, product.age_min_years, product.age_max_years, product.textile,
               product.connected, charging and charging.wired, product.energy_label_group,
               override and (override.product_type, tuple(sorted(override.classes.items())), override.by,
                             override.reason))
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._classify(product, override)
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return cached

    def _from_texts(self, product: Product) -> Classification:
        """A product that states none of the attributes classification reads (most marketplace exports).

        Its classification follows from what its texts say alone, so it is made once per type-classifier
        result and kept there (`TypeResult.derived`): every product whose texts read the same way shares
        it, and a new product costs the reading of its texts only.
        """
        fields = product.__dict__  # one attribute lookup instead of seven: each goes through the pydantic
        # model's __getattr__ hook (slot_tp_getattr_hook was about 3 % of a cold pass's instructions)
        found = self.types.shared_result(fields["title"], fields["category"], fields["brand"], fields["product_type"],
                                         fields["hs_code"], fields["description"], tuple(fields["bullet_points"]))
        result = found.derived
        if result is None:
            result = found.derived = self._derive(product, found, {}, False, None)
        return result  # type: ignore[return-value]

    def _classify(self, product: Product, override: ClassificationOverride | None) -> Classification:
        known = attribute_classes(product)
        nature_given = any(getattr(product, name) is not None for name in NATURE_ATTRIBUTES)
        forced = None
        if override is not None:
            by = f"officer override by {override.by}: {override.reason}"
            for name, value in override.classes.items():
                known.setdefault(name, (value, by))
            forced = override.product_type if override.product_type and self.knows_type(override.product_type) \
                else None
        text = ProductText(title=product.title, category=product.category, brand=product.brand,
                           product_type=product.product_type, hs_code=product.hs_code,
                           description=product.description, bullet_points=tuple(product.bullet_points))
        found = self.types.classify(text, {name: value for name, (value, _) in known.items()}, forced_type=forced)
        return self._derive(product, found, known, nature_given, override)

    def _derive(self, product: Product, found: TypeResult, known: Known, nature_given: bool,
                override: ClassificationOverride | None) -> Classification:
        """The Classification from the type classifier's result, the attributes' basis and the override."""
        found_basis = found.basis
        # what result.set does, without a call per class
        if known:
            basis = {name: known[name][1] if name in known else found_basis.get(name, "") for name in found.classes}
        else:  # the type classifier's basis holds every class, in the same order, and the type's basis last
            basis = found_basis.copy()
            del basis["product_type"]
        result = Classification(found.classes.copy(), basis)
        self._emc_apparatus(result, found.product_type)
        established = found.established or nature_given or override is not None
        result.set("established", established, found.basis.get("product_type", "") if found.established else (
            "the seller's attributes say what it is" if nature_given else
            "an officer's override" if override is not None else found.basis.get("product_type", "")))
        if found.product_type is not None:
            result.set("product_type", found.product_type, found.basis.get("product_type", ""))
        if found.open:  # rules/classification.yaml reviews a listing whose certification-deciding class is open
            result.set("open", list(found.open), "; ".join(basis[name] for name in found.open))
        self._battery_category(product, found.product_type, result)
        self._groups(product, found.product_type, result)
        return result

    def _emc_apparatus(self, result: Classification, product_type: str | None) -> None:
        """`digital` is the vocabulary's digital circuitry as an FCC Part 15 digital device, which an
        appliance's controls are not (15.103(d), group `fcc_appliance`); `electronic` is apparatus in
        the EMC sense: electrical equipment that is powered and active (mains, battery or digital), so
        a kettle or an LED torch counts and a passive cable or a spare battery does not."""
        values, basis = result.values, result.basis  # set directly: result is new, its facts not made yet
        if values.get("electronic") and product_type in self._fcc_appliance \
                and not basis.get("electronic", "").startswith("attribute"):
            values["digital"] = False
            basis["digital"] = (f"product type {product_type}: digital controls inside an appliance "
                                "are exempt (47 CFR 15.103(d))")
        else:
            values["digital"] = bool(values.get("electronic"))
            basis["digital"] = basis.get("electronic", "")
        if values.get("eee") and not values.get("battery_standalone") and (
                values["digital"] or values.get("mains_lv") or values.get("battery")):
            powered = [name for name in ("digital", "mains_lv", "battery") if values.get(name)]
            values["electronic"] = True
            basis["electronic"] = f"electrical apparatus ({', '.join(powered)}): {basis.get('eee', '')}"
        else:
            values["electronic"] = False
            basis["electronic"] = "not powered electrical apparatus (EMC): " + (
                basis.get("eee", "") if not values.get("eee") else "passive or a battery itself")

    def _battery_category(self, product: Product, product_type: str | None, result: Classification) -> None:
        """The battery's category under (EU) 2023/1542: the seller's attribute, an LMT battery, the type's own
        (group `battery_category`: a car's or a boat's battery starts its engine, an SLI battery, not a portable
        one; not for a toy read on a vehicle shelf, whose cells are portable), else portable."""
        if not result.values.get("battery"):
            return
        by_type = self._battery_category_of.get(product_type or "")
        if product.battery is not None and product.battery.category:
            category = product.battery.category
            result.set("battery_category", category, f"attribute battery.category={category}")
        elif result.values.get("battery_lmt"):
            result.set("battery_category", "lmt", result.basis.get("battery_lmt", ""))
        elif by_type and not result.values.get("toy"):
            result.set("battery_category", by_type, f"product type {product_type}: group battery_category "
                       f"gives {by_type} (rules/product_groups.yaml says why)")
        else:
            result.set("battery_category", "portable", "battery without category: assumed portable")

    def _groups(self, product: Product, product_type: str | None, result: Classification) -> None:
        transport = self._transport.get(product_type or "")
        # no attribute: what the product is (a car, a jet) decides, group `transport`; a toy read on a vehicle shelf
        # keeps the vehicle's type as a toy version, and a toy is no means of transport (RoHS and WEEE still reach it)
        if transport and not result.values.get("toy"):
            result.set("transport", transport, f"product type {product_type}: a means of transport or "
                       "machine that RoHS, WEEE, RED or the CRA may exclude (group transport)")
        charging = product.charging
        wired = charging is None or charging.wired is not False
        device = self._common_charger.get(product_type or "")
        if device and wired and result.values.get("radio") and result.values.get("battery") \
                and not result.values.get("battery_standalone"):
            result.set("common_charger", device,
                       f"product type {product_type}: radio equipment with a battery charged by wire")
        if product.energy_label_group is not None:
            if product.energy_label_group != "none":
                result.set("energy_label", product.energy_label_group,
                           f"attribute energy_label_group={product.energy_label_group}")
            return
        label = self._energy_label.get(product_type or "")
        if label:
            result.set("energy_label", label, f"product type {product_type}")

    def describe_types(self) -> list[dict[str, Any]]:
        """Every product type with the classes it decides and those it is sold both with and without (open until a
        word, shelf or attribute says; `crossguard classify types`)."""
        return [{"id": t.id, "role": t.role, "classes": {name: fact[0] for name, fact in t.facts.items()},
                 "sold_both_ways": [name for name, _ in t.both_ways]}
                for t in self.types.vocab.types.values()]


@lru_cache(maxsize=1)
def _default_classifier() -> Classifier:
    """The packaged classifier, loaded once, then moved out of the cyclic collector's sight (``gc.freeze``, after a
    collection so that only live objects are moved): the vocabulary and its automaton (about 70,000 objects) live as
    long as the process, and every full collection walked all of them, once a cold pass's caches had grown a quarter
    (about 10 % of the first 6,000 products' classification; the service and the scan's workers already freeze what
    they load). Products classified later are collected as before. Each full collection still walks what was made
    after, so over a very long run full collections come more often and the saving per product shrinks (speed57).
    The freeze moves everything alive in the process at the first call, not only the classifier: an embedding
    program's own objects that later become cyclic garbage then stay until it exits (`gc.unfreeze()` undoes it)."""
    classifier = Classifier.from_files()
    gc.collect()
    gc.freeze()
    return classifier


def public_view(classification: Classification) -> Mapping[str, Any]:
    """The classification as `crossguard classify` reports it: type, established, the public classes, the classes
    left open (a kind sold both ways that nothing said)."""
    values = classification.values
    left_open: list[str] = values.get("open") or []  # type: ignore[assignment]
    return {
        "product_type": values.get("product_type"),
        "established": bool(values.get("established")),
        "classes": {name: bool(values.get(name)) for name in PUBLIC_CLASSES},
        "open": [name for name in left_open if name in PUBLIC_CLASSES],
        "basis": {name: classification.basis.get(name, "") for name in ("product_type", *PUBLIC_CLASSES)
                  if name != "product_type" or "product_type" in classification.basis},
    }
