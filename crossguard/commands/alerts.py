"""``crossguard alerts ...``: the alert outbox (list, show, deliver, retry, collect, digest)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from crossguard.commands._options import ConfigOption, DbOption, err, fail, out, printable
from crossguard.commands._watching import database, load, outbox
from crossguard.commands.watch import print_delivery
from crossguard.notifiers.console import format_alert, product_lines
from crossguard.notifiers.delivery import DeliveryWorker
from crossguard.notifiers.outbox import Outbox
from crossguard.notifiers.sources import collect
from crossguard.notifiers.sources.feed_items import all_products
from crossguard.store.db import session_scope, utcnow
from crossguard.usecases.watch import RouteConfigError, check_routes, load_catalog_entries

alerts_app = typer.Typer(help="The alert outbox: list, show, deliver, retry, collect, digest.")
STATUS_STYLE = {"failed": "bold red", "delivered": "green", "pending": "yellow", "digest_pending": "cyan",
                "digested": "dim"}


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")


@alerts_app.command("list")
def alerts_list(
    config: ConfigOption = None,
    db: DbOption = None,
    status: Annotated[list[str] | None, typer.Option("--status", "-s", help="pending, sending, delivered, failed, "
                                                      "digest_pending, digested (repeatable)")] = None,
    limit: Annotated[int, typer.Option(help="Newest N deliveries")] = 50,
) -> None:
    """Deliveries with their status and, for failures, the recorded error."""
    with outbox(db, config) as box:
        rows = box.deliveries(statuses=status or (), limit=limit)
        counts = box.counts()
    for r in rows:
        style = STATUS_STYLE.get(r["status"], "")
        where = f"{r['notifier']} {r['channel']}".strip()
        out.print(Text.assemble(f"{r['id']:>5} ", (f"{r['status']:<14}", style), printable(
            f" {r['severity']:<8} {r['route']} -> {where}  tries {r['attempts']}  {r['title'][:80]}")), soft_wrap=True)
        if r["status"] == "delivered" and r["remote_id"]:
            out.print(f"      ts {r['remote_id']}")
        elif r["last_error"]:
            due = f" (next try {r['next_attempt_at']:%Y-%m-%d %H:%M:%S})" if r["status"] == "pending" else ""
            out.print(f"      {r['last_error']}{due}")
    if not rows:
        out.print("no deliveries")
    err.print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "outbox empty")


@alerts_app.command("show")
def alerts_show(
    ref: Annotated[str, typer.Argument(metavar="ID", help="A delivery id (alerts list), or the cg:… reference a "
                                                          "message shows")],
    config: ConfigOption = None,
    db: DbOption = None,
    all_skus: Annotated[bool, typer.Option("--all", help="List every SKU the alert concerns, with title and "
                                                         "why it matched")] = False,
) -> None:
    """One delivery: the alert and every attempt; with --all, every SKU it concerns."""
    with outbox(db, config) as box:
        delivery_id = _delivery_of(box, ref)
        rows = box.deliveries(delivery_id=delivery_id)
        if not rows:
            raise fail(f"no delivery {ref}", 1)
        row = rows[0]
        alert = box.alert(row["alert_id"])
        attempts = box.attempts(delivery_id)
        products = None
        if all_skus and alert is not None:
            with session_scope(box.engine) as session:
                products = all_products(session, alert)
    out.print(format_alert(alert, row["channel"]) if alert else "(alert payload missing)", soft_wrap=True)
    out.print(f"status {row['status']} via {row['notifier']} {row['channel']}; key {row['key']}")
    if row["last_error"]:
        out.print(f"last error: {row['last_error']}")
    for a in attempts:
        extra = f" http {a['http_status']}" if a["http_status"] else ""
        extra += f" retry-after {a['retry_after']:g}s" if a["retry_after"] is not None else ""
        out.print(f"  {a['at']:%Y-%m-%d %H:%M:%S} {a['outcome']}{extra} {a['error'] or ''}")
    if products is not None:
        out.print(f"all {len(products):,} SKUs, strongest first:")
        for line in product_lines(products, indent="  "):
            out.print(printable(line), soft_wrap=True)


def _delivery_of(box: Outbox, ref: str) -> int:
    """A delivery id, or the first delivery of the alert a ``cg:`` reference names."""
    if ref.isdigit():
        return int(ref)
    ids = box.alert_ids_by_ref(ref)
    if len(ids) != 1:
        raise fail(f"no alert {ref}" if not ids else f"{ref} names more than one alert: give more of the key", 1)
    delivery = box.first_delivery(ids[0])
    if delivery is None:
        raise fail(f"alert {ref} has no delivery (no route took it)", 1)
    return delivery


@alerts_app.command("deliver")
def alerts_deliver(
    config: ConfigOption = None,
    db: DbOption = None,
    wait: Annotated[float, typer.Option(help="Keep going up to this many seconds while deliveries are pending")] = 0.0,
) -> None:
    """Send what is due in the outbox."""
    loaded = load(config)
    ncfg = loaded.notifiers
    with database(db, loaded) as engine:
        worker = DeliveryWorker(engine, ncfg)
        stats = worker.run(max_seconds=wait) if wait > 0 else worker.run_once()
    print_delivery(stats)


@alerts_app.command("retry")
def alerts_retry(
    delivery_id: int,
    config: ConfigOption = None,
    db: DbOption = None,
    force: Annotated[bool, typer.Option("--force", help="Send even if an earlier try may have been posted")] = False,
) -> None:
    """Queue a failed delivery again (after fixing the channel, token or route)."""
    with outbox(db, config) as box:
        ok = box.retry(delivery_id, force=force)
    if not ok:
        raise fail(f"delivery {delivery_id} is not failed or pending (see `alerts list`)", 1)
    err.print(f"delivery {delivery_id} queued; run `crossguard alerts deliver`")


@alerts_app.command("collect")
def alerts_collect(config: ConfigOption = None, db: DbOption = None) -> None:
    """Run the alert sources (feed items, new/reopened findings, expiring waivers) into the outbox."""
    loaded = load(config)
    ncfg = loaded.notifiers
    with database(db, loaded) as engine:
        try:
            check_routes(engine, ncfg, loaded.file)
        except RouteConfigError as exc:
            raise fail(f"config {exc}", 1) from None
        catalog, problems = load_catalog_entries(loaded.watchers.catalog)
        for problem in problems[:10]:
            err.print(Text.assemble(("catalog: ", "yellow"), printable(problem)), soft_wrap=True)
        stats = collect(engine, ncfg, today=utcnow().date(), catalog=catalog)
    for name, problem in stats.errors.items():
        err.print(Text.assemble((f"source {name} failed: ", "bold red"), printable(problem)))
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
    with outbox(db, config) as box:
        made = box.flush_digests(force=force)
    err.print(f"{len(made)} digest(s) enqueued")
