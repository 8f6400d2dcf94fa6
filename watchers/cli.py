"""Commands of the watchers and notifiers: ``watch``, ``feeds ...`` and ``alerts ...``.

``register_commands(app)`` adds them to the main ``crossguard`` app (``engine.cli``).

Exit codes: 0 done (feed failures are shown, not fatal, unless ``--strict``); 1 bad config,
unreadable catalog/topics, unknown id, or (``--strict``) a feed failed; 2 bad command line.
The database comes from ``--db``, else ``$CROSSGUARD_DB``, else config.yaml, else
var/crossguard.db; its schema is brought up to date automatically. Slack secrets come only from
the environment variables named in config.yaml (``notifiers.slack.*_env``).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated

import typer
from crossguard.notifiers.config import NotifyConfig, load_notify_config
from crossguard.notifiers.delivery import DeliveryStats, DeliveryWorker
from crossguard.notifiers.outbox import Outbox
from crossguard.notifiers.sources import collect
from crossguard.watchers.config import WatchConfig, find_config_file, load_watch_config
from crossguard.watchers.fixture_server import FixtureServer
from crossguard.watchers.models import FeedState
from crossguard.watchers.rates import latest_rates, rates_from_file
from crossguard.watchers.service import WatchRun, console_only, fixture_feeds, watch_once
from pydantic import ValidationError
from rich.console import Console
from sqlalchemy import Engine

from crossguard.store.db import make_engine, resolve_db_url, session_scope, utcnow
from crossguard.store.migrate import upgrade_to_head

out = Console()
err = Console(stderr=True)

feeds_app = typer.Typer(help="Policy, recall and FX feeds: state and exchange rates.")
alerts_app = typer.Typer(help="The alert outbox: list, show, deliver, retry, collect, digest.")

ConfigOption = Annotated[Path | None, typer.Option("--config", "-c", help="config.yaml (default: ./config.yaml)")]
DbOption = Annotated[str | None, typer.Option("--db", help="Database URL (default: $CROSSGUARD_DB, config.yaml)")]


def register_commands(app: typer.Typer) -> None:
    """Add ``watch``, ``feeds`` and ``alerts`` to ``app``."""
    app.command("watch")(watch_command)
    app.add_typer(feeds_app, name="feeds")
    app.add_typer(alerts_app, name="alerts")


# --- plumbing -----------------------------------------------------------------------------------


def _configs(config: Path | None) -> tuple[Path | None, WatchConfig, NotifyConfig]:
    path = find_config_file(config)
    try:
        return path, load_watch_config(path), load_notify_config(path)
    except (ValidationError, ValueError, OSError) as exc:
        err.print(f"[bold red]error:[/] config {path}: {exc}")
        raise typer.Exit(1) from None


def _engine(db: str | None, config_path: Path | None) -> Engine:
    engine = make_engine(resolve_db_url(db, config_path=config_path))
    upgrade_to_head(engine)
    return engine


@contextmanager
def _db(db: str | None, config_path: Path | None) -> Iterator[Engine]:
    engine = _engine(db, config_path)
    try:
        yield engine
    finally:
        engine.dispose()


def _print_run(run: WatchRun) -> None:
    """One line per feed on stderr (alerts themselves go to the notifiers / stdout)."""
    for f in run.cycle.feeds:
        style = {"ok": "green", "not_modified": "dim", "error": "bold red"}.get(f.status, "")
        counts = f"items {f.items:>3}  new {f.new_items:>3}  relevant {f.relevant:>2}"
        counts += f"  rates {f.rates}" if f.rates else ""
        when = f"{f.next_due_at:%Y-%m-%d %H:%M:%S}" if f.next_due_at else "-"
        note = f"  [yellow]{f.problem[:110]}[/]" if f.problem else ""
        err.print(f"  {f.feed:<24} [{style}]{f.status:<12}[/] {f.http_status or '':>3}  {counts}  next {when}{note}",
                  highlight=False, soft_wrap=True)
    if not run.cycle.feeds:
        err.print("  no feed due")
    for line in run.catalog_errors[:10]:
        err.print(f"[yellow]catalog:[/] {line}", highlight=False, soft_wrap=True)
    for name, problem in run.collected.errors.items():
        err.print(f"[bold red]source {name} failed:[/] {problem}", highlight=False, soft_wrap=True)
    err.print(f"alerts enqueued: {run.collected.total_enqueued} "
              f"({', '.join(f'{k} {v}' for k, v in run.collected.enqueued.items()) or 'none'})"
              + (f", digests: {len(run.digests)}" if run.digests else ""), highlight=False, soft_wrap=True)
    _print_delivery(run.delivery)


def _print_delivery(stats: DeliveryStats) -> None:
    parts = [f"{n} {getattr(stats, n)}" for n in ("delivered", "verified", "rate_limited", "retried",
                                                   "ambiguous", "failed", "waiting") if getattr(stats, n)]
    err.print(f"delivery: {', '.join(parts) or 'nothing due'}", highlight=False, soft_wrap=True)


# --- watch --------------------------------------------------------------------------------------


def watch_command(
    once: Annotated[bool, typer.Option("--once", help="One cycle, then exit (for cron and `make demo`)")] = False,
    config: ConfigOption = None,
    db: DbOption = None,
    catalog: Annotated[list[Path] | None, typer.Option("--catalog", help="Catalog files (default: config)")] = None,
    notifier: Annotated[str | None, typer.Option(
        "--notifier", help="Send every alert to this notifier only (console, slack-bot, slack-webhook)")] = None,
    serve_fixtures: Annotated[Path | None, typer.Option(
        "--serve-fixtures", help="Serve this folder's feeds.yaml fixtures on 127.0.0.1 and watch them instead")] = None,
    force: Annotated[bool, typer.Option("--force", help="Poll every feed now, ignoring schedules")] = False,
    deliver: Annotated[bool, typer.Option("--deliver/--no-deliver", help="Send alerts after polling")] = True,
    deliver_seconds: Annotated[float, typer.Option(help="Longest time one cycle spends delivering")] = 30.0,
    flush_digest: Annotated[bool, typer.Option("--flush-digest", help="Send waiting digests now")] = False,
    max_cycles: Annotated[int, typer.Option(help="Without --once: stop after this many cycles (0 = never)")] = 0,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when a feed failed")] = False,
) -> None:
    """Poll the policy/recall/FX feeds, alert on items that touch the catalog, deliver alerts."""
    config_path, wcfg, ncfg = _configs(config)
    if notifier:
        ncfg = console_only(ncfg, notifier)
    with ExitStack() as stack:
        if serve_fixtures is not None:
            server = stack.enter_context(FixtureServer(serve_fixtures))
            feeds, fixture_catalog = fixture_feeds(serve_fixtures, server.base_url)
            wcfg = wcfg.model_copy(update={"feeds": feeds, "catalog": catalog or fixture_catalog or wcfg.catalog})
            if db is None:  # a demo should print its alerts every time: use a throw-away database
                tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="crossguard-demo-"))
                db = f"sqlite:///{tmp}/demo.db"
            force = True
            err.print(f"serving {serve_fixtures} at {server.base_url}")
        elif catalog:
            wcfg = wcfg.model_copy(update={"catalog": catalog})
        try:
            engine = stack.enter_context(_db(db, config_path))
        except Exception as exc:
            err.print(f"[bold red]error:[/] database: {exc}")
            raise typer.Exit(1) from None
        cycles = 0
        failed = False
        while True:
            try:
                run = watch_once(engine, wcfg, ncfg, force=force, deliver=deliver, deliver_seconds=deliver_seconds,
                                 flush_digest=flush_digest)
            except (OSError, ValueError, ValidationError) as exc:
                err.print(f"[bold red]error:[/] {exc}")
                raise typer.Exit(1) from None
            _print_run(run)
            failed = failed or bool(run.cycle.errors)
            cycles += 1
            force = False
            if once or (max_cycles and cycles >= max_cycles):
                break
            _sleep_until_next(engine, wcfg, ncfg)
    if strict and failed:
        raise typer.Exit(1)


def _sleep_until_next(engine: Engine, wcfg: WatchConfig, ncfg: NotifyConfig, cap: float = 60.0) -> None:
    """Sleep until a feed is due or a delivery can go, at most ``cap`` seconds (Ctrl-C exits)."""
    now = utcnow()
    with session_scope(engine) as s:
        dues = [st.next_due_at for st in s.query(FeedState).all() if st.next_due_at]
    waits = [(d - now).total_seconds() for d in dues]
    wake = DeliveryWorker(engine, ncfg).next_wake()
    if wake is not None:
        waits.append(wake)
    time.sleep(max(1.0, min([cap, *waits])))


# --- feeds --------------------------------------------------------------------------------------


@feeds_app.command("status")
def feeds_status(config: ConfigOption = None, db: DbOption = None) -> None:
    """Each feed's last poll, failures, error and next due time."""
    config_path, wcfg, _ = _configs(config)
    with _db(db, config_path) as engine, session_scope(engine) as s:
        states = {st.name: st for st in s.query(FeedState).all()}
        names = [f.name for f in wcfg.feeds] + sorted(set(states) - {f.name for f in wcfg.feeds})
        for name in names:
            st = states.get(name)
            if st is None:
                out.print(f"{name:<26} never polled", highlight=False, soft_wrap=True)
                continue
            ok = f"{st.last_ok_at:%Y-%m-%d %H:%M}" if st.last_ok_at else "never"
            due = f"{st.next_due_at:%Y-%m-%d %H:%M}" if st.next_due_at else "now"
            style = "bold red" if st.failures else "green"
            out.print(f"{name:<26} {st.kind:<9} last ok {ok:<16} [{style}]failures {st.failures}[/]  next {due}  "
                      f"items {st.items_total}", highlight=False, soft_wrap=True)
            if st.last_error:
                out.print(f"{'':<26} {st.last_error}", highlight=False, markup=False)
        if not names:
            out.print("no feeds configured or polled")


