"""Commands of the risk register: ``scan``, ``register ...`` and ``db ...``.

``register_commands(app)`` adds them to the main ``crossguard`` app (``engine.cli``).

Exit codes, the same for every command here:

* 0 — done;
* 1 — the request cannot be carried out as given: bad catalog rows or rule packs, unknown finding
  id, a move the finding's status does not allow, a waiver ending in the past, a database that
  cannot be opened. Nothing was changed;
* 2 — the command line itself is wrong (missing or malformed option; typer/click's own code);
* 3 — the register is busy: another scan is running. Nothing was changed; try again later (or
  give ``scan --wait SECONDS``).

The database comes from ``--db``, else ``$CROSSGUARD_DB``, else ``database.url`` in
``config.yaml``, else ``var/crossguard.db``; its schema is brought up to date automatically.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from crossguard.engine.cli import parse_date
from crossguard.register import export as export_mod
from crossguard.register import lifecycle, queries
from crossguard.register.errors import RegisterBusyError, RegisterError, ScanInputError
from crossguard.register.models import ACTIVE_STATUSES, STATUS_VALUES
from rich.console import Console
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text
from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError as SAArgumentError
from sqlalchemy.exc import OperationalError as SAOperationalError

from crossguard.store.db import make_engine, resolve_db_url
from crossguard.store.migrate import current_revisions, head_revisions, upgrade_to_head

EXIT_OK, EXIT_USER, EXIT_BUSY = 0, 1, 3

out = Console()
err = Console(stderr=True)

register_app = typer.Typer(help="Work the risk register: list, show, acknowledge, waive, resolve, export.")
db_app = typer.Typer(help="Database schema (Alembic migrations).")

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $CROSSGUARD_DB, config.yaml, var/crossguard.db)"),
]
SEVERITY_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}
STATUS_STYLE = {"open": "bold", "acknowledged": "blue", "waived": "magenta", "resolved": "green"}

T = TypeVar("T")


def register_commands(app: typer.Typer) -> None:
    """Add ``scan``, ``register`` and ``db`` to ``app``."""
    app.command("scan")(scan_command)
    app.add_typer(register_app, name="register")
    app.add_typer(db_app, name="db")


# --- plumbing ---------------------------------------------------------------------------------


def _fail(message: str, code: int) -> typer.Exit:
    err.print(Text("error: ", style="bold red") + Text(message))
    return typer.Exit(code)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn the register's expected errors into a message and the documented exit code."""
    try:
        yield
    except RegisterBusyError as exc:
        raise _fail(str(exc), EXIT_BUSY) from None
    except ScanInputError as exc:
        for line in exc.errors:
            err.print(Text(line))
        raise _fail(str(exc), EXIT_USER) from None
    except RegisterError as exc:
        raise _fail(str(exc), EXIT_USER) from None
    except SAOperationalError as exc:
        raise _fail(f"database error: {exc.orig}", EXIT_USER) from None
    except SAArgumentError as exc:  # e.g. --db notaurl
        raise _fail(f"not a database URL: {exc}", EXIT_USER) from None


def _engine(db: str | None) -> Engine:
    """Engine for the resolved URL, with the schema brought up to date."""
    url = resolve_db_url(db)
    try:
        engine = make_engine(url)
        upgrade_to_head(engine)
    except SAOperationalError as exc:
        from sqlalchemy.engine import make_url

        shown = make_url(url).render_as_string(hide_password=True)
        raise _fail(f"cannot open the database {shown}: {exc.orig}", EXIT_USER) from None
    return engine


def _read_engine(db: str | None) -> Engine:
    """Engine for a read command; expired waivers are reopened first (see lifecycle.apply_expiries)."""
    engine = _engine(db)
    if lifecycle.apply_expiries_now(engine) is None:
        err.print("[yellow]note:[/] a scan is running; expired waivers reopen when it finishes")
    return engine


