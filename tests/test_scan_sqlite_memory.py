"""The statements at the end of a scan that made its memory grow with the catalog, held to their fix.

SQLite keeps some work in memory outside its page cache: the row ids an UPDATE collects before it
changes an index it searches by, and the records a GROUP BY sorts (up to the page cache's size
again). A first scan of a million listings spent about 100 MB on the two (bench/big_catalog.py
measures the peak; docs/performance.md has the figures). These tests look at the statements a
real scan runs, not at memory figures.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from crossguard.engine.findings import Severity
from tests.conftest import make_entry, scan

SLA = {Severity.critical: 7, Severity.high: 30, Severity.medium: 90, Severity.low: None, Severity.info: None}


@pytest.fixture
def statements(db_engine: Engine) -> Iterator[list[tuple[str, Any, int]]]:
    """(SQL, parameters, rows changed) of every statement SQLAlchemy sends while the test runs."""
    seen: list[tuple[str, Any, int]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        seen.append((" ".join(statement.split()), parameters, cursor.rowcount))

    event.listen(db_engine, "after_cursor_execute", record)
    yield seen
    event.remove(db_engine, "after_cursor_execute", record)


def _first_scan(engine: Engine) -> None:
    entries = [make_entry(sku, battery={"capacity_wh": 50}) for sku in ("A", "B", "C")]
    result = scan(engine, entries, sla=SLA)
    assert result.new == 12  # critical and high findings, both with an SLA: each must get its due date


def test_a_first_scan_sets_due_dates_as_it_inserts_and_updates_none_afterwards(
    db_engine: Engine, statements: list[tuple[str, Any, int]]
) -> None:
    _first_scan(db_engine)
    with db_engine.connect() as conn:
        missing = conn.execute(text("SELECT count(*) FROM findings WHERE due_date IS NULL")).scalar()
    assert missing == 0
    due_updates = [(sql, changed) for sql, _, changed in statements
                   if sql.startswith("UPDATE findings SET due_date")]
    # a first scan reopens nothing, so it no longer searches its audit rows for reopened findings at all
    assert any(sql.startswith("INSERT INTO scan_counts") for sql, _, _ in statements), "the capture is broken"
    assert [changed for _, changed in due_updates if changed > 0] == []


@pytest.mark.sqlite
def test_the_trend_counts_read_an_index_instead_of_sorting_every_finding(
    db_engine: Engine, statements: list[tuple[str, Any, int]]
) -> None:
    if db_engine.dialect.name != "sqlite":
        pytest.skip("the query plan asked about is SQLite's")
    _first_scan(db_engine)
    counts = [(sql, parameters) for sql, parameters, _ in statements if sql.startswith("INSERT INTO scan_counts")]
    assert len(counts) == 1
    sql, parameters = counts[0]
    with db_engine.connect() as conn:
        plan = [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)]
    assert any("USING COVERING INDEX ix_findings_status_severity" in step for step in plan), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


@pytest.mark.sqlite
def test_a_first_scan_builds_its_indexes_with_a_small_cache_and_gives_the_pool_its_own_back(db_engine: Engine) -> None:
    """SQLite's sorter holds up to the cache size of records while a CREATE INDEX runs: with the scan's
    64 MB cache, the index build at the end of a first scan was the scan's peak (docs/performance.md)."""
    if db_engine.dialect.name != "sqlite":
        pytest.skip("the page cache and the deferred index build are SQLite's")
    from crossguard.register.scan.first import DEFERRED_INDEXES, END_CACHE_KB
    from crossguard.register.scan.reuse import SQLITE_SCAN_CACHE_MB

    with db_engine.connect() as conn:
        pool_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    caches: list[tuple[str, int]] = []  # (statement, cache size in KiB) at each statement of the scan

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.startswith(("CREATE INDEX", "CREATE UNIQUE INDEX", "DROP INDEX")):
            size = cursor.connection.execute("PRAGMA cache_size").fetchone()[0]
            caches.append((statement.split("(")[0], -size))

    event.listen(db_engine, "before_cursor_execute", record)
    try:
        _first_scan(db_engine)
    finally:
        event.remove(db_engine, "before_cursor_execute", record)
    builds = [size for statement, size in caches if statement.startswith("CREATE")]
    drops = [size for statement, size in caches if statement.startswith("DROP INDEX")]
    # the deferred indexes of findings (the unique fingerprint index among them); the others are kept up to date
    assert len(builds) == len(DEFERRED_INDEXES) >= 2 and len(drops) == len(builds), caches
    assert set(drops) == {SQLITE_SCAN_CACHE_MB * 1024}, caches  # the bulk insert keeps the scan's large cache
    assert set(builds) == {END_CACHE_KB}, caches
    with db_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == pool_cache
