"""How far two labellers of the same sample agree, and how the classifier scores against each.

Usage: .venv/bin/python bench/label_agreement.py [FIRST SECOND] (exit 2: material or a labels file missing)
(default: bench/labels/heldout-4 and bench/labels/second-opinion/heldout-4)

A classifier scored against one labeller's judgement cannot be read past the point where two careful
labellers stop agreeing: if they disagree on a tenth of the toys, a toy score of 0.90 is at the
ceiling. Per class this prints the positives each labeller found, the cells they disagree on, Cohen's
kappa, the second labelling scored as if it were a classifier against the first, and
`crossguard classify` (the one beside this Python) against the first, the second, and only the cells
both agree on. Counts only: no titles, so a blind set stays blind.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import material  # noqa: E402
from bench.classify_eval import CLASS_MAP, run_json  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels"


def precision_recall(truth: Sequence[bool], guess: Sequence[bool]) -> str:
    tp = sum(t and g for t, g in zip(truth, guess, strict=True))
    fp = sum(g and not t for t, g in zip(truth, guess, strict=True))
    fn = sum(t and not g for t, g in zip(truth, guess, strict=True))
    precision = f"{tp / (tp + fp):.2f}" if tp + fp else "n/a"
    recall = f"{tp / (tp + fn):.2f}" if tp + fn else "n/a"
    return f"{precision}/{recall}"


def kappa(first: Sequence[bool], second: Sequence[bool]) -> float:
    """Cohen's kappa: agreement beyond what two labellers with these base rates would reach by chance."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    p_first, p_second = sum(first) / n, sum(second) / n
    chance = p_first * p_second + (1 - p_first) * (1 - p_second)
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def classify(rows: list[dict[str, str]]) -> dict[str, dict[str, bool]]:
    with tempfile.TemporaryDirectory() as tmp:
        products = [material.product(r["sku"], r["title"], r["category"], r["brand"], "amazon", ("US",))
                    for r in rows]
        found = run_json("classify", str(material.write_jsonl(products, Path(tmp) / "l.jsonl")), "--format", "json")
    return {p["sku"]: p["classes"] for p in found["products"]}


def main(argv: list[str]) -> int:
    first_dir, second_dir = (Path(a) for a in argv) if len(argv) == 2 else (
        LABELS / "heldout-4", LABELS / "second-opinion" / "heldout-4")
    if not (material.MATERIAL / "labels").is_dir():
        print(f"no material at {material.MATERIAL}", file=sys.stderr)
        return 2
    files = [material.label_files(folder) for folder in (first_dir, second_dir)]
    if not files[0] or files[0] != files[1]:
        print(f"{first_dir} and {second_dir} must hold the same labels files, at least one of "
              f"{', '.join(material.LABELS)}", file=sys.stderr)
        return 2
    try:
        first = {r["sku"]: r for r in material.labels(folder=first_dir)}
        second = {r["sku"]: r for r in material.labels(folder=second_dir)}
    except ValueError as problem:  # a set of the catalogs fetched from GitHub, without them (material._extra)
        print(problem, file=sys.stderr)
        return 2
    if set(first) != set(second):
        print(f"the two labellings cover different products ({len(first)} and {len(second)})", file=sys.stderr)
        return 2
    predicted = classify(list(first.values()))
    skus = sorted(first)
    print(f"{len(skus)} products; first {first_dir}, second {second_dir}")
    print(f"{'class':9}{'first+':>7}{'second+':>8}{'differ':>7}{'kappa':>7}{'second vs first':>17}"
          f"{'clf vs first':>14}{'clf vs second':>15}{'clf where both agree':>22}")
    for label, cls in CLASS_MAP.items():
        a = [first[s][label] == "1" for s in skus]
        b = [second[s][label] == "1" for s in skus]
        guess = [predicted[s][cls] for s in skus]
        agreed = [i for i in range(len(skus)) if a[i] == b[i]]
        both = precision_recall([a[i] for i in agreed], [guess[i] for i in agreed])
        print(f"{label:9}{sum(a):7}{sum(b):8}{sum(x != y for x, y in zip(a, b, strict=True)):7}{kappa(a, b):7.2f}"
              f"{precision_recall(a, b):>17}{precision_recall(a, guess):>14}{precision_recall(b, guess):>15}"
              f"{both + f' ({len(agreed)})':>22}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
