"""Which signal set each regulated class, and how often that signal is right on the labelled sets (issue 9).

Usage: .venv/bin/python bench/signal_audit.py [--material DIR] [--class CLS] [--source TEXT] [--sample N] [--seed S]

Without options: a table per class (radio, mains_lv, eee, battery, toy, children_12_under) of the sources that set
it true over the 30,408 catalog products (`material.real_catalogs()`), with, on the labelled sets one may read (the
development labels, `heldout-1`..`12`, `recalls-1`, `recalls-3`), the labelled products each source set true and how
many of them are labelled positive. A source is where the class came from, read back from the classifier's basis:
the type (and the signal that named it: title word, category word or hint, description...), a modifier (its id and
the field it was read in), a type's `when` rule, a losing generic shelf that filled it, an HS code, or an
implication (followed to the source of the class it follows from). With `--class` and `--source` (a substring of the
source key): a seeded random sample of the catalog products that source sets true, printed for reading. Exits 2,
with a one-line message and no traceback, when the material is absent or unreadable or `--sample` is not a positive
number. The blind sets (`heldout-13`..`15`, `recalls-2`) are never read; `recalls-3` was opened at the end of stop
31.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import material  # noqa: E402
from bench.audit_common import labelled_ids, positive_count, read_material, unlabelled  # noqa: E402
from crossguard.engine.classification.classifier import Classifier, ProductText, TypeResult  # noqa: E402

CLASSES = ("radio", "mains_lv", "eee", "battery", "toy", "children_12_under")
LABEL_OF = {"radio": "radio", "mains_lv": "mains", "eee": "eee", "battery": "battery", "toy": "toy",
            "children_12_under": "children"}
READABLE = ("", *(f"heldout-{n}" for n in range(1, 13)), "recalls-1", "recalls-3")  # "" = the development labels
_MODIFIER_WORD = re.compile(r"^(title|category|marketplace type|brand|description) word '(.*?)': (.*)$", re.S)
_TYPE_EVIDENCE = re.compile(
    r" from (title|category|marketplace product type|description|HS)\b( \((word|hint|one of)\b)?")


class SourceReader:
    """Reads back, from a result's basis, which rule set a class (the classifier keeps the why, not the rule)."""

    def __init__(self, classifier: Classifier):
        vocab = classifier.vocab
        self.types = vocab.types
        self.modifier_by_why: dict[tuple[str, str], str] = {}
        for mod in vocab.modifiers.values():
            for name, (_value, why) in mod.sets.items():
                self.modifier_by_why.setdefault((name, why), mod.id)
        self.implications = [(dict(imp.if_), f"{', '.join(f'{n}={v}' for n, v in imp.if_.items())}: {imp.why}")
                             for imp in vocab.implications]

    def source(self, result: TypeResult, name: str, depth: int = 0) -> str:
        """A short key naming what set class `name` of `result`."""
        basis = result.basis.get(name, "")
        type_id = result.product_type or ""
        if basis.startswith("HS "):
            return "hs code"
        match = _MODIFIER_WORD.match(basis)
        if match:
            where, _word, why = match.groups()
            return f"modifier {self.modifier_by_why.get((name, why), '?')} ({where})"
        for conditions, cause in self.implications:
            if basis == cause and depth < 4:
                (cond, _), *_rest = conditions.items()
                return f"{cond} => {name} <- {self.source(result, cond, depth + 1)}"
        info = self.types.get(type_id)
        if info is not None:
            if name in info.facts and basis == f"{type_id}: {info.facts[name][1]}":
                return f"type via {self.signal(result)}"
            for _conditions, then in info.when:
                if name in then and basis == f"{type_id}: {then[name][1]}":
                    return "type when-rule"
        if " from " in basis.split(":", 1)[0]:
            return "generic shelf filler"
        if " all: " in basis:
            return f"bucket via {self.signal(result)}"
        return "other: " + basis[:60]

    @staticmethod
    def signal(result: TypeResult) -> str:
        match = _TYPE_EVIDENCE.search(result.basis.get("product_type", ""))
        if not match:
            return result.signal
        where, _, kind = match.groups()
        return f"{where} {kind}" if kind else where


def text_of(product: dict) -> ProductText:
    return ProductText(title=product["title"], category=product.get("category") or None,
                       brand=product.get("brand") or None, description=product.get("description") or None)


def audit(classifier: Classifier, products: Iterable[dict], rows: list[dict[str, str]]) -> dict:
    """{class: {source: [catalog count, labelled count, labelled positives]}} and the catalog products by source."""
    reader = SourceReader(classifier)
    table: dict[str, dict[str, list[int]]] = {name: defaultdict(lambda: [0, 0, 0]) for name in CLASSES}
    members: dict[tuple[str, str], list[tuple[dict, TypeResult]]] = defaultdict(list)
    kinds: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for product in products:
        result = classifier.classify(text_of(product))
        for name in CLASSES:
            if result.classes[name]:
                key = reader.source(result, name)
                table[name][key][0] += 1
                members[(name, key)].append((product, result))
                kinds[(name, key)][result.product_type or "-"] += 1
    for row in rows:
        result = classifier.classify(text_of(row))
        for name in CLASSES:
            if result.classes[name]:
                cell = table[name][reader.source(result, name)]
                cell[1] += 1
                cell[2] += row[LABEL_OF[name]] == "1"
    return {"table": table, "members": members, "kinds": kinds}


def print_table(table: dict[str, dict[str, list[int]]], kinds: dict[tuple[str, str], Counter[str]]) -> None:
    for name in CLASSES:
        print(f"\n{name}: source | catalog products | labelled set true | labelled positive | precision")
        for key, (count, lab, pos) in sorted(table[name].items(), key=lambda item: -item[1][0]):
            precision = f"{pos / lab:.2f}" if lab else "-"
            top = ", ".join(f"{kind} {n}" for kind, n in kinds[(name, key)].most_common(4))
            print(f"  {key:<60} {count:>6} {lab:>5} {pos:>5} {precision:>6}  [{top}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--material", type=Path, default=material.MATERIAL)
    parser.add_argument("--class", dest="cls", choices=CLASSES)
    parser.add_argument("--source", default="", help="a substring of the source key to sample")
    parser.add_argument("--sample", type=positive_count, default=60)
    parser.add_argument("--seed", type=int, default=2531)
    args = parser.parse_args()
    loaded = read_material(args.material, READABLE)
    if loaded is None:
        return 2
    products, rows = loaded
    found = audit(Classifier.from_files(), products, rows)
    if args.cls is None:
        print_table(found["table"], found["kinds"])
        return 0
    labelled = labelled_ids(args.material)
    by_source = {key: unlabelled(items, labelled) for (name, key), items in found["members"].items()
                 if name == args.cls and args.source in key}
    chosen = [item for items in by_source.values() for item in items]
    counts = {key: len(items) for key, items in by_source.items()}
    print(f"{len(chosen)} unlabelled catalog products set {args.cls} by sources containing {args.source!r}: {counts}")
    for product, result in random.Random(args.seed).sample(chosen, min(args.sample, len(chosen))):
        print(f"- [{result.product_type}] {product['title'][:110]} | {product.get('category', '')[-70:]} | "
              f"{product.get('brand', '')[:20]} || {result.basis[args.cls][:90]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
