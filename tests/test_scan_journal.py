"""A first scan on SQLite writes through a rollback journal and leaves the file in WAL (register/scan/journal.py).

Real SQLite files, real connections holding them, a real scan process killed with SIGKILL while its pages are
in the database file: the register is as it was, in WAL mode, and the next command opens it.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from crossguard.register import queries
from crossguard.store.db import make_engine
from tests.conftest import make_entry, scan, toy_evaluate
from tests.test_register_atomic import start_child as start_scan_process

TABLES = ("findings", "rule_texts", "finding_events", "scan_runs", "scan_entries", "scan_counts")


@pytest.fixture
def db_path(tmp_path: Path, _migrated_sqlite: str) -> Path:
    """An empty register at the newest schema, in WAL mode, that no connection holds."""
    path = tmp_path / "register.db"
    shutil.copy(_migrated_sqlite, path)
    return path


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        yield engine
    finally:
        engine.dispose()


def journal_mode(path: Path) -> str:
    """The file's journal mode as a new connection finds it (plain sqlite3: no switch on connect)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        conn.close()


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        tables = {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in TABLES}
        schema = conn.execute(text("SELECT type, name, sql FROM sqlite_master ORDER BY 2"))
        tables["schema"] = [tuple(r) for r in schema]
        return tables


def catalog(n: int = 40) -> list:
    return [make_entry(f"K{i:04d}", certificates=[{"scheme": "CE"}] if i % 3 == 0 else []) for i in range(n)]


def side_files(path: Path) -> set[str]:
    return {p.name.removeprefix(path.name) for p in path.parent.glob(path.name + "-*")}


def watching(path: Path, seen: list[set[str]]):  # noqa: ANN201
    """An evaluator that records which of the file's -journal / -wal exist while the scan writes."""

    def evaluate(batch):  # noqa: ANN001, ANN202
        seen.append(side_files(path))
        return toy_evaluate(batch)

    return evaluate


def test_first_scan_writes_through_a_rollback_journal_and_ends_in_wal(db_path: Path, engine: Engine) -> None:
    seen: list[set[str]] = []
    result = scan(engine, catalog(), watching(db_path, seen), chunk_size=10, rollback_journal=True)
    assert result.new > 0
    # chunks after the first: the scan's transaction holds a rollback journal and no WAL is written
    assert seen[1:] and all("-journal" in files and "-wal" not in files for files in seen[1:])
    assert journal_mode(db_path) == "wal"
    assert "-journal" not in side_files(db_path)
    # the second scan (the register has findings) runs in WAL as before
    seen.clear()
    again = scan(engine, catalog(), watching(db_path, seen), chunk_size=10, reuse=False, rollback_journal=True)
    assert (again.new, again.resolved) == (0, 0)
    assert all("-journal" not in files for files in seen)


def test_a_scan_on_a_shared_engine_keeps_wal_and_its_readers_answered(db_path: Path, engine: Engine) -> None:
    """What `crossguard serve --scheduler` does: a first scan on the engine the server's requests read through. It
    must not leave WAL (closing the pool's idle connections would let it, and every request would then wait and
    fail with "database is locked" for the whole scan): without ``rollback_journal`` the scan keeps WAL, and a read
    on the same engine in the middle of the scan answers at once, from the committed register."""
    seen: list[set[str]] = []
    reads: list[tuple[int, float]] = []

    def reading(batch):  # noqa: ANN001, ANN202
        seen.append(side_files(db_path))
        if len(seen) == 3:  # two chunks written inside the scan's transaction
            started = time.monotonic()
            with engine.connect() as conn:
                reads.append((queries.count_findings(conn, queries.Filters(statuses=[])), time.monotonic() - started))
        return toy_evaluate(batch)

    result = scan(engine, catalog(), reading, chunk_size=10)
    assert result.new > 0
    assert all("-journal" not in files for files in seen)
    assert reads and reads[0][0] == 0 and reads[0][1] < 2.0  # the committed (empty) register, without waiting
    assert journal_mode(db_path) == "wal"


def test_first_scan_failing_midway_leaves_the_register_empty_and_in_wal(db_path: Path, engine: Engine) -> None:
    before = snapshot(engine)
    calls = 0

    def failing(batch):  # noqa: ANN001, ANN202
        nonlocal calls
        calls += 1
        if calls == 3:  # two chunks written inside the transaction
            raise ValueError("bad data in the middle of the catalog")
        return toy_evaluate(batch)

    with pytest.raises(ValueError, match="bad data"):
        scan(engine, catalog(), failing, chunk_size=5, rollback_journal=True)
    assert snapshot(engine) == before
    assert journal_mode(db_path) == "wal"
    assert "-journal" not in side_files(db_path)
    assert scan(engine, catalog()).new > 0  # the lock was released; this one is a first scan again


