"""``crossguard db ...``: the database schema (Alembic migrations)."""

from __future__ import annotations

import typer

from crossguard.commands._options import ConfigOption, DbOption, fail, out
from crossguard.commands._register import EXIT_USER, database_url, errors, shown_url
from crossguard.store.db import DatabaseMissingError, make_engine
from crossguard.store.migrate import current_revisions, head_revisions, upgrade_to_head

db_app = typer.Typer(help="Database schema (Alembic migrations).")


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade_command(db: DbOption = None, config: ConfigOption = None) -> None:
    """Apply pending migrations (idempotent; also done before every register command)."""
    url = database_url(db, config)
    with errors():
        engine = make_engine(url)
        try:
            before, after = upgrade_to_head(engine)
        finally:
            engine.dispose()
    shown = shown_url(url)
    if before == after:
        out.print(f"{shown}: already at {', '.join(sorted(after)) or 'base'}")
    else:
        out.print(f"{shown}: {', '.join(sorted(before)) or 'empty'} -> {', '.join(sorted(after))}")


@db_app.command("current")
def current_command(db: DbOption = None, config: ConfigOption = None) -> None:
    """Show the database's schema revision and the newest one this version knows."""
    url = database_url(db, config)
    with errors():
        try:
            engine = make_engine(url, create=False)
        except DatabaseMissingError as exc:
            raise fail(str(exc), EXIT_USER) from None
        try:
            with engine.connect() as conn:
                current = current_revisions(conn)
        finally:
            engine.dispose()
    heads = head_revisions()
    state = "up to date" if current == heads else "needs `crossguard db upgrade`"
    out.print(f"current: {', '.join(sorted(current)) or 'empty'}; head: {', '.join(sorted(heads))} ({state})")
