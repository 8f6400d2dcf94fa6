"""Turning a product and one of its listings into the flat fact that listing rules read.

Everything a rule needs that is not a plain attribute is derived here, in Python, before the
engine sees it: certificate validity on the evaluation date (an expired certificate counts as
missing), classification, whether the economic operator is established in the EU. The engine then
only compares values. Empty lists and None are dropped because durable-rules cannot tell an empty
list from a missing one and compares None loosely.

Derived listing fields beyond plain attributes:
- `certs` / `certs_expired`: scheme and scheme:directive tokens valid / no longer valid on the date;
- `certs_efiled`: tokens of valid US certificates (CPC, GCC) whose data is eFiled with CBP;
- `listing.epr_local`: the EPR schemes registered for the listing's own market, country prefix
  removed (`de_weee` on a DE listing gives `weee`), so one rule can ask "is there a battery
  registration in the market of this listing" for every member state without a rule per country;
- `listing.manufacturer_in_eu`, `listing.eo.in_eu`, `listing.safety_info_in_market_language`;
- `certs_bad_lab`: tokens of valid FCC documents whose test lab or TCB is flagged as tied to a
  prohibited entity;
- `listing.seller_in_uk` (from `seller_country`, GB or XI) and `listing.online_marketplace`: the
  marketplace is an online marketplace operated by a third party (ONLINE_MARKETPLACES), not the
  seller's own shop.
"""

from __future__ import annotations

import math
import types
import typing
from collections import OrderedDict
from datetime import date
from enum import Enum
from typing import Any

from pydantic import BaseModel

from crossguard.engine.classify import Classification, Classifier
from crossguard.engine.engine_json import FactValueError
from crossguard.engine.markets import EU_MEMBER_STATES, MARKET_LANGUAGES, region_of
from crossguard.engine.models import CatalogEntry, Listing, Product
from crossguard.engine.overrides import ClassificationOverride
from crossguard.engine.subjects import FieldType, SubjectKind, register_subject

EPOCH = date(1970, 1, 1)
#: Marketplaces operated by a third party (UK WEEE "OMP producer", deemed-supplier rules); anything else
#: (shopify, the seller's own site) is the seller's own channel.
ONLINE_MARKETPLACES = frozenset({
    "amazon", "ebay", "etsy", "walmart", "temu", "aliexpress", "shein", "tiktok", "otto", "kaufland", "cdiscount",
    "fnac", "allegro", "bol", "zalando", "onbuy", "fruugo", "wish", "rakuten", "mercadolibre",
})
UK = frozenset({"GB", "XI"})

S, N, B, L = FieldType.string, FieldType.number, FieldType.boolean, FieldType.list

LISTING = register_subject(
    SubjectKind(
        name="listing",
        description="One product offered on one marketplace in one market",
        fields={
            "sku": S, "title": S, "brand": S, "category": S, "marketplace": S, "market": S,
            "product.mains_voltage_v": N, "product.voltage_type": S, "product.radio": L,
            "product.battery.chemistry": S, "product.battery.category": S,
            "product.battery.capacity_wh": N, "product.battery.removable": B,
            "product.age_min_years": N, "product.age_max_years": N, "product.for_children": B,
            "product.toy": B,
            "product.battery.standalone": B, "product.battery.form": S, "product.battery.labelled": B,
            "product.battery.qr_code": B, "product.tracking_label": B, "product.flammability_exempt": B,
            "product.battery.collection_symbol": B, "product.battery.cd_pb_symbol": B,
            "product.battery.child_resistant_packaging": B, "product.battery.package_warning": B,
            "product.connected": B, "product.processes_personal_data": B,
            "product.charging.wired": B, "product.charging.port": S, "product.charging.max_power_w": N,
            "product.charging.usb_pd": B, "product.charging.charger_included": B,
            "product.charging.offered_without_charger": B, "product.charging.label": B,
            "product.energy_label_group": S, "product.eprel_id": S, "product.vulnerability_reporting": B,
            "cls.transmitter": B, "cls.connected": B, "cls.common_charger": S, "cls.energy_label": S,
            "cls.transport": S,
            "cls.radio": B, "cls.mains_lv": B, "cls.electronic": B, "cls.eee": B, "cls.battery": B,
            "cls.battery_category": S, "cls.toy": B, "cls.children_12_under": B, "cls.textile": B,
            "cls.battery_standalone": B, "cls.button_cell": B, "cls.digital": B, "cls.apparel": B,
            "cls.battery_lmt": B, "cls.established": B, "cls.open": L, "cls.product_type": S, "product_type": S,
            "hs_code": S,
            "certs": L, "certs_expired": L, "certs_efiled": L, "certs_bad_lab": L,
            "listing.manufacturer_email": S, "listing.epr_local": L,
            "listing.manufacturer_name": S, "listing.manufacturer_address": S,
            "listing.manufacturer_country": S, "listing.manufacturer_in_eu": B,
            "listing.product_identifier": S, "listing.has_image": B,
            "listing.safety_info_languages": L, "listing.safety_info_in_market_language": B,
            "listing.eo.name": S, "listing.eo.role": S, "listing.eo.country": S,
            "listing.eo.address": S, "listing.eo.email": S, "listing.eo.in_eu": B,
            "listing.epr": L,
            "listing.seller_country": S, "listing.seller_in_uk": B, "listing.online_marketplace": B,
            "listing.energy_label_shown": B,
        },
    )
)


