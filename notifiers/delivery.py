"""The delivery worker: claims due deliveries, sends them once, and records what happened.

Claim before send (a committed, leased claim), remember ambiguity (`needs_verify`), look in the
channel before resending, and end a delivery only on a definite answer; why each rule is needed is
in docs/exactly-once-alerts.md. Single-threaded; scale by running more processes.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TextIO

from sqlalchemy import Engine, and_, case, func, or_, select, update

from crossguard.notifiers.alert import Alert
from crossguard.notifiers.base import REDACT, LookupOutcome, Notifier, NotifierUnavailable, Outcome, SendResult
from crossguard.notifiers.config import NotifyConfig
from crossguard.notifiers.models import Delivery, DeliveryAttempt, DeliveryStatus, OutboxAlert
from crossguard.notifiers.registry import NOTIFIERS, NotifierContext
from crossguard.store.db import session_scope, utcnow

log = logging.getLogger(__name__)
S = DeliveryStatus


@dataclass
class DeliveryStats:
    delivered: int = 0
    verified: int = 0  # found already posted after an ambiguous send; not re-sent
    rate_limited: int = 0
    retried: int = 0
    ambiguous: int = 0
    failed: int = 0
    waiting: int = 0  # notifier unavailable (no token): left pending
    lost_lease: int = 0
    by_status: dict[str, int] = field(default_factory=dict)

    def add(self, other: DeliveryStats) -> None:
        for name in ("delivered", "verified", "rate_limited", "retried", "ambiguous", "failed", "waiting",
                     "lost_lease"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _due_condition(now: datetime):
    return or_(
        and_(Delivery.status == S.pending.value, Delivery.next_attempt_at <= now),
        and_(Delivery.status == S.sending.value, Delivery.lease_until < now),
    )


class DeliveryWorker:
    """Sends what the outbox holds. Build a new one per process; it keeps no state that matters."""

    def __init__(
        self,
        engine: Engine,
        config: NotifyConfig,
        *,
        env: Mapping[str, str] | None = None,
        stream: TextIO | None = None,
        worker_id: str | None = None,
        clock: Callable[[], datetime] = utcnow,
        notifiers: Mapping[str, Notifier] | None = None,
    ) -> None:
        self.engine = engine
        self.config = config
        self.env = os.environ if env is None else env
        self.stream = stream
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{random.randrange(16**6):06x}"
        self.clock = clock
        self._fixed = dict(notifiers or {})
        self._cache: dict[tuple[str, str | None], Notifier] = {}
        self._blocked_until: dict[tuple[str, str, str | None], float] = {}  # monotonic seconds
        self._last_sent: dict[tuple[str, str, str | None], float] = {}

    # -- notifiers -----------------------------------------------------------------------------

    def _notifier(self, name: str, secret_env: str | None) -> Notifier:
        if name in self._fixed:
            return self._fixed[name]
        key = (name, secret_env)
        if key not in self._cache:
            factory = NOTIFIERS.get(name)
            if factory is None:
                raise NotifierUnavailable(f"unknown notifier {name!r}; known: {', '.join(sorted(NOTIFIERS))}")
            ctx = NotifierContext(config=self.config, env=self.env, secret_env=secret_env, stream=self.stream)
            self._cache[key] = factory(ctx)
        return self._cache[key]

    # -- scheduling helpers --------------------------------------------------------------------

    def _backoff(self, failures: int) -> float:
        pol = self.config.outbox
        delay = min(pol.backoff_cap, pol.backoff_base * (2 ** max(failures - 1, 0)))
        return delay * random.uniform(0.5, 1.0)

    def _target_wait(self, target: tuple[str, str, str | None]) -> float:
        """Seconds until this target may be sent to (Retry-After, then per-channel pacing)."""
        now = time.monotonic()
        wait = max(self._blocked_until.get(target, 0.0) - now, 0.0)
        pace = self.config.slack.min_interval_per_channel if target[0] != "console" else 0.0
        if pace and target in self._last_sent:
            wait = max(wait, self._last_sent[target] + pace - now)
        return wait

    # -- one delivery --------------------------------------------------------------------------

    def _claim(self, delivery_id: int, now: datetime) -> bool:
        lease = now + timedelta(seconds=self.config.outbox.lease)
        with session_scope(self.engine, immediate=True) as s:
            return s.execute(
                update(Delivery)
                .where(Delivery.id == delivery_id, _due_condition(now))
                .values(
                    # a lease that ran out while sending means the send may have happened
                    needs_verify=case((Delivery.status == S.sending.value, True), else_=Delivery.needs_verify),
                    status=S.sending.value, lease_until=lease, claimed_by=self.worker_id,
                    attempts=Delivery.attempts + 1,
                    first_attempt_at=func.coalesce(Delivery.first_attempt_at, now),
                    updated_at=now,
                )
            ).rowcount == 1

    def _finish(self, delivery_id: int, values: dict, attempt: dict | None) -> bool:
        """Conditional on still owning the claim; records the attempt in the same transaction."""
        now = self.clock()
        values = {**values, "updated_at": now, "lease_until": None}
        with session_scope(self.engine, immediate=True) as s:
            owned = s.execute(
                update(Delivery)
                .where(Delivery.id == delivery_id, Delivery.status == S.sending.value,
                       Delivery.claimed_by == self.worker_id)
                .values(**values)
            ).rowcount == 1
            if attempt is not None:
                s.add(DeliveryAttempt(delivery_id=delivery_id, at=now, worker=self.worker_id, **attempt))
        return owned

    def _attempt(self, outcome: str, result: SendResult | None = None, error: str | None = None) -> dict:
        return {
            "outcome": outcome,
            "http_status": result.http_status if result else None,
            "retry_after": result.retry_after if result else None,
            "error": REDACT(error if error is not None else (result.error if result else ""))[:1000] or None,
        }

    def _process(self, delivery_id: int, stats: DeliveryStats) -> None:
        with session_scope(self.engine) as s:
            d, payload = s.execute(
                select(Delivery, OutboxAlert.payload).join(OutboxAlert, OutboxAlert.id == Delivery.alert_id)
                .where(Delivery.id == delivery_id)
            ).one()
        alert = Alert.model_validate_json(payload)
        target = (d.notifier, d.channel, d.secret_env)
        now = self.clock()
        try:
            notifier = self._notifier(d.notifier, d.secret_env)
        except NotifierUnavailable as exc:
            # Not the alert's fault and not Slack's: keep it, retry later (without using up attempts).
            stats.waiting += 1
            self._finish(delivery_id, {"status": S.pending.value, "attempts": d.attempts - 1,
                                       "next_attempt_at": now + timedelta(seconds=self.config.outbox.backoff_cap),
                                       "last_error": REDACT(str(exc))}, self._attempt("unavailable", error=str(exc)))
            return

        if d.needs_verify:
            # search from the first send (the message cannot be older), within verify_window
            since = max(d.first_attempt_at or d.created_at, now - timedelta(seconds=self.config.outbox.verify_window))
            found = notifier.find(alert, d.channel, since)
            if found.outcome is LookupOutcome.found:
                stats.verified += 1
                self._finish(delivery_id, {"status": S.delivered.value, "needs_verify": False,
                                           "remote_id": found.remote_id, "remote_channel": found.remote_channel,
                                           "delivered_at": now, "last_error": None},
                             self._attempt("verified_posted", error=f"found {found.remote_id}; not re-sent"))
                return
            if found.outcome is LookupOutcome.retry:
                delay = max(self._backoff(d.failures + 1), found.retry_after or 0)
                stats.retried += 1
                if found.retry_after:
                    self._blocked_until[target] = time.monotonic() + found.retry_after
                self._finish(delivery_id, {"status": S.pending.value, "failures": d.failures + 1,
                                           "next_attempt_at": now + timedelta(seconds=delay),
                                           "last_error": REDACT(found.error or "")},
                             self._attempt("verify_retry", error=found.error))
                return
            if found.outcome is LookupOutcome.unverifiable and self.config.outbox.on_unverifiable == "hold":
                stats.failed += 1
                msg = (f"held: an earlier send may have reached Slack and it cannot be checked ({found.error}); "
                       f"look in {d.channel or 'the channel'}, then `crossguard alerts retry {delivery_id} --force` "
                       "to send anyway")
                self._finish(delivery_id, {"status": S.failed.value, "last_error": REDACT(msg)},
                             self._attempt("held_unverifiable", error=found.error))
                return
            # not_found, or unverifiable with on_unverifiable=resend: send again

        try:
            result = notifier.send(alert, d.channel)
        except Exception as exc:  # a notifier bug must not stop the loop or lose the row
            log.exception("notifier %s raised", d.notifier)
            result = SendResult(Outcome.retry, error=REDACT(f"{type(exc).__name__}: {exc}"))
        self._last_sent[target] = time.monotonic()
        self._apply(delivery_id, d, result, target, stats)

    def _apply(self, delivery_id: int, d: Delivery, result: SendResult, target: tuple, stats: DeliveryStats) -> None:
        now = self.clock()
        attempt = self._attempt(result.outcome.value, result)
        pol = self.config.outbox
        if result.outcome is Outcome.delivered:
            values = {"status": S.delivered.value, "needs_verify": False, "remote_id": result.remote_id,
                      "remote_channel": result.remote_channel, "delivered_at": now, "last_error": None,
                      "failures": 0}
            stats.delivered += 1
        elif result.outcome is Outcome.permanent:
            values = {"status": S.failed.value, "needs_verify": False, "last_error": REDACT(result.error or "")}
            stats.failed += 1
        elif result.outcome is Outcome.rate_limited:
            wait = result.retry_after if result.retry_after is not None else 1.0
            self._blocked_until[target] = time.monotonic() + wait
            values = {"status": S.pending.value, "needs_verify": False,
                      "next_attempt_at": now + timedelta(seconds=wait),
                      "last_error": f"rate limited; Retry-After {wait:g}s"}
            stats.rate_limited += 1
        else:  # retry or ambiguous
            failures = d.failures + 1
            ambiguous = result.outcome is Outcome.ambiguous
            if failures >= pol.max_attempts:
                values = {"status": S.failed.value, "failures": failures, "needs_verify": ambiguous,
                          "last_error": REDACT(f"gave up after {failures} failed attempts: {result.error}")}
                stats.failed += 1
            else:
                values = {"status": S.pending.value, "failures": failures, "needs_verify": ambiguous,
                          "next_attempt_at": now + timedelta(seconds=self._backoff(failures)),
                          "last_error": REDACT(result.error or "")}
                if ambiguous:
                    stats.ambiguous += 1
                else:
                    stats.retried += 1
        if not self._finish(delivery_id, values, attempt):
            stats.lost_lease += 1
            log.warning("delivery %s: claim expired before the result was recorded (lease too short?)", delivery_id)

    # -- loops -----------------------------------------------------------------------------------

    def _candidates(self, now: datetime, limit: int) -> list[tuple[int, str, str, str | None]]:
        with session_scope(self.engine) as s:
            return [tuple(r) for r in s.execute(
                select(Delivery.id, Delivery.notifier, Delivery.channel, Delivery.secret_env)
                .where(_due_condition(now))
                .order_by(Delivery.next_attempt_at, Delivery.id)
                .limit(limit)
            )]

    def run_once(self, *, limit: int = 500) -> DeliveryStats:
        """Send what is due now (at most ``limit`` deliveries); never sleeps."""
        stats = DeliveryStats()
        handled = 0
        # Each delivery at most once per pass: one put back for later (no token yet, a short backoff) that falls due
        # again while the pass is still running waits for the next pass instead of being counted and tried twice.
        seen: set[int] = set()
        while handled < limit:
            now = self.clock()
            batch = [c for c in self._candidates(now, 50 + len(seen)) if c[0] not in seen]
            if not batch:
                break
            progressed = False
            for delivery_id, notifier, channel, secret_env in batch:
                if handled >= limit:
                    break
                seen.add(delivery_id)
                if self._target_wait((notifier, channel, secret_env)) > 0:
                    continue  # that channel is resting; others may go
                if not self._claim(delivery_id, self.clock()):
                    continue  # another worker has it
                try:
                    self._process(delivery_id, stats)
                except Exception:  # database hiccup etc.: the lease will expire and it is retried
                    log.exception("delivery %s failed unexpectedly", delivery_id)
                handled += 1
                progressed = True
            if not progressed:
                break
        return stats

    def next_wake(self) -> float | None:
        """Seconds until something may be sendable (None: nothing pending or sending)."""
        with session_scope(self.engine) as s:
            rows = s.execute(
                select(Delivery.notifier, Delivery.channel, Delivery.secret_env,
                       func.min(func.coalesce(Delivery.lease_until, Delivery.next_attempt_at)))
                .where(Delivery.status.in_([S.pending.value, S.sending.value]))
                .group_by(Delivery.notifier, Delivery.channel, Delivery.secret_env)
            ).all()
        if not rows:
            return None
        now = self.clock()
        waits = []
        for notifier, channel, secret_env, due in rows:
            due_in = (due - now).total_seconds() if due is not None else 0.0
            waits.append(max(due_in, self._target_wait((notifier, channel, secret_env)), 0.0))
        return min(waits)

    def run(self, *, max_seconds: float, max_rounds: int = 100_000, idle_exit: bool = True) -> DeliveryStats:
        """Deliver until nothing is pending (``idle_exit``) or ``max_seconds`` pass; bounded either way."""
        stats = DeliveryStats()
        deadline = time.monotonic() + max_seconds
        for _ in range(max_rounds):
            stats.add(self.run_once())
            wake = self.next_wake()
            if wake is None and idle_exit:
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            time.sleep(min(max(wake if wake is not None else 1.0, 0.005), remaining, 1.0))
        return stats
