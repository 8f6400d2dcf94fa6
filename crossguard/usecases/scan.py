"""The scan job: check the catalog, build the evaluator, evaluate, apply to the register.

The CLI and the benchmark both call :func:`scan_catalog`. The catalog is read twice, one product
at a time, so memory does not grow with its size: pass 1 (:func:`check_catalog`) validates every
row and keeps only the errors (and, with seller data, each listing's brand and title); pass 2
(:func:`stream_entries`) feeds the entries to the scan. A catalog with bad rows is refused after
pass 1, before the register is touched: a scan of it would resolve the findings of the products it
could not read. A row that turns bad between the passes (the file changed) fails the scan, which
rolls back as a whole.

Evaluation can run in worker processes (:class:`WorkerPool`): durable-rules is not thread-safe,
so parallelism is one process per core, each with its own engine (../shared/durable-rules.md).
With workers, a JSON Lines catalog's rows also go to them as text, for pass 1 (``WorkerPool.check_lines``)
and to be validated before they are evaluated in pass 2 (``scan_lines.worker_item``): the main process
reads lines and writes the register, which is what limits a scan on two cores (docs/performance.md).
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, inspect, select

from crossguard.engine.catalog import (
    CatalogFileError,
    CatalogWarning,
    CheckedLine,
    KnownRow,
    KnownRows,
    LineChecker,
    RowError,
    check_jsonl_line,
    iter_catalog,
)
from crossguard.engine.classification import DEFAULT_GOOGLE, DEFAULT_HS, DEFAULT_SHOPIFY, DEFAULT_TYPES
from crossguard.engine.classify import GROUPS_FILE, Classifier
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.findings import Severity
from crossguard.engine.listing_facts import ProductFacts, ProductFactsCache
from crossguard.engine.models import CatalogEntry, Product
from crossguard.engine.overrides import ClassificationOverride
from crossguard.engine.packs import LawDates, PackLoadError
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.evaluate import listings_from_catalog
from crossguard.register.classification import current_overrides
from crossguard.register.errors import RegisterError, ScanInputError
from crossguard.register.models import ScanRun
from crossguard.register.scan import ScanResult, run_scan
from crossguard.register.scan.result import Pending
from crossguard.register.scan.reuse import evaluation_base, registered_keys
from crossguard.register.scan.rows import StoredRow, entry_rows
from crossguard.store.migrate import upgrade_to_head
from crossguard.usecases.scan_gc import scan_collector
from crossguard.usecases.scan_lines import (
    KnownLineMemo,
    catalog_entry,
    known_lines,
    line_entries,
    line_token,
    worker_entry,
    worker_item,
)
from crossguard.usecases.seller_entry import SellerDataEntry, refusal, seller_entry

MAX_DEFAULT_WORKERS = 4  # beyond this the register (one process, one transaction) is the bottleneck


def evaluator_salt(evaluator: Any) -> str:
    """A hash of what decides findings besides the entry: pack files, the product vocabulary and engine code.

    An entry's previous result is reused only while this is unchanged, so editing a pack without
    bumping its version, or upgrading crossguard, still re-evaluates everything.
    """
    import crossguard.engine as engine_package

    digest = hashlib.blake2b(digest_size=16)
    files = sorted({Path(pack.file) for pack in getattr(evaluator, "packs", [])})
    files += [Path(DEFAULT_TYPES), Path(DEFAULT_HS), Path(DEFAULT_GOOGLE), Path(DEFAULT_SHOPIFY), GROUPS_FILE]
    files += sorted(Path(engine_package.__file__).parent.rglob("*.py"))
    for path in files:
        digest.update(str(path.name).encode())  # names and contents, in a fixed order
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<missing>")
    return digest.hexdigest()


# -- reading the catalog -----------------------------------------------------------------------


@dataclass
class CatalogCheck:
    """What pass 1 keeps of a good catalog: its size, brand listings if seller data needs them, and what pass 2
    needs of the JSON Lines rows it knew (not parsed again)."""

    entries: int = 0
    brand_listings: list[Any] = field(default_factory=list)
    warnings: list[CatalogWarning] = field(default_factory=list)
    known_lines: KnownLineMemo = field(default_factory=KnownLineMemo)


def check_catalog(paths: Sequence[Path], *, brands: bool = False, known: KnownRows | None = None,
                  check_lines: LineChecker | None = None) -> CatalogCheck:
    """Pass 1: validate every row, keeping no entry; :class:`ScanInputError` lists the bad rows.

    ``brands``: also keep each listing's brand and title (small records), which the seller-data
    trademark rules check against. ``warnings``: ignored columns, SKUs given twice with different fields.
    ``known``: JSON Lines rows an earlier scan validated (``scan_lines.known_lines``), not validated again
    (not with ``brands``: their listings are not read). ``check_lines``: JSON Lines rows are validated by it
    (``WorkerPool.check_lines``, in the worker processes) when there is no ``known`` (not with ``brands``).
    The known rows, and the rows checked in the workers (with their ``line_token``), are noted in ``known_lines``
    for pass 2 (:func:`scan_entries`), which does not parse them again.
    """
    checked = CatalogCheck()
    errors: list[RowError] = []
    try:
        for item in iter_catalog(paths, checked.warnings, None if brands else known, None if brands else check_lines):
            if isinstance(item, RowError):
                errors.append(item)
                continue
            checked.entries += 1
            if isinstance(item, KnownRow) and item.token:
                checked.known_lines.add(item)
            elif brands:
                checked.brand_listings.extend(listings_from_catalog([item]))
    except CatalogFileError as exc:
        raise ScanInputError(f"cannot read the catalog: {exc}") from exc
    if errors:
        raise refusal(
            "the catalog", errors,
            "nothing was written: a partial scan would mark the unread products' findings resolved",
        )
    return checked


def stream_entries(paths: Sequence[Path]) -> Iterator[CatalogEntry]:
    """Pass 2: the entries again, one at a time; a bad row now means the file changed since pass 1."""
    try:
        for item in iter_catalog(paths):
            if isinstance(item, RowError):
                raise ScanInputError(f"the catalog changed during the scan (nothing was written): {item}")
            yield item
    except CatalogFileError as exc:
        raise ScanInputError(f"the catalog changed during the scan (nothing was written): {exc}") from exc


def scan_entries(paths: Sequence[Path], overrides: dict[str, Any],
                 known: KnownLineMemo | None = None) -> Iterator[Any]:
    """Pass 2 as the scan reads it, with ``overrides`` applied: JSON Lines files as :class:`LineEntry`
    (validated only if evaluated, see ``scan_lines``; a line ``known`` holds is not parsed again, pass 1 did),
    other formats as validated entries."""
    for path in paths:
        if path.suffix.lower() == ".jsonl":
            yield from line_entries(path, overrides, known)
            continue
        for entry in stream_entries([path]):
            entry.override = overrides.get(entry.product.sku)
            yield entry


# -- evaluating --------------------------------------------------------------------------------


def known_catalog_lines(engine: Engine, at: date, pack_versions: dict[str, str], salt: str) -> KnownRows | None:
    """Pass 1's ``known``: lines an unchanged re-scan would reuse (``scan_lines.known_lines``), from the keys
    and overrides the register holds now (read outside the scan's transaction; pass 2 decides reuse again
    inside it, and a line it evaluates is validated there). None when the last scan had another date or other
    packs: every key the register holds is that scan's (``reuse.save_entry_keys``), so none can match, and
    pass 1 then runs as a first scan's (in the worker processes)."""
    if not _last_scan_was(engine, at, pack_versions):
        return None
    keys = registered_keys(engine)
    if not keys:
        return None
    with engine.connect() as conn:
        overrides = current_overrides(conn)
    return known_lines(keys, overrides, evaluation_base(at, pack_versions, salt))


