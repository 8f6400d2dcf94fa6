"""``crossguard explain``: why rules fired or stayed silent on one listing or seller-data subject.

The logic is ``crossguard.usecases.explain`` (``GET /v1/explain`` serves the same JSON). Exit
codes: 0 explained, 2 input error (unreadable file, unknown subject, rule or pack).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from crossguard.commands._options import (
    AtOption,
    ConfigOption,
    FormatOption,
    OutputFormat,
    RulesOption,
    fail,
    parse_date,
    settings_or_exit,
)
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.explain_report import explanation_text
from crossguard.engine.packs import PackLoadError
from crossguard.usecases.explain import ExplainError, explain_subject
from crossguard.usecases.rates import stored_rates

EXIT_INPUT = 2


def register(app: typer.Typer) -> None:
    app.command("explain")(explain)


def explain(
    subject: Annotated[str, typer.Option("--subject", help="SKU@marketplace:MARKET, or a seller-data subject "
                                                                 "(as seller-check prints it)")],
    catalog: Annotated[list[Path] | None, typer.Option("--catalog", "-c", help="Catalog file(s)")] = None,
    data: Annotated[Path | None, typer.Option("--data", "-d", help="Seller data folder")] = None,
    rule: Annotated[list[str] | None, typer.Option("--rule", help="Rule id (repeatable)")] = None,
    pack: Annotated[str | None, typer.Option("--pack", help="All rules of this pack")] = None,
    at: AtOption = None,
    output: FormatOption = OutputFormat.text,
    rules: RulesOption = None,
    config: ConfigOption = None,
    db: Annotated[str | None, typer.Option(
        "--db", envvar="CROSSGUARD_DB", help="Database with the ECB watcher's rates, for FX rules (as seller-check)"
    )] = None,
) -> None:
    """Show each rule's guards and condition leaf by leaf on one subject, and why it fired or did not."""
    on = parse_date(at)
    loaded = settings_or_exit(config, EXIT_INPUT)
    if not catalog and data is None:
        raise fail("give --catalog FILE and/or --data DIR to find the subject in", EXIT_INPUT)
    try:
        evaluator = Evaluator.from_paths(rules or None, loaded.law_dates)
        rates = stored_rates(db) if db and data is not None else None
    except (PackLoadError, EngineError) as error:
        raise fail(f"input error:\n{error}", EXIT_INPUT) from None
    try:
        explained = explain_subject(evaluator, subject, on, catalog=catalog or [], data=data, fx=loaded.fx,
                                    rates=rates, rule_ids=rule or [], pack_id=pack)
    except ExplainError as error:
        raise fail(str(error) if error.kind == "unknown" else f"input error:\n{error}", EXIT_INPUT) from None
    for problem in explained.warnings:
        typer.echo(f"warning: {problem}", err=True)
    if output is OutputFormat.json:
        typer.echo(json.dumps(explained.json(subject, on), indent=2, default=str))
    else:
        typer.echo(explanation_text(subject, on, explained.explanations))
