"""Review of the stop-40 rounds (review40, issue 9): look-alikes the merged words missed or caught too broadly.

An access-control lock sold as "Electric Strike Lock": the head is the right-most specific word, so 'lock' (plain
hardware) outread recalls40's `electric_lock` words, and the device lost its EEE. 旅行包 (zhwords40: a travel bag) sits
inside 旅行包装 ("travel packaging": decanting bottles, toiletry sets), which is no bag. The Chinese-path loader
(zhtree40) reports a Chinese path that another table's entry already names, and an empty segment.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_TYPES


@pytest.mark.parametrize("title", [
    "Electric Strike Lock 12V DC Fail Secure",
    "Electric Door Strike Lock for Wooden Doors",
    "Electric Deadbolt Lock 12V Access Control",
])
def test_an_electric_lock_named_with_a_final_lock_keeps_its_type(classify, title):
    result = classify(title)
    assert result.product_type == "electric_lock", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Brass Door Strike Plate with Screws",
    "Keyed Entry Door Lock Satin Nickel",
])
def test_a_passive_strike_plate_or_door_lock_stays_hardware(classify, title):
    result = classify(title)
    assert result.product_type != "electric_lock", result.basis["product_type"]
    assert not result.classes["eee"]


@pytest.mark.parametrize("title", ["旅行包装瓶 分装瓶套装", "旅行包装袋 防水 衣物收纳"])
def test_travel_packaging_is_no_luggage(classify, title):
    assert classify(title).product_type != "luggage"


@pytest.mark.parametrize("title", ["旅行包 大容量 男", "旅行包 手提 短途"])
def test_a_travel_bag_is_luggage(classify, title):
    assert classify(title).product_type == "luggage"


# -- the loader: a Chinese path names one branch, across both tables -------------------------------------------------

GOOGLE = """version: g
categories:
  - {path: "Hardware > Tools", id: 1167, shopify: ha-15, zh: "五金/硬件 > 工具", type: tool, why: "tools"}
"""
SHOPIFY = """version: s
categories:
  - {path: "Hardware > Tool Accessories", id: ha-14, zh: "五金/硬件 > 工具配件", type: spare_part, why: "parts"}
"""


def _error(tmp_path: Path, google: str, shopify: str) -> str:
    paths = tmp_path / "google.yaml", tmp_path / "shopify.yaml"
    for path, text in zip(paths, (google, shopify), strict=True):
        path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, *paths)
    return str(err.value)


def test_a_chinese_path_another_tables_entry_names_is_an_error(tmp_path):
    shopify = SHOPIFY.replace('zh: "五金/硬件 > 工具配件"', 'zh: "五金/硬件 > 工具"')
    message = _error(tmp_path, GOOGLE, shopify)
    assert "entry 1 'Hardware > Tool Accessories': zh: '五金/硬件 > 工具' already names 'Hardware > Tools'" in message


def test_a_chinese_path_with_a_segment_of_punctuation_only_is_an_error(tmp_path):
    shopify = SHOPIFY.replace('zh: "五金/硬件 > 工具配件"', 'zh: "五金/硬件 > -"')  # (a blank one fails the schema)
    assert "zh: '五金/硬件 > -' has an empty segment" in _error(tmp_path, GOOGLE, shopify)
