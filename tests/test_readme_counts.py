"""The counts the README states about what ships (the vocabulary, the demo catalog) are the real ones: a new
user compares them with what `crossguard classify types` and `make demo` print."""

from __future__ import annotations

import re
from pathlib import Path

from crossguard.engine.catalog import load_catalog
from crossguard.engine.classify import Classifier

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_number_of_product_types_is_the_vocabulary_s() -> None:
    (stated,) = re.findall(r"`rules/product_types\.yaml` \((\d+) types", README)
    assert int(stated) == len(Classifier.default().describe_types())


def test_the_demo_catalog_s_size_is_what_make_demo_checks() -> None:
    (products, listings) = re.search(r"`examples/catalog\.yaml` \((\d+) products, (\d+) listings\)", README).groups()
    loaded = load_catalog([ROOT / "examples" / "catalog.yaml"])
    assert (int(products), int(listings)) == (len(loaded.entries), sum(len(e.listings) for e in loaded.entries))
