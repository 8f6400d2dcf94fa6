"""Draw a sample of catalog products for a person (or a helper) to read, never a labelled one (issue 9).

Usage: .venv/bin/python bench/review_sample.py --prefix KFDE --size 400 --seed 77 --out sample.tsv
                                               [--keep all|typed|untyped|electrical|negative] [--exclude GLOB ...]
                                               [--material DIR]

A review reads products with the classifier's reading and reports what it gets wrong, and those reports become
vocabulary. A product of a label set read that way is no longer blind: stops 49 to 51 and again 75 and 76 drew review
samples with scratch scripts that compared the catalog's skus ("TBZH-fine-24") with the label files' bare ids
("fine-24") and so left no labelled product out (bench/labels/README.md). This tool draws by source id
(`material.source_id`) and leaves out every product of every label set under bench/labels (blind, held-out, second
opinions, recall sets), every id in `audited.txt` and every product of the earlier sample files `--exclude` names
(their first column).

The catalogs: the three of ../shared/material and, when `$CROSSGUARD_EXTRA_CATALOGS` names their folder, the fetched
ones (prefixes AMZUS, AMZIN, CDFR, TBZH, MACYS, KFDE, MRUS, WMUS, HDUS, PRUK, DRBD). `--keep typed|untyped` keeps the
products the classifier gives a type or none; `electrical` those it reads radio, mains, EEE, battery, toy or
children's, or none; `negative` the rest: typed and read none of those classes. Stops 75 to 85 drew `electrical` and
`untyped` only, so no review read the rows read negative, and a blind set drawn after them holds mostly those where
a catalog's accepted rows ran out (bench/labels/README.md, stop 86): `negative` is where its misses are.

Output: tab-separated `sku, type, classes, title, category, brand`. Exits 2 with a one-line message, no traceback,
when the material or a fetched catalog the prefix needs is absent, `--size` is not a positive number, or no product
is left to draw.
"""

from __future__ import annotations

import argparse
import csv
import glob
import random
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import material  # noqa: E402
from bench.audit_common import LABELS_DIR, label_folders, positive_count  # noqa: E402
from crossguard.engine.classification.classifier import Classifier, ProductText, TypeResult  # noqa: E402

#: the classes a review of electrical and children's goods looks at (`--keep electrical`)
ELECTRICAL = ("radio", "mains_lv", "eee", "battery", "toy", "children_12_under")
KEEPS: dict[str, Callable[[TypeResult], bool]] = {
    "all": lambda result: True,
    "typed": lambda result: result.product_type is not None,
    "untyped": lambda result: result.product_type is None,
    "electrical": lambda result: result.product_type is None or any(result.classes[c] for c in ELECTRICAL),
    "negative": lambda result: result.product_type is not None and not any(result.classes[c] for c in ELECTRICAL),
}


def excluded_ids(labels: Path = LABELS_DIR, samples: Iterable[str] = (), root: Path = material.MATERIAL) -> set[str]:
    """The source ids no sample may draw: every labelled product, every audited one, every earlier sample's."""
    ids = material.labelled_source_ids(label_folders(labels), root)
    ids |= material.audited_source_ids(labels / "audited.txt")
    for path in samples:
        with open(path, encoding="utf-8", newline="") as handle:
            ids.update(material.source_id(row[0]) for row in csv.reader(handle, delimiter="\t") if row)
    return ids


def draw(products: Sequence[dict[str, Any]], prefix: str, excluded: set[str], size: int, seed: int,
         keep: Callable[[dict[str, Any]], bool] = lambda product: True) -> list[dict[str, Any]]:
    """`size` products whose sku starts with `prefix` + "-", compared with `excluded` by source id (never by sku),
    shuffled with `random.Random(seed)`, that `keep` accepts."""
    pool = [p for p in products if p["sku"].startswith(prefix + "-") and material.source_id(p["sku"]) not in excluded]
    random.Random(seed).shuffle(pool)
    drawn: list[dict[str, Any]] = []
    for product in pool:  # `keep` may classify: stop as soon as the sample is full
        if len(drawn) == size:
            break
        if keep(product):
            drawn.append(product)
    return drawn


def _catalogs(prefix: str, root: Path) -> list[dict[str, Any]]:
    products = material.real_catalogs(root=root)
    if not any(p["sku"].startswith(prefix + "-") for p in products):
        products = products + material.extra_catalogs(material.EXTRA_CATALOGS)
    return products


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", required=True, help="the catalog's sku prefix: AMZUK, FK, BBY, KFDE, CDFR...")
    parser.add_argument("--size", type=positive_count, default=400)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", choices=sorted(KEEPS), default="all")
    parser.add_argument("--exclude", action="append", default=[], help="a glob of earlier sample files (repeatable)")
    parser.add_argument("--material", type=Path, default=material.MATERIAL)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        products = _catalogs(args.prefix, args.material)
        excluded = excluded_ids(samples=[path for pattern in args.exclude for path in glob.glob(pattern)],
                                root=args.material)
    except (OSError, KeyError, ValueError, csv.Error) as error:  # absent material or a fetched catalog not as saved
        print(f"cannot read the catalogs or the labels: {error}", file=sys.stderr)
        return 2
    classifier = Classifier.from_files()
    readings: dict[str, TypeResult] = {}

    def reading(product: dict[str, Any]) -> TypeResult:
        readings[product["sku"]] = classifier.classify(ProductText(
            title=product["title"], category=product.get("category") or None, brand=product.get("brand") or None))
        return readings[product["sku"]]

    drawn = draw(products, args.prefix, excluded, args.size, args.seed, lambda p: KEEPS[args.keep](reading(p)))
    if not drawn:
        print(f"no unlabelled, unsampled {args.prefix} product is left to draw", file=sys.stderr)
        return 2
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter="\t", lineterminator="\n")
        out.writerow(["sku", "type", "classes", "title", "category", "brand"])
        for product in drawn:
            result = readings[product["sku"]]
            classes = ",".join(name for name, value in result.classes.items() if value)
            out.writerow([product["sku"], result.product_type, classes, product["title"], product.get("category", ""),
                          product.get("brand", "")])
    print(f"{len(drawn)} products to {args.out} (left out {len(excluded)} labelled, audited or sampled ids)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
