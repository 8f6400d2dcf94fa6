"""API tokens remembered for a few seconds per process, so a pipeline's request is not a database read.

Verifying a token was an ORM session, a SELECT and, once a minute, an UPDATE: 0.3-1 ms of every API
request, more than the check itself. Here a live token, once read, is trusted for
``access.token_cache_seconds`` (default 5, at most 5): a token revoked by another process (the CLI,
another ``--workers`` process) is refused by this one at most that long after; one revoked through
this process's admin page at once (:meth:`TokenCache.forget`). Only live tokens are remembered, so
the cache holds at most one entry per live token, and an unknown or revoked value reads the
register every time (a token created a moment ago works at once). ``last_used_at`` is written off
the request path, by one background thread, at most once a minute per token as before.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine

from crossguard.accounts.tokens import Token, find_token, token_hash, touch_due, touch_token

log = logging.getLogger("crossguard.service")


class TokenCache:
    """``verify`` as :func:`crossguard.accounts.tokens.verify_token` answers, trusted for ``ttl_s`` seconds."""

    def __init__(self, engine: Engine, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.engine, self.ttl_s, self.clock = engine, ttl_s, clock
        self._live: dict[str, tuple[float, Token]] = {}  # token hash -> (trusted until, token)
        self._touching: set[int] = set()
        self._lock = threading.Lock()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crossguard-token-touch")

    def remembered(self, plain: str) -> Token | None:
        """The token if it is remembered and still trusted; None means "ask :meth:`verify`" (no I/O here,
        so an async handler may call it on the event loop)."""
        known = self._live.get(token_hash(plain))
        return known[1] if known is not None and known[0] > self.clock() else None

    def verify(self, plain: str) -> Token | None:
        """The live token with this value, or None (unknown or revoked)."""
        key = token_hash(plain)
        now = self.clock()
        known = self._live.get(key)
        if known is not None and known[0] > now:
            return known[1]
        token = find_token(self.engine, plain)
        if token is None:
            self._live.pop(key, None)
            return None
        if self.ttl_s > 0:
            self._live[key] = (now + self.ttl_s, token)
        if touch_due(token):
            self._touch_later(token)
        return token

    def forget(self, name: str) -> None:
        """Stop trusting the token ``name`` (revoked through this process)."""
        for key, (_, token) in list(self._live.items()):
            if token.name == name:
                self._live.pop(key, None)

    def close(self) -> None:
        self._writer.shutdown(wait=True)

    def _touch_later(self, token: Token) -> None:
        with self._lock:
            if token.id in self._touching:
                return
            self._touching.add(token.id)
        self._writer.submit(self._touch, token)

    def _touch(self, token: Token) -> None:
        try:
            if not touch_token(self.engine, token):
                log.debug("token %s: last use not recorded (register busy); the next use retries", token.name)
        except Exception as error:  # bookkeeping off the request path: say so, never stop the writer
            log.warning("token %s: last use not recorded: %s", token.name, error)
        finally:
            with self._lock:
                self._touching.discard(token.id)
