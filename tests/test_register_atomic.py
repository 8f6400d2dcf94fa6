"""A scan is all or nothing, and scans never run over each other (SQLite and PostgreSQL).

Failures are real: an evaluator that raises midway, a scan process killed with SIGKILL, a second
scan process started while the first holds the register.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

import crossguard.register.scan as scan_module  # run_scan looks save_entry_keys up here
from crossguard.register import lifecycle, queries
from crossguard.register.errors import RegisterBusyError
from crossguard.store.db import make_engine
from tests.conftest import make_entry, scan, toy_evaluate

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("findings", "rule_texts", "evidence_texts", "finding_events", "scan_runs", "scan_entries")
CE = [{"scheme": "CE"}]


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in TABLES}


def baseline(engine: Engine) -> dict[str, list[tuple]]:
    """A register with history: open, acknowledged, waived and resolved findings, two scans."""
    scan(engine, [make_entry(f"K{i:03d}") for i in range(40)])
    lifecycle.acknowledge(engine, 1, by="bob")
    lifecycle.waive(engine, 2, by="carol", reason="r", until=lifecycle.today_utc())
    scan(engine, [make_entry(f"K{i:03d}", certificates=CE if i < 5 else []) for i in range(40)])
    return snapshot(engine)


def second_catalog() -> list:
    """Differs from the baseline everywhere: new products, fixed ones, broken ones."""
    return [make_entry(f"K{i:03d}", certificates=CE if i < 30 else []) for i in range(20, 60)]


@pytest.mark.parametrize("error", [ValueError, KeyboardInterrupt])
def test_scan_failing_midway_leaves_the_register_as_it_was(db_engine: Engine, error: type[BaseException]) -> None:
    before = baseline(db_engine)
    calls = 0

    def failing(batch):  # noqa: ANN001
        nonlocal calls
        calls += 1
        if calls == 3:  # two chunks already written inside the transaction
            raise error("bad data in the middle of the catalog")
        return toy_evaluate(batch)

    with pytest.raises(error):
        scan(db_engine, second_catalog(), failing, chunk_size=5, reuse=False)
    assert calls == 3
    assert snapshot(db_engine) == before
    scan(db_engine, second_catalog())  # the lock was released
    assert snapshot(db_engine) != before


def test_failure_after_resolving_still_rolls_back_everything(db_engine: Engine, monkeypatch) -> None:  # noqa: ANN001
    before = baseline(db_engine)

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003
        raise RuntimeError("disk full")

    monkeypatch.setattr(scan_module, "save_entry_keys", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        scan(db_engine, second_catalog())
    assert snapshot(db_engine) == before


CHILD = textwrap.dedent(
    """
    import pathlib, sys, time
    from crossguard.store.db import make_engine
    from tests.conftest import make_entry, scan, toy_evaluate

    url, started, release = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    engine = make_engine(url)
    calls = 0

    def held(batch):
        global calls
        calls += 1
        if calls == 2:  # the first chunk is written (uncommitted): now hold the register
            started.touch()
            while not release.exists():
                time.sleep(0.05)
        return toy_evaluate(batch)

    entries = [make_entry(f"K{i:03d}", certificates=[{"scheme": "CE"}] if i < 30 else []) for i in range(20, 60)]
    result = scan(engine, entries, held, chunk_size=5, reuse=False)
    print("committed", result.scan_id, flush=True)
    """
)


def start_child(db_url: str, tmp_path: Path, script: str = CHILD) -> tuple[subprocess.Popen, Path, Path]:
    """Run ``script`` (a scan that touches its second argument when it holds the register, and waits for its third
    to exist) in a process of its own; return once it holds the register."""
    started, release = tmp_path / "started", tmp_path / "release"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", script, db_url, str(started), str(release)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not started.exists():
        if child.poll() is not None:
            pytest.fail(f"scan process ended early: {child.communicate()}")
        assert time.monotonic() < deadline, "scan process did not start"
        time.sleep(0.05)
    return child, started, release


def test_killed_scan_process_leaves_the_register_as_it_was(db_url: str, db_engine: Engine, tmp_path: Path) -> None:
    before = baseline(db_engine)
    child, _, _ = start_child(db_url, tmp_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    engine = make_engine(db_url)  # a fresh process's view
    try:
        assert snapshot(engine) == before
        result = scan(engine, second_catalog(), wait_s=20)  # the killed scan's lock died with it
        assert (result.new, result.resolved) == (40, 50)
    finally:
        engine.dispose()


def test_second_scan_is_refused_while_one_runs_then_can_wait(db_url: str, db_engine: Engine, tmp_path: Path) -> None:
    before = baseline(db_engine)
    child, _, release = start_child(db_url, tmp_path)
    try:
        other = make_engine(db_url)
        try:
            # refused at once, with a clear message; nothing changed
            with pytest.raises(RegisterBusyError, match=r"another scan is running \(started at \d{4}-\d\d-\d\d "):
                scan(other, second_catalog())
            # manual changes wait for the scan, then give up with the same kind of error
            with pytest.raises(RegisterBusyError, match="another scan is running"):
                lifecycle.acknowledge(other, 3, by="bob", wait_s=0.5)
            # reads still work and see the register as it was before the running scan
            with other.connect() as conn:
                assert queries.count_findings(conn, queries.Filters(statuses=[])) == len(before["findings"])
            assert snapshot(other) == before

            # a scan asked to wait gets its turn once the first one commits
            outcome: list[object] = []

            def waiting_scan() -> None:
                try:
                    outcome.append(scan(other, second_catalog(), wait_s=60, reuse=False))
                except Exception as exc:  # asserted below
                    outcome.append(exc)

            thread = threading.Thread(target=waiting_scan)
            thread.start()
            time.sleep(0.5)
            assert not outcome, "the waiting scan must not run while the first holds the register"
            release.touch()
            out, errors = child.communicate(timeout=60)
            assert child.returncode == 0, errors
            thread.join(60)
        finally:
            other.dispose()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    assert out.startswith("committed")
    (second,) = outcome
    assert not isinstance(second, Exception), second
    # both scans landed, one after the other: the second saw the first's result and changed nothing
    assert (second.new, second.reopened, second.resolved, second.updated) == (0, 0, 0, 0)
    with db_engine.connect() as conn:
        runs = queries.scan_runs(conn)
        assert len(runs) == 4 and runs[0].id == second.scan_id
        findings = queries.list_findings(conn, queries.Filters(statuses=[]))
        assert len({f.fingerprint for f in findings}) == len(findings)
        for finding in findings:
            assert queries.history(conn, finding.id)[-1].to_status == finding.status
