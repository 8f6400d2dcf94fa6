"""``crossguard feeds ...``: each feed's health, the stored ECB rates, and the offline matcher.

``feeds match`` runs the watch cycle's matcher (`watchers.matching`) on a JSON Lines file of feed items
against catalog files: exit 0 done, 2 input error (a bad item line or catalog row is named and skipped,
the rest is matched; an unreadable file, a register that cannot be read).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from crossguard.commands._options import ConfigOption, DbOption, FormatOption, OutputFormat, err, fail, out, printable
from crossguard.commands._register import register_overrides
from crossguard.commands._watching import database, load
from crossguard.engine.catalog import CatalogFileError, load_catalog
from crossguard.store.db import session_scope
from crossguard.watchers.matching import STRENGTHS, CatalogIndex, Matcher, PolicyScopes, to_json
from crossguard.watchers.matching.items_file import read_items
from crossguard.watchers.matching.report import format_text
from crossguard.watchers.models import FeedState
from crossguard.watchers.rates import latest_rates, rates_from_file
from crossguard.watchers.topics import TopicBook

feeds_app = typer.Typer(help="Policy, recall and FX feeds: state, exchange rates, and matching items to a catalog.")
EXIT_INPUT = 2


def register(app: typer.Typer) -> None:
    app.add_typer(feeds_app, name="feeds")


@feeds_app.command("status")
def feeds_status(config: ConfigOption = None, db: DbOption = None) -> None:
    """Each feed's last poll, failures, error and next due time."""
    loaded = load(config)
    wcfg = loaded.watchers
    with database(db, loaded) as engine, session_scope(engine) as s:
        states = {st.name: st for st in s.query(FeedState).all()}
        names = [f.name for f in wcfg.feeds] + sorted(set(states) - {f.name for f in wcfg.feeds})
        for name in names:
            st = states.get(name)
            if st is None:
                out.print(f"{name:<26} never polled", soft_wrap=True)
                continue
            ok = f"{st.last_ok_at:%Y-%m-%d %H:%M}" if st.last_ok_at else "never"
            due = f"{st.next_due_at:%Y-%m-%d %H:%M}" if st.next_due_at else "now"
            style = "bold red" if st.failures else "green"
            out.print(Text.assemble(printable(f"{name:<26} {st.kind:<9} last ok {ok:<16} "),
                                    (f"failures {st.failures}", style), f"  next {due}  items {st.items_total}"),
                      soft_wrap=True)
            if st.last_error:
                out.print(f"{'':<26} {st.last_error}")
        if not names:
            out.print("no feeds configured or polled")


@feeds_app.command("rates")
def feeds_rates(
    config: ConfigOption = None,
    db: DbOption = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read a saved ECB XML file instead")] = None,
) -> None:
    """Latest ECB euro reference rates (units per 1 EUR), as the FX pack sees them."""
    if file is not None:
        try:
            rates = rates_from_file(file)
        except (OSError, ValueError) as exc:
            raise fail(str(exc), 1) from None
    else:
        with database(db, load(config)) as engine:
            rates = latest_rates(engine)
    if not rates:
        err.print("no rates stored yet (run `crossguard watch --once` with the ECB feed configured)")
        raise typer.Exit(1)
    for cur in sorted(rates):
        out.print(f"{cur} {rates[cur]}")


@feeds_app.command("match")
def feeds_match(
    items_file: Annotated[Path, typer.Argument(metavar="ITEMS.jsonl", help="Feed items, one JSON object per line")],
    catalog: Annotated[list[Path], typer.Option("--catalog", help="Catalog file(s): .yaml, .json, .jsonl, .csv")],
    output: FormatOption = OutputFormat.text,
    db: Annotated[str | None, typer.Option("--db", help="Apply this register's classification overrides")] = None,
    min_strength: Annotated[str, typer.Option("--min-strength", help="exact, strong or possible")] = "possible",
    show_all: Annotated[bool, typer.Option("--all", help="Text: every SKU of an item, not the first 20")] = False,
    config: ConfigOption = None,
) -> None:
    """Which catalog SKUs each feed item concerns, how sure (exact, strong, possible) and why; JSON is
    crossguard.match/1. The same matcher as `crossguard watch`."""
    if min_strength not in STRENGTHS:
        raise fail(f"--min-strength must be one of {', '.join(STRENGTHS)}", EXIT_INPUT)
    loaded_settings = load(config)
    try:
        items, problems = read_items(items_file)
        catalog_load = load_catalog(catalog)
        topics = TopicBook.load(loaded_settings.watchers.topics)
    except (OSError, UnicodeDecodeError, CatalogFileError, ValueError) as exc:
        raise fail(f"input error: {exc}", EXIT_INPUT) from None
    problems += [str(problem) for problem in catalog_load.errors]
    overrides = register_overrides(loaded_settings.database_url(db)) if db else {}
    index = CatalogIndex.build(catalog_load.entries, overrides=overrides)
    matcher = Matcher(index, policy=PolicyScopes(index, topics))
    results = [matcher.match(item) for item in items]
    for result in results:
        result.matches = result.at_least(min_strength)
    for problem in problems:
        err.print(printable(problem), soft_wrap=True)
    if output is OutputFormat.json:
        typer.echo(json.dumps(to_json(results), indent=2, ensure_ascii=False))
    else:
        typer.echo(printable(format_text(results, 0 if show_all else 20)))
    if problems:
        raise typer.Exit(EXIT_INPUT)