@feeds_app.command("rates")
def feeds_rates(
    config: ConfigOption = None,
    db: DbOption = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read a saved ECB XML file instead")] = None,
) -> None:
    """Latest ECB euro reference rates (units per 1 EUR), as the FX pack sees them."""
    if file is not None:
        try:
            rates = rates_from_file(file)
        except (OSError, ValueError) as exc:
            err.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(1) from None
    else:
        config_path, _, _ = _configs(config)
        with _db(db, config_path) as engine:
            rates = latest_rates(engine)
    if not rates:
        err.print("no rates stored yet (run `crossguard watch --once` with the ECB feed configured)")
        raise typer.Exit(1)
    for cur in sorted(rates):
        out.print(f"{cur} {rates[cur]}")


# --- alerts -------------------------------------------------------------------------------------


@alerts_app.command("list")
def alerts_list(
    config: ConfigOption = None,
    db: DbOption = None,
    status: Annotated[list[str] | None, typer.Option("--status", "-s", help="pending, sending, delivered, failed, "
                                                      "digest_pending, digested (repeatable)")] = None,
    limit: Annotated[int, typer.Option(help="Newest N deliveries")] = 50,
) -> None:
    """Deliveries with their status and, for failures, the recorded error."""
    config_path, _, ncfg = _configs(config)
    with _db(db, config_path) as engine:
        outbox = Outbox(engine, ncfg)
        rows = outbox.deliveries(statuses=status or (), limit=limit)
        counts = outbox.counts()
    for r in rows:
        style = {"failed": "bold red", "delivered": "green", "pending": "yellow"}.get(r["status"], "")
        where = f"{r['notifier']} {r['channel']}".strip()
        out.print(f"{r['id']:>5} [{style}]{r['status']:<14}[/] {r['severity']:<8} {r['route']} -> {where}  "
                  f"tries {r['attempts']}  {r['title'][:80]}", highlight=False, soft_wrap=True)
        if r["status"] == "delivered" and r["remote_id"]:
            out.print(f"      ts {r['remote_id']}", highlight=False, markup=False)
        elif r["last_error"]:
            due = f" (next try {r['next_attempt_at']:%Y-%m-%d %H:%M:%S})" if r["status"] == "pending" else ""
            out.print(f"      {r['last_error']}{due}", highlight=False, markup=False)
    if not rows:
        out.print("no deliveries")
    err.print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "outbox empty")