def _last_scan_was(engine: Engine, at: date, pack_versions: dict[str, str]) -> bool:
    """Whether the register's last scan had this date and these pack versions (False: no register yet)."""
    if not inspect(engine).has_table(ScanRun.__tablename__):
        return False
    with engine.connect() as conn:
        last = conn.execute(select(ScanRun.scan_date, ScanRun.pack_versions).order_by(ScanRun.id.desc()).limit(1))
        row = last.first()
    return row is not None and row.scan_date == at and json.loads(row.pack_versions) == pack_versions


def make_evaluator(rules: Sequence[Path] | None = None, law_dates: LawDates | None = None) -> Evaluator:
    try:
        return Evaluator.from_paths(list(rules) if rules else None, law_dates)
    except PackLoadError as exc:
        raise ScanInputError(f"cannot load the rule packs:\n{exc}") from exc


def default_workers() -> int:
    """The CPUs this process may use, at most :data:`MAX_DEFAULT_WORKERS`."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_DEFAULT_WORKERS))


_worker_evaluator: Any = None
_worker_at: date | None = None
_worker_error: BaseException | None = None


#: A worker's garbage collector: (allocations before a young collection, young collections per middle one, middle
#: ones per full one). Python's (700, 10, 10) spent about a tenth of a worker's CPU in collections that found
#: almost nothing (a product's objects die by reference count) while scanning the caches that grow meanwhile.
#: At these, the real pool's two workers run about 54 collections over 20,000 products (0.15 s of 13.5 s of CPU,
#: timed by ``gc.callbacks``): higher thresholds, as the main process takes while it scans (`scan_gc`), save nothing.
WORKER_GC_THRESHOLDS = (10_000, 100, 10)

#: How much lower a scan worker's scheduling priority is than its scan's (``os.nice``: 0 to 19, higher is lower).
#: Why: a scan is a pipeline whose one serial stage, the register's writer thread, lives in the scan's process; at
#: the same priority the two workers and that thread share 2 cores as three equals, the writer falls behind, and the
#: workers then wait for it (``register/scan/writer.py``'s bounded queue). At +5 the writer takes a core whenever it
#: has a chunk and the workers use the rest: same CPU, first scan of 500,000 listing-markets 63.9, 58.1 s -> 50.5,
#: 51.5 s on the idle machine (docs/performance.md, "The writer first"). The cost: on a machine busy with other work
#: the workers yield to it too, as a batch job should. Lowering priority needs no privilege and is never raised back;
#: where the platform has no ``os.nice`` the workers keep their priority (`_lower_priority`).
WORKER_NICE = 5


class _EachProductOnce(ProductFactsCache):
    """A worker's product facts, made as the cache makes them on a miss but without its key: a scan evaluates each
    product once (a SKU given twice is warned about), so the key, the product's content frozen (about 5 µs a
    product), bought nothing, nor did holding the last 4,096 products' facts."""

    def get(self, product: Product, on: date, override: ClassificationOverride | None = None) -> ProductFacts:
        return ProductFacts(product, self.classifier, on, override)