def day_number(day: date) -> int:
    """Dates as integers: durable-rules compares numbers, not dates."""
    return (day - EPOCH).days


def listing_subject(listing: Listing) -> str:
    """Stable subject key: the same listing is the same subject across scans."""
    return f"{listing.sku}@{listing.marketplace}:{listing.market}"


def local_epr_schemes(listing: Listing) -> list[str]:
    """EPR schemes registered for the listing's own market: 'de_weee' on a DE listing gives 'weee'."""
    prefix = f"{listing.market.lower()}_"
    return sorted([key.removeprefix(prefix) for key in listing.epr if key.startswith(prefix)])


#: Product attributes copied into the fact as `product.<name>` (battery and charging: `product.battery.<name>`...).
PRODUCT_ATTRIBUTES = (
    "mains_voltage_v", "voltage_type", "radio", "age_min_years", "age_max_years", "for_children", "toy",
    "tracking_label", "flammability_exempt", "connected", "processes_personal_data", "energy_label_group",
    "eprel_id", "vulnerability_reporting",
)  # fmt: skip
PRODUCT_PARTS = ("battery", "charging")
TOP_ATTRIBUTES = ("sku", "title", "brand", "category", "product_type", "hs_code")
#: (fact key, attribute) of the top and product attributes, in the order the fact holds them.
_ATTRIBUTE_KEYS = tuple((name, name) for name in TOP_ATTRIBUTES) + tuple(
    (f"product.{name}", name) for name in PRODUCT_ATTRIBUTES)


def _put(fact: dict[str, Any], key: str, value: Any) -> None:
    """Set a key unless the value is empty: the engine cannot tell an empty list from a missing one.
    Infinity and NaN are refused here, naming the field, whether or not a rule reads it."""
    if value is not None and value != [] and value != {}:
        if type(value) is float and not math.isfinite(value):
            raise FactValueError(key, f"{value} is not a number the rules can compare")
        fact[key] = value


class ProductFacts:
    """The product half of a listing fact, computed once per product and shared by its listings.

    `base` is flat: every key is the dotted field name rules use (`product.battery.chemistry`,
    `cls.radio`), so a lookup is one dict access, and durable-rules, which hashes a nested field
    by its dotted path, matches the flat key the same way. Values are read from the validated
    models' attributes (no `model_dump`).
    """

    __slots__ = ("product", "classification", "base", "on", "basis", "evidence", "payloads")

    def __init__(self, product: Product, classifier: Classifier, on: date,
                 override: ClassificationOverride | None = None):
        self.product = product
        self.on = on
        self.classification: Classification = classifier.classify(product, override)
        classes, class_basis = classification_facts(self.classification)
        valid, expired, efiled, bad_lab = certificate_tokens(product, on)
        base: dict[str, Any] = {"day": day_number(on)}
        attributes = product.__dict__
        for key, name in _ATTRIBUTE_KEYS:
            value = attributes[name]
            if value is not None:  # most attributes are unset: skip them before the full test
                _put(base, key, value)
        for part in PRODUCT_PARTS:
            model = attributes[part]
            if model is not None:
                for name, value in model.__dict__.items():
                    if value is not None:
                        _put(base, f"product.{part}.{name}", value)
        base.update(classes)
        _put(base, "certs", valid)
        _put(base, "certs_expired", expired)
        _put(base, "certs_efiled", efiled)
        _put(base, "certs_bad_lab", bad_lab)
        self.base = base
        #: How derived fields were derived, shown beside their values in evidence (shared by the listings).
        self.basis = dict(class_basis)
        self.basis["certs"] = _certs_basis(expired)
        #: Evidence items of product fields, made once for all listings (RuleOutput.evidence).
        self.evidence: dict[str, Any] = {}
        #: The product's share of the engine payload, encoded once per route (evaluator._opening), and its
        #: share of each part's key (evaluator.Evaluator._halves).
        self.payloads: dict[Any, Any] = {}


