"""A first scan into an empty register: no temporary seen table, two indexes of ``findings`` built once at the end.

Why: when the register holds no findings, every finding in the table was inserted by this scan, so
the table itself is the record of what the scan has produced: the temporary ``crossguard_scan_seen``
table (:class:`~crossguard.register.scan.apply.SeenFingerprints`) would be a second copy of the same
fingerprints, written row by row. And on SQLite, maintaining the unique fingerprint index and the SKU
index for millions of inserted rows (each row lands on a page of its own) costs more than building
each once from the finished table, which SQLite does by one sort; the other indexes, whose new keys
all go to the end of a few ranges, are cheaper kept up to date while the workers evaluate than built
after them, when each build reads the whole table on one core (:data:`DEFERRED_INDEXES`). The two
are dropped and created again inside the scan's one transaction, from the exact statements
``sqlite_master`` holds: a failed or killed scan rolls back to the old schema. On SQLite the first scan
writes through a rollback journal, so its pages are written once (``journal``); readers wait for it. On
PostgreSQL the indexes stay and each chunk looks its fingerprints up in the unique one.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import delete, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from crossguard.register.lifecycle import chunks
from crossguard.register.models import FindingRow
from crossguard.register.scan.lookup import rows_by_fingerprint

findings_t = FindingRow.__table__


class RegisterFingerprints:
    """What a first scan has produced so far: the findings table itself (the register was empty).

    ``lookups``: whether a later chunk looks its fingerprints up in the table's unique index. Off when
    that index is built at the end (:class:`DeferredIndexes`): a fingerprint two chunks produce is then
    found, and its second row removed, when the index is built (:func:`remove_repeats`).
    """

    def __init__(self, conn: Connection, lookups: bool = True) -> None:
        self.conn = conn
        self.empty = True
        self.lookups = lookups

    def drop_known(self, produced: dict[str, Any]) -> None:
        """Remove from ``produced`` the fingerprints an earlier chunk of this scan inserted."""
        if self.empty or not self.lookups:
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


#: The unique index on the fingerprint (``register.models.FindingRow``; a named index since migration 0006).
FINGERPRINT_INDEX = "ix_findings_fingerprint"


#: The indexes of ``findings`` a first scan builds at the end instead of keeping them up to date row by row: those
#: whose keys come in an order the catalog decides (the SKU) or at random (the fingerprint), so each row lands on
#: a page of its own. Building an index reads the whole table (1.6 GB at 500,000 listing-markets: about 1.3 s of
#: CPU and 2.5-4 s of wall on the main thread alone, whatever the index), while keeping one whose new keys all go
#: to the end of a few ranges (rule, market, owner -- NULL for every finding a scan creates --, due date,
#: status and severity: the row id grows) costs the writer thread 0.7-1.3 µs a row while the workers evaluate
#: (docs/performance.md, "The serial end of a first scan").
DEFERRED_INDEXES = frozenset({FINGERPRINT_INDEX, "ix_findings_sku"})


class DeferredIndexes:
    """The indexes of ``findings`` in :data:`DEFERRED_INDEXES`, dropped for a first scan's bulk insert and created
    again after.

    SQLite only (PostgreSQL's DROP INDEX would lock the table against readers until the commit). The
    unique fingerprint index is among them: inserting 2 million random keys into it cost as much as
    inserting the rows themselves, and sorting them once at the end costs a fifth of that
    (docs/performance.md, "The register's side of a first scan"). What it guarded during the scan, a
    fingerprint produced by two chunks (two entries with one SKU) stored once, :func:`remove_repeats`
    does when the build finds one.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.statements: list[str] = []
        self.fingerprints = False  # the unique fingerprint index is among those dropped
        if conn.dialect.name != "sqlite":
            return
        query = text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :table "
                     "AND sql IS NOT NULL ORDER BY name != :unique, name")
        for name, sql in conn.execute(query, {"table": findings_t.name, "unique": FINGERPRINT_INDEX}).all():
            if name not in DEFERRED_INDEXES:
                continue
            conn.execute(text(f'DROP INDEX "{name}"'))
            self.statements.append(sql)
            self.fingerprints = self.fingerprints or name == FINGERPRINT_INDEX

    def restore(self, before_repeats: Callable[[], None] | None = None) -> int:
        """Create the dropped indexes again (once; before anything reads the findings by them), the unique
        fingerprint index first; return how many repeated findings that removed (:func:`remove_repeats`,
        after calling ``before_repeats``: what refers to the findings' ids must go first).

        The scan's connection is left with a small page cache for the rest of the scan
        (:func:`small_cache_for_the_end`), and SQLite may sort with a second thread meanwhile
        (:func:`sorter_threads`): the workers are done, the build has the cores to itself.
        """
        statements, self.statements = self.statements, []
        if not statements:
            return 0
        small_cache_for_the_end(self.conn)
        removed = 0
        with sorter_threads(self.conn):
            for sql in statements:
                try:
                    self.conn.execute(text(sql))
                except IntegrityError:  # the unique fingerprint index, on a fingerprint two chunks produced
                    if FINGERPRINT_INDEX not in sql:
                        raise
                    if before_repeats is not None:
                        before_repeats()
                    removed = remove_repeats(self.conn)
                    self.conn.execute(text(sql))
        return removed


def remove_repeats(conn: Connection) -> int:
    """Keep the first finding of each fingerprint, delete the later ones, and number the rest as if they had
    never been inserted (the ids the scan gives when it looks each chunk up, as on PostgreSQL): two entries
    with one SKU in different chunks of a first scan. Return how many were deleted.

    Rare (a catalog with repeated SKUs is warned about), so it is plain rather than fast: the repeated ids in
    Python, then the ids after each one moved down, through negative ids so no two rows ever share one.
    """
    query = text(f"SELECT id FROM {findings_t.name} WHERE id NOT IN "
                 f"(SELECT min(id) FROM {findings_t.name} GROUP BY fingerprint) ORDER BY id")
    repeated = [finding_id for (finding_id,) in conn.execute(query)]
    for part in chunks(repeated):
        conn.execute(delete(findings_t).where(findings_t.c.id.in_(part)))
    bounds = [*repeated, None]
    for shift, (low, high) in enumerate(itertools.pairwise(bounds), start=1):
        moved = findings_t.c.id > low if high is None else (findings_t.c.id > low) & (findings_t.c.id < high)
        conn.execute(update(findings_t).where(moved).values(id=shift - findings_t.c.id))
    conn.execute(update(findings_t).where(findings_t.c.id < 0).values(id=-findings_t.c.id))
    return len(repeated)


@contextmanager
def sorter_threads(conn: Connection) -> Iterator[None]:
    """Let SQLite's sorter use a helper thread per spare core (``PRAGMA threads``) while the indexes are built.

    Why: building an index is one sort of the table's keys, and the build at the end of a first scan ran on
    one core while the other idled (the workers are done by then). The helper threads sort and merge runs in
    parallel: a little more CPU in all (2.5 to 2.9 s at 20,000 products), less of it on the scan's thread and
    less wall time. Reset afterwards: nothing else in a scan sorts that much.
    """
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA threads={SORTER_THREADS}")
    try:
        yield
    finally:
        raw.execute("PRAGMA threads=0")


#: Helper threads SQLite's sorter may start during the index build: one per core this process may use beyond the
#: first, at most 3 (the affinity mask, not the machine's count: a container limited to 1 CPU starts none).
SORTER_THREADS = max(0, min(3, len(os.sched_getaffinity(0)) - 1))


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
