"""The ``crossguard`` command line: the root app and the list of commands it mounts.

Each module in ``crossguard.commands`` adds its commands with ``register(app)``; :data:`COMMANDS` here is the one
place that names them (the layers below never know the CLI exists). A module is imported only when one of its
commands runs (or ``--help`` lists them all): ``crossguard check`` does not pay for SQLAlchemy, the HTTP server or
the notifiers, which other commands import (docs/startup.md).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator, MutableMapping
from functools import cache
from typing import Any

import click
import typer
from typer.core import TyperGroup

from crossguard.engine.classification import VocabularyError

#: Exit code of an input error (``crossguard.commands._register.EXIT_INPUT``, not imported: it loads SQLAlchemy).
EXIT_INPUT = 2

#: Command name -> the module of ``crossguard.commands`` whose ``register(app)`` adds it, in the order ``--help``
#: lists them (each module's single commands, then its command groups, as typer lists what one app registers).
COMMANDS: dict[str, str] = {
    "validate": "check", "check": "check", "test": "pack_test", "explain": "explain", "simulate": "simulate",
    "seller-check": "seller", "scan": "scan", "watch": "watch", "serve": "serve", "scheduler": "serve",
    "classify": "classify", "register": "findings", "db": "db", "feeds": "feeds", "alerts": "alerts",
    "users": "users", "tokens": "users",
}


@cache
def commands_of(module: str) -> dict[str, click.Command]:
    """The click commands one module of ``crossguard.commands`` registers, built as the root app would build them
    (the root app's settings are typer's defaults, so a plain app's are the same)."""
    sub_app = typer.Typer()
    importlib.import_module(f"crossguard.commands.{module}").register(sub_app)
    return dict(typer.main.get_group(sub_app).commands)


class _LazyCommands(MutableMapping[str, click.Command]):
    """The root group's commands: every name of :data:`COMMANDS`, each command built when it is first looked up."""

    def __init__(self) -> None:
        self.added: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        if name in self.added:
            return self.added[name]
        module = COMMANDS.get(name)
        if module is None:
            raise KeyError(name)
        command = commands_of(module).get(name)
        if command is None:  # COMMANDS names a command its module does not register: a mistake here, said plainly
            raise RuntimeError(f"crossguard.commands.{module} registers no command {name!r} (crossguard.cli.COMMANDS)")
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.added[name] = command

    def __delitem__(self, name: str) -> None:
        del self.added[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMANDS
        yield from (name for name in self.added if name not in COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS) + sum(name not in COMMANDS for name in self.added)

    def __contains__(self, name: object) -> bool:
        return name in COMMANDS or name in self.added


class _Commands(TyperGroup):
    """The root group: its commands are :class:`_LazyCommands` (typer's lookup, listing and typo suggestions all read
    ``self.commands``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = _LazyCommands()


app = typer.Typer(cls=_Commands, help="crossguard: compliance and risk checks for cross-border sellers.",
                  no_args_is_help=True)


@app.callback()
def _root() -> None:
    # typer makes an app a group when it has a callback or commands; this app's commands are added by _Commands
    pass


def main() -> None:
    """Run the CLI; a broken product vocabulary (an edited rules/product_types.yaml) is an input error, not a crash."""
    try:
        app(prog_name="crossguard")
    except VocabularyError as error:
        print(f"input error: the product vocabulary is invalid:\n{error}", file=sys.stderr)
        raise SystemExit(EXIT_INPUT) from None
