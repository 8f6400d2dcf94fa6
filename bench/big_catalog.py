"""Peak memory of `check --format jsonl` and `scan` on a generated catalog of a million listings.

Run: `.venv/bin/python bench/big_catalog.py [--listings 1000000] [--formats csv,jsonl] [--commands check,scan]
[--dir DIR] [--workers 1]`.

What it does: writes a CSV catalog (one row per listing) and a JSON Lines catalog (one product per
line) with ``--listings`` listings: products of the synthetic kinds (bench/synthetic.py) listed in
four markets. The CSV is written market by market, so a SKU's four rows are a quarter of the file
apart: the worst case for grouping rows by SKU. Then, each in its own process, so the peak is that
command's own: ``crossguard check FILE --format jsonl > /dev/null`` and ``crossguard scan --catalog
FILE --db sqlite:///...`` (a new register each time, ``--workers`` processes). Peak memory is the
child's own VmHWM, which it writes to stderr as it exits: ``ru_maxrss`` from ``os.wait4`` would
count the pages the child shares with this process between fork and exec (Linux keeps the
pre-exec high-water mark), so it is printed beside it only as an upper bound. With scan workers,
the main process only. Target: at most 500 MB whatever the catalog's size. The files are kept in
``--dir`` (default: a temporary folder, removed at the end) and reused when they are already there.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.synthetic import KINDS  # noqa: E402 - the repository root first

MARKETS = ("DE", "FR", "GB", "US")
AT = "2026-11-25"
TARGET_MB = 500
COLUMNS = ["sku", "title", "brand", "mains_voltage_v", "voltage_type", "radio", "battery.chemistry",
           "battery.capacity_wh", "for_children", "age_min_years", "textile", "certificates", "price", "stock",
           "listing.marketplace", "listing.market", "listing.manufacturer_name", "listing.manufacturer_address",
           "listing.manufacturer_country", "listing.has_image", "listing.economic_operator.name",
           "listing.economic_operator.role", "listing.economic_operator.country", "listing.epr.de_weee"]


def _product(number: int, rng: random.Random) -> dict:
    title, attributes, tokens = KINDS[number % len(KINDS)]
    held = [t for t in tokens if rng.random() < 0.8]
    product = {"sku": f"SKU-{number:07d}", "title": f"{title} #{number}", "brand": "Example",
               "certificates": "|".join(f"{t}@2024-01-10..2029-01-10#DOC-{number}" for t in held)}
    battery = attributes.get("battery") or {}
    for column in ("mains_voltage_v", "voltage_type", "for_children", "age_min_years", "textile"):
        product[column] = attributes.get(column, "")
    product["radio"] = ";".join(attributes.get("radio", []))
    product["battery.chemistry"] = battery.get("chemistry", "")
    product["battery.capacity_wh"] = battery.get("capacity_wh", "")
    return product


def _listing(number: int, market: str, rng: random.Random) -> dict:
    represented = rng.random() < 0.8
    return {"listing.marketplace": rng.choice(["amazon", "ebay", "shopify"]), "listing.market": market,
            "listing.manufacturer_name": "Shenzhen Example Co.", "listing.manufacturer_address": "1 Example Rd",
            "listing.manufacturer_country": "CN", "listing.has_image": "true",
            "listing.economic_operator.name": "EU Rep GmbH" if represented else "",
            "listing.economic_operator.role": "authorised_representative" if represented else "",
            "listing.economic_operator.country": "DE" if represented else "",
            "listing.epr.de_weee": "DE12345678" if rng.random() < 0.7 else ""}


def write_csv(path: Path, listings: int) -> None:
    products = listings // len(MARKETS)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        for market in MARKETS:  # market by market: a SKU's rows are far apart
            rng = random.Random(7)
            for number in range(products):
                writer.writerow({**_product(number, rng), "price": f"{10 + number % 90}.99", "stock": number % 50,
                                 **_listing(number, market, rng)})


def write_jsonl(path: Path, listings: int) -> None:
    products = listings // len(MARKETS)
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(products):
            row = {key: value for key, value in _product(number, rng).items() if value != ""}
            product: dict = {}
            for key, value in row.items():
                if "." in key:
                    outer, inner = key.split(".", 1)
                    product.setdefault(outer, {})[inner] = value
                else:
                    product[key] = value
            for key in ("radio",):
                if key in product:
                    product[key] = product[key].split(";")
            product["certificates"] = [_certificate(token) for token in row.get("certificates", "").split("|") if token]
            product["listings"] = []
            for market in MARKETS:
                flat = _listing(number, market, rng)
                listing = {"marketplace": flat["listing.marketplace"], "market": market,
                           "manufacturer_name": flat["listing.manufacturer_name"],
                           "manufacturer_address": flat["listing.manufacturer_address"],
                           "manufacturer_country": "CN", "has_image": True}
                if flat["listing.economic_operator.name"]:
                    listing["economic_operator"] = {"name": "EU Rep GmbH", "role": "authorised_representative",
                                                    "country": "DE"}
                product["listings"].append(listing)
            handle.write(json.dumps(product) + "\n")


def _certificate(token: str) -> dict:
    head, _, reference = token.partition("#")
    scheme_dirs, _, dates = head.partition("@")
    scheme, _, directives = scheme_dirs.partition(":")
    issued, _, expires = dates.partition("..")
    return {"scheme": scheme, "directives": directives.split("+") if directives else [], "issued": issued,
            "expires": expires, "reference": reference}


#: Runs the crossguard CLI and, as the process exits, writes its own peak RSS to stderr.
WRAPPER = """
import atexit, re, sys
def peak():
    status = open("/proc/self/status").read()
    sys.stderr.write("\\npeak_kb=" + re.search(r"VmHWM:\\s+(\\d+)", status).group(1) + "\\n")
