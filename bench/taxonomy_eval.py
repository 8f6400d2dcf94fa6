"""Score `crossguard classify` on categories of the Google product taxonomy: catalogs filed another way.

Usage: .venv/bin/python bench/taxonomy_eval.py --taxonomy FILE [--labels DIR] [--path-only] [--counts-only]

Google Shopping feeds and Shopify stores file each product under a path of the Google product taxonomy, and a
category path outranks the title in the classifier's signals: a path read wrong misreads every product a store
files under it. `bench/labels/gtax-1` holds 300 paths drawn with `random.Random(323232)` from the 5,574 below the
top level and labelled blind twice, each as the typical product a shop files there (bench/labels/README.md). Each
labelled path becomes a product whose category is the path and whose title is its last segment, scored like
bench/classify_eval.py (all cells, then unsure cells left out), with the silent-allow count in US, GB and DE.
`--path-only` gives the products no title: a title that repeats the path's last segment makes the classifier drop
that segment (Flipkart ends its paths with the title), so the path alone is the shelf's own reading.

FILE is Google's `taxonomy-with-ids.en-US.txt` (lines "ID - A > B > C"; google.com/basepages/producttype/) or a
CSV with columns id,path. The taxonomy is not in this repository; without it the script exits 2.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import material  # noqa: E402
from bench.classify_eval import CLASS_MAP, run_json, silent_allows, table, tallies  # noqa: E402
from bench.taxonomy_audit import TaxonomyError, taxonomy_by_id  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels" / "gtax-1"
CATALOG = "google_taxonomy"
CLASS_NAMES = tuple(CLASS_MAP)


def labelled_rows(folder: Path, taxonomy: dict[str, str]) -> list[dict[str, str]]:
    """The labelled paths as classify_eval rows: sku = the category id, title = the last segment."""
    rows = []
    for name in sorted(folder.glob("*-labels.csv")):
        with open(name, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["id"] not in taxonomy:
                    raise SystemExit(f"{name}: line {int(row['n']) + 1}: field id: {row['id']} is not in the taxonomy")
                path = taxonomy[row["id"]]
                rows.append({**row, "catalog": CATALOG, "sku": row["id"], "category": path,
                             "title": path.rsplit(">", 1)[-1].strip(), "brand": ""})
    return rows


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
    rows = labelled_rows(args.labels, taxonomy)
    with tempfile.TemporaryDirectory() as tmp:
        products = [material.product(row["sku"], "" if args.path_only else row["title"], row["category"], "",
                                     "amazon", ("US", "GB", "DE")) for row in rows]
        catalog_file = material.write_jsonl(products, Path(tmp) / "taxonomy.jsonl")
        found = run_json("classify", str(catalog_file), "--format", "json")
        predicted = {p["sku"]: p["classes"] for p in found["products"]}
        table(tallies(rows, predicted, skip_unsure=False), [CATALOG], "All cells")
        table(tallies(rows, predicted, skip_unsure=True), [CATALOG], "Unsure cells left out")
        unknown = [p["sku"] for p in found["products"] if not p["established"]]
        print(f"\nLabelled paths with no established type: {len(unknown)} of {len(rows)}")
        silent_allows(rows, catalog_file, predicted, titles=not args.counts_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
