"""Workspace benchmark: page and API latency on a register of realistic size, over real HTTP.

Run: `.venv/bin/python bench/workspace_bench.py [--products 4000] [--requests 20] [--db URL]`.

Builds a register from the synthetic catalog (bench/synthetic.py, 5 markets per product, the
real rule packs), serves it with uvicorn on 127.0.0.1 in this process (one worker), logs in as an
officer and times each page and API route ``--requests`` times after one warm-up: the dashboard,
the findings list (first page, a filtered page, a deep page), a finding, the CSV and XLSX exports
of a filter, GET /v1/findings, GET /v1/summary and POST /v1/check. Then one bulk waiver of every
finding of the most frequent rule, through the confirmation. Prints p50/p95/max in milliseconds.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import synthetic_catalog  # noqa: E402
from crossguard.accounts.models import Role, Scope  # noqa: E402
from crossguard.accounts.tokens import create_token  # noqa: E402
from crossguard.accounts.users import add_user  # noqa: E402
from crossguard.engine.evaluator import Evaluator  # noqa: E402
from crossguard.register import queries  # noqa: E402
from crossguard.register.scan import run_scan  # noqa: E402
from crossguard.service.options import ServiceOptions  # noqa: E402
from crossguard.store.db import make_engine  # noqa: E402
from crossguard.store.migrate import upgrade_to_head  # noqa: E402
from tests.service_support import serving, write_config  # noqa: E402

AT = date(2026, 11, 25)
PASSWORD = "bench-password-1"


def build(db_url: str, products: int) -> tuple[int, str]:
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    evaluator = Evaluator.from_paths(None)
    started = time.perf_counter()
    run_scan(engine, synthetic_catalog(products), lambda batch: [evaluator.evaluate_entry(e, AT) for e in batch],
             pack_versions=evaluator.pack_versions, scan_date=AT)
    add_user(engine, "bench", Role.officer, PASSWORD)
    token = create_token(engine, "bench", Scope.write, "bench")[1]
    check_token = create_token(engine, "bench-check", Scope.check, "bench")[1]
    with engine.connect() as conn:
        total = queries.count_findings(conn, queries.Filters(statuses=[]))
    engine.dispose()
    print(f"register: {total} findings from {products} products x 5 markets, scanned in "
          f"{time.perf_counter() - started:.1f} s", flush=True)
    return total, f"{token} {check_token}"


def timed(client: httpx.Client, method: str, url: str, runs: int, **kwargs: object) -> list[float]:
    client.request(method, url, **kwargs).raise_for_status()  # warm-up
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        client.request(method, url, **kwargs).raise_for_status()
        out.append((time.perf_counter() - started) * 1000)
    return out


def report(name: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    print(f"{name:<34} p50 {statistics.median(ordered):8.1f} ms  p95 {p95:8.1f} ms  max {ordered[-1]:8.1f} ms")


#: (what is measured, "web" or "api", path); exports run a quarter as often (they are the slow ones).
PAGES = [
    ("GET / (dashboard)", "web", "/"),
    ("GET /findings (page 1)", "web", "/findings"),
    ("GET /findings?severity=high&market=DE", "web", "/findings?severity=high&market=DE"),
    ("GET /findings?page=50&sort=due", "web", "/findings?page=50&sort=due"),
    ("GET /findings/{id}", "web", "/findings/1"),
    ("GET /findings.csv?severity=high", "web", "/findings.csv?severity=high"),
    ("GET /findings.xlsx?severity=high", "web", "/findings.xlsx?severity=high"),
    ("GET /v1/findings?per_page=100", "api", "/v1/findings?per_page=100"),
    ("GET /v1/summary", "api", "/v1/summary"),
]


def bulk_waive(web: httpx.Client, api: httpx.Client, total: int) -> None:
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', web.get("/findings").text).group(1)  # rotated at login
    rules = Counter(f["rule_id"] for f in api.get("/v1/findings?per_page=500").json()["items"])
    rule = rules.most_common(1)[0][0]
    form = {"csrf_token": csrf, "filter": f"rule={rule}", "action": "waive", "reason": "bench",
            "until": str(date.today() + timedelta(days=30))}
    started = time.perf_counter()
    web.post("/findings/bulk", data=form).raise_for_status()
    confirm_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    done = web.post("/findings/bulk", data={**form, "confirm": "yes"}, follow_redirects=False)
    changed = re.search(r"done=(\d+)", done.headers["location"]).group(1)
    print(f"bulk waive of rule {rule}: confirmation {confirm_ms:.0f} ms, {changed} findings changed in "
          f"{(time.perf_counter() - started) * 1000:.0f} ms (of {total} in the register)")


def check_body() -> dict:
    product = synthetic_catalog(1)[0]
    return {"product": product.product.model_dump(mode="json", exclude_none=True),
            "listings": [item.model_dump(mode="json", exclude_none=True) for item in product.listings]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=4000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--db", default=None, help="database URL (default: a SQLite file in a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="crossguard-bench-") as tmp:
        db_url = args.db or f"sqlite:///{tmp}/bench.db"
        total, tokens = build(db_url, args.products)
        write_token, check_token = tokens.split()
        options = ServiceOptions(db_url=db_url, config=str(write_config(Path(tmp))))
        with serving(options) as url, httpx.Client(base_url=url, timeout=120) as web:
            csrf = re.search(r'name="csrf_token" value="([^"]+)"', web.get("/login").text).group(1)
            web.post("/login", data={"username": "bench", "password": PASSWORD, "csrf_token": csrf})
            api = httpx.Client(base_url=url, timeout=120, headers={"Authorization": f"Bearer {write_token}"})
            high = api.get("/v1/findings?severity=high&per_page=1").json()["total"]
            print(f"(severity=high, active: {high} findings: the exports' size)")
            for name, which, path in PAGES:
                runs = max(3, args.requests // 4) if "export" in name or "." in path.split("?")[0] else args.requests
                report(name, timed(web if which == "web" else api, "GET", path, runs))
            report("POST /v1/check (5 listings)", timed(api, "POST", "/v1/check", args.requests, json=check_body(),
                                                         headers={"Authorization": f"Bearer {check_token}"}))
            bulk_waive(web, api, total)


if __name__ == "__main__":
    main()
