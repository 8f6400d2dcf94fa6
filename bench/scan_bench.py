"""Full-catalog scan benchmark: first scan and unchanged re-scan, SQLite and PostgreSQL.

Run: `.venv/bin/python bench/scan_bench.py [--products 100000] [--backend sqlite|postgresql|both]
[--evaluator replay|real] [--workers N] [--loader stream|load_catalog] [--pg-url URL]`.

What is measured, per backend, each phase in a fresh process (so peak memory is that phase's own):

* ``first``: an empty register; the whole `crossguard scan` path: read the catalog file (written
  once before timing), evaluate every entry, write every finding and its audit row, all in one
  transaction;
* ``rescan``: the same catalog again (nothing changed): entries whose content, scan date and rule
  packs are unchanged reuse their previous result, so this is load + compare + one scan-run row;
* ``rescan-full``: the same catalog with evaluation forced (`scan --full`): every entry evaluated
  again and every finding compared with the register; nothing to write.

Evaluators: ``real`` is the rules engine with the default packs (rules/), which is the slow part
(durable-rules; see bench/check_bench.py); ``replay`` gives the same kind and number of findings at
a fraction of the cost, so the register's own cost can be seen: it evaluates a sample of products
with the real engine once, and answers for product N with sample N mod size, re-keyed to N's SKU.
With ``--evaluator real --workers N`` (N > 1) entries are evaluated in N worker processes by
`crossguard.usecases.scan.WorkerPool`, as `crossguard scan --workers N` does.

Loaders: ``stream`` is what `crossguard scan` does (`crossguard.usecases.scan`): a check pass over the JSON
Lines catalog that keeps no entries, then a scan pass that streams them into the scan;
``load_catalog`` holds the whole JSON catalog as models first (the old path, for comparison).

Wall time is reported with its parts: evaluator setup, catalog load (the check pass, with the keys of
the last scan it reads to recognise unchanged lines; or the whole load), evaluation
(from the first chunk handed to the evaluator to the last chunk's results: reading the entries again and the
register's writes meanwhile overlap it; with workers its wall time, not its CPU time), and the rest (the end of the
scan after the last results: the writer's last chunks, index builds, counts).
``main_cpu_s`` is the CPU time of the phase's own process (all its threads, not the workers) over the
same span, and ``scan_main_cpu_s`` the same without the bench's own memory sampler (its thread reads
/proc every ``--pss-interval`` seconds, 1 by default: reading ``smaps_rollup`` of three processes of
several hundred MB cost about 12 ms of CPU, so every 0.2 s it took 6% of a 2-core machine during a scan);
``main_thread_cpu_s`` its main thread's, ``writer_cpu_s`` the scan's writer thread's,
``other_threads_cpu_s`` the other threads' by name (the sampler, the worker pool's), ``workers_cpu_s``
the worker processes' (user + system, counted when the pool has closed), ``load_avg_1m`` the load at
the end.
Memory, per phase: ``peak_rss_mb`` is the phase process's own peak (VmHWM); with workers,
``peak_pss_mb`` is the highest sampled sum of the proportional set size of the
process and its workers (shared copy-on-write pages counted once), and ``rss_bound_mb`` an upper
bound: own peak + workers x the largest worker's peak RSS (getrusage RUSAGE_CHILDREN gives the
largest child's, not a sum; forked workers' RSS also counts pages shared with the parent).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AT = date(2026, 11, 25)
SAMPLE = 400  # products evaluated for real to build the replay evaluator's answers


def write_catalog(products: int, path: Path) -> tuple[int, int]:
    """The synthetic catalog (bench/synthetic.py: 5 markets) as a JSON catalog file, and as JSON Lines
    (one product a line, same content) beside it for the streaming loader."""
    from bench.synthetic import synthetic_catalog

    entries = synthetic_catalog(products)
    rows = [
        {
            **entry.product.model_dump(mode="json", exclude_none=True),
            "listings": [item.model_dump(mode="json", exclude_none=True, exclude={"sku"}) for item in entry.listings],
        }
        for entry in entries
    ]
    path.write_text(json.dumps(rows))
    path.with_suffix(".jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    return len(entries), sum(len(entry.listings) for entry in entries)


class ReplayEvaluator:
    """Real findings for a sample of products, replayed (re-keyed) for every product."""

    def __init__(self, entries: list[Any]) -> None:
        from crossguard.engine.evaluator import Evaluator

        real = Evaluator.from_paths(None)
        self.pack_versions = real.pack_versions
        self.packs = real.packs
        self.sample = [real.evaluate_entry(entry, AT) for entry in entries[:SAMPLE]]
        self.sample_skus = [entry.product.sku for entry in entries[:SAMPLE]]

    def evaluate_entry(self, entry: Any, at: date) -> list[Any]:
        sku = entry.product.sku
        index = int(sku.rsplit("-", 1)[-1]) % len(self.sample)
        old = self.sample_skus[index]
        return [
            f.model_copy(
                update={"sku": sku, "subject": f.subject.replace(old, sku), "message": f.message.replace(old, sku)}
            )
            for f in self.sample[index]
        ]


class MemorySampler:
    """Peak of the summed proportional set size (PSS) of this process and its children, sampled.

    PSS shares each copy-on-write page among the processes mapping it, so forked workers are not
    charged again for the parent's pages (their RSS would be).
    """

    def __init__(self, interval_s: float = 1.0) -> None:
        self.interval_s = interval_s
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self.peak_kb = max(self.peak_kb, sum(map(_pss_kb, _tree(os.getpid()))))
            if self._stop.wait(self.interval_s):
                return


def _tree(pid: int) -> list[int]:
    """pid and its children (the workers; they start none of their own)."""
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            pids += [int(child) for child in task.read_text().split()]
        except OSError:
            pass
    return pids


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:  # the process ended meanwhile
        pass
    return 0


def load(args: argparse.Namespace, known: Any, check_lines: Any = None) -> Iterable[Any]:
    """The entries to scan, from the chosen loader; ``known``: the check pass's known lines, as `crossguard scan`
    passes them (``usecases.scan.known_catalog_lines``)."""
    from crossguard.engine.catalog import load_catalog
    from crossguard.usecases.scan import check_catalog, scan_entries

    if args.loader == "stream":
        jsonl = [Path(args.catalog).with_suffix(".jsonl")]
        # pass 1: validate (all but the lines a scan validated; with workers, in them), keep nothing
        checked = check_catalog(jsonl, known=known, check_lines=check_lines)
        # pass 2 as `crossguard scan` reads it: lines validated only when evaluated, known lines not parsed again
        return scan_entries(jsonl, {}, checked.known_lines)
    loaded = load_catalog([Path(args.catalog)])
    assert not loaded.errors, loaded.errors[:3]
    return loaded.entries


def sample_entries(args: argparse.Namespace) -> list[Any]:
    """The first entries of the catalog, for the replay evaluator."""
    from crossguard.usecases.scan import stream_entries

    return list(itertools.islice(stream_entries([Path(args.catalog).with_suffix(".jsonl")]), SAMPLE))


def run_phase(args: argparse.Namespace) -> dict[str, Any]:
    """One phase in this process; prints a JSON line with its figures."""
    from crossguard.register.scan import run_scan
    from crossguard.register.scan.result import Pending
    from crossguard.store.db import make_engine
    from crossguard.usecases.scan import (
        WorkerPool,
        batch_evaluator,
        evaluator_salt,
        known_catalog_lines,
        make_evaluator,
    )
    from crossguard.usecases.scan_lines import catalog_entry

    engine = make_engine(args.db)
    writer_cpu = _time_writer_thread()
    with MemorySampler(args.pss_interval) as memory, WorkerPool(args.workers, None, AT) as pool:
        started, cpu_started, thread_started = time.perf_counter(), time.process_time(), time.thread_time()
        evaluator: Any = ReplayEvaluator(sample_entries(args)) if args.evaluator == "replay" else make_evaluator(None)
        salt = "replay" if args.evaluator == "replay" else evaluator_salt(evaluator)
        setup_s = time.perf_counter() - started

        reuse = args.phase != "rescan-full"
        known = known_catalog_lines(engine, AT, evaluator.pack_versions, salt) if reuse else None
        workers_check = args.evaluator == "real" and args.workers > 1
        entries = load(args, known, pool.check_lines if workers_check else None)
        del known
        load_s = time.perf_counter() - started - setup_s
        if args.evaluator == "real":
            evaluate: Any = batch_evaluator(evaluator, pool, AT)  # as `crossguard scan` evaluates
        else:

            def evaluate(batch: list[Any]) -> list[list[Any]]:
                return [evaluator.evaluate_entry(catalog_entry(entry), AT) for entry in batch]

        eval_span: list[float] = []  # the first chunk handed to the evaluator, the last one's results in

        def done(found: Any) -> Any:
            eval_span[1:] = [time.perf_counter()]
            return found

        def timed(batch: list[Any]) -> Any:
            eval_span[:1] = eval_span[:1] or [time.perf_counter()]
            found = evaluate(batch)
            return found.then(done) if isinstance(found, Pending) else done(found)

        result = run_scan(
            engine, entries, timed, pack_versions=evaluator.pack_versions, scan_date=AT,
            catalog=[args.catalog], salt=salt, reuse=reuse, rollback_journal=True,  # as `crossguard scan` does
        )  # fmt: skip
        wall = time.perf_counter() - started
        eval_s = eval_span[-1] - eval_span[0] if eval_span else 0.0
        main_cpu = time.process_time() - cpu_started
        main_thread_cpu = time.thread_time() - thread_started
        other_threads = _thread_cpu()
        engine.dispose()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, reaped when the pool closed
    own = peak_rss_mb()
    largest_child = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    figures = {
        "phase": args.phase, "loader": args.loader, "evaluator": args.evaluator, "workers": args.workers,
        "wall_s": round(wall, 2), "main_cpu_s": round(main_cpu, 2),
        "main_thread_cpu_s": round(main_thread_cpu, 2), "writer_cpu_s": round(sum(writer_cpu), 2),
        "workers_cpu_s": round(children.ru_utime + children.ru_stime, 2),
        "other_threads_cpu_s": other_threads,
        "scan_main_cpu_s": round(main_cpu - other_threads.get("memory-sampler", 0.0), 2), "load_s": round(load_s, 2),
        "evaluator_setup_s": round(setup_s, 2), "evaluate_s": round(eval_s, 2),
        "register_s": round(wall - load_s - setup_s - eval_s, 2),
        "peak_rss_mb": own, "peak_pss_mb": round(memory.peak_kb / 1024),
        "largest_worker_rss_mb": largest_child,
        "rss_bound_mb": own + (args.workers * largest_child if largest_child else 0),
        "load_avg_1m": round(os.getloadavg()[0], 1),
        "entries": result.entries, "listings": result.listings, "evaluated": result.evaluated,
        "findings": result.produced, "new": result.new, "resolved": result.resolved, "reopened": result.reopened,
        "updated": result.updated,
    }  # fmt: skip
    print(json.dumps(figures), flush=True)
    return figures


def _thread_cpu() -> dict[str, float]:
    """CPU seconds of this process's live threads other than the main one, by name (the pool's result and task
    handlers, the memory sampler), from /proc: since they started."""
    ticks = os.sysconf("SC_CLK_TCK")
    spent: dict[str, float] = {}
    for thread in threading.enumerate():
        if thread is threading.main_thread() or thread.native_id is None:
            continue
        try:
            fields = Path(f"/proc/self/task/{thread.native_id}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = thread.name.split(" (")[0]
        spent[name] = round(spent.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / ticks, 2)
    return spent


def _time_writer_thread() -> list[float]:
    """The scan's writer thread's CPU seconds (``time.thread_time`` at its end), appended to the list returned."""
    from crossguard.register.scan.writer import ChunkWriter

    spent: list[float] = []
    run = ChunkWriter._run

    def timed_run(self: Any) -> None:
        try:
            run(self)
        finally:
            spent.append(time.thread_time())

    ChunkWriter._run = timed_run  # type: ignore[method-assign]
    return spent


def peak_rss_mb() -> int:
    """This process's peak resident memory. VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss
    over exec, so a phase started from the (large) parent would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def fresh_pg_database(base_url: str, name: str) -> str:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return make_url(base_url).set(database=name).render_as_string(hide_password=False)


