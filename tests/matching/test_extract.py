"""What extraction reads from a feed item: companies and their roles, product phrases, model numbers, GTINs,
hazards, markets, dates and the kind of notice. Made-up items, one per pattern, both sides."""

from __future__ import annotations

import pytest

from crossguard.engine.classify import Classifier
from crossguard.watchers.matching import FeedItem, VocabularyTypes
from crossguard.watchers.matching.codes import find_codes, find_gtins, gtin_valid
from crossguard.watchers.matching.extract import extract
from crossguard.watchers.matching.facts import find_dates, find_hazards, parse_published


@pytest.fixture(scope="module")
def types() -> VocabularyTypes:
    return VocabularyTypes(Classifier.default().types)


def ex_of(types: VocabularyTypes, title: str, text: str = "", link: str = "https://www.cpsc.gov/Recalls/2026/x",
          **kw: str):  # noqa: ANN201
    return extract(FeedItem(id="t", title=title, text=text, link=link, **kw), types)


def roles(ex) -> set[tuple[str, str]]:  # noqa: ANN001
    return {(c.name, c.role) for c in ex.companies}


def test_only_feed_fields_are_read() -> None:
    item = FeedItem.from_mapping({"item_id": "A", "title": "T", "summary": "S", "group": "toys",
                                  "kind": "recall-record", "record": {"manufacturer": "Secret"}, "note": "n"})
    assert (item.id, item.title, item.text) == ("A", "T", "S")
    assert "Secret" not in repr(item)
    assert FeedItem.from_mapping({"id": "B", "text": "x", "description": "ignored"}).text == "x"


def test_recaller_and_product_of_a_recalls_title(types: VocabularyTypes) -> None:
    ex = ex_of(types, "Acme Widgets Recalls Cordless Power Banks Due to Fire Hazard")
    assert ("Acme Widgets", "recaller") in roles(ex)
    assert ex.phrases[0].sig.types == ("power_bank",)
    assert ex.kind == "recall" and ex.markets == ["US"] and "fire" in ex.hazards


def test_recalled_title_with_importer_and_retailer(types: VocabularyTypes) -> None:
    ex = ex_of(types, "Infant Bath Seats Recalled Due to Drowning Hazard; Imported by Zorbly and Sold "
                      "Exclusively on Amazon.com (Recall Alert)")
    assert ("Zorbly", "importer") in roles(ex)
    assert any(role == "retailer" and name.startswith("Amazon") for name, role in roles(ex))
    assert not any(c.name.startswith("Sold") for c in ex.companies)
    assert ex.phrases[0].sig.head == "seat" and "drowning" in ex.hazards and ex.audience == "child"


def test_sold_with_and_also_recalled_give_more_products(types: VocabularyTypes) -> None:
    ex = ex_of(types, "Quixo USA Recalls Battery Packs Sold with Self-Balancing Hoverboards Due to Fire Hazard")
    assert {t for p in ex.phrases for t in p.sig.types} >= {"battery_cell", "e_scooter"}
    ex = ex_of(types, "Brandco Recalls Rock n Glide Rockers After Deaths; Soothe n Play Gliders Also Recalled")
    assert {p.sig.head for p in ex.phrases} >= {"rocker", "glider"}


def test_warning_gov_uk_and_bare_titles(types: VocabularyTypes) -> None:
    ex = ex_of(types, "CPSC Warns Consumers to Immediately Stop Using Zentio Space Heaters Due to Fire Hazard")
    assert ex.phrases[0].sig.types == ("heater",)
    ex = ex_of(types, "Product Recall: Electric Kettle sold via online marketplaces (2501-0001)",
               link="https://www.gov.uk/product-safety-alerts-reports-recalls/x")
    assert ex.kind == "recall" and ex.phrases[0].sig.types == ("kettle",) and "GB" in ex.markets
    ex = ex_of(types, "Voltaro e-bike battery recall notice 12")  # no known pattern: the words before "recall"
    assert ex.phrases[0].sig.types == ("lmt_battery",)
    assert any(c.tokens == ("voltaro",) for c in ex.companies)


def test_branded_brand_name_manufacturer_and_sold_by(types: VocabularyTypes) -> None:
    ex = ex_of(types, "Tools Inc Recalls Drills Due to Shock Hazard",
               "This recall involves Voltix-branded cordless drills. Brand name: Drillmate. "
               "Manufacturer: Shenzhen Voltix Co. They were sold by Gizmo Outlet online.")
    found = roles(ex)
    assert ("Voltix", "branded") in found and ("Drillmate", "brand_name") in found
    assert any(n.startswith("Shenzhen Voltix") and role == "manufacturer" for n, role in found)
    assert ("Gizmo Outlet", "seller") in found
    both = roles(ex_of(types, "Maker Recalls Power Supplies", "Both Manik- and Apex-branded power supplies."))
    assert ("Manik", "branded") in both and ("Apex", "branded") in both


