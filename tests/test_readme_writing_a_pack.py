"""README "Writing a pack" works as written: its pack and tests are the files in examples/, and each
command it shows prints what it says (lines shown as `...` are skipped)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Writing a pack", 1)[1].split("\n## ", 1)[0]
BLOCK = re.compile(r"```(\w*)\n(.*?)```", re.S)


def blocks() -> list[tuple[str, str]]:
    return [(kind, body) for kind, body in BLOCK.findall(SECTION)]


def commands_and_outputs() -> list[tuple[str, list[str]]]:
    """Each `crossguard ...` command of a sh block, with the output block that follows it (if any)."""
    found: list[tuple[str, list[str]]] = []
    items = blocks()
    for index, (kind, body) in enumerate(items):
        if kind != "sh":
            continue
        following = items[index + 1] if index + 1 < len(items) else ("", "")
        output = following[1].splitlines() if following[0] == "" else []
        for command in body.replace("\\\n", " ").splitlines():
            command, _, comment = command.partition("#")
            if command.strip().startswith("crossguard"):
                expected = output if output else ([comment.strip()] if comment.strip() else [])
                found.append((command.strip(), expected))
    return found


def test_the_files_shown_are_the_files_in_examples() -> None:
    shown = [body for kind, body in blocks() if kind == "yaml"]
    for name in ("examples/packs/eu-toy-age.yaml", "examples/packs/tests/eu-toy-age.yaml"):
        assert (ROOT / name).read_text(encoding="utf-8") in shown, name


@pytest.mark.parametrize("command, expected", commands_and_outputs(), ids=lambda v: str(v)[:60])
def test_each_command_prints_what_the_readme_shows(command: str, expected: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for line in expected:
        if line.strip() != "...":
            assert line in lines, f"{line!r} not in the output of {command}:\n{result.output}"


def test_the_walkthrough_has_all_four_steps() -> None:
    verbs = [shlex.split(command)[1] for command, _ in commands_and_outputs()]
    assert verbs == ["validate", "test", "explain", "simulate"]
