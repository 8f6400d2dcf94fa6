"""Bring a database to the newest schema, safely and idempotently, from code.

``crossguard db upgrade`` calls :func:`upgrade_to_head`, and so does every command that touches the
register before it starts, so a fresh database needs no set-up step. Calling it on an up-to-date
database costs one small query. Two processes upgrading at once serialise on a lock (SQLite's write
lock, a PostgreSQL advisory lock) and the second finds nothing left to do; the whole upgrade runs
in one transaction, so a failed migration leaves the schema as it was (both backends have
transactional DDL).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection

# Arbitrary constant shared by every crossguard process: the advisory lock taken while migrating.
_PG_MIGRATE_LOCK = 0x63677264_0001  # "cgrd" + 1


def migrations_dir() -> Path:
    """The Alembic script folder inside the installed package (works from a wheel as from a checkout)."""
    return Path(str(files("crossguard.store") / "migrations"))


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(conn: Connection) -> set[str]:
    return set(MigrationContext.configure(conn).get_current_heads())


def upgrade_to_head(engine: Engine) -> tuple[set[str], set[str]]:
    """Apply every pending migration; return (revisions before, revisions after).

    Safe to call on every start: it returns at once when the schema is current.
    """
    heads = head_revisions()
    with engine.connect() as conn:
        before = current_revisions(conn)
    if before == heads:
        return before, before

    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATE_LOCK})
            before = current_revisions(conn)  # another process may have upgraded while we waited
            if before != heads:
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "heads")
        with engine.connect() as check:
            after = current_revisions(check)
    return before, after
