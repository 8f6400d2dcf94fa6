"""``crossguard watch``: poll the policy, recall and FX feeds, alert on what touches the catalog.

Exit codes as the other watcher commands (``commands/_watching.py``).
"""

from __future__ import annotations

import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.text import Text
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from crossguard.commands._options import ConfigOption, DbOption, err, fail, printable
from crossguard.commands._watching import database, load
from crossguard.feedserver import FeedServer
from crossguard.notifiers.config import NotifyConfig
from crossguard.notifiers.delivery import DeliveryStats, DeliveryWorker
from crossguard.store.db import session_scope, utcnow
from crossguard.usecases.watch import RouteConfigError, WatchRun, check_routes, console_only, fixture_feeds, watch_once
from crossguard.watchers.config import WatchConfig
from crossguard.watchers.models import FeedState


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_command)


def _print_run(run: WatchRun) -> None:
    """One line per feed on stderr (alerts themselves go to the notifiers / stdout)."""
    for f in run.cycle.feeds:
        style = {"ok": "green", "not_modified": "dim", "error": "bold red"}.get(f.status, "")
        counts = f"items {f.items:>3}  new {f.new_items:>3}  relevant {f.relevant:>2}"
        counts += f"  rates {f.rates}" if f.rates else ""
        when = f"{f.next_due_at:%Y-%m-%d %H:%M:%S}" if f.next_due_at else "-"
        note = ("  " + printable(f.problem[:110]), "yellow") if f.problem else ""
        err.print(Text.assemble(f"  {f.feed:<24} ", (f"{f.status:<12}", style),
                                f" {f.http_status or '':>3}  {counts}  next {when}", note), soft_wrap=True)
    if not run.cycle.feeds:
        err.print("  no feed due")
    for line in run.catalog_errors[:10]:
        err.print(Text.assemble(("catalog: ", "yellow"), printable(line)), soft_wrap=True)
    for name, problem in run.collected.errors.items():
        err.print(Text.assemble((f"source {name} failed: ", "bold red"), printable(problem)), soft_wrap=True)
    err.print(f"alerts enqueued: {run.collected.total_enqueued} "
              f"({', '.join(f'{k} {v}' for k, v in run.collected.enqueued.items()) or 'none'})"
              + (f", digests: {len(run.digests)}" if run.digests else ""), soft_wrap=True)
    print_delivery(run.delivery)


def print_delivery(stats: DeliveryStats) -> None:
    parts = [f"{n} {getattr(stats, n)}" for n in ("delivered", "verified", "rate_limited", "retried",
                                                   "ambiguous", "failed", "waiting") if getattr(stats, n)]
    err.print(f"delivery: {', '.join(parts) or 'nothing due'}", soft_wrap=True)


# --- watch ----------------------------------------------------------------------------------------


def watch_command(
    once: Annotated[bool, typer.Option("--once", help="One cycle, then exit (for cron and `make demo`)")] = False,
    config: ConfigOption = None,
    db: DbOption = None,
    catalog: Annotated[
        list[Path] | None, typer.Option("--catalog", "-c", help="Catalog files (default: the config's)")] = None,
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
    loaded = load(config)
    wcfg, ncfg = loaded.watchers, loaded.notifiers
    if notifier:
        ncfg = console_only(ncfg, notifier)
    with ExitStack() as stack:
        if serve_fixtures is not None:
            server = stack.enter_context(FeedServer.serving(serve_fixtures))
            feeds, fixture_catalog = fixture_feeds(serve_fixtures, server.base_url)
            wcfg = wcfg.model_copy(update={"feeds": feeds, "catalog": catalog or fixture_catalog or wcfg.catalog})
            if db is None:  # a demo should print its alerts every time: use a throw-away database
                tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="crossguard-demo-"))
                db = f"sqlite:///{tmp}/demo.db"
            force = True
            err.print(f"serving {serve_fixtures} at {server.base_url}")
        elif catalog:
            wcfg = wcfg.model_copy(update={"catalog": catalog})
        engine = stack.enter_context(database(db, loaded, create=True))
        try:
            check_routes(engine, ncfg, loaded.file)
        except RouteConfigError as exc:
            raise fail(f"config {exc}", 1) from None
        cycles = 0
        failed = database_failed = False
        while True:
            try:
                run = watch_once(engine, wcfg, ncfg, force=force, deliver=deliver, deliver_seconds=deliver_seconds,
                                 flush_digest=flush_digest)
            except OperationalError as exc:  # locked by a long scan, unreachable: the cycle could not run
                err.print(Text("error: ", style="bold red") + Text(f"database: {exc.orig} (the cycle did not run)"))
                database_failed = True
            except (OSError, ValueError, ValidationError) as exc:
                raise fail(str(exc), 1) from None
            else:
                _print_run(run)
                failed = failed or bool(run.cycle.errors)
                force = False
            cycles += 1
            if once or (max_cycles and cycles >= max_cycles):
                break
            _sleep_until_next(engine, wcfg, ncfg)
    if database_failed or (strict and failed):
        raise typer.Exit(1)


def _sleep_until_next(engine: Engine, wcfg: WatchConfig, ncfg: NotifyConfig, cap: float = 60.0) -> None:
    """Sleep until a feed is due or a delivery can go, at most ``cap`` seconds (Ctrl-C exits)."""
    now = utcnow()
    try:
        with session_scope(engine) as s:
            dues = [st.next_due_at for st in s.query(FeedState).all() if st.next_due_at]
        wake = DeliveryWorker(engine, ncfg).next_wake()
    except OperationalError:  # the database is still failing: try again after the longest nap
        dues, wake = [], None
    waits = [(d - now).total_seconds() for d in dues]
    if wake is not None:
        waits.append(wake)
    time.sleep(max(1.0, min([cap, *waits])))