def has_basis(key: str) -> bool:
    """Whether a listing fact's key may have a basis in `ProductFacts.basis` (classes and certificates):
    its evidence then depends on the product as well as on the value."""
    return key.startswith("cls.") or key == "certs"


def basis_of(classification_basis: dict[str, str], expired: list[str] | None) -> dict[str, str]:
    """Evidence basis of the derived fields: each class's, and the certificates' validity."""
    basis = {f"cls.{name}": text for name, text in classification_basis.items()}
    basis["certs"] = _certs_basis(expired)
    return basis


def _certs_basis(expired: list[str] | None) -> str:
    return (f"valid on the evaluation date; expired or not yet valid: {', '.join(expired)}"
            if expired else "certificates valid on the evaluation date")


def classification_facts(classification: Classification) -> tuple[dict[str, object], dict[str, str]]:
    """A classification's values (empty ones left out) and basis under their fact keys (`cls.<name>`),
    made once per classification: the classifier shares one per product content, read-only."""
    found = classification.facts
    if found is None:
        values: dict[str, Any] = {}
        for name, value in classification.values.items():
            _put(values, f"cls.{name}", value)
        found = classification.facts = (values, {f"cls.{name}": text for name, text in classification.basis.items()})
    return found


def certificate_tokens(product: Product, on: date) -> tuple[list[str], list[str], list[str], list[str]]:
    """Certificate tokens ('CE', 'CE:RED', 'FCC_ID', 'UKCA:LVD'...) valid and expired on the date (an
    expired certificate counts as missing), and the schemes of valid ones eFiled with CBP (CPSC
    eFiling) and of valid FCC documents whose test lab or TCB is flagged as tied to a prohibited
    entity: one pass over the certificates."""
    if not product.certificates:
        return [], [], [], []
    valid: set[str] = set()
    expired: set[str] = set()
    efiled: set[str] = set()
    bad_lab: set[str] = set()
    for cert in product.certificates:
        scheme = cert.scheme.value
        if cert.valid_on(on):
            target = valid
            if cert.efiled:
                efiled.add(scheme)
            if cert.lab_prohibited:
                bad_lab.add(scheme)
        else:
            target = expired
        target.add(scheme)
        target.update(f"{scheme}:{code}" for code in cert.directives)
    return sorted(valid), sorted(expired - valid), sorted(efiled), sorted(bad_lab)


LISTING_KEYS = frozenset({"marketplace", "market", "region"})


def listing_key(key: str) -> bool:
    """Whether a listing fact's key comes from the listing (`listing_fact`), not from the product's base."""
    return key in LISTING_KEYS or key.startswith("listing.")


#: (fact key, attribute) of the listing's plain attributes, and of its economic operator's.
_LISTING_KEYS = tuple((f"listing.{name}", name) for name in (
    "manufacturer_name", "manufacturer_address", "manufacturer_country", "manufacturer_email", "product_identifier",
    "has_image", "seller_country", "energy_label_shown"))  # fmt: skip
_OPERATOR_KEYS = tuple((f"listing.eo.{name}", name) for name in ("name", "role", "country", "address", "email"))


#: Each market's languages as a set (a listing's safety information is in one of them, or not).
_SPOKEN = {market: frozenset(languages) for market, languages in MARKET_LANGUAGES.items()}
_NONE: frozenset[str] = frozenset()


