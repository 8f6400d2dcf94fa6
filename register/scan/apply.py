"""Diff what a scan produces against the register and write the differences, chunk by chunk.

Why it is built this way (500,000 listing-markets must take seconds, not minutes, in memory that does
not grow with the catalog or the register): per chunk of catalog entries, the chunk's fingerprints are
looked up in the register by its index, compared in memory, and the differences written as bulk Core
statements. What the scan has produced so far is kept in a temporary table, not in Python
(:class:`SeenFingerprints`); at the end, the findings not produced are found by one query, leaving
out (and only counting) those of entries whose previous results were reused (``reuse.ReusedEntries``); a scan
that reuses every entry of the last one reads only the findings a person unsettled since (``unchanged``).
A first scan into an empty register needs no seen table, builds two indexes at the end (``first``) and writes its
"created" audit rows per chunk.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    MetaData,
    String,
    Table,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    null,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from crossguard.engine.findings import Finding, Severity
from crossguard.register.bulk import db_datetime, insert_rows
from crossguard.register.lifecycle import EVENT_COLUMNS, SCAN_ACTOR, chunks, event_row, record_events, set_status
from crossguard.register.models import Action, EvidenceText, FindingEvent, FindingRow, RuleText, Status
from crossguard.register.scan.evidence import EvidenceIds
from crossguard.register.scan.first import DeferredIndexes, RegisterFingerprints
from crossguard.register.scan.lookup import rows_by_fingerprint
from crossguard.register.scan.result import EntryLike, ScanResult
from crossguard.register.scan.reuse import ReusedEntries
from crossguard.register.scan.rows import ROW_CONTENT, TEXT_COLUMNS, StoredRow, finding_rows
from crossguard.register.scan.unchanged import unsettled
from crossguard.register.sla import due_from

findings_t = FindingRow.__table__
texts_t = RuleText.__table__
evidence_t = EvidenceText.__table__
events_t = FindingEvent.__table__

#: Where a row's content holds its evidence JSON, which the register stores as an id (``scan/evidence.py``).
_EVIDENCE = ROW_CONTENT.index("evidence_json")
#: The findings columns of a row's content as stored: ``ROW_CONTENT`` with ``evidence_id`` for the evidence.
STORED_CONTENT = (*ROW_CONTENT[:_EVIDENCE], *ROW_CONTENT[_EVIDENCE + 1:], "evidence_id")
_NEW_COLUMNS = ("id", "fingerprint", "rule_id", "entry_key", "content_hash", *STORED_CONTENT, "text_id", "due_date")
#: Columns every finding a scan inserts has the same value in (:meth:`Applier._insert_new`).
_NEW_CONSTANT = (
    "status", "present", "first_seen_at", "first_seen_scan_id", "updated_at", "status_changed_at", "status_by",
    "status_scan_id",
)  # fmt: skip
_SEVERITY = ROW_CONTENT.index("severity")


def _db_date(value: date | None) -> str | None:
    """A date as the bulk insert sends it: ISO text, which SQLite stores and PostgreSQL's COPY reads."""
    return None if value is None else value.isoformat()


class RuleTextIds:
    """Hands out ``rule_texts`` ids: known texts are loaded once, new ones are queued and written by
    :meth:`write_new_texts` before the findings that use them."""

    def __init__(self, conn: Connection) -> None:
        self.text_ids: dict[tuple[str, str, str], int] = {}
        query = select(texts_t.c.rule_title, texts_t.c.remediation, texts_t.c.references_json, texts_t.c.id)
        for title, remediation, refs, text_id in conn.execute(query):
            self.text_ids[(title, remediation, refs)] = text_id
        self.next_text_id = (conn.execute(select(func.max(texts_t.c.id))).scalar() or 0) + 1
        self.pending: list[tuple] = []

    def text_id(self, texts: tuple[str, str, str]) -> int:
        text_id = self.text_ids.get(texts)
        if text_id is None:
            text_id = self.text_ids[texts] = self.next_text_id
            self.next_text_id += 1
            digest = hashlib.blake2b("\x1f".join(texts).encode(), digest_size=16).hexdigest()
            self.pending.append((text_id, digest, *texts))
        return text_id

    def write_new_texts(self, conn: Connection) -> None:
        insert_rows(conn, texts_t, ("id", "digest", *TEXT_COLUMNS), self.pending)
        self.pending = []


def stored_rows(found: Sequence[Finding | StoredRow]) -> Sequence[StoredRow]:
    """An evaluator's answer for one entry as stored rows (workers send rows; others, Findings)."""
    if found and not isinstance(found[0], tuple):
        return finding_rows(found)  # type: ignore[arg-type]
    return found  # type: ignore[return-value]


