"""``crossguard classify``: what crossguard takes each product to be, and officers' corrections.

``classify FILE...`` prints each product's type, classes and the basis of each (text, or JSON
schema ``crossguard.classify/1``); with ``--db`` the register's overrides are applied first.
``classify set SKU``, ``classify unset SKU`` and ``classify history SKU`` manage the overrides
(exit 0 done, 1 refused: unknown class or type, nothing to set, database problems).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import click
import typer
from typer.core import TyperGroup

from crossguard.commands._options import ConfigOption, DbOption, FormatOption, OutputFormat, err, fail, out
from crossguard.engine.catalog import CatalogFileError, load_catalog
from crossguard.engine.classify import Classifier
from crossguard.engine.report import classify_json, classify_text

# The register (SQLAlchemy) is imported by the commands that use it: `classify FILE` without --db opens no database.
if TYPE_CHECKING:
    from sqlalchemy import Engine

    from crossguard.engine.overrides import ClassificationOverride
    from crossguard.register.classification import OverrideEvent

EXIT_INPUT = 2


class _FilesByDefault(TyperGroup):
    """``classify FILE...`` reads files; ``classify set|unset|history ...`` are subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["files", *args]
        return super().parse_args(ctx, args)


classify_app = typer.Typer(cls=_FilesByDefault, no_args_is_help=True,
                           help="What each product is (type, classes, basis); officers' overrides.")


def register(app: typer.Typer) -> None:
    app.add_typer(classify_app, name="classify")


@classify_app.command("files", hidden=True)
def classify_files(
    files: Annotated[list[Path], typer.Argument(help="Catalog files: .yaml, .yml, .json, .jsonl, .csv")],
    output: FormatOption = OutputFormat.text,
    db: Annotated[str | None, typer.Option("--db", help="Apply this register's classification overrides")] = None,
    config: ConfigOption = None,
) -> None:
    """Each product's type, classes and the basis of each (exit 2 on input errors)."""
    try:
        loaded = load_catalog(files)
    except CatalogFileError as error:
        raise fail(f"input error: {error}", EXIT_INPUT) from None
    overrides: dict[str, ClassificationOverride] = {}
    if db is not None:
        from crossguard.commands._register import database_url, register_overrides

        overrides = register_overrides(database_url(db, config))
    classifier = Classifier.default()
    results = [(entry.product, classifier.classify(entry.product, overrides.get(entry.product.sku)))
               for entry in loaded.entries]
    # Prefixed as `check` prints them, one line each however long (scripts grep file:row lines).
    for prefix, problems in (("warning", loaded.warnings), ("input error", loaded.errors)):
        for problem in problems:
            err.print(f"{prefix}: {problem}", markup=False, highlight=False, soft_wrap=True)
    if output is OutputFormat.json:
        typer.echo(json.dumps(classify_json(results), indent=2, ensure_ascii=False))
    else:
        typer.echo(classify_text(results))
    if loaded.errors:
        raise typer.Exit(EXIT_INPUT)


def _class_values(values: list[str] | None) -> dict[str, bool]:
    from crossguard.commands._register import EXIT_USER

    parsed: dict[str, bool] = {}
    for item in values or []:
        name, _, answer = item.partition("=")
        name, answer = name.strip(), answer.strip().lower()
        # Refusals, not usage errors: exit 1 as documented for `classify set` (like an unknown --type).
        if name not in Classifier.PUBLIC_CLASSES:
            raise fail(f"--class {name!r} is not a class ({', '.join(Classifier.PUBLIC_CLASSES)})", EXIT_USER)
        if answer not in ("yes", "no", "true", "false"):
            raise fail(f"--class {item!r}: write NAME=yes or NAME=no", EXIT_USER)
        parsed[name] = answer in ("yes", "true")
    return parsed


@classify_app.command("set")
def classify_set(
    sku: Annotated[str, typer.Argument(help="The product's SKU")],
    by: Annotated[str, typer.Option("--by", help="Who decides (name or email)")],
    reason: Annotated[str, typer.Option("--reason", help="Why (what was checked)")],
    product_type: Annotated[str | None, typer.Option("--type", help="A product type id (see `classify types`)")]
    = None,
    classes: Annotated[list[str] | None, typer.Option("--class", help="NAME=yes|no, repeatable")] = None,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Set what a product is; scans, `check --db` and the HTTP check apply it (catalog attributes still win)."""
    from crossguard.commands._register import EXIT_USER, database_url, with_db
    from crossguard.register.classification import set_override

    values = _class_values(classes)
    if product_type is not None and not Classifier.default().knows_type(product_type):
        raise fail(f"{product_type!r} is not a product type; `crossguard classify types` lists them", EXIT_USER)
    override = with_db(database_url(db, config), lambda engine: set_override(
        engine, sku, product_type=product_type, classes=values, reason=reason, by=by), create=True)
    out.print(f"{sku}: override set ({override.summary}) by {by}", markup=False)


@classify_app.command("unset")
def classify_unset(
    sku: Annotated[str, typer.Argument(help="The product's SKU")],
    by: Annotated[str, typer.Option("--by", help="Who decides")],
    reason: Annotated[str, typer.Option("--reason", help="Why the override goes")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Withdraw an override: the classifier's own reading applies again (the history keeps it)."""
    from crossguard.commands._register import database_url, with_db
    from crossguard.register.classification import remove_override

    with_db(database_url(db, config), lambda engine: remove_override(engine, sku, reason=reason, by=by))
    out.print(f"{sku}: override removed by {by}", markup=False)


@classify_app.command("history")
def classify_history(
    sku: Annotated[str, typer.Argument(help="The product's SKU")],
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """Every override set or removed for a SKU: when, who, what and why."""
    from crossguard.commands._register import database_url, with_db
    from crossguard.register.classification import override_history

    def history(engine: Engine) -> list[OverrideEvent]:
        with engine.connect() as conn:
            return override_history(conn, sku)

    events = with_db(database_url(db, config), history)
    if not events:
        out.print(f"{sku}: no classification override was ever set", markup=False)
        return
    for event in events:
        what = ", ".join([f"type {event.product_type}"] * bool(event.product_type)
                         + [f"{k}={'yes' if v else 'no'}" for k, v in sorted(event.classes.items())])
        out.print(f"{event.at:%Y-%m-%d %H:%M} {event.action:<8} {event.actor}: {what} ({event.reason})", markup=False)


@classify_app.command("types")
def classify_types(
    output: FormatOption = OutputFormat.text,
) -> None:
    """The product types crossguard knows, with the classes each implies."""
    types = Classifier.default().describe_types()
    if output is OutputFormat.json:
        typer.echo(json.dumps(types, indent=2, ensure_ascii=False))
        return
    for item in types:
        classes = ", ".join(f"{k}={'yes' if v else 'no'}" for k, v in sorted(item["classes"].items()))
        both = "".join(f", {name}=open (sold both ways)" for name in item["sold_both_ways"])
        out.print(f"{item['id']:<32} {classes}{both}", markup=False)
