"""`crossguard test` on packs and tests written here: pass/fail per case with the reason, bad input
named by file and line while the other cases still run, coverage and --threshold, exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.packs import load_packs
from crossguard.engine.packtests.runner import run_pack_tests
from tests.packs import rule, write_pack

RADIO = {"field": "cls.radio", "eq": True}
NO_RED = {"all": [RADIO, {"field": "certs", "not_contains": "CE:RED"}]}


def product(sku: str = "P-1", market: str = "DE", **fields: Any) -> dict[str, Any]:
    return {"sku": sku, "title": "Case product", "radio": ["bluetooth"],
            "listings": [{"marketplace": "amazon", "market": market}], **fields}


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    folder.mkdir()
    write_pack(folder, "radio", [rule("RD-RED-001", NO_RED, effective_from="2020-01-01"),
                                 rule("RD-SCOPE-001", RADIO, applies_to={"subject": "listing", "markets": ["FR"]})],
               jurisdiction="EU")
    (folder / "tests").mkdir()
    return folder


def write_tests(rules: Path, cases: list[dict[str, Any]], pack: str = "radio", name: str | None = None) -> Path:
    path = rules / "tests" / f"{name or pack}.yaml"
    path.write_text(yaml.safe_dump({"pack": pack, "at": "2026-11-25", "cases": cases}, sort_keys=False))
    return path


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["test", *args])
    return result.exit_code, result.output


GOOD = [
    {"name": "radio without RED", "product": product(), "fires": ["RD-RED-001"], "silent": ["RD-SCOPE-001"]},
    {"name": "radio with RED", "product": product(certificates=[{"scheme": "CE", "directives": ["RED"]}]),
     "silent": ["RD-RED-001"]},
]


def test_passing_cases_exit_0_with_a_line_each(rules: Path) -> None:
    write_tests(rules, GOOD)
    code, output = invoke(str(rules / "tests"))
    assert code == 0, output
    assert f"PASS  radio: radio without RED ({rules / 'tests' / 'radio.yaml'}:4)" in output
    assert "2 case(s): 2 passed, 0 failed, 0 error(s)" in output


def test_a_wrong_expectation_fails_with_why(rules: Path) -> None:
    write_tests(rules, [{"name": "expects the wrong thing", "product": product(market="FR"),
                         "fires": ["RD-SCOPE-001"], "silent": ["RD-RED-001"]},
                        {"name": "expects a dated rule too early", "at": "2019-12-31", "product": product(),
                         "fires": ["RD-RED-001"]}])
    code, output = invoke(str(rules / "tests"))
    assert code == 1, output
    assert ("RD-RED-001 should stay silent but fired on P-1@amazon:FR: every guard passed and cls.radio eq true; "
            'certs not_contains "CE:RED" held') in output
    assert ("RD-RED-001 should fire but stayed silent: the rule applies from 2020-01-01, evaluated as of 2019-12-31"
            in output)
    assert "2 case(s): 0 passed, 2 failed" in output


def test_others_means_every_other_rule_of_the_pack(rules: Path) -> None:
    write_tests(rules, [{"name": "scope rule fires too", "product": product(market="FR"), "fires": ["RD-RED-001"],
                         "silent": "others"}])
    code, output = invoke(str(rules / "tests"))
    assert code == 1 and "RD-SCOPE-001 should stay silent but fired on P-1@amazon:FR" in output


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ({"name": "bad field", "product": {**product(), "colour": "red"}, "fires": ["RD-RED-001"]},
         "row 2: colour: unknown field"),
        ({"name": "unknown rule", "product": product(), "fires": ["RD-NOPE-001"]},
         "RD-NOPE-001 is not a rule of pack radio"),
        ({"name": "unknown law date", "product": product(), "law_dates": {"nope": "2027-01-01"},
          "fires": ["RD-RED-001"]}, "law_dates ['nope'] are not keys"),
        ({"name": "no listing", "product": {**product(), "listings": []}, "fires": ["RD-RED-001"]},
         "the input has no subject"),
        ({"name": "wrong subject", "product": product(), "subject": "P-1@amazon:FR", "fires": ["RD-RED-001"]},
         "no subject 'P-1@amazon:FR' in the input (subjects: P-1@amazon:DE)"),
    ],
)
def test_a_bad_case_is_an_error_and_the_others_still_run(rules: Path, case: dict[str, Any], message: str) -> None:
    path = write_tests(rules, [GOOD[0], case])
    code, output = invoke(str(path))
    assert code == 2, output
    assert "PASS  radio: radio without RED" in output and "ERROR radio:" in output and message in output


def test_every_problem_of_a_case_is_said_in_one_run(rules: Path) -> None:
    """A pack author fixes a case in one pass: an unknown rule and a bad input row are both reported."""
    path = write_tests(rules, [{"name": "two problems", "product": {**product(market="XX"), "colour": "red"},
                                "fires": ["RD-NOPE-001"]}])
    code, output = invoke(str(path))
    assert code == 2, output
    assert "RD-NOPE-001 is not a rule of pack radio" in output
    assert "colour: unknown field" in output and "unknown market 'XX'" in output


def test_a_malformed_case_says_its_shape_problems_with_its_field_errors(rules: Path) -> None:
    path = rules / "tests" / "radio.yaml"
    path.write_text(yaml.safe_dump({"pack": "radio", "cases": [
        {"name": "bad date and a contradiction", "at": "2026-02-30", "product": product(),
         "fires": ["RD-RED-001"], "silent": ["RD-RED-001"]}]}, sort_keys=False))
    code, output = invoke(str(path))
    assert code == 2 and "cases.0.at:" in output and "cannot both fire and stay silent" in output


def test_bad_input_rows_name_the_test_file_and_line(rules: Path) -> None:
    path = write_tests(rules, [GOOD[0], {"name": "bad field", "product": {**product(), "colour": "red"},
                                         "fires": ["RD-RED-001"]}])
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "colour" in text)
    assert f"{path}:{line}: row 2: colour" in invoke(str(path))[1]


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ({"name": "no date", "product": product(), "fires": ["RD-RED-001"]}, "needs an `at` date"),
        ({"name": "both inputs", "product": product(), "data": {"entities": []}, "at": "2026-01-01",
          "fires": ["RD-RED-001"]}, "give exactly one input"),
        ({"name": "nothing expected", "product": product(), "at": "2026-01-01"}, "say which rules"),
        ({"name": "contradiction", "product": product(), "at": "2026-01-01", "fires": ["RD-RED-001"],
          "silent": ["RD-RED-001"]}, "cannot both fire and stay silent"),
        ({"name": "bad data kind", "data": {"orders": []}, "at": "2026-01-01", "fires": ["RD-RED-001"]},
         "unknown seller data ['orders']"),
    ],
)
def test_malformed_cases_are_named_by_line(rules: Path, case: dict[str, Any], message: str) -> None:
    path = rules / "tests" / "radio.yaml"
    path.write_text(yaml.safe_dump({"pack": "radio", "cases": [case]}, sort_keys=False))
    code, output = invoke(str(path))
    assert code == 2 and f"{path}:" in output and ": cases.0" in output and message in output


def test_a_test_file_for_a_pack_that_is_not_loaded(rules: Path) -> None:
    path = write_tests(rules, GOOD, pack="nope")
    code, output = invoke(str(path))
    assert code == 2 and f"{path}:1: pack: no pack 'nope' is loaded (loaded: radio); give --rules" in output


def test_seller_data_cases_and_their_bad_rows(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    (folder / "tests").mkdir(parents=True)
    write_pack(folder, "links", [rule("LK-BANK-001", {"field": "strong_shared_count", "gte": 1},
                                      applies_to={"subject": "account_cluster"}, message="linked")])
    accounts = [{"account_id": "A-1", "platform": "amazon", "region": "EU", "bank_accounts": ["DE1"]},
                {"account_id": "A-2", "platform": "amazon", "region": "EU", "bank_accounts": ["DE1"]}]
    path = write_tests(folder, [{"name": "shared bank", "data": {"accounts": accounts}, "fires": ["LK-BANK-001"]},
                                {"name": "bad account", "data": {"accounts": [{"account_id": "A-3"}]},
                                 "fires": ["LK-BANK-001"]}], pack="links")
    code, output = invoke(str(path))
    assert code == 2 and "PASS  links: shared bank" in output
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if "A-3" in text)
    assert f"{path}:{line}: row 1: platform: Field required" in output


def test_coverage_lists_what_is_missing_and_threshold_fails_under_it(rules: Path) -> None:
    write_tests(rules, GOOD[:1])
    code, output = invoke(str(rules / "tests"), "--coverage")
    assert code == 0, output
    assert "  RD-RED-001       fired ✓ silent ✗ leaves 0/2 bounds 0/1" in output
    assert '      when.all[1] certs not_contains "CE:RED": never false' in output
    assert "      effective_from: never seen keeping it silent on its own" in output
    assert "  RD-SCOPE-001     fired ✗ silent ✓ leaves 0/1 bounds 1/1" in output  # DE: the scope decided
    assert "never fired in a case that expects it to" in output
    assert invoke(str(rules / "tests"), "--threshold", "50")[0] == 1
    code, output = invoke(str(rules / "tests"), "--threshold", "30")
    assert code == 0, output


def test_full_coverage(rules: Path) -> None:
    write_tests(rules, [*GOOD,
                        {"name": "before", "at": "2019-12-31", "product": product(), "silent": ["RD-RED-001"]},
                        {"name": "scope", "product": product(market="FR"), "fires": ["RD-SCOPE-001"]},
                        {"name": "no radio", "product": product(radio=[], market="FR"),
                         "silent": ["RD-SCOPE-001", "RD-RED-001"]},
                        {"name": "scope outside", "product": product(market="IT"), "silent": ["RD-SCOPE-001"]}])
    code, output = invoke(str(rules / "tests"), "--threshold", "100")
    assert code == 0, output
    assert "coverage 100.0%: rules fired and silent 2/2, leaves true and false 3/3, bounds deciding 2/2" in output


def test_a_bound_counts_only_when_it_alone_kept_a_holding_condition_silent(rules: Path) -> None:
    packs = load_packs([rules])
    write_tests(rules, [{"name": "before, but RED held anyway", "at": "2019-12-31",
                         "product": product(certificates=[{"scheme": "CE", "directives": ["RED"]}]),
                         "silent": ["RD-RED-001"]}])
    run = run_pack_tests([rules / "tests" / "radio.yaml"], packs, [], whole_suite=False)
    assert run.coverage.rules["RD-RED-001"].bounds == {"effective_from": False}
    assert run.coverage.rules["RD-RED-001"].leaves[0].seen == set()  # outside its dates: leaves not counted


def test_a_folder_is_the_whole_suite_and_files_count_their_packs_only(rules: Path) -> None:
    write_pack(rules, "untested", [rule("UT-ANY-001", RADIO)])
    path = write_tests(rules, GOOD)
    assert "rules fired and silent 1/3" in invoke(str(rules / "tests"))[1]
    assert "rules fired and silent 1/2" in invoke(str(path))[1]


def test_rules_are_found_above_the_tests_folder_or_with_rules(rules: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.yaml"
    elsewhere.write_text(yaml.safe_dump({"pack": "radio", "at": "2026-11-25", "cases": GOOD}))
    assert invoke(str(elsewhere))[0] == 2
    code, output = invoke(str(elsewhere), "--rules", str(rules))
    assert code == 0, output


def test_the_packaged_tests_pass() -> None:
    code, output = invoke("-q")
    assert code == 0, output
    assert "0 failed, 0 error(s)" in output
