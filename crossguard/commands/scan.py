"""``crossguard scan``: evaluate the whole catalog (and seller data) into the risk register.

Exit codes as every register command (``commands/_register.py``): 0 done, 1 refused (configuration,
database), 2 bad input (rule packs; each bad row named; nothing written), 3 another scan is running;
and 4 when ``--fail-on`` is given and a finding of the scan (not waived) meets it (the scan is
recorded all the same; ``--soft-fail`` exits 0).

``--format sarif|junit|jsonl|github`` reports the scan once it is recorded (the summary table then
goes to stderr): every listing of the catalog with the active findings the register holds for it
(``usecases.scan_report``; a listing without findings passes, as in ``check``), then the seller
data's subjects with findings with ``--data``. Unchanged entries whose earlier findings the scan
kept are included; waived findings are marked and fail nothing. SARIF and GitHub annotations list
findings only, so passing listings add nothing there.
"""

from __future__ import annotations

import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from crossguard.commands._options import (
    AtOption,
    ConfigOption,
    DbOption,
    RulesOption,
    err,
    out,
    parse_date,
    settings_or_exit,
)
from crossguard.commands._register import EXIT_INPUT, EXIT_USER, errors, open_db
from crossguard.commands._reporting import FailOnOption, SoftFailOption, exit_code, policy, tool_version, write
from crossguard.engine.packs import LawDates, load_packs
from crossguard.engine.reports import LOCATED, REPORTS, Renderer
from crossguard.engine.reports.locate import CatalogLocator, SellerLocator
from crossguard.engine.reports.model import ReportContext, rule_infos
from crossguard.engine.reports.policy import Tally
from crossguard.register.scan import ScanResult
from crossguard.usecases.scan import default_workers, scan_catalog
from crossguard.usecases.scan_report import scan_report_items

EXIT_FAIL_ON = 4


class ScanFormat(StrEnum):
    """``check``'s formats but json: a scan's machine-readable report is jsonl (``register export`` has JSON)."""

    text = "text"
    sarif = "sarif"
    junit = "junit"
    jsonl = "jsonl"
    github = "github"


#: ``scan --format`` -> renderer; text is the summary table, already printed.
SCAN_REPORTS: dict[str, Renderer] = {ScanFormat.text: lambda context, items: iter(()), **REPORTS}


def register(app: typer.Typer) -> None:
    app.command("scan")(scan_command)


def scan_command(
    catalog: Annotated[
        list[Path], typer.Option("--catalog", "-c", help="Catalog file (.yaml/.json/.jsonl/.csv); repeat for several")
    ],
    db: DbOption = None,
    config: ConfigOption = None,
    rules: RulesOption = None,
    at: AtOption = None,
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
    output: Annotated[ScanFormat, typer.Option(
        "--format", "-f", help="text (the summary table), or a report of the scan's findings: sarif, junit, jsonl, "
                               "github")] = ScanFormat.text,
    fail_on: FailOnOption = None,
    soft_fail: SoftFailOption = False,
) -> None:
    """Scan the whole catalog with every rule pack and record the findings in the risk register.

    One transaction: if anything fails, the register stays as it was.
    """
    on = parse_date(at)
    loaded = settings_or_exit(config, EXIT_USER)
    url = loaded.database_url(db)
    progress = Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("entries"), TimeElapsedColumn(), console=err, disable=quiet, transient=False,
    )  # fmt: skip
    task = progress.add_task("scanning", total=None)

    def on_loaded(total: int) -> None:
        progress.update(task, total=total)

    def advance(count: int) -> None:
        progress.advance(task, count)

    with errors():
        engine = open_db(url)
        try:
            started = time.monotonic()  # the whole command: checking, evaluating and writing
            with progress:
                result = scan_catalog(
                    engine, catalog, rules=rules, at=on, reuse=not full, wait_s=wait,
                    on_loaded=on_loaded, progress=advance, data_dir=data, fx=loaded.fx, law_dates=loaded.law_dates,
                    db_url=url,
                    workers=workers or default_workers(), sla=loaded.register.sla_days,
                    rollback_journal=True,  # this command owns its engine: nothing else reads through it
                    on_warning=lambda warning: err.print(f"warning: {warning}", markup=False, highlight=False,
                                                         soft_wrap=True),
                )  # fmt: skip
        finally:
            engine.dispose()

    _print_result(result, time.monotonic() - started, to_stdout=output is ScanFormat.text)
    if output is ScanFormat.text and not fail_on:
        return  # the table was the report, and nothing can fail the run: no need to read the findings
    tally = Tally(policy(fail_on, []))
    with errors():
        context = _context(catalog, data, rules, loaded.law_dates, result, output)
        engine = open_db(url)
        try:
            with engine.connect() as conn:
                items = scan_report_items(conn, catalog, context.rules, seller_data=data is not None,
                                          warnings=context.warnings)
                write(SCAN_REPORTS[output], context, tally.watch(items))
        finally:
            engine.dispose()
    raise typer.Exit(exit_code(tally, soft_fail=soft_fail, input_code=EXIT_INPUT, fail_code=EXIT_FAIL_ON))


def _context(catalog: list[Path], data: Path | None, rules: list[Path] | None, law_dates: LawDates,
             result: ScanResult, output: ScanFormat) -> ReportContext:
    """What renders the report: the rules the scan ran and, for formats that point at lines, a locator."""
    infos = rule_infos(load_packs(rules or None, law_dates), lambda kind: data is not None or kind == "listing")
    context = ReportContext("scan", result.scan_date, infos, tool_version=tool_version())
    if output in LOCATED:
        listings = CatalogLocator.read(catalog)
        context.locate = SellerLocator(data, listings) if data is not None else listings
    return context


def _print_result(result: ScanResult, seconds: float, *, to_stdout: bool = True) -> None:
    table = Table(title=f"Scan #{result.scan_id} as of {result.scan_date}", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (
        ("products", result.entries), ("listings", result.listings),
        ("evaluated", result.evaluated if result.evaluated == result.entries else
         f"{result.evaluated} of {result.entries} (the rest are unchanged since the last scan)"),
        ("findings", result.produced), ("new", result.new), ("reopened", result.reopened),
        ("resolved", result.resolved), ("updated", result.updated), ("waivers expired", result.expired),
        ("seconds", f"{seconds:.1f} (register transaction {result.duration_s:.1f})"),
    ):  # fmt: skip
        table.add_row(label, str(value))
    (out if to_stdout else err).print(table)
