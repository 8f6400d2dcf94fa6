"""``crossguard simulate``: what a rule pack change would do to a catalog before it ships.

The new packs (``--rules``) are compared with the old ones (``--against``, default the packaged
packs) evaluated on the same catalog and seller data, or with the register's active findings
(``--db``). Exit codes: 0 done (whatever changed), 2 input error (bad pack, unreadable file or
database, bad rows: the rest is still compared and reported).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from crossguard.commands._options import (
    AtOption,
    ConfigOption,
    FormatOption,
    OutputFormat,
    fail,
    parse_date,
    settings_or_exit,
)
from crossguard.commands._register import shown_url
from crossguard.engine.catalog import CatalogFileError
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import PackLoadError
from crossguard.engine.seller.data import SellerDataError
from crossguard.engine.simulate_report import SimulationHeader, simulation_json, simulation_text
from crossguard.usecases.rates import stored_rates
from crossguard.usecases.simulate import Baseline, PackBaseline, RegisterBaseline, SimulateInputError, simulate

EXIT_INPUT = 2


def register(app: typer.Typer) -> None:
    app.command("simulate")(simulate_command)


def _baseline(against: list[Path] | None, db: str | None, law_dates: dict, listings: bool, seller: bool
              ) -> tuple[Baseline, str, str]:
    if db is not None:
        return RegisterBaseline.read(db, listings, seller), "register", f"the register at {shown_url(db)}"
    source = "packs " + ", ".join(str(path) for path in against) if against else "the packaged packs"
    return PackBaseline(Evaluator.from_paths(against or None, law_dates)), "rules", source


def simulate_command(
    rules: Annotated[list[Path], typer.Option("--rules", "-r", help="The new rule pack files or folders")],
    catalog: Annotated[list[Path] | None, typer.Option("--catalog", "-c", help="Catalog file(s)")] = None,
    data: Annotated[Path | None, typer.Option("--data", "-d", help="Seller data folder")] = None,
    against: Annotated[list[Path] | None, typer.Option(
        "--against", help="The current packs (default: the packaged packs)")] = None,
    db: Annotated[str | None, typer.Option("--db", help="Compare with this register's active findings")] = None,
    at: AtOption = None,
    output: FormatOption = OutputFormat.text,
    config: ConfigOption = None,
) -> None:
    """Findings added and removed by rule and market, listings newly blocked or unblocked."""
    on = parse_date(at)
    if against and db:
        raise typer.BadParameter("give --against or --db, not both", param_hint="--against/--db")
    if not catalog and data is None:
        raise fail("give --catalog FILE and/or --data DIR to simulate on", EXIT_INPUT)
    loaded = settings_or_exit(config, EXIT_INPUT)
    try:
        candidate = Evaluator.from_paths(rules, loaded.law_dates)
        baseline, kind, source = _baseline(against, db, loaded.law_dates, bool(catalog), data is not None)
        rates = stored_rates(db) if db and data is not None else None
        run = simulate(candidate, baseline, catalog or [], data, on, loaded.fx, rates)
    except (PackLoadError, CatalogFileError, SellerDataError, EngineError, SimulateInputError) as error:
        raise fail(f"input error:\n{error}", EXIT_INPUT) from None
    except SQLAlchemyError as error:
        raise fail(f"cannot read the register: {getattr(error, 'orig', None) or error}", EXIT_INPUT) from None
    header = SimulationHeader(on, [str(path) for path in rules], kind, source, run.entries, run.seller_subjects,
                              run.errors)
    if output is OutputFormat.json:
        typer.echo(json.dumps(simulation_json(header, run.simulation), indent=2))
    else:
        typer.echo(simulation_text(header, run.simulation))
    if run.errors:
        raise typer.Exit(EXIT_INPUT)
