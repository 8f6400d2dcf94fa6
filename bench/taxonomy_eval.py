"""Score `crossguard classify` on categories of a product taxonomy (Google's, Shopify's): catalogs filed another way.

Usage: .venv/bin/python bench/taxonomy_eval.py --taxonomy FILE [--labels DIR] [--path-only] [--counts-only]

Google Shopping feeds and Shopify stores file each product under a path of the Google product taxonomy, and a
category path outranks the title in the classifier's signals: a path read wrong misreads every product a store
files under it. `bench/labels/gtax-1` and `gtax-2` (the default; still blind) each hold 300 paths drawn from the 5,574
below the top level and labelled blind twice, as the typical product a shop files there (bench/labels/README.md). Each
labelled path becomes a product whose category is the path and whose title is its last segment, scored like
bench/classify_eval.py (all cells, then unsure cells left out), with the silent-allow count in US, GB and DE.
`--path-only` gives the products no title: a title that repeats the path's last segment makes the classifier drop
that segment (Flipkart ends its paths with the title), so the path alone is the shelf's own reading.

`bench/labels/stax-1` and `stax-2` hold 300 paths each of Shopify's own Standard Product Taxonomy (2025-01), which grew
out of Google's (`stax-2` is the blind one since stop 34; bench/labels/README.md).

FILE is Google's `taxonomy-with-ids.en-US.txt` (lines "ID - A > B > C"; google.com/basepages/producttype/), Shopify's
`dist/en/categories.txt` (github.com/Shopify/product-taxonomy) or a CSV with columns id,path. The taxonomy is not in
this repository; without it the script exits 2. A labelled row whose id is not in the taxonomy or whose class cell is
not 0 or 1 is named (file, line, field) and left out; the rest are scored and the exit code is 1.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import material  # noqa: E402
from bench.classify_eval import CLASS_MAP, row_key, run_json, silent_allows, table, tallies  # noqa: E402
from bench.taxonomy_audit import TaxonomyError, taxonomy_by_id  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels" / "gtax-2"  # blind; gtax-1 was read in stop 32
CLASS_NAMES = tuple(CLASS_MAP)


def labelled_rows(folder: Path, taxonomy: dict[str, str]) -> tuple[list[dict[str, str]], list[str]]:
    """The labelled paths as classify_eval rows (sku = the category id, title = the last segment), and a problem
    naming file, line and field for each row left out (an id not in the taxonomy, a class cell not 0 or 1)."""
    rows: list[dict[str, str]] = []
    problems: list[str] = []
    for name in sorted(folder.glob("*-labels.csv")):
        with open(name, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [column for column in ("id", *CLASS_NAMES) if column not in (reader.fieldnames or ())]
            if missing:
                problems.append(f"{name}: line 1: missing column(s) {', '.join(missing)}; file skipped")
                continue
            for row in reader:
                where = f"{name}: line {reader.line_num}"
                bad = [label for label in CLASS_NAMES if row[label] not in ("0", "1")]
                if row["id"] not in taxonomy:
                    problems.append(f"{where}: field id: {row['id']!r} is not in the taxonomy; row skipped")
                elif bad:
                    problems.append(f"{where}: field {bad[0]}: {row[bad[0]]!r} is not 0 or 1; row skipped")
                else:
                    path = taxonomy[row["id"]]
                    catalog = name.name.removesuffix("-labels.csv")  # google_taxonomy, shopify_taxonomy
                    rows.append({**row, "catalog": catalog, "sku": row["id"], "category": path,
                                 "title": path.rsplit(">", 1)[-1].strip(), "brand": ""})
    return rows, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taxonomy", type=Path, required=True, help="taxonomy-with-ids.en-US.txt or an id,path CSV")
    parser.add_argument("--labels", type=Path, default=LABELS, help="a folder of *-labels.csv (n,id,classes...)")
    parser.add_argument("--path-only", action="store_true", help="no title: the category path alone")
    parser.add_argument("--counts-only", action="store_true", help="print no category paths (a blind set stays blind)")
    args = parser.parse_args()
    if not args.labels.is_dir():
        print(f"no labels folder at {args.labels}", file=sys.stderr)
        return 2
    try:
        taxonomy = taxonomy_by_id(args.taxonomy)
    except TaxonomyError as error:
        print(error, file=sys.stderr)
        return 2
    rows, problems = labelled_rows(args.labels, taxonomy)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not rows:
        print(f"no labelled rows to score in {args.labels}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        products = [material.product(row_key(row), "" if args.path_only else row["title"], row["category"], "",
                                     "amazon", ("US", "GB", "DE")) for row in rows]
        catalog_file = material.write_jsonl(products, Path(tmp) / "taxonomy.jsonl")
        found = run_json("classify", str(catalog_file), "--format", "json")
        predicted = {p["sku"]: p["classes"] for p in found["products"]}
        catalogs = sorted({row["catalog"] for row in rows})  # the labels files' names: google_taxonomy, ...
        table(tallies(rows, predicted, skip_unsure=False), catalogs, "All cells")
        table(tallies(rows, predicted, skip_unsure=True), catalogs, "Unsure cells left out")
        unknown = [p["sku"] for p in found["products"] if not p["established"]]
        print(f"\nLabelled paths with no established type: {len(unknown)} of {len(rows)}")
        silent_allows(rows, catalog_file, predicted, titles=not args.counts_only)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
