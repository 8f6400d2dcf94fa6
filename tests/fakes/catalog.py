"""Small catalogs for watcher tests (engine models, no files)."""

from __future__ import annotations

from typing import Any

from crossguard.engine.models import CatalogEntry


def entry(sku: str, title: str, markets: tuple[str, ...] = ("US",), **product: Any) -> CatalogEntry:
    listings = [{"sku": sku, "marketplace": "amazon", "market": m} for m in markets]
    return CatalogEntry.model_validate({"product": {"sku": sku, "title": title, **product}, "listings": listings})


def demo_catalog() -> list[CatalogEntry]:
    """Products like the sample catalog: speaker, charger, toy, e-bike battery, lamp."""
    return [
        entry("SPK-1", "Bluetooth speaker 20W", ("US", "DE"), brand="Sonora", category="speakers",
              radio=["bluetooth"], battery={"chemistry": "lithium-ion", "category": "portable", "capacity_wh": 10}),
        entry("CHG-1", "65W USB-C wall charger", ("US", "GB"), brand="Zapro", category="chargers",
              mains_voltage_v=230, voltage_type="AC"),
        entry("TOY-1", "Magnetic building blocks 60 pcs", ("GB",), brand="KidJoy", category="toys",
              for_children=True),
        entry("EBB-1", "E-bike battery 36V 13Ah", ("US", "DE"), brand="Voltaro", category="e-bike batteries",
              battery={"chemistry": "lithium-ion", "category": "lmt", "capacity_wh": 468}),
        entry("LMP-1", "LED desk lamp dimmable", ("DE",), brand="Lumetta", category="lamps",
              mains_voltage_v=230, voltage_type="AC"),
    ]
