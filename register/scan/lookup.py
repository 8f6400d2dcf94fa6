"""Rows looked up by many fingerprints at once, in one statement per chunk.

Why: a scan looks up every fingerprint it produces (millions). ``column.in_(900 values)`` makes
SQLAlchemy render and bind 900 parameters per statement, which cost the scan's writer more than
SQLite's own index lookups. On SQLite the chunk goes as one JSON array (``json_each``): one
parameter, one prepared statement. Other backends keep the portable ``IN``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from crossguard.register.lifecycle import chunks

#: Fingerprints per statement on SQLite (one JSON parameter; the IN path keeps lifecycle's ID_CHUNK).
JSON_CHUNK = 20_000


def rows_by_fingerprint(conn: Connection, table: Table, columns: Sequence[str],
                        fingerprints: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """``columns`` of the rows of ``table`` whose ``fingerprint`` is one of ``fingerprints``, as plain tuples."""
    if not fingerprints:
        return
    if conn.dialect.name == "sqlite":
        raw = conn.connection.driver_connection
        assert raw is not None
        names = ", ".join(columns)
        sql = f"SELECT {names} FROM {table.name} WHERE fingerprint IN (SELECT value FROM json_each(?))"
        for part in chunks(fingerprints, JSON_CHUNK):
            yield from raw.execute(sql, (json.dumps(list(part)),))
        return
    query = select(*(table.c[name] for name in columns))
    for part in chunks(fingerprints):
        yield from (tuple(row) for row in conn.execute(query.where(table.c.fingerprint.in_(part))))
