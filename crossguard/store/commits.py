"""Whether anything was committed to a SQLite register since the last look, by any connection of any process.

SQLite keeps ``PRAGMA data_version`` per connection and changes it whenever another connection (of this
process or another) commits to the file; reading it costs one small statement and no scan. A
:class:`CommitWatch` holds a connection of its own that never writes, so every commit it does not make
is one it sees. What depends only on the database's content may be kept in memory while the number
stays the same (``register.holds_cache``). Other backends have no such number: :func:`commit_watch`
answers None and the caller asks the database each time.
"""

from __future__ import annotations

import sqlite3
import threading

from sqlalchemy import Engine

from crossguard.store.db import DEFAULT_BUSY_TIMEOUT_S, sqlite_file


class CommitWatch:
    """``PRAGMA data_version`` on a read-only connection kept for the purpose (thread-safe)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._lock = threading.Lock()  # one connection, used from the event loop and the thread pool

    def version(self) -> int:
        """A number that differs from the last one read whenever anything was committed since."""
        with self._lock:
            return self._connection.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def commit_watch(engine: Engine) -> CommitWatch | None:
    """A watch on the SQLite file behind ``engine``; None for other backends and in-memory databases (there
    every connection may be the same one, which would see no commit of its own)."""
    path = sqlite_file(engine.url.render_as_string(hide_password=False))
    if path is None:
        return None
    # mode=ro: it cannot write by mistake (a write of its own would not change its data_version)
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=DEFAULT_BUSY_TIMEOUT_S,
                                 isolation_level=None, check_same_thread=False)
    return CommitWatch(connection)
