"""Seller data loading: every input kind in CSV, JSON and YAML, bad rows reported with file, row,
field and reason while the good rows load, unreadable files, unknown entities."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from crossguard.engine.seller.data import SellerDataError, load_seller_data
from crossguard.engine.seller.loaders import load_records
from crossguard.engine.seller.models import Sale, SellerEntity

ENTITIES_YAML = """\
entities:
  - name: Acme GmbH
    country: de
    vat_registrations:
      - {country: DE, number: DE298765431, since: 2020-01-01}
  - name: Bad Co
    country: Germany
  - name: Nordlicht GmbH
    country: AT
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(load) -> list[tuple[str, int, str]]:
    return [(e.file.name, e.row, e.field) for e in load.errors]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path, "entities.yaml", ENTITIES_YAML)
    return tmp_path


def test_entities_yaml_bad_row_with_line(folder: Path):
    data = load_seller_data(folder)
    assert [e.name for e in data.entities] == ["Acme GmbH", "Nordlicht GmbH"]
    assert errors_of(data) == [("entities.yaml", 2, "country")]
    assert data.errors[0].line == 7
    assert data.entities[0].registration_in("DE", date(2026, 1, 1)).number == "DE298765431"


def test_entities_csv_registration_cells(tmp_path: Path):
    write(tmp_path, "entities.csv", "name,country,vat_registrations,oss_registered\n"
          "Acme GmbH,DE,DE:DE298765431@2020-01-01;pl=PL5213876540,false\n"
          "Bad Co,DE,DE298765431,no\n"
          "Nord GmbH,AT,,yes\n")
    data = load_seller_data(tmp_path)
    assert [(e.name, [r.country for r in e.vat_registrations], e.oss_registered) for e in data.entities] == [
        ("Acme GmbH", ["DE", "PL"], False), ("Nord GmbH", [], True)]
    assert errors_of(data) == [("entities.csv", 3, "vat_registrations")]
    assert "COUNTRY:NUMBER" in data.errors[0].reason


def test_sales_csv_bad_rows(folder: Path):
    write(folder, "sales.csv", "entity,destination,customer,amount,currency,date,ship_from\n"
          "Acme GmbH,FR,B2C,100.50,EUR,2026-03-01,DE\n"
          "Acme GmbH,FR,B2X,100,EUR,2026-03-01,DE\n"
          "Acme GmbH,FR,B2C,abc,EUR,2026-03-01,DE\n"
          "Acme GmbH,FR,B2C,100,EURO,2026-03-01,DE\n"
          "Acme GmbH,FR,B2C,100,EUR,2026-02-30,DE\n"
          "Ghost Ltd,FR,B2C,100,EUR,2026-03-01,DE\n"
          "Acme GmbH,FR,B2C,100,EUR,2026-03-01,DE,extra\n"
          "Acme GmbH,FR,b2b,7,usd,2026-03-02,uk\n")
    data = load_seller_data(folder)
    assert [(s.amount, s.currency, s.ship_from) for s in data.sales] == [
        (Decimal("100.50"), "EUR", "DE"), (Decimal("7"), "USD", "GB")]
    assert errors_of(data)[1:] == [("sales.csv", 3, "customer"), ("sales.csv", 4, "amount"),
                                   ("sales.csv", 5, "currency"), ("sales.csv", 6, "date"),
                                   ("sales.csv", 8, ""), ("sales.csv", 7, "entity")]
    assert "unknown entity 'Ghost Ltd'" in data.errors[-1].reason


def test_sales_json_bad_rows(folder: Path):
    rows = [
        {"entity": "Acme GmbH", "destination": "FR", "customer": "B2C", "amount": 10, "currency": "EUR",
         "date": "2026-03-01", "ship_from": "DE"},
        {"entity": "Acme GmbH", "destination": "FR", "customer": "B2C", "amount": "NaN", "currency": "EUR",
         "date": "2026-03-01", "ship_from": "DE"},
        {"entity": "Acme GmbH", "destination": "FR", "customer": "B2C", "currency": "EUR", "date": "2026-03-01",
         "ship_from": "DE", "colour": "red"},
        "not a row",
    ]
    write(folder, "sales.json", json.dumps({"sales": rows}))
    data = load_seller_data(folder)
    assert len(data.sales) == 1
    assert sorted(errors_of(data)[1:]) == [("sales.json", 2, "amount"), ("sales.json", 3, "amount"),
                                           ("sales.json", 3, "colour"), ("sales.json", 4, "")]


