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
from collections.abc import Sequence
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


def insert_rows(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order, values already in driver form) into ``table``."""
    if not rows:
        return
    names = ", ".join(columns)
    raw = conn.connection.driver_connection
    assert raw is not None
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" for _ in columns)
        cursor = raw.cursor()
        try:
            cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
        finally:
            cursor.close()
        return
    if conn.dialect.driver == "psycopg2":
        _copy_rows(raw, table.name, names, rows)
        return
    # any other driver: a textual statement, so SQLAlchemy adapts the paramstyle but not the values
    marks = ", ".join(f":c{i}" for i in range(len(columns)))
    statement = text(f"INSERT INTO {table.name} ({names}) VALUES ({marks})")
    conn.execute(statement, [{f"c{i}": value for i, value in enumerate(row)} for row in rows])
