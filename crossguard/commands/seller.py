"""``crossguard seller-check``: seller-level findings (VAT, trademarks, account linkage, FX) for a data folder.

Exit codes follow ``check``: 0 no finding, 1 any finding (or, with ``--fail-on``, one at that
threshold), 2 input error (bad pack, config or data row; the good rows are still checked and
reported), also with ``--soft-fail``. ``--format sarif|junit|jsonl|github``: see ``engine.reports``.
"""

from __future__ import annotations

import json
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
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.packs import PackLoadError
from crossguard.engine.reports import REPORTS, Renderer
from crossguard.engine.reports.locate import SellerLocator
from crossguard.engine.reports.model import ReportContext, group_findings, rule_infos
from crossguard.engine.reports.policy import FailOn, Tally
from crossguard.engine.seller.data import SellerDataError
from crossguard.engine.seller.evaluate import evaluate_seller_data
from crossguard.engine.seller.report import seller_json, seller_text
from crossguard.usecases.rates import stored_rates

EXIT_INPUT = 2


def register(app: typer.Typer) -> None:
    app.command("seller-check")(seller_check)


def seller_check(
    data: Annotated[Path, typer.Option("--data", "-d", help="Seller data folder (entities, sales, stock...)")],
    at: AtOption = None,
    output: ReportFormatOption = ReportFormat.text,
    rules: RulesOption = None,
    config: ConfigOption = None,
    db: Annotated[str | None, typer.Option(
        "--db", envvar="CROSSGUARD_DB",
        help="Database where the ECB watcher stores rates (default: $CROSSGUARD_DB; none: rates file only)")] = None,
    fail_on: FailOnOption = None,
    soft_fail: SoftFailOption = False,
) -> None:
    """VAT registration, trademarks, account linkage and FX exposure from the seller's own data."""
    on = parse_date(at)
    loaded = settings_or_exit(config, EXIT_INPUT)
    try:
        evaluator = Evaluator.from_paths(rules or None, loaded.law_dates)
        rates = stored_rates(db) if db else None
        result = evaluate_seller_data(evaluator, data, on, loaded.fx, rates=rates)
    except (PackLoadError, SellerDataError, EngineError) as error:
        typer.echo(f"input error:\n{error}", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    context = ReportContext("seller-check", on, rule_infos(evaluator.packs, lambda kind: kind != "listing"),
                            locate=SellerLocator(data), tool_version=tool_version())
    renderers: dict[str, Renderer] = {
        ReportFormat.text: lambda context, items: [seller_text(result, on) + "\n"],
        ReportFormat.json: lambda context, items: [json.dumps(seller_json(result, on), indent=2, default=str) + "\n"],
        **REPORTS,
    }
    tally = Tally(policy(fail_on, [FailOn.info]))
    items = tally.watch([*result.errors, *group_findings(result.findings, context.rules)])
    write(renderers[output], context, items)
    raise typer.Exit(exit_code(tally, soft_fail=soft_fail, input_code=EXIT_INPUT, fail_code=1))
