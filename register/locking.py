"""Who may write the register when: one scan at a time, and manual changes never inside a scan.

A scan reads the whole register at its start and writes on that basis, so it must be alone:

* SQLite: an exclusive ``flock`` on ``<database>.scanlock`` (holding who started when) decides
  which scan runs; the scan's transaction then starts with ``BEGIN IMMEDIATE`` (SQLite's write
  lock), so manual changes wait for it through ``busy_timeout``.
* PostgreSQL: the scan transaction takes an exclusive transaction-level advisory lock; manual
  changes take the same lock in shared mode, so they wait for a running scan (up to a timeout)
  and never slip between the scan's read and its writes.

Both locks die with the process or its connection, so a killed scan never leaves the register
locked. A second scan is refused with "another scan is running (started at ...)" unless it was
asked to wait (``wait_s``), in which case it polls until the first one ends or the wait runs out.
"""

from __future__ import annotations

import fcntl
import getpass
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from crossguard.register.errors import RegisterBusyError
from crossguard.store.db import sqlite_file, utcnow, write_transaction

# Arbitrary constant shared by every crossguard process (see also crossguard.store.migrate).
SCAN_LOCK_KEY = 0x63677264_0002
_POLL_S = 0.2


def holder_name() -> str:
    """Who is running this process, for lock messages and the scan run's actor."""
    try:
        user = getpass.getuser()
    except Exception:  # no passwd entry (containers): still say something useful
        user = str(os.getuid())
    return f"{user}@{socket.gethostname()} pid {os.getpid()}"


def _busy_message(started_at: datetime | None, holder: str | None, scan: str = "another scan") -> str:
    when = started_at.strftime("%Y-%m-%d %H:%M:%S UTC") if started_at else "an unknown time"
    who = f" by {holder}" if holder else ""
    return f"{scan} is running (started at {when}{who}); try again when it has finished"


# --- SQLite: a lock file beside the database -------------------------------------------------


def _lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".scanlock")


def _read_lock_info(handle: IO[str]) -> tuple[datetime | None, str | None]:
    try:
        handle.seek(0)
        info = json.loads(handle.read() or "{}")
        return datetime.fromisoformat(info["started_at"]), info.get("holder")
    except (ValueError, KeyError, OSError):
        return None, None


@contextmanager
def _file_lock(db: Path, wait_s: float) -> Iterator[None]:
    path = _lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    # owner-only, like the register beside it: it names who runs the scan
    with open(os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600), "a+", encoding="utf-8") as handle:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    started_at, holder = _read_lock_info(handle)
                    raise RegisterBusyError(_busy_message(started_at, holder), started_at, holder) from None
                time.sleep(_POLL_S)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(json.dumps({"started_at": utcnow().isoformat(), "holder": holder_name()}))
            handle.flush()
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sqlite_scan_info(engine: Engine) -> tuple[datetime | None, str | None]:
    db = sqlite_file(engine.url.render_as_string(hide_password=False))
    if db is None or not _lock_path(db).exists():
        return None, None
    with open(_lock_path(db), encoding="utf-8") as handle:
        return _read_lock_info(handle)


