"""Build the Home Depot catalog file (`homedepot_us_2026.csv`) from a copy of atlanticwaters/Orange-Catalog.

That repository keeps what a scrape of homedepot.com (December 2025 to January 2026) gave as one `details.json` per
product and one JSON file per category page (its breadcrumbs and the products it lists), not a single export, so
the catalog file is built: one row per product (id, title, brand) with the deepest category page that lists it,
its breadcrumbs joined by " > ". A product no page lists (five category files, tools.json among them, are missing
from the copies this machine fetches) gets an empty category, as an export's row without one would.

    .venv/bin/python -m bench.orange_catalog GIT_DIR OUT.csv [--commit SHA]
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

COMMIT = "3e66673de3f80a4a503bf39f647b7fd1b9e6f1e6"
PRODUCTS = "production data/products/"
CATEGORIES = "production data/categories/"
COLUMNS = ("product_id", "title", "brand", "category")


def build(git_dir: Path, out: Path, commit: str = COMMIT) -> int:
    """Write the catalog file from the repository at `git_dir` (a clone or a bare mirror) at `commit`; the number of
    products. A file listed in the tree but absent from the copy is skipped, as above."""
    blobs = _json_blobs(git_dir, commit)
    documents = _read_blobs(git_dir, blobs)
    categories: dict[str, tuple[int, str]] = {}
    for path, blob in sorted(blobs.items()):
        if path.startswith(CATEGORIES) and blob in documents:
            _file_category(documents[blob], categories)
    rows = []
    for path, blob in sorted(blobs.items()):
        if path.startswith(PRODUCTS) and path.endswith("/details.json") and blob in documents:
            item = documents[blob]
            product_id = str(item.get("productId") or "")
            brand = (item.get("brand") or {}).get("name") or ""
            rows.append((product_id, item.get("title") or "", brand, categories.get(product_id, (0, ""))[1]))
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return len(rows)


def _file_category(page: dict[str, Any], categories: dict[str, tuple[int, str]]) -> None:
    """Record the page's path for every product it lists, unless a deeper page already did."""
    labels = [crumb.get("label", "") for crumb in page.get("breadcrumbs") or [] if crumb.get("label")]
    for listed in page.get("products") or []:
        product_id = str(listed.get("productId") or "")
        if product_id and len(labels) > categories.get(product_id, (0, ""))[0]:
            categories[product_id] = (len(labels), " > ".join(labels))


def _json_blobs(git_dir: Path, commit: str) -> dict[str, str]:
    """Path -> blob id of every JSON file under the product and category folders at `commit`."""
    listing = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-z", commit, "--",
                              PRODUCTS, CATEGORIES], check=True, capture_output=True).stdout
    blobs: dict[str, str] = {}
    for entry in listing.split(b"\0"):
        if entry:
            meta, _, path = entry.decode("utf-8").partition("\t")
            if path.endswith(".json"):
                blobs[path] = meta.split()[2]
    return blobs


def _read_blobs(git_dir: Path, blobs: dict[str, str]) -> dict[str, Any]:
    """Blob id -> parsed JSON object for every blob the copy holds (`git cat-file --batch`: one process, not one per
    file); a ValueError naming the file when one is not JSON or not an object."""
    paths = {blob: path for path, blob in blobs.items()}
    batch = subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
                           input="".join(f"{blob}\n" for blob in paths).encode(), check=True,
                           capture_output=True).stdout
    documents: dict[str, Any] = {}
    at = 0
    while at < len(batch):
        end = batch.index(b"\n", at)
        header = batch[at:end].decode().split()
        at = end + 1
        if header[-1] == "missing":
            continue
        size = int(header[2])
        try:
            document = json.loads(batch[at:at + size])
        except ValueError as error:
            raise ValueError(f"{paths[header[0]]}: not JSON ({error})") from None
        if not isinstance(document, dict):
            raise ValueError(f"{paths[header[0]]}: not a JSON object")
        documents[header[0]] = document
        at += size + 1
    return documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("git_dir", type=Path, help="a clone's .git folder or a bare mirror of the repository")
    parser.add_argument("out", type=Path)
    parser.add_argument("--commit", default=COMMIT)
    args = parser.parse_args(argv)
    try:
        count = build(args.git_dir, args.out, args.commit)
    except subprocess.CalledProcessError as error:
        print(f"{args.git_dir}: git failed: {error.stderr.decode(errors='replace').strip()}", file=sys.stderr)
        return 2
    except ValueError as error:
        print(f"{args.git_dir}: {error}", file=sys.stderr)
        return 2
    print(f"{count} products -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
