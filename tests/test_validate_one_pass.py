"""`crossguard validate` names every problem of a rule in its first run: a schema error (a missing
`remediation`) does not hide the rule's unknown fields, operators, placeholders, regexes, value types
or duplicate id, and no problem is named twice.

The packs in tests/validate_one_pass/ mark each mistake's line with `# expect: FIELD`; the run must
give exactly those problems (file, line, field), sorted.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.durable_check import durable_refusal
from crossguard.engine.packs import validate_packs
from tests.packs import rule, write_pack

FIXTURES = Path(__file__).resolve().parent / "validate_one_pass"
EXPECT = re.compile(r"#\s*expect:\s*(.+)$")
#: Our schema accepts this condition; durable-rules refuses it (error 113: too many tests in one expression).
REFUSED = {"all": [{"field": "product.mains_voltage_v", "in": [i, i + 1000]} for i in range(40)]}


def expected(folder: Path) -> list[tuple[str, int, str]]:
    """(file, line, field) of every `# expect:` marker; `YAML` stands for a syntax error (no field)."""
    marks = []
    for path in sorted(folder.glob("*.yaml")):
        for number, text in enumerate(path.read_text().splitlines(), 1):
            found = EXPECT.search(text)
            for name in found.group(1).split(",") if found else []:
                marks.append((str(path), number, "" if name.strip() == "YAML" else name.strip()))
    return sorted(marks)


def validate(folder: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["validate", str(folder)])
    return result.exit_code, result.output.splitlines()


def located(line: str) -> tuple[str, int, str]:
    """A problem line `file:line: field: message` as (file, line, field); field "" for a YAML error."""
    file, number, rest = line.split(":", 2)
    field = rest.split(":", 1)[0].strip()
    return file, int(number), "" if field == "YAML syntax" else field


@pytest.mark.parametrize("folder", ["one-rule", "three-files"])
def test_the_first_run_names_every_marked_problem_once_sorted(folder: str) -> None:
    want = expected(FIXTURES / folder)
    code, lines = validate(FIXTURES / folder)
    problems = [line for line in lines if line.startswith(str(FIXTURES))]
    assert code == 1
    assert [located(line) for line in problems] == want
    assert len(set(problems)) == len(problems)
    assert lines[-1] == f"{len(want)} problem(s)"


def test_one_rule_with_four_mistakes_gives_all_four() -> None:
    _, lines = validate(FIXTURES / "one-rule")
    texts = [line.split(": ", 1)[1] for line in lines[:-1]]
    assert texts == [
        "PLG-001.remediation: Field required",
        "PLG-001.when.field: listing facts have no field 'product.plug_colour'",
        texts[2],
        "PLG-001.message: placeholder {colour_name} is not a field of listing facts",
    ]
    assert texts[2].startswith("PLG-001.when.matches: bad regular expression '\\\\w+ plug'")


def test_the_three_files_name_the_kinds_of_problem_hidden_before() -> None:
    _, lines = validate(FIXTURES / "three-files")
    text = "\n".join(lines)
    for hidden in ("no field 'product.energy_colour'", "unknown operator 'startswith'",
                   "placeholder {lamp.wattage}", "'lamp(?=s)' at character 5", "no field 'product.lumen'",
                   "rules[3].when.imatches: bad regular expression 'x{200}'", "value 40 is not a string",
                   "LMP-001.id: duplicate rule id; first defined at "):
        assert hidden in text


def test_a_condition_the_schema_refuses_is_not_named_twice(tmp_path: Path) -> None:
    write_pack(tmp_path, "shape", [rule("SH-R-001", "not a mapping"), rule("SH-R-002", {}, severity="urgent")])  # type: ignore[arg-type]
    _, issues = validate_packs([tmp_path])
    assert [(issue.field, issue.message.split(",")[0]) for issue in issues] == [
        ("SH-R-001.when", "Input should be a valid dictionary"),
        ("SH-R-002.severity", "Input should be 'critical'"),
        ("SH-R-002.when", "a condition is a mapping: all/any/not or field + operator"),
    ]


def test_an_unknown_subject_hides_no_field_check_behind_false_alarms(tmp_path: Path) -> None:
    write_pack(tmp_path, "subject", [rule("SB-R-001", {"field": "cls.radio", "eq": True}, applies_to={"subject": "x"})])
    _, issues = validate_packs([tmp_path])
    assert [issue.field for issue in issues] == ["SB-R-001.applies_to.subject"]


def test_durable_rules_refusal_comes_with_the_schema_error(tmp_path: Path) -> None:
    write_pack(tmp_path, "refused", [rule("RF-R-001", REFUSED, severity="urgent"), rule("RF-R-002", REFUSED)])
    _, issues = validate_packs([tmp_path], rule_check=durable_refusal)
    assert [issue.field for issue in issues] == ["RF-R-001", "RF-R-001.severity", "RF-R-002"]
    assert all("too many tests" in issue.message for issue in (issues[0], issues[2]))
    assert all(issue.message.count("(too many tests in one expression)") == 1 for issue in (issues[0], issues[2]))


def test_every_bad_leaf_of_a_condition_is_named(tmp_path: Path) -> None:
    when = {"all": [{"field": "product.colour", "like": "x"}, {"field": "cls.radio", "eq": True},
                    {"not": {"any": [{"field": "title", "matches": ".*a.*"}, {"field": "title", "imatches": ".*b.*"}]}},
                    {"field": "nope", "gt": "ten"}, {"field": "nope2", "eq": [1]}]}
    write_pack(tmp_path, "leaves", [rule("LV-R-001", when)])
    _, issues = validate_packs([tmp_path])
    assert [issue.field.removeprefix("LV-R-001.when.all") for issue in issues] == [
        "[0].field", "[0].like", "[2].not.any[0].matches", "[2].not.any[1].imatches", "[3].field", "[3].gt",
        "[4].field"]


def test_under_not_every_operator_without_inverse_is_named(tmp_path: Path) -> None:
    when = {"not": {"any": [{"field": "title", "matches": ".*a.*"}, {"field": "title", "imatches": ".*b.*"}]}}
    write_pack(tmp_path, "negated", [rule("NG-R-001", when)])
    _, issues = validate_packs([tmp_path])
    assert [issue.field for issue in issues] == ["NG-R-001.when.not.any[0].matches",
                                                 "NG-R-001.when.not.any[1].imatches"]
