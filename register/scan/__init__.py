"""Apply a full-catalog scan to the register in one transaction.

How a scan changes the register (``register.lifecycle`` holds the statuses):

* a finding produced for the first time is inserted as ``open`` (audit: created);
* a finding the register has as ``resolved`` (by a scan or by hand) and the scan produces again is
  reopened (audit: reopened, saying whether a person had resolved it);
* a finding the scan produces with a different severity, message, evidence... is updated (audit:
  updated, naming the fields that changed);
* a finding the register has as open, acknowledged or waived that the scan no longer produces is
  resolved by the scan (audit: resolved, actor "scan");
* waivers whose end date has passed are reopened first (``lifecycle.apply_expiries``).

The parts: ``apply`` diffs each chunk's findings against the register and writes the differences;
``writer`` does that on its own thread while the next chunks are evaluated; ``rows`` is the compact
form findings travel in (workers make it); ``reuse`` skips entries unchanged since the last scan, and
``unchanged`` ends a scan that reuses all of them without reading every finding;
``result`` is what a scan reads and reports; ``first`` is how a first scan into an empty register
skips the seen table and defers index building, and ``journal`` how on SQLite it writes its pages once, through
a rollback journal instead of the WAL; ``lookup`` reads rows by many fingerprints at once.

Atomicity: everything runs inside ``locking.scan_transaction``: one transaction under the scan
lock. An exception anywhere (bad data, a rule error, Ctrl-C) rolls it back; a killed process
never commits. Either the whole scan lands, with its ``scan_runs`` row, or none of it does.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import Connection

from crossguard.engine.findings import Severity
from crossguard.register.config import DEFAULT_SLA_DAYS
from crossguard.register.lifecycle import apply_expiries, today_utc
from crossguard.register.locking import holder_name, scan_transaction
from crossguard.register.models import ScanEntry, ScanRun
from crossguard.register.scan.apply import Applier, entry_scope
from crossguard.register.scan.journal import first_scan_journal
from crossguard.register.scan.result import EntryLike, EvaluateBatch, ScanResult
from crossguard.register.scan.reuse import (
    bulk_tuning,
    evaluation_base,
    evaluation_key,
    listing_count,
    save_entry_keys,
)
from crossguard.register.scan.unchanged import last_produced
from crossguard.register.scan.writer import ChunkWriter
from crossguard.register.sla import apply_sla, record_counts
from crossguard.store.db import utcnow
from crossguard.store.migrate import upgrade_to_head

__all__ = ["EntryLike", "EvaluateBatch", "ScanResult", "run_scan"]

runs_t = ScanRun.__table__
entries_t = ScanEntry.__table__

#: The scan_runs counters, written at the start (zero) and at the end of a scan.
RUN_COUNTS = ("entries", "listings", "evaluated", "produced", "new", "reopened", "resolved", "updated", "expired")


@dataclass
class _EntryWalk:
    """Walks the entries once: reuses what is unchanged, evaluates the rest in chunks."""

    applier: Applier
    evaluate: EvaluateBatch
    result: ScanResult
    previous: dict[str, str]
    base: str
    chunk_size: int
    progress: Callable[[int], None] | None
    keys: dict[str, str] = field(default_factory=dict)
    duplicates: set[str] = field(default_factory=set)
    reused: set[str] = field(default_factory=set)
    pending: list[EntryLike] = field(default_factory=list)
    skipped_since_report: int = 0

    writer: ChunkWriter | None = None

    def run(self, entries: Iterable[EntryLike]) -> None:
        self.writer = ChunkWriter(self.applier)
        try:
            for entry in entries:
                self.result.entries += 1
                self.result.listings += listing_count(entry)
                self._take(entry)
                if len(self.pending) >= self.chunk_size:
                    self._flush()
            self._flush()
            self.writer.close()  # inside: Ctrl-C while it waits for the chunks in flight must abort them too
        except BaseException:
            self.writer.abort()
            raise
        if self.progress and self.skipped_since_report:
            self.progress(self.skipped_since_report)

    def _take(self, entry: EntryLike) -> None:
        key = entry.product.sku
        if key in self.keys or key in self.duplicates:  # two entries share a SKU: evaluate, reuse neither next time
            self.duplicates.add(key)
            self.pending.append(entry)
            return
        self.keys[key] = evaluation_key(entry, self.base)
        if self.previous.get(key) != self.keys[key]:
            self.pending.append(entry)
            return
        self.reused.add(key)
        self.skipped_since_report += 1
        if self.progress and self.skipped_since_report >= self.chunk_size:
            self.progress(self.skipped_since_report)
            self.skipped_since_report = 0

    def _flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        assert self.writer is not None
        # with workers, evaluate only submits: the chunk is evaluated while the next is read, and written after
        self.writer.put(batch, self.evaluate(batch))
        self.result.evaluated += len(batch)
        if self.progress:
            self.progress(len(batch))


def _start_run(conn: Connection, started: datetime, scan_date: date, catalog: Sequence[str],
               pack_versions: dict[str, str], actor: str | None) -> ScanResult:
    scan_id = conn.execute(
        insert(runs_t).values(
            started_at=started, finished_at=started, actor=actor or holder_name(), scan_date=scan_date,
            catalog=json.dumps(list(catalog)), pack_versions=json.dumps(pack_versions, sort_keys=True),
            **dict.fromkeys(RUN_COUNTS, 0),
        )
    ).inserted_primary_key[0]
    return ScanResult(scan_id=scan_id, started_at=started, finished_at=started, scan_date=scan_date)


def _finish_run(conn: Connection, result: ScanResult) -> None:
    result.finished_at = utcnow()
    counts = {name: getattr(result, name) for name in RUN_COUNTS}
    conn.execute(update(runs_t).where(runs_t.c.id == result.scan_id).values(finished_at=result.finished_at, **counts))


def run_scan(
    engine: Engine,
    entries: Iterable[EntryLike],
    evaluate: EvaluateBatch,
    *,
    pack_versions: dict[str, str],
    scan_date: date,
    catalog: Sequence[str] = (),
    salt: str = "",
    reuse: bool = True,
    wait_s: float = 0.0,
    chunk_size: int = 1000,
    progress: Callable[[int], None] | None = None,
    actor: str | None = None,
    sla: dict[Severity, int | None] | None = None,
    rollback_journal: bool = False,
) -> ScanResult:
    """Evaluate ``entries`` and apply the outcome to the register atomically; return what changed.

    ``entries`` is read once, in order: a generator that loads entries as it goes keeps memory
    bounded whatever the catalog's size. ``evaluate`` gets batches of entries that need
    evaluating (all of them when ``reuse`` is off) and returns one list of findings per entry, or a
    ``result.Pending`` (submitted to workers), which the writer waits for, a few chunks behind the reading.
    ``progress`` is called with the number of entries just dealt with (evaluated or submitted, or reused).
    ``sla``: days to due per severity (``register.config``); due dates are set for what the scan
    creates or reopens, and the counts by severity and status are recorded for the trend.
    Raises ``RegisterBusyError`` if another scan is running (after waiting up to ``wait_s``);
    any exception leaves the register untouched.
    ``rollback_journal``: a first scan of an empty SQLite register may write through a rollback journal
    (``scan/journal.py``), which keeps every other connection out until it commits. Only a caller that owns
    its engine may ask for it (``crossguard scan``); a server or scheduler scanning on the engine its requests
    read through must not, or its own reads would fail with "database is locked" for the whole scan.
    """
    upgrade_to_head(engine)
    started = utcnow()
    outside = first_scan_journal if rollback_journal else None
    with scan_transaction(engine, wait_s=wait_s, outside=outside) as conn, bulk_tuning(conn):
        result = _start_run(conn, started, scan_date, catalog, pack_versions, actor)
        result.expired = len(apply_expiries(conn, today=today_utc(), at=started, scan_id=result.scan_id))
        sla_days = DEFAULT_SLA_DAYS if sla is None else sla
        applier = Applier(conn, result, started, sla_days)
        previous = dict(conn.execute(select(entries_t.c.entry_key, entries_t.c.eval_key)).all()) if reuse else {}
        walk = _EntryWalk(applier, evaluate, result, previous, evaluation_base(scan_date, pack_versions, salt),
                          chunk_size, progress)
        walk.run(entries)
        unchanged = last_produced(conn, result.scan_id, previous, walk.reused, result.evaluated)
        applier.finish(walk.reused, {entry_scope(key) for key in itertools.chain(walk.keys, walk.duplicates)},
                       unchanged)
        for key in walk.duplicates:
            walk.keys.pop(key, None)
        save_entry_keys(conn, walk.keys, result.scan_id, previous if reuse else None)
        apply_sla(conn, sla_days, result.scan_id, started.date(), any_reopened=bool(result.reopened))
        record_counts(conn, result.scan_id)
        _finish_run(conn, result)
    return result
