"""`crossguard simulate` on real Amazon UK toy listings: how long a pack change takes to try out.

Run: `.venv/bin/python bench/simulate_bench.py [--rows 1000] [--db]` (needs ../shared/material).

The first `--rows` products of the Amazon UK toys sample (bench/amazon_toys.py; two listings each,
GB and DE) are written as a JSON Lines catalog, and the shipped packs are compared with a changed
copy (tests/test_simulate.py `changed_packs`: one rule no longer blocks, one new rule, one pack
removed). Measured in this process, after a warm-up that loads Python and the packs once:
`against packs` evaluates every entry with both pack sets (the default `simulate`); with `--db`,
a register is first filled by `crossguard scan` (not timed) and `against register` evaluates with
the new packs only and reads the register's findings. Wall and CPU seconds are both printed: on a
busy machine wall time includes waiting for the CPU.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AT = date(2026, 11, 25)


def timed(label: str, work) -> dict[str, object]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    run = work()
    summary = {"added": len(run.simulation.added), "removed": len(run.simulation.removed),
               "changed": len(run.simulation.changed), "listings": run.simulation.listings}
    return {"phase": label, "wall_s": round(time.perf_counter() - wall, 2),
            "cpu_s": round(time.process_time() - cpu, 2), **summary}


def main() -> None:
    from bench.amazon_toys import SOURCE, write_catalog
    from crossguard.engine.evaluator import Evaluator
    from crossguard.usecases.simulate import PackBaseline, RegisterBaseline, simulate
    from tests.test_simulate import changed_packs

    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--db", action="store_true", help="also time the comparison with a SQLite register")
    args = parser.parse_args()
    if not SOURCE.is_file():
        sys.exit(f"{SOURCE} is missing: this benchmark needs ../shared/material")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        catalog = write_catalog(work / "toys.jsonl", rows=args.rows)
        rules = changed_packs(work / "rules")
        candidate, old = Evaluator.from_paths([rules]), Evaluator.from_paths()
        simulate(candidate, PackBaseline(old), [catalog], None, AT)  # warm-up: imports, taxonomy, first asserts
        results = [timed("against packs", lambda: simulate(candidate, PackBaseline(old), [catalog], None, AT))]
        if args.db:
            url = f"sqlite:///{work / 'register.db'}"
            subprocess.run([sys.executable, "-m", "crossguard", "scan", "--catalog", str(catalog), "--db", url,
                            "--at", AT.isoformat(), "-q"], check=True, capture_output=True)
            results.append(timed("against register", lambda: simulate(
                candidate, RegisterBaseline.read(url, True, False), [catalog], None, AT)))
    for result in results:
        print(json.dumps({"rows": args.rows, **result}))


if __name__ == "__main__":
    main()
