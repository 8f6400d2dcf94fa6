"""A crossguard catalog from the real Amazon UK toy listings in ../shared/material (not shipped).

`catalog-amazon-uk-toys-10k/amazon_co-ecommerce_sample.noheader.csv` holds 10,000 Amazon UK toy
products (PromptCloud sample, 2017): id, name, category path, manufacturer, price, stock, reviews,
answered questions, rating. Only what a seller's feed would really say is kept: the title, the
category, the brand (manufacturer column) and the manufacturer's name on the listing; no class
attribute is invented, so the classifier works from titles and categories as it would on an
unannotated feed. Each product is listed on amazon.co.uk (GB) and amazon.de (DE), to exercise both
the GB and the EU packs. Used by tests/test_simulate.py (skipped when the material is absent) and
bench/simulate_bench.py.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MATERIAL = Path(os.environ.get("CROSSGUARD_SHARED", ROOT.parent / "shared")) / "material"
SOURCE = MATERIAL / "catalog-amazon-uk-toys-10k" / "amazon_co-ecommerce_sample.noheader.csv"
MARKETS = ("GB", "DE")


def product(row: list[str]) -> dict[str, object]:
    uniq_id, name, category, manufacturer = row[0], row[1], row[2], row[3]
    listing: dict[str, object] = {"marketplace": "amazon", "markets": list(MARKETS), "has_image": True}
    if manufacturer:
        listing["manufacturer_name"] = manufacturer
    return {"sku": f"AZ-{uniq_id[:12]}", "title": name.strip() or uniq_id, "brand": manufacturer or None,
            "category": category.replace(" > ", " / ") or None, "listings": [listing]}


def write_catalog(out: Path, rows: int = 1000, source: Path = SOURCE) -> Path:
    """The first `rows` products of the source as a JSON Lines catalog at `out`."""
    with open(source, newline="", encoding="utf-8") as handle, open(out, "w", encoding="utf-8") as target:
        for index, row in enumerate(csv.reader(handle)):
            if index >= rows:
                break
            target.write(json.dumps({k: v for k, v in product(row).items() if v is not None}) + "\n")
    return out
