"""`check`, `seller-check` and `scan` reports for pipelines: SARIF valid against the OASIS schema,
JUnit valid against the Jenkins xunit schema, JSON Lines streamed, GitHub annotations escaped, and
`--fail-on` / `--soft-fail` exit codes on both sides of every threshold."""

from __future__ import annotations

import csv
import json
import os
import queue
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.commands._reporting import tool_version
from crossguard.commands.check import CHECK_REPORTS, check_items
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.reports.github import escape_data, escape_property
from crossguard.engine.reports.locate import CatalogLocator
from crossguard.engine.reports.model import ReportContext, rule_infos
from crossguard.engine.reports.sarif import MAX_RUNS, render_sarif
from tests.ci_support import junit_errors, sarif_errors
from tests.factories import AT, EXAMPLES
from tests.packs import rule, write_pack

ROOT = EXAMPLES.parent
CATALOG_CSV = Path("examples/catalog.csv")  # relative, as a pipeline names them: reports keep them relative
CATALOG_YAML = Path("examples/catalog.yaml")
BAD_CSV = Path("examples/bad-catalog.csv")
DATA = Path("examples/data")
DAY = AT.isoformat()


@pytest.fixture(scope="module", autouse=True)
def at_root() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        yield


def run(*args: Any) -> tuple[int, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout


def results(document: dict[str, Any]) -> list[dict[str, Any]]:
    return document["runs"][0]["results"]


@pytest.fixture(scope="module")
def csv_sarif() -> dict[str, Any]:
    code, output = run("check", CATALOG_CSV, "--at", DAY, "--format", "sarif")
    assert code == 1  # blocked listings: the default exit code is unchanged by the format
    return json.loads(output)


@pytest.fixture(scope="module")
def csv_json() -> dict[str, Any]:
    return json.loads(run("check", CATALOG_CSV, "--at", DAY, "--format", "json")[1])


# -- SARIF ---------------------------------------------------------------------------------------


def test_the_sarif_validator_rejects_a_broken_document(csv_sarif: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(csv_sarif))
    results(broken)[0]["level"] = "fatal"
    del broken["runs"][0]["tool"]["driver"]["name"]
    assert len(sarif_errors(broken)) == 2


def test_check_sarif_is_valid_and_has_one_result_per_finding(csv_sarif: dict[str, Any],
                                                             csv_json: dict[str, Any]) -> None:
    assert sarif_errors(csv_sarif) == []
    findings = [f for d in csv_json["decisions"] for f in d["findings"]]
    assert sorted((r["ruleId"], r["properties"]["subject"]) for r in results(csv_sarif)) == sorted(
        (f["rule_id"], f["subject"]) for f in findings)
    expected_level = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
    by_fingerprint = {f["fingerprint"]: f for f in findings}
    for result in results(csv_sarif):
        finding = by_fingerprint[result["partialFingerprints"]["crossguard/finding/v1"]]
        assert result["level"] == expected_level[finding["severity"]]
        assert result["message"]["text"] == finding["message"]
        decision = next(d for d in csv_json["decisions"] if d["subject"] == finding["subject"])
        assert result["properties"]["decision"] == decision["decision"]
        assert result["properties"]["market"] == finding["market"]
    assert {r["level"] for r in results(csv_sarif)} >= {"error", "warning"}
    assert csv_sarif["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_sarif_rules_carry_title_help_uri_and_properties(csv_sarif: dict[str, Any]) -> None:
    rules = csv_sarif["runs"][0]["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    for result in results(csv_sarif):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    fcc = by_id["US-FCC-001"]
    assert fcc["shortDescription"]["text"] == "Radio transmitter without an FCC ID"
    assert fcc["properties"]["pack"] == "us-product-safety" and fcc["properties"]["blocks_listing"] is True
    assert fcc["properties"]["severity"] == "critical" and fcc["defaultConfiguration"]["level"] == "error"
    assert "FCC ID" in fcc["help"]["text"]
    with_url = [r for r in rules if any("http" in ref for ref in r["properties"]["references"])]
    without_url = [r for r in rules if not any("http" in ref for ref in r["properties"]["references"])]
    assert with_url and not without_url  # every packaged rule links its source (tests/test_pack_references.py)
    for descriptor in with_url:
        assert descriptor["helpUri"].startswith("http") and any(
            descriptor["helpUri"] in ref for ref in descriptor["properties"]["references"])
    assert all("helpUri" not in r for r in without_url)
    assert all(r["properties"]["subject_kind"] == "listing" for r in rules)  # check runs the listing rules


def test_sarif_locations_are_the_csv_rows_of_each_listing(csv_sarif: dict[str, Any]) -> None:
    with open(CATALOG_CSV, newline="", encoding="utf-8") as handle:
        rows = {(row["sku"], row["listing.marketplace"], market): number
                for number, row in enumerate(csv.DictReader(handle), start=2)
                for market in row["listing.market"].split(";")}
    for result in results(csv_sarif):
        where = result["locations"][0]["physicalLocation"]
        props = result["properties"]
        assert where["artifactLocation"]["uri"] == "examples/catalog.csv"
        assert where["region"]["startLine"] == rows[(props["sku"], props["marketplace"], props["market"])]


def test_sarif_of_a_yaml_catalog_points_at_each_listing_line() -> None:
    code, output = run("check", CATALOG_YAML, "--at", DAY, "--format", "sarif", "--market", "US")
    document = json.loads(output)
    assert code == 1 and sarif_errors(document) == []
    lines = CATALOG_YAML.read_text(encoding="utf-8").splitlines()
    assert results(document)
    for result in results(document):
        line = result["locations"][0]["physicalLocation"]["region"]["startLine"]
        assert "marketplace" in lines[line - 1]
        sku_line = next(text for text in reversed(lines[:line]) if text.lstrip("- ").startswith("sku:"))
        assert sku_line.split("sku:", 1)[1].strip() == result["properties"]["sku"]


def test_fingerprints_are_stable_across_runs_and_distinct(csv_sarif: dict[str, Any]) -> None:
    again = json.loads(run("check", CATALOG_CSV, "--at", DAY, "--format", "sarif")[1])
    first = [r["partialFingerprints"] for r in results(csv_sarif)]
    assert first == [r["partialFingerprints"] for r in results(again)]
    assert len({f["crossguard/finding/v1"] for f in first}) == len(first)


def test_sarif_reports_bad_rows_and_unreadable_files_and_stays_valid(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("- sku: A\n  title: [unclosed\n")
    code, output = run("check", BAD_CSV, broken, CATALOG_CSV, "--at", DAY, "--format", "sarif")
    document = json.loads(output)
    assert code == 2 and sarif_errors(document) == []
    invocation = document["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert len(notes) == 8 + 1  # bad-catalog.csv's eight bad rows and the unreadable file
    assert any(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("broken.yaml") for n in notes)
    row5 = next(n for n in notes if n["properties"]["row"] == 5)
    assert row5["locations"][0]["physicalLocation"]["region"]["startLine"] == 5 and "certificates" in row5[
        "message"]["text"]
    assert {r["properties"]["sku"] for r in results(document)} >= {"BAD-OK", "CSV-RCBOAT"}  # the rest still checked


def _sarif(files: list[Path], per_run: int, max_runs: int = MAX_RUNS) -> tuple[dict[str, Any], list[str]]:
    """A real check of ``files`` rendered with a small result cap; what the renderer warned about."""
    evaluator = Evaluator.from_paths(None)
    context = ReportContext("check", AT, rule_infos(evaluator.packs, lambda kind: kind == "listing"),
                            tool_version=tool_version(), locate=CatalogLocator.read(files))
    said: list[str] = []
    context.notify = said.append
    items = check_items(evaluator, files, AT, {}, None, context.warnings)
    return json.loads("".join(render_sarif(context, items, per_run=per_run, max_runs=max_runs))), said


def _all_results(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [result for run in document["runs"] for result in run["results"]]


def test_sarif_at_the_result_cap_is_the_one_run_the_command_writes(csv_sarif: dict[str, Any]) -> None:
    document, said = _sarif([CATALOG_CSV], per_run=len(results(csv_sarif)))
    assert document == csv_sarif and said == []
    assert len(document["runs"]) == 1 and "automationDetails" not in document["runs"][0]


@pytest.mark.parametrize("below", [1, 23])
def test_sarif_past_the_result_cap_splits_into_runs_github_accepts(csv_sarif: dict[str, Any], below: int) -> None:
    total = len(results(csv_sarif))
    per_run = total - below
    document, said = _sarif([CATALOG_CSV], per_run=per_run)
    assert sarif_errors(document) == [] and said == []
    runs = document["runs"]
    assert [len(run["results"]) for run in runs] == [per_run] * (total // per_run) + [total % per_run] * (
        total % per_run > 0)
    assert _all_results(document) == results(csv_sarif)  # nothing lost, nothing repeated, same order
    assert all(run["tool"] == runs[0]["tool"] == csv_sarif["runs"][0]["tool"] for run in runs)
    # code scanning's key for a run (codeql-action's createRunKey): the tool and automationDetails.id
    keys = {(run["tool"]["driver"]["name"], run["tool"]["driver"]["version"], run["automationDetails"]["id"])
            for run in runs}
    assert len(keys) == len(runs)
    assert [run["automationDetails"]["id"] for run in runs][:2] == ["crossguard/check/part-1/",
                                                                    "crossguard/check/part-2/"]
    for run in runs:
        for result in run["results"]:
            assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_per_market_sarif_uploads_have_their_own_category(csv_sarif: dict[str, Any]) -> None:
    """Code scanning replaces an upload of the same category, so `--market DE` and `--market GB` must differ."""
    ids = {}
    for market in ("DE", "GB"):
        code, output = run("check", CATALOG_CSV, "--at", DAY, "--format", "sarif", "--market", market)
        document = json.loads(output)
        assert sarif_errors(document) == []
        (only,) = document["runs"]
        ids[market] = only["automationDetails"]["id"]
        assert {r["properties"]["market"] for r in only["results"]} <= {market}
    assert ids == {"DE": "crossguard/check/DE/", "GB": "crossguard/check/GB/"}
    assert "automationDetails" not in csv_sarif["runs"][0]  # the whole catalog keeps the default category


def test_split_sarif_keeps_every_input_error_once_in_the_run_it_was_met_in(tmp_path: Path) -> None:
    whole, _ = _sarif([CATALOG_CSV, BAD_CSV], per_run=10_000)
    errors = whole["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert len(errors) == 8 and whole["runs"][0]["invocations"][0]["executionSuccessful"] is False
    document, _ = _sarif([CATALOG_CSV, BAD_CSV], per_run=20)
    assert sarif_errors(document) == [] and len(document["runs"]) == 2
    invocations = [run["invocations"][0] for run in document["runs"]]
    assert [n for i in invocations for n in i["toolExecutionNotifications"]] == errors
    assert [i["executionSuccessful"] for i in invocations] == [not i["toolExecutionNotifications"]
                                                               for i in invocations]
    assert _all_results(document) == _all_results(whole)


@pytest.mark.parametrize("max_runs, warned", [(6, False), (5, True)])
def test_sarif_over_githubs_run_limit_is_written_whole_with_a_warning(csv_sarif: dict[str, Any], max_runs: int,
                                                                      warned: bool) -> None:
    document, said = _sarif([CATALOG_CSV], per_run=5, max_runs=max_runs)  # 28 results: 6 runs
    assert len(document["runs"]) == 6 and sarif_errors(document) == []
    assert _all_results(document) == results(csv_sarif)
    last = document["runs"][-1]["invocations"][0]["toolExecutionNotifications"]
    if not warned:
        assert said == [] and last == []
        return
    assert said == [f"the SARIF report has 28 results in 6 runs of at most 5; GitHub code scanning rejects a file "
                    f"of more than {max_runs} runs: upload fewer listings at a time (one --market each)"]
    assert [n["message"]["text"] for n in last] == said and last[0]["level"] == "warning"
    assert document["runs"][-1]["invocations"][0]["executionSuccessful"] is True  # a warning, not a failed run


def test_the_run_limit_warning_goes_to_stderr_and_leaves_the_exit_code(monkeypatch: pytest.MonkeyPatch,
                                                                       csv_sarif: dict[str, Any]) -> None:
    monkeypatch.setitem(CHECK_REPORTS, "sarif", partial(render_sarif, per_run=5, max_runs=2))
    result = CliRunner().invoke(app, ["check", str(CATALOG_CSV), "--at", DAY, "--format", "sarif"])
    assert result.exit_code == 1  # blocked listings, as without the warning
    assert _all_results(json.loads(result.stdout)) == results(csv_sarif)
    assert result.stderr.startswith("warning: the SARIF report has 28 results in 6 runs of at most 5; ")


# -- JUnit ---------------------------------------------------------------------------------------


def test_the_junit_validator_rejects_a_broken_document() -> None:
    assert junit_errors('<testsuites><testsuite name="x"><testcase/></testsuite></testsuites>')


def test_junit_has_one_case_per_listing_failures_for_blocks_and_errors_for_bad_rows(csv_json: dict[str, Any]) -> None:
    code, output = run("check", CATALOG_CSV, BAD_CSV, "--at", DAY, "--format", "junit")
    assert code == 2 and junit_errors(output) == []
    suite = ET.fromstring(output).find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    listings = [c for c in cases if c.get("classname") != "input"]
    assert len(listings) == len(csv_json["decisions"]) + 1  # bad-catalog.csv's one good listing
    blocked = {d["subject"] for d in csv_json["decisions"] if d["decision"] == "block"} | {"BAD-OK@amazon:DE"}
    assert {c.get("name") for c in listings if c.find("failure") is not None} == blocked
    for case in listings:
        marketplace, market = case.get("name").split("@")[1].split(":")
        assert case.get("classname") == f"{marketplace}:{market}"
        failure = case.find("failure")
        if failure is not None:
            assert failure.get("type") == "block" and "blocked by" in failure.get("message")
    errors = [c for c in cases if c.find("error") is not None]
    assert len(errors) == 8 and all(c.get("classname") == "input" for c in errors)
    assert suite.get("tests") == str(len(cases)) and suite.get("errors") == "8"
    assert suite.get("failures") == str(len(blocked))


def test_junit_review_is_a_failure_of_its_own_type_and_control_characters_are_replaced(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    write_pack(rules, "ci", [rule("CI-REVIEW-001", {"field": "sku", "eq": "ODD-1"}, severity="medium",
                                  reviews_listing=True, message="{title} needs a look")])
    catalog = tmp_path / "catalog.csv"
    catalog.write_text("sku,title,listing.marketplace,listing.market\n"
                       "ODD-1,Gadget \x01 thing,amazon,DE\n"
                       "MUG-1,Ceramic coffee mug,amazon,DE\n", encoding="utf-8")
    code, output = run("check", catalog, "--rules", rules, "--at", DAY, "--format", "junit")
    assert code == 1 and junit_errors(output) == []
    cases = {c.get("name"): c for c in ET.fromstring(output).iter("testcase")}
    review = cases["ODD-1@amazon:DE"].find("failure")
    assert review is not None and review.get("type") == "review" and "CI-REVIEW-001" in review.get("message")
    assert "\ufffd" in review.text and "\x01" not in output
    assert cases["MUG-1@amazon:DE"].find("failure") is None


# -- JSON Lines ----------------------------------------------------------------------------------


def test_jsonl_has_one_line_per_decision_and_a_summary(csv_json: dict[str, Any]) -> None:
    code, output = run("check", CATALOG_CSV, "--at", DAY, "--format", "jsonl")
    lines = [json.loads(line) for line in output.splitlines()]
    assert code == 1
    decisions = [line for line in lines if line["type"] == "decision"]
    assert [{k: v for k, v in d.items() if k != "type"} for d in decisions] == csv_json["decisions"]
    assert lines[-1]["type"] == "summary" and lines[-1]["blocked"] == csv_json["summary"]["blocked"]
    assert lines[-1]["subjects"] == len(decisions) and lines[-1]["schema"] == "crossguard.jsonl/1"


# -- GitHub annotations --------------------------------------------------------------------------


def test_github_escaping_follows_the_actions_toolkit() -> None:
    assert escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations_cannot_be_forged_from_catalog_text(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    write_pack(rules, "ci", [rule("CI-HIGH-001", {"field": "sku", "eq": "EVIL-1"}, message="{title}")])
    catalog = tmp_path / "cat, alog.csv"
    with open(catalog, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["sku", "title", "listing.marketplace", "listing.market"])
        writer.writerow(["EVIL-1", "Lamp 50%\n::error file=x::forged", "amazon", "DE"])
    code, output = run("check", catalog, "--rules", rules, "--at", DAY, "--format", "github", "--fail-on", "high")
    assert code == 1
    commands = [line for line in output.splitlines() if line.startswith("::")]
    assert len(commands) == 1  # the title's line break did not start a second command
    assert commands[0].startswith(f"::error file={escape_property(catalog.as_posix())},line=2,title=CI-HIGH-001 ")
    assert commands[0].endswith("::EVIL-1@amazon:DE: Lamp 50%25%0A::error file=x::forged%0Afix: fix it")


def test_github_annotations_most_severe_first_with_levels(tmp_path: Path) -> None:
    code, output = run("check", CATALOG_CSV, "--at", DAY, "--format", "github")
    assert code == 1
    kinds = [line.split(" ", 1)[0] for line in output.splitlines() if line.startswith("::")]
    order = {"::error": 0, "::warning": 1, "::notice": 2}
    assert kinds == sorted(kinds, key=order.__getitem__) and {"::error", "::warning"} <= set(kinds)
    assert output.splitlines()[-1].startswith("crossguard check as of 2026-11-25: 16 subject(s) checked")


# -- exit codes ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def policy_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rules")
    write_pack(folder, "ci", [
        rule("CI-CRIT-001", {"field": "sku", "eq": "CRIT-1"}, severity="critical", blocks_listing=True),
        rule("CI-HIGH-001", {"field": "sku", "eq": "HIGH-1"}, severity="high"),
        rule("CI-LOW-001", {"field": "sku", "eq": "BLOCK-1"}, severity="low", blocks_listing=True),
        rule("CI-REVIEW-001", {"field": "sku", "eq": "REVIEW-1"}, severity="medium", reviews_listing=True),
        rule("CI-INFO-001", {"field": "sku", "eq": "INFO-1"}, severity="info"),
    ])
    return folder


def _catalog(folder: Path, sku: str, bad_row: bool = False) -> Path:
    products = [{"sku": sku, "title": "Thing", "listings": [{"marketplace": "amazon", "market": "DE"}]}]
    if bad_row:
        products.append({"sku": "BAD-1", "title": "Thing", "listings": [{"marketplace": "amazon", "market": "ZZ"}]})
    path = folder / f"{sku}{'-bad' if bad_row else ''}.yaml"
    path.write_text(yaml.safe_dump(products))
    return path


@pytest.mark.parametrize("sku, options, expected", [
    ("HIGH-1", [], 0),                                    # a high finding that neither blocks nor reviews
    ("HIGH-1", ["--fail-on", "high"], 1),
    ("HIGH-1", ["--fail-on", "critical"], 0),
    ("HIGH-1", ["--fail-on", "block"], 0),
    ("CRIT-1", ["--fail-on", "critical"], 1),
    ("BLOCK-1", [], 1),                                   # blocked: the documented default
    ("BLOCK-1", ["--fail-on", "block"], 1),
    ("BLOCK-1", ["--fail-on", "medium"], 0),              # low severity, so under medium...
    ("BLOCK-1", ["--fail-on", "low"], 1),
    ("BLOCK-1", ["--fail-on", "medium", "--fail-on", "block"], 1),  # ...unless block is asked too
    ("BLOCK-1", ["--soft-fail"], 0),
    ("REVIEW-1", [], 1),                                  # in review: the documented default
    ("REVIEW-1", ["--fail-on", "block"], 1),
    ("REVIEW-1", ["--fail-on", "high"], 0),
    ("INFO-1", ["--fail-on", "low"], 0),
    ("INFO-1", ["--fail-on", "info"], 1),
    ("NONE-1", ["--fail-on", "info"], 0),
])
def test_check_exit_codes(policy_rules: Path, tmp_path: Path, sku: str, options: list[str], expected: int) -> None:
    for output in ("text", "sarif"):
        code, _ = run("check", _catalog(tmp_path, sku), "--rules", policy_rules, "--at", DAY, "-f", output, *options)
        assert code == expected, (output, options)


@pytest.mark.parametrize("options", [[], ["--soft-fail"], ["--fail-on", "critical", "--soft-fail"]])
def test_input_errors_exit_2_even_with_soft_fail(policy_rules: Path, tmp_path: Path, options: list[str]) -> None:
    code, output = run("check", _catalog(tmp_path, "HIGH-1", bad_row=True), "--rules", policy_rules, "--at", DAY,
                       "-f", "jsonl", *options)
    assert code == 2
    assert [json.loads(line)["type"] for line in output.splitlines()] == ["decision", "input_error", "summary"]


def test_seller_check_formats_and_exit_codes() -> None:
    data = DATA
    code, output = run("seller-check", "--data", data, "--at", DAY, "--format", "sarif")
    document = json.loads(output)
    assert code == 1 and sarif_errors(document) == []
    expected = json.loads(run("seller-check", "--data", data, "--at", DAY, "--format", "json")[1])
    assert len(results(document)) == len(expected["findings"])
    uris = {r["properties"]["subject_kind"]: r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in results(document)}
    assert uris["vat_country"] == "examples/data/entities.yaml" and uris["fx_position"].endswith("fx_positions.yaml")
    code, output = run("seller-check", "--data", data, "--at", DAY, "--format", "junit")
    assert code == 1 and junit_errors(output) == []
    failures = [c for c in ET.fromstring(output).iter("testcase") if c.find("failure") is not None]
    assert len(failures) == len({(f["subject_kind"], f["subject"]) for f in expected["findings"]})
    fx_only = ["seller-check", "--data", data, "--at", DAY, "--rules", "rules/fx.yaml"]
    severities = {f["severity"] for f in expected["findings"] if f["subject_kind"] == "fx_position"}
    assert "critical" not in severities and "high" in severities
    assert run(*fx_only, "--fail-on", "critical")[0] == 0
    assert run(*fx_only, "--fail-on", "high")[0] == 1
    assert run(*fx_only, "--fail-on", "block")[0] == 0
    assert run(*fx_only)[0] == 1 and run(*fx_only, "--soft-fail")[0] == 0


def test_check_jsonl_streams_each_decision_before_the_catalog_ends(policy_rules: Path, tmp_path: Path) -> None:
    """The catalog is a named pipe fed one product at a time: a check that kept its decisions until
    the end could not print the first before the second product is written, and the test would time out."""
    feed = tmp_path / "feed.jsonl"
    os.mkfifo(feed)
    command = [sys.executable, "-m", "crossguard", "check", str(feed), "--rules", str(policy_rules), "--at", DAY,
               "--format", "jsonl"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(line) for line in process.stdout or []], daemon=True)
    reader.start()
    try:
        with open(feed, "w", encoding="utf-8") as pipe:  # blocks until crossguard opens the catalog
            for sku in ("HIGH-1", "BLOCK-1"):
                pipe.write(json.dumps({"sku": sku, "title": "Thing",
                                       "listings": [{"marketplace": "amazon", "market": "DE"}]}) + "\n")
                pipe.flush()
                line = json.loads(lines.get(timeout=60))
                assert (line["type"], line["sku"]) == ("decision", sku)
        assert process.wait(timeout=60) == 1
        reader.join(timeout=10)
        assert json.loads(lines.get(timeout=5))["type"] == "summary"
    finally:
        if process.poll() is None:
            process.kill()


def test_scan_reports_its_findings_and_waived_ones_fail_nothing(policy_rules: Path, tmp_path: Path,
                                                               db_url: str) -> None:
    catalog = tmp_path / "catalog.jsonl"
    catalog.write_text("".join(json.dumps({"sku": sku, "title": "Thing", "listings": [
        {"marketplace": "amazon", "market": "DE"}]}) + "\n" for sku in ("CRIT-1", "HIGH-1", "BLOCK-1", "NONE-1")))
    scan = ["scan", "--catalog", catalog, "--rules", policy_rules, "--db", db_url, "--at", DAY, "-q", "-w", "1"]
    assert run(*scan)[0] == 0  # without --fail-on a scan that ran exits 0, findings or not
    code, output = run(*scan, "--format", "sarif", "--fail-on", "critical")
    document = json.loads(output)
    assert code == 4 and sarif_errors(document) == []
    assert sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
                  for r in results(document)) == [("CI-CRIT-001", 1), ("CI-HIGH-001", 2), ("CI-LOW-001", 3)]
    exported = json.loads(run("register", "export", "--format", "json", "--db", db_url)[1])
    critical = next(f for f in exported if f["rule_id"] == "CI-CRIT-001")
    until = (date.today() + timedelta(days=365)).isoformat()
    waived = run("register", "waive", critical["id"], "--by", "ann", "--reason", "lab report due", "--until", until,
                 "--db", db_url)
    assert waived[0] == 0
    code, output = run(*scan, "--format", "sarif", "--fail-on", "critical")
    assert code == 0
    suppressed = [r for r in results(json.loads(output)) if "suppressions" in r]
    assert [r["ruleId"] for r in suppressed] == ["CI-CRIT-001"]
    assert "lab report due" in suppressed[0]["suppressions"][0]["justification"]
    assert run(*scan, "--fail-on", "high")[0] == 4 and run(*scan, "--fail-on", "high", "--soft-fail")[0] == 0
    code, output = run(*scan, "--format", "junit")
    assert code == 0 and junit_errors(output) == []
    cases = {c.get("name"): c for c in ET.fromstring(output).iter("testcase")}
    assert list(cases) == ["CRIT-1@amazon:DE", "HIGH-1@amazon:DE", "BLOCK-1@amazon:DE", "NONE-1@amazon:DE"]
    assert cases["NONE-1@amazon:DE"].find("failure") is None and cases["NONE-1@amazon:DE"].find("system-out") is None
    assert cases["BLOCK-1@amazon:DE"].find("failure").get("type") == "block"
    assert cases["CRIT-1@amazon:DE"].find("failure") is None  # its one blocking finding is waived
    high = cases["HIGH-1@amazon:DE"]
    assert high.find("failure") is None and high.find("system-out") is not None


def _decision_lines(output: str) -> list[dict[str, Any]]:
    """JSON Lines decisions with their findings in fingerprint order (the register keeps no firing order)."""
    lines = [json.loads(line) for line in output.splitlines()]
    return [{**line, "findings": sorted(line["findings"], key=lambda f: f["fingerprint"])}
            for line in lines if line["type"] == "decision"]


def _junit_cases(output: str) -> list[tuple[str | None, str | None, str | None]]:
    assert junit_errors(output) == []
    return [(c.get("classname"), c.get("name"), None if c.find("failure") is None else c.find("failure").get("type"))
            for c in ET.fromstring(output).iter("testcase")]


def test_scan_junit_and_jsonl_have_every_listing_as_check_has_them(db_url: str) -> None:
    """One test case and one decision per listing, passing ones too, whether the scan evaluated the
    entry or reused its earlier outcome; the same cases and decisions as ``check`` on the catalog."""
    check_junit = run("check", CATALOG_CSV, "--at", DAY, "--format", "junit")[1]
    check_jsonl = run("check", CATALOG_CSV, "--at", DAY, "--format", "jsonl")[1]
    cases = _junit_cases(check_junit)
    assert 0 < len([case for case in cases if case[2] is None]) < len(cases)  # passing and failing listings
    without_findings = [d for d in _decision_lines(check_jsonl) if not d["findings"]]
    assert without_findings  # the listings a report of findings alone would leave out
    scan = ["scan", "--catalog", CATALOG_CSV, "--db", db_url, "--at", DAY, "-q", "-w", "1"]
    for attempt in ("evaluated", "reused"):
        code, junit = run(*scan, "--format", "junit")
        assert code == 0, attempt
        assert _junit_cases(junit) == _junit_cases(check_junit), attempt
        jsonl = run(*scan, "--format", "jsonl")[1]
        assert _decision_lines(jsonl) == _decision_lines(check_jsonl), attempt
        summary, expected = json.loads(jsonl.splitlines()[-1]), json.loads(check_jsonl.splitlines()[-1])
        assert summary["command"] == "scan" and summary["subjects"] == expected["subjects"] == len(cases)
        assert {k: summary[k] for k in ("allowed", "review", "blocked", "findings")} == {
            k: expected[k] for k in ("allowed", "review", "blocked", "findings")}


def test_an_unreadable_file_is_one_input_error_and_the_other_files_are_still_checked(policy_rules: Path,
                                                                                     tmp_path: Path) -> None:
    good = _catalog(tmp_path, "HIGH-1")
    code, output = run("check", tmp_path / "missing.yaml", good, "--rules", policy_rules, "--at", DAY)
    assert code == 2
    assert f"INPUT ERROR {tmp_path / 'missing.yaml'}: no such file" in output.splitlines()
    assert "ALLOW HIGH-1@amazon:DE (1 finding(s))" in output.splitlines()
    document = json.loads(run("check", tmp_path / "missing.yaml", good, "--rules", policy_rules, "--at", DAY,
                              "-f", "json")[1])
    assert [(e["row"], e["reason"].endswith("no such file")) for e in document["input_errors"]] == [(0, True)]
