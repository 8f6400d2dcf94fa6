"""A first scan into an empty register: no temporary seen table, secondary indexes built once at the end.

Why: when the register holds no findings, every finding in the table was inserted by this scan, so
the table itself (its unique fingerprint index) is the record of what the scan has produced: the
temporary ``crossguard_scan_seen`` table (:class:`~crossguard.register.scan.apply.SeenFingerprints`)
would be a second copy of the same index, written row by row. And on SQLite, maintaining the other
secondary indexes of ``findings`` (rule, SKU, market, owner, due date, status and severity) for
millions of inserted rows costs more than building each once from the finished table, which SQLite
does by one sort. The indexes are dropped and created again inside the scan's one transaction, from
the exact statements ``sqlite_master`` holds: a failed or killed scan rolls back to the old schema,
and readers of the WAL see the committed register (with its indexes) throughout.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from crossguard.register.models import FindingRow
from crossguard.register.scan.lookup import rows_by_fingerprint

findings_t = FindingRow.__table__


class RegisterFingerprints:
    """What a first scan has produced so far: the findings table itself (the register was empty)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.empty = True

    def drop_known(self, produced: dict[str, Any]) -> None:
        """Remove from ``produced`` the fingerprints an earlier chunk of this scan inserted."""
        if self.empty:
            return
        for (fp,) in list(rows_by_fingerprint(self.conn, findings_t, ("fingerprint",), list(produced))):
            del produced[fp]

    def add(self, fingerprints: Iterable[str]) -> None:
        self.empty = self.empty and not fingerprints

    def not_produced(self, conn: Connection, leave: Any = None) -> Iterator[tuple[int, str, bool, str | None]]:
        """Nothing: every finding in the register was produced by this scan."""
        return iter(())

    def count_not_produced(self, conn: Connection, which: Any) -> int:
        """Nothing: every finding in the register was produced by this scan."""
        return 0

    def drop(self, conn: Connection) -> None:
        """Nothing to drop (no temporary table)."""


class DeferredIndexes:
    """The secondary indexes of ``findings``, dropped for a first scan's bulk insert and created again after.

    SQLite only (PostgreSQL's DROP INDEX would lock the table against readers until the commit). The
    unique fingerprint index stays: the scan looks fingerprints up in it.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.statements: list[str] = []
        if conn.dialect.name != "sqlite":
            return
        query = text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table "
                     "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name")
        for name, sql in conn.execute(query, {"table": findings_t.name}).all():
            conn.execute(text(f'DROP INDEX "{name}"'))
            self.statements.append(sql)

    def restore(self) -> None:
        """Create the dropped indexes again (once; before anything reads the findings by them), and leave the
        scan's connection with a small page cache for the rest of the scan (:func:`small_cache_for_the_end`)."""
        statements, self.statements = self.statements, []
        if not statements:
            return
        small_cache_for_the_end(self.conn)
        for sql in statements:
            self.conn.execute(text(sql))


#: SQLite page cache (KiB) from the index build to the end of a first scan: SQLite's own default size.
END_CACHE_KB = 2000


def small_cache_for_the_end(conn: Connection) -> None:
    """Shrink the scan connection's page cache to :data:`END_CACHE_KB` before the index build.

    Why: SQLite's sorter keeps up to the cache size of records in memory before it writes a sorted run
    to a temporary file, so with the scan's 64 MB cache (``reuse.bulk_tuning``) each CREATE INDEX held
    64 MB beside the full cache: the scan's peak (docs/performance.md). And the cache must stay small
    to the end: the pages the shrink frees go back to the writer thread's malloc arena, where this
    thread's allocations cannot reuse them, so a cache grown again after the build was all new memory.
    What follows the build reads and appends in order; ``bulk_tuning`` restores the size at the end.
    """
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA cache_size=-{END_CACHE_KB}")
