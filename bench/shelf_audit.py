"""Where the shelf and the title name different specific types and the shelf wins: what the title would change.

Usage: .venv/bin/python bench/shelf_audit.py [--material DIR] [--pair SHELF,TITLE] [--sample N] [--seed S]
                                              [--all] [--min N]

The classifier folds its signals in order of trust: a category path or marketplace product type (a shelf) outranks the
title, and a title only refines the shelf when it names an accessory, a declared kind (`parent`) of the shelf's type,
or the shelf is generic or a bucket ("Design" in docs/classification.md). This tool finds every product where the
shelf and the title name different specific types and the shelf's wins, and classifies it a second time with the
title's type winning instead, to show what the trust order costs or saves.

Without options: the (shelf type, title type) pairs over the 30,408 catalog products (`material.real_catalogs()`) by
frequency, with how many of each pair's products would change a regulated class (radio, mains_lv, eee, battery, toy,
children_12_under, textile) if the title won, and which classes move (`eee+3` = three would gain EEE, `toy-2` = two
would lose the toy class); then, on the labelled sets one may read (the development labels, `heldout-1`..`13`,
`recalls-1`..`3`), the same pairs with, per moved class, whether the title's reading agrees with the label more often
than the shelf's (`right` = cells the title would fix, `wrong` = cells it would break). `--all` lists every pair, not
only those that change a regulated class; `--min N` leaves out pairs with fewer than N catalog products.
With `--pair SHELF,TITLE`: a seeded random sample of that pair's catalog products, each with the classes that would
move. Exits 2, with a one-line message and no traceback, when the material is absent or unreadable or `--sample` /
`--min` is not a positive number. The blind sets (`heldout-14`..`16`) are never read (issue 9).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import material  # noqa: E402
from bench.audit_common import labelled_ids, positive_count, read_material, unlabelled  # noqa: E402
from crossguard.engine.classification.classifier import Classifier, ProductText, TypeResult  # noqa: E402

if TYPE_CHECKING:  # the classifier's own candidate and core, named for the overridden steps' signatures
    from crossguard.engine.classification.facts import Core
    from crossguard.engine.classification.signals import Candidate
    from crossguard.engine.classification.vocabulary import HsInfo, Vocabulary

CLASSES = ("radio", "mains_lv", "eee", "battery", "toy", "children_12_under", "textile")
SHORT = {"radio": "radio", "mains_lv": "mains", "eee": "eee", "battery": "battery", "toy": "toy",
         "children_12_under": "children", "textile": "textile"}  # also the label files' column names
READABLE = ("", *(f"heldout-{n}" for n in range(1, 14)), "recalls-1", "recalls-2", "recalls-3")  # "" = development
SHELF_SIGNALS = ("category", "product_type")


class ShelfAuditor(Classifier):
    """A classifier that notes, per product, the shelf type that won over a different specific title type; with
    `title_wins`, the title's type wins instead (everything else as the classifier does it)."""

    def __init__(self, vocab: Vocabulary, title_wins: bool = False) -> None:
        super().__init__(vocab, cache_size=200_000)  # no eviction: a product's note is kept by its cached core
        self.title_wins = title_wins
        self._pending: tuple[str, str] | None = None
        self._pairs: dict[int, tuple[str, str] | None] = {}

    def _choose(self, hs: HsInfo | None, ptype: Candidate | None, category: Candidate | None,
                title: Candidate | None) -> tuple[Candidate | None, list[Candidate]]:
        primary, fillers = super()._choose(hs, ptype, category, title)
        self._pending = None
        if (primary is not None and title is not None and not title.target and primary is not title
                and primary.signal in SHELF_SIGNALS and not primary.bucket
                and title.types[0] not in primary.types
                and not self._generic.issuperset(primary.types) and title.types[0] not in self._generic):
            self._pending = (primary.types[0], title.types[0])
            if self.title_wins:
                return title, fillers
        return primary, fillers

    def _core_uncached(self, *args: str) -> Core:
        self._pending = None
        core = super()._core_uncached(*args)
        self._pairs[id(core)] = self._pending
        return core

    def pair(self, product: ProductText) -> tuple[str, str] | None:
        """(shelf type, title type) when the shelf won over a different specific title type, else None."""
        core = self._core_of(None, product.title, product.category, product.brand, product.product_type,
                             product.hs_code, product.description, product.bullet_points)
        return self._pairs.get(id(core))


@dataclass
class PairStats:
    catalog: int = 0
    changed: int = 0
    moves: Counter[str] = field(default_factory=Counter)
    members: list[tuple[dict, TypeResult, TypeResult]] = field(default_factory=list)
    labelled: int = 0
    right: Counter[str] = field(default_factory=Counter)  # per class: label cells the title would fix
    wrong: Counter[str] = field(default_factory=Counter)  # per class: label cells it would break


