"""Database plumbing shared by every table of the project: Base, URL resolution, engines, sessions.

Everything that persists (the risk register, the notifier outbox, watcher feed state) declares its
tables on :class:`Base` so one Alembic environment (``crossguard/store/migrations``) owns the whole schema.

Why the SQLite handling below: Python's ``sqlite3`` driver starts transactions lazily (only at the
first write) and so a read-then-write transaction can see stale data or fail without waiting. We
switch the driver to autocommit and emit ``BEGIN`` ourselves (SQLAlchemy's documented recipe), so
a transaction really starts where SQLAlchemy says it does. A connection or engine with the
execution option ``sqlite_begin="IMMEDIATE"`` takes SQLite's write lock up front, which is what
every writer that first reads (scan, ack, waive) needs. WAL lets readers (``register list``) run
while a scan writes; ``busy_timeout`` makes a second writer wait instead of failing at once.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import DeclarativeBase, Session
from sqlalchemy.types import TypeDecorator

from crossguard.store.clock import utcnow as utcnow  # re-exported: the project's one clock (crossguard.store.clock)

ENV_DB_URL = "CROSSGUARD_DB"
#: What SQLAlchemy 2 prints instead of a password (``str(engine.url)``): never a real one.
HIDDEN_PASSWORD = "***"
DEFAULT_SQLITE_PATH = Path("var") / "crossguard.db"
DEFAULT_BUSY_TIMEOUT_S = 10.0
#: ``sqlite_begin`` value for a connection that only reads and needs no one snapshot across its
#: statements: no BEGIN is sent, each statement reads the latest commit (see :func:`read_connection`).
AUTOCOMMIT_READS = "NONE"

# Named constraints: Alembic's SQLite batch mode recreates tables and can only carry constraints
# over (or drop them in a later migration) when they have stable names.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base for every table of the project (one metadata, one migration history)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend.

    SQLite has no timezone type and would hand back naive values; we store naive UTC and attach
    UTC on the way out, so code never compares naive with aware datetimes.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; use datetime.now(UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _anchor_sqlite(url: str, base: Path) -> str:
    """Make a relative SQLite file path absolute against ``base``; other URLs pass through (one that is
    not a URL at all too: opening it is where the error is reported)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    db = parsed.database
    if not parsed.drivername.startswith("sqlite") or not db or db == ":memory:" or db.startswith("file:"):
        return url
    path = Path(db)
    if path.is_absolute():
        return url
    return parsed.set(database=str((base / path).resolve())).render_as_string(hide_password=False)


def resolve_db_url(
    cli_url: str | None = None,
    *,
    config_url: str | None = None,
    config_base: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> str:
    """Pick the database URL: ``--db`` > ``$CROSSGUARD_DB`` > the configuration's ``database.url``
    > ``var/crossguard.db`` under the working directory (so nothing needs setting up).

    A relative SQLite path from the configuration is relative to the configuration file's folder
    (``config_base``), so the register does not move with the working directory; one given on the
    command line or in the environment is relative to the working directory, as a user typing it
    expects. The configuration itself is read by ``crossguard.settings``, not here.
    """
    env = os.environ if env is None else env
    if cli_url:
        return _anchor_sqlite(cli_url, Path.cwd())
    if env.get(ENV_DB_URL):
        return _anchor_sqlite(env[ENV_DB_URL], Path.cwd())
    if config_url:
        return _anchor_sqlite(config_url, (config_base or Path.cwd()).resolve())
    return f"sqlite:///{(Path.cwd() / DEFAULT_SQLITE_PATH).resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    parsed = make_url(url)
    db = parsed.database
    if not parsed.drivername.startswith("sqlite") or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


class DatabaseMissingError(FileNotFoundError):
    """A command that only reads was given a SQLite file that does not exist (a mistyped --db)."""

    def __init__(self, path: Path):
        super().__init__(f"no database at {path}: check --db / $CROSSGUARD_DB (only scan, watch, "
                         "serve, scheduler, db upgrade, users add, tokens create and classify set create one)")
        self.path = path


def make_engine(
    url: str, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S, echo: bool = False, create: bool = True,
    **kwargs: Any,
) -> Engine:
    """Create an engine with the project's settings (see module docstring for the SQLite part).

    With ``create`` a missing SQLite file is created, readable by its owner only (0600, in a folder
    created 0700): the register holds compliance findings and the outbox holds alert text. Without
    it, a missing file is a :class:`DatabaseMissingError` instead of an empty register that reads
    as "no findings". On SQLite, pass the execution option ``sqlite_begin="IMMEDIATE"``
    (``engine.execution_options(sqlite_begin="IMMEDIATE")`` or per connection) to take the write
    lock at ``BEGIN``. A URL whose password is ``***`` was printed by SQLAlchemy, not configured:
    it is refused rather than failing to log in (or, where errors fall back quietly, passing unseen).
    """
    if make_url(url).password == HIDDEN_PASSWORD:
        raise ValueError("the database URL's password is '***', which is how SQLAlchemy prints a URL: pass the "
                         "URL itself (engine.url.render_as_string(hide_password=False)), not str(engine.url)")
    path = sqlite_file(url)
    if path is not None and not path.exists():
        if not create:
            raise DatabaseMissingError(path)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.touch(mode=0o600)
    if not make_url(url).drivername.startswith("sqlite"):
        kwargs.setdefault("pool_pre_ping", True)
        return create_engine(url, echo=echo, **kwargs)

    connect_args = dict(kwargs.pop("connect_args", {}))
    connect_args.setdefault("timeout", busy_timeout_s)
    engine = create_engine(url, echo=echo, connect_args=connect_args, **kwargs)
    timeout_ms = int(busy_timeout_s * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={timeout_ms}")
            if path is not None:
                switch_to_wal(cursor, busy_timeout_s)
                # NORMAL is safe with WAL (no corruption on crash; at worst the last commit is lost on
                # power failure) and makes bulk writes several times faster than FULL.
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin")
        if mode != AUTOCOMMIT_READS:
            conn.exec_driver_sql(f"BEGIN {mode}" if mode else "BEGIN")

    return engine


def switch_to_wal(cursor: Any, busy_timeout_s: float) -> None:
    """Switch a SQLite file to WAL once (``cursor``: a DB-API cursor or connection). Switching needs the file
    to itself, and SQLite answers "database is locked" at once (no busy wait) while another connection writes,
    as when two commands start on a new register together, or while a first scan writes through a rollback
    journal (``register.scan.journal``): wait and retry, up to the busy timeout."""
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return
    deadline = time.monotonic() + busy_timeout_s
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def session_scope(engine: Engine, *, immediate: bool = False) -> Iterator[Session]:
    """A session that commits on success and rolls back on any exception.

    ``immediate=True`` takes SQLite's write lock at the start of the transaction; use it when the
    transaction reads something and then writes based on it. It is a no-op on PostgreSQL.
    """
    bind = engine.execution_options(sqlite_begin="IMMEDIATE") if immediate else engine
    session = Session(bind=bind, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A connection for a few reads that need not see one snapshot, in a hot path: on SQLite no BEGIN
    and no ROLLBACK are sent (each is a round trip through the driver, and each releases the GIL, which
    under many threads costs a wait for it); elsewhere an ordinary connection. Never write on it."""
    with engine.connect() as conn:
        yield conn.execution_options(sqlite_begin=AUTOCOMMIT_READS)


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A Core connection in one transaction holding SQLite's write lock from the start."""
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            yield conn
