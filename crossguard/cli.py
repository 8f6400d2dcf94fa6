"""The ``crossguard`` command line: the root app and the list of command groups it mounts.

Each module in ``crossguard.commands`` adds its commands with ``register(app)``; this is the one
place that names them (the layers below never know the CLI exists).
"""

from __future__ import annotations

import sys

import typer

from crossguard.commands import (
    alerts,
    check,
    classify,
    db,
    explain,
    feeds,
    findings,
    pack_test,
    scan,
    seller,
    serve,
    simulate,
    users,
    watch,
)
from crossguard.commands._register import EXIT_INPUT
from crossguard.engine.classification import VocabularyError

COMMANDS = (check, classify, pack_test, explain, simulate, seller, scan, findings, db, watch, feeds, alerts, serve,
            users)

app = typer.Typer(help="crossguard: compliance and risk checks for cross-border sellers.", no_args_is_help=True)
for command_module in COMMANDS:
    command_module.register(app)


def main() -> None:
    """Run the CLI; a broken product vocabulary (an edited rules/product_types.yaml) is an input error, not a crash."""
    try:
        app(prog_name="crossguard")
    except VocabularyError as error:
        print(f"input error: the product vocabulary is invalid:\n{error}", file=sys.stderr)
        raise SystemExit(EXIT_INPUT) from None
