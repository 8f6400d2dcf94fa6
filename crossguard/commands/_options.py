"""What every command shares: option types, one date parser, consoles, exit codes.

One letter means one thing in every command: ``-c`` catalog, ``-d`` data folder, ``-r`` rules,
``-f`` format, ``-m`` market, ``-s`` status, ``-q`` quiet, ``-w`` workers, ``-o`` output.
``--config`` and ``--db`` have no letter.

The consoles print text as it is: no rich markup, no emoji codes, no highlighting, and control
characters (terminal escapes) shown as U+FFFD. Much of what commands print comes from outside
(feed titles, catalog text, server errors): a title with ``[update]`` must not vanish, one with
``[/]`` must not crash the command, one with an escape sequence must not drive the terminal.
Styles are given as ``rich.text.Text`` pieces instead.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from crossguard.engine.text import printable
from crossguard.settings import LoadedSettings, SettingsError, load_settings


class _PlainConsole(Console):
    """Every string (print arguments, table cells) rendered as plain text; see the module docstring."""

    def render_str(self, text: str, **kwargs: object) -> Text:  # type: ignore[override]
        return super().render_str(printable(text), **kwargs)  # type: ignore[arg-type]


out = _PlainConsole(markup=False, emoji=False, highlight=False)
err = _PlainConsole(stderr=True, markup=False, emoji=False, highlight=False)
#: Tables printed into a pipe or file: never wrapped or cut at 80 columns (scripts read whole ids).
_piped = _PlainConsole(width=100_000, no_color=True, markup=False, emoji=False, highlight=False, soft_wrap=True)


def table_console() -> Console:
    """Where to print a table: the terminal as it is, or a console that never wraps when piped."""
    return out if out.is_terminal else _piped


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL (default: $CROSSGUARD_DB, the config's database.url, var/crossguard.db)"),
]
ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="Configuration file (default: $CROSSGUARD_CONFIG, ./config.yaml)")
]
RulesOption = Annotated[
    list[Path] | None, typer.Option("--rules", "-r", help="Rule pack files or folders (default: the packaged packs)")
]
AtOption = Annotated[str | None, typer.Option("--at", help="Evaluate as of this date (YYYY-MM-DD); default today")]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f")]


def parse_date(value: str | None, option: str = "--at") -> date:
    """A YYYY-MM-DD option value (today when not given), or a usage error naming the option."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def fail(message: str, code: int) -> typer.Exit:
    """Print ``error: message`` on stderr and return the exit to raise."""
    err.print(Text("error: ", style="bold red") + Text(printable(message)), soft_wrap=True)  # greppable: one line
    return typer.Exit(code)


def settings_or_exit(config: Path | None, code: int) -> LoadedSettings:
    """The configuration, or a one-line error and exit ``code`` (the command family's input-error code)."""
    try:
        return load_settings(config)
    except SettingsError as exc:
        raise fail(f"config {exc}", code) from None
