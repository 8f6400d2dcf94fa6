"""What ``check``, ``seller-check`` and ``scan`` share for pipelines: ``--format``, ``--fail-on``,
``--soft-fail``, writing a report to stdout as it is rendered, and the exit code.

Exit codes: an input error keeps its command's code (check and seller-check 2) even with
``--soft-fail``: the run did not cover every row, and a pipeline must not read that as a pass.
Otherwise ``--soft-fail`` exits 0, and ``--fail-on`` (repeatable) replaces the command's default
policy (check: ``block``, a listing blocked or in review; seller-check: ``info``, any finding;
scan: none) with its own.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterable, Iterator
from enum import StrEnum
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated

import typer

from crossguard.engine.reports import Renderer
from crossguard.engine.reports.model import ReportContext, ReportItem
from crossguard.engine.reports.policy import FailOn, FailPolicy, Tally


class ReportFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    jsonl = "jsonl"
    github = "github"


ReportFormatOption = Annotated[ReportFormat, typer.Option(
    "--format", "-f", help="text, json, sarif (SARIF 2.1.0), junit (JUnit XML), jsonl (one line per subject, "
                           "streamed) or github (Actions annotations)")]
FailOnOption = Annotated[list[FailOn] | None, typer.Option(
    "--fail-on", help="Exit non-zero on a finding of this severity or worse, or (block) one that blocks a listing "
                      "or sends it to review; repeatable; replaces the command's default")]
SoftFailOption = Annotated[bool, typer.Option(
    "--soft-fail", help="Exit 0 whatever the findings (input errors still fail the run)")]


def policy(fail_on: list[FailOn] | None, default: Iterable[FailOn]) -> FailPolicy:
    return FailPolicy(frozenset(fail_on) if fail_on else frozenset(default))


def tool_version() -> str:
    try:
        return version("crossguard")
    except PackageNotFoundError:
        return "0"


def write(renderer: Renderer, context: ReportContext, items: Iterator[ReportItem]) -> None:
    """Each chunk to stdout as soon as it is rendered (a streamed format reaches the reader line by
    line); then whatever the renderer did not read is read, so a tally watching ``items`` is complete.
    What the renderer warns about its output (a SARIF file GitHub will refuse) goes to stderr."""
    context.notify = lambda text: typer.echo(f"warning: {text}", err=True)
    for chunk in renderer(context, items):
        sys.stdout.write(chunk)
        sys.stdout.flush()
    deque(items, maxlen=0)


def exit_code(tally: Tally, *, soft_fail: bool, input_code: int, fail_code: int) -> int:
    if tally.input_errors:
        return input_code
    if soft_fail or not tally.tripped:
        return 0
    return fail_code