@alerts_app.command("show")
def alerts_show(delivery_id: int, config: ConfigOption = None, db: DbOption = None) -> None:
    """One delivery: the alert and every attempt."""
    from crossguard.notifiers.console import format_alert

    config_path, _, ncfg = _configs(config)
    with _db(db, config_path) as engine:
        outbox = Outbox(engine, ncfg)
        rows = outbox.deliveries(delivery_id=delivery_id)
        if not rows:
            err.print(f"[bold red]error:[/] no delivery {delivery_id}")
            raise typer.Exit(1)
        row = rows[0]
        alert = outbox.alert(row["alert_id"])
        attempts = outbox.attempts(delivery_id)
    out.print(format_alert(alert, row["channel"]) if alert else "(alert payload missing)", markup=False)
    out.print(f"status {row['status']} via {row['notifier']} {row['channel']}; key {row['key']}", markup=False)
    if row["last_error"]:
        out.print(f"last error: {row['last_error']}", markup=False)
    for a in attempts:
        extra = f" http {a['http_status']}" if a["http_status"] else ""
        extra += f" retry-after {a['retry_after']:g}s" if a["retry_after"] is not None else ""
        out.print(f"  {a['at']:%Y-%m-%d %H:%M:%S} {a['outcome']}{extra} {a['error'] or ''}", markup=False)


