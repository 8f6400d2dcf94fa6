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
    assert due_updates, "no due-date UPDATE was seen at all: the statement capture is broken, this checks nothing"
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
