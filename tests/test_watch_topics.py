"""Topic rules: normalisation, tagging, and the product groups policy notices apply to."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.watchers.topics import TopicBook, TopicFile, contains, fix_mojibake, normalize

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


def test_topics_name_no_skus_any_more(book: TopicBook) -> None:
    # SKUs come from the matcher (tests/matching): a brand alone, or one word, never names them
    assert not hasattr(book, "relevance")
    old = TopicFile.model_validate({"version": "1", "brand_severity": "high", "min_brand_length": 3, "topics": {
        "x": {"title": "x", "item_keywords": ["zzz"]}}})  # an older topics file still loads
    assert TopicBook(old).tag("zzz")[0].topic == "x"


def test_group_of_a_catalog_topic_comes_from_the_classification(book: TopicBook) -> None:
    assert book.covers("radio_equipment", frozenset({"radio", "eee"}), "", "Anything")
    assert not book.covers("radio_equipment", frozenset({"eee"}), "Kitchen", "Kettle")
    assert book.covers("lithium_batteries", frozenset(), "Power Banks", "Slim 10000")  # a category word
    assert book.covers("lithium_batteries", frozenset({"battery", "battery_standalone"}), "", "Spare pack")
    assert not book.covers("lithium_batteries", frozenset({"battery", "eee"}), "", "Doorbell, battery powered")


def test_market_topics_are_specific(book: TopicBook) -> None:
    assert "vat_tax" in {t.topic for t in book.tag("Import VAT on low value consignments from 1 July")}
    assert "vat_tax" not in {t.topic for t in book.tag("Steel Wire Rod From Korea: Antidumping Duty; tariff")}
    assert "vat_tax" not in {t.topic for t in book.tag("Tariff Filing Requirements for Nondominant Carriers")}


def test_unknown_product_attribute_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown product attributes"):
        TopicBook(TopicFile.model_validate({"version": "1", "topics": {
            "x": {"title": "x", "item_keywords": ["a"], "products": {"attributes": ["nope"]}}}}))
