"""How the classifier reads the category paths of the Google product taxonomy: the shape of catalogs not yet seen.

Usage: .venv/bin/python bench/taxonomy_audit.py --taxonomy FILE [--list BRANCH] [--sample N --seed S]

Google Shopping feeds and Shopify stores file each product under a path of the Google product taxonomy
(`google_product_category`), and a category path outranks the title in the classifier's signal order ("Design" in
docs/classification.md): a wrong reading of one path misclassifies every product of a store filed under it. FILE is
Google's `taxonomy-with-ids.en-US.txt` ("328 - Electronics > Computers > Laptops") or a CSV with the columns `id` and
`path`; it is not part of the repository (issue 9: nothing of it is copied here).

Each path is classified twice: as the category with its last segment as the title (what a product named only by its
kind looks like), and as the category with an empty title (what the path alone establishes).

Without options: per top-level branch, the number of paths, how many establish no product type (category + leaf
title, then path alone), how many paths the leaf-title reading gives another type than the path alone, and how many
paths set each regulated class (radio, mains, eee, battery, toy, children, textile) read alone. The path alone is
the honest reading of a shelf: a title that repeats the path's last segment makes the classifier drop that segment
(Flipkart ends its paths with the title, see `_category_key`), so the leaf-title reading is the parent shelf's plus
the leaf read as a title, which a real product title rarely is.
`--list BRANCH` (a top-level branch, or any path prefix) prints each of its paths with the type and regulated classes
of both readings. `--sample N` prints a seeded random sample of N paths of the branches that matter for the regulated
classes (`REGULATED_BRANCHES`), for reading by hand.
Exits 2 with a one-line message and no traceback when FILE is absent or is neither form.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from crossguard.engine.classification import Classifier, ProductText  # noqa: E402

CLASSES = ("radio", "mains_lv", "eee", "battery", "toy", "children_12_under", "textile")
SHORT = {"radio": "radio", "mains_lv": "mains", "eee": "eee", "battery": "battery", "toy": "toy",
         "children_12_under": "children", "textile": "textile"}
#: The path prefixes whose products carry the regulated classes (the sample of `--sample` is drawn from these).
REGULATED_BRANCHES = (
    "Electronics", "Toys & Games", "Baby & Toddler", "Apparel & Accessories",
    "Home & Garden > Household Appliances", "Home & Garden > Kitchen & Dining", "Home & Garden > Lighting",
    "Health & Beauty > Personal Care", "Hardware > Tools", "Sporting Goods", "Arts & Entertainment > Hobbies",
    "Cameras & Optics", "Vehicles & Parts",
)


class TaxonomyError(Exception):
    """The taxonomy file is absent, or neither Google's taxonomy-with-ids text nor a CSV with `id` and `path`."""


_GOOGLE_LINE = re.compile(r"^\s*(\d+)\s+-\s+(.+?)\s*$")
_SHOPIFY_LINE = re.compile(r"^\s*gid://shopify/TaxonomyCategory/([a-z]{2}(?:-\d+)*)\s+:\s+(.+?)\s*$")
#: the line formats a taxonomy text may have: Google's taxonomy-with-ids and Shopify's dist/en/categories.txt
_LINE_FORMATS = ((_GOOGLE_LINE, "'ID - path'"), (_SHOPIFY_LINE, "'gid://shopify/TaxonomyCategory/ID : path'"))


@dataclass
class Reading:
    """One path read two ways: (type, classes set) with the leaf as title, and with an empty title."""

    path: str
    leaf_type: str | None
    leaf_classes: tuple[str, ...]
    bare_type: str | None
    bare_classes: tuple[str, ...]


@dataclass
class BranchStats:
    paths: int = 0
    untyped_leaf: int = 0
    untyped_bare: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    differs: int = 0


def taxonomy_by_id(path: Path) -> dict[str, str]:
    """Category id -> path, from Google's `taxonomy-with-ids.en-US.txt` (lines "ID - A > B > C", "#" comments),
    Shopify's `categories.txt` ("gid://shopify/TaxonomyCategory/ID : A > B") or a CSV with the columns id and path
    (rows without an id are numbered by their line); TaxonomyError naming the file (and line) when it cannot be read.
    An id given twice keeps its first path (Shopify's 2025-01 file repeats three vehicle ids)."""
    if not path.is_file():
        raise TaxonomyError(f"no taxonomy file at {path} (Google's taxonomy-with-ids text, or a CSV with id and path)")
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            first = handle.readline()
            handle.seek(0)
            if first.startswith("#") or any(pattern.match(first) for pattern, _ in _LINE_FORMATS):
                return _taxonomy_lines(path, handle)
            reader = csv.DictReader(handle)
            if not reader.fieldnames or "path" not in reader.fieldnames:
                raise TaxonomyError(f"{path}: no 'path' column in the header (a CSV with the columns id and path)")
            paths = {}
            for row in reader:
                text = (row.get("path") or "").strip()
                if not text:
                    raise TaxonomyError(f"{path}, line {reader.line_num}: empty path")
                paths[(row.get("id") or "").strip() or str(reader.line_num)] = text
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise TaxonomyError(f"cannot read {path}: {error}") from error
    return paths


