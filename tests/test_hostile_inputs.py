"""Hostile and odd inputs from the attack review (issue 16): each gets a result or a clear input
error naming the file, row/line or field, never a traceback, a stall or a misleading pass."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine import engine_json, safe_json
from crossguard.engine.catalog import CatalogFileError, load_catalog
from crossguard.engine.conditions import evaluate
from crossguard.engine.evaluator import EvaluationError, Evaluator
from crossguard.engine.packs import load_packs
from crossguard.engine.yaml_lines import MAX_ALIAS_VALUES, MAX_DEPTH, YamlError, load_located
from crossguard.settings import SettingsError, load_settings
from tests.packs import rule, write_pack
from tests.seller_support import EXAMPLES

HOSTILE = Path(__file__).parent / "hostile"
runner = CliRunner()


@pytest.fixture(scope="module")
def deep(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 opening brackets in YAML (a pack), JSON and JSON Lines (catalogs): too big to keep in git."""
    folder = tmp_path_factory.mktemp("deep")
    (folder / "packs").mkdir()
    (folder / "packs" / "deep.yaml").write_text("id: deep\nrules:\n  - " + "[" * 100_000 + "\n")
    (folder / "deep.json").write_text('{"products":\n' + "[" * 100_000)
    (folder / "deep.jsonl").write_text('{"sku": "A", "title": "Lamp", "listings": [{"marketplace": "amazon", '
                                       '"market": "DE"}]}\n' + "[" * 100_000 + "\n")
    return folder


# -- numbers the JSON encoders write in exponent form ------------------------------------------


@pytest.mark.parametrize("number", [1e-7, 1e-300, 5e-324, 1e16, 1e20, 1.7976931348623157e308, -2.5e-10, 10**30])
def test_engine_json_writes_numbers_in_a_form_durable_rules_reads_and_python_reads_back(number: float) -> None:
    text = engine_json.dumps({"v": number, "s": "1e5 null"})
    assert "e" not in text.split('"s"')[0].lower().replace('"v"', "")
    assert json.loads(text) == {"v": float(number), "s": "1e5 null"}


def test_orjson_writes_every_exponent_with_its_sign_which_engine_json_looks_for() -> None:
    import orjson

    for number in (1e-7, 1.5e-7, 1e16, 1.5e16, 1e20, 5e-324, 1.7976931348623157e308, -2e-10):
        text = orjson.dumps(number).decode()
        assert "e+" in text or "e-" in text, text


@pytest.mark.parametrize("bad", [float("inf"), float("-inf"), float("nan"), 10**400, "lamp \ud800"])
def test_engine_json_refuses_what_no_double_holds_and_names_the_field(bad: float) -> None:
    with pytest.raises(engine_json.FactValueError, match=r"^product\.battery\[1\]: "):
        engine_json.dumps({"product": {"battery": [1, bad]}})


@pytest.fixture(scope="module")
def edge_evaluator(tmp_path_factory: pytest.TempPathFactory) -> Evaluator:
    """Thresholds that json.dumps itself writes in exponent form (the ruleset definition too)."""
    folder = tmp_path_factory.mktemp("edge")
    write_pack(folder, "edge", [
        rule("ED-TINY-001", {"field": "product.battery.capacity_wh", "gt": 0.00001}),
        rule("ED-HUGE-001", {"field": "product.battery.capacity_wh", "gte": 1e16}),
        rule("ED-BIG-001", {"field": "product.battery.capacity_wh", "lt": 10**20}),
    ])
    return Evaluator(load_packs([folder]))


@pytest.mark.parametrize(("value", "fired"), [
    (1e-7, {"ED-BIG-001"}), (0.00001, {"ED-BIG-001"}), (0.0000100001, {"ED-TINY-001", "ED-BIG-001"}),
    (9999999999999998.0, {"ED-TINY-001", "ED-BIG-001"}), (1e16, {"ED-TINY-001", "ED-HUGE-001", "ED-BIG-001"}),
    (1e20, {"ED-TINY-001", "ED-HUGE-001"}), (1e300, {"ED-TINY-001", "ED-HUGE-001"}),
])
def test_durable_rules_compares_edge_numbers_as_python_does(edge_evaluator: Evaluator, value: float,
                                                           fired: set[str]) -> None:
    fact = {"day": 20000, "region": "EU", "product": {"battery": {"capacity_wh": value}}}
    matched = {r.id for r in edge_evaluator.matching_rules("listing", fact)}
    assert matched == fired
    rules = [r for p in edge_evaluator.packs for r in p.rules]
    assert {r.id for r in rules if evaluate(r.condition, fact)} == fired


