"""Users (argon2 hashes, roles, lock-out on both sides of the threshold), API tokens (hash only, scopes,
revocation), the shared secret and the scheduler lease, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from crossguard.accounts.config import AccessConfig
from crossguard.accounts.models import Role, Scope, TokenRow, UserRow
from crossguard.accounts.secrets import shared_secret
from crossguard.accounts.tokens import create_token, list_tokens, revoke_token, verify_token
from crossguard.accounts.users import REFUSED, AccountError, add_user, authenticate, disable_user
from crossguard.store import lease
from crossguard.store.db import session_scope, utcnow

CONFIG = AccessConfig(max_failed_logins=3, lockout_seconds=60)


def test_password_is_stored_as_an_argon2_hash(db_engine: Engine) -> None:
    add_user(db_engine, "alice", Role.officer, "correct horse")
    with session_scope(db_engine) as s:
        stored = s.scalar(select(UserRow.password_hash))
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    assert authenticate(db_engine, "alice", "correct horse", CONFIG).user.role is Role.officer
    assert authenticate(db_engine, "alice", "wrong horse!", CONFIG).user is None
    with pytest.raises(AccountError, match="exists already"):
        add_user(db_engine, "alice", Role.viewer, "another pass")
    with pytest.raises(AccountError, match="at least 8"):
        add_user(db_engine, "bob", Role.viewer, "short")


def test_lockout_after_the_threshold_and_not_before(db_engine: Engine) -> None:
    add_user(db_engine, "alice", Role.viewer, "correct horse")
    now = utcnow()
    for _ in range(CONFIG.max_failed_logins - 1):
        assert authenticate(db_engine, "alice", "nope nope", CONFIG, now).problem == REFUSED
    assert authenticate(db_engine, "alice", "correct horse", CONFIG, now).user is not None  # 2 failures: not locked
    for _ in range(CONFIG.max_failed_logins):
        authenticate(db_engine, "alice", "nope nope", CONFIG, now)
    locked = authenticate(db_engine, "alice", "correct horse", CONFIG, now + timedelta(seconds=59))
    assert locked.user is None and "too many failed logins" in locked.problem
    assert authenticate(db_engine, "alice", "correct horse", CONFIG, now + timedelta(seconds=61)).user is not None


def test_roles_include_the_lower_ones_and_disabled_users_cannot_log_in(db_engine: Engine) -> None:
    viewer = add_user(db_engine, "vic", Role.viewer, "password1")
    admin = add_user(db_engine, "ada", Role.admin, "password1")
    assert not viewer.may(Role.officer) and viewer.may(Role.viewer)
    assert admin.may(Role.officer) and admin.may(Role.admin)
    disable_user(db_engine, "vic")
    assert authenticate(db_engine, "vic", "password1", CONFIG).user is None
    with pytest.raises(AccountError):
        disable_user(db_engine, "nobody")


def test_tokens_are_shown_once_stored_hashed_scoped_and_revocable(db_engine: Engine) -> None:
    token, plain = create_token(db_engine, "ci", Scope.check, "tester")
    with session_scope(db_engine) as s:
        row = s.scalar(select(TokenRow))
    assert plain.startswith("cg_") and plain not in (row.token_hash, row.prefix) and len(row.token_hash) == 64
    found = verify_token(db_engine, plain)
    assert found is not None and found.allows(Scope.check) and not found.allows(Scope.read)
    _, writer = create_token(db_engine, "bot", Scope.write, "tester")
    assert verify_token(db_engine, writer).allows(Scope.read)
    assert verify_token(db_engine, plain + "x") is None
    revoke_token(db_engine, "ci")
    assert verify_token(db_engine, plain) is None
    assert [(t.name, t.revoked_at is not None) for t in list_tokens(db_engine)] == [("bot", False), ("ci", True)]


def test_shared_secret_is_created_once(db_engine: Engine) -> None:
    assert shared_secret(db_engine, "session") == shared_secret(db_engine, "session")
    assert shared_secret(db_engine, "other") != shared_secret(db_engine, "session")


def test_lease_has_one_holder_until_it_runs_out(db_engine: Engine) -> None:
    now = utcnow()
    assert lease.try_acquire(db_engine, "scheduler", "p1", 30, now)
    assert not lease.try_acquire(db_engine, "scheduler", "p2", 30, now + timedelta(seconds=29))
    assert lease.try_acquire(db_engine, "scheduler", "p1", 30, now + timedelta(seconds=29))  # renewal
    assert lease.try_acquire(db_engine, "scheduler", "p2", 30, now + timedelta(seconds=60))  # p1 went quiet
    assert lease.current_holder(db_engine, "scheduler", now + timedelta(seconds=61)) == "p2"
    lease.release(db_engine, "scheduler", "p2")
    assert lease.current_holder(db_engine, "scheduler") is None