def _taxonomy_lines(path: Path, handle: TextIO) -> dict[str, str]:
    """One line per category in the format of the file's first category line (a later line of another form is an
    error naming its line)."""
    paths: dict[str, str] = {}
    pattern, form = _LINE_FORMATS[0]
    for number, line in enumerate(handle, 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not paths:
            pattern, form = next(((p, f) for p, f in _LINE_FORMATS if p.match(line)), _LINE_FORMATS[0])
        match = pattern.match(line)
        if not match:
            raise TaxonomyError(f"{path}, line {number}: not {form}")
        paths.setdefault(match.group(1), match.group(2))
    return paths


def read_taxonomy(path: Path) -> list[str]:
    """The paths of FILE in file order (see :func:`taxonomy_by_id`)."""
    return list(taxonomy_by_id(path).values())


def _set(classes: dict[str, bool]) -> tuple[str, ...]:
    return tuple(SHORT[name] for name in CLASSES if classes[name])


def classify(classifier: Classifier, paths: list[str]) -> list[Reading]:
    """Each path classified as category with its last segment as title, and with an empty title."""
    readings = []
    for path in paths:
        leaf = path.rsplit(">", 1)[-1].strip()
        with_leaf = classifier.classify(ProductText(title=leaf, category=path))
        bare = classifier.classify(ProductText(title="", category=path))
        readings.append(Reading(path, with_leaf.product_type if with_leaf.established else None,
                                _set(with_leaf.classes), bare.product_type if bare.established else None,
                                _set(bare.classes)))
    return readings


def branch_of(path: str) -> str:
    return path.split(">", 1)[0].strip()


def in_branch(path: str, prefix: str) -> bool:
    """Whether `path` is `prefix` or under it (segment by segment, so "Toys" is not under "Toys & Games")."""
    parts = [part.strip() for part in path.split(">")]
    wanted = [part.strip() for part in prefix.split(">")]
    return parts[:len(wanted)] == wanted


def summarise(readings: list[Reading]) -> dict[str, BranchStats]:
    stats: dict[str, BranchStats] = defaultdict(BranchStats)
    for reading in readings:
        cell = stats[branch_of(reading.path)]
        cell.paths += 1
        cell.untyped_leaf += reading.leaf_type is None
        cell.untyped_bare += reading.bare_type is None
        cell.classes.update(reading.bare_classes)
        cell.differs += reading.leaf_type != reading.bare_type
    return stats


def print_summary(stats: dict[str, BranchStats]) -> None:
    columns = [SHORT[name] for name in CLASSES]
    print("branch | paths | no type (leaf title) | no type (path alone) | leaf title reads another type | "
          + " | ".join(columns))
    total = BranchStats()
    for branch, cell in sorted(stats.items()):
        print(f"{branch} | {cell.paths} | {cell.untyped_leaf} | {cell.untyped_bare} | {cell.differs} | "
              + " | ".join(str(cell.classes[name]) for name in columns))
        total.paths += cell.paths
        total.untyped_leaf += cell.untyped_leaf
        total.untyped_bare += cell.untyped_bare
        total.classes.update(cell.classes)
        total.differs += cell.differs
    print(f"all | {total.paths} | {total.untyped_leaf} | {total.untyped_bare} | {total.differs} | "
          + " | ".join(str(total.classes[name]) for name in columns))


def line(reading: Reading) -> str:
    leaf = f"{reading.leaf_type or '-'} [{' '.join(reading.leaf_classes)}]"
    bare = f"{reading.bare_type or '-'} [{' '.join(reading.bare_classes)}]"
    return f"{reading.path} || {leaf}" + ("" if bare == leaf else f" || alone: {bare}")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taxonomy", type=Path, required=True, help="CSV with the columns id and path")
    parser.add_argument("--list", dest="branch", default="", help="a branch or path prefix: print each path")
    parser.add_argument("--sample", type=_positive, default=0, help="a seeded sample of N regulated-branch paths")
    parser.add_argument("--seed", type=int, default=32)
    args = parser.parse_args(argv)
    try:
        paths = read_taxonomy(args.taxonomy)
    except TaxonomyError as error:
        print(error, file=sys.stderr)
        return 2
    classifier = Classifier.from_files()
    if args.branch:
        chosen = [path for path in paths if in_branch(path, args.branch)]
        if not chosen:
            print(f"no path under {args.branch!r} in {args.taxonomy}", file=sys.stderr)
            return 2
        for reading in classify(classifier, chosen):
            print(line(reading))
        return 0
    if args.sample:
        pool = [path for path in paths if any(in_branch(path, prefix) for prefix in REGULATED_BRANCHES)]
        chosen = random.Random(args.seed).sample(pool, min(args.sample, len(pool)))
        for reading in classify(classifier, chosen):
            print(line(reading))
        return 0
    print_summary(summarise(classify(classifier, paths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
