"""``crossguard users ...`` and ``crossguard tokens ...``: who may use the workspace and the API.

Exit codes: 0 done; 1 refused (a name taken or unknown, a password too short, a database that
cannot be opened); 2 bad command line. The database is found like the register's.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.table import Table
from sqlalchemy import Engine

from crossguard.accounts.models import Role, Scope
from crossguard.accounts.tokens import create_token, list_tokens, revoke_token
from crossguard.accounts.users import AccountError, add_user, disable_user, list_users
from crossguard.commands._options import ConfigOption, DbOption, err, fail, out, table_console
from crossguard.commands._register import EXIT_USER, database_url, when, with_db
from crossguard.register.locking import holder_name

T = TypeVar("T")
users_app = typer.Typer(help="People who log in to the workspace: add, list, disable.")
tokens_app = typer.Typer(help="API tokens for pipelines and scripts: create (shown once), list, revoke.")


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
    app.add_typer(tokens_app, name="tokens")


def _run(db: str | None, config: Path | None, action: Callable[[Engine], T], *, create: bool = False) -> T:
    """``action`` on the database, account errors as a one-line message and exit 1; ``create``: the
    database may be new (adding a user or a token), else it must exist (listing, disabling)."""
    url = database_url(db, config)
    try:
        return with_db(url, action, create=create)
    except AccountError as exc:
        raise fail(str(exc), EXIT_USER) from None


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    first = typer.prompt("Password", hide_input=True)
    if typer.prompt("Again", hide_input=True) != first:
        raise fail("the passwords differ", EXIT_USER)
    return first


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="Login name")],
    role: Annotated[Role, typer.Option("--role", help="viewer (read), officer (work findings), admin")],
    password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Read the password from stdin's first line")]
    = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Add a user (the password is hashed with argon2id; it is never stored or shown)."""
    password = _password(password_stdin)
    user = _run(db, config, lambda engine: add_user(engine, name, role, password), create=True)
    out.print(f"user {user.name} added ({user.role.value})")


@users_app.command("list")
def users_list(db: DbOption = None, config: ConfigOption = None) -> None:
    """Users with their role and state."""
    users = _run(db, config, list_users)
    table = Table(header_style="bold")
    for column in ("name", "role", "state", "created (UTC)", "last login (UTC)"):
        table.add_column(column, no_wrap=True)
    for u in users:
        state = "disabled" if u.disabled else ("locked" if u.locked_until else "active")
        table.add_row(u.name, u.role.value, state, when(u.created_at), when(u.last_login_at))
    table_console().print(table if users else "no users: add one with `crossguard users add NAME --role officer`")


@users_app.command("disable")
def users_disable(name: str, db: DbOption = None, config: ConfigOption = None) -> None:
    """Disable a user: no new login, and their open sessions stop working."""
    user = _run(db, config, lambda engine: disable_user(engine, name))
    out.print(f"user {user.name} disabled")


@tokens_app.command("create")
def tokens_create(
    name: Annotated[str, typer.Option("--name", help="What the token is for (shown in the audit trail)")],
    scope: Annotated[Scope, typer.Option("--scope", help="check (POST /v1/check), read, or write (includes read)")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Create a token and print it once on stdout; only its hash is stored."""
    creator = holder_name().split(" pid ")[0]
    token, plain = _run(db, config, lambda engine: create_token(engine, name, scope, creator), create=True)
    print(plain)
    err.print(f"token {token.name} ({token.scope.value}) created; it is not shown again")


@tokens_app.command("list")
def tokens_list(db: DbOption = None, config: ConfigOption = None) -> None:
    """Tokens with scope, state and last use (never the token itself)."""
    tokens = _run(db, config, list_tokens)
    table = Table(header_style="bold")
    for column in ("name", "scope", "starts with", "state", "created (UTC)", "by", "last used (UTC)"):
        table.add_column(column, no_wrap=True)
    for t in tokens:
        state = f"revoked {when(t.revoked_at)}" if t.revoked_at else "active"
        table.add_row(t.name, t.scope.value, t.prefix + "…", state, when(t.created_at), t.created_by,
                      when(t.last_used_at))
    empty = "no tokens: create one with `crossguard tokens create --name N --scope read`"
    table_console().print(table if tokens else empty)


@tokens_app.command("revoke")
def tokens_revoke(name: str, db: DbOption = None, config: ConfigOption = None) -> None:
    """Revoke a token: requests with it are refused from now on."""
    token = _run(db, config, lambda engine: revoke_token(engine, name))
    out.print(f"token {token.name} revoked")