def test_first_scan_keeps_wal_while_another_connection_holds_the_file(
    db_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    other = sqlite3.connect(db_path)  # another process's reader would hold it the same way
    try:
        assert other.execute("SELECT count(*) FROM findings").fetchone() == (0,)
        seen: list[set[str]] = []
        with caplog.at_level(logging.INFO, logger="crossguard.register.scan.journal"):
            result = scan(engine, catalog(), watching(db_path, seen), chunk_size=10, rollback_journal=True)
        assert "another connection has the register open" in caplog.text
        assert all("-journal" not in files for files in seen)
        assert other.execute("SELECT count(*) FROM findings").fetchone() == (result.produced,)
    finally:
        other.close()
    assert journal_mode(db_path) == "wal"


def test_first_scan_closes_its_own_pools_idle_connections_to_switch(db_path: Path, engine: Engine) -> None:
    with engine.connect() as one, engine.connect() as two:  # two connections left idle in the pool
        one.execute(text("SELECT 1 FROM findings")).all()
        two.execute(text("SELECT 1 FROM findings")).all()
    assert engine.pool.checkedin() == 2
    seen: list[set[str]] = []
    scan(engine, catalog(), watching(db_path, seen), chunk_size=10, rollback_journal=True)
    assert seen[1:] and all("-journal" in files for files in seen[1:])
    assert journal_mode(db_path) == "wal"


# A first scan in a process of its own, held after a few chunks, with a page cache small enough that its pages
# are already in the database file (so a rollback must truncate them away, and SQLite holds its exclusive lock).
CHILD = textwrap.dedent(
    """
    import os, pathlib, sys, time
    os.environ["CROSSGUARD_SQLITE_SCAN_CACHE_MB"] = "1"
    from crossguard.store.db import make_engine
    from tests.conftest import make_entry, scan, toy_evaluate

    url, started, release = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    engine = make_engine(url)
    calls = 0

    def held(batch):
        global calls
        calls += 1
        if calls == 12:  # eleven chunks handed to the writer: wait until it has written them, then hold
            time.sleep(1.0)
            started.touch()
            while not release.exists():
                time.sleep(0.05)
        return toy_evaluate(batch)

    entries = [make_entry(f"K{i:05d}", markets=("DE", "FR", "IT", "ES"), title="x" * 400) for i in range(3000)]
    result = scan(engine, entries, held, chunk_size=200, rollback_journal=True)
    print("committed", result.new, flush=True)
    """
)


def start_child(db_path: Path, tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    child, _, release = start_scan_process(f"sqlite:///{db_path}", tmp_path, CHILD)
    return child, release


def test_killed_first_scan_leaves_the_register_empty_in_wal(db_path: Path, engine: Engine, tmp_path: Path) -> None:
    before = snapshot(engine)
    size_before = db_path.stat().st_size
    engine.dispose()  # the scan must have the file to itself to leave WAL
    child, _ = start_child(db_path, tmp_path)
    try:
        assert "-journal" in side_files(db_path) and "-wal" not in side_files(db_path)
        assert db_path.stat().st_size > size_before  # its pages are in the database file itself
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(30)
    assert "-journal" in side_files(db_path)  # a hot journal

    fresh = make_engine(f"sqlite:///{db_path}")  # the next command: plays the journal back, back in WAL
    try:
        assert snapshot(fresh) == before
        assert journal_mode(db_path) == "wal"
        assert "-journal" not in side_files(db_path)
        with fresh.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert scan(fresh, catalog()).new > 0  # the killed scan's lock died with it
    finally:
        fresh.dispose()


def test_reader_waits_then_fails_cleanly_while_a_first_scan_runs(db_path: Path, engine: Engine, tmp_path: Path) -> None:
    engine.dispose()
    child, release = start_child(db_path, tmp_path)
    try:
        reader = make_engine(f"sqlite:///{db_path}", busy_timeout_s=0.5)
        try:
            started = time.monotonic()
            with pytest.raises(OperationalError, match="database is locked"), reader.connect() as conn:
                queries.count_findings(conn, queries.Filters(statuses=[]))
            assert time.monotonic() - started >= 0.5  # it waited its busy timeout first
        finally:
            reader.dispose()
        release.touch()
        out, errors = child.communicate(timeout=120)
        assert child.returncode == 0, errors
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    new = int(out.split()[1])
    reader = make_engine(f"sqlite:///{db_path}")
    try:
        with reader.connect() as conn:  # once the scan committed: the whole scan, and the file in WAL
            assert queries.count_findings(conn, queries.Filters(statuses=[])) == new > 0
    finally:
        reader.dispose()
    assert journal_mode(db_path) == "wal"


def test_crossguard_scan_writes_a_first_scan_through_the_rollback_journal(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`crossguard scan` owns its engine, so it asks for the rollback journal (the server's scheduler does not:
    see the shared-engine test above). Watched by wrapping the real switch, which still does the work."""
    from typer.testing import CliRunner

    from crossguard.cli import app
    from crossguard.register import scan as register_scan

    modes: list[str] = []
    real = register_scan.first_scan_journal

    @contextmanager
    def watched(conn):  # noqa: ANN001, ANN202
        with real(conn) as mode:
            modes.append(mode)
            yield mode

    monkeypatch.setattr(register_scan, "first_scan_journal", watched)
    catalog_file = Path(__file__).resolve().parent.parent / "examples" / "catalog.yaml"
    done = CliRunner().invoke(app, ["scan", "-c", str(catalog_file), "--db", f"sqlite:///{db_path}", "-q", "-w", "1"])
    assert done.exit_code in (0, 1), done.output
    assert modes == ["delete"]
    assert journal_mode(db_path) == "wal"


def test_running_scan_names_the_scan_holding_the_register(db_path: Path) -> None:
    """What a command that cannot open the register during a first scan adds to "database is locked"."""
    from crossguard.register.locking import _file_lock, running_scan

    url = f"sqlite:///{db_path}"
    assert running_scan(url) is None  # no lock file yet
    with _file_lock(db_path, 0):
        message = running_scan(url)
        assert message is not None and message.startswith("a scan is running (started at ")
        assert f"pid {os.getpid()}" in message
    assert running_scan(url) is None  # released, the file left behind
    assert running_scan("postgresql://x@127.0.0.1/y") is None
