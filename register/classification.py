"""Officers' classification overrides: set, remove, read, with an audit row for every change.

The override in force lives in ``classification_overrides`` (one row per SKU); each change also
writes ``classification_events``, so ``crossguard classify history SKU`` shows who decided what
and why, and ``classify unset`` (or setting it again) reverses a decision without losing it.
Setting merges: ``--class radio=no`` on a SKU whose type was set earlier keeps the type.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.engine import Connection

from crossguard.engine.overrides import ClassificationOverride
from crossguard.register.errors import InvalidInputError
from crossguard.register.lifecycle import require_text
from crossguard.register.models import ClassificationEvent, ClassificationOverrideRow
from crossguard.store.db import session_scope, utcnow

SET, REMOVED = "set", "removed"


@dataclass(frozen=True)
class OverrideEvent:
    sku: str
    action: str
    product_type: str | None
    classes: dict[str, bool]
    reason: str
    actor: str
    at: datetime


def _override(row: Any) -> ClassificationOverride:  # an ORM row or a Core row of the table
    return ClassificationOverride(product_type=row.product_type, classes=json.loads(row.classes_json),
                                  reason=row.reason, by=row.set_by)


def set_override(engine: Engine, sku: str, *, product_type: str | None, classes: dict[str, bool], reason: str,
                 by: str) -> ClassificationOverride:
    """Record (or change) an override; what is not given keeps its earlier value."""
    if product_type is None and not classes:
        raise InvalidInputError("give a product type (--type) or at least one class (--class NAME=yes|no)")
    reason, by = require_text(reason, "--reason"), require_text(by, "--by")
    now = utcnow()
    with session_scope(engine, immediate=True) as session:
        row = session.get(ClassificationOverrideRow, sku)
        if row is None:
            row = ClassificationOverrideRow(sku=sku, classes_json="{}")
            session.add(row)
        merged = {**json.loads(row.classes_json), **classes}
        row.product_type = product_type or row.product_type
        row.classes_json = json.dumps(merged, sort_keys=True)
        row.reason, row.set_by, row.set_at = reason, by, now
        session.add(ClassificationEvent(sku=sku, action=SET, product_type=row.product_type,
                                        classes_json=row.classes_json, reason=reason, actor=by, at=now))
        session.flush()
        return _override(row)


def remove_override(engine: Engine, sku: str, *, reason: str, by: str) -> None:
    """Withdraw the override: the classifier's own reading applies again (the history keeps it)."""
    reason, by = require_text(reason, "--reason"), require_text(by, "--by")
    with session_scope(engine, immediate=True) as session:
        row = session.get(ClassificationOverrideRow, sku)
        if row is None:
            raise InvalidInputError(f"no classification override for {sku!r}")
        session.add(ClassificationEvent(sku=sku, action=REMOVED, product_type=row.product_type,
                                        classes_json=row.classes_json, reason=reason, actor=by, at=utcnow()))
        session.delete(row)


def current_overrides(conn: Connection) -> dict[str, ClassificationOverride]:
    """Every override in force, by SKU (read once per scan or check run)."""
    return {row.sku: _override(row) for row in conn.execute(select(ClassificationOverrideRow.__table__))}


_TABLE = ClassificationOverrideRow.__table__
_OVERRIDES_FOR = select(_TABLE).where(_TABLE.c.sku.in_(bindparam("skus", expanding=True)))  # built once: per request


def overrides_for(conn: Connection, skus: Iterable[str]) -> dict[str, ClassificationOverride]:
    """The overrides in force for some SKUs (the HTTP check: indexed rows, not the whole table)."""
    wanted = sorted(set(skus))
    found: dict[str, ClassificationOverride] = {}
    for start in range(0, len(wanted), 500):  # bound the IN list (SQLite's variable limit)
        rows = conn.execute(_OVERRIDES_FOR, {"skus": wanted[start:start + 500]})
        found.update((row.sku, _override(row)) for row in rows)
    return found


def override_history(conn: Connection, sku: str) -> list[OverrideEvent]:
    table = ClassificationEvent.__table__
    query = select(table).where(table.c.sku == sku).order_by(table.c.id)
    return [
        OverrideEvent(row["sku"], row["action"], row["product_type"], json.loads(row["classes_json"]),
                      row["reason"], row["actor"], row["at"])
        for row in conn.execute(query).mappings()
    ]
