"""The held-out label files in bench/labels/ stay usable: well-formed, and every sku found in its catalog.

They carry no catalog text, so a sku that no longer resolves would silently shrink the measurement.
The catalogs are ../shared/material (skipped when absent).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench import material

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels"
CLASSES = ("radio", "mains", "eee", "battery", "toy", "children", "textile")
SETS = sorted(p for p in LABELS.glob("heldout-*") if p.is_dir())
SECOND_OPINIONS = sorted(p for p in (LABELS / "second-opinion").iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", SETS + SECOND_OPINIONS, ids=lambda p: p.name)
def test_label_files_are_well_formed(folder: Path) -> None:
    skus: set[str] = set()
    assert material.label_files(folder), folder  # at least one catalog's file (Best Buy had none left for heldout-8)
    for name in material.label_files(folder):
        with open(folder / name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                assert all(row[c] in ("0", "1") for c in CLASSES), (name, row["sku"])
                assert set(filter(None, (u.strip() for u in row["unsure"].split(",")))) <= set(CLASSES)
                assert row["sku"] not in skus, (name, row["sku"])
                skus.add(row["sku"])
    assert len(skus) >= 150


@pytest.mark.skipif(not (material.MATERIAL / "labels").is_dir(), reason="../shared/material is not here")
@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_sku_resolves_and_none_is_in_the_development_set(folder: Path) -> None:
    rows = material.labels(folder=folder)  # raises KeyError on a sku the catalogs do not have
    assert all(row["title"] for row in rows)
    development = {row["sku"] for row in material.labels()}
    assert not development & {row["sku"] for row in rows}
    for earlier in SETS[: SETS.index(folder)]:  # each set was drawn excluding every set before it
        drawn_before = {row["sku"] for row in material.labels(folder=earlier)}
        assert not drawn_before & {row["sku"] for row in rows}, earlier.name


@pytest.mark.parametrize("folder", SECOND_OPINIONS, ids=lambda p: p.name)
def test_a_second_opinion_labels_exactly_the_products_of_its_set(folder: Path) -> None:
    """bench/label_agreement.py compares the two labellings product by product."""
    def skus(labels: Path) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for name in material.label_files(labels):
            with open(labels / name, encoding="utf-8", newline="") as handle:
                out[name] = [row["sku"] for row in csv.DictReader(handle)]
        return out

    assert skus(folder) == skus(LABELS / folder.name)
    assert material.label_files(folder) == material.label_files(LABELS / folder.name)
