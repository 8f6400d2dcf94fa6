"""Pre-listing check benchmark: the public check API per listing, beside plain Python doing the matching.

Run: `make bench` (or `.venv/bin/python bench/check_bench.py [--products N] [--rounds R]`).

Three things are timed, interleaved round by round on the same synthetic listings (bench/synthetic.py,
5 markets) at the default packs, one listing per call as a listing pipeline calls the check:

* ``check_entry``: the public API (facts, durable-rules, findings with messages and evidence, the
  decision); ``decide_entry``: the decision-only path (findings rendered only when asked for);
* ``python match``: the same listing rules written out as plain Python `if` tests
  (bench/translate.py: generated from the packs, as a person would write them by hand), matching
  only, on facts built beforehand: what the predicates themselves cost;
* ``check_entry, Python matching``: the public API with the durable-rules round trip replaced by that
  Python matcher, so the engine's share of the check is the difference between the two check rows.

Before timing, every listing's matched rules from durable-rules and from the Python matcher are
compared, and the script stops on any difference. Times are this process's CPU time per call
(`time.process_time`), so other processes on the shared machine do not inflate them; the load
average is printed beside them. Product facts are cached by content: in the
``cold`` rows every call is a product not seen before (each listing is a copy of its product under
a new SKU), in the ``warm`` rows products repeat as a catalog's listings do (the 5 markets of each).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import synthetic_catalog  # noqa: E402
from bench.translate import listing_rules, python_matcher  # noqa: E402
from crossguard.engine.evaluator import Evaluator  # noqa: E402
from crossguard.engine.finding_builder import RuleOutput  # noqa: E402
from crossguard.engine.listing_facts import entry_facts  # noqa: E402
from crossguard.engine.models import CatalogEntry  # noqa: E402

AT = date(2026, 11, 25)


class PythonMatching(Evaluator):
    """The public API with matching done by the plain-Python matcher instead of durable-rules."""

    def __init__(self, evaluator: Evaluator, match: Callable[[dict[str, Any]], list[str]]):  # noqa: D107
        self.__dict__.update(evaluator.__dict__)
        self.product_facts = type(evaluator.product_facts)(evaluator.classifier)
        self._match = match

    def matched_outputs(self, kind: str, fact: dict[str, Any], product: Any = None) -> list[RuleOutput]:
        return [self._outputs[rule_id] for rule_id in self._match(fact)]


def singles(entries: list[CatalogEntry], cold: bool) -> list[CatalogEntry]:
    """One listing per entry; ``cold``: each under its own SKU, so the product-facts cache never hits."""
    out = []
    for entry in entries:
        for index, listing in enumerate(entry.listings):
            product = entry.product
            if cold:
                sku = f"{product.sku}-{index}"
                product = product.model_copy(update={"sku": sku})
                listing = listing.model_copy(update={"sku": sku})
            out.append(CatalogEntry(product=product, listings=[listing]))
    return out


def check_agreement(evaluator: Evaluator, match: Callable[[dict[str, Any]], list[str]],
                    entries: list[CatalogEntry]) -> int:
    """Matched (listing, rule) pairs from durable-rules and from the Python matcher; exits on a difference."""
    pairs = 0
    for entry in entries:
        _, facts = entry_facts(entry, evaluator.classifier, AT)
        for fact in facts:
            engine = sorted(output.rule.id for output in evaluator.matched_outputs("listing", fact))
            python = sorted(match(fact))
            if engine != python:
                raise SystemExit(f"MISMATCH on {fact['sku']} {fact['market']}: engine {engine}, python {python}")
            pairs += len(engine)
    return pairs


def timed(call: Callable[[Any], Any], items: list[Any]) -> list[float]:
    timings = []
    clock = time.process_time  # CPU time: the machine is shared, another process's load is not ours
    for item in items:
        start = clock()
        call(item)
        timings.append(clock() - start)
    return timings


def summary(timings: list[float]) -> tuple[float, float, float]:
    """p50 and p99 in microseconds, and calls per second (from the total)."""
    ordered = sorted(timings)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered) * 1e6, p99 * 1e6, len(ordered) / sum(ordered)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=4000, help="5 listings each")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (figures: the median round)")
    parser.add_argument("--rules", type=Path, action="append", help="pack files/folders (default rules/)")
    args = parser.parse_args()
    evaluator = Evaluator.from_paths(args.rules)
    rules = listing_rules(evaluator.packs)
    match = python_matcher(rules)
    python_api = PythonMatching(evaluator, match)
    entries = synthetic_catalog(args.products)
    routes = {region: len(evaluator._route("listing", region).rulesets) for region in ("EU", "GB", "US")}
    print(f"packs: {len(evaluator.packs)}, listing rules: {len(rules)}, rulesets per listing: {routes}; "
          f"{len(entries) * 5:,} listings; load average {os.getloadavg()[0]:.2f} (2-core machine)")
    pairs = check_agreement(evaluator, match, entries)
    print(f"agreement: durable-rules and the Python matcher find the same {pairs:,} (listing, rule) pairs")

    facts = [fact for entry in entries for fact in entry_facts(entry, evaluator.classifier, AT)[1]]
    cold, warm = singles(entries, cold=True), singles(entries, cold=False)
    cases: dict[str, tuple[Callable[[Any], Any], Callable[[], list[Any]]]] = {
        "check_entry (cold)": (lambda e: evaluator.check_entry(e, AT), lambda: cold),
        "check_entry (warm)": (lambda e: evaluator.check_entry(e, AT), lambda: warm),
        "decide_entry (warm)": (lambda e: evaluator.decide_entry(e, AT), lambda: warm),
        "check_entry, Python matching (warm)": (lambda e: python_api.check_entry(e, AT), lambda: warm),
        "durable-rules match only": (lambda f: evaluator.matched_outputs("listing", f), lambda: facts),
        "python match only": (match, lambda: facts),
    }
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
    for round_number in range(args.rounds):
        for name, (call, items) in cases.items():
            if round_number == 0 or "cold" in name:  # a fresh cache for every cold round
                evaluator.product_facts._items.clear()
                python_api.product_facts._items.clear()
            gc.collect()
            results[name].append(summary(timed(call, items())))
    print(f"\n{'per listing, one listing per call':<40}{'p50 us':>9}{'p99 us':>9}{'listings/s':>12}")
    for name, rounds in results.items():
        p50, p99, rate = sorted(rounds)[len(rounds) // 2]
        print(f"{name:<40}{p50:>9.1f}{p99:>9.1f}{rate:>12,.0f}")
    engine = sorted(results["check_entry (warm)"])[args.rounds // 2][0]
    python = sorted(results["check_entry, Python matching (warm)"])[args.rounds // 2][0]
    print(f"\nthe durable-rules round trip is {engine - python:.1f} us of the warm check's {engine:.1f} us p50 "
          f"({(engine - python) / engine:.0%})")


if __name__ == "__main__":
    main()
