"""People who log in to the workspace: add, list, disable, and authenticate with lock-out.

Throttling lives in the database (``failed_logins``, ``locked_until``), so every worker process and
every restart sees the same count: ``max_failed_logins`` failures in a row lock the account for
``lockout_seconds``. A locked, disabled or unknown account costs the same argon2 verification as
a real one, so timing does not tell which names exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, select, update
from sqlalchemy.exc import IntegrityError

from crossguard.accounts.config import AccessConfig
from crossguard.accounts.models import Role, UserRow
from crossguard.accounts.passwords import MIN_LENGTH, dummy_hash, hash_password, needs_rehash, verify_password
from crossguard.store.db import session_scope, utcnow

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    disabled: bool
    created_at: datetime
    last_login_at: datetime | None
    locked_until: datetime | None

    def may(self, role: Role) -> bool:
        """True when this user's role includes ``role``."""
        return not self.disabled and self.role.rank >= role.rank


def _user(row: UserRow) -> User:
    return User(row.id, row.name, Role(row.role), row.disabled, row.created_at, row.last_login_at, row.locked_until)


def add_user(engine: Engine, name: str, role: Role, password: str) -> User:
    if not NAME_PATTERN.match(name):
        raise AccountError(f"{name!r} is not a user name (letters, digits, . _ @ -; at most 100)")
    if len(password) < MIN_LENGTH:
        raise AccountError(f"the password must have at least {MIN_LENGTH} characters")
    try:
        with session_scope(engine, immediate=True) as s:
            row = UserRow(name=name, role=role.value, password_hash=hash_password(password), disabled=False,
                          created_at=utcnow(), failed_logins=0)
            s.add(row)
            s.flush()
            return _user(row)
    except IntegrityError:
        raise AccountError(f"a user {name!r} exists already") from None


def list_users(engine: Engine) -> list[User]:
    with session_scope(engine) as s:
        return [_user(row) for row in s.scalars(select(UserRow).order_by(UserRow.name))]


def get_user(engine: Engine, user_id: int) -> User | None:
    with session_scope(engine) as s:
        row = s.get(UserRow, user_id)
        return _user(row) if row is not None else None


def disable_user(engine: Engine, name: str) -> User:
    with session_scope(engine, immediate=True) as s:
        row = s.scalar(select(UserRow).where(UserRow.name == name))
        if row is None:
            raise AccountError(f"no user {name!r} (see `crossguard users list`)")
        row.disabled = True
        return _user(row)


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    problem: str | None = None


REFUSED = "unknown user name or wrong password"


def authenticate(engine: Engine, name: str, password: str, config: AccessConfig,
                 now: datetime | None = None) -> LoginResult:
    """Check a login; count failures and lock the account after too many in a row."""
    now = now or utcnow()
    with session_scope(engine, immediate=True) as s:
        row = s.scalar(select(UserRow).where(UserRow.name == name))
        if row is None or row.disabled:
            verify_password(dummy_hash(), password)
            return LoginResult(None, REFUSED)
        if row.locked_until is not None and row.locked_until > now:
            verify_password(dummy_hash(), password)
            wait = int((row.locked_until - now).total_seconds()) + 1
            return LoginResult(None, f"too many failed logins: try again in {wait} s")
        if not verify_password(row.password_hash, password):
            row.failed_logins += 1
            if row.failed_logins >= config.max_failed_logins:
                row.failed_logins = 0
                row.locked_until = now + timedelta(seconds=config.lockout_seconds)
            return LoginResult(None, REFUSED)
        values: dict = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
        if needs_rehash(row.password_hash):
            values["password_hash"] = hash_password(password)
        s.execute(update(UserRow).where(UserRow.id == row.id).values(**values))
        s.refresh(row)
        return LoginResult(_user(row))