def test_rare_leading_words_of_a_recalled_title_are_a_brand(types: VocabularyTypes) -> None:
    ex = ex_of(types, "Zwoqq Fidget Magnet Ball Toys Recalled Due to Risk of Magnet Ingestion")
    assert any(c.role == "product_lead" and c.tokens[0] == "zwoqq" for c in ex.companies)
    ordinary = ex_of(types, "White Wood Stools Recalled Due to Fall Hazard")
    assert not any(c.role == "product_lead" for c in ordinary.companies)  # "White" is an English word


def test_title_less_record_names_brand_and_products(types: VocabularyTypes) -> None:
    ex = ex_of(types, "", "Lumora Lighting LED bulb, StarLED 12W A19 2700k Dimmable 120V, GlowLED 9W A19.")
    assert ex.kind == "recall"
    assert any(c.role == "leading" and c.tokens[:1] == ("lumora",) for c in ex.companies)
    assert ex.phrases[0].sig.types == ("light_bulb",)
    assert {"starl", "glowl"} & ex.line_tokens or {"starled", "glowled"} & ex.line_tokens


def test_model_numbers_context_lists_and_free_codes() -> None:
    codes = {m.norm: m for m in find_codes("The affected model numbers are 4155, 4155L, 4155W and 4171, "
                                           "and BI-B41 units.", "text")}
    assert {"4155", "4155L", "4155W", "4171", "BIB41"} <= set(codes)
    assert codes["4155"].context and not codes["4155"].strong and codes["BIB41"].strong
    listed = {m.norm for m in find_codes("Models 905e Auto Steamer, 915e On-Demand Steamer, and 925e Steam "
                                         "Machine are included.", "text")}
    assert {"905E", "915E", "925E"} <= listed


def test_units_sizes_and_years_are_not_model_numbers() -> None:
    assert {m.norm for m in find_codes("10,000mAh 24V 2700K 6ft 2-in-1 4x4 sizes 5/6 from 2019 to 2021 A19 12.5W "
                                       "20-foot", "title")} == set()
    assert {m.norm for m in find_codes("lot numbers 2231 and 2232", "text")} == set()  # lots, not models


def test_gtin_check_digit() -> None:
    assert gtin_valid("036000291452") and gtin_valid("4006381333931")
    assert not gtin_valid("036000291453")
    assert find_gtins("UPC 0 36000 29145 2 and 4006381333932") == ["00036000291452"]


@pytest.mark.parametrize(("text", "hazard"), [
    ("posing fire and burn hazards", "fire"), ("can overheat", "fire"), ("electric shock hazard", "shock"),
    ("electrocution hazard", "electrocution"), ("small parts posing a choking hazard", "choking"),
    ("strangulation hazard", "strangulation"), ("laceration hazard", "laceration"), ("fall hazard", "fall"),
    ("risk of serious injury or death from battery ingestion", "button_battery_ingestion"),
    ("magnet ingestion", "magnet_ingestion"), ("violates the federal lead paint ban", "lead"),
    ("drowning hazard", "drowning"), ("federal phthalates ban", "phthalates"),
    ("flammability standard", "flammability"), ("tip-over hazard", "tip_over"),
])
def test_hazards(text: str, hazard: str) -> None:
    assert hazard in find_hazards(text)


def test_lead_the_verb_is_not_lead_the_metal() -> None:
    assert "lead" not in find_hazards("The defect can lead to a fall.")
    assert find_hazards("A new colour for the spring catalogue") == []


def test_dates_and_published() -> None:
    assert parse_published("Mon, 04 Aug 2025 04:00:00 GMT") == "2025-08-04"
    assert parse_published("October 21, 2021") == "2021-10-21"
    assert parse_published("2026-04-16") == "2026-04-16"
    assert find_dates("sold from January 2021 through March 3, 2022 and 04/05/2020") == [
        "2021-01", "2022-03-03", "2020-04-05"]


def test_truncated_text_is_tolerated(types: VocabularyTypes) -> None:
    ex = ex_of(types, "Belko Recalls Portable Power Banks and Wireless Charging Stands Due to Fire and Burn "
                      "Hazards; Sold on Amaz",
               "This recall involves charging stands with model number MMA008 and power banks with model numbers "
               "BPB002 and PB0")
    assert {"MMA008", "BPB002"} <= {m.norm for m in ex.models}
    assert ("Belko", "recaller") in roles(ex)
    assert {t for p in ex.phrases for t in p.sig.types} >= {"power_bank", "wireless_charger"}


def test_kind_of_notice(types: VocabularyTypes) -> None:
    ex = ex_of(types, "Safety Zone; Lake Michigan", "The Coast Guard is establishing a temporary safety zone.",
               link="https://www.federalregister.gov/documents/2025/08/04/x", feed="federal-register")
    assert ex.kind == "policy" and ex.markets == ["US"]
    assert ex_of(types, "Spring sale on garden chairs", link="https://shop.example/blog").kind == "other"
    assert ex_of(types, "Spring sale", link="https://x.example", feed="hmrc-news").kind == "policy"
