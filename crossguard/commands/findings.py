"""``crossguard register ...``: work the risk register (list, show, acknowledge, waive, resolve, export).

Exit codes as every register command (``commands/_register.py``).
"""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich import box as rich_box
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from crossguard.commands._options import ConfigOption, DbOption, err, out, parse_date, settings_or_exit, table_console
from crossguard.commands._register import (
    EXIT_USER,
    SEVERITY_STYLE,
    database_url,
    errors,
    open_for_reading,
    severity_text,
    split_values,
    status_text,
    when,
    with_db,
)
from crossguard.register import export as export_mod
from crossguard.register import lifecycle, queries, trends, work
from crossguard.register.lifecycle import today_utc
from crossguard.register.models import ACTIVE_STATUSES, STATUS_VALUES

register_app = typer.Typer(help="Work the risk register: list, show, acknowledge, waive, resolve, export.")


def register(app: typer.Typer) -> None:
    app.add_typer(register_app, name="register")


def _filters(
    status: list[str] | None,
    severity: list[str] | None,
    market: list[str] | None,
    rule: list[str] | None,
    sku: list[str] | None,
    pack: list[str] | None,
    default_statuses: tuple[str, ...],
    **more: object,
) -> queries.Filters:
    statuses = [s.lower() for s in split_values(status)] or list(default_statuses)
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
        statuses=statuses, severities=split_values(severity), markets=split_values(market), rules=split_values(rule),
        skus=split_values(sku), packs=split_values(pack), **more,
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
OwnerOpt = Annotated[list[str] | None, typer.Option("--owner", help="Owner (name); '-' for findings nobody owns")]
MarketplaceOpt = Annotated[list[str] | None, typer.Option("--marketplace", help="Marketplace, e.g. amazon")]
OverdueOpt = Annotated[bool, typer.Option("--overdue", help="Only findings past their due date (open or acknowledged)")]


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


@register_app.command("list")
def list_command(
    db: DbOption = None,
    config: ConfigOption = None,
    status: StatusOpt = None,
    severity: SeverityOpt = None,
    market: MarketOpt = None,
    rule: RuleOpt = None,
    sku: SkuOpt = None,
    pack: PackOpt = None,
    owner: OwnerOpt = None,
    marketplace: MarketplaceOpt = None,
    overdue: OverdueOpt = False,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table, json or csv")] = ListFormat.table,
    limit: Annotated[int, typer.Option(help="Show at most this many (0: all)")] = 100,
) -> None:
    """Findings, most severe first (default: open, acknowledged and waived)."""
    filters = _filters(status, severity, market, rule, sku, pack, ACTIVE_STATUSES, owners=split_values(owner),
                       marketplaces=split_values(marketplace), overdue=overdue)
    with errors():
        engine = open_for_reading(database_url(db, config))
        try:
            with engine.connect() as conn:
                total = queries.count_findings(conn, filters)
                rows = queries.list_findings(conn, filters, limit=limit or None)
        finally:
            engine.dispose()
    if fmt is not ListFormat.table:
        (export_mod.write_json if fmt is ListFormat.json else export_mod.write_csv)(rows, sys.stdout)
        if total > len(rows):
            err.print(f"showing {len(rows)} of {total}; use --limit 0 for all")
        return
    if not rows:
        out.print("no findings match")
        return
    print_findings_table(rows, today_utc())
    if total > len(rows):
        out.print(f"showing {len(rows)} of {total}; use --limit 0 for all, or narrow with filters")
    else:
        out.print(f"{total} finding(s)")


def print_findings_table(rows: list[queries.RegisterFinding], today: date) -> None:
    """A table for people. In a pipe nothing is wrapped or cut (one finding per line, ids whole)."""
    terminal = out.is_terminal
    console = table_console()
    table = Table(show_lines=False, header_style="bold", box=None if not terminal else rich_box.HEAVY_HEAD)
    fold = {"overflow": "fold", "ratio": 1} if terminal else {"no_wrap": True}
    note_kw = {"overflow": "fold"} if terminal else {"no_wrap": True}
    for name, kw in (("ID", {"justify": "right"}), ("Severity", {}), ("Status", {}), ("Rule", {"no_wrap": True}),
                     ("Subject", {"no_wrap": True}), ("Owner", {}), ("Due", {}), ("Message", fold),
                     ("First seen", {}), ("Note", note_kw)):  # fmt: skip
        table.add_column(name, **kw)
    for f in rows:
        note = ""
        if f.status == "waived":
            note = f"until {f.waived_until} ({f.waived_by})"
        elif f.status in ("acknowledged", "resolved"):
            note = f"by {f.status_by}"
        due = Text(str(f.due_date or "-"), style="bold red" if f.overdue(today) else "")
        if f.overdue(today):
            due.append(" overdue")
        table.add_row(
            str(f.id), severity_text(f.severity), status_text(f.status), f.rule_id, f.subject, f.owner or "-", due,
            f.message, f.first_seen_at.strftime("%Y-%m-%d"), note,
        )  # fmt: skip
    console.print(table)


