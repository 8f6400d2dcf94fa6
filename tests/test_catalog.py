"""Catalog loading: every format, and bad rows reported with file, row and field while the rest loads."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from crossguard.engine.catalog import CatalogFileError, RowError, iter_catalog, load_catalog, parse_certificates

YAML_CATALOG = """\
- sku: SPK-1
  title: Bluetooth speaker
  radio: bluetooth
  certificates:
    - {scheme: ce, directives: "RED, RoHS", issued: 2024-01-01, expires: 2029-01-01}
  listings:
    - {marketplace: Amazon, markets: [DE, FR]}
- sku: BAD-1
  title: Kettle
  mains_voltage_v: two hundred
  listings: [{marketplace: amazon, market: DE}]
- sku: LAMP-1
  title: LED desk lamp
  mains_voltage_v: 230
  listings: [{marketplace: ebay, market: uk}]
- sku: BAD-2
  title: Charger
  listings: [{marketplace: amazon, markte: DE}]
"""


def test_yaml_bad_rows_are_reported_and_good_rows_load(tmp_path: Path) -> None:
    path = tmp_path / "catalog.yaml"
    path.write_text(YAML_CATALOG)
    loaded = load_catalog([path])
    assert [e.product.sku for e in loaded.entries] == ["SPK-1", "LAMP-1"]
    spk = loaded.entries[0]
    assert [(x.marketplace, x.market) for x in spk.listings] == [("amazon", "DE"), ("amazon", "FR")]
    assert spk.product.radio == ["bluetooth"]
    assert spk.product.certificates[0].directives == ["RED", "ROHS"]
    assert loaded.entries[1].listings[0].market == "GB"  # UK is normalised to the ISO code
    errors = {(e.row, e.field): e for e in loaded.errors}
    assert set(errors) == {(2, "mains_voltage_v"), (4, "listings.0.markte")}
    assert "did you mean 'market'" in errors[(4, "listings.0.markte")].reason
    assert errors[(2, "mains_voltage_v")].line == 10
    assert str(errors[(2, "mains_voltage_v")]).startswith(f"{path}:10: row 2: mains_voltage_v:")


def test_json_catalog_with_products_key(tmp_path: Path) -> None:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps({"products": [
        {"sku": "A", "title": "USB-C charger", "listings": [{"marketplace": "shopify", "market": "US"}]},
        {"sku": "B", "listings": []},
    ]}))
    loaded = load_catalog([path])
    assert [e.product.sku for e in loaded.entries] == ["A"]
    assert [(e.row, e.field) for e in loaded.errors] == [(2, "title")]


CSV_CATALOG = """\
sku,title,brand,mains_voltage_v,battery.capacity_wh,certificates,listing.marketplace,listing.market,listing.epr.de_weee
{charger}
CHG-1,,,,,,ebay,GB,
PB-1,Power bank,Voltra,,lots,,amazon,DE,
CRT-1,Cart,Voltra,,,CE:LVD@01-01-2024,amazon,DE,
OK-2,Cotton T-shirt,Loom,,,,amazon,US,
NOSKU,,,,,,,,
""".format(charger="CHG-1,USB-C charger 65W,Voltra,230,,"
           "CE:LVD+EMC+ROHS@2024-01-10..2029-01-10#DOC-17|FCC_SDOC@2023-05-01,amazon,DE;FR,DE12345678")


def test_csv_rows_group_by_sku_and_errors_name_rows(tmp_path: Path) -> None:
    path = tmp_path / "catalog.csv"
    path.write_text(CSV_CATALOG.replace("NOSKU", ""))
    loaded = load_catalog([path])
    by_sku = {e.product.sku: e for e in loaded.entries}
    assert set(by_sku) == {"CHG-1", "OK-2"}
    charger = by_sku["CHG-1"]
    assert [(x.marketplace, x.market) for x in charger.listings] == [("amazon", "DE"), ("amazon", "FR"), ("ebay", "GB")]
    assert charger.listings[0].epr == {"de_weee": "DE12345678"}
    ce, sdoc = charger.product.certificates
    assert (ce.scheme.value, ce.directives, ce.expires, ce.reference) == ("CE", ["LVD", "EMC", "ROHS"],
                                                                          date(2029, 1, 10), "DOC-17")
    assert sdoc.scheme.value == "FCC_SDOC" and sdoc.expires is None
    errors = {(e.row, e.field) for e in loaded.errors}
    assert errors == {(4, "battery.capacity_wh"), (5, "certificates"), (7, "sku")}


def test_certificate_cell_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="is not SCHEME"):
        parse_certificates("CE LVD 2024")
    assert parse_certificates("") == []


def test_certificate_cell_carries_standard_editions_and_flags() -> None:
    """A CSV can say what a YAML catalog says: a CPC citing F963-23, filed with CBP (US-CPSC-009, eFiling)."""
    [cpc, ce] = parse_certificates("CPC:F963-23@2024-05-01!efiled#CPC-9|CE:RED+ROHS@2024-01-10")
    assert cpc == {"scheme": "CPC", "directives": ["F963-23"], "issued": "2024-05-01", "expires": None,
                   "reference": "CPC-9", "efiled": True}
    assert "efiled" not in ce and ce["directives"] == ["RED", "ROHS"]
    assert parse_certificates("FCC_ID@2023-01-01!lab_prohibited")[0]["lab_prohibited"] is True
    with pytest.raises(ValueError, match="unknown flag"):
        parse_certificates("CPC:F963-23!filed")


def test_a_csv_toy_with_an_f963_23_cpc_passes_the_us_toy_rules(tmp_path: Path) -> None:
    from crossguard.engine.evaluator import Evaluator
    from tests.factories import rule_ids

    header = "sku,title,age_min_years,tracking_label,certificates," + ",".join(
        f"listing.{k}" for k in ("marketplace", "market", "manufacturer_name", "manufacturer_address",
                                 "manufacturer_country", "has_image"))
    listing = "amazon,US,Acme Toys,1 Main St,US,true"
    path = tmp_path / "toys.csv"
    path.write_text(f"{header}\nT-1,Wooden jigsaw puzzle 100 pieces,4,true,CPC:F963-23@2024-05-01!efiled,{listing}\n"
                    f"T-2,Wooden jigsaw puzzle 100 pieces,4,true,CPC@2024-05-01!efiled,{listing}\n")
    loaded = load_catalog([path])
    assert not loaded.errors
    evaluator = Evaluator.from_paths()
    fired = {e.product.sku: rule_ids(evaluator, e, date(2026, 11, 25)) for e in loaded.entries}
    assert "US-CPSC-009" not in fired["T-1"] and "US-CPSC-009" in fired["T-2"]
    assert not {"US-CPSC-001", "US-CPSC-010"} & fired["T-1"]  # a CPC, and filed


def test_certificate_validity_window() -> None:
    [cert] = parse_certificates("CE:RED@2024-01-01..2026-01-01")
    from crossguard.engine.models import Certificate

    model = Certificate.model_validate(cert)
    assert model.valid_on(date(2024, 1, 1)) and model.valid_on(date(2025, 12, 31))
    assert not model.valid_on(date(2026, 1, 1)) and not model.valid_on(date(2023, 12, 31))


def test_whole_file_problems_raise(tmp_path: Path) -> None:
    with pytest.raises(CatalogFileError, match="unknown catalog format"):
        load_catalog([tmp_path / "catalog.xlsx"])
    with pytest.raises(CatalogFileError, match="no such file"):
        load_catalog([tmp_path / "missing.yaml"])
    broken = tmp_path / "broken.yaml"
    broken.write_text("- sku: [unclosed\n")
    with pytest.raises(CatalogFileError, match="broken.yaml:"):
        load_catalog([broken])
    scalar = tmp_path / "scalar.json"
    scalar.write_text('"just a string"')
    with pytest.raises(CatalogFileError, match="expected a list"):
        load_catalog([scalar])


def test_jsonl_one_product_a_line_with_bad_lines_as_row_errors(tmp_path: Path) -> None:
    yaml_path = tmp_path / "catalog.yaml"
    yaml_path.write_text(YAML_CATALOG)
    lines = [json.dumps(product, default=str) for product in yaml.safe_load(YAML_CATALOG)]
    path = tmp_path / "catalog.jsonl"
    path.write_text("\n".join([lines[0], "", "{broken", *lines[1:], "[1, 2]"]) + "\n")
    loaded = load_catalog([path])
    from_yaml = load_catalog([yaml_path])
    assert loaded.entries == from_yaml.entries
    # rows are line numbers; blank lines are skipped, bad JSON and non-mappings are row errors
    assert [(e.row, e.line, e.field) for e in loaded.errors] == [
        (3, 3, ""), (4, 4, "mains_voltage_v"), (6, 6, "listings.0.markte"), (7, 7, "")
    ]  # fmt: skip
    assert "JSON syntax" in loaded.errors[0].reason and "mapping" in loaded.errors[-1].reason


def test_iter_catalog_is_what_load_catalog_collects_for_every_format(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent / "examples"
    yaml_path = tmp_path / "catalog.yaml"
    yaml_path.write_text(YAML_CATALOG)
    paths = [yaml_path, root / "catalog.yaml", root / "catalog.csv", root / "bad-catalog.csv"]
    items = list(iter_catalog(paths))
    loaded = load_catalog(paths)
    assert [i for i in items if isinstance(i, RowError)] == loaded.errors
    assert [i for i in items if not isinstance(i, RowError)] == loaded.entries
    assert loaded.errors and loaded.entries


def test_iter_catalog_checks_every_path_before_yielding(tmp_path: Path) -> None:
    good = tmp_path / "catalog.yaml"
    good.write_text(YAML_CATALOG)
    with pytest.raises(CatalogFileError, match="no such file"):
        next(iter_catalog([good, tmp_path / "missing.jsonl"]))


CSV_QUOTES = """\
sku,title,listing.marketplace,listing.market
OK-1,"Bluetooth speaker",amazon,DE
STRAY-1,"Desk lamp"x,amazon,DE
OK-2,Mug,amazon,FR
OPEN-1,"Kettle, 1.7 l,amazon,DE
LOST-1,Toaster,amazon,DE
LOST-2,Heater,amazon,DE
"""


def test_a_quote_never_closed_is_named_by_its_line_and_the_rows_before_it_load(tmp_path: Path) -> None:
    """An unclosed quote used to take the rest of the file into one cell silently (later rows vanished, and the row
    failed on some other field); a stray character after a closing quote spoils that row alone."""
    path = tmp_path / "quotes.csv"
    path.write_text(CSV_QUOTES)
    loaded = load_catalog([path])
    assert [e.product.sku for e in loaded.entries] == ["OK-1", "OK-2"]
    errors = {(e.row, e.field): e.reason for e in loaded.errors}
    assert set(errors) == {(3, ""), (5, "")}
    assert "',' expected after '\"'" in errors[(3, "")] and "line 3" in errors[(3, "")]
    assert "a quote opened on line 5 is never closed: lines 5-7" in errors[(5, "")]


def test_a_closed_quote_over_several_lines_is_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('sku,title,listing.marketplace,listing.market\nM-1,"Mug\nwith lid",amazon,DE\nM-2,Cup,amazon,FR\n')
    loaded = load_catalog([path])
    assert not loaded.errors
    assert [e.product.title for e in loaded.entries] == ["Mug\nwith lid", "Cup"]


def test_a_header_with_a_quote_never_closed_is_named_by_its_line(tmp_path: Path) -> None:
    """The header was read with a bare next(reader): the strict reader's error reached users as "CSV: unexpected end
    of data", naming no line."""
    path = tmp_path / "open-header.csv"
    path.write_text('sku,"title,listing.marketplace,listing.market\nA-1,Mug,amazon,DE\n')
    with pytest.raises(CatalogFileError, match="header row: a quote opened on line 1 is never closed: lines 1-2"):
        load_catalog([path])


def test_a_refused_row_is_read_to_its_end_and_the_rows_after_it_keep_their_numbers(tmp_path: Path) -> None:
    """After a stray character the strict reader started the next row on the next line: the rest of a quoted cell
    that goes on over lines became a row of its own (SKU 'with lid"'), and every later row's number moved by one."""
    path = tmp_path / "stray-then-multiline.csv"
    path.write_text('sku,title,description,gtin,listing.marketplace,listing.market\n'
                    'A-1,"Mug"s,"A mug\nwith lid",,amazon,DE\n'
                    'C-3,Lamp,"Desk\nlamp",,amazon,DE\n'
                    'D-4,Fan,"Desk\nfan",123,amazon,FR\n"E-5"x,Kettle,kettle,,amazon,DE\n')
    loaded = load_catalog([path])
    assert [e.product.sku for e in loaded.entries] == ["C-3"]
    errors = sorted(loaded.errors, key=lambda error: error.row)
    assert [(e.row, e.field) for e in errors] == [(2, ""), (4, "gtin"), (5, "")]
    first, last = errors[0].reason, errors[-1].reason
    assert "line 2: ',' expected after '\"'" in first and "the row is lines 2-3" in first
    assert "line 8: ',' expected after '\"'" in last and "the row is" not in last
