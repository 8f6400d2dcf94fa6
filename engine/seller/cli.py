"""`crossguard seller-check`: seller-level findings (VAT, trademarks, account linkage, FX) for a data folder.

Wired by the lead through `engine.cli.COMMAND_MODULES` (this module's `register_commands`). Exit
codes follow `check`: 0 no finding, 1 any finding, 2 input error (bad pack, config or data row;
the good rows are still checked and reported).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from crossguard.engine.cli import OutputFormat, RulesOption, parse_date
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import PackLoadError
from crossguard.engine.seller.config import FxConfigError, load_fx_config
from crossguard.engine.seller.data import SellerDataError
from crossguard.engine.seller.evaluate import evaluate_seller_data
from crossguard.engine.seller.report import seller_json, seller_text


def seller_check(
    data: Annotated[Path, typer.Option("--data", "-d", help="Seller data folder (entities, sales, stock...)")],
    at: Annotated[str | None, typer.Option(help="Evaluate as of this date (YYYY-MM-DD); default today")] = None,
    output: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
    rules: RulesOption = None,
    config: Annotated[Path | None, typer.Option(help="config.yaml with the fx: section (default: the project's)")]
    = None,
    db: Annotated[
        str | None, typer.Option(help="Database URL where the ECB watcher stores rates", envvar="CROSSGUARD_DB")
    ] = None,
) -> None:
    """VAT registration, trademarks, account linkage and FX exposure from the seller's own data."""
    on = parse_date(at)
    try:
        fx_config = load_fx_config(config)
        evaluator = Evaluator.from_paths(rules or None)
        result = evaluate_seller_data(evaluator, data, on, fx_config, rates_db=db)
    except (PackLoadError, FxConfigError, SellerDataError, EngineError) as error:
        typer.echo(f"input error:\n{error}", err=True)
        raise typer.Exit(2) from None
    if output is OutputFormat.json:
        typer.echo(json.dumps(seller_json(result, on), indent=2, default=str))
    else:
        typer.echo(seller_text(result, on))
    if result.errors:
        raise typer.Exit(2)
    raise typer.Exit(1 if result.findings else 0)


def register_commands(app: typer.Typer) -> None:
    app.command("seller-check")(seller_check)
