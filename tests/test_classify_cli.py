"""`crossguard classify`, officers' overrides in the register, and real marketplace exports, end to end
through the CLI on both database backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.catalog import load_catalog
from tests.factories import make_listing

AT = "2026-11-28"
runner = CliRunner()

# Listings complete for their market (tests.factories), so only classification decides what fires.
CATALOG = [
    {"sku": "LAP-1", "title": "HP 15.6in Laptop Intel Core i5 8GB 256GB SSD", "listings": [make_listing("US")]},
    {"sku": "MYS-1", "title": "Zorbix Q7 Deluxe", "listings": [make_listing("DE")]},
    {"sku": "MUG-1", "title": "Ceramic coffee mug 350 ml", "listings": [make_listing("DE")]},
]


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(CATALOG))
    return path


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


def test_classify_json_schema(catalog: Path) -> None:
    code, output = invoke("classify", catalog, "--format", "json")
    assert code == 0, output
    body = json.loads(output)
    assert body["schema"] == "crossguard.classify/1"
    products = {p["sku"]: p for p in body["products"]}
    laptop = products["LAP-1"]
    assert laptop["product_type"] == "laptop" and laptop["established"] is True
    assert set(laptop["classes"]) == {"radio", "transmitter", "connected", "mains_lv", "eee", "battery",
                                      "button_cell", "toy", "children_12_under", "textile", "apparel"}
    assert laptop["classes"]["transmitter"] is True and "laptop" in laptop["basis"]["product_type"]
    assert products["MYS-1"]["product_type"] is None and products["MYS-1"]["established"] is False
    assert products["MUG-1"]["established"] is True and not any(products["MUG-1"]["classes"].values())


def test_unknown_product_is_reviewed_and_check_exits_1(catalog: Path) -> None:
    code, output = invoke("check", catalog, "--format", "json", "--at", AT)
    assert code == 1
    body = json.loads(output)
    decisions = {d["sku"]: d for d in body["decisions"]}
    assert body["schema"] == "crossguard.check/2"
    assert decisions["MYS-1"]["decision"] == "review" and decisions["MUG-1"]["decision"] == "allow"
    assert body["summary"]["review"] == 1
    review = [f for f in decisions["MYS-1"]["findings"] if f["rule_id"] == "CLS-UNKNOWN-001"]
    assert review and review[0]["reviews_listing"] is True


@pytest.mark.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)
def test_an_officer_settles_a_product_once_and_every_check_applies_it(catalog: Path, db_url: str) -> None:
    code, output = invoke("classify", "set", "MYS-1", "--type", "smart_plug", "--class", "radio=yes",
                          "--by", "ann", "--reason", "photo shows a Wi-Fi plug", "--db", db_url)
    assert code == 0, output
    # check --db and classify --db apply it; without --db the product is still unknown
    code, output = invoke("check", catalog, "--format", "json", "--at", AT, "--db", db_url)
    mystery = next(d for d in json.loads(output)["decisions"] if d["sku"] == "MYS-1")
    rules = {f["rule_id"] for f in mystery["findings"]}
    assert "CLS-UNKNOWN-001" not in rules and "EU-RED-001" in rules and mystery["decision"] == "block"
    code, output = invoke("classify", catalog, "--format", "json", "--db", db_url)
    plug = next(p for p in json.loads(output)["products"] if p["sku"] == "MYS-1")
    assert plug["product_type"] == "smart_plug" and "officer override by ann" in plug["basis"]["radio"]
    # the scan applies it, and a changed override re-evaluates the product (no stale reuse)
    assert invoke("scan", "-c", catalog, "--db", db_url, "--at", AT, "-q", "-w", "1")[0] == 0
    code, output = invoke("register", "export", "-f", "json", "--db", db_url, "--sku", "MYS-1")
    assert "EU-RED-001" in {f["rule_id"] for f in json.loads(output)}
    assert invoke("classify", "unset", "MYS-1", "--by", "bob", "--reason", "wrong photo", "--db", db_url)[0] == 0
    assert invoke("scan", "-c", catalog, "--db", db_url, "--at", AT, "-q", "-w", "1")[0] == 0
    code, output = invoke("register", "export", "-f", "json", "--db", db_url, "--sku", "MYS-1", "--status", "open")
    assert {f["rule_id"] for f in json.loads(output)} == {"CLS-UNKNOWN-001"}
    # audited and reversible: the history keeps both decisions
    code, output = invoke("classify", "history", "MYS-1", "--db", db_url)
    assert "set" in output and "ann" in output and "removed" in output and "bob" in output


def test_override_input_errors(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    # refusals exit 1 as the README's table says for `classify set`, an unknown class like an unknown type
    code, output = invoke("classify", "set", "X", "--class", "wings=yes", "--by", "a", "--reason", "r", "--db", db)
    assert code == 1 and "not a class" in output
    code, output = invoke("classify", "set", "X", "--class", "radio=maybe", "--by", "a", "--reason", "r", "--db", db)
    assert code == 1 and "NAME=yes or NAME=no" in output
    code, output = invoke("classify", "set", "X", "--type", "hovercraft", "--by", "a", "--reason", "r", "--db", db)
    assert code == 1 and "not a product type" in output
    code, output = invoke("classify", "set", "X", "--by", "a", "--reason", "r", "--db", db)
    assert code == 1 and "--type" in output
    code, output = invoke("classify", "unset", "X", "--by", "a", "--reason", "r", "--db", db)
    assert code == 1 and "no classification override" in output
    code, output = invoke("check", tmp_path / "none.json", "--db", f"sqlite:///{tmp_path / 'missing.db'}")
    assert code == 2
    # `classify set` made r.db above: the refusal of a missing file must not say only five commands do that
    code, output = invoke("classify", "history", "X", "--db", f"sqlite:///{tmp_path / 'missing.db'}")
    assert code == 1 and "classify set create one" in output and (tmp_path / "r.db").exists()
    assert "serve, scheduler" in output  # both create one too (crossguard serve on a new file starts)


def test_a_real_export_loads_with_one_warning(tmp_path: Path) -> None:
    """Extra columns are ignored and named once per file; a misspelt known column stays an error."""
    path = tmp_path / "export.csv"
    path.write_text(
        "sku,title,categroy,price,stock,listing.market,listing.marketplace\n"
        "1001,Bluetooth speaker,Audio,19.99,4,DE,amazon\n"
    )
    loaded = load_catalog([path])
    assert [(e.row, e.field) for e in loaded.errors] == [(2, "categroy")]
    assert "did you mean 'category'" in loaded.errors[0].reason
    path.write_text(
        "sku,title,category,price,stock,rating,listing.market,listing.marketplace,listing.price\n"
        "1001,Bluetooth speaker,Audio,19.99,4,4.5,DE,amazon,21\n"
        "1002,Ceramic mug,Kitchen,5,10,3.9,DE,amazon,6\n"
    )
    loaded = load_catalog([path])
    assert not loaded.errors and [e.product.sku for e in loaded.entries] == ["1001", "1002"]
    (warning,) = loaded.warnings
    assert "listing.price" in warning.message and "price" in warning.message and "rating" in warning.message
    code, output = invoke("check", path, "--at", AT)
    assert output.count("ignored 4 column(s)") == 1


def test_numeric_skus_and_new_fields_load_from_yaml(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(
        "- sku: 4006381\n  title: Speaker\n  hs_code: '8518.22'\n  gtin: 4006381333931\n  model: 200\n"
        "  description: A loudspeaker\n  bullet_points: [loud, small]\n  product_type: SPEAKERS\n"
        "  listings: [{marketplace: amazon, market: DE}]\n"
    )
    (entry,) = load_catalog([path]).entries
    product = entry.product
    assert (product.sku, product.hs_code, product.gtin, product.model) == ("4006381", "851822", "4006381333931", "200")
    assert product.bullet_points == ["loud", "small"] and entry.listings[0].sku == "4006381"
    path.write_text("- sku: A\n  title: T\n  hs_code: 8518.2\n  gtin: '4006381333932'\n"
                    "  listings: [{marketplace: amazon, market: DE}]\n")
    fields = {e.field for e in load_catalog([path]).errors}
    assert fields == {"hs_code", "gtin"}


def test_a_product_list_without_listing_columns_is_classified(tmp_path: Path) -> None:
    """`classify` needs no listings: a CSV of product cells alone is a product list, not half-filled listings."""
    path = tmp_path / "products.csv"
    path.write_text("sku,title,brand\n1001,Mini Bluetooth Speaker,Acme\n1002,Farm Advent Calendar,Schleich\n")
    result = runner.invoke(app, ["classify", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    products = {p["sku"]: p for p in json.loads(result.stdout)["products"]}
    assert products["1001"]["classes"]["radio"] and products["1002"]["classes"]["toy"]
    code, output = invoke("check", path, "--at", AT)
    assert code == 2 and "no listing to check" in output
    assert "2 product(s) have no listing" in output  # said by every reader: a scan would otherwise look all clear
    assert [str(w) for w in load_catalog([path]).warnings] == [f"{path}: 2 product(s) have no listing, so no "
                                                               "listing rule checks them (a CSV needs "
                                                               "listing.marketplace and listing.market columns)"]


def test_a_broken_vocabulary_is_an_input_error_not_a_traceback(tmp_path: Path, monkeypatch, capsys) -> None:
    """Someone editing rules/product_types.yaml gets the problems listed and exit 2 from any command."""
    from crossguard import cli
    from crossguard.engine import classify as classify_module
    from crossguard.engine.classification import DEFAULT_HS, DEFAULT_TYPES, Classifier  # raises while loading

    broken = tmp_path / "product_types.yaml"
    broken.write_text(DEFAULT_TYPES.read_text(encoding="utf-8").replace("en: [lego,", "en: ['wow! stuff', lego,", 1))
    monkeypatch.setattr(classify_module, "_default_classifier", lambda: Classifier.from_files(broken, DEFAULT_HS))
    catalog = tmp_path / "products.csv"
    catalog.write_text("sku,title\n1,Mini Bluetooth Speaker\n")
    monkeypatch.setattr("sys.argv", ["crossguard", "classify", str(catalog)])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "product vocabulary is invalid" in err and "'wow! stuff'" in err and "Traceback" not in err


def test_classify_prints_each_problem_on_one_prefixed_line(tmp_path: Path) -> None:
    """As `check` does: `warning:` / `input error:` and the whole message on one line, never wrapped at 80
    columns; the reason is the validator's own, without pydantic's "Value error, " in front."""
    path = tmp_path / "export-with-a-long-name-so-the-line-passes-eighty-columns.csv"
    path.write_text("sku,title,price,gtin\n1,Ceramic mug,5,12345\n")
    result = runner.invoke(app, ["classify", str(path)])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert f"warning: {path}: ignored 1 column(s) crossguard does not read: price" in lines
    assert f"input error: {path}: row 2: gtin: '12345' is not a GTIN (8, 12, 13 or 14 digits)" in lines


def test_an_unknown_product_says_what_would_settle_it(catalog: Path) -> None:
    code, output = invoke("classify", catalog)
    assert code == 0, output
    lines = output.splitlines()
    line = lines[next(i for i, text in enumerate(lines) if text.startswith("MYS-1:")) + 1]
    assert line.startswith("    type: none: ") and "classify set MYS-1 --type" in line