CATALOG_SCOPE = "catalog"


def entry_scope(entry_key: str | None) -> str:
    """What kind of input an entry came from: the catalog, or a pseudo-entry such as
    `seller-data:<folder>` (see crossguard/usecases/seller_entry.py), whose scope is its prefix."""
    if entry_key and ":" in entry_key and entry_key.split(":", 1)[0] == "seller-data":
        return "seller-data"
    return CATALOG_SCOPE


#: Findings resolved or reopened per statement group at the end of a scan (bounds the audit rows built at once).
WRITE_PART = 20_000


class SeenFingerprints:
    """The fingerprints a scan has produced so far, in a temporary table on the scan's connection.

    Why not a Python set: a scan of a million listings produces millions of findings, and a set of them
    held to the end was the largest thing a scan kept in memory. The table lives in the connection's
    temporary space (SQLite's temp database, PostgreSQL's ``pg_temp``, dropped on commit), inside the
    scan's transaction: a failed or killed scan leaves nothing behind in the register.
    """

    table = Table("crossguard_scan_seen", MetaData(), Column("fingerprint", String(64), primary_key=True))

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.empty = True
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"CREATE TEMPORARY TABLE {self.table.name} (fingerprint varchar(64) PRIMARY KEY) "
                              "ON COMMIT DROP"))
        else:
            conn.execute(text(f"DROP TABLE IF EXISTS temp.{self.table.name}"))
            conn.execute(text(f"CREATE TEMPORARY TABLE {self.table.name} (fingerprint TEXT PRIMARY KEY)"))

    def drop_known(self, produced: dict[str, Any]) -> None:
        """Remove from ``produced`` the fingerprints an earlier chunk of this scan produced."""
        if self.empty:
            return
        for (fp,) in list(rows_by_fingerprint(self.conn, self.table, ("fingerprint",), list(produced))):
            del produced[fp]

    def add(self, fingerprints: Iterable[str]) -> None:
        rows = [(fp,) for fp in fingerprints]
        insert_rows(self.conn, self.table, ("fingerprint",), rows)
        self.empty = self.empty and not rows

    def _not_produced(self) -> ColumnElement[bool]:
        active = (findings_t.c.status != Status.resolved) | findings_t.c.present
        if self.empty:  # nothing evaluated (an unchanged re-scan): no lookup per finding into an empty table
            return active
        seen = self.table.c.fingerprint
        return active & ~select(seen).where(seen == findings_t.c.fingerprint).exists()

    def not_produced(self, conn: Connection) -> Iterator[tuple[int, str, bool, str | None]]:
        """(id, status, present, entry key) of the findings not (resolved and absent) that this scan did not
        produce, streamed: the caller keeps ids only and writes once the query is read."""
        query = select(findings_t.c.id, findings_t.c.status, findings_t.c.present, findings_t.c.entry_key).where(
            self._not_produced())
        for finding_id, status, present, key in conn.execute(query.execution_options(yield_per=20_000)):
            yield finding_id, status, bool(present), key

    def not_produced_counting(self, conn: Connection, leave: ColumnElement[bool],
                              ) -> Iterator[tuple[int | None, str, bool, str | None, int]]:
        """:meth:`not_produced` (with a count of 1) and, in the same pass over the findings, one row with id None
        counting those ``leave`` matches: a re-scan that reuses most entries read the whole findings table twice,
        once to count its reused findings and once for the rest (a third of its end-of-scan time)."""
        group = case((leave, null()), else_=findings_t.c.id)
        present = func.max(case((findings_t.c.present, 1), else_=0))
        query = (
            select(group, func.min(findings_t.c.status), present, func.min(findings_t.c.entry_key), func.count())
            .where(self._not_produced()).group_by(text("1")).order_by(text("1"))
        )  # fmt: skip - grouped by position: PostgreSQL would not match the CASE (with its bound parameters) by itself
        for finding_id, status, present_, key, count in conn.execute(query.execution_options(yield_per=20_000)):
            yield finding_id, status, bool(present_), key, count

    def drop(self, conn: Connection) -> None:
        conn.execute(text(f"DROP TABLE {self.table.name}"))


