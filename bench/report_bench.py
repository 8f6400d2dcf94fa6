"""`crossguard check --format ...` on real Amazon UK toy listings: size and time of each report.

Run: `.venv/bin/python bench/report_bench.py [--rows 1000]` (needs ../shared/material).

The first `--rows` products of the Amazon UK toys sample (bench/amazon_toys.py: title, category,
brand, manufacturer; listed on amazon GB and DE) are written as a crossguard CSV catalog in a
temporary folder, and `crossguard check catalog.csv --at 2026-11-25 --format F` runs once per
format as its own process, the way a pipeline runs it. Printed per format: wall seconds (start-up
and pack compilation included), the child's peak RSS, bytes written, and for SARIF and JUnit
whether the output is valid against the schemas in tests/schemas (when the test extra is installed).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FORMATS = ("text", "json", "jsonl", "sarif", "junit", "github")
COLUMNS = ["sku", "title", "brand", "category", "listing.marketplace", "listing.market",
           "listing.manufacturer_name", "listing.has_image"]


def write_csv(jsonl: Path, out: Path) -> Path:
    """The JSON Lines catalog of bench/amazon_toys.py as CSV: one row per product, `GB;DE` markets."""
    with open(jsonl, encoding="utf-8") as source, open(out, "w", newline="", encoding="utf-8") as target:
        writer = csv.writer(target)
        writer.writerow(COLUMNS)
        for line in source:
            product = json.loads(line)
            listing = product["listings"][0]
            writer.writerow([product["sku"], product["title"], product.get("brand", ""), product.get("category", ""),
                             listing["marketplace"], ";".join(listing["markets"]),
                             listing.get("manufacturer_name", ""), "true"])
    return out


def measure(catalog: Path, output: str, work: Path) -> dict[str, object]:
    target = work / f"report.{output}"
    command = [sys.executable, "-m", "crossguard", "check", str(catalog.name), "--at", "2026-11-25",
               "--format", output]
    started = time.perf_counter()
    with open(target, "wb") as handle:
        process = subprocess.Popen(command, stdout=handle, stderr=subprocess.DEVNULL, cwd=work)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    row: dict[str, object] = {"format": output, "exit": os.waitstatus_to_exitcode(status), "wall_s": round(wall, 2),
                              "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "bytes": target.stat().st_size}
    text = target.read_text(encoding="utf-8")
    try:
        from tests.ci_support import junit_errors, sarif_errors
    except ImportError:  # the test extra is not installed
        return row
    if output == "sarif":
        document = json.loads(text)
        row.update(results=len(document["runs"][0]["results"]), valid=not sarif_errors(document))
    elif output == "junit":
        row.update(valid=not junit_errors(text))
    elif output == "jsonl":
        row.update(lines=text.count("\n"))
    return row


def main() -> None:
    from bench.amazon_toys import SOURCE, write_catalog

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    if not SOURCE.is_file():
        sys.exit(f"{SOURCE} is missing: this benchmark needs ../shared/material")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        catalog = write_csv(write_catalog(work / "toys.jsonl", rows=args.rows), work / "catalog.csv")
        for output in FORMATS:
            print(json.dumps({"rows": args.rows, **measure(catalog, output, work)}), flush=True)


if __name__ == "__main__":
    main()
