"""API tokens for pipelines and scripts: shown once, stored as a SHA-256 hash, revocable.

A token is 32 random bytes (``secrets.token_urlsafe``) behind the prefix ``cg_``; a fast hash is
enough for a secret of that strength (nothing to brute-force), and it lets the service find the
token with one indexed lookup. ``last_used_at`` is updated at most once a minute per token, in its
own short write transaction that gives up rather than fail the request that used the token: on SQLite
an UPDATE inside the read transaction was refused at once ("database is locked") whenever another
connection had written since the read began, which made one API request in a busy minute a 500.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, Row, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from crossguard.accounts.models import Scope, TokenRow
from crossguard.accounts.users import NAME_PATTERN, AccountError
from crossguard.store.db import session_scope, utcnow, write_transaction

PREFIX = "cg_"
_TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Token:
    id: int
    name: str
    scope: Scope
    prefix: str
    created_at: datetime
    created_by: str
    revoked_at: datetime | None
    last_used_at: datetime | None

    def allows(self, scope: Scope) -> bool:
        """``write`` includes ``read``; ``check`` is only the check."""
        if self.revoked_at is not None:
            return False
        return self.scope == scope or (self.scope == Scope.write and scope == Scope.read)


def _token(row: TokenRow | Row) -> Token:
    return Token(row.id, row.name, Scope(row.scope), row.prefix, row.created_at, row.created_by, row.revoked_at,
                 row.last_used_at)


def token_hash(plain: str) -> str:
    return hashlib.sha256(plain.encode()).hexdigest()


def create_token(engine: Engine, name: str, scope: Scope, created_by: str) -> tuple[Token, str]:
    """A new token; the plain value is returned here and nowhere else."""
    if not NAME_PATTERN.match(name):
        raise AccountError(f"{name!r} is not a token name (letters, digits, . _ @ -; at most 100)")
    plain = PREFIX + secrets.token_urlsafe(32)
    try:
        with session_scope(engine, immediate=True) as s:
            row = TokenRow(name=name, scope=scope.value, token_hash=token_hash(plain), prefix=plain[:10],
                           created_at=utcnow(), created_by=created_by)
            s.add(row)
            s.flush()
            return _token(row), plain
    except IntegrityError:
        raise AccountError(f"a token named {name!r} exists already (revoke it or choose another name)") from None


def list_tokens(engine: Engine) -> list[Token]:
    with session_scope(engine) as s:
        return [_token(row) for row in s.scalars(select(TokenRow).order_by(TokenRow.name))]


def revoke_token(engine: Engine, name: str) -> Token:
    with session_scope(engine, immediate=True) as s:
        row = s.scalar(select(TokenRow).where(TokenRow.name == name))
        if row is None:
            raise AccountError(f"no token {name!r} (see `crossguard tokens list`)")
        if row.revoked_at is None:
            row.revoked_at = utcnow()
        return _token(row)


def find_token(engine: Engine, plain: str) -> Token | None:
    """The live token with this value, or None (unknown or revoked): one indexed read, nothing written."""
    if not plain.startswith(PREFIX):
        return None
    with engine.connect() as conn:
        row = conn.execute(select(TokenRow.__table__).where(TokenRow.token_hash == token_hash(plain))).first()
    if row is None or row.revoked_at is not None:
        return None
    return _token(row)


def touch_due(token: Token) -> bool:
    """Whether ``last_used_at`` is older than the once-a-minute bound."""
    return token.last_used_at is None or utcnow() - token.last_used_at > _TOUCH_EVERY


def touch_token(engine: Engine, token: Token) -> bool:
    """Record that the token was used, unless another process did within the minute. False when the
    register was too busy to take the write (the next use tries again): bookkeeping never fails a request."""
    now = utcnow()
    table = TokenRow.__table__
    try:
        with write_transaction(engine) as conn:
            conn.execute(update(table).where(table.c.id == token.id)
                         .where(or_(table.c.last_used_at.is_(None), table.c.last_used_at < now - _TOUCH_EVERY))
                         .values(last_used_at=now))
    except OperationalError:
        return False
    return True


def verify_token(engine: Engine, plain: str) -> Token | None:
    """The live token with this value, or None (unknown or revoked); its use recorded at most once a minute."""
    token = find_token(engine, plain)
    if token is not None and touch_due(token):
        touch_token(engine, token)
    return token
