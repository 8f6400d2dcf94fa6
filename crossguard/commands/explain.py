"""``crossguard explain``: why rules fired or stayed silent on one listing or seller-data subject.

The logic is ``crossguard.engine.explain`` (pure; the HTTP API is to serve the same JSON). Exit
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
from crossguard.engine.catalog import CatalogFileError
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.explain import explain as explain_rules
from crossguard.engine.explain_report import explanation_json, explanation_text
from crossguard.engine.packs import Pack, PackLoadError, Rule
from crossguard.engine.seller.data import SellerDataError
from crossguard.engine.subject_facts import SubjectSearch, find_subject
from crossguard.usecases.rates import stored_rates

EXIT_INPUT = 2


def register(app: typer.Typer) -> None:
    app.command("explain")(explain)


def select_rules(packs: list[Pack], rule_ids: list[str], pack_id: str | None, kinds: set[str]) -> list[Rule]:
    """The rules asked for: by id, all of a pack, or (neither) every rule about the subject's kinds."""
    rules = [rule for pack in packs for rule in pack.rules]
    if pack_id is not None:
        if pack_id not in {pack.spec.id for pack in packs}:
            raise fail(f"no pack {pack_id!r}; loaded: {', '.join(sorted(p.spec.id for p in packs))}", EXIT_INPUT)
        rules = [rule for rule in rules if rule.pack_id == pack_id]
    if rule_ids:
        by_id = {rule.id: rule for rule in rules}
        unknown = [rule_id for rule_id in rule_ids if rule_id not in by_id]
        if unknown:
            where = f" in pack {pack_id}" if pack_id else ""
            raise fail(f"no rule {', '.join(unknown)}{where}", EXIT_INPUT)
        return [by_id[rule_id] for rule_id in rule_ids]
    return rules if pack_id is not None else [rule for rule in rules if rule.kind.name in kinds]


def _not_found(subject: str, search: SubjectSearch) -> typer.Exit:
    hint = f"; did you mean {', '.join(search.nearby)}?" if search.nearby else ""
    return fail(f"no subject {subject!r} in the given catalog or data (listings are SKU@marketplace:MARKET){hint}",
                EXIT_INPUT)


def explain(
    subject: Annotated[str, typer.Option("--subject", "-s", help="SKU@marketplace:MARKET, or a seller-data subject "
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
        search = find_subject(subject, on, evaluator.classifier, catalog or [], data, loaded.fx, rates)
    except (PackLoadError, CatalogFileError, SellerDataError, EngineError) as error:
        raise fail(f"input error:\n{error}", EXIT_INPUT) from None
    for problem in search.errors:
        typer.echo(f"warning: {problem}", err=True)
    if not search.facts:
        raise _not_found(subject, search)
    chosen = select_rules(evaluator.packs, rule or [], pack, {fact.kind for fact in search.facts})
    explanations = explain_rules(evaluator, search.facts, chosen, on)
    if output is OutputFormat.json:
        typer.echo(json.dumps(explanation_json(subject, on, explanations), indent=2, default=str))
    else:
        typer.echo(explanation_text(subject, on, explanations))
