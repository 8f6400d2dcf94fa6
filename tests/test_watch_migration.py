"""Revision 0002_watch_outbox: creates exactly the watcher/outbox tables, matches the models, and
downgrades cleanly to 0001_register (SQLite and PostgreSQL)."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

import crossguard.notifiers.models  # noqa: F401 - registers the tables on Base
import crossguard.watchers.models  # noqa: F401
from crossguard.store.db import Base, make_engine
from crossguard.store.migrate import alembic_config, upgrade_to_head

OURS = {"watch_feeds", "watch_items", "watch_item_matches", "fx_rates", "outbox_alerts", "outbox_deliveries",
        "outbox_attempts"}


def test_upgrade_matches_models_and_downgrade_removes_only_ours(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade_to_head(engine)
        assert OURS <= set(inspect(engine).get_table_names())
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert [d for d in diff if any(t in str(d) for t in OURS)] == []
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001_register")
        remaining = set(inspect(engine).get_table_names())
        assert not (OURS & remaining) and "findings" in remaining
        upgrade_to_head(engine)
        assert OURS <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
