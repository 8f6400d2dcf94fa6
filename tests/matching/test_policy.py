"""Policy notices apply to a market or a product type as a whole: a scope and a count, never a SKU list."""

from __future__ import annotations

from collections.abc import Callable

from crossguard.watchers.matching import Matcher
from tests.matching.conftest import product

MatcherFactory = Callable[..., Matcher]
FR = "https://www.federalregister.gov/documents/2025/01/01/x"


def notice(title: str, text: str = "", link: str = FR, **kw: str) -> dict:
    return {"id": "P", "title": title, "text": text, "link": link, "published": "2025-01-01", **kw}


def test_market_topic_counts_every_listing_of_the_market(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product(f"G{i}", "Mug", markets=("GB",)) for i in range(5)] + [product("U", "Mug")])
    r = m.match(notice("VAT on goods sold through online marketplaces: changes from 1 January",
                       "HMRC guidance for overseas sellers on VAT and online marketplaces.",
                       link="https://www.gov.uk/guidance/vat-and-overseas-goods-sold-to-customers-in-the-uk"))
    assert r.scope == "market" and r.count == 5 and r.matches == [] and r.markets == ["GB"]
    assert r.line() == ("applies to every GB listing (VAT, customs and import tax, Online marketplaces and "
                        "platform rules): 5 SKUs")


def test_product_named_by_a_standard_is_a_product_type_scope(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("S1", "Baby Bath Seat with Suction Cups"), product("S2", "Infant Bath Seat, Blue"),
                      product("X", "Bath Towel"), product("Y", "Car Seat for Infants")])
    r = m.match(notice("Safety Standard for Infant Bath Seats", "The Commission is issuing a final rule.",
                       feed="federal-register"))
    assert r.scope == "product_type" and r.count == 2 and "bath seat" in r.line()


def test_catalog_topic_names_its_group_for_a_product_rule(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("SPK", "Bluetooth Speaker 20W", radio=["bluetooth"]), product("MUG", "Coffee Mug")])
    r = m.match(notice("Equipment Authorization of Radio Frequency Devices; Covered List",
                       "The Commission amends its equipment authorization rules for Bluetooth devices."))
    assert r.scope == "product_type" and r.count == 1 and r.about == ["Radio equipment and equipment authorisation"]
    assert m.match(notice("Equipment Authorization of Radio Frequency Devices"),
                   topics=["vat_tax"]).scope == "skus"  # the feed's topics restrict which topics may tag


def test_a_word_in_a_notice_that_sets_no_product_rule_names_nothing(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("SPK", "Bluetooth Speaker 20W", radio=["bluetooth"])])
    r = m.match(notice("Coast Guard Bluetooth Beacons in the Port of Boston; Safety Zone"))
    assert r.scope == "skus" and r.matches == []


def test_trade_remedies_never_name_every_sku(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product(f"S{i}", f"Cotton T-Shirt {i}") for i in range(20)])
    for title in ("Carbon and Alloy Steel Wire Rod From the Republic of Korea: Preliminary Results of Antidumping "
                  "Duty Administrative Review",
                  "Antidumping or Countervailing Duty Order, Finding, or Suspended Investigation; Opportunity To "
                  "Request Administrative Review"):
        r = m.match(notice(title, "The tariff on imports of the subject merchandise ...", feed="federal-register"))
        assert r.scope == "skus" and r.matches == [], title
    beds = make_matcher([product("B1", "Memory Foam Mattress, Queen", markets=("US", "GB")),
                         product("B2", "Crib Mattress", markets=("GB",)), product("M1", "Coffee Mug")])
    r = beds.match(notice("Mattresses From Thailand; Antidumping Duty Order", feed="federal-register"))
    assert r.scope == "product_type" and r.count == 1 and r.about == ["mattresses"]  # the US SKU of that product


def test_feed_can_say_it_publishes_policy(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("U", "Zyloo Kettle", brand="Zyloo")])
    item = notice("Marketplace operators must verify sellers", "Rules for online marketplaces.",
                  link="https://news.example/1")
    assert m.match(item, kind="policy", markets=["US"]).scope == "market"