def chosen_backends(backend: str, pg_url: str | None) -> list[str]:
    """``both`` (the default, what `make bench` runs) measures PostgreSQL only where a server is given, as
    `make bench` skips the HTTP bench without ab: a machine without one still gets every other figure."""
    if backend != "both":
        return [backend]
    if pg_url:
        return ["sqlite", "postgresql"]
    print("postgresql: skipped (no --pg-url or CROSSGUARD_TEST_PG_URL)", flush=True)
    return ["sqlite"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--evaluator", choices=["replay", "real"], default="replay")
    parser.add_argument("--workers", type=int, default=None,
                        help="real evaluator: worker processes (default: as `crossguard scan`; 1: in process)")
    parser.add_argument("--pg-url", default=os.environ.get("CROSSGUARD_TEST_PG_URL"), help="PostgreSQL server URL")
    parser.add_argument("--phases", default="first,rescan,rescan-full")
    parser.add_argument("--pss-interval", type=float, default=1.0,
                        help="seconds between samples of the processes' PSS (each costs ~12 ms of CPU)")
    parser.add_argument(
        "--loader", choices=["load_catalog", "stream"], default="stream",
        help="stream: as `crossguard scan` does (a check pass, then entries streamed from JSON Lines); "
        "load_catalog: the whole JSON catalog in memory first",
    )  # fmt: skip
    # internal: run one phase
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--catalog", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.workers is None:
        from crossguard.usecases.scan import default_workers

        args.workers = default_workers() if args.evaluator == "real" else 1
    if args.phase:
        run_phase(args)
        return

    backends = chosen_backends(args.backend, args.pg_url)
    if "postgresql" in backends and not args.pg_url:
        parser.error("PostgreSQL needs --pg-url or CROSSGUARD_TEST_PG_URL (or use --backend sqlite)")
    with tempfile.TemporaryDirectory(prefix="crossguard-bench-") as tmp:
        catalog = Path(tmp) / "catalog.json"
        products, listings = write_catalog(args.products, catalog)
        print(f"catalog: {products:,} products, {listings:,} listing-markets; evaluator: {args.evaluator}"
              + (f" x{args.workers}" if args.evaluator == "real" else "") + f"; loader: {args.loader}",
              flush=True)  # fmt: skip
        table = []
        for backend in backends:
            if backend == "sqlite":
                db = f"sqlite:///{tmp}/bench.db"
            else:
                db = fresh_pg_database(args.pg_url, "crossguard_bench")
            for phase in args.phases.split(","):
                command = [sys.executable, __file__, "--phase", phase, "--db", db, "--catalog", str(catalog),
                           "--evaluator", args.evaluator, "--workers", str(args.workers),
                           "--loader", args.loader, "--pss-interval", str(args.pss_interval)]  # fmt: skip
                done = subprocess.run(command, capture_output=True, text=True, check=False)
                if done.returncode != 0:
                    print(done.stdout, done.stderr, file=sys.stderr)
                    raise SystemExit(f"{backend} {phase} failed")
                figures = json.loads(done.stdout.strip().splitlines()[-1])
                figures["backend"] = backend
                table.append(figures)
                print(json.dumps(figures), flush=True)
        print()
        header = f"{'backend':<11}{'phase':<12}{'wall s':>8}{'load':>7}{'eval':>8}{'register':>9}{'peak MB':>9}" \
                 f"{'PSS MB':>8}{'bound MB':>9}{'evaluated':>11}{'findings':>12}{'new':>12}"  # fmt: skip
        print(header)
        for f in table:
            print(f"{f['backend']:<11}{f['phase']:<12}{f['wall_s']:>8.1f}{f['load_s']:>7.1f}{f['evaluate_s']:>8.1f}"
                  f"{f['register_s']:>9.1f}{f['peak_rss_mb']:>9}{f['peak_pss_mb']:>8}{f['rss_bound_mb']:>9}{f['evaluated']:>11,}{f['findings']:>12,}{f['new']:>12,}")
        for backend in backends:
            rows = {f["phase"]: f for f in table if f["backend"] == backend}
            if "first" in rows and "rescan" in rows:
                ratio = rows["rescan"]["wall_s"] / rows["first"]["wall_s"]
                print(f"{backend}: unchanged re-scan takes {ratio:.0%} of the first scan's time")


if __name__ == "__main__":
    main()
