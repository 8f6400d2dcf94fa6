"""A scan with workers keeps them fed: chunk N+1 is submitted while chunk N is still being evaluated, and the
writer thread waits for each chunk's results in turn (``WorkerPool.submit``, ``register.scan.writer``).

Real worker processes throughout (forked, so a patched ``Evaluator.decide_entry`` reaches them): a worker is held
on one SKU until the scan's thread has submitted a later chunk, which only a scan that does not wait for chunk N
before reading chunk N+1 does. Without the change these tests fail (the held worker times out first).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from crossguard.engine.catalog import load_catalog
from crossguard.engine.evaluator import Evaluator
from crossguard.register.scan import ScanResult, run_scan
from crossguard.register.scan.apply import Applier
from crossguard.register.scan.result import Pending
from crossguard.register.scan.writer import ChunkWriter
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from crossguard.usecases.scan import (
    ScanWorkerDiedError,
    WorkerPool,
    batch_evaluator,
    evaluator_salt,
    make_evaluator,
    scan_catalog,
    scan_entries,
)
from tests.test_register_stream import snapshot

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "examples" / "catalog.yaml"
AT = date(2026, 11, 25)
CHUNK = 8  # entries per chunk: the example catalog's 56 products make 7 chunks
HELD_S = 20.0  # how long a held worker waits for its signal before going on (only a failing test waits that long)

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="monkeypatches reach workers only through fork"
)


def skus() -> list[str]:
    return [entry.product.sku for entry in load_catalog([CATALOG]).entries]


def hold_worker_on(monkeypatch: pytest.MonkeyPatch, sku: str, signal_file: Path,
                   then: Callable[[], None] = lambda: None) -> None:
    """The worker evaluating ``sku`` waits until ``signal_file`` exists (at most ``HELD_S``), then calls ``then``."""
    real = Evaluator.decide_entry
    parent = os.getpid()

    def decide_entry(self: Evaluator, entry: Any, at: date) -> Any:
        if entry.product.sku == sku and os.getpid() != parent:
            deadline = time.monotonic() + HELD_S
            while not signal_file.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
            then()
        return real(self, entry, at)

    monkeypatch.setattr(Evaluator, "decide_entry", decide_entry)  # forked workers inherit it


def scan_in_chunks(engine: Engine, pool: WorkerPool, log: list[tuple[str, int]] | None = None,
                   on_submit: Callable[[int], None] = lambda n: None) -> ScanResult:
    """``run_scan`` as ``scan_catalog`` wires it, in chunks of ``CHUNK``; ``log`` notes each chunk's submission
    and absorption (the writer's), in the order they happen."""
    evaluator = make_evaluator()
    evaluate = batch_evaluator(evaluator, pool, AT)
    submitted = 0

    def logged(batch: Sequence[Any]) -> Any:
        nonlocal submitted
        found = evaluate(batch)
        if log is not None:
            log.append(("submit", submitted))
        on_submit(submitted)
        submitted += 1
        return found

    return run_scan(engine, scan_entries([CATALOG], {}), logged, pack_versions=evaluator.pack_versions,
                    scan_date=AT, salt=evaluator_salt(evaluator), chunk_size=CHUNK, reuse=False)


def log_absorbs(monkeypatch: pytest.MonkeyPatch, log: list[tuple[str, int]]) -> None:
    real = Applier.absorb
    order = {sku: n // CHUNK for n, sku in enumerate(skus())}

    def absorb(self: Applier, batch: Sequence[Any], results: Sequence[Any]) -> None:
        log.append(("absorb", order[batch[0].product.sku]))
        real(self, batch, results)

    monkeypatch.setattr(Applier, "absorb", absorb)


def test_the_next_chunks_are_submitted_while_the_first_is_evaluated(
    db_engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    hold_worker_on(monkeypatch, skus()[0], go)  # chunk 0 cannot finish before chunk 2 is submitted
    log: list[tuple[str, int]] = []
    log_absorbs(monkeypatch, log)

    def release(n: int) -> None:
        if n == 2:
            go.touch()

    started = time.monotonic()
    with WorkerPool(2, None, AT) as pool:
        result = scan_in_chunks(db_engine, pool, log, release)
    assert time.monotonic() - started < HELD_S, "the held worker timed out: chunk 2 was not submitted meanwhile"
    assert log.index(("submit", 2)) < log.index(("absorb", 0))
    assert [n for kind, n in log if kind == "absorb"] == list(range(7))  # absorbed in the catalog's order
    assert result.evaluated == result.entries == 56

    in_process = scan_catalog(db_engine, [CATALOG], at=AT, workers=1, reuse=False)
    assert (in_process.new, in_process.resolved, in_process.updated) == (0, 0, 0)  # the same findings


def test_a_worker_dying_with_chunks_in_flight_gives_the_usual_error_and_leaves_the_register(
    db_engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    scan_catalog(db_engine, [CATALOG], at=AT, workers=1)
    before = snapshot(db_engine)
    go = tmp_path / "go"
    hold_worker_on(monkeypatch, skus()[CHUNK + 1], go, lambda: os.kill(os.getpid(), signal.SIGKILL))
    submitted: list[int] = []

    def release(n: int) -> None:
        submitted.append(n)
        if n == 3:
            go.touch()  # chunks 1 (held, then killed), 2 and 3 are in flight

    with pytest.raises(ScanWorkerDiedError) as died, WorkerPool(2, None, AT) as pool:
        scan_in_chunks(db_engine, pool, on_submit=release)
    assert str(died.value) == (
        "a scan worker died (signal 9, SIGKILL) while evaluating the catalog, perhaps killed for lack of memory or "
        "crashed in the rules engine: the scan stopped and nothing was written (the register is as it was)"
    )
    assert submitted[:4] == [0, 1, 2, 3]
    assert snapshot(db_engine) == before
    for child in multiprocessing.active_children():
        child.join(timeout=5)
    assert multiprocessing.active_children() == []


def test_ctrl_c_does_not_wait_for_a_chunk_still_being_evaluated(
    db_engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The writer waits for a chunk's results; an interrupted scan must not wait with it (the worker is held
    until ``HELD_S``, never released)."""
    scan_catalog(db_engine, [CATALOG], at=AT, workers=1)
    before = snapshot(db_engine)
    hold_worker_on(monkeypatch, skus()[0], tmp_path / "never")

    def interrupt(n: int) -> None:
        if n == 1:
            raise KeyboardInterrupt

    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt), WorkerPool(2, None, AT) as pool:
        scan_in_chunks(db_engine, pool, on_submit=interrupt)
    assert time.monotonic() - started < HELD_S / 2
    assert snapshot(db_engine) == before
    for child in multiprocessing.active_children():
        child.join(timeout=5)
    assert multiprocessing.active_children() == []


def test_ids_and_audit_rows_are_the_in_process_scans_when_later_parts_finish_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Parts of several chunks finish out of order (the first entry of every chunk is slow); the register gets the
    same rows, with the same ids, as a scan in this process."""
    in_process = make_engine(f"sqlite:///{tmp_path / 'in-process.db'}")
    with WorkerPool(1, None, AT) as one:  # one worker: evaluated in this process, chunk by chunk
        scan_in_chunks(in_process, one)
    real = Evaluator.decide_entry
    slow = set(skus()[::CHUNK])

    def decide_entry(self: Evaluator, entry: Any, at: date) -> Any:
        if entry.product.sku in slow:
            time.sleep(0.2)
        return real(self, entry, at)

    monkeypatch.setattr(Evaluator, "decide_entry", decide_entry)
    pooled = make_engine(f"sqlite:///{tmp_path / 'pooled.db'}")
    with WorkerPool(2, None, AT) as pool:
        scan_in_chunks(pooled, pool)
    query = {
        "findings": "SELECT id, fingerprint, entry_key, content_hash, text_id, evidence_id, status FROM findings",
        "finding_events": "SELECT id, finding_id, action, from_status, to_status FROM finding_events",
        "rule_texts": "SELECT * FROM rule_texts",
        "evidence_texts": "SELECT * FROM evidence_texts",
    }
    for table, sql in query.items():
        with in_process.connect() as a, pooled.connect() as b:
            rows = [tuple(r) for r in a.execute(text(sql + " ORDER BY 1"))]
            assert rows == [tuple(r) for r in b.execute(text(sql + " ORDER BY 1"))], table
            assert rows, table
    in_process.dispose()
    pooled.dispose()


def test_workers_run_below_the_scan_so_its_writer_gets_a_core_first() -> None:
    """The workers' nice value is the scan's plus ``WORKER_NICE`` (capped at 19), read from each real worker's
    ``/proc/PID/stat``; the scan's own process keeps its priority (its writer thread is the pipeline's serial stage)."""
    from crossguard.usecases.scan import WORKER_NICE, _worker_processes

    def nice_of(pid: int) -> int:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[16])  # field 19 of stat(5), counted after the command's closing parenthesis

    own = os.getpriority(os.PRIO_PROCESS, 0)
    entries = load_catalog([CATALOG]).entries
    with WorkerPool(2, None, AT) as pool:
        assert len(pool(entries[:4])) == 4  # the workers have started and run their initialiser
        workers = [process.pid for process in _worker_processes(pool._pool)]
        assert len(workers) == 2
        assert [nice_of(pid) for pid in workers] == [min(19, own + WORKER_NICE)] * 2
    assert os.getpriority(os.PRIO_PROCESS, 0) == own


class _SlowChunk(Pending):
    """A chunk the workers are still evaluating: done after 3 s, or given up as soon as the scan aborts."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.waiting = threading.Event()
        self.stopped = threading.Event()
        self.finished = threading.Event()

    def result(self, stop: Any) -> list[list[Any]]:
        self.waiting.set()
        deadline = time.monotonic() + 3.0
        while time.monotonic() < deadline:
            if stop.done():
                self.stopped.set()
                raise RuntimeError("aborted")
            time.sleep(0.01)
        self.finished.set()
        return [[] for _ in range(self.size)]


class _CtrlCWhileClosing:
    """The writer's end as ``ChunkWriter.close`` waits for it, with Ctrl-C delivered inside that wait.

    A SIGINT reaches a scan's thread blocked there by interrupting the wait, and its handler raises KeyboardInterrupt
    at that point. The test raises it at that very point itself, once the chunk is being evaluated: a real signal
    (SIGALRM from a timer thread, as this test used to send) lands wherever the main thread happens to be, once even
    in hypothesis's gc callback, which swallowed it. Every later call (``abort``'s) is the real event's."""

    def __init__(self, ended: threading.Event, evaluating: threading.Event) -> None:
        self.ended = ended
        self.evaluating = evaluating
        self.interrupted = False

    def set(self) -> None:
        self.ended.set()

    def is_set(self) -> bool:
        return self.ended.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        if not self.interrupted:
            self.interrupted = True
            assert self.evaluating.wait(30), "the chunk was never evaluated"
            assert not self.ended.is_set(), "the writer ended before the chunk it waits for was evaluated"
            raise KeyboardInterrupt
        return self.ended.wait(timeout)


def test_ctrl_c_while_the_last_chunks_are_evaluated_aborts_the_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan's thread reaches `ChunkWriter.close` once the last chunk is submitted and waits there while it is
    evaluated: Ctrl-C then must stop the writer too, not leave it to absorb the chunk on the scan's connection while
    the transaction rolls back (found in review)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    upgrade_to_head(engine)
    chunks: list[_SlowChunk] = []
    waits: list[_CtrlCWhileClosing] = []

    def evaluate(batch: Sequence[Any]) -> _SlowChunk:
        chunks.append(_SlowChunk(len(batch)))
        return chunks[-1]

    real_close = ChunkWriter.close

    def close(self: ChunkWriter) -> None:  # the scan's one chunk is in flight: Ctrl-C while close waits for it
        waits.append(_CtrlCWhileClosing(self._ended, chunks[0].waiting))
        self._ended = waits[-1]  # type: ignore[assignment]  # the writer thread sets it only when it ends
        real_close(self)

    monkeypatch.setattr(ChunkWriter, "close", close)
    with pytest.raises(KeyboardInterrupt):
        run_scan(engine, scan_entries([CATALOG], {}), evaluate, pack_versions={}, scan_date=AT,
                 chunk_size=10_000, reuse=False)
    assert len(chunks) == 1 and len(waits) == 1 and waits[0].interrupted
    assert chunks[0].stopped.is_set() and not chunks[0].finished.is_set()  # given up before run_scan returned
    assert waits[0].ended.is_set()  # and the writer thread has ended
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM scan_runs")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM findings")).scalar() == 0
    engine.dispose()


def test_a_worker_that_cannot_lower_its_priority_still_evaluates(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ``os.nice`` (Windows) or a refusal (a sandbox): the workers keep their priority and the scan runs; before,
    every worker failed to start and the scan said a worker had died (found in review)."""

    def refused(increment: int) -> int:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "nice", refused)  # forked workers inherit it
    entries = load_catalog([CATALOG]).entries[:4]
    with WorkerPool(2, None, AT) as pool:
        assert len(pool(entries)) == 4
