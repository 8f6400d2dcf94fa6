"""`crossguard validate` names every problem in one run: all files, all rules, every stage, sorted."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.durable_check import durable_refusal
from crossguard.engine.packs import validate_packs
from tests.packs import rule, write_pack

RADIO = {"field": "cls.radio", "eq": True}
#: Our schema accepts this; durable-rules refuses it (error 113: too many tests in one expression).
REFUSED = {"all": [{"field": "product.mains_voltage_v", "in": [i, i + 1000]} for i in range(40)]}


def line_of(path: Path, text: str, after: str | None = None) -> int:
    lines = path.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i, line in enumerate(lines[start:], start + 1) if text in line)


def stages_pack(folder: Path) -> Path:
    """One pack with a schema problem, a condition problem and a rule durable-rules refuses."""
    bad_schema = rule("ST-SCH-001", RADIO, severity="urgent")
    return write_pack(folder, "stages", [bad_schema, rule("ST-FLD-001", {"field": "product.colour", "eq": "red"}),
                                         rule("ST-RGX-001", REFUSED), rule("ST-OK-001", RADIO)])


def test_schema_condition_and_engine_problems_of_one_file_come_together(tmp_path: Path) -> None:
    path = stages_pack(tmp_path)
    _, issues = validate_packs([tmp_path], rule_check=durable_refusal)
    found = [(issue.line, issue.field.split(".")[0]) for issue in issues]
    assert found == [
        (line_of(path, "severity: urgent"), "ST-SCH-001"),
        (line_of(path, "field: product.colour"), "ST-FLD-001"),
        (line_of(path, "- id: ST-RGX-001"), "ST-RGX-001"),
    ]
    assert "durable-rules cannot compile this rule" in str(issues[-1]) and "too many tests" in str(issues[-1])


def test_every_refused_rule_of_every_file_is_named_sorted(tmp_path: Path) -> None:
    second = write_pack(tmp_path, "b-second", [rule("B-RGX-001", REFUSED), rule("B-RGX-002", REFUSED),
                                               rule("B-OK-001", RADIO)])
    first = write_pack(tmp_path, "a-first", [rule("A-RGX-001", {"field": "title", "matches": ".{0,300}"}),
                                             rule("A-FLD-001", {"field": "nope", "eq": 1})])  # outside the dialect
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if line.startswith(str(tmp_path))]
    assert [p.split(": ")[1].split(".")[0] for p in problems] == ["A-RGX-001", "A-FLD-001", "B-RGX-001", "B-RGX-002"]
    assert problems[0].startswith(f"{first}:{line_of(first, 'matches')}: A-RGX-001.when.matches: bad regular")
    assert problems[3].startswith(f"{second}:{line_of(second, '- id: B-RGX-002')}: ")
    assert "4 problem(s)" in result.output


def test_a_rule_without_problems_is_not_reported(tmp_path: Path) -> None:
    write_pack(tmp_path, "fine", [rule("FN-OK-001", {"field": "title", "matches": "a{100}"})])  # at the limit
    _, issues = validate_packs([tmp_path], rule_check=durable_refusal)
    assert issues == []


def test_the_shipped_packs_validate_clean() -> None:
    result = CliRunner().invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok: ")
