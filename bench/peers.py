"""crossguard's matching beside general-purpose rule engines, on the same rules and listings.

Run: `.venv/bin/python bench/peers.py [--products N] [--rounds R]` (needs the `bench` extra:
`pip install -e '.[bench]'`: c7n, regopy, rule-engine).

The rules: the EU CE marking, EU GPSR and US product-safety (FCC, CPSC) packs, translated
mechanically (bench/translate.py) into each engine's own form, scope and dates included:

* Cloud Custodian (c7n) value filters under and/or/not, evaluated per listing as c7n's filters do
  without a cloud resource manager (its `And` has no per-resource call, so the and/or/not glue
  here mirrors c7n's own `Or`/`Not` fallbacks; every comparison is c7n's `ValueFilter`);
* OPA Rego through regopy (rego-cpp): one module whose `matched` set holds the rule ids, compiled
  once into a bundle (a prepared query); per listing only `set_input` and `query_bundle`;
* rule-engine: one compiled `Rule` per pack rule, `matches` per listing;
* durable-rules used directly, the documented way: the same rulesets registered on a standard
  `Host`, `assert_fact` / `retract_fact` per listing, Python actions recording each match (its
  timer threads are not started: they would call the C core beside crossguard's host, which is
  not thread-safe);
* plain Python: the generated `if` tests (what hand-written code would do).

Every engine gets the listing facts built beforehand (flat dotted keys; rule-engine's copy spells
them as identifiers), so only matching is timed. First every engine's (listing, rule) pairs are
compared with crossguard's and the script stops on any difference; then the engines run in turn,
round after round (interleaved, so a change in machine load hits them alike), and the median
round's listings per CPU-second of this process is reported with crossguard's ratio to it (CPU
time, not wall time: the machine is shared, and another process's load must not count as ours).
"""

from __future__ import annotations

import argparse
import copy
import gc
import json
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
from bench.translate import (  # noqa: E402
    custodian_filters,
    listing_rules,
    python_matcher,
    rego_module,
    rule_engine_texts,
    symbol,
)
from crossguard.engine.compiler import compile_packs, route  # noqa: E402
from crossguard.engine.evaluator import Evaluator  # noqa: E402
from crossguard.engine.listing_facts import entry_facts  # noqa: E402
from crossguard.engine.packs import load_packs  # noqa: E402
from crossguard.rules import RULES_DIR  # noqa: E402

AT = date(2026, 11, 25)
PACKS = ("eu-ce.yaml", "eu-gpsr.yaml", "us-product-safety.yaml")
Matcher = Callable[[dict[str, Any]], list[str]]


def custodian(rules: list[Any]) -> Matcher:
    from c7n.filters.core import And, FilterRegistry, Not, Or

    registry = FilterRegistry("crossguard.listing")
    parsed = {rule_id: registry.parse([block], None)[0] for rule_id, block in custodian_filters(rules).items()}

    def holds(node: Any, fact: dict[str, Any]) -> bool:
        if isinstance(node, And):
            return all(holds(item, fact) for item in node.filters)
        if isinstance(node, Or):
            return any(holds(item, fact) for item in node.filters)
        if isinstance(node, Not):
            return not all(holds(item, fact) for item in node.filters)
        return bool(node(fact))

    return lambda fact: [rule_id for rule_id, node in parsed.items() if holds(node, fact)]


def rego(rules: list[Any]) -> Matcher:
    import regopy

    builder = regopy.Interpreter()
    builder.add_module("crossguard.rego", rego_module(rules))
    bundle = builder.build("x = data.crossguard.matched", ["crossguard/matched"])
    runner = regopy.Interpreter()

    def match(fact: dict[str, Any]) -> list[str]:
        runner.set_input(fact)
        output = runner.query_bundle(bundle)  # kept while its binding is read: the node points into it
        return json.loads(str(output.binding("x")))  # the set, as JSON text

    return match


def rule_engine(rules: list[Any]) -> Matcher:
    import rule_engine as engine

    context = engine.Context(default_value=None)
    compiled = {rule_id: engine.Rule(text, context=context) for rule_id, text in rule_engine_texts(rules).items()}
    return lambda fact: [rule_id for rule_id, rule in compiled.items() if rule.matches(fact)]


