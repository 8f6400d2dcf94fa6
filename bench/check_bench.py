"""Pre-listing check benchmark: latency per listing and batch throughput, all default packs,
with a plain-Python evaluation of the same predicates measured in the same run.

Run: `make bench` (or `.venv/bin/python bench/check_bench.py [--listings N]`).
What is timed, for both engines alike: building the listing facts from the models, evaluating
every routed rule, and building Finding objects for the matches. The plain-Python baseline uses
the conditions' reference semantics (`engine.conditions.evaluate`), so both must find the same
findings, which the script checks.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import synthetic_catalog  # noqa: E402
from crossguard.engine.compiler import GLOBAL, is_effective  # noqa: E402
from crossguard.engine.conditions import evaluate  # noqa: E402
from crossguard.engine.evaluator import Evaluator  # noqa: E402
from crossguard.engine.findings import Finding  # noqa: E402
from crossguard.engine.listing_facts import entry_facts, listing_subject  # noqa: E402
from crossguard.engine.models import CatalogEntry  # noqa: E402

AT = date(2026, 11, 25)


class PlainPython:
    """The same rules evaluated by walking the condition trees in Python: the baseline."""

    def __init__(self, evaluator: Evaluator):
        self.evaluator = evaluator
        self.rules = [rule for pack in evaluator.packs for rule in pack.rules]
        self.jurisdiction = {pack.spec.id: pack.spec.jurisdiction.upper() for pack in evaluator.packs}

    def findings(self, entry: CatalogEntry) -> list[Finding]:
        _, facts = entry_facts(entry, self.evaluator.classifier, AT)
        found = []
        for listing, fact in zip(entry.listings, facts, strict=True):
            for rule in self.rules:
                applies = rule.spec.applies_to
                if rule.kind.name != "listing" or self.jurisdiction[rule.pack_id] not in (fact["region"], GLOBAL):
                    continue
                if applies.markets and fact["market"] not in applies.markets:
                    continue
                if applies.marketplaces and fact["marketplace"] not in applies.marketplaces:
                    continue
                if is_effective(rule, AT) and evaluate(rule.condition, fact):
                    found.append(self.evaluator.finding(rule, fact, listing_subject(listing), {},
                                                        sku=listing.sku, market=listing.market))
        return found


def latency(evaluator: Evaluator, entries: list[CatalogEntry], runs: int) -> tuple[float, float]:
    """One listing per call, as a listing pipeline would call the check."""
    singles = [CatalogEntry(product=e.product, listings=[listing]) for e in entries for listing in e.listings]
    for entry in singles[:500]:
        evaluator.check_entry(entry, AT)
    timings = []
    for index in range(runs):
        entry = singles[index % len(singles)]
        start = time.perf_counter()
        evaluator.check_entry(entry, AT)
        timings.append(time.perf_counter() - start)
    timings.sort()
    return statistics.median(timings) * 1000, timings[int(len(timings) * 0.99)] * 1000


def throughput(fn, entries: list[CatalogEntry]) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    listings = sum(len(e.listings) for e in entries)
    start = time.perf_counter()
    found = sum(len(fn(entry)) for entry in entries)
    return listings / (time.perf_counter() - start), found


def _worker(chunk: list[CatalogEntry], rules: list[Path] | None) -> int:
    evaluator = Evaluator.from_paths(rules)
    return sum(len(evaluator.evaluate_entry(entry, AT)) for entry in chunk)


def parallel_throughput(entries: list[CatalogEntry], processes: int, rules: list[Path] | None) -> float:
    """Process-level parallelism: durable-rules is not thread-safe, so workers are processes."""
    chunks = [entries[i::processes] for i in range(processes)]
    listings = sum(len(e.listings) for e in entries)
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.starmap(_worker, [(chunk, rules) for chunk in chunks])
    return listings / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--listings", type=int, default=100_000)
    parser.add_argument("--latency-runs", type=int, default=20_000)
    parser.add_argument("--rules", type=Path, action="append", help="pack files/folders (default rules/)")
    args = parser.parse_args()
    evaluator = Evaluator.from_paths(args.rules)
    rule_count = sum(len(p.rules) for p in evaluator.packs)
    entries = synthetic_catalog(args.listings // 5)
    total = sum(len(e.listings) for e in entries)
    print(f"packs: {len(evaluator.packs)}, rules: {rule_count}, rulesets: {len(evaluator.rulesets)}")
    print(f"catalog: {len(entries):,} products, {total:,} listings (5 markets)")

    p50, p99 = latency(evaluator, entries, args.latency_runs)
    print(f"latency per listing (check_entry, {args.latency_runs:,} calls): p50 {p50:.3f} ms, p99 {p99:.3f} ms")

    plain = PlainPython(evaluator)
    ours, ours_found = throughput(lambda e: evaluator.evaluate_entry(e, AT), entries)
    base, base_found = throughput(plain.findings, entries)
    print(f"batch throughput, 1 process: crossguard (durable-rules) {ours:,.0f} listings/s, "
          f"plain Python {base:,.0f} listings/s, ratio {base / ours:.2f}x")
    print(f"findings: durable-rules {ours_found:,}, plain Python {base_found:,}"
          + ("" if ours_found == base_found else "  MISMATCH"))
    processes = multiprocessing.cpu_count()
    if processes > 1:
        rate = parallel_throughput(entries, processes, args.rules)
        print(f"batch throughput, {processes} processes (incl. worker start-up): {rate:,.0f} listings/s")


if __name__ == "__main__":
    main()
