"""A first scan on SQLite writes through a rollback journal instead of the write-ahead log.

Why: the register runs in WAL mode (``store.db``), where a transaction's pages go to the ``-wal`` file and the
commit's automatic checkpoint then copies every one of them into the database file: a first scan of 500,000
listing-markets wrote 2.2 GB twice, and the copy (5-7 s, one core, disk bound) was the largest serial step at
its end (docs/performance.md, "The serial end of a first scan"). SQLite's own documentation says WAL "does not
work well for very large transactions" and that beyond about 100 MB a rollback-journal mode is likely faster
(https://www.sqlite.org/wal.html, section 1, the disadvantages of WAL). In a rollback-journal mode only the
pages the file already had are copied to the journal before they change; the pages a first scan appends to an
almost empty file are written once, in place, and a rollback (or the next opener, after a killed scan) truncates
them away. So a first scan switches the file to ``journal_mode=DELETE`` for its one transaction and back to WAL
after it, whether it committed or rolled back.

What it costs and what it keeps (docs/performance.md, "The first scan's journal (branch scanjournal)"):

* Only a caller that owns its engine asks for it (``run_scan(rollback_journal=True)``: ``crossguard scan``). A
  server's scheduler scans on the engine its requests read through; switching there (after closing the pool's
  idle connections, which are the server's own) made every page, API call and metrics scrape fail with
  "database is locked" for the whole scan, so those scans keep WAL.

* Leaving WAL needs the file to itself. When another connection has it open (a server, a reader; the scan's
  own pool's idle connections are closed first) the scan keeps WAL, as before, and says so in a log line.
* While it runs, readers wait: once the scan spills its page cache it holds SQLite's exclusive lock to the
  commit, and a connection opened meanwhile cannot switch the file back to WAL (``store.db.switch_to_wal``).
  Either waits up to its busy timeout, then fails with "database is locked": never a wrong answer. Readers
  of a register with findings (every re-scan) are unaffected: only the first scan of an empty register
  switches.
* ``synchronous=FULL`` for the transaction: with a rollback journal, NORMAL may corrupt the file on a power
  loss at the wrong moment (https://www.sqlite.org/pragma.html#pragma_synchronous); FULL makes the commit
  durable when it returns, at the cost of a sync or two of a journal of a few pages. A killed scan (or a crash)
  leaves a hot journal, which the next connection plays back before anything reads the file; that connection
  switches the file to WAL again (``store.db``), so the register is as it was, in WAL mode.
* ``locking_mode`` stays NORMAL: SQLite takes the exclusive lock at the first spill anyway, and EXCLUSIVE
  would keep readers out after the commit until the connection closed.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import Connection
from sqlalchemy.pool import QueuePool

from crossguard.register.models import FindingRow
from crossguard.store.db import switch_to_wal

log = logging.getLogger(__name__)

#: The rollback-journal mode of a first scan: the journal is deleted at the commit, so nothing is left beside
#: the register once the file is back in WAL (TRUNCATE or PERSIST would save a directory update per scan).
FIRST_SCAN_JOURNAL = "delete"
#: The synchronous level during that transaction (see the module docstring); the connection's own after.
FIRST_SCAN_SYNCHRONOUS = "FULL"


@contextmanager
def first_scan_journal(conn: Connection) -> Iterator[str]:
    """On SQLite, when the register has no findings, run the scan's transaction (begun and ended inside this
    block, on ``conn``) with a rollback journal; yield the journal mode it runs in.

    Entered under the scan lock, outside any transaction (SQLite cannot change the journal mode inside one).
    Anything else (PostgreSQL, a register with findings, a file another connection holds) is left as it is.
    """
    raw = conn.connection.driver_connection
    if conn.dialect.name != "sqlite" or raw is None or not _register_empty(raw):
        yield "unchanged"
        return
    mode = _leave_wal(raw, conn.engine)
    if mode != FIRST_SCAN_JOURNAL:
        yield mode
        return
    synchronous = raw.execute("PRAGMA synchronous").fetchall()[0][0]
    raw.execute(f"PRAGMA synchronous={FIRST_SCAN_SYNCHRONOUS}")
    try:
        yield mode
    finally:
        _back_to_wal(raw, synchronous)


def _register_empty(raw: Any) -> bool:
    """Whether the register holds no finding (read in autocommit: no transaction is left open)."""
    return not raw.execute(f"SELECT 1 FROM {FindingRow.__tablename__} LIMIT 1").fetchall()


def _leave_wal(raw: Any, engine: Engine) -> str:
    """Switch the file to :data:`FIRST_SCAN_JOURNAL`; return the journal mode it is in afterwards.

    An idle connection of this process's pool holds the WAL open as any other would: those are closed first
    (they reconnect when next used). Another process's connection makes SQLite answer "database is locked"
    at once: the scan then keeps WAL.
    """
    if isinstance(engine.pool, QueuePool) and engine.pool.checkedin():
        engine.pool.dispose()  # only the idle ones: this connection is checked out
    try:
        mode = str(raw.execute(f"PRAGMA journal_mode={FIRST_SCAN_JOURNAL}").fetchall()[0][0]).lower()
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc):
            raise
        mode = "wal"
    if mode != FIRST_SCAN_JOURNAL:
        log.info("first scan: another connection has the register open, so it is written through the WAL "
                 "(journal mode %s; slower: every page is written twice)", mode)
    return mode


def _back_to_wal(raw: Any, synchronous: int) -> None:
    """Switch the file back to WAL after the scan's transaction (committed or rolled back). Never raises: if it
    cannot (a reader holds the file past the busy timeout), the next connection to open the register does it
    (``store.db``), and the scan's outcome stands either way."""
    try:
        raw.execute(f"PRAGMA synchronous={int(synchronous)}")
        busy_timeout_ms = raw.execute("PRAGMA busy_timeout").fetchall()[0][0]
        switch_to_wal(raw, busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        log.warning("after the first scan the register could not be switched back to WAL (%s); the next "
                    "connection to open it will", exc)
