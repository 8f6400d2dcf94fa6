"""Pre-listing check benchmark: the public check API per listing, beside plain Python doing the matching.

Run: `make bench` (or `.venv/bin/python bench/check_bench.py [--products N] [--rounds R] [--real N]`).

Three things are timed, interleaved round by round on the same synthetic listings (bench/synthetic.py,
5 markets) at the default packs, one listing per call as a listing pipeline calls the check:

* ``check_entry``: the public API (facts, durable-rules, findings with messages and evidence, the
  decision); ``decide_entry``: the decision-only path (findings rendered only when asked for);
* ``python match``: the same listing rules written out as plain Python `if` tests
  (bench/translate.py: generated from the packs, as a person would write them by hand), matching
  only, on facts built beforehand: what the predicates themselves cost;
* ``check_entry, Python matching``: the public API with the durable-rules round trip replaced by that
  Python matcher, so the engine's share of the check is the difference between it and the memo-miss row.

Before timing, every listing's matched rules from durable-rules and from the Python matcher are
compared, and the script stops on any difference. Times are this process's CPU time per call
(`time.process_time`), so other processes on the shared machine do not inflate them; the load
average is printed beside them. Product facts are cached by content: in the
``cold`` rows every call is a product not seen before (each listing is a copy of its product under
a new SKU), in the ``warm`` rows products repeat as a catalog's listings do (the 5 markets of each).

The engine's answers are memoised by the exact payload it is sent (engine/match_memo.py), so each
check row says which memo it ran with: ``memo miss`` (the memo keeps nothing: every listing goes to
durable-rules), ``memo hit`` (every payload answered before: the same listings checked a second
time) and ``memo as it comes`` (emptied before each round, so a payload's first listing misses and
later ones hit, as in one pass over a catalog; the hit rate is printed). The hit rate of one pass
over the real catalogs in ../shared/material is printed too, when they are there (``--real``).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import synthetic_catalog  # noqa: E402
from bench.translate import listing_rules, python_matcher  # noqa: E402
from crossguard.engine.evaluator import Evaluator  # noqa: E402
from crossguard.engine.listing_facts import entry_facts  # noqa: E402
from crossguard.engine.match_memo import Match  # noqa: E402
from crossguard.engine.models import CatalogEntry  # noqa: E402

AT = date(2026, 11, 25)


class PythonMatching(Evaluator):
    """The public API with matching done by the plain-Python matcher instead of durable-rules (no memo)."""

    def __init__(self, evaluator: Evaluator, match: Callable[[dict[str, Any]], list[str]]):  # noqa: D107
        self.__dict__.update(evaluator.__dict__)
        self.product_facts = type(evaluator.product_facts)(evaluator.classifier)
        self._match = match

    def match(self, kind: str, fact: dict[str, Any], product: Any = None) -> Match:
        shape = self._shape(kind, str(fact.get("region", "")))
        return Match(tuple(self._outputs[rule_id] for rule_id in self._match(fact)), shape.fixed)


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


def memo_hit_rate(evaluator: Evaluator, entries: list[CatalogEntry]) -> tuple[int, float]:
    """Listings checked and the memo's hit rate over one pass of whole entries, the memo emptied first."""
    evaluator.memo.clear()
    listings = 0
    for entry in entries:
        listings += len(evaluator.check_entry(entry, AT))
    return listings, evaluator.memo.hit_rate