@alerts_app.command("deliver")
def alerts_deliver(
    config: ConfigOption = None,
    db: DbOption = None,
    wait: Annotated[float, typer.Option(help="Keep going up to this many seconds while deliveries are pending")] = 0.0,
) -> None:
    """Send what is due in the outbox."""
    config_path, _, ncfg = _configs(config)
    with _db(db, config_path) as engine:
        worker = DeliveryWorker(engine, ncfg)
        stats = worker.run(max_seconds=wait) if wait > 0 else worker.run_once()
    _print_delivery(stats)


@alerts_app.command("retry")
def alerts_retry(
    delivery_id: int,
    config: ConfigOption = None,
    db: DbOption = None,
    force: Annotated[bool, typer.Option("--force", help="Send even if an earlier try may have been posted")] = False,
) -> None:
    """Queue a failed delivery again (after fixing the channel, token or route)."""
    config_path, _, ncfg = _configs(config)
    with _db(db, config_path) as engine:
        ok = Outbox(engine, ncfg).retry(delivery_id, force=force)
    if not ok:
        err.print(f"[bold red]error:[/] delivery {delivery_id} is not failed or pending (see `alerts list`)")
        raise typer.Exit(1)
    err.print(f"delivery {delivery_id} queued; run `crossguard alerts deliver`")


@alerts_app.command("collect")
def alerts_collect(config: ConfigOption = None, db: DbOption = None) -> None:
    """Run the alert sources (feed items, new/reopened findings, expiring waivers) into the outbox."""
    config_path, _, ncfg = _configs(config)
    with _db(db, config_path) as engine:
        stats = collect(engine, ncfg, today=utcnow().date())
    for name, problem in stats.errors.items():
        err.print(f"[bold red]source {name} failed:[/] {problem}")
    err.print(f"enqueued {stats.total_enqueued}: " + ", ".join(f"{k} {v}" for k, v in stats.enqueued.items()))
    if stats.errors:
        raise typer.Exit(1)


@alerts_app.command("flush-digest")
def alerts_flush_digest(
    config: ConfigOption = None,
    db: DbOption = None,
    force: Annotated[bool, typer.Option("--force", help="Flush even if the digest interval has not passed")] = False,
) -> None:
    """Bundle waiting low-severity alerts into digest messages (then `alerts deliver`)."""
    config_path, _, ncfg = _configs(config)
    with _db(db, config_path) as engine:
        made = Outbox(engine, ncfg).flush_digests(force=force)
    err.print(f"{len(made)} digest(s) enqueued")
