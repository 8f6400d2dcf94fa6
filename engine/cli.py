"""The `crossguard` command line.

Exit codes for `check`: 0 every listing allowed, 1 any listing blocked, 2 input error (bad pack,
unreadable file, bad catalog row; good rows are still checked and reported). `validate`: 0 clean,
1 any problem. Other responsibilities (register, watchers...) add their commands through
COMMAND_MODULES, each exposing `register_commands(app)`.
"""

from __future__ import annotations

import importlib
import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from crossguard.engine.catalog import CatalogFileError, load_catalog
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.markets import KNOWN_MARKETS, country_code
from crossguard.engine.packs import PackLoadError, validate_packs
from crossguard.engine.report import check_json, check_text

app = typer.Typer(help="crossguard: compliance and risk checks for cross-border sellers.", no_args_is_help=True)

#: Modules that add their own commands to the app.
COMMAND_MODULES: list[str] = ["crossguard.service.cli", "crossguard.register.cli", "crossguard.engine.seller.cli", "crossguard.watchers.cli"]


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def parse_date(value: str | None, option: str = "--at") -> date:
    """A YYYY-MM-DD option value (today when not given), or a usage error naming the option."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


RulesOption = Annotated[
    list[Path] | None, typer.Option("--rules", "-r", help="Rule pack files or folders (default: rules/)")
]


@app.command()
def validate(paths: Annotated[list[Path] | None, typer.Argument(help="Pack files or folders")] = None) -> None:
    """Lint rule packs: schema, fields, operators, regexes, duplicate ids; exit 1 on any problem."""
    packs, issues = validate_packs(paths or None)
    if not issues:
        try:
            Evaluator(packs)  # durable-rules itself must accept every compiled rule
        except EngineError as error:
            issues_text = [str(error)]
        else:
            issues_text = []
    else:
        issues_text = [str(issue) for issue in issues]
    for text in issues_text:
        typer.echo(text, err=True)
    if issues_text:
        typer.echo(f"{len(issues_text)} problem(s)", err=True)
        raise typer.Exit(1)
    rules = sum(len(p.rules) for p in packs)
    typer.echo(f"ok: {len(packs)} pack(s), {rules} rule(s)")


@app.command()
def check(
    files: Annotated[list[Path], typer.Argument(help="Catalog files: .yaml, .yml, .json, .csv")],
    market: Annotated[list[str] | None, typer.Option("--market", "-m", help="Only listings in these markets")] = None,
    output: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.text,
    at: Annotated[str | None, typer.Option(help="Evaluate as of this date (YYYY-MM-DD); default today")] = None,
    rules: RulesOption = None,
) -> None:
    """Pre-listing check: allow or block each listing, with the findings that decide it."""
    on = parse_date(at)
    wanted = {str(country_code(m)) for m in market} if market else None
    unknown = sorted(wanted - KNOWN_MARKETS) if wanted else []
    if unknown:
        raise typer.BadParameter(f"unknown market(s) {', '.join(unknown)}", param_hint="--market")
    try:
        evaluator = Evaluator.from_paths(rules or None)
        loaded = load_catalog(files)
        if wanted:
            for entry in loaded.entries:
                entry.listings = [listing for listing in entry.listings if listing.market in wanted]
        decisions = evaluator.check_catalog(loaded.entries, on)
    except (PackLoadError, CatalogFileError, EngineError) as error:
        typer.echo(f"input error:\n{error}", err=True)
        raise typer.Exit(2) from None
    if not decisions and not loaded.errors:
        # A pipeline must not read "nothing checked" as "all allowed".
        where = f" in market(s) {', '.join(sorted(wanted))}" if wanted else ""
        typer.echo(f"input error: no listing to check{where}", err=True)
        raise typer.Exit(2)
    if output is OutputFormat.json:
        typer.echo(json.dumps(check_json(decisions, loaded.errors, on), indent=2, default=str))
    else:
        typer.echo(check_text(decisions, loaded.errors, on))
    if loaded.errors:
        raise typer.Exit(2)
    raise typer.Exit(1 if any(d.blocked for d in decisions) else 0)


def _load_command_modules() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register_commands(app)


def main() -> None:
    _load_command_modules()
    app(prog_name="crossguard")


if __name__ == "__main__":
    sys.exit(main())