def _lower_priority() -> None:
    """Lower this worker's priority by `WORKER_NICE`, where the platform can (no ``os.nice`` on Windows; a sandbox may
    refuse it): a worker that cannot is only a little slower to share the cores, never a failed scan."""
    try:
        os.nice(WORKER_NICE)
    except (AttributeError, OSError):
        pass


def _init_worker(rules: list[Path] | None, law_dates: LawDates | None, at: date, parent: int | None = None) -> None:
    """Build the worker's own engine once. Ctrl-C is left to the parent, which terminates the pool:
    a worker dying of it would break the pool. A failure is kept and raised by the first task, so the
    scan shows it rather than a broken pool. The collector is tuned for the worker (`WORKER_GC_THRESHOLDS`), and its
    priority lowered (`WORKER_NICE`).
    ``parent``: the scan's process id, taken there: read here once the engine is built, a scan killed meanwhile
    would already be gone, and the worker would watch its new parent (init) for ever."""
    global _worker_evaluator, _worker_at, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _lower_priority()
    try:
        _worker_evaluator, _worker_at = make_evaluator(rules, law_dates), at
        _worker_evaluator.product_facts = _EachProductOnce(_worker_evaluator.classifier)  # no cache, see above
    except Exception as exc:  # noqa: BLE001 - re-raised in the parent through the first task
        _worker_error = exc
    gc.freeze()  # what the worker inherited and its engine live as long as it: never collected, so never scanned
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    threading.Thread(target=_exit_when_orphaned, args=(parent or os.getppid(),), name="orphan-watch",
                     daemon=True).start()