def real_hit_rates(evaluator: Evaluator, products: int) -> None:
    """The memo's hit rate on the real catalogs of ../shared/material: as exported, and in the 5 markets."""
    from bench import material
    from bench.synthetic import MARKETS
    from crossguard.engine.catalog import load_catalog

    if not (material.MATERIAL / material.BESTBUY).exists():
        print(f"real catalogs: {material.MATERIAL} absent, hit rate not measured")
        return
    with tempfile.TemporaryDirectory() as folder:
        for label, markets in (("own markets", None), ("5 markets", MARKETS)):
            rows = material.real_catalogs(markets)
            if products:
                rows = rows[:: max(1, len(rows) // products)][:products]
            entries = load_catalog([material.write_jsonl(rows, Path(folder) / "real.jsonl")]).entries
            listings, rate = memo_hit_rate(evaluator, entries)
            print(f"memo hit rate, real catalogs ({len(entries):,} products, {label}): {rate:.1%} of {listings:,} "
                  f"listings ({len(evaluator.memo):,} payloads kept, at most {evaluator.memo.size:,})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=4000, help="5 listings each")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (figures: the median round)")
    parser.add_argument("--rules", type=Path, action="append", help="pack files/folders (default rules/)")
    parser.add_argument("--real", type=int, default=0, metavar="N",
                        help="real-catalog hit rate on N products spread over the catalogs (0: all; -1: skip)")
    args = parser.parse_args()
    evaluator = Evaluator.from_paths(args.rules)
    memo_size = evaluator.memo.size
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
    check = lambda e: evaluator.check_entry(e, AT)  # noqa: E731
    # name -> (call, items, memo: "miss" keeps nothing, "hit" answers from a full memo, "pass" empties it first)
    cases: dict[str, tuple[Callable[[Any], Any], Callable[[], list[Any]], str]] = {
        "check_entry (cold, memo miss)": (check, lambda: cold, "miss"),
        "check_entry (warm, memo miss)": (check, lambda: warm, "miss"),
        "check_entry (warm, memo as it comes)": (check, lambda: warm, "pass"),
        "check_entry (warm, memo hit)": (check, lambda: warm, "hit"),
        "decide_entry (warm, memo as it comes)": (lambda e: evaluator.decide_entry(e, AT), lambda: warm, "pass"),
        "check_entry, Python matching (warm)": (lambda e: python_api.check_entry(e, AT), lambda: warm, "miss"),
        "durable-rules match only (memo miss)": (lambda f: evaluator.matched_outputs("listing", f), lambda: facts,
                                                 "miss"),
        "python match only": (match, lambda: facts, "miss"),
    }
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cases}
    hit_rates: list[float] = []
    for round_number in range(args.rounds):
        for name, (call, items, memo) in cases.items():
            if round_number == 0 or "cold" in name:  # a fresh cache for every cold round
                evaluator.product_facts._items.clear()
                python_api.product_facts._items.clear()
            evaluator.memo.size = 0 if memo == "miss" else memo_size
            if memo != "hit":
                evaluator.memo.clear()
            else:
                for item in items():  # untimed: every payload answered once before
                    call(item)
            gc.collect()
            results[name].append(summary(timed(call, items())))
            if name == "check_entry (warm, memo as it comes)":
                hit_rates.append(evaluator.memo.hit_rate)
    evaluator.memo.size = memo_size
    print(f"\n{'per listing, one listing per call':<42}{'p50 us':>9}{'p99 us':>9}{'listings/s':>12}")
    for name, rounds in results.items():
        p50, p99, rate = sorted(rounds)[len(rounds) // 2]
        print(f"{name:<42}{p50:>9.1f}{p99:>9.1f}{rate:>12,.0f}")
    engine = sorted(results["check_entry (warm, memo miss)"])[args.rounds // 2][0]
    python = sorted(results["check_entry, Python matching (warm)"])[args.rounds // 2][0]
    print(f"\nthe durable-rules round trip is {engine - python:.1f} us of the memo-miss warm check's "
          f"{engine:.1f} us p50 ({(engine - python) / engine:.0%})")
    print(f"memo hit rate, synthetic catalog (one pass, listing by listing): "
          f"{', '.join(f'{rate:.1%}' for rate in hit_rates)} (rounds); at most {memo_size:,} payloads kept")
    listings, rate = memo_hit_rate(evaluator, entries)
    print(f"memo hit rate, synthetic catalog (one pass, whole entries): {rate:.1%} of {listings:,} listings")
    if args.real >= 0:
        real_hit_rates(evaluator, args.real)
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
