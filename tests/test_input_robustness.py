"""Bad input found in review: each gets a clear error (file, line or field) instead of a crash or a
silent pass."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.catalog import load_catalog
from crossguard.engine.packs import validate_packs
from crossguard.engine.yaml_lines import YamlError, load_located
from tests.packs import rule, write_pack

RED = rule("RB-RED-001", {"field": "cls.radio", "eq": True}, blocks_listing=True)


def test_non_utf8_yaml_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Lautsprecher f\xfcr Kinder\n".encode("latin-1"))
    with pytest.raises(YamlError, match=r"latin1\.yaml: not UTF-8"):
        load_located(path)


def test_control_characters_and_unhashable_keys_are_errors(tmp_path: Path) -> None:
    nul = tmp_path / "nul.yaml"
    nul.write_text("id: x\x00\n")
    with pytest.raises(YamlError, match="nul.yaml"):
        load_located(nul)
    key = tmp_path / "key.yaml"
    key.write_text("id: x\n? [a, b]\n: value\n")
    with pytest.raises(YamlError, match=r"key\.yaml:2: a mapping key must be a plain value"):
        load_located(key)


@pytest.mark.parametrize(
    ("jurisdiction", "markets", "problem"),
    [
        ("DE", None, "routes no facts (facts of DE are routed to region EU)"),
        ("Mars", None, "routes no facts"),
        ("EU", ["GB"], "outside the pack's jurisdiction EU"),
        ("EU", ["DEU"], "unknown market(s)"),
    ],
)
def test_pack_scope_that_could_never_fire_is_rejected(tmp_path: Path, jurisdiction: str, markets: list | None,
                                                     problem: str) -> None:
    extra = {"applies_to": {"subject": "listing", "markets": markets}} if markets else {}
    write_pack(tmp_path, "scope", [rule("SC-RED-001", {"field": "cls.radio", "eq": True}, **extra)],
               jurisdiction=jurisdiction)
    _, issues = validate_packs([tmp_path])
    assert any(problem in str(issue) for issue in issues), [str(i) for i in issues]


def test_pack_uk_aliases_normalise_to_gb(tmp_path: Path) -> None:
    write_pack(tmp_path, "uk", [rule("UK-RED-001", {"field": "cls.radio", "eq": True},
                                     applies_to={"subject": "listing", "markets": ["uk"]})], jurisdiction="UK")
    packs, issues = validate_packs([tmp_path])
    assert not issues
    assert packs[0].spec.jurisdiction == "GB" and packs[0].rules[0].spec.applies_to.markets == ["GB"]


def _catalog(tmp_path: Path, listings: list[dict]) -> Path:
    path = tmp_path / "catalog.yaml"
    path.write_text(yaml.safe_dump([{"sku": "SPK-1", "title": "Bluetooth speaker", "listings": listings}]))
    return path


def test_unknown_market_and_foreign_sku_are_row_errors(tmp_path: Path) -> None:
    loaded = load_catalog([_catalog(tmp_path, [{"marketplace": "amazon", "market": "ZZ"}])])
    assert [(e.field, "unknown market 'ZZ'" in e.reason) for e in loaded.errors] == [("listings.0.market", True)]
    loaded = load_catalog([_catalog(tmp_path, [{"marketplace": "amazon", "market": "DE", "sku": "OTHER"}])])
    assert loaded.entries == [] and "not the product's 'SPK-1'" in loaded.errors[0].reason
    loaded = load_catalog([_catalog(tmp_path, [{"marketplace": "amazon", "market": "el"}])])
    assert loaded.entries[0].listings[0].market == "GR"


def test_check_market_filter_normalises_and_refuses_to_pass_nothing(tmp_path: Path) -> None:
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    write_pack(rules_dir, "rb", [RED], jurisdiction="GB")
    catalog = _catalog(tmp_path, [{"marketplace": "amazon", "market": "GB"}, {"marketplace": "amazon", "market": "DE"}])
    runner = CliRunner()
    base = ["check", str(catalog), "--rules", str(rules_dir), "--at", "2026-01-01"]
    uk = runner.invoke(app, [*base, "--market", "uk"])
    assert uk.exit_code == 1 and "BLOCK SPK-1@amazon:GB" in uk.output and "amazon:DE" not in uk.output
    nothing = runner.invoke(app, [*base, "--market", "US"])
    assert nothing.exit_code == 2 and "no listing to check in market(s) US" in nothing.output
    typo = runner.invoke(app, [*base, "--market", "Germany"])
    assert typo.exit_code == 2 and "unknown market" in typo.output


def test_catalog_files_that_are_not_utf8_or_have_clashing_columns(tmp_path: Path) -> None:
    from crossguard.engine.catalog import CatalogFileError

    latin = tmp_path / "latin.csv"
    latin.write_bytes("sku,title,listing.marketplace,listing.market\nA1,Lautsprecher f\xfcr Kinder,amazon,DE\n"
                      .encode("latin-1"))
    with pytest.raises(CatalogFileError, match=r"latin\.csv: not UTF-8"):
        load_catalog([latin])
    clash = tmp_path / "clash.csv"
    clash.write_text("sku,title,battery,battery.capacity_wh,listing.marketplace,listing.market\n"
                     "A1,Power bank,yes,18,amazon,DE\nB2,Lamp,,,amazon,DE\n")
    loaded = load_catalog([clash])
    assert [e.product.sku for e in loaded.entries] == ["B2"]
    assert [(e.row, e.field) for e in loaded.errors] == [(2, "battery.capacity_wh")]
    assert "conflicts with column 'battery'" in loaded.errors[0].reason


def test_seller_csv_with_clashing_columns_is_a_row_error(tmp_path: Path) -> None:
    from crossguard.engine.seller.loaders import load_records
    from crossguard.engine.seller.models import SellerEntity

    path = tmp_path / "entities.csv"
    path.write_text("name,country,country.code\nAcme GmbH,DE,DE\n")
    loaded = load_records(path, SellerEntity, "entities")
    assert [(e.row, e.field) for e in loaded.errors] == [(2, "country.code")]


def test_one_bad_listing_does_not_cost_the_products_good_listings(tmp_path: Path) -> None:
    path = _catalog(tmp_path, [{"marketplace": "amazon", "market": "DE"},
                               {"marketplace": "amazon", "market": "Germany"}])
    loaded = load_catalog([path])
    assert [(x.marketplace, x.market) for x in loaded.entries[0].listings] == [("amazon", "DE")]
    assert [(e.row, e.field) for e in loaded.errors] == [(1, "listings.1.market")]
    csv_path = tmp_path / "catalog.csv"
    csv_path.write_text("sku,title,listing.marketplace,listing.market\n"
                        "SPK-1,Bluetooth speaker,amazon,DE\nSPK-1,,amazon,Germany\nSPK-1,,ebay,FR\n")
    loaded = load_catalog([csv_path])
    assert [(x.marketplace, x.market) for x in loaded.entries[0].listings] == [("amazon", "DE"), ("ebay", "FR")]
    assert [(e.row, e.field) for e in loaded.errors] == [(3, "listings.1.market")]
