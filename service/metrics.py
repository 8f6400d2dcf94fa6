"""Prometheus metrics at ``GET /metrics``: requests, latency, checks by decision, and what the
database says (scan duration, outbox depth, feed errors) read at scrape time.

With ``serve --workers N`` every process counts its own requests; the serve command sets
``PROMETHEUS_MULTIPROC_DIR`` and a scrape merges all processes' files (prometheus-client's
multiprocess mode), so whichever worker answers reports the whole service.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

from fastapi import Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import Engine, func, select

from crossguard.notifiers.models import Delivery
from crossguard.register.models import ScanRun
from crossguard.watchers.models import FeedState

_LOCAL = CollectorRegistry(auto_describe=True)

REQUESTS = Counter("crossguard_http_requests_total", "HTTP requests", ["method", "route", "status"], registry=_LOCAL)
LATENCY = Histogram(
    "crossguard_http_request_duration_seconds", "HTTP request latency", ["method", "route"], registry=_LOCAL,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)  # fmt: skip
CHECKS = Counter("crossguard_checks_total", "Listings decided by POST /v1/check", ["decision"], registry=_LOCAL)
SCAN_SECONDS = Histogram(
    "crossguard_scheduled_scan_duration_seconds", "Scans run by the scheduler in this process", registry=_LOCAL,
    buckets=(1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600),
)  # fmt: skip


class DatabaseCollector(Collector):
    """Gauges read from the database on each scrape, so every process reports the same values."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def collect(self) -> Iterator[GaugeMetricFamily]:
        with self.engine.connect() as conn:
            depth = GaugeMetricFamily("crossguard_outbox_deliveries", "Alert deliveries by status", labels=["status"])
            for status, count in conn.execute(select(Delivery.status, func.count()).group_by(Delivery.status)):
                depth.add_metric([status], count)
            yield depth
            feeds = GaugeMetricFamily("crossguard_feed_consecutive_failures", "Failed polls in a row", labels=["feed"])
            failing = 0
            for name, failures in conn.execute(select(FeedState.name, FeedState.failures)):
                feeds.add_metric([name], failures)
                failing += 1 if failures else 0
            yield feeds
            yield GaugeMetricFamily("crossguard_feeds_failing", "Feeds whose last poll failed", value=failing)
            last = conn.execute(select(ScanRun.started_at, ScanRun.finished_at).order_by(ScanRun.id.desc())).first()
            seconds = (last[1] - last[0]).total_seconds() if last else 0.0
            yield GaugeMetricFamily("crossguard_last_scan_duration_seconds", "Duration of the latest scan",
                                    value=seconds)
            total = conn.execute(select(func.count()).select_from(ScanRun)).scalar_one()
            yield GaugeMetricFamily("crossguard_scans", "Scan runs recorded in the register", value=total)


def exposition(engine: Engine) -> Response:
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)
    else:
        for metric in (REQUESTS, LATENCY, CHECKS, SCAN_SECONDS):
            registry.register(metric)
    registry.register(DatabaseCollector(engine))
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


class Measure:
    """ASGI middleware: count and time every request by its route template (not its raw path), until its
    response is sent; a request that raised counts as a 500.

    Pure ASGI on purpose: as ``app.middleware("http")`` (starlette's BaseHTTPMiddleware) it ran every
    request in a task group and piped each response through a memory stream, a cost paid by every
    request, ``/health`` included."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def sending(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            LATENCY.labels(scope["method"], route).observe(time.perf_counter() - started)
            REQUESTS.labels(scope["method"], route, str(status)).inc()
