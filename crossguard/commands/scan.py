"""``crossguard scan``: evaluate the whole catalog (and seller data) into the risk register.

Exit codes as every register command (``commands/_register.py``): 0 done, 1 refused (bad input,
database), 3 another scan is running.
"""

from __future__ import annotations

import time
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
from crossguard.commands._register import EXIT_USER, errors, open_db
from crossguard.register.scan import ScanResult
from crossguard.usecases.scan import default_workers, scan_catalog


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
                )  # fmt: skip
        finally:
            engine.dispose()

    _print_result(result, time.monotonic() - started)


def _print_result(result: ScanResult, seconds: float) -> None:
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
    out.print(table)
