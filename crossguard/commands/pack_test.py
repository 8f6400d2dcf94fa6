"""``crossguard test``: run pack tests (``rules/tests/<pack-id>.yaml``), optionally with coverage.

Exit codes: 0 every case passed (and coverage is at least ``--threshold``), 1 a case failed or
coverage is under the threshold, 2 a test file, case input or pack could not be read (the other
cases still ran and are reported).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from crossguard.commands._options import ConfigOption, RulesOption, settings_or_exit
from crossguard.engine.durable_host import EngineError
from crossguard.engine.packs import validate_packs
from crossguard.engine.packtests.report import run_text
from crossguard.engine.packtests.runner import run_pack_tests
from crossguard.engine.packtests.spec import TESTS_DIR, pack_test_paths

EXIT_FAILED, EXIT_INPUT = 1, 2


def register(app: typer.Typer) -> None:
    app.command("test")(pack_test)


def rules_paths(paths: list[Path]) -> list[Path]:
    """Where the packs of these tests are by default: the folder above the tests folder
    (rules/tests/eu-ce.yaml tests a pack in rules/)."""
    return list(dict.fromkeys((path if path.is_dir() else path.parent).parent for path in paths))


def pack_test(
    paths: Annotated[list[Path] | None, typer.Argument(help="Test files or folders (default: the packaged rules/tests)")
                     ] = None,
    rules: RulesOption = None,
    coverage: Annotated[bool, typer.Option("--coverage", help="Per rule: fired, silent, leaves, bounds")] = False,
    threshold: Annotated[float | None, typer.Option(
        "--threshold", min=0, max=100, help="Fail (exit 1) when coverage is under this percentage")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print failing cases only")] = False,
    config: ConfigOption = None,
) -> None:
    """Run pack tests: each case's input through the real evaluator, against the rules it expects to fire."""
    loaded = settings_or_exit(config, EXIT_INPUT)
    tests = paths or [TESTS_DIR]
    missing = [str(path) for path in tests if not path.exists()]
    if missing:
        raise typer.BadParameter(f"no such file or folder: {', '.join(missing)}", param_hint="PATHS")
    keys = list(loaded.law_dates)
    packs, pack_issues = validate_packs(rules or rules_paths(tests), dict.fromkeys(keys))
    try:
        run = run_pack_tests(pack_test_paths(tests), packs, keys, whole_suite=any(p.is_dir() for p in tests))
    except EngineError as error:
        typer.echo(f"input error: {error}", err=True)
        raise typer.Exit(EXIT_INPUT) from None
    run.issues[:0] = pack_issues
    typer.echo(run_text(run, coverage=coverage, quiet=quiet))
    percent = run.coverage.totals().percent
    if threshold is not None and percent < threshold:
        typer.echo(f"coverage {percent:.1f}% is under the threshold {threshold:g}%", err=True)
    if run.issues or run.count("error"):
        raise typer.Exit(EXIT_INPUT)
    if run.count("fail") or (threshold is not None and percent < threshold):
        raise typer.Exit(EXIT_FAILED)
