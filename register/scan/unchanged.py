"""The end of an unchanged re-scan, without reading every finding.

A scan that reuses every entry the last scan saw, and sees nothing else, produces what the last scan left
present: the same entries, keyed the same (content, date, packs, salt), give the same findings, and between two
scans only a scan sets ``present``. Its end then needs only the findings whose presence and status disagree, which
a person made so between the scans (resolved one a scan still produces; or edited the register by hand): the
partial index ``ix_findings_unsettled`` holds exactly those (migration 0008). Reading every finding to count the
reused ones and find the rest was a quarter of an unchanged re-scan (docs/performance.md, branch ``rescan11``).

When is the last scan's count this scan's: every key ``scan_entries`` holds is reused (so this scan's entries
are the last scan's and its scope the same), nothing is evaluated, and the last scan saw no SKU twice (its
entries number its ``scan_entries`` rows: a repeated SKU's findings belong to no row, and a catalog without it
would have to resolve them). Anything else, such as a changed or removed product, a pack change or ``--full``,
takes the grouped pass over every finding (``apply.SeenFingerprints.not_produced_counting``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from crossguard.register.models import UNSETTLED, FindingRow, ScanRun

findings_t = FindingRow.__table__
runs_t = ScanRun.__table__


def last_produced(conn: Connection, scan_id: int, previous: Mapping[str, str], reused: Collection[str],
                  evaluated: int) -> int | None:
    """The findings the last scan left present, if this scan (``scan_id``) is that scan again unchanged; else None.

    ``previous``: the keys ``scan_entries`` held when the scan began; ``reused``: the entries whose results it
    reused (a subset of them); ``evaluated``: how many entries it evaluated (a repeated SKU is always evaluated).
    """
    if evaluated or not previous or len(reused) != len(previous):
        return None
    last = conn.execute(
        select(runs_t.c.entries, runs_t.c.produced).where(runs_t.c.id < scan_id).order_by(runs_t.c.id.desc()).limit(1)
    ).first()
    if last is None or last.entries != len(previous):
        return None
    return int(last.produced)


def unsettled(conn: Connection) -> Iterator[tuple[int, str, bool, str | None]]:
    """(id, status, present, entry key) of the findings whose presence and status disagree, by the partial index
    (its condition stated as the index states it: SQLite uses a partial index only then), in the order of their
    ids, as the pass over every finding reads them."""
    query = select(findings_t.c.id, findings_t.c.status, findings_t.c.present, findings_t.c.entry_key)
    for finding_id, status, present, key in conn.execute(query.where(text(UNSETTLED)).order_by(findings_t.c.id)):
        yield finding_id, status, bool(present), key
