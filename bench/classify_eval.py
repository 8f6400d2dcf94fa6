"""Score `crossguard classify` against the hand-labelled products, and check that none slips through.

Usage: .venv/bin/python bench/classify_eval.py [--material DIR] [--labels DIR]... [--title-only] [--no-category]
                                              [--listing-text] [--counts-only] [--not-audited] [--catalog NAME]...
                                              [--errors]

`--labels DIR`: score another labelled set in the same three-file format instead of material/labels:
bench/labels/heldout-1 and heldout-2 were labelled blind to the classifier (bench/labels/README.md); the
vocabulary was written looking at the 300, so only the held-out scores say how it generalises.
bench/labels/recalls-1 and recalls-2 hold the products named by US CPSC recalls (material.cpsc_recalls): a fourth
catalog, with the recall's description as the product's; `--title-only` scores them without it. bench/labels/recalls-3
holds the products named by older recalls (material.older_cpsc_recalls: the saved 2021 feeds and 2013 records).
bench/labels/amzus-1 and amzin-1 hold products of two catalogs the vocabulary never saw (fetched from GitHub; set
$CROSSGUARD_EXTRA_CATALOGS to the folder holding them, bench/labels/README.md).
`--no-category` scores the products by title and brand alone, as a catalog whose category tree the vocabulary does
not know (or an export with none) is read: how much of a score the labelled catalogs' own trees carry.
`--listing-text` gives amzus-1's products their listings' bullets and specification as the description (the labellers
read them; every other score is of title, category and brand): how much of that set's gap the title leaves out.
`--labels` given more than once pools the sets into one score: a 200-row set moves a cell by 0.01-0.10 with one
product, so the blind sets are read together as well as one by one. A product is its catalog and its sku: two
catalogs may use the same bare id (Cdiscount's and Macy's "135"), and one product labelled in two sets is refused.

1. Writes the 300 labelled products (title, category, brand only, as the labels README says) as a
   catalog and runs the real command, `crossguard classify --format json`; prints precision and
   recall per class (radio, mains, eee, battery, toy, children, textile) per catalog and overall,
   with and without the cells the labeller marked unsure, and how many missed positives were left open (a kind
   sold both ways: the check reviews them) rather than decided.
2. Runs `crossguard check --format json` on the same products listed in US, GB and DE and counts
   the products with a regulated class by hand that end with `allow` and no finding: in every
   market (the issue's "silent allow"; target zero), and in some market, split into a class the
   classifier missed and a class that market has no rule for.
3. Classification cost per product over the three full catalogs (cold and cached), beside the floor
   of reading the same texts (lower-casing and splitting them), in the same run, and which of the
   classifier's modules ran compiled (setup.py builds them with Cython; an edited module runs from source).
Exits 2 when the material is not there or two pooled sets share a product.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import material  # noqa: E402
from bench.audit_common import LABELS_DIR  # noqa: E402
from crossguard import compiled  # noqa: E402
from crossguard.engine.classify import Classifier  # noqa: E402
from crossguard.engine.models import Product  # noqa: E402

CLASS_MAP = {"radio": "radio", "mains": "mains_lv", "eee": "eee", "battery": "battery", "toy": "toy",
             "children": "children_12_under", "textile": "textile"}
CROSSGUARD = Path(sys.executable).with_name("crossguard")


def run_json(*args: str) -> dict:
    result = subprocess.run([str(CROSSGUARD), *args], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"crossguard {' '.join(args[:2])} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def row_key(row: dict[str, str]) -> str:
    """A labelled product's key in a pooled score: its catalog and sku, since catalogs number their products alike
    (Cdiscount's, Macy's and the recall sets' ids are bare numbers)."""
    return f"{row['catalog']}/{row['sku']}"


def unsure_cells(row: dict[str, str]) -> set[str]:
    """The classes the labeller marked unsure on a row (its `unsure` column, comma-separated)."""
    return {part.strip() for part in (row.get("unsure") or "").split(",") if part.strip()}


def tallies(rows: list[dict[str, str]], predicted: dict[str, dict[str, bool]], skip_unsure: bool) -> dict:
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for row in rows:
        unsure = unsure_cells(row)
        for label, cls in CLASS_MAP.items():
            if skip_unsure and label in unsure:
                continue
            truth, guess = row[label] == "1", predicted[row_key(row)][cls]
            for key in ((row["catalog"], label), ("overall", label)):
                if truth and guess:
                    counts[key][0] += 1
                elif guess:
                    counts[key][1] += 1
                elif truth:
                    counts[key][2] += 1
    return counts


def open_misses(rows: list[dict[str, str]], products: list[dict]) -> None:
    """Positives by hand the classifier said no to, split by whether it left the class open (a kind sold both
    ways, `sold_both_ways`: CLS-OPEN-001 reviews such a listing, so the miss is not a silent allow) or decided it.
    Counts only, so a blind set can be scored with it."""
    by_sku = {p["sku"]: p for p in products}
    cells = []
    for label, cls in CLASS_MAP.items():
        missed = [row for row in rows if row[label] == "1" and not by_sku[row_key(row)]["classes"][cls]]
        left_open = sum(1 for row in missed if cls in by_sku[row_key(row)].get("open", ()))
        cells.append(f"{label} {left_open} of {len(missed)}")
    print("\nMissed positives left open (reviewed by CLS-OPEN-001) of all missed: " + ", ".join(cells))


def wrong_rows(rows: list[dict[str, str]], products: list[dict], skip_unsure: bool = True) -> list[str]:
    """One line per product with a class the classifier reads otherwise than the hand label: `+toy` read but not
    labelled, `-eee` labelled but not read (cells marked unsure left out unless `skip_unsure` is false), then the
    type read, the title, the path's last part and the labeller's note. For development sets only (`--errors`)."""
    by_sku = {p["sku"]: p for p in products}
    lines = []
    for row in rows:
        found = by_sku[row_key(row)]
        unsure = unsure_cells(row) if skip_unsure else set()
        signs = [("+" if found["classes"][cls] else "-") + label for label, cls in CLASS_MAP.items()
                 if label not in unsure and (row[label] == "1") != bool(found["classes"][cls])]
        if signs:
            lines.append(f"{' '.join(signs):<22} [{found['product_type']}] {row['title'][:90]} | "
                         f"{(row.get('category') or '')[-50:]} | {(row.get('note') or '')[:80]}")
    return lines


#: bench/labels' development sets (`dev86-1`...): labelled the blind way, then read against the classifier
DEVELOPMENT_SET = re.compile(r"dev\d+-\d+")


def development_folder(folder: Path) -> bool:
    """A folder whose rows may be read: one of bench/labels' development sets, the path resolved (a link or a
    `dev86-1/../amzus-1` names the folder it leads to). Every other set is blind, or was until it was read, and
    `--errors` refuses it; the development labels of ../shared/material are read when no `--labels` is given."""
    resolved = folder.resolve()
    return resolved.parent == LABELS_DIR and DEVELOPMENT_SET.fullmatch(resolved.name) is not None


def table(counts: dict, catalogs: list[str], title: str) -> None:
    print(f"\n{title}: precision / recall (positives by hand)")
    print(f"{'catalog':<16}" + "".join(f"{label:>20}" for label in CLASS_MAP))
    for catalog in [*catalogs, "overall"]:
        cells = []
        for label in CLASS_MAP:
            tp, fp, fn = counts.get((catalog, label), [0, 0, 0])
            precision = f"{tp / (tp + fp):.2f}" if tp + fp else " n/a"
            recall = f"{tp / (tp + fn):.2f}" if tp + fn else " n/a"
            cells.append(f"{precision}/{recall} ({tp + fn:>3})")
        print(f"{catalog:<16}" + "".join(f"{cell:>20}" for cell in cells))


def silent_allows(rows: list[dict[str, str]], catalog_file: Path, predicted: dict[str, dict[str, bool]],
                  titles: bool = True) -> int:
    """Listings of products regulated by hand that end `allow` with no finding, and why; `titles=False` prints the
    counts only (a blind set's missed titles, once read, make it tuned data).

    A listing can be allowed rightly: no rule in that market covers the product's class (a family
    board game in the US, a bra in GB). It is a silent allow when the classifier missed a class the
    product has, or when the product got no finding in any market at all.
    """
    report = run_json("check", str(catalog_file), "--format", "json", "--at", "2026-11-28")
    by_sku = {row_key(row): row for row in rows}
    regulated = {sku for sku, row in by_sku.items() if any(row[label] == "1" for label in CLASS_MAP)}
    allowed: dict[str, list[str]] = defaultdict(list)
    for decision in report["decisions"]:
        if decision["sku"] in regulated and decision["decision"] == "allow" and not decision["findings"]:
            allowed[decision["sku"]].append(decision["market"])
    markets = len({d["market"] for d in report["decisions"]})
    nowhere = [sku for sku, where in allowed.items() if len(where) == markets]
    missed = {sku: [label for label, cls in CLASS_MAP.items() if by_sku[sku][label] == "1" and not predicted[sku][cls]]
              for sku in allowed}
    missed = {sku: labels for sku, labels in missed.items() if labels}
    print(f"\nRegulated products (by hand), listed in US, GB and DE: {len(regulated)}")
    print(f"  allowed with no finding in every market: {len(nowhere)}")
    print(f"  allowed with no finding in some market: {len(allowed)} products "
          f"({sum(map(len, allowed.values()))} listings); of these, the classifier missed a hand class of "
          f"{len(missed)}, and {len(allowed) - len(missed)} carry a class no rule of that market covers")
    for sku, labels in list(missed.items())[:15] if titles else ():
        print(f"    missed {', '.join(labels)} in {', '.join(allowed[sku])}: {by_sku[sku]['title'][:80]}")
    return len(nowhere)


def timing(products: list[dict]) -> None:
    """CPU time per product. Each pass starts with the garbage collector settled (as timeit does by disabling it):
    building 30,000 models and loading the vocabulary leave one full collection pending (about 0.1 s, scanning
    this script's own objects), which would otherwise land in whichever pass comes next."""
    models = [Product(sku=p["sku"], title=p["title"], category=p.get("category"), brand=p.get("brand"))
              for p in products]
    gc.collect()
    started = time.process_time()
    for model in models:
        (model.title + " " + (model.category or "")).lower().split()
    floor = (time.process_time() - started) / len(models) * 1e6
    classifier = Classifier.from_files()  # a fresh one: nothing cached yet
    gc.collect()
    started = time.process_time()
    for model in models:
        classifier.classify(model)
    cold = (time.process_time() - started) / len(models) * 1e6
    # Cached: the last products classified again, fewer than the caches hold (8,192 products): a second pass
    # over all 30,408 would evict each product before it came round again and time the cold path twice.
    recent = models[-4000:]
    gc.collect()
    started = time.process_time()
    for model in recent:
        classifier.classify(model)
    cached = (time.process_time() - started) / len(recent) * 1e6
    print(f"\nClassification over {len(models):,} real products (CPU time per product): cold {cold:.1f} us, "
          f"cached {cached:.1f} us (the last {len(recent):,} again); reading the texts alone (lower + split): "
          f"{floor:.1f} us; compiled modules: {', '.join(_compiled_classifier()) or 'none (pure Python)'}")


def pooled_labels(root: Path, folders: list[Path] | None, listing_text: bool = False) -> list[dict[str, str]]:
    """The labelled rows of every folder in turn (the development set when none is given). A sku labelled in two of
    them would count twice in a pooled score, so it is refused with both folders named; the same bare sku in two
    catalogs is two products (:func:`row_key`)."""
    if not folders:
        return material.labels(root)
    rows: list[dict[str, str]] = []
    seen: dict[str, Path] = {}
    for folder in folders:
        for row in material.labels(root, folder, listing_text):
            if row_key(row) in seen:
                raise ValueError(f"sku {row['sku']} of {row['catalog']} is labelled in both {seen[row_key(row)]} and "
                                 f"{folder}: pool sets that share no product")
            seen[row_key(row)] = folder
            rows.append(row)
    return rows


def only_catalogs(rows: list[dict[str, str]], catalogs: list[str]) -> list[dict[str, str]]:
    """The rows of the named catalogs (the label files' `catalog` column), in their order."""
    return [row for row in rows if row["catalog"] in catalogs]


def _compiled_classifier() -> list[str]:
    """The classifier's modules that run compiled (last parts of their names)."""
    return [name.rpartition(".")[2] for name in compiled.compiled_modules() if ".classification." in name]


def read_shares(rows: list[dict[str, str]], predicted: dict[str, dict[str, bool]]) -> dict[str, float]:
    """The share of `rows` the classifier reads positive, per class: no label is looked at."""
    return {label: sum(predicted[row_key(row)][cls] for row in rows) / len(rows) if rows else 0.0
            for label, cls in CLASS_MAP.items()}


def selection_warnings(kept: dict[str, float], left_out: dict[str, float]) -> list[str]:
    """The classes no kept row reads positive while left-out rows do. The audit samples were drawn by the reading of
    their day (`review_sample.py --keep electrical|untyped`), so a set whose every row read positive was audited keeps
    only rows read negative: such a class's recall there counts misses only, and its precision is n/a, by
    construction (mrus-1 at stop 86: every class but textile). Run it on one set at a time: pooled, another set's rows
    hide a set's empty class."""
    return [label for label in CLASS_MAP if kept[label] == 0.0 and left_out[label] > 0.0]


def without_audited(rows: list[dict[str, str]], audited: set[str]) -> list[dict[str, str]]:
    """The rows whose product was never in a catalog audit sample (`material.audited_source_ids`): the blind measure
    since stop 51, when 145 blind rows were found in audit samples (stop 77 found 1,305 more, from stops 75 and 76)."""
    return [row for row in rows if material.source_id(row["sku"]) not in audited]


def catalog_products(rows: list[dict[str, str]], args: argparse.Namespace,
                     markets: tuple[str, ...] = ("US", "GB", "DE")) -> list[dict]:
    """The labelled rows as catalog products keyed by `row_key`, with the text the options leave in."""
    return [material.product(row_key(row), row["title"], "" if args.no_category else row["category"], row["brand"],
                             "amazon", markets, "" if args.title_only else row.get("description") or "")
            for row in rows]


def audit_bias(kept: list[dict[str, str]], left_out: list[dict[str, str]], predicted: dict[str, dict[str, bool]],
               args: argparse.Namespace, folder: Path) -> None:
    """How the rows kept differ from the audited ones left out, by the classifier's reading alone (counts only)."""
    left_file = material.write_jsonl(catalog_products(left_out, args, ("US",)), folder / "left-out.jsonl")
    found = run_json("classify", str(left_file), "--format", "json")
    left = read_shares(left_out, {p["sku"]: p["classes"] for p in found["products"]})
    here = read_shares(kept, predicted)
    print("Read positive, rows kept / left out (audit samples were drawn by the reading of their day): "
          + ", ".join(f"{label} {here[label]:.0%}/{left[label]:.0%}" for label in CLASS_MAP))
    for label in selection_warnings(here, left):
        print(f"  {label}: no kept row reads positive, so its recall counts misses only and its precision is n/a "
              "by construction")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--material", type=Path, default=material.MATERIAL)
    parser.add_argument("--labels", type=Path, action="append", default=None,
                        help="a labels folder other than material/labels; more than once: one pooled score")
    parser.add_argument("--title-only", action="store_true",
                        help="leave out the description where the source has one (the recall sets)")
    parser.add_argument("--no-category", action="store_true",
                        help="leave out the category path: title and brand alone (a catalog of an unknown tree)")
    parser.add_argument("--listing-text", action="store_true",
                        help="give a fetched catalog's products the listing text its export carries (Amazon US 2020's "
                             "bullets and specification) as their description, as a listing pipeline sends them")
    parser.add_argument("--counts-only", action="store_true",
                        help="print no product titles (score a blind set without reading its misses)")
    parser.add_argument("--errors", action="store_true",
                        help="print every product with a class wrong (sure cells): development sets only "
                             "(bench/labels/devN-M, or the development labels when no --labels is given)")
    parser.add_argument("--catalog", action="append", default=None,
                        help="score only this catalog's rows of the sets (repeatable): a set's part drawn apart from "
                             "its other parts, such as fresh-2's Cdiscount rows (bench/labels/README.md, stop 86)")
    parser.add_argument("--not-audited", action="store_true",
                        help="leave out the products listed in bench/labels/audited.txt (audited, so not blind)")
    args = parser.parse_args()
    for folder in args.labels or [args.material / "labels"]:
        if not folder.is_dir():
            print(f"no labelled material at {folder}", file=sys.stderr)
            return 2
    blind = [str(folder) for folder in args.labels or [] if not development_folder(folder)]
    if not args.labels and args.material.resolve() != material.MATERIAL.resolve():
        blind.append(str(args.material / "labels"))  # another material folder's labels are not known to be read
    if args.errors and args.counts_only:
        print("--errors prints titles and --counts-only none: choose one", file=sys.stderr)
        return 2
    if args.errors and blind:  # reading a blind set's misses makes it tuned data
        print(f"--errors prints titles: only bench/labels' development sets (devN-M), not {', '.join(blind)}",
              file=sys.stderr)
        return 2
    try:
        rows = pooled_labels(args.material, args.labels, args.listing_text)
    except ValueError as problem:
        print(problem, file=sys.stderr)
        return 2
    if args.catalog:
        held = {row["catalog"] for row in rows}
        absent = [name for name in args.catalog if name not in held]
        if absent:  # a misspelt name would quietly score the other catalogs alone
            print(f"no labelled product of {', '.join(absent)} in these sets", file=sys.stderr)
            return 2
        rows = only_catalogs(rows, args.catalog)
    left_out: list[dict[str, str]] = []
    if args.not_audited:
        kept = without_audited(rows, material.audited_source_ids())
        print(f"Left out {len(rows) - len(kept)} of {len(rows)} labelled products that were in an audit sample")
        kept_keys = {row_key(row) for row in kept}
        left_out = [row for row in rows if row_key(row) not in kept_keys]
        rows = kept
        if not rows:
            print("every labelled product of these sets was in an audit sample: no blind measure is left",
                  file=sys.stderr)
            return 2
    catalogs = list(dict.fromkeys(row["catalog"] for row in rows))
    with tempfile.TemporaryDirectory() as tmp:
        catalog_file = material.write_jsonl(catalog_products(rows, args), Path(tmp) / "labelled.jsonl")
        found = run_json("classify", str(catalog_file), "--format", "json")
        predicted = {p["sku"]: p["classes"] for p in found["products"]}
        if left_out:
            audit_bias(rows, left_out, predicted, args, Path(tmp))
        table(tallies(rows, predicted, skip_unsure=False), catalogs, "All cells")
        table(tallies(rows, predicted, skip_unsure=True), catalogs, "Unsure cells left out")
        open_misses(rows, found["products"])
        if args.errors:
            print("\nProducts with a class wrong (sure cells):")
            print("\n".join(wrong_rows(rows, found["products"])))
        unknown = [p["sku"] for p in found["products"] if not p["established"]]
        print(f"\nLabelled products with no established type: {len(unknown)} of {len(rows)}")
        silent_allows(rows, catalog_file, predicted, titles=not args.counts_only)
    timing(material.real_catalogs(root=args.material))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
