"""Turning a product and one of its listings into the flat-ish fact that listing rules read.

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

from datetime import date
from typing import Any

from crossguard.engine.classify import Classification, Classifier
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
            "cls.radio": B, "cls.mains_lv": B, "cls.electronic": B, "cls.eee": B, "cls.battery": B,
            "cls.battery_category": S, "cls.toy": B, "cls.children_12_under": B, "cls.textile": B,
            "cls.battery_standalone": B, "cls.button_cell": B, "cls.digital": B, "cls.apparel": B,
            "cls.battery_lmt": B, "cls.established": B, "cls.product_type": S, "product_type": S, "hs_code": S,
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


def certificate_tokens(product: Product, on: date) -> tuple[list[str], list[str]]:
    """Valid and expired certificate tokens: 'CE', 'CE:RED', 'FCC_ID', 'UKCA:LVD'..."""
    valid: set[str] = set()
    expired: set[str] = set()
    for cert in product.certificates:
        scheme = cert.scheme.value
        target = valid if cert.valid_on(on) else expired
        target.add(scheme)
        target.update(f"{scheme}:{code}" for code in cert.directives)
    return sorted(valid), sorted(expired - valid)


def efiled_tokens(product: Product, on: date) -> list[str]:
    """Schemes of certificates valid on the date whose data is eFiled with CBP (CPSC eFiling)."""
    return sorted({cert.scheme.value for cert in product.certificates if cert.efiled and cert.valid_on(on)})


def bad_lab_tokens(product: Product, on: date) -> list[str]:
    """Schemes of valid FCC documents whose test lab or TCB is flagged as tied to a prohibited entity."""
    return sorted({cert.scheme.value for cert in product.certificates if cert.lab_prohibited and cert.valid_on(on)})


def local_epr_schemes(listing: Listing) -> list[str]:
    """EPR schemes registered for the listing's own market: 'de_weee' on a DE listing gives 'weee'."""
    prefix = f"{listing.market.lower()}_"
    return sorted(key.removeprefix(prefix) for key in listing.epr if key.startswith(prefix))


def _drop_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None and value != [] and value != {}}


class ProductFacts:
    """The product half of a listing fact, computed once per product and shared by its listings."""

    __slots__ = ("product", "classification", "base", "on")

    def __init__(self, product: Product, classifier: Classifier, on: date,
                 override: ClassificationOverride | None = None):
        self.product = product
        self.on = on
        self.classification: Classification = classifier.classify(product, override)
        valid, expired = certificate_tokens(product, on)
        battery = product.battery
        self.base = _drop_empty(
            {
                "day": day_number(on),
                "sku": product.sku,
                "title": product.title,
                "brand": product.brand,
                "category": product.category,
                "product_type": product.product_type,
                "hs_code": product.hs_code,
                "product": _drop_empty(
                    {
                        "mains_voltage_v": product.mains_voltage_v,
                        "voltage_type": product.voltage_type,
                        "radio": product.radio or None,
                        "battery": _drop_empty(battery.model_dump()) if battery else None,
                        "age_min_years": product.age_min_years,
                        "age_max_years": product.age_max_years,
                        "for_children": product.for_children,
                        "toy": product.toy,
                        "tracking_label": product.tracking_label,
                        "flammability_exempt": product.flammability_exempt,
                        "connected": product.connected,
                        "processes_personal_data": product.processes_personal_data,
                        "charging": _drop_empty(product.charging.model_dump()) if product.charging else None,
                        "energy_label_group": product.energy_label_group,
                        "eprel_id": product.eprel_id,
                        "vulnerability_reporting": product.vulnerability_reporting,
                    }
                ),
                "cls": dict(self.classification.values),
                "certs": valid,
                "certs_expired": expired,
                "certs_efiled": efiled_tokens(product, on),
                "certs_bad_lab": bad_lab_tokens(product, on),
            }
        )


def listing_fact(product_facts: ProductFacts, listing: Listing) -> dict[str, Any]:
    """The fact for one listing; the caller adds the type tag and a reference number."""
    market = listing.market
    operator = listing.economic_operator
    languages = MARKET_LANGUAGES.get(market, ())
    fact = dict(product_facts.base)
    fact["marketplace"] = listing.marketplace
    fact["market"] = market
    fact["region"] = region_of(market)
    fact["listing"] = _drop_empty(
        {
            "manufacturer_name": listing.manufacturer_name,
            "manufacturer_address": listing.manufacturer_address,
            "manufacturer_country": listing.manufacturer_country,
            "manufacturer_email": listing.manufacturer_email,
            "manufacturer_in_eu": (listing.manufacturer_country in EU_MEMBER_STATES)
            if listing.manufacturer_country else None,
            "product_identifier": listing.product_identifier,
            "has_image": listing.has_image,
            "safety_info_languages": listing.safety_info_languages or None,
            "safety_info_in_market_language": any(lang in languages for lang in listing.safety_info_languages),
            "eo": _drop_empty(
                {
                    "name": operator.name,
                    "role": operator.role,
                    "country": operator.country,
                    "address": operator.address,
                    "email": operator.email,
                    "in_eu": (operator.country in EU_MEMBER_STATES) if operator.country else None,
                }
            ) if operator else None,
            "epr": sorted(listing.epr) or None,
            "epr_local": local_epr_schemes(listing) or None,
            "seller_country": listing.seller_country,
            "seller_in_uk": (listing.seller_country in UK) if listing.seller_country else None,
            "online_marketplace": listing.marketplace in ONLINE_MARKETPLACES,
            "energy_label_shown": listing.energy_label_shown,
        }
    )
    return fact


def entry_facts(entry: CatalogEntry, classifier: Classifier, on: date) -> tuple[ProductFacts, list[dict[str, Any]]]:
    """All listing facts of one catalog entry."""
    product_facts = ProductFacts(entry.product, classifier, on, entry.override)
    return product_facts, [listing_fact(product_facts, listing) for listing in entry.listings]
