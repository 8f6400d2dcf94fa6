"""The scheduler: the watch cycle, the catalog scan, waiver reminders and the digest on intervals.

APScheduler runs the jobs in a background thread (``serve --scheduler``) or in the foreground
(``crossguard scheduler``). Several processes may start one (every worker of ``serve --workers N
--scheduler``, or a second host): each job first takes or renews the database lease
``scheduler`` (``crossguard.store.lease``), and only the holder runs it, so each job runs once.
If the holder dies its lease runs out after ``lease_seconds`` and another process takes over.
Intervals are in the configuration's ``scheduler:`` section; ``null`` switches a job off.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from crossguard.notifiers.delivery import DeliveryWorker
from crossguard.notifiers.outbox import Outbox
from crossguard.notifiers.sources import collect
from crossguard.register.locking import holder_name
from crossguard.store.db import utcnow
from crossguard.store.lease import release, try_acquire
from crossguard.usecases.scheduler_config import SchedulerConfig  # re-exported: the section's model

log = logging.getLogger("crossguard.scheduler")
LEASE = "scheduler"


class Jobs:
    """The scheduled jobs over one database; each runs only while this process holds the lease."""

    def __init__(self, engine: Engine, settings: Any, db_url: str, rules: list[Path] | None = None,
                 on_scan: Callable[[float], None] | None = None, holder: str | None = None) -> None:
        self.engine, self.settings, self.db_url, self.rules = engine, settings, db_url, rules
        self.config: SchedulerConfig = settings.scheduler
        self.holder = holder or f"{holder_name()} scheduler"
        self.on_scan = on_scan

    def holds_lease(self) -> bool:
        return try_acquire(self.engine, LEASE, self.holder, self.config.lease_seconds)

    def guarded(self, name: str, job: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            if not self.holds_lease():
                log.debug("job %s skipped: another process holds the scheduler lease", name)
                return
            started = time.monotonic()
            try:
                outcome = job()
            except Exception:  # a failing job is logged; the scheduler and the other jobs go on
                log.exception("job %s failed", name)
                return
            log.info("job %s done in %.1f s: %s", name, time.monotonic() - started, outcome)

        return run

    def watch(self) -> object:
        from crossguard.usecases.watch import watch_once

        run = watch_once(self.engine, self.settings.watchers, self.settings.notifiers)
        return {"feeds": len(run.cycle.feeds), "errors": len(run.cycle.errors),
                "enqueued": run.collected.total_enqueued}

    def scan(self) -> object:
        from crossguard.usecases.scan import scan_catalog

        if not self.config.catalog:
            return "no scheduler.catalog configured"
        started = time.monotonic()
        result = scan_catalog(self.engine, self.config.catalog, rules=self.rules, at=date.today(),
                              data_dir=self.config.data, fx=self.settings.fx, law_dates=self.settings.law_dates,
                              db_url=self.db_url, wait_s=60.0, sla=self.settings.register.sla_days)
        if self.on_scan is not None:
            self.on_scan(time.monotonic() - started)
        return {"scan": result.scan_id, "new": result.new, "resolved": result.resolved}

    def waiver_reminders(self) -> object:
        stats = collect(self.engine, self.settings.notifiers, today=utcnow().date(), only=["waivers_expiring"])
        return {"enqueued": stats.total_enqueued, "errors": stats.errors}

    def digest(self) -> object:
        made = Outbox(self.engine, self.settings.notifiers).flush_digests()
        delivered = DeliveryWorker(self.engine, self.settings.notifiers).run_once()
        return {"digests": len(made), "delivered": delivered.delivered, "failed": delivered.failed}

    def schedule(self, scheduler: Any) -> list[str]:
        """Add every configured job to an APScheduler scheduler; return their names."""
        added = []
        for name, every in (("watch", self.config.watch_every), ("scan", self.config.scan_every),
                            ("waiver_reminders", self.config.waiver_reminders_every),
                            ("digest", self.config.digest_every)):
            if every is None:
                continue
            scheduler.add_job(self.guarded(name, getattr(self, name)), "interval", seconds=every, id=name, name=name,
                              max_instances=1, coalesce=True, next_run_time=utcnow())
            added.append(name)
        scheduler.add_job(self.holds_lease, "interval", seconds=max(5, self.config.lease_seconds // 3),
                          id="lease", name="lease", max_instances=1, coalesce=True)
        return added

    def stop(self) -> None:
        release(self.engine, LEASE, self.holder)


def start_background(engine: Engine, settings: Any, db_url: str, *, rules: list[Path] | None = None,
                     on_scan: Callable[[float], None] | None = None, holder: str | None = None) -> Any:
    """A running BackgroundScheduler with the configured jobs (for ``serve --scheduler``)."""
    from apscheduler.schedulers.background import BackgroundScheduler

    jobs = Jobs(engine, settings, db_url, rules, on_scan, holder)
    scheduler = BackgroundScheduler(timezone="UTC")
    names = jobs.schedule(scheduler)
    scheduler.start()
    log.info("scheduler started (%s); jobs run while this process holds the lease", ", ".join(names) or "no jobs")
    return scheduler


def run_blocking(engine: Engine, settings: Any, db_url: str, *, rules: list[Path] | None = None) -> None:
    """Run the scheduler in the foreground until interrupted (``crossguard scheduler``)."""
    from apscheduler.schedulers.blocking import BlockingScheduler

    jobs = Jobs(engine, settings, db_url, rules)
    scheduler = BlockingScheduler(timezone="UTC")
    names = jobs.schedule(scheduler)
    log.info("scheduler running (%s); Ctrl-C stops it", ", ".join(names) or "no jobs")
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        jobs.stop()
