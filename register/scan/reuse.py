"""Skipping what has not changed: evaluation keys per entry, remembered between scans.

An entry whose content, scan date and rule packs are unchanged since the last scan is not evaluated
again: its findings from last time stand (``scan_entries`` keeps the key per entry), so an
unchanged re-scan writes almost nothing. Also the SQLite tuning a large scan needs.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Column, ColumnElement, MetaData, String, Table, bindparam, delete, select, text, update
from sqlalchemy.engine import Connection, Engine

from crossguard.register.bulk import insert_rows
from crossguard.register.lifecycle import chunks
from crossguard.register.models import FindingRow, ScanEntry, Status
from crossguard.register.scan.result import EntryLike
from crossguard.store.migrate import current_revisions, head_revisions

entries_t = ScanEntry.__table__
findings_t = FindingRow.__table__


def evaluation_key(entry: EntryLike, base: str) -> str:
    """Key under which an entry's evaluation can be reused: its content plus ``base``.

    An entry that carries a ``content_digest`` (a JSON Lines product read by the scan's second pass,
    ``usecases.scan_lines``: its exact line and override) is keyed by it, so it need not be validated
    to be compared; any other entry by its model's JSON.
    """
    content = getattr(entry, "content_digest", None)
    return line_key(content, base) if content is not None else _key(entry.model_dump_json().encode(), base)


def line_key(content_digest: str, base: str) -> str:
    """:func:`evaluation_key` of a line entry whose ``content_digest`` this is."""
    return _key(b"line:" + content_digest.encode(), base)


def _key(content: bytes, base: str) -> str:
    digest = hashlib.blake2b(base.encode(), digest_size=16)
    digest.update(content)
    return digest.hexdigest()


def registered_keys(engine: Engine) -> set[str] | None:
    """The evaluation keys the last scan left, read outside any scan (a scan's check pass, before its
    transaction: ``usecases.scan_lines.known_lines``); None when there is no register at the current
    schema yet (a register is upgraded by the scan itself, after its check pass)."""
    with engine.connect() as conn:
        if current_revisions(conn) != head_revisions():
            return None
        return {key for (key,) in conn.execute(select(entries_t.c.eval_key))}


def listing_count(entry: EntryLike) -> int:
    """How many listings an entry has, without validating a line entry's listings."""
    count = getattr(entry, "listing_count", None)
    return len(entry.listings) if count is None else count


def evaluation_base(scan_date: date, pack_versions: dict[str, str], salt: str = "") -> str:
    """What, besides the entry, decides its findings: the date, the packs, and ``salt``.

    ``salt`` should change whenever rule files change without a version bump (the CLI passes a
    hash of the rule files); with a wrong salt a re-scan could reuse stale results.
    """
    return json.dumps([scan_date.isoformat(), sorted(pack_versions.items()), salt])


def save_entry_keys(conn: Connection, keys: dict[str, str], scan_id: int, old: dict[str, str] | None = None) -> None:
    """Remember each entry's evaluation key; forget entries no longer in the catalog.

    ``old``: the keys the register held when the scan began (read again when not given). New keys go in
    as plain tuples in parts: a list of a dict per entry for a million-listing catalog was 60 MB.
    """
    if old is None:
        old = dict(conn.execute(select(entries_t.c.entry_key, entries_t.c.eval_key)).all())
    inserts = [(k, v, scan_id) for k, v in keys.items() if k not in old]
    for part in chunks(inserts, 20_000):
        insert_rows(conn, entries_t, ("entry_key", "eval_key", "scan_id"), part)
    del inserts
    changes = [{"b_key": k, "eval_key": v, "scan_id": scan_id} for k, v in keys.items() if k in old and old[k] != v]
    if changes:
        conn.execute(
            update(entries_t)
            .where(entries_t.c.entry_key == bindparam("b_key"))
            .values(eval_key=bindparam("eval_key"), scan_id=bindparam("scan_id")),
            changes,
        )
    for part in chunks([k for k in old if k not in keys]):
        conn.execute(delete(entries_t).where(entries_t.c.entry_key.in_(part)))


class ReusedEntries:
    """The entries whose previous results a scan reuses, in a temporary table on the scan's connection.

    Why: at the end of a scan, the findings of reused entries that are present and not resolved stand as
    they are; they only count as produced. Reading every finding of the register into Python to find
    that out was most of an unchanged re-scan's time; with the reused keys in the database, those
    findings are counted there and left out of what Python reads (:meth:`still_produced`). The table
    is dropped at the end (and on PostgreSQL on commit); it never outlives the scan's transaction.
    """

    table = Table("crossguard_scan_reused", MetaData(), Column("entry_key", String(200), primary_key=True))

    def __init__(self, conn: Connection, keys: Collection[str]) -> None:
        self.conn = conn
        name = self.table.name
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"CREATE TEMPORARY TABLE {name} (entry_key varchar(200) PRIMARY KEY) ON COMMIT DROP"))
        else:
            conn.execute(text(f"DROP TABLE IF EXISTS temp.{name}"))
            conn.execute(text(f"CREATE TEMPORARY TABLE {name} (entry_key TEXT PRIMARY KEY)"))
        for part in chunks(sorted(keys), 20_000):
            insert_rows(conn, self.table, ("entry_key",), [(key,) for key in part])

    def still_produced(self) -> ColumnElement[bool]:
        """Findings a reused entry still produces and nothing changes: present, not resolved, of a reused entry."""
        return (
            findings_t.c.present
            & (findings_t.c.status != Status.resolved)
            & findings_t.c.entry_key.is_not(None)
            & findings_t.c.entry_key.in_(select(self.table.c.entry_key))
        )

    def drop(self) -> None:
        self.conn.execute(text(f"DROP TABLE {self.table.name}"))


# SQLite page cache for a scan's connection: the fingerprint index takes random inserts, and with
# SQLite's default 2 MB cache a large first scan spends its time re-reading index pages.
# 64 MB (was 128): a first scan of 100,000 listings took 52.6 s of CPU against 58.7 s with 128 MB (load
# 4-7: noise), and the cache is the largest single part of a scan's peak memory (docs/performance.md).
SQLITE_SCAN_CACHE_MB = int(os.environ.get("CROSSGUARD_SQLITE_SCAN_CACHE_MB", "64"))


@contextmanager
def bulk_tuning(conn: Connection) -> Iterator[None]:
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    previous = raw.execute("PRAGMA cache_size").fetchone()[0]
    raw.execute(f"PRAGMA cache_size=-{SQLITE_SCAN_CACHE_MB * 1024}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size={int(previous)}")  # give the memory back to the pool's connection
