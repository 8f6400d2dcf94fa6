"""Alembic environment for every table of the project.

Run programmatically by ``crossguard.store.migrate.upgrade_to_head`` (which hands over a connection already
inside a locked transaction), or by the ``alembic`` command with ``crossguard/store/migrations/alembic.ini``
(which resolves the URL like the application does).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

# Every package's tables are declared on Base; importing them lets autogenerate see the whole schema.
# This file is run by Alembic and never imported: it is the one place below the CLI naming them all.
import crossguard.accounts.models  # noqa: F401
import crossguard.notifiers.models  # noqa: F401
import crossguard.register.models  # noqa: F401
import crossguard.store.lease  # noqa: F401
import crossguard.watchers.models  # noqa: F401
from crossguard.store.db import Base, make_engine, resolve_db_url
from crossguard.store.migrate import check_foreign_keys, foreign_keys_checked_at_the_end

target_metadata = Base.metadata
config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or resolve_db_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url") or resolve_db_url())
    try:
        with engine.connect() as conn, foreign_keys_checked_at_the_end(conn):
            _run(conn)
            check_foreign_keys(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