def text_of(product: dict) -> ProductText:
    return ProductText(title=product["title"], category=product.get("category") or None,
                       brand=product.get("brand") or None, description=product.get("description") or None)


def moves(before: TypeResult, after: TypeResult) -> list[str]:
    """The regulated classes that differ, as 'eee+' (the title's reading sets it) or 'toy-' (it clears it)."""
    return [f"{SHORT[name]}{'+' if after.classes[name] else '-'}"
            for name in CLASSES if bool(before.classes[name]) != bool(after.classes[name])]


def compared(shelf: ShelfAuditor, title: ShelfAuditor, text: ProductText
             ) -> tuple[tuple[str, str], TypeResult, TypeResult] | None:
    """(shelf type, title type), the shelf's reading and the title's, when the shelf beat a different title type."""
    before = shelf.classify(text)
    pair = shelf.pair(text)
    return None if pair is None else (pair, before, title.classify(text))


def audit(shelf: ShelfAuditor, title: ShelfAuditor, products: list[dict],
          rows: list[dict[str, str]]) -> dict[tuple[str, str], PairStats]:
    """Per (shelf type, title type): the catalog products and the classes the title would move, and on the labelled
    rows the label cells the title's reading would fix or break."""
    stats: dict[tuple[str, str], PairStats] = defaultdict(PairStats)
    for product in products:
        found = compared(shelf, title, text_of(product))
        if found is None:
            continue
        pair, before, after = found
        cell = stats[pair]
        cell.catalog += 1
        moved = moves(before, after)
        if moved:
            cell.changed += 1
            cell.moves.update(moved)
        cell.members.append((product, before, after))
    for row in rows:
        found = compared(shelf, title, text_of(row))
        if found is None:
            continue
        pair, before, after = found
        cell = stats[pair]
        cell.labelled += 1
        for name in CLASSES:
            label = row.get(SHORT[name])
            if label not in ("0", "1") or bool(before.classes[name]) == bool(after.classes[name]):
                continue
            (cell.right if bool(after.classes[name]) == (label == "1") else cell.wrong)[SHORT[name]] += 1
    return stats


def print_table(stats: dict[tuple[str, str], PairStats], every: bool, least: int) -> None:
    shown = [(pair, cell) for pair, cell in stats.items()
             if (every or cell.changed or cell.right or cell.wrong) and cell.catalog >= least]
    total = sum(cell.catalog for cell in stats.values())
    changed = sum(cell.changed for cell in stats.values())
    print(f"{total} catalog products where the shelf's type beat a different specific title type, {changed} of them "
          f"would change a regulated class if the title won; {len(stats)} pairs")
    print("shelf type | title type | catalog | would change | classes moved | labelled | title right | title wrong")
    for (shelf_type, title_type), cell in sorted(shown, key=lambda item: (-item[1].changed, -item[1].catalog)):
        moved = " ".join(f"{key}{n}" for key, n in cell.moves.most_common())
        right = " ".join(f"{key}{n}" for key, n in cell.right.most_common())
        wrong = " ".join(f"{key}{n}" for key, n in cell.wrong.most_common())
        print(f"{shelf_type} | {title_type} | {cell.catalog} | {cell.changed} | {moved} | {cell.labelled} | "
              f"{right} | {wrong}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--material", type=Path, default=material.MATERIAL)
    parser.add_argument("--pair", default="", help="SHELF,TITLE: print a sample of that pair's catalog products")
    parser.add_argument("--sample", type=positive_count, default=60)
    parser.add_argument("--seed", type=int, default=2626)
    parser.add_argument("--all", action="store_true", help="every pair, not only those that move a class")
    parser.add_argument("--min", dest="least", type=positive_count, default=1)
    args = parser.parse_args()
    loaded = read_material(args.material, READABLE)
    if loaded is None:
        return 2
    products, rows = loaded
    vocab = Classifier.from_files().vocab
    stats = audit(ShelfAuditor(vocab), ShelfAuditor(vocab, title_wins=True), products, rows)
    if not args.pair:
        print_table(stats, args.all, args.least)
        return 0
    shelf_type, _, title_type = args.pair.partition(",")
    members = unlabelled(stats[(shelf_type.strip(), title_type.strip())].members, labelled_ids(args.material))
    print(f"{len(members)} unlabelled catalog products on a {shelf_type} shelf whose title names a {title_type}")
    for product, before, after in random.Random(args.seed).sample(members, min(args.sample, len(members))):
        print(f"- {product['title'][:110]} | {(product.get('category') or '')[-70:]} | "
              f"{(product.get('brand') or '')[:20]} || {' '.join(moves(before, after)) or '='}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