def test_a_value_the_engine_cannot_take_names_the_subject_and_the_next_fact_still_works(
        edge_evaluator: Evaluator) -> None:
    bad = {"day": 20000, "region": "EU", "product": {"battery": {"capacity_wh": float("inf")}}}
    with pytest.raises(EvaluationError, match=r"SPK-1@amazon:DE: .*product\.battery\.capacity_wh"):
        edge_evaluator.findings_for("listing", bad, "SPK-1@amazon:DE")
    good = {"day": 20000, "region": "EU", "product": {"battery": {"capacity_wh": 1e-7}}}
    assert [r.id for r in edge_evaluator.matching_rules("listing", good)] == ["ED-BIG-001"]


def _catalog(tmp_path: Path, capacity: object, name: str = "catalog.yaml") -> Path:
    path = tmp_path / name
    battery = {"chemistry": "lithium-ion", "capacity_wh": capacity}
    path.write_text(yaml.safe_dump([{"sku": "PB-1", "title": "Power bank", "battery": battery,
                                     "listings": [{"marketplace": "amazon", "market": "DE"}]}]))
    return path


@pytest.mark.parametrize("capacity", [1e-7, 1e16, 1e20])
def test_check_takes_exponent_numbers_from_json_and_yaml(tmp_path: Path, capacity: float) -> None:
    for path in (_catalog(tmp_path, capacity), tmp_path / "catalog.json"):
        if path.suffix == ".json":
            path.write_text(json.dumps(yaml.safe_load(_catalog(tmp_path, capacity).read_text())))
        result = runner.invoke(app, ["check", str(path), "--at", "2026-11-25", "--format", "json"])
        assert result.exit_code in (0, 1), result.output
        assert json.loads(result.stdout)["summary"]["listings"] == 1


def test_check_and_scan_refuse_an_infinite_value_as_a_row_error_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "inf.yaml"
    path.write_text("- {sku: INF-1, title: Power bank, battery: {chemistry: lithium-ion, capacity_wh: .inf},\n"
                    "   listings: [{marketplace: amazon, market: DE}]}\n"
                    "- {sku: OK-1, title: Cotton T-shirt, listings: [{marketplace: amazon, market: DE}]}\n")
    checked = runner.invoke(app, ["check", str(path), "--at", "2026-11-25"])
    assert checked.exit_code == 2 and "Traceback" not in checked.output
    assert "inf.yaml:1: row 1: battery.capacity_wh: Input should be a finite number" in checked.output
    assert "1 listing(s)" in checked.output  # the other product is still checked
    scanned = runner.invoke(app, ["scan", "-c", str(path), "--db", f"sqlite:///{tmp_path / 'r.db'}", "-q", "-w", "1"])
    assert scanned.exit_code == 2 and "battery.capacity_wh" in scanned.output
    assert "nothing was written" in scanned.output


# -- seller data: amounts ----------------------------------------------------------------------


