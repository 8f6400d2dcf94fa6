"""Diff what a scan produces against the register and write the differences, chunk by chunk.

Why it is built this way (500,000 listing-markets must take seconds, not minutes): the register's
current fingerprints are loaded in one query into a dict, findings are compared in memory, and
writes are bulk Core statements per chunk of catalog entries.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, literal, null, select, update
from sqlalchemy.engine import Connection

from crossguard.engine.findings import Finding
from crossguard.register.bulk import db_datetime, insert_rows
from crossguard.register.lifecycle import EVENT_COLUMNS, SCAN_ACTOR, chunks, event_row, record_events, set_status
from crossguard.register.models import Action, FindingEvent, FindingRow, RuleText, Status
from crossguard.register.scan.result import EntryLike, ScanResult
from crossguard.register.scan.rows import ROW_CONTENT, TEXT_COLUMNS, StoredRow, finding_rows

findings_t = FindingRow.__table__
texts_t = RuleText.__table__
events_t = FindingEvent.__table__


_NEW_COLUMNS = (
    "id", "fingerprint", "rule_id", "entry_key", "content_hash", "status", "present", "first_seen_at",
    "first_seen_scan_id", "updated_at", "status_changed_at", "status_by", "status_scan_id", *ROW_CONTENT, "text_id",
)  # fmt: skip


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


class Applier:
    """Diffs what the scan produces against the register and writes the differences per chunk."""

    def __init__(self, conn: Connection, result: ScanResult, at: datetime) -> None:
        self.conn = conn
        self.result = result
        self.scan_id = result.scan_id
        self.at = at
        self.at_db = db_datetime(conn, at)
        self.codec = RuleTextIds(conn)
        # fingerprint -> (id, status, present, content_hash, entry_key) of every finding that is not
        # (resolved and absent): the ones this scan may change without looking further.
        self.live: dict[str, tuple[int, str, bool, str, str | None]] = {}
        query = select(
            findings_t.c.fingerprint, findings_t.c.id, findings_t.c.status, findings_t.c.present,
            findings_t.c.content_hash, findings_t.c.entry_key,
        ).where((findings_t.c.status != Status.resolved) | findings_t.c.present)  # fmt: skip
        interned: dict[str | None, str | None] = {}
        for fp, finding_id, status, present, chash, key in conn.execute(query.execution_options(yield_per=20000)):
            key = interned.setdefault(key, key)  # one string per entry, not one per finding
            self.live[fp] = (finding_id, sys.intern(status), bool(present), chash, key)
        self.dormant = conn.execute(
            select(func.count()).select_from(findings_t).where(
                (findings_t.c.status == Status.resolved) & ~findings_t.c.present
            )
        ).scalar_one()  # fmt: skip
        self.next_id = (conn.execute(select(func.max(findings_t.c.id))).scalar() or 0) + 1
        self.seen: set[str] = set()

    # -- per chunk -----------------------------------------------------------------------------

    def absorb(self, batch: Sequence[EntryLike], results: Sequence[Sequence[Finding | StoredRow]]) -> None:
        if len(results) != len(batch):
            raise ValueError(f"evaluator returned {len(results)} results for {len(batch)} entries")
        unknown: list[tuple] = []  # (fingerprint, rule id, entry key, hash, row content, texts)
        changed: list[tuple] = []  # (id, entry key, hash, row content, texts)
        moved: list[dict[str, Any]] = []
        reopen: list[int] = []
        seen, live = self.seen, self.live
        for entry, found in zip(batch, results, strict=True):
            key = entry.product.sku
            for fp, rule_id, chash, content, texts in stored_rows(found):
                if fp in seen:
                    continue  # the same rule on the same subject twice: one finding
                seen.add(fp)
                row = live.get(fp)
                if row is None:
                    unknown.append((fp, rule_id, key, chash, content, texts))
                    continue
                finding_id, status, present, old_hash, old_key = row
                if old_hash != chash:
                    changed.append((finding_id, key, chash, content, texts))
                elif old_key != key:
                    moved.append({"b_id": finding_id, "entry_key": key})
                if status == Status.resolved or not present:
                    reopen.append(finding_id)

        new_rows = self._split_unknown(unknown, changed, moved, reopen)
        self._insert_new(new_rows)
        self._update_content(changed)
        if moved:
            statement = update(findings_t).where(findings_t.c.id == bindparam("b_id"))
            self.conn.execute(statement.values(entry_key=bindparam("entry_key")), moved)
        self._reopen(reopen)

    def _split_unknown(
        self, unknown: list[tuple], changed: list[tuple], moved: list[dict[str, Any]], reopen: list[int]
    ) -> list[tuple]:
        """Unknown to the live map: either resolved-and-absent (reopen) or brand new."""
        if not unknown or not self.dormant:
            return unknown
        by_fp = {item[0]: item for item in unknown}
        found: dict[str, tuple[int, str]] = {}
        for part in chunks(list(by_fp)):
            query = select(findings_t.c.fingerprint, findings_t.c.id, findings_t.c.content_hash)
            for fp, finding_id, old_hash in self.conn.execute(query.where(findings_t.c.fingerprint.in_(part))):
                found[fp] = (finding_id, old_hash)
        for fp, (finding_id, old_hash) in found.items():
            _, _, key, chash, content, texts = by_fp.pop(fp)
            if old_hash != chash:
                changed.append((finding_id, key, chash, content, texts))
            else:
                moved.append({"b_id": finding_id, "entry_key": key})
            reopen.append(finding_id)
            self.dormant -= 1
        return list(by_fp.values())

    def _insert_new(self, items: list[tuple]) -> None:
        if not items:
            return
        at, scan_id, opened = self.at_db, self.scan_id, Status.open.value
        rows = []
        text_id = self.codec.text_id
        for fp, rule_id, key, chash, content, texts in items:
            finding_id = self.next_id
            self.next_id += 1
            rows.append(
                (finding_id, fp, rule_id, key, chash, opened, True, at, scan_id, at, at, SCAN_ACTOR, scan_id,
                 *content, text_id(texts))
            )  # fmt: skip
            self.result.new_ids.append(finding_id)
        self.codec.write_new_texts(self.conn)
        insert_rows(self.conn, findings_t, _NEW_COLUMNS, rows)
        self.result.new += len(rows)  # their "created" audit rows: one statement in finish()

    def _audit_created(self) -> None:
        """One "created" audit row per finding this scan inserted, written by the database in one statement
        (cheaper than sending millions of rows from Python on a first scan)."""
        if not self.result.new:
            return
        source = select(
            findings_t.c.id, findings_t.c.first_seen_scan_id, findings_t.c.first_seen_at, literal(SCAN_ACTOR),
            literal(Action.created.value), null(), literal(Status.open.value), null(),
        ).where(findings_t.c.first_seen_scan_id == self.scan_id)  # fmt: skip
        self.conn.execute(insert(events_t).from_select(list(EVENT_COLUMNS), source))

    def _update_content(self, changed: list[tuple]) -> None:
        """Store what changed and audit it, naming the changed fields (severity with old and new)."""
        if not changed:
            return
        old: dict[int, Any] = {}
        columns = [
            findings_t.c.id, findings_t.c.status, *(findings_t.c[name] for name in ROW_CONTENT),
            *(texts_t.c[name] for name in TEXT_COLUMNS),
        ]  # fmt: skip
        joined = findings_t.join(texts_t, findings_t.c.text_id == texts_t.c.id)
        for part in chunks([item[0] for item in changed]):
            for row in self.conn.execute(select(*columns).select_from(joined).where(findings_t.c.id.in_(part))):
                old[row.id] = row
        params, events = [], []
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
        names = ["entry_key", "content_hash", "updated_at", "text_id", *ROW_CONTENT]
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

    def finish(self, reused_entries: set[str], scanned_entries: set[str]) -> None:
        """Resolve what was not produced; settle findings of entries whose results were reused.

        Only findings inside the scan's scope are resolved: a scan without seller data says
        nothing about VAT or trademark findings, so it must not mark them resolved.
        """
        resolve: list[tuple[int, str | None]] = []
        absent: list[int] = []
        reopen: list[int] = []
        produced = len(self.seen)
        scopes = {entry_scope(key) for key in scanned_entries} | {CATALOG_SCOPE}
        for fp, (finding_id, status, present, _hash, key) in self.live.items():
            if fp in self.seen or entry_scope(key) not in scopes:
                continue
            if key in reused_entries and present:
                produced += 1
                if status == Status.resolved:  # resolved by hand, and its entry still produces it
                    reopen.append(finding_id)
                continue
            if status != Status.resolved:
                resolve.append((finding_id, status))
            elif present:
                absent.append(finding_id)
        for part in chunks(absent):
            self.conn.execute(update(findings_t).where(findings_t.c.id.in_(part)).values(present=False))
        self._reopen(reopen)
        set_status(
            self.conn, resolve, to_status=Status.resolved, action=Action.resolved, actor=SCAN_ACTOR,
            at=self.at, note=f"no longer produced by scan #{self.scan_id}", scan_id=self.scan_id, present=False,
        )  # fmt: skip
        self.result.resolved += len(resolve)
        self.result.produced = produced
        self._audit_created()