#: How often a worker checks that the scan that started it is still alive (`_exit_when_orphaned`).
ORPHAN_POLL_S = 1.0


def _exit_when_orphaned(parent: int) -> None:
    """End the worker once its scan's process is gone. A scan killed with SIGKILL (or by the OOM killer) cannot
    stop its pool, and its workers used to stay alive, idle, holding their memory, until someone signalled them:
    each waits on a pipe that a sibling worker also holds open, so it never sees end-of-file. Polling the parent's
    pid (the worker is re-parented when it dies) works on any start method and in any thread; PR_SET_PDEATHSIG
    would fire when the *thread* that started the worker ends, which in a server is not the scan's end."""
    while True:
        time.sleep(ORPHAN_POLL_S)
        if os.getppid() != parent:
            os._exit(1)


def stored_rows_of(evaluator: Evaluator, entry: CatalogEntry, at: date) -> list[StoredRow]:
    """One entry's findings as the register stores them (fingerprint, hash, content): made where the
    engine runs, so a worker sends tuples of strings back instead of pickled Finding models."""
    return entry_rows(evaluator.decide_entry(entry, at))


def _check_in_worker(task: tuple[str, list[tuple[int, str]]]) -> list[tuple[int, CheckedLine]]:
    file, rows = task
    path = Path(file)
    return [(number, check_jsonl_line(path, number, text, line_token)) for number, text in rows]


#: JSON Lines rows per check task, and tasks in flight per worker (so reading and checking overlap).
CHECK_ROWS = 250
CHECK_AHEAD = 4


def _evaluate_in_worker(item: Any) -> list[Any]:
    if _worker_error is not None:
        raise _worker_error
    return stored_rows_of(_worker_evaluator, worker_entry(item), _worker_at)


def _evaluate_part(items: list[Any]) -> list[list[Any]]:
    """One task: a part of a chunk (``WorkerPool.submit``), as ``pool.map`` sent it in one message."""
    return [_evaluate_in_worker(item) for item in items]


def _ending(exitcode: int | None) -> str:
    """A process's exit code as a person reads it: ``signal 9, SIGKILL``, ``exit code 1``."""
    if exitcode is None:
        return "exit status unknown"
    if exitcode >= 0:
        return f"exit code {exitcode}"
    try:
        return f"signal {-exitcode}, {signal.Signals(-exitcode).name}"
    except ValueError:  # a number this platform gives no name
        return f"signal {-exitcode}"


def _worker_processes(pool: ProcessPoolExecutor | None) -> list[Any]:
    """The executor's worker processes: Python 3.11 has no public way to stop them or read their exit codes
    (3.14 adds ``terminate_workers``), so this reads its private ``_processes``, and gives none if it is gone."""
    return list((getattr(pool, "_processes", None) or {}).values())


#: Seconds the executor's manager thread gets to wind down after the workers are terminated (it takes
#: milliseconds) before its result pipe is closed under it (:func:`_end_results`).
MANAGER_GRACE_S = 2.0