def _seller_data(tmp_path: Path, amount: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(EXAMPLES, data)
    with open(data / "sales.csv", "a") as handle:
        handle.write(f"Brightwave GmbH,AT,B2C,{amount},EUR,2026-03-02,DE,,HOSTILE-1\n")
    return data


@pytest.mark.parametrize(("amount", "reason"), [
    ("1e25", "above the largest amount"), ("1e400", "above the largest amount"), ("NaN", "finite"),
    ("-99999999", "must not be negative"), ("-0.01", "must not be negative"),
])
def test_seller_check_refuses_absurd_amounts_as_row_errors_and_keeps_the_findings(
        tmp_path: Path, amount: str, reason: str) -> None:
    result = runner.invoke(app, ["seller-check", "--data", str(_seller_data(tmp_path, amount)), "--at", "2026-11-25",
                                 "--format", "json"])
    assert result.exit_code == 2, result.output
    report = json.loads(result.stdout)
    [error] = report["input_errors"]
    assert error["field"] == "amount" and error["file"].endswith("sales.csv") and reason in error["reason"]
    # The row is left out, so Brightwave's OSS threshold finding (high) is still there.
    assert any(f["rule_id"] == "VAT-OSS-001" and "Brightwave" in f["subject"] for f in report["findings"])


def test_seller_check_takes_a_zero_and_a_large_but_plausible_sale(tmp_path: Path) -> None:
    result = runner.invoke(app, ["seller-check", "--data", str(_seller_data(tmp_path, "25000000000.00")),
                                 "--at", "2026-11-25", "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.stdout)["input_errors"] == []


# -- YAML: aliases, recursion, nesting, impossible dates ----------------------------------------


def test_billion_laughs_is_refused_with_the_file_and_line() -> None:
    with pytest.raises(YamlError, match=rf"laughs\.yaml:\d+: aliases .* more than {MAX_ALIAS_VALUES:,} values"):
        load_located(HOSTILE / "laughs.yaml")


def test_aliases_within_the_budget_still_work(tmp_path: Path) -> None:
    path = tmp_path / "shared.yaml"
    path.write_text("eo: &eo {name: EU Rep GmbH, country: DE}\nlistings:\n"
                    + "".join(f"  - {{market: DE, n: {i}, eo: *eo}}\n" for i in range(500)))
    data = load_located(path).data
    assert data["listings"][499]["eo"] == {"name": "EU Rep GmbH", "country": "DE"}


@pytest.mark.parametrize("text", ["a: &a [1, *a]\n", "a: &a {x: {y: *a}}\n"])
def test_recursive_aliases_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "rec.yaml"
    path.write_text(text)
    with pytest.raises(YamlError, match=r"rec\.yaml:1: recursive alias"):
        load_located(path)


def test_deep_nesting_is_refused_in_yaml_json_and_json_lines(deep: Path) -> None:
    with pytest.raises(YamlError, match=rf"deep\.yaml:3: .*nesting deeper than {MAX_DEPTH} levels"):
        load_located(deep / "packs" / "deep.yaml")
    with pytest.raises(CatalogFileError, match=r"deep\.json:2: JSON syntax: nesting deeper"):
        load_catalog([deep / "deep.json"])
    loaded = load_catalog([deep / "deep.jsonl"])
    assert [e.product.sku for e in loaded.entries] == ["A"]
    assert [(e.row, "nesting deeper" in e.reason) for e in loaded.errors] == [(2, True)]
    assert safe_json.loads("[" * 50 + "]" * 50) is not None


def test_impossible_dates_are_row_errors_naming_field_and_line() -> None:
    loaded = load_catalog([HOSTILE / "dates.yaml"])
    assert [e.product.sku for e in loaded.entries] == ["OK-1"]
    assert [(e.row, e.line, e.field) for e in loaded.errors] == [
        (1, 5, "certificates.0.issued"), (2, 9, "certificates.0.expires")]


@pytest.mark.parametrize(("args", "where"), [
    (["check", "{hostile}/dates.yaml"], "dates.yaml:5: row 1: certificates.0.issued"),
    (["check", "{hostile}/laughs.yaml"], "laughs.yaml:2: aliases"),
    (["check", "{deep}/deep.json"], "deep.json:2: JSON syntax: nesting deeper"),
    (["check", "{deep}/deep.jsonl"], "deep.jsonl:2: row 2"),
    (["check", "{hostile}/dates.yaml", "--rules", "{deep}/packs/deep.yaml"], "deep.yaml:3: YAML syntax: nesting"),
    (["check", "{hostile}/dates.yaml", "--rules", "{hostile}/packs/bad_date.yaml"],
     "bad_date.yaml:13: BD-DATE-001.effective_from"),
    (["check", "{hostile}/dates.yaml", "--rules", "{hostile}/laughs.yaml"], "laughs.yaml:2: aliases"),
    (["serve", "--rules", "{deep}/packs/deep.yaml", "--port", "1"], "deep.yaml:3: YAML syntax: nesting"),
    (["serve", "--rules", "{hostile}/packs/bad_date.yaml", "--port", "1"], "bad_date.yaml:13: BD-DATE-001"),
])
def test_check_family_answers_hostile_files_with_exit_2_and_a_location(deep: Path, args: list[str],
                                                                       where: str) -> None:
    args = [arg.format(hostile=HOSTILE, deep=deep) for arg in args]
    result = runner.invoke(app, [*args, "--at", "2026-11-25"] if args[0] == "check" else args)
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit | None)
    assert where in result.output.replace("\n", " "), result.output


@pytest.mark.parametrize(("pack", "expected"), [
    ("{deep}/packs/deep.yaml", "deep.yaml:3: YAML syntax: nesting deeper than"),
    ("{hostile}/packs/bad_date.yaml", "bad_date.yaml:13: BD-DATE-001.effective_from: "),
])
def test_validate_names_file_and_line_of_hostile_packs(deep: Path, pack: str, expected: str) -> None:
    result = runner.invoke(app, ["validate", pack.format(hostile=HOSTILE, deep=deep)])
    assert result.exit_code == 1 and expected in result.output, result.output


def test_a_hostile_configuration_file_is_a_settings_error() -> None:
    with pytest.raises(SettingsError, match=r"laughs\.yaml:\d+: aliases"):
        load_settings(HOSTILE / "laughs.yaml")


def test_seller_yaml_and_json_files_with_hostile_content_are_file_errors_not_crashes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(EXAMPLES, data)
    shutil.copy(HOSTILE / "laughs.yaml", data / "trademarks.yaml")
    (data / "accounts.yaml").unlink()
    (data / "accounts.json").write_text("\ufeff" + "[" * 100_000)
    result = runner.invoke(app, ["seller-check", "--data", str(data), "--at", "2026-11-25", "--format", "json"])
    assert result.exit_code == 2, result.output
    errors = {Path(e["file"]).name: e["reason"] for e in json.loads(result.stdout)["input_errors"]}
    assert "aliases" in errors["trademarks.yaml"] and "nesting deeper" in errors["accounts.json"]