def durable_direct(packs: list[Any]) -> Matcher:
    """durable-rules through its documented Host API (Python actions, its own assert/retract)."""
    from durable import engine as durable_engine

    hits: list[str] = []
    rulesets = compile_packs(packs, "peers")

    class Host(durable_engine.Host):
        def _run(self) -> None:  # its timer threads would call the C core beside crossguard's host: a crash
            return None

        def get_action(self, action_name: str) -> Callable[[Any], None]:
            rule_id = action_name.split(":", 1)[1]
            return lambda c: hits.append(rule_id)

    host = Host()
    host.register_rulesets({r.name: copy.deepcopy(r.definition) for r in rulesets})
    routes: dict[str, list[str]] = {}
    refs = iter(range(1, 1 << 62))

    def match(fact: dict[str, Any]) -> list[str]:
        region = fact["region"]
        names = routes.get(region)
        if names is None:
            names = routes[region] = [r.name for r in route(rulesets, "listing", region).rulesets]
        hits.clear()
        payload = {**fact, "t": "listing", "ref": next(refs)}
        for name in names:
            try:
                host.assert_fact(name, payload)
            except durable_engine.MessageNotHandledException:
                continue
            host.retract_fact(name, payload)
        return list(dict.fromkeys(hits))

    return match


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=2000, help="5 listings each")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    packs = load_packs([RULES_DIR / name for name in PACKS])
    # No memo (engine/match_memo.py): every listing goes through durable-rules, as through every peer.
    evaluator = Evaluator(packs, memo_size=0)
    rules = listing_rules(packs)
    facts = [f for e in synthetic_catalog(args.products) for f in entry_facts(e, evaluator.classifier, AT)[1]]
    for fact in facts:  # the engines' common input: only the keys the fact has, no Python-only extras
        fact.pop("title", None)
    renamed = [{symbol(key): value for key, value in fact.items()} for fact in facts]

    def crossguard(fact: dict[str, Any]) -> list[str]:
        return [output.rule.id for output in evaluator.matched_outputs("listing", fact)]

    engines: dict[str, tuple[Matcher, list[dict[str, Any]]]] = {
        "crossguard (durable-rules, lean)": (crossguard, facts),
        "plain Python (generated ifs)": (python_matcher(rules), facts),
        "durable-rules, documented API": (durable_direct(packs), facts),
        "rule-engine": (rule_engine(rules), renamed),
        "Cloud Custodian filters": (custodian(rules), facts),
        "OPA Rego (regopy, prepared)": (rego(rules), facts),
    }
    print(f"packs: {', '.join(PACKS)}; {len(rules)} listing rules; {len(facts):,} listings; "
          f"load average {os.getloadavg()[0]:.2f} (2-core machine)")
    expected = [sorted(crossguard(fact)) for fact in facts]
    pairs = sum(map(len, expected))
    for name, (match, inputs) in engines.items():
        got = [sorted(match(fact)) for fact in inputs]
        wrong = [i for i, (a, b) in enumerate(zip(got, expected, strict=True)) if a != b]
        if wrong:
            i = wrong[0]
            raise SystemExit(f"MISMATCH {name}: {len(wrong)} listings differ; first {facts[i]['sku']} "
                             f"{facts[i]['market']}: {got[i]} vs crossguard {expected[i]}")
    print(f"agreement: every engine finds the same {pairs:,} (listing, rule) pairs")

    rates: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(args.rounds):
        for name, (match, inputs) in engines.items():
            gc.collect()
            start = time.process_time()
            for fact in inputs:
                match(fact)
            rates[name].append(len(inputs) / (time.process_time() - start))
    ours = statistics.median(rates["crossguard (durable-rules, lean)"])
    print(f"\n{'engine':<36}{'listings/s':>12}{'crossguard is':>16}   (per CPU-second, median of {args.rounds})")
    for name, values in rates.items():
        rate = statistics.median(values)
        ratio = ours / rate
        print(f"{name:<36}{rate:>12,.0f}{(f'{ratio:.1f}x faster' if ratio >= 1 else f'{1 / ratio:.1f}x slower'):>16}")


if __name__ == "__main__":
    main()
