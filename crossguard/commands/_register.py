"""What the register's commands share: opening the database, errors as exit codes, styles.

Exit codes, the same for every register command (``scan``, ``register ...``, ``db ...``):

* 0 — done;
* 1 — the request cannot be carried out as given: unknown finding id, a move the finding's status
  does not allow, a waiver ending in the past or too far ahead, a database that cannot be opened, or
  (every command but ``scan`` and ``db upgrade``) a SQLite database file that does not exist: a
  mistyped ``--db`` must not read as an empty register. Nothing was changed;
* 2 — bad input: the command line itself (missing or malformed option; typer/click's own code), rule
  packs that do not load, or catalog or seller-data rows that do not read (each named; ``scan`` writes
  nothing);
* 3 — the register is busy: another scan is running. Nothing was changed; try again later (or
  give ``scan --wait SECONDS``).

The database comes from ``--db``, else ``$CROSSGUARD_DB``, else the configuration's
``database.url``, else ``var/crossguard.db``; its schema is brought up to date automatically.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from rich.text import Text
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError as SAArgumentError
from sqlalchemy.exc import OperationalError as SAOperationalError

from crossguard.commands._options import err, fail, settings_or_exit
from crossguard.engine.durable_host import EngineError
from crossguard.engine.overrides import ClassificationOverride
from crossguard.register import lifecycle
from crossguard.register.classification import current_overrides
from crossguard.register.errors import RegisterBusyError, RegisterError, ScanInputError
from crossguard.register.locking import running_scan
from crossguard.store.db import DatabaseMissingError, make_engine, sqlite_file
from crossguard.store.migrate import upgrade_to_head

EXIT_OK, EXIT_USER, EXIT_INPUT, EXIT_BUSY = 0, 1, 2, 3
SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}
STATUS_STYLE = {"open": "bold", "acknowledged": "blue", "waived": "magenta", "resolved": "green"}

T = TypeVar("T")


def database_url(db: str | None, config: Path | None) -> str:
    return settings_or_exit(config, EXIT_USER).database_url(db)


def shown_url(url: str) -> str:
    """A database URL safe to print: the password hidden."""
    return make_url(url).render_as_string(hide_password=True)


@contextmanager
def errors() -> Iterator[None]:
    """Turn the register's expected errors into a message and the documented exit code."""
    try:
        yield
    except RegisterBusyError as exc:
        raise fail(str(exc), EXIT_BUSY) from None
    except ScanInputError as exc:  # bad rows or an unreadable input file: exit 2, as check says it
        for line in exc.errors:
            err.print(line, soft_wrap=True)  # one line each however long: `file: row N: field: reason` is grepped
        raise fail(str(exc), EXIT_INPUT) from None
    except RegisterError as exc:
        raise fail(str(exc), EXIT_USER) from None
    except EngineError as exc:  # a value the rules engine cannot take; the scan rolled back
        raise fail(f"{exc}\nnothing was written", EXIT_USER) from None
    except SAOperationalError as exc:
        raise fail(f"database error: {exc.orig}", EXIT_USER) from None
    except SAArgumentError as exc:  # e.g. --db notaurl
        raise fail(f"not a database URL: {exc}", EXIT_USER) from None


def open_db(url: str, *, create: bool = True) -> Engine:
    """Engine for ``url``, with the schema brought up to date; ``create=False`` for commands that
    only work on what is there (a missing SQLite file is then an error naming it)."""
    try:
        engine = make_engine(url, create=create)
        upgrade_to_head(engine)
    except DatabaseMissingError as exc:
        raise fail(str(exc), EXIT_USER) from None
    except ValueError as exc:  # a URL with a password printed as ***
        raise fail(str(exc), EXIT_USER) from None
    except SAOperationalError as exc:
        scan = running_scan(url) if "locked" in str(exc.orig) else None
        why = f" ({scan})" if scan else ""
        raise fail(f"cannot open the database {shown_url(url)}: {exc.orig}{why}", EXIT_USER) from None
    return engine


def open_for_reading(url: str) -> Engine:
    """Engine for a read command; expired waivers are reopened first (see lifecycle.apply_expiries)."""
    engine = open_db(url, create=False)
    if lifecycle.apply_expiries_now(engine) is None:
        err.print(Text.assemble(("note:", "yellow"), " a scan is running; expired waivers reopen when it finishes"))
    return engine


def split_values(values: list[str] | None) -> list[str]:
    """Options may repeat and may hold comma-separated values: --market DE,FR --market IT."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def severity_text(severity: str) -> Text:
    return Text(severity, style=SEVERITY_STYLE.get(severity, ""))


def status_text(status: str) -> Text:
    return Text(status, style=STATUS_STYLE.get(status, ""))


def with_db(url: str, action: Callable[[Engine], T], *, create: bool = False) -> T:
    """Run ``action`` on an existing register (ack, waive, resolve work on findings already there);
    ``create=True`` for commands that may set up a new one (adding the first user or token)."""
    with errors():
        engine = open_db(url, create=create)
        try:
            return action(engine)
        finally:
            engine.dispose()


def register_overrides(url: str, input_error: int = 2) -> dict[str, ClassificationOverride]:
    """The register's classification overrides, for commands that only read them (check, classify):
    a register that does not exist or cannot be read is an input error (exit ``input_error``)."""
    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise fail(f"input error: no register database at {path}", input_error)
    try:
        engine = make_engine(url, create=False)
        try:
            upgrade_to_head(engine)
            with engine.connect() as conn:
                return current_overrides(conn)
        finally:
            engine.dispose()
    except (SAOperationalError, SAArgumentError, DatabaseMissingError) as exc:
        raise fail(f"input error: cannot read the register {shown_url(url)}: {exc}", input_error) from None
