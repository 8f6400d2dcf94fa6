"""What the watch, feeds and alerts commands share: configuration and the database.

Exit codes: 0 done (feed failures are shown, not fatal, unless ``watch --strict``); 1 bad config,
unreadable catalog/topics, unknown id, a database that failed (locked, unreachable: ``watch`` keeps
cycling in continuous mode and exits 1 when it stops), or (``--strict``) a feed failed; 2 bad
command line. The
database comes from ``--db``, else ``$CROSSGUARD_DB``, else the configuration's ``database.url``,
else var/crossguard.db; its schema is brought up to date automatically. Slack secrets come only
from the environment variables the configuration names (``notifiers.slack.*_env``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from crossguard.commands._options import fail, settings_or_exit
from crossguard.notifiers.outbox import Outbox
from crossguard.settings import LoadedSettings
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head

EXIT_CONFIG = 1


def load(config: Path | None) -> LoadedSettings:
    return settings_or_exit(config, EXIT_CONFIG)


@contextmanager
def database(db: str | None, loaded: LoadedSettings, *, create: bool = False) -> Iterator[Engine]:
    """The database with its schema up to date, disposed of on exit. Only ``watch`` creates one
    (``create``); the ``alerts`` and ``feeds`` commands refuse a SQLite file that does not exist."""
    try:
        engine = make_engine(loaded.database_url(db), create=create)
    except (OSError, ValueError, SQLAlchemyError) as exc:  # no such file, *** password, not a URL
        raise fail(f"database: {exc}", EXIT_CONFIG) from None
    try:
        try:
            upgrade_to_head(engine)
        except SQLAlchemyError as exc:
            raise fail(f"database: {getattr(exc, 'orig', None) or exc}", EXIT_CONFIG) from None
        yield engine
    finally:
        engine.dispose()


@contextmanager
def outbox(db: str | None, config: Path | None) -> Iterator[Outbox]:
    """The alert outbox of the configured database (for the ``alerts`` commands)."""
    loaded = load(config)
    with database(db, loaded) as engine:
        yield Outbox(engine, loaded.notifiers)
