"""Customs facts for goods shipped straight from abroad to customers (one fact per entity and
destination customs territory): the end of US de minimis and the EU's flat duty on low-value parcels.

- US: duty-free de minimis (19 U.S.C. 1321, USD 800) has been suspended for every country since
  29 August 2025 (Executive Order 14324); the statutory repeal for commercial shipments follows on
  1 July 2027. Any sale delivered to the US and shipped from outside it is such a shipment.
- EU: from 1 July 2026 to 1 July 2028 a flat EUR 3 customs duty per item category (tariff
  heading) applies to distance sales in consignments of at most EUR 150 (Council Regulation (EU)
  2026/382, Delegated Regulation (EU) 2026/1022). A B2C sale delivered to a member state and
  shipped from outside the EU is such a consignment when its value in EUR (at the reference rate of
  its date) is at most EUR 150; each sale row is one consignment, as for the UK GBP 135 test.
The dates and the EUR 150 limit that make these findings are in rules/customs.yaml; here only the
routes are counted, over the 12 months up to the evaluation date.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from crossguard.engine.listing_facts import day_number
from crossguard.engine.markets import EU_MEMBER_STATES
from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.facts import SellerFact, clean, money
from crossguard.engine.seller.models import CustomerType
from crossguard.engine.seller.pricing import PricedSale, rates_used
from crossguard.engine.seller.vat import year_before

US = "US"
EU = "EU"
#: Consignments of at most this intrinsic value are "low value" in the EU (IOSS, EUR 3 duty).
EU_LOW_VALUE_EUR = Decimal(150)


def _territory(country: str) -> str | None:
    if country == US:
        return US
    if country in EU_MEMBER_STATES:
        return EU
    return None


def customs_facts(data: SellerData, sales: list[PricedSale], at: date) -> list[SellerFact]:
    start = year_before(at)
    routes: dict[tuple[str, str], list[PricedSale]] = defaultdict(list)
    for p in sales:
        s = p.sale
        territory = _territory(s.destination)
        if territory and start < p.date <= at and _territory(s.ship_from) != territory:
            routes[(s.entity, territory)].append(p)
    entities = {e.name: e for e in data.entities}
    facts = []
    for (name, territory), shipped in sorted(routes.items()):
        entity = entities[name]
        b2c = [p for p in shipped if p.sale.customer is CustomerType.B2C]
        low = [p for p in b2c if p.eur <= EU_LOW_VALUE_EUR] if territory == EU else []
        fact = clean({
            "day": day_number(at), "region": territory, "entity": name, "country": entity.country,
            "destination": territory, "ship_from_countries": sorted({p.sale.ship_from for p in shipped}),
            "direct_count": len(shipped), "direct_eur": money(sum((p.eur for p in shipped), Decimal(0))),
            "b2c_count": len(b2c),
            "low_value_count": len(low) if territory == EU else None,
            "low_value_eur": money(sum((p.eur for p in low), Decimal(0))) if territory == EU else None,
            "ioss_registered": bool(entity.ioss_number),
        })
        window = f"{(start + timedelta(days=1)).isoformat()} to {at.isoformat()}"
        basis = {
            "direct_count": f"sales delivered to {territory} and shipped from outside it, {window}",
            "low_value_count": f"B2C sales shipped into the EU from outside it, each at most EUR {EU_LOW_VALUE_EUR} "
                               f"(one consignment per sale row), {window}; {rates_used(low)}",
            "ioss_registered": f"IOSS number {entity.ioss_number}" if entity.ioss_number else "no IOSS number",
        }
        facts.append(SellerFact("import_route", fact, f"entity:{name}/imports:{territory}", basis,
                                {"market": territory}))
    return facts