def _end_results(results: Any) -> None:
    """Close this process's write end of the executor's result pipe (``_result_queue``, private, as in
    `_worker_processes`) once its workers are terminated and its manager thread has not wound down.

    Why: a worker terminated while writing a result leaves half a message in the pipe, and the manager thread
    then waits in ``recv`` for the rest for ever (this process holds the write end too, so no end of file
    comes), and the scan with it (seen once in a test run). With every writer closed, ``recv`` ends and the
    executor treats the pool as broken, which it is.
    """
    writer = getattr(results, "_writer", None)
    if writer is not None:
        writer.close()


def _let_manager_drop_cancelled(pool: ProcessPoolExecutor, manager: Any) -> None:
    """Wait (briefly) until the executor's manager thread has taken the cancelled futures out of its pending work.

    Why: ``pool.map`` cancels its remaining futures when its caller stops reading (a line turned bad, Ctrl-C). If
    the workers are terminated while a cancelled future is still pending, 3.11's manager fails it in
    ``terminate_broken`` and dies with InvalidStateError, a traceback on stderr (seen under load in
    tests/test_scan_lines.py). ``shutdown(cancel_futures=True)`` makes the manager drop them, and it clears the
    private ``_cancel_pending_futures`` flag once it has (read here as `_worker_processes` reads ``_processes``).
    """
    deadline = time.monotonic() + MANAGER_GRACE_S
    while (getattr(pool, "_cancel_pending_futures", False) and manager is not None and manager.is_alive()
           and time.monotonic() < deadline):
        time.sleep(0.005)


class ScanWorkerDiedError(RegisterError):
    """A worker process died mid-task (killed for memory, a crash in durable-rules' C core): the scan stops
    and rolls back. Exit 1 as a refused scan: nothing was written, and the input is not known to be bad."""