class Applier:
    """Diffs what the scan produces against the register and writes the differences per chunk."""

    def __init__(self, conn: Connection, result: ScanResult, at: datetime, sla: Mapping[Severity, int | None]) -> None:
        self.conn = conn
        self.result = result
        self.scan_id = result.scan_id
        self.at = at
        self.at_db = db_datetime(conn, at)
        # due dates of new findings, set as they are inserted (see register.sla: a later UPDATE of every new
        # row made SQLite hold all their row ids in memory)
        self.due = {severity.value: _db_date(due_from(at.date(), severity, sla)) for severity in Severity}
        self.codec = RuleTextIds(conn)
        self.evidence = EvidenceIds(conn)
        self.next_id = (conn.execute(select(func.max(findings_t.c.id))).scalar() or 0) + 1
        self.first_new_id = self.next_id  # every finding from here on is one this scan created
        self.register_empty = self.next_id == 1  # a first scan: nothing to look up
        # a first scan writes the "created" audit rows per chunk, as it inserts the findings (_audit_created)
        self.audit_per_chunk = self.register_empty
        # a first scan needs no seen table; on SQLite it builds the fingerprint and SKU indexes at the end
        # (scan/first.py; on PostgreSQL every index stays)
        self.deferred = DeferredIndexes(conn) if self.register_empty else None
        self.seen: SeenFingerprints | RegisterFingerprints = (
            RegisterFingerprints(conn, lookups=not self.deferred.fingerprints) if self.deferred is not None
            else SeenFingerprints(conn)
        )
        self.produced = 0

    # -- per chunk -----------------------------------------------------------------------------

    def absorb(self, batch: Sequence[EntryLike], results: Sequence[Sequence[Finding | StoredRow]]) -> None:
        if len(results) != len(batch):
            raise ValueError(f"evaluator returned {len(results)} results for {len(batch)} entries")
        produced: dict[str, tuple] = {}  # fingerprint -> (rule id, entry key, hash, row content, texts)
        for entry, found in zip(batch, results, strict=True):
            key = entry.product.sku
            for fp, rule_id, chash, content, texts in stored_rows(found):
                produced.setdefault(fp, (rule_id, key, chash, content, texts))  # the same rule on the same subject
        self.seen.drop_known(produced)  # ... twice in this scan: one finding
        self.seen.add(produced)
        self.produced += len(produced)
        changed: list[tuple] = []  # (id, entry key, hash, row content, texts)
        moved: list[dict[str, Any]] = []
        reopen: list[int] = []
        for fp, finding_id, status, present, old_hash, old_key in self._registered(list(produced)):
            _, key, chash, content, texts = produced.pop(fp)
            if old_hash != chash:
                changed.append((finding_id, key, chash, content, texts))
            elif old_key != key:
                moved.append({"b_id": finding_id, "entry_key": key})
            if status == Status.resolved or not present:
                reopen.append(finding_id)
        self._insert_new(produced)
        self._update_content(changed)
        if moved:
            statement = update(findings_t).where(findings_t.c.id == bindparam("b_id"))
            self.conn.execute(statement.values(entry_key=bindparam("entry_key")), moved)
        self._reopen(reopen)

    def _registered(self, fingerprints: list[str]) -> Iterator[tuple[str, int, str, bool, str, str | None]]:
        """(fingerprint, id, status, present, content hash, entry key) of those the register holds: looked up
        by the fingerprint index per chunk rather than loaded whole, so memory does not grow with the register."""
        if self.register_empty:
            return
        columns = ("fingerprint", "id", "status", "present", "content_hash", "entry_key")
        for fp, finding_id, status, present, chash, key in list(rows_by_fingerprint(self.conn, findings_t, columns,
                                                                                   fingerprints)):
            yield fp, finding_id, status, bool(present), chash, key

    def _insert_new(self, produced: dict[str, tuple]) -> None:
        """Insert what ``absorb`` left in ``produced`` (fingerprint -> rule id, entry key, hash, content, texts)."""
        if not produced:
            return
        rows = []
        text_id, due, finding_id, ev = self.codec.text_id, self.due, self.next_id, _EVIDENCE
        self.evidence.prepare(item[3][ev] for item in produced.values())
        evidence_id = self.evidence.get
        for fp, (rule_id, key, chash, content, texts) in produced.items():
            rows.append((finding_id, fp, rule_id, key, chash, *content[:ev], *content[ev + 1:],
                         evidence_id(content[ev]), text_id(texts), due[content[_SEVERITY]]))  # fmt: skip
            finding_id += 1
        self.next_id = finding_id
        self.codec.write_new_texts(self.conn)
        self.evidence.write_new(self.conn)
        at, scan_id = self.at_db, self.scan_id
        constant = dict(zip(_NEW_CONSTANT, (Status.open.value, True, at, scan_id, at, at, SCAN_ACTOR, scan_id),
                            strict=True))  # fmt: skip
        insert_rows(self.conn, findings_t, _NEW_COLUMNS, rows, constant)
        self.result.new += len(rows)
        if self.audit_per_chunk:
            self._audit_created(self.next_id - len(rows), self.next_id)
        # otherwise their "created" audit rows are one statement in finish()

    def _audit_created(self, low: int, high: int | None = None) -> None:
        """One "created" audit row per finding this scan inserted with an id from ``low`` (to ``high``, not
        included), written by the database in one statement (cheaper than sending rows from Python).

        Why per chunk on a first scan: at the end, this statement read the whole findings table (1.6 GB at
        500,000 listing-markets) on the main thread while the workers were done, 5 s of the scan's serial end;
        per chunk it reads the pages just written, on the writer thread, while the workers evaluate. The ids
        bound it by the primary key: the findings a scan creates are exactly those numbered from the register's
        ``max(id) + 1`` at its start (``models``: only a scan creates findings, under the scan lock).
        """
        ids = findings_t.c.id >= low if high is None else findings_t.c.id.between(low, high - 1)
        source = select(
            findings_t.c.id, findings_t.c.first_seen_scan_id, findings_t.c.first_seen_at, literal(SCAN_ACTOR),
            literal(Action.created.value), null(), literal(Status.open.value), null(),
        ).where(ids & (findings_t.c.first_seen_scan_id == self.scan_id)).order_by(findings_t.c.id)  # fmt: skip
        self.conn.execute(insert(events_t).from_select(list(EVENT_COLUMNS), source))

    def _forget_created(self) -> None:
        """Delete the "created" audit rows written per chunk: a first scan's repeated findings are about to be
        removed and the rest renumbered (``first.remove_repeats``); the rows are written again after."""
        self.conn.execute(delete(events_t).where(
            (events_t.c.scan_id == self.scan_id) & (events_t.c.action == Action.created.value)))

    def _update_content(self, changed: list[tuple]) -> None:
        """Store what changed and audit it, naming the changed fields (severity with old and new)."""
        if not changed:
            return
        old: dict[int, Any] = {}
        columns = [
            findings_t.c.id, findings_t.c.status, *(findings_t.c[name] for name in STORED_CONTENT[:-1]),
            evidence_t.c.evidence_json, *(texts_t.c[name] for name in TEXT_COLUMNS),
        ]  # fmt: skip
        joined = findings_t.join(texts_t, findings_t.c.text_id == texts_t.c.id).join(
            evidence_t, findings_t.c.evidence_id == evidence_t.c.id)
        for part in chunks([item[0] for item in changed]):
            for row in self.conn.execute(select(*columns).select_from(joined).where(findings_t.c.id.in_(part))):
                old[row.id] = row
        params, events = [], []
        self.evidence.prepare(item[3][_EVIDENCE] for item in changed)
        for finding_id, key, chash, content, texts in changed:
            new = dict(zip(ROW_CONTENT, content, strict=True)) | dict(zip(TEXT_COLUMNS, texts, strict=True))
            before = old[finding_id]
            diffs = [
                name.removesuffix("_json")
                for name in (*ROW_CONTENT, *TEXT_COLUMNS)
                if name != "severity_rank" and getattr(before, name) != new[name]
            ]
            if before.severity != new["severity"]:
                diffs[diffs.index("severity")] = f"severity {before.severity} -> {new['severity']}"
            values = dict(zip(ROW_CONTENT, content, strict=True))
            values["evidence_id"] = self.evidence.get(values.pop("evidence_json"))
            params.append(
                {"b_id": finding_id, "entry_key": key, "content_hash": chash, "updated_at": self.at,
                 "text_id": self.codec.text_id(texts), **values}
            )  # fmt: skip
            if diffs:  # equal columns with a different hash cannot happen; guard against empty notes anyway
                note = "changed: " + ", ".join(diffs)
                events.append(
                    event_row(finding_id, Action.updated, SCAN_ACTOR, self.at, before.status, before.status, note,
                              self.scan_id)
                )  # fmt: skip
        self.codec.write_new_texts(self.conn)
        self.evidence.write_new(self.conn)
        names = ["entry_key", "content_hash", "updated_at", "text_id", *STORED_CONTENT]
        statement = update(findings_t).where(findings_t.c.id == bindparam("b_id"))
        self.conn.execute(statement.values({name: bindparam(name) for name in names}), params)
        record_events(self.conn, events)
        self.result.updated += len(events)

    def _reopen(self, ids: list[int]) -> None:
        """Reopen findings produced again; say whether a person had resolved them."""
        if not ids:
            return
        groups: dict[str, list[tuple[int, str | None]]] = {}
        for part in chunks(ids):
            query = select(findings_t.c.id, findings_t.c.status, findings_t.c.status_by)
            for finding_id, status, status_by in self.conn.execute(query.where(findings_t.c.id.in_(part))):
                if status != Status.resolved:  # active but marked absent: just present again
                    self.conn.execute(update(findings_t).where(findings_t.c.id == finding_id).values(present=True))
                    continue
                if status_by == SCAN_ACTOR:
                    note = f"produced again by scan #{self.scan_id}"
                else:
                    note = f"resolved by {status_by}, but scan #{self.scan_id} still produces it"
                groups.setdefault(note, []).append((finding_id, status))
        for note, items in groups.items():
            set_status(
                self.conn, items, to_status=Status.open, action=Action.reopened, actor=SCAN_ACTOR,
                at=self.at, note=note, scan_id=self.scan_id, present=True,
            )  # fmt: skip
            self.result.reopened += len(items)
            self.result.reopened_ids.extend(finding_id for finding_id, _ in items)

    # -- end of scan ---------------------------------------------------------------------------

    def finish(self, reused_entries: Collection[str], scopes: set[str], unchanged: int | None = None) -> None:
        """Resolve what was not produced; settle findings of entries whose results were reused.

        Only findings inside the scan's scope (``entry_scope`` of the entries scanned) are resolved: a
        scan without seller data says nothing about VAT or trademark findings, so it must not mark them
        resolved. The findings not produced are read from the database (those not in the scan's seen
        table) into compact id arrays, then written in bounded parts.
        ``unchanged``: what the last scan left present, when this scan is that scan again with nothing changed
        (``unchanged.last_produced``): then only the findings a person unsettled are read (``unchanged.unsettled``),
        and the present ones of reused entries among them are already in that count.
        """
        resolve: dict[str, array] = {}  # current status -> ids
        absent, reopen = array("q"), array("q")
        produced = self.produced
        scopes = scopes | {CATALOG_SCOPE}
        counted = 1  # how a present finding of a reused entry that is read counts
        reused = (ReusedEntries(self.conn, reused_entries) if reused_entries and not self.register_empty
                  and unchanged is None else None)  # fmt: skip
        rows: Iterator[tuple[int | None, str, bool, str | None, int]]
        if unchanged is not None:
            produced += unchanged
            counted = 0
            rows = ((*row, 1) for row in unsettled(self.conn))
        elif reused is not None and isinstance(self.seen, SeenFingerprints):
            # their present, active findings stand: counted in the database (the row with id None), not read
            rows = self.seen.not_produced_counting(self.conn, reused.still_produced())
        else:
            rows = ((*row, 1) for row in self.seen.not_produced(self.conn))
        for finding_id, status, present, key, count in rows:
            if finding_id is None:
                produced += count
                continue
            if entry_scope(key) not in scopes:
                continue
            if key in reused_entries and present:
                produced += counted
                if status == Status.resolved:  # resolved by hand, and its entry still produces it
                    reopen.append(finding_id)
                continue
            if status != Status.resolved:
                resolve.setdefault(status, array("q")).append(finding_id)
            elif present:
                absent.append(finding_id)
        for part in chunks(absent):
            self.conn.execute(update(findings_t).where(findings_t.c.id.in_(part)).values(present=False))
        for part in chunks(reopen, WRITE_PART):
            self._reopen(list(part))
        for status, ids in resolve.items():
            for part in chunks(ids, WRITE_PART):
                set_status(
                    self.conn, [(finding_id, status) for finding_id in part], to_status=Status.resolved,
                    action=Action.resolved, actor=SCAN_ACTOR, at=self.at,
                    note=f"no longer produced by scan #{self.scan_id}", scan_id=self.scan_id, present=False,
                )  # fmt: skip
                self.result.resolved += len(part)
        if reused is not None:
            reused.drop()
        repeated = 0
        if self.deferred is not None:
            # findings two chunks produced, inserted twice: the second removed, after the scan's "created" audit
            # rows are deleted (all of them are written again below, for the renumbered ids)
            repeated = self.deferred.restore(before_repeats=self._forget_created)
            produced -= repeated
            self.result.new -= repeated
        self.result.produced = produced
        if self.result.new and (repeated or not self.audit_per_chunk):
            self._audit_created(self.first_new_id)
        self.seen.drop(self.conn)