def listing_fact(product_facts: ProductFacts, listing: Listing) -> dict[str, Any]:
    """The flat fact for one listing; the caller adds the type tag and a reference number."""
    attributes = listing.__dict__
    market = attributes["market"]
    marketplace = attributes["marketplace"]
    fact = product_facts.base.copy()
    fact["marketplace"] = marketplace
    fact["market"] = market
    fact["region"] = region_of(market)
    for key, name in _LISTING_KEYS:
        value = attributes[name]
        if value is not None:
            fact[key] = value
    if attributes["manufacturer_country"]:
        fact["listing.manufacturer_in_eu"] = attributes["manufacturer_country"] in EU_MEMBER_STATES
    languages = attributes["safety_info_languages"]
    if languages:
        fact["listing.safety_info_languages"] = languages
        fact["listing.safety_info_in_market_language"] = not _SPOKEN.get(market, _NONE).isdisjoint(languages)
    else:
        fact["listing.safety_info_in_market_language"] = False
    operator = attributes["economic_operator"]
    if operator is not None:
        known = operator.__dict__
        for key, name in _OPERATOR_KEYS:
            value = known[name]
            if value is not None:
                fact[key] = value
        if known["country"]:
            fact["listing.eo.in_eu"] = known["country"] in EU_MEMBER_STATES
    if attributes["epr"]:
        fact["listing.epr"] = sorted(attributes["epr"])
        local = local_epr_schemes(listing)
        if local:
            fact["listing.epr_local"] = local
    if attributes["seller_country"]:
        fact["listing.seller_in_uk"] = attributes["seller_country"] in UK
    fact["listing.online_marketplace"] = marketplace in ONLINE_MARKETPLACES
    return fact


_PLAIN = frozenset({str, int, float, bool, type(None), date})
_PLAIN_BASES = (str, int, float, bool, date, Enum)


def _plain_annotation(annotation: Any) -> bool:
    """Whether a model field only ever holds an immutable scalar (str, number, bool, date, enum, None)."""
    options = typing.get_args(annotation) if typing.get_origin(annotation) in (typing.Union, types.UnionType) \
        else (annotation,)
    return all(option is type(None) or (isinstance(option, type) and issubclass(option, _PLAIN_BASES))
               for option in options)


_spots: dict[type, tuple[int, ...]] = {}


def _model_spots(kind: type[BaseModel]) -> tuple[int, ...]:
    """The positions, in a model's ``__dict__`` (its fields, in order), of the fields that may hold lists,
    mappings or models: the others are already hashable as they are."""
    found = _spots.get(kind)
    if found is None:
        found = _spots[kind] = tuple(index for index, field in enumerate(kind.model_fields.values())
                                     if not _plain_annotation(field.annotation))
    return found


def _frozen(value: Any) -> Any:
    """A validated model's content as nested tuples (hashable). Plain values are tested inline and by
    `type()` (pydantic's metaclass makes `isinstance(x, BaseModel)` slow): this runs once per check.
    A model's fields that only hold scalars are taken as they are (`_model_spots`)."""
    kind = type(value)
    if kind is list:
        return tuple([item if type(item) in _PLAIN else _frozen(item) for item in value])
    if kind is dict:
        return tuple([(key, item if type(item) in _PLAIN else _frozen(item)) for key, item in value.items()])
    if issubclass(kind, BaseModel):
        values = list(value.__dict__.values())
        for index in _model_spots(kind):
            item = values[index]
            if type(item) is list:  # written out: most spots hold lists (of text, of certificates)
                values[index] = tuple([part if type(part) in _PLAIN else _frozen(part) for part in item])
            elif type(item) not in _PLAIN:
                values[index] = _frozen(item)
        return tuple(values)
    return value


class ProductFactsCache:
    """Product facts by content: a product seen before (another listing of it, the same catalog scanned
    again, the same product posted to the check API again) is not classified and flattened again.

    The key is the product's validated content, the override and the date, so a changed product is a
    miss; entries are shared read-only (`listing_fact` copies `base`). The bound keeps a long-lived
    server's memory flat: a few thousand recent products cover repeated posts and listings of one
    product, while a scan of a large catalog sees each product once and gains nothing from more."""

    def __init__(self, classifier: Classifier, size: int = 4096):
        self.classifier = classifier
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], ProductFacts] = OrderedDict()

    def get(self, product: Product, on: date, override: ClassificationOverride | None = None) -> ProductFacts:
        key = (_frozen(product), on, override and _frozen(override))
        found = self._items.get(key)
        if found is None:
            found = self._items[key] = ProductFacts(product, self.classifier, on, override)
            if len(self._items) > self.size:
                self._items.popitem(last=False)
        return found


def entry_facts(entry: CatalogEntry, classifier: Classifier, on: date,
                cache: ProductFactsCache | None = None) -> tuple[ProductFacts, list[dict[str, Any]]]:
    """All listing facts of one catalog entry (product facts from `cache` when given)."""
    product_facts = cache.get(entry.product, on, entry.override) if cache is not None \
        else ProductFacts(entry.product, classifier, on, entry.override)
    return product_facts, [listing_fact(product_facts, listing) for listing in entry.listings]