class WorkerPool:
    """Evaluates batches of entries in ``workers`` processes, results in the batch's order.

    A JSON Lines product goes to its worker as its line's text (``scan_lines.worker_item``) and is validated
    there: pickling its validated models here cost the main process more than the worker's validation.

    The pool starts on the first batch (an unchanged re-scan evaluates nothing and starts none).
    ``submit`` returns at once (``run_scan``'s writer waits for the results), so the next chunk is queued while
    this one is evaluated; the writer's queue bounds the chunks in flight, so memory stays bounded. Use
    it as a context manager: on any exception (a worker's, Ctrl-C) the workers are terminated, and
    the exception reaches ``run_scan``, which rolls the scan back. A ``ProcessPoolExecutor`` rather than
    a ``multiprocessing.Pool``: a worker that dies breaks the executor (:class:`ScanWorkerDiedError`), where
    the Pool replaced it and waited for its task for ever, with the scan's transaction open.
    """

    def __init__(self, workers: int, rules: Sequence[Path] | None, at: date,
                 law_dates: LawDates | None = None) -> None:
        self.workers = workers
        self._initargs = (list(rules) if rules else None, dict(law_dates) if law_dates is not None else None, at)
        self._pool: ProcessPoolExecutor | None = None
        self._dead: ScanWorkerDiedError | None = None  # once a worker died, the pool's one error
        self._lock = threading.Lock()  # the scan's thread submits while the writer's waits for results

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        if context.get_start_method() == "fork":
            Classifier.default()  # loaded once here and shared by the forked workers, not once per worker
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker,
                                   initargs=(*self._initargs, os.getpid()))

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._dead is not None:
                raise self._dead
            if self._pool is None:
                self._pool = self._start()
            return self._pool

    def __call__(self, batch: Sequence[Any]) -> list[list[Any]]:
        """Evaluate ``batch`` and wait for its results."""
        return list(self.submit(batch).result(Future()))

    def submit(self, batch: Sequence[Any]) -> Pending:
        """Send ``batch`` to the workers in a few parts per worker (even load, little overhead) and return at once."""
        pool = self._executor()
        part = max(1, len(batch) // (self.workers * 4))
        items = [worker_item(entry) for entry in batch]
        try:
            return _PendingParts(self, [pool.submit(_evaluate_part, items[start:start + part])
                                        for start in range(0, len(items), part)])
        except BrokenProcessPool as exc:
            raise self._died("evaluating the catalog") from exc

    def check_lines(self, file: Path, rows: Iterator[tuple[int, str]]) -> Iterator[tuple[int, CheckedLine]]:
        """Pass 1 of a JSON Lines file in the workers (an ``engine.catalog.LineChecker``): the rows are read
        here and sent in tasks of :data:`CHECK_ROWS`, a few tasks ahead per worker, results in order."""
        pool = self._executor()
        ahead: deque[Future[list[tuple[int, CheckedLine]]]] = deque()
        try:
            while part := list(itertools.islice(rows, CHECK_ROWS)):
                ahead.append(pool.submit(_check_in_worker, (str(file), part)))
                if len(ahead) >= self.workers * CHECK_AHEAD:
                    yield from ahead.popleft().result()
            while ahead:
                yield from ahead.popleft().result()
        except BrokenProcessPool as exc:
            raise self._died("checking the catalog") from exc

    def _died(self, doing: str) -> ScanWorkerDiedError:
        """The error for a broken pool, naming how the worker ended (the executor has terminated the others).

        The same error for every caller: the scan's thread (submitting) and the writer's (waiting for results) may
        both see the pool broken."""
        with self._lock:
            if self._dead is not None:
                return self._dead
            pool, self._pool = self._pool, None
            processes = _worker_processes(pool)
            if pool is not None:
                pool.shutdown(wait=True)  # joins the workers, so their exit codes are known
            codes = [process.exitcode for process in processes if process.exitcode]
            cause = next((code for code in codes if code != -signal.SIGTERM), codes[0] if codes else None)
            self._dead = ScanWorkerDiedError(
                f"a scan worker died ({_ending(cause)}) while {doing}, perhaps killed for lack of memory or crashed "
                "in the rules engine: the scan stopped and nothing was written (the register is as it was)"
            )
            return self._dead

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if kind is None:
            pool.shutdown(wait=True)
            return
        # a task may still run (Ctrl-C, another task's error): stop the workers now
        manager = getattr(pool, "_executor_manager_thread", None)
        results = getattr(pool, "_result_queue", None)
        processes = _worker_processes(pool)
        pool.shutdown(wait=False, cancel_futures=True)
        _let_manager_drop_cancelled(pool, manager)
        for process in processes:
            process.terminate()
        if manager is not None:
            manager.join(timeout=MANAGER_GRACE_S)
            if manager.is_alive():
                _end_results(results)
                manager.join()
        if results is not None:
            results.close()


class _PendingParts(Pending):
    """A chunk's parts submitted to the workers (``WorkerPool.submit``); ``result`` joins them in order."""

    def __init__(self, pool: WorkerPool, parts: list[Future[list[list[Any]]]]) -> None:
        self._pool = pool
        self._parts = parts

    def result(self, stop: Future[None]) -> list[list[Any]]:
        rows: list[list[Any]] = []
        try:
            for part in self._parts:
                if not part.done():
                    wait((part, stop), return_when=FIRST_COMPLETED)
                    if stop.done():
                        raise CancelledError("the scan was aborted")
                rows.extend(part.result())
        except BrokenProcessPool as exc:
            raise self._pool._died("evaluating the catalog") from exc
        return rows


def batch_evaluator(evaluator: Evaluator, pool: WorkerPool,
                    at: date) -> Callable[[Sequence[Any]], list[list[Any]] | Pending]:
    """What ``run_scan`` calls per chunk: the pool's workers evaluate (and validate JSON Lines products; the chunk
    is submitted and its results left pending for the scan's writer), or with one worker this process; a
    seller-data entry carries its findings already."""

    def in_process(batch: Sequence[Any]) -> list[list[Any]]:
        return [stored_rows_of(evaluator, catalog_entry(entry), at) for entry in batch]

    def batch_findings(batch: Sequence[Any]) -> list[list[Any]] | Pending:
        catalog = [entry for entry in batch if not isinstance(entry, SellerDataEntry)]

        def with_seller_data(found: Sequence[Sequence[Any]]) -> list[list[Any]]:
            rows = iter(found)
            return [entry.findings if isinstance(entry, SellerDataEntry) else next(rows) for entry in batch]

        if not catalog or pool.workers <= 1:
            return with_seller_data(in_process(catalog))
        pending = pool.submit(catalog)
        return pending if len(catalog) == len(batch) else pending.then(with_seller_data)

    return batch_findings


# -- the scan ----------------------------------------------------------------------------------


def scan_catalog(
    engine: Engine,
    catalog: Sequence[Path],
    *,
    rules: Sequence[Path] | None = None,
    at: date | None = None,
    reuse: bool = True,
    wait_s: float = 0.0,
    on_loaded: Callable[[int], None] | None = None,
    progress: Callable[[int], None] | None = None,
    data_dir: Path | None = None,
    fx: FxConfig | None = None,
    law_dates: LawDates | None = None,
    db_url: str | None = None,
    workers: int = 1,
    sla: dict[Severity, int | None] | None = None,
    on_warning: Callable[[CatalogWarning], None] | None = None,
    rollback_journal: bool = False,
) -> ScanResult:
    """Scan every entry of ``catalog`` with every pack and record the outcome in the register.

    ``data_dir`` adds the seller-level data (VAT, trademarks, accounts, FX) as one more entry, with
    ``fx`` the configured FX limits; ``db_url`` lets its FX rules use the exchange rates the ECB
    watcher stored there. ``law_dates``: the configured dates rules may wait for.
    ``on_loaded`` gets the number of entries once the catalog is checked (to size a progress bar).
    ``workers``: processes evaluating entries (1: in this process); findings are the same.
    ``sla``: days to due per severity (the configuration's ``register.sla_days``).
    ``rollback_journal``: see :func:`~crossguard.register.scan.run_scan` (only for a caller that owns ``engine``).
    ``on_warning`` gets what the catalog check warns about (a SKU given twice with different fields:
    the register keeps one product per SKU), once the catalog is checked.
    """
    at = at or date.today()
    evaluator = make_evaluator(rules, law_dates)
    salt = evaluator_salt(evaluator)
    with scan_collector(), WorkerPool(workers, rules, at, law_dates) as pool:  # with workers, pass 1 runs in them
        known = known_catalog_lines(engine, at, evaluator.pack_versions, salt) if reuse and data_dir is None else None
        checked = check_catalog(catalog, brands=data_dir is not None, known=known,
                                check_lines=pool.check_lines if workers > 1 else None)
        del known  # its keys are read again inside the scan's transaction
        for warning in checked.warnings if on_warning else ():
            on_warning(warning)
        extra: list[Any] = []
        if data_dir is not None:
            extra.append(seller_entry(evaluator, data_dir, checked.brand_listings, catalog, at, fx or FxConfig(),
                                      db_url))
            checked.brand_listings = []
        if on_loaded:
            on_loaded(checked.entries + len(extra))

        upgrade_to_head(engine)  # the overrides table must exist before it is read
        with engine.connect() as conn:
            overrides = current_overrides(conn)

        def entries() -> Iterator[Any]:
            yield from scan_entries(catalog, overrides, checked.known_lines)
            yield from extra

        return run_scan(
            engine,
            entries(),
            batch_evaluator(evaluator, pool, at),
            pack_versions=evaluator.pack_versions,
            scan_date=at,
            catalog=[str(path) for path in catalog],
            salt=salt,
            reuse=reuse,
            wait_s=wait_s,
            progress=progress,
            sla=sla,
            rollback_journal=rollback_journal,
        )
