"""Ids of ``evidence_texts``: the scan's writer maps each finding's evidence JSON to the id of its distinct value.

Why: a first scan of 500,000 listing-markets writes 2.3 million findings whose evidence takes a few thousand
distinct values (0.8% of the findings of the real catalogs in five markets); stored in the row, it was a
quarter of every byte the scan wrote, indexed at the end and copied by the commit's checkpoint.

Workers keep sending the evidence text (``rows.py``); the writer looks each text up in a dict of those it knows
and queues the new ones, written before the findings that use them (as ``RuleTextIds`` does for rule texts).
The dict is bounded (:data:`CACHE_CAP`): a register or a scan with more distinct values than that (evidence
holding per-listing values) finds the rest by digest in the database, per chunk, rather than holding them all.

Rows no finding uses any more are kept, not pruned: finding them needs either an index on
``findings.evidence_id`` (kept up to date on every insert of a first scan: the cost this table saves) or a read
of the whole table; the values are few and small, and an evidence that changed often comes back (a flag
switched back, a resolved finding reopened). ``rule_texts`` are kept the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crossguard.register.bulk import insert_rows
from crossguard.register.lifecycle import chunks
from crossguard.register.models import EvidenceText

evidence_t = EvidenceText.__table__

#: Most evidence texts the writer keeps in memory (about 300 bytes each with the dict's share).
CACHE_CAP = 200_000


def evidence_digest(evidence: str) -> str:
    """The unique key of an evidence text (as ``rule_texts.digest``: 16 bytes of BLAKE2b, hex)."""
    return hashlib.blake2b(evidence.encode(), digest_size=16).hexdigest()


class EvidenceIds:
    """Hands out ``evidence_texts`` ids: :meth:`prepare` a chunk's texts, then :meth:`get` each of them."""

    def __init__(self, conn: Connection, cap: int | None = None) -> None:
        self.conn = conn
        self.cap = cap = CACHE_CAP if cap is None else cap
        known = conn.execute(select(evidence_t.c.evidence_json, evidence_t.c.id).limit(cap + 1)).all()
        #: whether every text of the table is in ``ids`` (no lookup needed for one that is not)
        self.complete = len(known) <= cap
        self.ids: dict[str, int] = dict(known[:cap])
        self.next_id = (conn.execute(select(func.max(evidence_t.c.id))).scalar() or 0) + 1
        self.pending: list[tuple[int, str, str]] = []
        self.uncached: dict[str, int] = {}  # this chunk's texts past the cap

    def prepare(self, texts: Iterable[str]) -> None:
        """Give every text of a chunk an id: known, found by digest, or new (queued for :meth:`write_new`)."""
        ids = self.ids
        missing = dict.fromkeys(text for text in texts if text not in ids)  # numbered in the order first used
        self.uncached = {}
        if not missing:
            return
        by_digest = {evidence_digest(text): text for text in missing}
        found: dict[str, int] = {}
        if not self.complete:
            for part in chunks(list(by_digest)):
                query = select(evidence_t.c.digest, evidence_t.c.id).where(evidence_t.c.digest.in_(part))
                for digest, evidence_id in self.conn.execute(query):
                    found[by_digest.pop(digest)] = evidence_id
        for digest, text in by_digest.items():
            found[text] = self.next_id
            self.pending.append((self.next_id, digest, text))
            self.next_id += 1
        for text, evidence_id in found.items():
            if len(ids) < self.cap:
                ids[text] = evidence_id
            else:
                self.uncached[text] = evidence_id
                self.complete = False

    def get(self, text: str) -> int:
        """The id of a text of the chunk last given to :meth:`prepare`."""
        evidence_id = self.ids.get(text)
        return evidence_id if evidence_id is not None else self.uncached[text]

    def write_new(self, conn: Connection) -> None:
        insert_rows(conn, evidence_t, ("id", "digest", "evidence_json"), self.pending)
        self.pending = []
