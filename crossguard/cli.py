"""The ``crossguard`` command line: the root app and the list of command groups it mounts.

Each module in ``crossguard.commands`` adds its commands with ``register(app)``; this is the one
place that names them (the layers below never know the CLI exists).
"""

from __future__ import annotations

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

COMMANDS = (check, classify, pack_test, explain, simulate, seller, scan, findings, db, watch, feeds, alerts, serve,
            users)

app = typer.Typer(help="crossguard: compliance and risk checks for cross-border sellers.", no_args_is_help=True)
for command_module in COMMANDS:
    command_module.register(app)


def main() -> None:
    app(prog_name="crossguard")