atexit.register(peak)
from crossguard.cli import main
sys.argv = ["crossguard", *sys.argv[1:]]
main()
"""


def run(arguments: list[str]) -> tuple[int, float, float, float]:
    """Exit code, seconds, own peak RSS (MB) and wait4's ru_maxrss (MB) of one crossguard command; stdout dropped."""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", WRAPPER, *arguments], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    assert child.stderr is not None
    stderr = child.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(child.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    found = re.search(r"peak_kb=(\d+)", stderr)
    if code not in (0, 1, 2) or not found:
        sys.stderr.write(stderr[-2000:])
    return code, time.monotonic() - started, int(found.group(1)) / 1024 if found else 0.0, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=1_000_000)
    parser.add_argument("--formats", default="csv,jsonl")
    parser.add_argument("--commands", default="check,scan")
    parser.add_argument("--dir", type=Path, default=None, help="keep the generated files here")
    parser.add_argument("--workers", type=int, default=1, help="scan --workers")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="crossguard-big-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{args.listings:,} listings ({args.listings // len(MARKETS):,} products x {len(MARKETS)} markets), "
          f"files in {folder}")
    print(f"{'format':7} {'command':20} {'MB file':>8} {'seconds':>8} {'peak MB':>8} {'maxrss':>8} {'exit':>5}  "
          f"target: peak <= {TARGET_MB} MB")
    try:
        for fmt in args.formats.split(","):
            path = folder / f"catalog-{args.listings}.{fmt}"
            if not path.exists():
                (write_csv if fmt == "csv" else write_jsonl)(path, args.listings)
            size = path.stat().st_size / 1e6
            for command in args.commands.split(","):
                if command == "check":
                    argv = ["check", str(path), "--format", "jsonl", "--at", AT]
                else:
                    db = folder / f"register-{fmt}.db"
                    for stale in folder.glob(f"register-{fmt}.db*"):
                        stale.unlink()
                    argv = ["scan", "--catalog", str(path), "--db", f"sqlite:///{db}", "--at", AT, "-q",
                            "--workers", str(args.workers)]
                code, seconds, peak, maxrss = run(argv)
                label = "check --format jsonl" if command == "check" else f"scan -w {args.workers}"
                flag = "" if peak <= TARGET_MB else "  over target"
                print(f"{fmt:7} {label:20} {size:8.0f} {seconds:8.1f} {peak:8.0f} {maxrss:8.0f} {code:5}{flag}",
                      flush=True)
    finally:
        if args.dir is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
