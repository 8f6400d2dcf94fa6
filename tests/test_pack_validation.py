"""Malformed packs: every problem is named with file, line and field; `validate` exits 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.packs import validate_packs
from tests.packs import rule, write_pack

GOOD = rule("GD-R-001", {"field": "cls.radio", "eq": True})


def issues_text(folder: Path) -> list[str]:
    _, issues = validate_packs([folder])
    return [str(issue) for issue in issues]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("id: broken\nversion: '1'\nrules:\n  - id: X\n    when: {field: a, eq: [1\n")
    [text] = issues_text(tmp_path)
    assert text.startswith(f"{path}:") and "YAML syntax" in text
    assert int(text.split(":")[1]) >= 5


def test_unknown_operator_names_file_line_and_field(tmp_path: Path) -> None:
    path = write_pack(tmp_path, "ops", [GOOD, rule("OP-R-002", {"all": [{"field": "cls.radio", "eq": True},
                                                                        {"field": "market", "startswith": "D"}]})])
    [text] = issues_text(tmp_path)
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "startswith" in text)
    assert text.startswith(f"{path}:{line}: OP-R-002.when.all[1].startswith:")
    assert "unknown operator 'startswith'" in text


def test_field_the_model_does_not_have(tmp_path: Path) -> None:
    write_pack(tmp_path, "fields", [rule("FD-R-001", {"field": "product.colour", "eq": "red"})])
    [text] = issues_text(tmp_path)
    assert "FD-R-001.when.field" in text and "no field 'product.colour'" in text


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ({"field": "product.mains_voltage_v", "gt": "230"}, "not a number"),
        ({"field": "cls.radio", "eq": "yes"}, "not a boolean"),
        ({"field": "certs", "gt": 3}, "does not apply to list field"),
        ({"field": "market", "in": []}, "non-empty list"),
        ({"field": "market", "in": [f"M{i}" for i in range(40)]}, "derive a boolean field"),
        ({"field": "title", "matches": "([a-z"}, "bad regular expression"),
        ({"not": {"field": "title", "matches": ".*x.*"}}, "cannot be used under 'not'"),
        ({"field": "market", "eq": "DE", "ne": "FR"}, "exactly one operator"),
        ({"some": []}, "unknown condition 'some'"),
        ({"all": []}, "non-empty list"),
    ],
)
def test_bad_conditions_are_rejected(tmp_path: Path, when: dict, expected: str) -> None:
    write_pack(tmp_path, "bad", [rule("BD-R-001", when)])
    [text] = issues_text(tmp_path)
    assert expected in text


def test_schema_errors_name_the_field(tmp_path: Path) -> None:
    bad = rule("SC-R-001", {"field": "cls.radio", "eq": True}, severity="urgent")
    del bad["remediation"]
    path = write_pack(tmp_path, "schema", [bad])
    texts = issues_text(tmp_path)
    assert any("SC-R-001.severity" in t and str(path) in t for t in texts)  # named by the rule's id
    assert any("SC-R-001.remediation" in t and "Field required" in t for t in texts)


def test_message_placeholders_must_be_fields(tmp_path: Path) -> None:
    write_pack(tmp_path, "ph", [rule("PH-R-001", {"field": "cls.radio", "eq": True}, message="{product.colour} x")])
    [text] = issues_text(tmp_path)
    assert "placeholder {product.colour}" in text


def test_duplicate_rule_ids_across_packs(tmp_path: Path) -> None:
    first = write_pack(tmp_path, "one", [GOOD])
    write_pack(tmp_path, "two", [GOOD])
    [text] = issues_text(tmp_path)
    assert "duplicate rule id" in text and f"first defined at {first}:" in text


def test_effective_until_before_from(tmp_path: Path) -> None:
    write_pack(tmp_path, "dates", [rule("DT-R-001", {"field": "cls.radio", "eq": True},
                                        effective_from="2025-01-01", effective_until="2024-01-01")])
    [text] = issues_text(tmp_path)
    assert "effective_until" in text


def test_validate_cli_exit_codes(tmp_path: Path) -> None:
    good_dir, bad_dir = tmp_path / "good", tmp_path / "bad"
    good_dir.mkdir()
    bad_dir.mkdir()
    write_pack(good_dir, "good", [GOOD])
    write_pack(bad_dir, "bad", [rule("BD-R-002", {"field": "nope", "eq": 1})])
    runner = CliRunner()
    ok = runner.invoke(app, ["validate", str(good_dir)])
    assert ok.exit_code == 0 and "1 rule(s)" in ok.output
    bad = runner.invoke(app, ["validate", str(bad_dir)])
    assert bad.exit_code == 1
    assert "BD-R-002.when.field" in bad.output


def test_a_rule_the_engine_refuses_is_named_with_its_file_line_and_code_meaning(tmp_path: Path) -> None:
    """durable-rules answers a bare code (113) for the whole ruleset; validate names the rule that caused it."""
    crowded = rule("BG-R-002", {"all": [{"field": "product.mains_voltage_v", "in": [i, i + 1000]} for i in range(40)]})
    path = write_pack(tmp_path, "big", [GOOD, crowded])
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "BG-R-002" in text)
    assert f"{path}:{line}: BG-R-002: durable-rules cannot compile this rule" in result.output
    assert "error code: 113 (too many tests in one expression)" in result.output and "GD-R-001" not in result.output
