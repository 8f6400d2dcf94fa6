"""The durable outbox: alerts are stored (with their routing) before anything is sent.

Enqueueing is idempotent: ``outbox_alerts.idempotency_key`` is unique, so producing the same
event twice (a source re-run, two processes, a restart mid-cycle) stores it once. Routing happens
at enqueue time and is stored as one ``outbox_deliveries`` row per route, so a config change later
does not re-route or re-send history. Sending is notifiers.delivery's job.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crossguard.engine.findings import Severity
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.notifiers.config import NotifyConfig, Route
from crossguard.notifiers.models import Delivery, DeliveryAttempt, DeliveryStatus, OutboxAlert
from crossguard.store.db import session_scope, utcnow


@dataclass(frozen=True)
class RouteDecision:
    route: Route
    digest: bool


def decide(alert: Alert, routes: Sequence[Route]) -> list[RouteDecision]:
    """Routes an alert goes to, and whether as an immediate message or as a digest line.

    Severity thresholds are inclusive: ``min_severity: high`` takes high and critical. An alert marked
    ``digest`` (a feed item whose matches are all `possible`) goes to the digest of every route that has one.
    """
    out = []
    for route in routes:
        if not route.accepts(alert) or alert.severity.rank < route.min_severity.rank:
            continue
        digest = route.digest_below is not None and (alert.digest or alert.severity.rank < route.digest_below.rank)
        out.append(RouteDecision(route, digest))
    return out


@dataclass(frozen=True)
class Enqueued:
    alert_id: int
    created: bool
    deliveries: int


def _severity_of(rank: int) -> Severity:
    return next(s for s in Severity if s.rank == rank)


class Outbox:
    """Writes to the outbox; reads for the CLI."""

    def __init__(self, engine: Engine, config: NotifyConfig) -> None:
        self.engine = engine
        self.config = config

    # -- writing ---------------------------------------------------------------------------------

    def enqueue(self, alert: Alert, session: Session | None = None) -> Enqueued:
        """Store ``alert`` and its deliveries unless its key is already stored.

        With ``session`` the insert joins the caller's transaction (so a source can mark its own
        rows in the same commit); otherwise it commits on its own.
        """
        if session is not None:
            return self._enqueue_in(session, alert)
        with session_scope(self.engine, immediate=True) as own:
            return self._enqueue_in(own, alert)

    def _enqueue_in(self, session: Session, alert: Alert, decisions: list[RouteDecision] | None = None) -> Enqueued:
        existing = session.scalar(select(OutboxAlert.id).where(OutboxAlert.idempotency_key == alert.key))
        if existing is not None:
            return Enqueued(existing, False, 0)
        decisions = decide(alert, self.config.routes) if decisions is None else decisions
        now = utcnow()
        try:
            with session.begin_nested():  # a concurrent insert of the same key only undoes this part
                row = OutboxAlert(
                    idempotency_key=alert.key, kind=alert.kind.value, source=alert.source,
                    severity=alert.severity.value, severity_rank=alert.severity.rank,
                    title=alert.title[:2000], payload=alert.model_dump_json(), created_at=now,
                )
                session.add(row)
                session.flush()
                for d in decisions:
                    session.add(Delivery(
                        alert_id=row.id, route=d.route.name, notifier=d.route.notifier, channel=d.route.channel,
                        secret_env=d.route.secret_env,
                        status=(DeliveryStatus.digest_pending if d.digest else DeliveryStatus.pending).value,
                        attempts=0, failures=0, next_attempt_at=now, needs_verify=False,
                        created_at=now, updated_at=now,
                    ))
                session.flush()
        except IntegrityError:
            again = session.scalar(select(OutboxAlert.id).where(OutboxAlert.idempotency_key == alert.key))
            if again is None:
                raise
            return Enqueued(again, False, 0)
        return Enqueued(row.id, True, len(decisions))

    def flush_digests(self, *, force: bool = False, now: datetime | None = None) -> list[int]:
        """Turn each route's waiting digest lines into one digest alert when they are due.

        Due = the oldest line is ``digest.interval`` old (or ``force``). Members are marked
        ``digested`` in the same transaction that enqueues the digest, and the digest's key is
        derived from its member ids, so two processes flushing at once produce one digest.
        """
        now = now or utcnow()
        made = []
        for route in self.config.routes:
            if route.digest_below is None:
                continue
            with session_scope(self.engine, immediate=True) as s:
                rows = s.execute(
                    select(Delivery.id, OutboxAlert.payload, Delivery.created_at)
                    .join(OutboxAlert, OutboxAlert.id == Delivery.alert_id)
                    .where(Delivery.route == route.name, Delivery.status == DeliveryStatus.digest_pending.value)
                    .order_by(Delivery.id)
                ).all()
                if not rows:
                    continue
                oldest = min(r.created_at for r in rows)
                if not force and oldest > now - timedelta(seconds=self.config.digest.interval):
                    continue
                members = [Alert.model_validate_json(r.payload) for r in rows]
                ids = [r.id for r in rows]
                digest = Alert(
                    key=alert_key("digest", route.name, *ids),
                    kind=AlertKind.digest, source="digest",
                    severity=_severity_of(max(m.severity.rank for m in members)),
                    title=f"crossguard digest: {len(members)} lower-severity alert{'s' * (len(members) != 1)}",
                    subject=f"route {route.name}",
                    skus=sorted({sku for m in members for sku in m.skus})[:200],
                    children=members,
                )
                result = self._enqueue_in(s, digest, [RouteDecision(route, digest=False)])
                changed = s.execute(
                    update(Delivery)
                    .where(Delivery.id.in_(ids), Delivery.status == DeliveryStatus.digest_pending.value)
                    .values(status=DeliveryStatus.digested.value, digest_alert_id=result.alert_id, updated_at=now)
                ).rowcount
                if changed != len(ids):  # another process got some of them first: undo ours
                    s.rollback()
                    continue
                made.append(result.alert_id)
        return made

    def retry(self, delivery_id: int, *, force: bool = False) -> bool:
        """Put a failed (or waiting) delivery back in the queue now.

        ``force`` also clears the "may already be posted" flag: use it after checking the channel
        when a send could not be verified.
        """
        values: dict[str, object] = {"status": DeliveryStatus.pending.value, "next_attempt_at": utcnow(),
                                     "failures": 0, "updated_at": utcnow(), "lease_until": None}
        if force:
            values["needs_verify"] = False
        with session_scope(self.engine, immediate=True) as s:
            return s.execute(
                update(Delivery)
                .where(Delivery.id == delivery_id,
                       Delivery.status.in_([DeliveryStatus.failed.value, DeliveryStatus.pending.value]))
                .values(**values)
            ).rowcount == 1

    # -- reading ---------------------------------------------------------------------------------

    def deliveries(
        self, *, statuses: Sequence[str] = (), limit: int = 100, delivery_id: int | None = None
    ) -> list[dict]:
        with session_scope(self.engine) as s:
            q = (select(Delivery, OutboxAlert.title, OutboxAlert.severity, OutboxAlert.kind,
                        OutboxAlert.idempotency_key)
                 .join(OutboxAlert, OutboxAlert.id == Delivery.alert_id)
                 .order_by(Delivery.id.desc()).limit(limit))
            if statuses:
                q = q.where(Delivery.status.in_(list(statuses)))
            if delivery_id is not None:
                q = q.where(Delivery.id == delivery_id)
            out = []
            for d, title, severity, kind, key in s.execute(q):
                out.append({
                    "id": d.id, "alert_id": d.alert_id, "route": d.route, "notifier": d.notifier,
                    "channel": d.channel, "status": d.status, "attempts": d.attempts, "failures": d.failures,
                    "next_attempt_at": d.next_attempt_at, "last_error": d.last_error, "remote_id": d.remote_id,
                    "needs_verify": d.needs_verify, "delivered_at": d.delivered_at, "title": title,
                    "severity": severity, "kind": kind, "key": key,
                })
            return out

    def attempts(self, delivery_id: int) -> list[dict]:
        with session_scope(self.engine) as s:
            rows = s.scalars(select(DeliveryAttempt).where(DeliveryAttempt.delivery_id == delivery_id)
                             .order_by(DeliveryAttempt.id)).all()
            return [{"at": r.at, "worker": r.worker, "outcome": r.outcome, "http_status": r.http_status,
                     "retry_after": r.retry_after, "error": r.error} for r in rows]

    def counts(self) -> dict[str, int]:
        with session_scope(self.engine) as s:
            return {status: int(n) for status, n in
                    s.execute(select(Delivery.status, func.count()).group_by(Delivery.status))}

    def alert(self, alert_id: int) -> Alert | None:
        with session_scope(self.engine) as s:
            payload = s.scalar(select(OutboxAlert.payload).where(OutboxAlert.id == alert_id))
            return Alert.model_validate_json(payload) if payload else None

    def alert_ids_by_ref(self, ref: str) -> list[int]:
        """Alerts whose idempotency key starts with the ``cg:…`` reference a message shows."""
        prefix = ref.removeprefix("cg:").lower()
        if not prefix or not all(c in "0123456789abcdef" for c in prefix):
            return []
        with session_scope(self.engine) as s:
            return list(s.scalars(select(OutboxAlert.id).where(OutboxAlert.idempotency_key.startswith(prefix))
                                  .order_by(OutboxAlert.id).limit(2)))

    def first_delivery(self, alert_id: int) -> int | None:
        with session_scope(self.engine) as s:
            return s.scalar(select(Delivery.id).where(Delivery.alert_id == alert_id).order_by(Delivery.id).limit(1))

