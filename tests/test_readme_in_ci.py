"""README "In CI": the GitHub Actions workflow is well formed, and its crossguard steps do what the
README says on a real catalog (examples/catalog.csv copied as catalog.csv): the SARIF step exits 0
with a SARIF file valid against the OASIS schema for upload-sarif, and the gate fails on high findings
with annotations on the catalog's lines."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from crossguard.cli import app
from tests.ci_support import sarif_errors

ROOT = Path(__file__).resolve().parent.parent
SECTION = (ROOT / "README.md").read_text(encoding="utf-8").split("## In CI", 1)[1].split("\n## ", 1)[0]
WORKFLOW = yaml.safe_load(re.search(r"```yaml\n(.*?)```", SECTION, re.S).group(1))


def steps() -> list[dict[str, Any]]:
    return WORKFLOW["jobs"]["catalog"]["steps"]


def crossguard_steps() -> list[str]:
    return [step["run"] for step in steps() if step.get("run", "").startswith("crossguard ")]


def test_the_workflow_checks_out_sets_up_python_installs_and_uploads() -> None:
    uses = [step.get("uses", "") for step in steps()]
    assert uses[0].startswith("actions/checkout@") and uses[1].startswith("actions/setup-python@")
    assert steps()[1]["with"]["python-version"] == "3.11"
    assert any(step.get("run", "").startswith("pip install ") and "crossguard" in step["run"] for step in steps())
    upload = next(step for step in steps() if step.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    sarif_step = next(run for run in crossguard_steps() if "--format sarif" in run)
    assert upload["with"]["sarif_file"] == sarif_step.split(">", 1)[1].strip()
    assert upload["if"] == "always()" and WORKFLOW["permissions"]["security-events"] == "write"
    assert any("--format github --fail-on high" in run for run in crossguard_steps())


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(ROOT / "examples" / "catalog.csv", tmp_path / "catalog.csv")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_step(line: str) -> tuple[int, str]:
    """One `run:` line as the runner's shell would: a `> FILE` redirection writes stdout to FILE."""
    command, _, target = line.partition(">")
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    if target.strip():
        Path(target.strip()).write_text(result.stdout, encoding="utf-8")
    return result.exit_code, result.stdout


def test_the_crossguard_steps_run_as_the_readme_says(workspace: Path) -> None:
    sarif_step, gate = crossguard_steps()
    code, _ = run_step(sarif_step)
    assert code == 0  # --soft-fail: the upload and the gate still run
    document = json.loads((workspace / "crossguard.sarif").read_text(encoding="utf-8"))
    assert sarif_errors(document) == []
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in document["runs"][0]["results"]} == {"catalog.csv"}
    code, output = run_step(gate)
    errors = [line for line in output.splitlines() if line.startswith("::error ")]
    assert code == 1 and errors and all(line.startswith("::error file=catalog.csv,line=") for line in errors)