@pytest.mark.parametrize(
    ("name", "text", "kept", "bad"),
    [
        ("stock.yaml", "- {entity: Acme GmbH, country: PL, warehouse: FBA, quantity: 5}\n"
                       "- {entity: Acme GmbH, country: PL, warehouse: shed, quantity: 5}\n"
                       "- {entity: Acme GmbH, country: PL, warehouse: own, quantity: -1}\n",
         1, [("stock.yaml", 2, "warehouse"), ("stock.yaml", 3, "quantity")]),
        ("trademarks.csv", "mark,owner,office,status,number,classes,expiry\n"
                           "Acme,Acme GmbH,euipo,Registered,018000001,9;11,2030-01-01\n"
                           "Acme,Acme GmbH,DPMA,registered,302020001,9,\n"
                           "Acme,Acme GmbH,UKIPO,abandoned,UK001,9,\n"
                           "Acme,Acme GmbH,USPTO,pending,98000001,nine,\n",
         1, [("trademarks.csv", 3, ""), ("trademarks.csv", 4, "status"), ("trademarks.csv", 5, "classes.0")]),
        ("watchlist.json", '[{"mark": "LEGO", "owner": "LEGO Juris A/S"}, {"owner": "nobody"}, {"mark": "X"}]',
         1, [("watchlist.json", 2, "mark"), ("watchlist.json", 3, "mark")]),
        ("listings.yml", "listings:\n  - {sku: A, title: Lamp, brand: Acme, marketplace: Amazon, market: de}\n"
                         "  - {sku: B, title: Lamp, marketplace: amazon, market: Germany}\n"
                         "  - {sku: C, marketplace: amazon, market: DE}\n",
         1, [("listings.yml", 2, "market"), ("listings.yml", 3, "title")]),
        ("accounts.csv", "account_id,platform,region,entity,ips,bank_accounts,exemption\n"
                         "A1,Amazon,eu,Acme GmbH,1.2.3.4;5.6.7.8,DE89 3704 0044 0532 0130 00,\n"
                         ",amazon,EU,Acme GmbH,,,\n"
                         "A3,amazon,EU,Acme GmbH,,,,surplus\n",
         1, [("accounts.csv", 3, "account_id"), ("accounts.csv", 4, "")]),
        ("fx_positions.yaml", "fx_positions:\n  - {entity: Acme GmbH, currency: usd, receivables: 100}\n"
                              "  - {entity: Acme GmbH, currency: USD, hedged: -5}\n"
                              "  - {entity: Acme GmbH, currency: USD, reference_rate: 0}\n"
                              "  - {entity: Nobody, currency: USD}\n",
         1, [("fx_positions.yaml", 2, "hedged"), ("fx_positions.yaml", 3, "reference_rate"),
             ("fx_positions.yaml", 4, "entity")]),
    ],
)
def test_bad_rows_in_every_kind(folder: Path, name, text, kept, bad):
    write(folder, name, text)
    data = load_seller_data(folder)
    attribute = {"stock": "stock", "trademarks": "trademarks", "watchlist": "watchlist", "listings": "listings",
                 "accounts": "accounts", "fx_positions": "fx_positions"}[name.split(".")[0]]
    assert len(getattr(data, attribute)) == kept
    assert errors_of(data)[1:] == bad


def test_normalised_values(folder: Path):
    write(folder, "accounts.yaml", "- {account_id: A1, platform: ' Amazon ', region: uk, ips: '1.2.3.4; 5.6.7.8'}\n")
    write(folder, "trademarks.yaml", "- {mark: Acme, owner: Acme, office: euipo, status: PENDING}\n")
    data = load_seller_data(folder)
    assert (data.accounts[0].platform, data.accounts[0].region, data.accounts[0].ips) == (
        "amazon", "GB", ["1.2.3.4", "5.6.7.8"])
    assert (data.trademarks[0].office, data.trademarks[0].status.value) == ("EUIPO", "pending")


def test_rates_files_and_bad_rows(folder: Path):
    write(folder, "rates.csv", "date,currency,rate\n2026-11-25,USD,1.16\n2026-11-25,GBP,-1\n2026-11-31,JPY,170\n")
    data = load_seller_data(folder)
    assert data.rates.quote("USD", date(2026, 11, 25)).rate == Decimal("1.16")
    assert errors_of(data)[1:] == [("rates.csv", 3, "rate"), ("rates.csv", 4, "date")]


def test_ecb_xml_rates_file(folder: Path):
    sample = Path(__file__).resolve().parent.parent.parent / "shared/material/feeds/ecb-exchange-rates"
    source = sample / "eurofxref-daily_xpt-nl.xml"
    if not source.exists():
        source_text = ("<?xml version='1.0'?><gesmes:Envelope xmlns:gesmes='http://www.gesmes.org/xml/2002-08-01' "
                       "xmlns='http://www.ecb.int/vocabulary/2002-08-01/eurofxref'><Cube><Cube time='2025-05-09'>"
                       "<Cube currency='USD' rate='1.1252'/></Cube></Cube></gesmes:Envelope>")
    else:
        source_text = source.read_text(encoding="utf-8")
    write(folder, "rates.xml", source_text)
    data = load_seller_data(folder)
    quote = data.rates.quote("USD", date(2025, 5, 12))
    assert (quote.rate, quote.on) == (Decimal("1.1252"), date(2025, 5, 9))


