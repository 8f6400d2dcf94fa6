"""Deterministic synthetic catalogs for benchmarks: realistic product kinds, certificate gaps,
expired documents and listings across EU, GB and US markets."""

from __future__ import annotations

import random
from datetime import date, timedelta

from crossguard.engine.models import CatalogEntry

MARKETS = ["DE", "FR", "IT", "GB", "US"]
KINDS = [
    ("Bluetooth speaker", {"radio": ["bluetooth"], "battery": {"chemistry": "lithium-ion", "capacity_wh": 18.5}},
     ["CE:RED+ROHS", "UKCA:RED+ROHS", "FCC_ID"]),
    ("USB-C wall charger 65W", {"mains_voltage_v": 230, "voltage_type": "AC"}, ["CE:LVD+EMC+ROHS", "FCC_SDOC"]),
    ("Wooden puzzle for toddlers", {"for_children": True, "age_min_years": 2, "age_max_years": 5}, ["CE:TOY", "CPC"]),
    ("E-bike battery 36V 500Wh", {"battery": {"chemistry": "lithium-ion", "category": "lmt", "capacity_wh": 500}},
     ["CE:BATT"]),
    ("LED desk lamp", {"mains_voltage_v": 230, "voltage_type": "AC"}, ["CE:LVD+EMC+ROHS", "FCC_SDOC"]),
    ("Organic cotton T-shirt", {"textile": True, "electronic": False}, []),
    ("Electric kettle 1.7 l", {"mains_voltage_v": 230, "voltage_type": "AC"}, ["CE:LVD+EMC+ROHS", "UKCA:LVD+EMC"]),
    ("RC stunt car with remote", {"for_children": True, "age_min_years": 8, "radio": ["rf"]},
     ["CE:RED+TOY", "FCC_ID", "CPC"]),
]


def _certificate(token: str, rng: random.Random, today: date) -> dict:
    scheme, _, directives = token.partition(":")
    issued = today - timedelta(days=rng.randint(30, 2000))
    expires = issued + timedelta(days=rng.choice([365, 1095, 1825, 3650]))
    return {"scheme": scheme, "directives": directives.split("+") if directives else [],
            "issued": issued, "expires": expires, "reference": f"DOC-{rng.randint(1000, 99999)}"}


def synthetic_catalog(products: int, markets: list[str] | None = None, seed: int = 7,
                      today: date = date(2026, 11, 25)) -> list[CatalogEntry]:
    """`products` entries, each listed in every market given (default: 5 markets)."""
    rng = random.Random(seed)
    markets = markets or MARKETS
    entries = []
    for number in range(products):
        title, attributes, tokens = KINDS[number % len(KINDS)]
        held = [_certificate(t, rng, today) for t in tokens if rng.random() < 0.8]
        listings = [
            {"sku": f"SKU-{number:06d}", "marketplace": rng.choice(["amazon", "ebay", "shopify"]), "market": market,
             "manufacturer_name": "Shenzhen Example Co.", "manufacturer_address": "1 Example Rd, Shenzhen",
             "manufacturer_country": "CN", "product_identifier": f"MODEL-{number}", "has_image": True,
             "safety_info_languages": ["en", "de"] if rng.random() < 0.7 else ["en"],
             "economic_operator": {"name": "EU Rep GmbH", "role": "authorised_representative", "country": "DE",
                                   "address": "Hauptstr. 1, Berlin"} if rng.random() < 0.8 else None,
             "epr": {"de_packaging": "DE1234567890123", "de_weee": "DE12345678"} if rng.random() < 0.7 else {}}
            for market in markets
        ]
        entries.append(CatalogEntry.model_validate({
            "product": {"sku": f"SKU-{number:06d}", "title": f"{title} #{number}", "brand": "Example",
                        "certificates": held, **attributes},
            "listings": listings,
        }))
    return entries