def _split(values: list[str] | None) -> list[str]:
    """Options may repeat and may hold comma-separated values: --market DE,FR --market IT."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def _sev(severity: str) -> Text:
    return Text(severity, style=SEVERITY_STYLE.get(severity, ""))


def _status(status: str) -> Text:
    return Text(status, style=STATUS_STYLE.get(status, ""))


def _with_db(db: str | None, action: Callable[[Engine], T]) -> T:
    with _errors():
        engine = _engine(db)
        try:
            return action(engine)
        finally:
            engine.dispose()


# --- scan -------------------------------------------------------------------------------------


def scan_command(
    catalog: Annotated[
        list[Path], typer.Option("--catalog", "-c", help="Catalog file (.yaml/.json/.jsonl/.csv); repeat for several")
    ],
    db: DbOption = None,
    rules: Annotated[
        list[Path] | None, typer.Option("--rules", "-r", help="Rule pack files or folders (default: rules/)")
    ] = None,
    at: Annotated[str | None, typer.Option(help="Evaluate as of this date (YYYY-MM-DD); default today")] = None,
    full: Annotated[
        bool, typer.Option("--full", help="Evaluate every entry, even those unchanged since the last scan")
    ] = False,
    wait: Annotated[
        float, typer.Option(help="If another scan is running, wait up to this many seconds (default: refuse)")
    ] = 0.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
    data: Annotated[
        Path | None,
        typer.Option("--data", "-d", help="Seller data folder (entities, sales, stock, trademarks, accounts, FX)"),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Evaluating processes (default: the CPUs, at most 4; 1: this one)"),
    ] = None,
) -> None:
    """Scan the whole catalog with every rule pack and record the findings in the risk register.

    One transaction: if anything fails, the register stays as it was.
    """
    from crossguard.register.runner import default_workers, scan_catalog

    on = parse_date(at)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("entries"), TimeElapsedColumn(), console=err, disable=quiet, transient=False,
    )  # fmt: skip
    task = progress.add_task("scanning", total=None)

    def on_loaded(total: int) -> None:
        progress.update(task, total=total)

    def advance(count: int) -> None:
        progress.advance(task, count)

    with _errors():
        engine = _engine(db)
        try:
            started = time.monotonic()  # the whole command: checking, evaluating and writing
            with progress:
                result = scan_catalog(
                    engine, catalog, rules=rules, at=on, reuse=not full, wait_s=wait,
                    on_loaded=on_loaded, progress=advance, data_dir=data, db_url=str(engine.url),
                    workers=workers or default_workers(),
                )  # fmt: skip
        finally:
            engine.dispose()

    table = Table(title=f"Scan #{result.scan_id} as of {result.scan_date}", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (
        ("products", result.entries), ("listings", result.listings),
        ("evaluated", result.evaluated if result.evaluated == result.entries else
         f"{result.evaluated} of {result.entries} (the rest are unchanged since the last scan)"),
        ("findings", result.produced), ("new", result.new), ("reopened", result.reopened),
        ("resolved", result.resolved), ("updated", result.updated), ("waivers expired", result.expired),
        ("seconds", f"{time.monotonic() - started:.1f} (register transaction {result.duration_s:.1f})"),
    ):  # fmt: skip
        table.add_row(label, str(value))
    out.print(table)


# --- register ---------------------------------------------------------------------------------


def _filters(
    status: list[str] | None,
    severity: list[str] | None,
    market: list[str] | None,
    rule: list[str] | None,
    sku: list[str] | None,
    pack: list[str] | None,
    default_statuses: tuple[str, ...],
) -> queries.Filters:
    statuses = [s.lower() for s in _split(status)] or list(default_statuses)
    if "all" in statuses:
        statuses = []
    elif "active" in statuses:
        statuses = sorted({*(s for s in statuses if s != "active"), *ACTIVE_STATUSES})
    unknown = [s for s in statuses if s not in STATUS_VALUES]
    if unknown:
        raise typer.BadParameter(
            f"unknown status {', '.join(unknown)} (use {', '.join(STATUS_VALUES)}, active or all)",
            param_hint="--status",
        )
    return queries.Filters(
        statuses=statuses, severities=_split(severity), markets=_split(market), rules=_split(rule),
        skus=_split(sku), packs=_split(pack),
    )  # fmt: skip


StatusOpt = Annotated[
    list[str] | None,
    typer.Option("--status", "-s", help="open, acknowledged, waived, resolved, active (the first three) or all"),
]
SeverityOpt = Annotated[list[str] | None, typer.Option("--severity", help="critical, high, medium, low, info")]
MarketOpt = Annotated[list[str] | None, typer.Option("--market", "-m", help="Market (country code), e.g. DE")]
RuleOpt = Annotated[list[str] | None, typer.Option("--rule", help="Rule id")]
SkuOpt = Annotated[list[str] | None, typer.Option("--sku", help="Product SKU")]
PackOpt = Annotated[list[str] | None, typer.Option("--pack", help="Rule pack id")]


@register_app.command("list")
def list_command(
    db: DbOption = None,
    status: StatusOpt = None,
    severity: SeverityOpt = None,
    market: MarketOpt = None,
    rule: RuleOpt = None,
    sku: SkuOpt = None,
    pack: PackOpt = None,
    limit: Annotated[int, typer.Option(help="Show at most this many (0: all)")] = 100,
) -> None:
    """Findings, most severe first (default: open, acknowledged and waived)."""
    filters = _filters(status, severity, market, rule, sku, pack, ACTIVE_STATUSES)
    with _errors():
        engine = _read_engine(db)
        try:
            with engine.connect() as conn:
                total = queries.count_findings(conn, filters)
                rows = queries.list_findings(conn, filters, limit=limit or None)
        finally:
            engine.dispose()
    if not rows:
        out.print("no findings match")
        return
    table = Table(show_lines=False, header_style="bold")
    for name, kw in (("ID", {"justify": "right"}), ("Severity", {}), ("Status", {}), ("Rule", {}),
                     ("Subject", {}), ("Message", {"overflow": "fold", "ratio": 1}), ("First seen", {}),
                     ("Note", {"overflow": "fold"})):  # fmt: skip
        table.add_column(name, **kw)
    for f in rows:
        note = ""
        if f.status == "waived":
            note = f"until {f.waived_until} ({f.waived_by})"
        elif f.status in ("acknowledged", "resolved"):
            note = f"by {f.status_by}"
        table.add_row(
            str(f.id), _sev(f.severity), _status(f.status), f.rule_id, f.subject, f.message,
            f.first_seen_at.strftime("%Y-%m-%d"), note,
        )  # fmt: skip
    out.print(table)
    if total > len(rows):
        out.print(f"showing {len(rows)} of {total}; use --limit 0 for all, or narrow with filters")
    else:
        out.print(f"{total} finding(s)")


@register_app.command("show")
def show_command(
    finding: Annotated[str, typer.Argument(help="Finding id (or fingerprint, or its first 6+ characters)")],
    db: DbOption = None,
) -> None:
    """One finding: what fired and why (evidence), what to do (remediation), and its history."""
    with _errors():
        engine = _read_engine(db)
        try:
            with engine.connect() as conn:
                f = queries.get_finding(conn, finding)
                events = queries.history(conn, f.id)
        finally:
            engine.dispose()

    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("Finding", f"#{f.id}  ({f.fingerprint})")
    head.add_row("Status", _status(f.status) + Text(f"  since {_when(f.status_changed_at)} by {f.status_by}"))
    if f.status_note:
        head.add_row("Status note", f.status_note)
    if f.status == "waived":
        head.add_row("Waiver", f"until {f.waived_until} (inclusive), approved by {f.waived_by}: {f.waiver_reason}")
    head.add_row("Severity", _sev(f.severity) + Text("  (blocks listing)" if f.blocks_listing else ""))
    head.add_row("Rule", f"{f.rule_id}: {f.rule_title}")
    head.add_row("Pack", f"{f.pack_id} {f.pack_version}")
    head.add_row("Subject", f"{f.subject}  ({f.subject_kind})")
    head.add_row("Message", f.message)
    head.add_row("Remediation", f.remediation)
    if f.references:
        head.add_row("References", "\n".join(f.references))
    head.add_row("First seen", _when(f.first_seen_at))
    head.add_row("In last scan", "yes" if f.present else "no")
    out.print(Panel(head, title=f"{f.rule_id} on {f.subject}", expand=False))

    evidence = Table(title="Evidence", header_style="bold")
    for name in ("Field", "Value", "Basis"):
        evidence.add_column(name, overflow="fold")
    for item in f.evidence:
        evidence.add_row(str(item.get("field")), repr(item.get("value")), str(item.get("basis") or ""))
    out.print(evidence)

    trail = Table(title="History", header_style="bold")
    for name in ("When (UTC)", "Who", "Action", "Status", "Note"):
        trail.add_column(name, overflow="fold")
    for e in events:
        moved = f"{e.from_status or '-'} -> {e.to_status}" if e.from_status != e.to_status else (e.to_status or "")
        who = e.actor + (f" (scan #{e.scan_id})" if e.scan_id else "")
        trail.add_row(_when(e.at), who, e.action, moved, e.note or "")
    out.print(trail)


ById = Annotated[str, typer.Argument(help="Finding id (or fingerprint, or its first 6+ characters)")]
ByOpt = Annotated[str, typer.Option("--by", help="Who decides (name or email)")]


def _done(change: lifecycle.Change) -> None:
    out.print(
        f"finding #{change.finding_id}: {change.from_status} -> {change.to_status} ({change.action} by {change.actor})"
    )


@register_app.command("ack")
def ack_command(
    finding: ById,
    by: ByOpt,
    note: Annotated[str | None, typer.Option("--note", help="Why, or what happens next")] = None,
    db: DbOption = None,
) -> None:
    """Acknowledge an open finding: someone owns it; it stays on the list until resolved."""
    _done(_with_db(db, lambda engine: lifecycle.acknowledge(engine, finding, by=by, note=note)))


@register_app.command("waive")
def waive_command(
    finding: ById,
    by: Annotated[str, typer.Option("--by", help="Who approves the waiver")],
    reason: Annotated[str, typer.Option("--reason", help="Why the risk is accepted")],
    until: Annotated[str, typer.Option("--until", help="Last day the waiver holds (YYYY-MM-DD, UTC)")],
    db: DbOption = None,
) -> None:
    """Accept the risk until a date; the finding reopens by itself when the waiver ends."""
    end = parse_date(until, "--until")
    _done(_with_db(db, lambda engine: lifecycle.waive(engine, finding, by=by, reason=reason, until=end)))


@register_app.command("resolve")
def resolve_command(
    finding: ById,
    by: ByOpt,
    note: Annotated[str, typer.Option("--note", help="What was done")],
    db: DbOption = None,
) -> None:
    """Mark a finding fixed. If the next scan still produces it, the scan reopens it (and says so)."""
    _done(_with_db(db, lambda engine: lifecycle.resolve(engine, finding, by=by, note=note)))


@register_app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv or json")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")] = None,
    db: DbOption = None,
    status: StatusOpt = None,
    severity: SeverityOpt = None,
    market: MarketOpt = None,
    rule: RuleOpt = None,
    sku: SkuOpt = None,
    pack: PackOpt = None,
) -> None:
    """Export findings (default: every status) with evidence and waiver details."""
    if fmt not in ("csv", "json"):
        raise typer.BadParameter(f"{fmt!r}: use csv or json", param_hint="--format")
    filters = _filters(status, severity, market, rule, sku, pack, ())
    writer = export_mod.write_csv if fmt == "csv" else export_mod.write_json
    with _errors():
        engine = _read_engine(db)
        try:
            with engine.connect() as conn:
                if output is None:
                    writer(queries.iter_findings(conn, filters), sys.stdout)
                    return
                tmp = output.with_name(output.name + ".part")
                with open(tmp, "w", encoding="utf-8", newline="") as handle:
                    count = writer(queries.iter_findings(conn, filters), handle)
                tmp.replace(output)  # a half-written export never takes the real name
        finally:
            engine.dispose()
    err.print(f"wrote {count} finding(s) to {output}")


def _by_severity_table(title: str, groups: dict[str, dict[str, int]], first: str) -> Table:
    severities = ["critical", "high", "medium", "low", "info"]
    table = Table(title=title, header_style="bold")
    table.add_column(first)
    for severity in severities:
        table.add_column(severity, justify="right", style=SEVERITY_STYLE[severity])
    table.add_column("total", justify="right", style="bold")
    for key in sorted(groups, key=lambda k: (-sum(groups[k].values()), k)):
        counts = groups[key]
        table.add_row(key, *(str(counts.get(s, 0) or "") for s in severities), str(sum(counts.values())))
    return table


@register_app.command("summary")
def summary_command(db: DbOption = None) -> None:
    """Counts by severity, pack and market, and what the last scan changed since the one before."""
    with _errors():
        engine = _read_engine(db)
        try:
            with engine.connect() as conn:
                s = queries.summary(conn)
        finally:
            engine.dispose()

    statuses = list(STATUS_VALUES)
    table = Table(title="Findings by severity and status", header_style="bold")
    table.add_column("severity")
    for status in statuses:
        table.add_column(status, justify="right")
    table.add_column("active", justify="right", style="bold")
    for severity in ["critical", "high", "medium", "low", "info"]:
        counts = s.by_severity_status.get(severity, {})
        if counts:
            active = sum(counts.get(x, 0) for x in ACTIVE_STATUSES)
            table.add_row(_sev(severity), *(str(counts.get(x, 0)) for x in statuses), str(active))
    out.print(table)
    out.print(_by_severity_table("Active findings by pack", s.by_pack, "pack"))
    out.print(_by_severity_table("Active findings by market", s.by_market, "market"))

    if s.latest is None:
        out.print("no scan yet: run `crossguard scan --catalog FILE`")
        return
    last = s.latest
    lines = Text()
    lines.append(f"Last scan #{last.id}", style="bold")
    lines.append(f" finished {_when(last.finished_at)} UTC ({last.duration_s:.1f} s), as of {last.scan_date}: ")
    lines.append(f"{last.entries} products, {last.listings} listings, {last.produced} findings.\n")
    if s.previous is None:
        lines.append("First scan: everything is new.\n")
    else:
        lines.append(f"Since scan #{s.previous.id} ({_when(s.previous.finished_at)}): ")
    lines.append(f"{last.new} new", style="bold red" if last.new else "")
    lines.append(f", {last.reopened} reopened", style="red" if last.reopened else "")
    lines.append(f", {last.resolved} resolved", style="green" if last.resolved else "")
    lines.append(f", {last.updated} updated, {last.expired} waiver(s) expired.")
    if s.previous is not None:
        lines.append(f" Findings produced: {s.previous.produced} -> {last.produced}.")
    if s.manual_changes_since_latest:
        changes = ", ".join(f"{count} {action}" for action, count in sorted(s.manual_changes_since_latest.items()))
        lines.append(f"\nManual changes since: {changes}.")
    versions = ", ".join(f"{k} {v}" for k, v in sorted(last.pack_versions.items()))
    lines.append(f"\nPacks: {versions or '-'}")
    out.print(Panel(lines, title="What changed", expand=False))


@register_app.command("runs")
def runs_command(db: DbOption = None, limit: Annotated[int, typer.Option(help="How many recent scans")] = 10) -> None:
    """Recent scan runs with their counts."""
    with _errors():
        engine = _read_engine(db)
        try:
            with engine.connect() as conn:
                runs = queries.scan_runs(conn, limit=limit)
        finally:
            engine.dispose()
    table = Table(title="Scan runs", header_style="bold")
    for name in ("#", "started (UTC)", "s", "as of", "by", "products", "listings", "evaluated", "findings",
                 "new", "reopened", "resolved", "updated", "expired"):  # fmt: skip
        table.add_column(name, justify="right" if name not in ("started (UTC)", "as of", "by") else "left")
    for r in runs:
        table.add_row(
            str(r.id), _when(r.started_at), f"{r.duration_s:.1f}", str(r.scan_date), r.actor,
            *map(str, (r.entries, r.listings, r.evaluated, r.produced, r.new, r.reopened, r.resolved,
                       r.updated, r.expired)),
        )  # fmt: skip
    out.print(table)


# --- db ---------------------------------------------------------------------------------------


@db_app.command("upgrade")
def upgrade_command(db: DbOption = None) -> None:
    """Apply pending migrations (idempotent; also done before every register command)."""
    url = resolve_db_url(db)
    with _errors():
        engine = make_engine(url)
        try:
            before, after = upgrade_to_head(engine)
        finally:
            engine.dispose()
    from sqlalchemy.engine import make_url

    shown = make_url(url).render_as_string(hide_password=True)
    if before == after:
        out.print(f"{shown}: already at {', '.join(sorted(after)) or 'base'}")
    else:
        out.print(f"{shown}: {', '.join(sorted(before)) or 'empty'} -> {', '.join(sorted(after))}")


@db_app.command("current")
def current_command(db: DbOption = None) -> None:
    """Show the database's schema revision and the newest one this version knows."""
    url = resolve_db_url(db)
    with _errors():
        engine = make_engine(url)
        try:
            with engine.connect() as conn:
                current = current_revisions(conn)
        finally:
            engine.dispose()
    heads = head_revisions()
    state = "up to date" if current == heads else "needs `crossguard db upgrade`"
    out.print(f"current: {', '.join(sorted(current)) or 'empty'}; head: {', '.join(sorted(heads))} ({state})")
