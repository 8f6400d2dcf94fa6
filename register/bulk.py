"""Bulk inserts of plain tuples, below SQLAlchemy's per-row parameter processing.

Why: a first scan of a large catalog inserts millions of findings and audit rows. SQLAlchemy's
executemany converts every value of every row through its type processors, which cost more than
the database's own work. Here values are converted once per distinct kind by the caller
(:func:`db_datetime`) and rows go straight to the driver: ``executemany`` on
SQLite, ``COPY ... FROM STDIN`` (CSV) on PostgreSQL. Both run on the connection's
current transaction, so atomicity is unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection


def db_datetime(conn: Connection, value: datetime) -> Any:
    """A UTC datetime as ``crossguard.store.db.UTCDateTime`` stores it on this backend."""
    naive = value.astimezone(UTC).replace(tzinfo=None)
    if conn.dialect.name == "sqlite":
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DATETIME storage format
    return naive


# Stands for NULL in COPY's CSV: Python's csv writer cannot tell None from "" on its own (3.11).
_COPY_NULL = "__crossguard_null_7f3a9c__"


def _copy_rows(raw: Any, table: str, names: str, rows: Sequence[tuple]) -> None:
    """PostgreSQL COPY FROM STDIN in CSV: several times faster than multi-row INSERTs for big batches."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    null = _COPY_NULL
    writer.writerows([null if value is None else value for value in row] for row in rows)
    buffer.seek(0)
    with raw.cursor() as cursor:
        cursor.copy_expert(f"COPY {table} ({names}) FROM STDIN WITH (FORMAT csv, NULL '{null}')", buffer)


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple],
                constant: Mapping[str, Any] | None = None) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order, values already in driver form) into ``table``.

    ``constant``: more columns, with the same value in every row. On SQLite they go into the statement once as
    literals instead of being bound in each row (a new finding has 8 of its 26 columns the same as every other,
    and binding them cost the scan's writer about 0.8 µs a finding); PostgreSQL's COPY takes whole rows.
    """
    if not rows:
        return
    constant = constant or {}
    names = ", ".join((*columns, *constant))
    raw = conn.connection.driver_connection
    assert raw is not None
    if conn.dialect.name == "sqlite":
        marks = ", ".join(["?"] * len(columns) + [_sqlite_literal(value) for value in constant.values()])
        cursor = raw.cursor()
        try:
            cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
        finally:
            cursor.close()
        return
    if constant:
        values = tuple(constant.values())
        rows = [(*row, *values) for row in rows]
    if conn.dialect.driver == "psycopg2":
        _copy_rows(raw, table.name, names, rows)
        return
    # any other driver: a textual statement, so SQLAlchemy adapts the paramstyle but not the values
    marks = ", ".join(f":c{i}" for i in range(len(columns) + len(constant)))
    statement = text(f"INSERT INTO {table.name} ({names}) VALUES ({marks})")
    conn.execute(statement, [{f"c{i}": value for i, value in enumerate(row)} for row in rows])


def _sqlite_literal(value: str | int | bool | None) -> str:
    """A value as SQLite stores it when bound (a bool as 0 or 1, None as NULL), written as a literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    return "'" + value.replace("'", "''") + "'"