def test_unreadable_files_do_not_stop_the_others(folder: Path):
    write(folder, "sales.yaml", "sales: [unclosed\n")
    write(folder, "stock.json", "{not json")
    write(folder, "accounts.yaml", "accounts: 42\n")
    write(folder, "watchlist.csv", "mark\nLEGO\n")
    data = load_seller_data(folder)
    assert [w.mark for w in data.watchlist] == ["LEGO"]
    assert [(name, row) for name, row, _ in errors_of(data)[1:]] == [("sales.yaml", 0), ("stock.json", 0),
                                                                     ("accounts.yaml", 0)]
    assert "YAML syntax" in data.errors[1].reason and data.errors[1].line == 2


def test_missing_folder():
    with pytest.raises(SellerDataError):
        load_seller_data(Path("/nonexistent/seller-data"))


def test_duplicate_entity_is_reported(folder: Path):
    write(folder, "entities.yaml", ENTITIES_YAML + "  - name: Acme GmbH\n    country: DE\n")
    data = load_seller_data(folder)
    assert ("entities.yaml", 4, "name") in errors_of(data)


def test_load_records_unknown_format(tmp_path: Path):
    load = load_records(write(tmp_path, "sales.txt", "x"), Sale, "sales")
    assert load.items == [] and "unknown format" in load.errors[0].reason


def test_record_remembers_its_origin(tmp_path: Path):
    load = load_records(write(tmp_path, "entities.yaml", ENTITIES_YAML), SellerEntity, "entities")
    assert [(e.origin.row, e.origin.line) for e in load.items] == [(1, 2), (3, 8)]


def test_a_quote_never_closed_in_seller_csv_is_named_and_the_rows_before_it_load(folder: Path):
    """As in catalogs (engine/csv_records.py): the rows after an unclosed quote used to vanish into one cell."""
    write(folder, "rates.csv", 'date,currency,rate\n2026-11-25,USD,1.16\n2026-11-25,"GBP"x,0.87\n'
                               '2026-11-25,JPY,170\n2026-11-25,"CHF,0.93\n2026-11-25,SEK,11.2\n')
    data = load_seller_data(folder)
    assert data.rates.quote("USD", date(2026, 11, 25)).rate == Decimal("1.16")
    assert data.rates.quote("JPY", date(2026, 11, 25)).rate == Decimal("170")
    assert errors_of(data)[1:] == [("rates.csv", 3, ""), ("rates.csv", 5, "")]
    unclosed = data.errors[-1].reason
    assert "a quote opened on line 5 is never closed: lines 5-6" in unclosed


@pytest.mark.parametrize(("header", "reason"), [
    ('date,"currency"x,rate', "header row: line 1: ',' expected after '\"'"),
    ('date,"currency,rate', "header row: a quote opened on line 1 is never closed: lines 1-2"),
])
def test_a_header_the_strict_reader_refuses_is_a_row_error_not_a_traceback(folder: Path, header: str, reason: str):
    """The header was read with a bare next(reader): the strict reader's csv.Error escaped load_seller_data (a
    traceback from seller-check and scan) where the lenient reader had read the header as other column names."""
    write(folder, "rates.csv", f"{header}\n2026-11-25,USD,1.16\n")
    data = load_seller_data(folder)
    assert errors_of(data)[-1] == ("rates.csv", 1, "")
    assert data.errors[-1].reason.startswith(reason)


def test_a_csv_file_the_csv_module_cannot_read_is_one_row_0_error(folder: Path):
    """A cell past the csv module's limit raises csv.Error whatever the reader: an input error, not a traceback."""
    write(folder, "entities.csv", "id,name\nE1," + "x" * 64 + "\n")
    limit = csv.field_size_limit(16)
    try:
        load = load_records(folder / "entities.csv", SellerEntity, "entities")
    finally:
        csv.field_size_limit(limit)
    assert errors_of(load) == [("entities.csv", 0, "")] and load.errors[0].reason.startswith("CSV: field larger")


def test_a_refused_row_is_read_to_its_end_and_the_rows_after_it_keep_their_lines(folder: Path):
    write(folder, "rates.csv", 'date,currency,rate\n2026-11-25,"GBP"x,"0.87\nstill the GBP row"\n'
                               '2026-11-25,JPY,170\n')
    data = load_seller_data(folder)
    assert data.rates.quote("JPY", date(2026, 11, 25)).rate == Decimal("170")
    assert errors_of(data)[-1:] == [("rates.csv", 2, "")] and "the row is lines 2-3" in data.errors[-1].reason