def running_scan(url: str) -> str | None:
    """Why a SQLite register is locked, when a scan holds it: the busy message naming when it started and who runs
    it; None when no scan does (or the URL is not a SQLite file). A command that cannot open the register while
    ``crossguard scan`` fills it through a rollback journal (``scan/journal.py``) says so instead of only "database
    is locked". The lock file is only tested (a shared lock, released at once), never kept."""
    db = sqlite_file(url)
    if db is None or not _lock_path(db).exists():
        return None
    with open(_lock_path(db), encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _busy_message(*_read_lock_info(handle), scan="a scan")
        fcntl.flock(handle, fcntl.LOCK_UN)
    return None


def _is_sqlite_busy(exc: OperationalError) -> bool:
    message = str(exc.orig).lower()
    return "locked" in message or "busy" in message


# --- PostgreSQL: an advisory lock ------------------------------------------------------------


def _pg_holder(conn: Connection) -> tuple[datetime | None, str | None]:
    row = conn.execute(
        text(
            "SELECT a.xact_start, a.application_name FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.mode = 'ExclusiveLock' "
            "AND l.classid = :hi AND l.objid = :lo AND l.objsubid = 1 "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ),
        {"hi": SCAN_LOCK_KEY >> 32, "lo": SCAN_LOCK_KEY & 0xFFFFFFFF},
    ).first()
    if row is None:
        return None, None
    return row[0], (row[1] or None)


# --- public ----------------------------------------------------------------------------------


@contextmanager
def scan_transaction(
    engine: Engine, *, wait_s: float = 0.0, outside: Callable[[Connection], AbstractContextManager[Any]] | None = None
) -> Iterator[Connection]:
    """One transaction holding the exclusive scan lock; commits if the block succeeds.

    ``outside``: on a SQLite file, a context entered on the scan's connection under the lock, around the
    transaction (the first scan's journal mode, ``register.scan.journal``).
    Raises :class:`RegisterBusyError` if another scan holds the lock after ``wait_s`` seconds.
    """
    if engine.dialect.name == "sqlite":
        db = sqlite_file(engine.url.render_as_string(hide_password=False))
        if db is None:  # in-memory database: private to this process, nothing to exclude
            with write_transaction(engine) as conn:
                yield conn
            return
        with _file_lock(db, wait_s), engine.connect() as conn, (outside or nullcontext)(conn):
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn
        return

    with engine.connect() as conn, conn.begin():
        name = f"crossguard scan {holder_name()}"
        conn.execute(text("SELECT set_config('application_name', :name, true)"), {"name": name})
        deadline = time.monotonic() + wait_s
        while not conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": SCAN_LOCK_KEY}).scalar():
            if time.monotonic() >= deadline:
                started_at, holder = _pg_holder(conn)
                raise RegisterBusyError(_busy_message(started_at, holder), started_at, holder)
            time.sleep(_POLL_S)
        yield conn


@contextmanager
def change_transaction(engine: Engine, *, wait_s: float = 10.0) -> Iterator[Connection]:
    """A transaction for a manual change (ack, waive, resolve, expiries): waits out a running scan.

    Commits if the block succeeds. Raises :class:`RegisterBusyError` if a scan still holds the
    register after about ``wait_s`` seconds.
    """
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            previous = raw.execute("PRAGMA busy_timeout").fetchone()[0]
            raw.execute(f"PRAGMA busy_timeout={int(wait_s * 1000)}")
            try:
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    yield conn
            except OperationalError as exc:
                if not _is_sqlite_busy(exc):
                    raise
                started_at, holder = _sqlite_scan_info(engine)
                message = _busy_message(started_at, holder) if started_at else "the register is busy; try again"
                raise RegisterBusyError(message, started_at, holder) from exc
            finally:
                raw.execute(f"PRAGMA busy_timeout={int(previous)}")
        return

    with engine.connect() as conn:
        trans = conn.begin()
        try:
            conn.execute(text("SELECT set_config('lock_timeout', :t, true)"), {"t": f"{int(wait_s * 1000)}ms"})
            conn.execute(text("SELECT pg_advisory_xact_lock_shared(:k)"), {"k": SCAN_LOCK_KEY})
            conn.execute(text("SELECT set_config('lock_timeout', '0', true)"))
        except OperationalError as exc:
            trans.rollback()
            if getattr(exc.orig, "pgcode", None) != "55P03":  # lock_not_available
                raise
            started_at, holder = _pg_holder(conn)
            conn.rollback()
            raise RegisterBusyError(_busy_message(started_at, holder), started_at, holder) from exc
        try:
            yield conn
        except BaseException:
            trans.rollback()
            raise
        trans.commit()