@register_app.command("show")
def show_command(
    finding: Annotated[str, typer.Argument(help="Finding id (or fingerprint, or its first 6+ characters)")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """One finding: what fired and why (evidence), what to do (remediation), and its history."""
    with errors():
        engine = open_for_reading(database_url(db, config))
        try:
            with engine.connect() as conn:
                f = queries.get_finding(conn, finding)
                events = queries.history(conn, f.id)
                notes = work.comments(conn, f.id)
        finally:
            engine.dispose()

    out.print(_finding_panel(f))
    evidence = Table(title="Evidence", header_style="bold")
    for name in ("Field", "Value", "Basis"):
        evidence.add_column(name, overflow="fold")
    for item in trends.without_trends(f.evidence):
        evidence.add_row(str(item.get("field")), repr(item.get("value")), str(item.get("basis") or ""))
    out.print(evidence)
    if found := trends.metric_trends(f.evidence):
        out.print(_trend_table(found))
    _print_trail(events, notes)


def _finding_panel(f: queries.RegisterFinding) -> Panel:
    """What fired, where it stands, who owns it and by when."""
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("Finding", f"#{f.id}  ({f.fingerprint})")
    head.add_row("Status", status_text(f.status) + Text(f"  since {when(f.status_changed_at)} by {f.status_by}"))
    if f.status_note:
        head.add_row("Status note", f.status_note)
    if f.status == "waived":
        head.add_row("Waiver", f"until {f.waived_until} (inclusive), approved by {f.waived_by}: {f.waiver_reason}")
    head.add_row("Severity", severity_text(f.severity) + Text("  (blocks listing)" if f.blocks_listing else ""))
    head.add_row("Rule", f"{f.rule_id}: {f.rule_title}")
    head.add_row("Pack", f"{f.pack_id} {f.pack_version}")
    head.add_row("Subject", f"{f.subject}  ({f.subject_kind})")
    head.add_row("Message", f.message)
    head.add_row("Remediation", f.remediation)
    if f.references:
        head.add_row("References", "\n".join(f.references))
    head.add_row("Owner", f.owner or "-")
    due = Text(str(f.due_date or "-"))
    if f.overdue(today_utc()):
        due.append("  overdue", style="bold red")
    head.add_row("Due", due)
    head.add_row("First seen", when(f.first_seen_at))
    head.add_row("In last scan", "yes" if f.present else "no")
    return Panel(head, title=f"{f.rule_id} on {f.subject}", expand=False)


def _print_trail(events: list[queries.AuditEvent], notes: list[work.Comment]) -> None:
    """The audit trail, then the comments (author and time)."""
    trail = Table(title="History", header_style="bold")
    for name in ("When (UTC)", "Who", "Action", "Status", "Note"):
        trail.add_column(name, overflow="fold")
    for e in events:
        moved = f"{e.from_status or '-'} -> {e.to_status}" if e.from_status != e.to_status else (e.to_status or "")
        who = e.actor + (f" (scan #{e.scan_id})" if e.scan_id else "")
        trail.add_row(when(e.at), who, e.action, moved, e.note or "")
    out.print(trail)
    if notes:
        talk = Table(title="Comments", header_style="bold")
        for name in ("When (UTC)", "Who", "Comment"):
            talk.add_column(name, overflow="fold")
        for c in notes:
            talk.add_row(when(c.at), c.author, c.body)
        out.print(talk)


def _trend_table(found: list[trends.MetricTrend]) -> Table:
    """One row per metric: what it is and its value in each period, oldest first, one period a line."""
    table = Table(title="Trend", header_style="bold")
    table.add_column("Metric", overflow="fold")
    table.add_column("Value by period, oldest first", overflow="fold")
    for trend in found:
        table.add_row(trend.label, "\n".join(str(point) for point in trend.points))
    return table


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
    config: ConfigOption = None,
) -> None:
    """Acknowledge an open finding: someone owns it; it stays on the list until resolved."""
    url = database_url(db, config)
    _done(with_db(url, lambda engine: lifecycle.acknowledge(engine, finding, by=by, note=note)))


@register_app.command("waive")
def waive_command(
    finding: ById,
    by: Annotated[str, typer.Option("--by", help="Who approves the waiver")],
    reason: Annotated[str, typer.Option("--reason", help="Why the risk is accepted")],
    until: Annotated[str, typer.Option("--until", help="Last day the waiver holds (YYYY-MM-DD, UTC)")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Accept the risk until a date (at most register.max_waiver_days ahead, default 3 years); the
    finding reopens by itself when the waiver ends."""
    end = parse_date(until, "--until")
    loaded = settings_or_exit(config, EXIT_USER)
    url = loaded.database_url(db)
    max_days = loaded.register.max_waiver_days
    _done(with_db(url, lambda engine: lifecycle.waive(engine, finding, by=by, reason=reason, until=end,
                                                        max_days=max_days)))


@register_app.command("resolve")
def resolve_command(
    finding: ById,
    by: ByOpt,
    note: Annotated[str, typer.Option("--note", help="What was done")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Mark a finding fixed. If the next scan still produces it, the scan reopens it (and says so)."""
    url = database_url(db, config)
    _done(with_db(url, lambda engine: lifecycle.resolve(engine, finding, by=by, note=note)))


@register_app.command("assign")
def assign_command(
    finding: ById,
    by: ByOpt,
    owner: Annotated[str, typer.Option("--owner", help="Who works the finding ('' clears the owner)")],
    due: Annotated[str | None, typer.Option("--due", help="Move the due date (YYYY-MM-DD)")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Give a finding an owner (and, with --due, a due date other than the SLA's)."""
    day = parse_date(due, "--due") if due is not None else None
    url = database_url(db, config)
    finding_id = with_db(url, lambda engine: work.assign(engine, finding, by=by, owner=owner, due=day))
    out.print(f"finding #{finding_id}: owner {owner.strip() or '(none)'}" + (f", due {day}" if day else ""))


@register_app.command("comment")
def comment_command(
    finding: ById,
    by: ByOpt,
    text: Annotated[str, typer.Option("--text", "-t", help="The comment")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Add a comment to a finding (kept with author and time, and in the audit trail)."""
    url = database_url(db, config)
    added = with_db(url, lambda engine: work.comment(engine, finding, by=by, text=text))
    out.print(f"finding #{added.finding_id}: comment {added.id} by {added.author}")


@register_app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv or json")] = "csv",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
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
    with errors():
        engine = open_for_reading(database_url(db, config))
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
def summary_command(db: DbOption = None, config: ConfigOption = None) -> None:
    """Counts by severity, pack and market, and what the last scan changed since the one before."""
    with errors():
        engine = open_for_reading(database_url(db, config))
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
            table.add_row(severity_text(severity), *(str(counts.get(x, 0)) for x in statuses), str(active))
    out.print(table)
    out.print(_by_severity_table("Active findings by pack", s.by_pack, "pack"))
    out.print(_by_severity_table("Active findings by market", s.by_market, "market"))

    if s.latest is None:
        out.print("no scan yet: run `crossguard scan --catalog FILE`")
        return
    last = s.latest
    lines = Text()
    lines.append(f"Last scan #{last.id}", style="bold")
    lines.append(f" finished {when(last.finished_at)} UTC ({last.duration_s:.1f} s), as of {last.scan_date}: ")
    lines.append(f"{last.entries} products, {last.listings} listings, {last.produced} findings.\n")
    if s.previous is None:
        lines.append("First scan: everything is new.\n")
    else:
        lines.append(f"Since scan #{s.previous.id} ({when(s.previous.finished_at)}): ")
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
def runs_command(
    db: DbOption = None,
    config: ConfigOption = None,
    limit: Annotated[int, typer.Option(help="How many recent scans")] = 10,
) -> None:
    """Recent scan runs with their counts."""
    with errors():
        engine = open_for_reading(database_url(db, config))
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
            str(r.id), when(r.started_at), f"{r.duration_s:.1f}", str(r.scan_date), r.actor,
            *map(str, (r.entries, r.listings, r.evaluated, r.produced, r.new, r.reopened, r.resolved,
                       r.updated, r.expired)),
        )  # fmt: skip
    out.print(table)
