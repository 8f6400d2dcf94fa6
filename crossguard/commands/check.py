"""``crossguard check`` (the pre-listing check) and ``crossguard validate`` (lint rule packs).

Exit codes for ``check``: 0 every listing allowed, 1 any listing blocked or in review (with
``--fail-on``: a finding at that level; ``--soft-fail``: never), 2 input error (bad pack, unreadable
file, bad catalog row; good rows and files are still checked and reported), also with
``--soft-fail``. ``validate``: 0 clean, 1 any problem. ``--format`` sarif, junit, jsonl and github
are ``engine.reports``; the catalog is read and decided one product at a time, so jsonl and SARIF
are written as the decisions come.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from crossguard.commands._options import (
    AtOption,
    ConfigOption,
    RulesOption,
    parse_date,
    settings_or_exit,
)
from crossguard.commands._reporting import (
    FailOnOption,
    ReportFormat,
    ReportFormatOption,
    SoftFailOption,
    exit_code,
    policy,
    tool_version,
    write,
)
from crossguard.engine.catalog import CatalogWarning, RowError
from crossguard.engine.durable_check import durable_refusal
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.findings import Decision
from crossguard.engine.markets import KNOWN_MARKETS, country_code
from crossguard.engine.overrides import ClassificationOverride
from crossguard.engine.packs import PackLoadError, validate_packs
from crossguard.engine.report import check_json, check_text
from crossguard.engine.reports import LOCATED, REPORTS, Renderer
from crossguard.engine.reports.locate import CatalogLocator
from crossguard.engine.reports.model import ReportContext, ReportItem, SubjectResult, catalog_items, rule_infos
from crossguard.engine.reports.policy import FailOn, Tally


def register(app: typer.Typer) -> None:
    app.command()(validate)
    app.command()(check)


def validate(
    paths: Annotated[list[Path] | None, typer.Argument(help="Pack files or folders")] = None,
    config: ConfigOption = None,
) -> None:
    """Lint rule packs: schema, fields, operators, regexes, duplicate ids, what durable-rules refuses;
    every problem of every file and rule in one run, sorted by file and line; exit 1 on any problem."""
    loaded = settings_or_exit(config, 1)
    packs, issues = validate_packs(paths or None, loaded.law_dates, rule_check=durable_refusal)
    issues_text = [str(issue) for issue in issues]
    if not issues:
        try:
            Evaluator(packs)  # the rules together, as check and scan group them
        except EngineError as error:
            issues_text = [str(error)]
    for text in issues_text:
        typer.echo(text, err=True)
    if issues_text:
        typer.echo(f"{len(issues_text)} problem(s)", err=True)
        raise typer.Exit(1)
    rules = sum(len(p.rules) for p in packs)
    typer.echo(f"ok: {len(packs)} pack(s), {rules} rule(s)")


def check(
    files: Annotated[list[Path], typer.Argument(help="Catalog files: .yaml, .yml, .json, .jsonl, .csv")],
    market: Annotated[list[str] | None, typer.Option("--market", "-m", help="Only listings in these markets")] = None,
    output: ReportFormatOption = ReportFormat.text,
    at: AtOption = None,
    rules: RulesOption = None,
    config: ConfigOption = None,
    db: Annotated[str | None, typer.Option(
        "--db", help="Apply this register's classification overrides (officers' decisions of what products are)")]
    = None,
    fail_on: FailOnOption = None,
    soft_fail: SoftFailOption = False,
) -> None:
    """Pre-listing check: allow, review or block each listing, with the findings that decide it."""
    on = parse_date(at)
    settings = settings_or_exit(config, 2)
    overrides: dict[str, ClassificationOverride] = {}
    if db:
        from crossguard.commands._register import register_overrides  # SQLAlchemy: only a check that reads a register

        overrides = register_overrides(settings.database_url(db))
    wanted = {str(country_code(m)) for m in market} if market else None
    unknown = sorted(wanted - KNOWN_MARKETS) if wanted else []
    if unknown:
        raise typer.BadParameter(f"unknown market(s) {', '.join(unknown)}", param_hint="--market")
    try:
        evaluator = Evaluator.from_paths(rules or None, settings.law_dates)
    except (PackLoadError, EngineError) as error:
        typer.echo(f"input error:\n{error}", err=True)
        raise typer.Exit(2) from None
    context = ReportContext("check", on, rule_infos(evaluator.packs, lambda kind: kind == "listing"),
                            tool_version=tool_version(), scope="+".join(sorted(wanted)) if wanted else "")
    if output in LOCATED:
        context.locate = CatalogLocator.read(files)
    tally = Tally(policy(fail_on, [FailOn.block]))
    items = tally.watch(check_items(evaluator, files, on, overrides, wanted, context.warnings))
    try:
        write(CHECK_REPORTS[output], context, items)
    except EngineError as error:
        typer.echo(f"input error:\n{error}", err=True)
        raise typer.Exit(2) from None
    for warning in context.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if not tally.subjects and not tally.input_errors:
        # A pipeline must not read "nothing checked" as "all allowed".
        where = f" in market(s) {', '.join(sorted(wanted))}" if wanted else ""
        typer.echo(f"input error: no listing to check{where}", err=True)
        raise typer.Exit(2)
    raise typer.Exit(exit_code(tally, soft_fail=soft_fail, input_code=2, fail_code=1))


def check_items(evaluator: Evaluator, files: list[Path], on: date, overrides: dict[str, ClassificationOverride],
                wanted: set[str] | None, warnings: list[CatalogWarning]) -> Iterator[ReportItem]:
    """Decisions and input errors, one product at a time, in file order: a file that cannot be read
    at all is an input error of its own and the other files are still checked."""
    for item in catalog_items(files, warnings):
        if isinstance(item, RowError):
            yield item
            continue
        item.override = overrides.get(item.product.sku)
        if wanted:
            item.listings = [listing for listing in item.listings if listing.market in wanted]
        for decision in evaluator.check_entry(item, on):
            yield SubjectResult.of_decision(decision)


def _collected(items: Iterable[ReportItem]) -> tuple[list[Decision], list[RowError]]:
    decisions: list[Decision] = []
    errors: list[RowError] = []
    for item in items:
        if isinstance(item, RowError):
            errors.append(item)
        else:
            decisions.append(item.to_decision())
    return decisions, errors


def _text(context: ReportContext, items: Iterable[ReportItem]) -> Iterator[str]:
    decisions, errors = _collected(items)
    yield check_text(decisions, errors, context.at) + "\n"


def _json(context: ReportContext, items: Iterable[ReportItem]) -> Iterator[str]:
    decisions, errors = _collected(items)
    yield json.dumps(check_json(decisions, errors, context.at, context.warnings), indent=2, default=str) + "\n"


#: ``check --format`` -> renderer: the check's own text and JSON, and the pipeline reports.
CHECK_REPORTS: dict[str, Renderer] = {ReportFormat.text: _text, ReportFormat.json: _json, **REPORTS}
