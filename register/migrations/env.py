"""Alembic environment for every table of the project.

Run programmatically by ``register.migrate.upgrade_to_head`` (which hands over a connection already
inside a locked transaction), or by the ``alembic`` command with ``register/migrations/alembic.ini``
(which resolves the URL like the application does).
"""

from __future__ import annotations

import importlib

from alembic import context
from crossguard.register.db import Base, make_engine, resolve_db_url
from sqlalchemy.engine import Connection

# Modules declaring tables on register.db.Base. A package that adds tables lists its module here so
# autogenerate sees them; a module that does not exist (yet) is skipped.
MODEL_MODULES = ("crossguard.register.models", "crossguard.notifiers.models", "crossguard.watchers.models")

for _name in MODEL_MODULES:
    try:
        importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # only "this module does not exist", never an error inside it
        if exc.name != _name:
            raise

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
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
