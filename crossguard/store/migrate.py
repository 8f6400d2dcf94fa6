"""Bring a database to the newest schema, safely and idempotently, from code.

``crossguard db upgrade`` calls :func:`upgrade_to_head`, and so does every command that touches the
register before it starts, so a fresh database needs no set-up step. Calling it on an up-to-date
database costs one small query. Two processes upgrading at once serialise on a lock (SQLite's write
lock, a PostgreSQL advisory lock) and the second finds nothing left to do; the whole upgrade runs
in one transaction, so a failed migration leaves the schema as it was (both backends have
transactional DDL).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

#: Alembic's table of the revisions a database is at (its default name, which env.py keeps).
VERSION_TABLE = "alembic_version"

# Arbitrary constant shared by every crossguard process: the advisory lock taken while migrating.
_PG_MIGRATE_LOCK = 0x63677264_0001  # "cgrd" + 1


def migrations_dir() -> Path:
    """The Alembic script folder inside the installed package (works from a wheel as from a checkout)."""
    return Path(str(files("crossguard.store") / "migrations"))


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revisions() -> set[str]:
    """The revisions no other revision follows, read from the scripts' ``revision`` and ``down_revision``
    assignments rather than by Alembic's ``ScriptDirectory``.

    Why: every scan and command asks whether the register is current, and importing Alembic to answer (its
    script and DDL modules pull in Mako and Pygments) cost an unchanged re-scan about 0.2 s of CPU; Alembic is
    imported only when there is something to upgrade. Read as text, not with ``ast``: two threads parsing at
    once fail on CPython 3.11 ("AST constructor recursion depth mismatch"), and two commands starting together
    do. ``tests/test_register_db.py`` checks this against Alembic.
    """
    revisions: set[str] = set()
    followed: set[str] = set()
    for script in (migrations_dir() / "versions").glob("*.py"):
        for name, names in script_revisions(script.read_text(encoding="utf-8")):
            (revisions if name == "revision" else followed).update(names)
    return revisions - followed


def script_revisions(source: str) -> list[tuple[str, list[str]]]:
    """A migration script's top-level ``revision`` and ``down_revision`` assignments: (name, revisions named)."""
    return [(name, _QUOTED.findall(_COMMENT.sub("", value))) for name, value in _ASSIGNMENT.findall(source)]


#: A script's top-level ``revision`` or ``down_revision`` assignment, annotated or not: the value is None, a quoted
#: name, or a tuple or list of quoted names, which may run over several lines (a merge revision, as a formatter
#: writes a long one); comments after it are not part of it.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(\([^)]*\)|\[[^\]]*\]|[^\n]*)", re.MULTILINE)
_COMMENT = re.compile(r"#[^\n]*")
_QUOTED = re.compile(r"""["']([^"']+)["']""")


def current_revisions(conn: Connection) -> set[str]:
    """The revisions the database is at (none for a database Alembic has not touched)."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return set()
    return {row[0] for row in conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))}


def upgrade_to_head(engine: Engine) -> tuple[set[str], set[str]]:
    """Apply every pending migration; return (revisions before, revisions after).

    Safe to call on every start: it returns at once when the schema is current.
    """
    heads = head_revisions()
    with engine.connect() as conn:
        before = current_revisions(conn)
    if before == heads:
        return before, before

    with engine.connect() as conn, foreign_keys_checked_at_the_end(conn):
        conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATE_LOCK})
            before = current_revisions(conn)  # another process may have upgraded while we waited
            if before != heads:
                from alembic import command

                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "heads")
                check_foreign_keys(conn)
        with engine.connect() as check:
            after = current_revisions(check)
    return before, after


@contextmanager
def foreign_keys_checked_at_the_end(conn: Connection) -> Iterator[None]:
    """On SQLite, turn foreign key enforcement off for a migration's transaction (call before it begins) and
    back on after; :func:`check_foreign_keys` then checks every reference before the commit.

    Why: SQLite's documented way to change a table it cannot ALTER (batch mode: copy the table, drop the old,
    rename the copy) with enforcement on counts every row that references the old table as violated when it
    is dropped, and fails the commit (``findings``, referenced by the audit trail: migration 0006). The
    setting cannot change inside a transaction. Other backends: nothing to do.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys=OFF")
    if raw.execute("PRAGMA foreign_keys").fetchone()[0] != 0:  # SQLite ignores it inside a transaction, silently
        raise RuntimeError("cannot turn foreign keys off for a migration: a transaction is already open")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def check_foreign_keys(conn: Connection) -> None:
    """Raise if a row references a row that does not exist (SQLite; inside the migration's transaction)."""
    if conn.dialect.name != "sqlite":
        return
    broken = conn.execute(text("PRAGMA foreign_key_check")).all()
    if broken:
        raise RuntimeError(f"migration left {len(broken)} rows referencing missing rows, e.g. {tuple(broken[0])}")
