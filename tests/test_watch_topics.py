"""Topic rules: normalisation, tagging and matching feed items to the products we sell."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.findings import Severity
from crossguard.watchers.topics import TopicBook, TopicFile, contains, fix_mojibake, normalize
from tests.fakes.catalog import demo_catalog, entry

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def book() -> TopicBook:
    return TopicBook.load(ROOT / "rules" / "topics.yaml")


def test_normalize_is_case_accent_and_punctuation_insensitive() -> None:
    assert normalize("Électrique E-Bike  BATTERY!") == " electrique e bike battery "
    assert contains(normalize("Recall of e-bikes"), normalize("e bikes"))
    assert not contains(normalize("a clamp"), normalize("lamp"))  # word boundaries
    assert normalize("<p>Wi&#8209;Fi &amp; Bluetooth</p>").split() == ["wi", "fi", "bluetooth"]


def test_mojibake_from_the_cpsc_feed_is_repaired() -> None:
    assert fix_mojibake("Childrenâ€™s Robes") == "Children’s Robes"
    assert contains(normalize("Childrenâ€™s Robes"), normalize("children's"))
    assert fix_mojibake("plain text") == "plain text"


def test_tags_name_the_keywords_found(book: TopicBook) -> None:
    tags = {t.topic: t.keywords for t in book.tag("XYZ Recalls Power Banks Due to Fire Hazard")}
    assert "lithium_batteries" in tags and "power banks" in tags["lithium_batteries"]
    assert "hazard_fire" in tags


def test_exclude_keywords_veto_a_topic(book: TopicBook) -> None:
    assert "radio_equipment" not in {t.topic for t in book.tag("FM broadcast radio equipment licence renewals")}
    assert "radio_equipment" in {t.topic for t in book.tag("Equipment authorization for Bluetooth devices")}


def test_recall_touching_a_product_we_sell_names_its_skus(book: TopicBook) -> None:
    rel = book.relevance("Acme recalls e-bike batteries due to fire hazard", demo_catalog(), ["US"])
    assert rel.skus == ["EBB-1"]
    assert rel.severity is Severity.medium
    assert "micromobility" in rel.topics


def test_item_touching_nothing_we_sell_is_not_relevant(book: TopicBook) -> None:
    rel = book.relevance("Northwind recalls chests of drawers due to tip-over hazard", demo_catalog(), ["US"])
    assert not rel.relevant and rel.skus == [] and rel.severity is None


def test_topic_only_matches_products_sold_in_the_feeds_market(book: TopicBook) -> None:
    text = "Lumetta-style LED desk lamps recalled due to shock hazard"
    assert book.relevance(text, demo_catalog(), ["US"]).skus == []  # LMP-1 is only listed in DE
    assert book.relevance(text, demo_catalog(), ["EU"]).skus == ["LMP-1"]  # DE is in the EU region
    assert book.relevance(text, demo_catalog(), []).skus == ["LMP-1"]  # no market restriction


def test_brand_named_raises_severity(book: TopicBook) -> None:
    rel = book.relevance("Voltaro recalls e-bike batteries", demo_catalog(), ["US"])
    assert rel.skus == ["EBB-1"] and rel.severity is Severity.high
    assert any("brand" in r for r in rel.hits[0].reasons)


def test_short_brands_do_not_match_everywhere() -> None:
    book = TopicBook(TopicFile.model_validate({"version": "1", "min_brand_length": 3, "topics": {
        "x": {"title": "x", "item_keywords": ["zzz"]}}}))
    catalog = [entry("S1", "Thing", brand="GO")]
    assert not book.relevance("Let's go shopping", catalog, []).relevant


def test_market_scope_topics_touch_everything_sold_there(book: TopicBook) -> None:
    rel = book.relevance("VAT changes for online marketplaces", demo_catalog(), ["GB"])
    assert sorted(rel.skus) == ["CHG-1", "TOY-1"]
    assert book.relevance("VAT changes for online marketplaces", demo_catalog(), ["JP"]).skus == []


def test_context_topics_never_alert_alone(book: TopicBook) -> None:
    rel = book.relevance("Garden furniture recalled due to fire hazard", demo_catalog(), ["US"])
    assert {t.topic for t in rel.tags} == {"hazard_fire"} and not rel.relevant


def test_only_topics_restricts_tagging_per_feed(book: TopicBook) -> None:
    text = "Tariff filing rules for carriers; VAT"
    assert book.relevance(text, demo_catalog(), ["US"]).relevant
    assert not book.relevance(text, demo_catalog(), ["US"], only_topics=["radio_equipment"]).relevant


def test_appliance_with_battery_is_not_hit_by_every_battery_recall(book: TopicBook) -> None:
    rel = book.relevance("Recall of lithium-ion battery packs for e-scooters", demo_catalog(), ["US"])
    assert "SPK-1" not in rel.skus and "EBB-1" in rel.skus
    law = book.relevance("Batteries Regulation (EU) 2023/1542: labelling applies", demo_catalog(), ["EU"])
    assert {"SPK-1", "EBB-1"} <= set(law.skus)


def test_unknown_product_attribute_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown product attributes"):
        TopicBook(TopicFile.model_validate({"version": "1", "topics": {
            "x": {"title": "x", "item_keywords": ["a"], "products": {"attributes": ["nope"]}}}}))


def test_button_cells_are_their_own_topic(book: TopicBook) -> None:
    catalog = [*demo_catalog(), entry("W-1", "Kids watch", ("US",), battery={"chemistry": "lithium", "form": "coin"})]
    rel = book.relevance("Slap watches recalled due to coin cell battery ingestion hazard", catalog, ["US"])
    assert rel.skus == ["W-1"]  # not the e-bike battery


def test_focus_names_the_closest_skus_and_counts_the_rest(book: TopicBook) -> None:
    catalog = [*demo_catalog(),
               entry("PB-1", "Power bank 10000 mAh", ("US",), category="Power banks",
                     battery={"chemistry": "lithium-ion"}),
               entry("DB-1", "Video doorbell, battery powered", ("US",), category="Smart home",
                     battery={"chemistry": "lithium-ion"})]
    text = "Solar power banks recalled due to fire hazard"
    broad = book.relevance(text, catalog, ["US"])
    focused = book.relevance(text, catalog, ["US"], focus=True)
    assert focused.skus == ["PB-1"] and "EBB-1" in focused.others
    assert set(broad.skus) == {"PB-1", "EBB-1"}
    assert "DB-1" not in broad.skus + broad.others  # "battery powered" is not a battery product
    brand = book.relevance("Voltaro recalls e-bike batteries", catalog, ["US"], focus=True)
    assert brand.skus == ["EBB-1"] and brand.severity is Severity.high and "PB-1" in brand.others
