"""API tokens as `serve` verifies them: trusted for at most ``access.token_cache_seconds`` per process, so a
revocation made elsewhere (the CLI, another worker) is refused after that bound; the use recorded off the
request path, and a busy register never fails the request."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from sqlalchemy import Engine

from crossguard.accounts.models import Scope
from crossguard.accounts.tokens import create_token, list_tokens, revoke_token, touch_token
from crossguard.service.options import ServiceOptions
from crossguard.service.token_cache import TokenCache
from crossguard.store.db import make_engine, write_transaction
from crossguard.store.migrate import upgrade_to_head
from tests.service_support import serving, write_config


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_revoked_token_is_trusted_until_the_bound_and_refused_after(db_engine: Engine) -> None:
    _, plain = create_token(db_engine, "ci", Scope.check, "tester")
    clock = Clock()
    cache = TokenCache(db_engine, ttl_s=5.0, clock=clock)
    try:
        assert cache.verify(plain).name == "ci"
        revoke_token(db_engine, "ci")  # as `crossguard tokens revoke` does, from another process
        clock.now += 4.9
        assert cache.verify(plain).name == "ci"  # remembered: no database read within the bound
        clock.now += 0.2
        assert cache.verify(plain) is None  # past the bound: read again, and refused
        assert cache.verify(plain + "x") is None
        _, fresh = create_token(db_engine, "new", Scope.check, "tester")
        assert cache.verify(fresh).name == "new"  # unknown values are not remembered: a new token works at once
        cache.forget("new")  # revoked through this process's admin page
        revoke_token(db_engine, "new")
        assert cache.verify(fresh) is None
    finally:
        cache.close()


def test_without_a_cache_every_request_reads_the_register(db_engine: Engine) -> None:
    _, plain = create_token(db_engine, "ci", Scope.check, "tester")
    cache = TokenCache(db_engine, ttl_s=0.0, clock=Clock())
    try:
        assert cache.verify(plain) is not None
        revoke_token(db_engine, "ci")
        assert cache.verify(plain) is None
    finally:
        cache.close()


def test_the_use_is_recorded_off_the_request_path(db_engine: Engine) -> None:
    _, plain = create_token(db_engine, "ci", Scope.check, "tester")
    cache = TokenCache(db_engine, ttl_s=5.0)
    assert cache.verify(plain) is not None
    cache.close()  # waits for the writer thread
    assert [t.last_used_at is not None for t in list_tokens(db_engine)] == [True]


def test_a_busy_register_does_not_fail_the_use_of_a_token(tmp_path: Path) -> None:
    """The bookkeeping write gives up (False) when another connection holds SQLite's write lock."""
    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}", busy_timeout_s=0.2)
    upgrade_to_head(engine)
    token, _ = create_token(engine, "ci", Scope.check, "tester")
    with write_transaction(engine):
        assert touch_token(engine, token) is False
    assert touch_token(engine, token) is True
    engine.dispose()


def test_over_http_a_token_revoked_elsewhere_is_refused_after_the_bound(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'register.db'}"
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    _, plain = create_token(engine, "ci", Scope.check, "tester")
    config = write_config(tmp_path, access={"token_cache_seconds": 1})
    body = {"product": {"sku": "K-1", "title": "Kettle"}, "listings": [{"marketplace": "amazon", "market": "DE"}]}
    headers = {"Authorization": f"Bearer {plain}"}
    with serving(ServiceOptions(db_url=db_url, config=str(config))) as url:
        assert httpx.post(f"{url}/v1/check", json=body, headers=headers, timeout=10).status_code == 200
        revoke_token(engine, "ci")
        time.sleep(1.05)  # the bound configured above
        assert httpx.post(f"{url}/v1/check", json=body, headers=headers, timeout=10).status_code == 401
    engine.dispose()
