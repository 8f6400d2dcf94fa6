"""Feed kinds: parsing never raises, dedupe keys are stable, ECB rates are exact."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from crossguard.engine.seller.models import RateRow
from crossguard.store.db import session_scope
from crossguard.watchers.parsers import FEED_KINDS, make_item, parse, parse_ecb_daily
from crossguard.watchers.rates import latest_rates, rates_from_file, store_rates

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "examples" / "feeds"

ECB_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:cb="http://www.cbwiki.net/wiki/index.php/Specification_1.1"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
 <channel rdf:about="http://www.ecb.europa.eu/rss/usd.html"><title>ECB | US dollar (USD)</title>
  <link>http://www.ecb.europa.eu/</link><description>test</description></channel>
 <item rdf:about="http://x/usd?date=2026-11-24"><title>1.0842 USD = 1 EUR 2026-11-24 ECB Reference rate</title>
  <link>http://x/usd?date=2026-11-24</link><dc:date>2026-11-24T14:15:00+01:00</dc:date>
  <cb:statistics><cb:exchangeRate><cb:value frequency="daily" decimals="4">1.0842</cb:value>
  <cb:baseCurrency unit_mult="0">EUR</cb:baseCurrency><cb:targetCurrency>USD</cb:targetCurrency>
  </cb:exchangeRate></cb:statistics></item>
 <item rdf:about="http://x/usd?date=2026-11-23"><title>1.0790 USD = 1 EUR 2026-11-23 ECB Reference rate</title>
  <link>http://x/usd?date=2026-11-23</link><dc:date>2026-11-23T14:15:00+01:00</dc:date>
  <cb:statistics><cb:exchangeRate><cb:value frequency="daily" decimals="4">1.0790</cb:value>
  <cb:baseCurrency unit_mult="0">EUR</cb:baseCurrency><cb:targetCurrency>USD</cb:targetCurrency>
  </cb:exchangeRate></cb:statistics></item>
</rdf:RDF>"""


def test_dedupe_key_prefers_id_then_link_then_content() -> None:
    a = make_item("guid-1", "http://x/1", "T", "S")
    assert a.dedupe_key == make_item("guid-1", "http://x/other", "T2", "S2").dedupe_key
    b = make_item(None, "http://x/1", "T", "S")
    assert b.dedupe_key == make_item("", "http://x/1", "other", "").dedupe_key != a.dedupe_key
    c = make_item(None, None, "T", "S")
    assert c.dedupe_key == make_item(None, None, "T", "S").dedupe_key != make_item(None, None, "T", "S2").dedupe_key
    assert len(make_item("x" * 10_000, None, "", "").dedupe_key) == 64


def test_cpsc_like_fixture_with_bom_and_odd_dates() -> None:
    result = parse("rss", (FIXTURES / "cpsc-recalls.xml").read_bytes(), {"content-type": "application/xml"})
    assert result.problem is None and len(result.items) == 7
    first = result.items[0]
    assert first.published is not None and first.published.date() == date(2026, 11, 19)  # "\tNovember 19, 2026"
    assert first.guid == "https://www.cpsc.gov/_demo-0001-e-bike-batteries"


def test_atom_and_federal_register_fixtures() -> None:
    atom = parse("atom", (FIXTURES / "govuk-product-safety.atom").read_bytes(), {})
    assert len(atom.items) == 2 and atom.items[0].link.startswith("https://www.gov.uk/")
    fr = parse("rss", (FIXTURES / "federal-register-fcc.rss").read_bytes(), {})
    assert "Communications equipment" in fr.items[0].categories


def test_ecb_daily_rates_are_exact_decimals() -> None:
    result = parse("ecb-daily", (FIXTURES / "ecb-eurofxref-daily.xml").read_bytes(), {})
    rates = {r.currency: r.rate for r in result.rates}
    assert rates["GBP"] == Decimal("0.85310") and str(rates["GBP"]) == "0.85310"
    assert {r.date for r in result.rates} == {date(2026, 11, 24)}
    assert len(result.items) == 1  # one item per rates date, for dedupe


def test_ecb_rss_rates_read_from_cb_statistics() -> None:
    result = parse("ecb-rss", ECB_RSS, {})
    assert sorted((r.date, r.rate) for r in result.rates) == [
        (date(2026, 11, 23), Decimal("1.0790")), (date(2026, 11, 24), Decimal("1.0842"))]


@pytest.mark.parametrize("body", [
    b"", b"\x00\xff\xfe garbage", b"<rss><channel><item><title>unterminated", b"<html><body>Not a feed</body></html>",
    b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
    b"<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>]><x>&c;</x>",
    "<rss version='2.0'><channel><item><title>caf\u00e9</title></item></channel></rss>".encode("utf-16"),
])
@pytest.mark.parametrize("kind", sorted(FEED_KINDS))
def test_no_content_crashes_a_parser(kind: str, body: bytes) -> None:
    result = parse(kind, body, {"content-type": "text/xml"})
    assert result.items or result.rates or result.problem or body.strip() == b""


def test_unknown_kind_is_a_problem_not_an_exception() -> None:
    assert "unknown feed kind" in (parse("nope", b"x", {}).problem or "")


def test_ecb_bad_values_are_reported_and_skipped() -> None:
    body = b"""<Envelope><Cube><Cube time='2026-11-24'><Cube currency='USD' rate='1.1'/>
    <Cube currency='XXX' rate='abc'/><Cube currency='YYY' rate='-1'/></Cube></Cube></Envelope>"""
    result = parse_ecb_daily(body, {})
    assert [r.currency for r in result.rates] == ["USD"] and "bad rate" in (result.problem or "")


def test_rates_from_file() -> None:
    rates = rates_from_file(FIXTURES / "ecb-eurofxref-daily.xml")
    assert rates["EUR"] == 1 and rates["USD"] == Decimal("1.0842")


def test_rates_from_file_rejects_a_file_without_rates(tmp_path: Path) -> None:
    bad = tmp_path / "x.xml"
    bad.write_text("<rss version='2.0'><channel><title>t</title></channel></rss>")
    with pytest.raises(ValueError, match="no ECB rates"):
        rates_from_file(bad)


def test_latest_rates_per_currency_from_the_database(db_engine: Engine, db_url: str) -> None:
    with session_scope(db_engine) as s:
        assert store_rates(s, [RateRow(currency="USD", date=date(2026, 11, 23), rate=Decimal("1.0790")),
                               RateRow(currency="GBP", date=date(2026, 11, 23), rate=Decimal("0.85000"))]) == 2
    with session_scope(db_engine) as s:
        assert store_rates(s, [RateRow(currency="USD", date=date(2026, 11, 24), rate=Decimal("1.0842")),
                               RateRow(currency="USD", date=date(2026, 11, 23), rate=Decimal("1.0790"))]) == 1
    rates = latest_rates(db_engine)
    assert rates == {"USD": Decimal("1.0842"), "GBP": Decimal("0.85000"), "EUR": Decimal(1)}
    assert str(rates["GBP"]) == "0.85000"  # exact text, no float round trip
    assert latest_rates(db_url, on=date(2026, 11, 23))["USD"] == Decimal("1.0790")
    with session_scope(db_engine) as s:
        assert latest_rates(s)["USD"] == Decimal("1.0842")
        # an ECB correction replaces the stored value
        store_rates(s, [RateRow(currency="USD", date=date(2026, 11, 24), rate=Decimal("1.0843"))])
    assert latest_rates(db_engine)["USD"] == Decimal("1.0843")


def test_latest_rates_is_empty_before_any_poll(db_engine: Engine) -> None:
    assert latest_rates(db_engine) == {}
