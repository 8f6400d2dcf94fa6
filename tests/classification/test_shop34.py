"""Shopify's product taxonomy (shop34, issue 9): `rules/shopify_product_categories.yaml`, read with the Google table.

1. A `category` that is a Shopify path is read through the longest listed prefix of either table (one tree: the more
   specific entry wins whichever file lists it; a Shopify entry below a Google one inherits its domain).
2. Ids: `gid://shopify/TaxonomyCategory/<id>` reads through the longest listed id above it (Shopify's ids add one
   number per level); a bare Shopify id only with two numbers or more ("el-4-8", not "ap-2") and in Shopify's case.
3. A path both tables list must read the same way in both; the loader names both entries otherwise.
4. The domain veto and the segments below an entry: a leaf outside the branch is vetoed; segments below the entry
   that name no type leave the entry's type (the path's reading then comes from above the entry).
5. The loader names the file, the entry and the field of each error; the packs loader skips the file and the scan's
   salt includes it.
The paths are written here in Shopify's style; none is taken from the labelled samples.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import Classifier, ProductText, VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_GOOGLE, DEFAULT_HS, DEFAULT_SHOPIFY, DEFAULT_TYPES
from crossguard.engine.classification.vocabulary import category_segments
from crossguard.engine.packs import NON_PACK_FILES, pack_files

SHOPIFY_SOURCE = "rules/shopify_product_categories.yaml"
GOOGLE_SOURCE = "rules/google_product_categories.yaml"
APPLIANCES = "Home & Garden > Household Appliances"
MOBILES = "Baby & Toddler > Baby Toys & Activity Equipment > Baby Mobiles"

GOOGLE = """version: g
categories:
  - {path: "Home & Garden > Household Appliances", id: 604, type: home_appliance_misc, domain: [heater, fan],
     why: "appliances"}
  - {path: "Toys & Games > Puzzles", id: 3867, type: puzzle, why: "puzzles"}
"""
SHOPIFY = """version: s
domains:
  cot_toys: [baby_toy, night_light]
categories:
  - {path: "Baby & Toddler > Baby Toys & Activity Equipment > Baby Mobiles", id: bt-5-6, type: baby_toy,
     domain: [cot_toys], why: "a cot mobile is a baby toy"}
  - {path: "Home & Garden > Household Appliances > Wine Chillers", id: hg-9-99, type: refrigerator, why: "chillers"}
  - {path: "Toys & Games > Puzzles", id: tg-4, type: puzzle, why: "the same reading as Google's"}
  - {path: "Toys & Games > Kites", id: tg-7, type: kite, why: "a two-level id, named bare nowhere"}
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Classifier:
    """A classifier with two small tables written here: the rules, independent of the shipped tables' choices."""
    folder = tmp_path_factory.mktemp("tables")
    return Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, _write(folder, "google.yaml", GOOGLE),
                                      _write(folder, "shopify.yaml", SHOPIFY)))


@pytest.fixture(scope="module")
def shipped(classifier: Classifier) -> Classifier:
    return classifier


def _read(classifier: Classifier, category: str, title: str = ""):
    return classifier.classify(ProductText(title, category=category))


# -- 1. paths: one tree -------------------------------------------------------------------------------------------


def test_a_shopify_path_under_a_shopify_entry_names_the_entry_and_the_file(small):
    result = _read(small, f"{MOBILES} > Projection Mobiles")
    assert result.product_type == "baby_toy" and result.classes["toy"]
    assert f"Shopify product category '{MOBILES}' ({SHOPIFY_SOURCE})" in result.basis["product_type"]


def test_the_leaf_outside_the_domain_is_vetoed_and_one_inside_refines(small):
    vetoed = _read(small, f"{MOBILES} > Tablets")  # "tablet" is no cot toy
    assert vetoed.product_type == "baby_toy" and not vetoed.classes["radio"]
    assert "is not of this branch" in vetoed.basis["product_type"]
    # (a smartphone under a baby toy is a cot mobile before any branch is asked: `reading.department_senses`, fr61)
    other_sense = _read(small, f"{MOBILES} > Smartphone Mobiles")
    assert other_sense.product_type == "baby_toy" and not other_sense.classes["radio"]
    refined = _read(small, f"{MOBILES} > Night Lights")
    assert refined.product_type == "night_light"


def test_the_more_specific_entry_wins_whichever_table_lists_it(small):
    deeper = _read(small, f"{APPLIANCES} > Wine Chillers > Dual Zone Wine Chillers")
    assert deeper.product_type == "refrigerator" and SHOPIFY_SOURCE in deeper.basis["product_type"]
    shallower = _read(small, f"{APPLIANCES} > Bread Proofers")
    assert shallower.product_type == "home_appliance_misc" and GOOGLE_SOURCE in shallower.basis["product_type"]


def test_a_shopify_entry_below_a_google_one_inherits_its_domain(small):
    # the Shopify entry states no domain: the Google parent's (heater, fan and the entry's own type) applies, so a
    # leaf read as a sweater is vetoed and the entry's type stands
    result = _read(small, f"{APPLIANCES} > Wine Chillers > Wine Cooler Sweaters")
    assert result.product_type == "refrigerator" and not result.classes["textile"]


def test_segments_below_an_entry_that_name_nothing_leave_the_entry_type(shipped):
    # "Pocket ..." names no type: the path's own reading would come from "Hardware" above the Google entry
    path = "Hardware > Tools > Measuring Tools & Sensors > Geiger Counters > Pocket Dosimeter Counters"
    result = _read(shipped, path)
    assert result.product_type == "multimeter" and result.classes["eee"]


def test_a_path_under_no_entry_reads_as_with_no_table(small):
    bare = Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS))
    path = "Sporting Goods > Outdoor Recreation > Cycling > Bicycle Bells"
    assert _read(small, path).product_type == _read(bare, path).product_type
    assert "product category" not in _read(small, path).basis["product_type"]


# -- 2. ids ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["gid://shopify/TaxonomyCategory/bt-5-6", "gid://shopify/TaxonomyCategory/bt-5-6-3-1",
                                  "bt-5-6", "bt-5-6-2"])
def test_a_gid_or_a_bare_id_of_two_numbers_reads_through_the_entry_above_it(small, text):
    result = _read(small, text)
    assert result.product_type == "baby_toy", text
    assert f"Shopify product category '{MOBILES}'" in result.basis["product_type"]


@pytest.mark.parametrize("text", ["tg-7", "TG-7-1", "BT-5-6", "bt-5", "gid://shopify/TaxonomyCategory/bt-6-1",
                                  "gid://shopify/TaxonomyCategory/zz-5-6", "gid://shopify/Product/bt-5-6"])
def test_short_codes_other_cases_and_unlisted_ids_are_not_shopify_categories(small, text):
    assert "product category" not in (_read(small, text).basis.get("product_type") or ""), text


def test_a_one_number_id_reads_in_the_gid_form(small):
    assert _read(small, "gid://shopify/TaxonomyCategory/tg-7").product_type == "kite"


# -- 3. both tables -------------------------------------------------------------------------------------------------


def test_a_path_both_tables_list_alike_reads_the_same_through_either_id(small):
    by_path = _read(small, "Toys & Games > Puzzles")
    by_google_id = _read(small, "3867")
    by_gid = _read(small, "gid://shopify/TaxonomyCategory/tg-4")
    assert by_path.product_type == by_google_id.product_type == by_gid.product_type == "puzzle"
    # one entry (the earlier table's) stands for the path, whichever id names it
    assert by_path.basis["product_type"] == by_google_id.basis["product_type"] == by_gid.basis["product_type"]
    assert GOOGLE_SOURCE in by_gid.basis["product_type"]


def test_a_path_both_tables_read_otherwise_is_an_error_naming_both(tmp_path):
    google = _write(tmp_path, "google.yaml", GOOGLE)
    shopify = _write(tmp_path, "shopify.yaml", SHOPIFY.replace('id: tg-4, type: puzzle', 'id: tg-4, type: board_game'))
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, google, shopify)
    message = str(err.value)
    assert f"{shopify}: entry 3 'Toys & Games > Puzzles': path: also {google}: entry 2" in message
    assert "must read the same way" in message


GOOGLE_DOMAINS = """version: g
domains:
  warmers: [heater, fan]
categories:
  - {path: "Home & Garden > Household Appliances", id: 604, type: home_appliance_misc, domain: [warmers], why: "w"}
"""


def test_a_shopify_entry_names_a_domain_the_google_table_defines(tmp_path):
    google = _write(tmp_path, "google.yaml", GOOGLE_DOMAINS)
    shopify = _write(tmp_path, "shopify.yaml", """version: s
categories:
  - {path: "Home & Garden > Climate", id: hg-9, type: heater, domain: [warmers], why: "Google's domain, named"}
""")
    vocab = load_vocabulary(DEFAULT_TYPES, None, google, shopify)
    info = vocab.categories[category_segments("Home & Garden > Climate")]
    assert {"heater", "fan"} <= info.allowed and info.taxonomy == "Shopify"


def test_a_shopify_table_that_defines_a_google_domain_again_is_an_error_naming_both_files(tmp_path):
    google = _write(tmp_path, "google.yaml", GOOGLE_DOMAINS)
    shopify = _write(tmp_path, "shopify.yaml", """version: s
domains:
  warmers: [heater]
categories:
  - {path: "Home & Garden > Climate", id: hg-9, type: heater, domain: [warmers], why: "w"}
""")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, google, shopify)
    assert f"{shopify}: domain 'warmers': already defined by {google}" in str(err.value)


# -- 5. loader errors, packs, the scan's salt -----------------------------------------------------------------------


def _errors(tmp_path: Path, entry: str, domains: str = "") -> str:
    path = _write(tmp_path, "shopify.yaml", f"version: t\n{domains}categories:\n  - {entry}\n")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, None, path)
    message = str(err.value)
    assert str(path) in message and "entry 1 'Toys & Games > Kites'" in message
    return message


@pytest.mark.parametrize("bad", ["TG-7", "tg", "tg-0", "tg-7-", "7", "t-7", "'tg 7'"])
def test_a_malformed_shopify_id_names_the_field(tmp_path, bad):
    assert "': id: " in _errors(tmp_path, f'{{path: "Toys & Games > Kites", id: {bad}, type: kite, why: "w"}}')


def test_an_id_that_is_not_shopify_s_text_form_names_the_field(tmp_path):
    assert "': id: " in _errors(tmp_path, '{path: "Toys & Games > Kites", id: 17, type: kite, why: "w"}')


def test_an_entry_without_an_id_names_the_field(tmp_path):
    assert "': id: " in _errors(tmp_path, '{path: "Toys & Games > Kites", type: kite, why: "w"}')


def test_an_id_of_another_depth_than_the_path_is_an_error(tmp_path):
    text = _errors(tmp_path, '{path: "Toys & Games > Kites", id: tg-7-2, type: kite, why: "w"}')
    assert "id: 'tg-7-2' names a category 3 levels deep, the path is 2" in text


def test_an_unknown_type_or_domain_names_the_field(tmp_path):
    assert "type: unknown product type 'kiteboard'" in _errors(
        tmp_path, '{path: "Toys & Games > Kites", id: tg-7, type: kiteboard, why: "w"}')
    assert "domain: 'skies'" in _errors(
        tmp_path, '{path: "Toys & Games > Kites", id: tg-7, type: kite, domain: [skies], why: "w"}')


def test_a_duplicate_id_names_both_entries(tmp_path):
    path = _write(tmp_path, "shopify.yaml", """version: t
categories:
  - {path: "Toys & Games > Kites", id: tg-7, type: kite, why: "w"}
  - {path: "Toys & Games > Yo-Yos", id: tg-7, type: toy, why: "w"}
""")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, None, path)
    assert "entry 2 'Toys & Games > Yo-Yos': id: duplicate id tg-7 (also entry 1 'Toys & Games > Kites')" in str(
        err.value)


def test_the_shipped_tables_load_together_and_every_shopify_entry_is_below_the_top_level():
    vocab = load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, DEFAULT_GOOGLE, DEFAULT_SHOPIFY)
    shopify = [info for info in vocab.categories.values() if info.taxonomy == "Shopify"]
    assert len(shopify) >= 40 and any(info.taxonomy == "Google" for info in vocab.categories.values())
    for info in shopify:
        assert len(info.segments) >= 2 and info.why and info.category_id, info.path
        assert info.category_id.count("-") + 1 == len(info.segments), info.path


def test_the_packs_loader_skips_the_table_and_the_scan_salt_reads_it(tmp_path, monkeypatch):
    assert "shopify_product_categories.yaml" in NON_PACK_FILES
    assert DEFAULT_SHOPIFY.name not in {path.name for path in pack_files()}
    from crossguard.usecases import scan

    before = scan.evaluator_salt(object())
    monkeypatch.setattr(scan, "DEFAULT_SHOPIFY", _write(tmp_path, DEFAULT_SHOPIFY.name, "version: other\n"))
    assert scan.evaluator_salt(object()) != before


# -- rows as a Shopify store exports them (Product Category, no telling title), through the shipped tables ----------


@pytest.mark.parametrize(
    ("path", "expect"),
    [
        (f"{MOBILES} > Musical Ceiling Mobiles", {"radio": False, "toy": True}),
        ("Apparel & Accessories > Clothing > Swimwear > Cover Ups > Crochet Cover Ups", {"mains_lv": False,
                                                                                        "textile": True}),
        ("Home & Garden > Plants > Seeds, Bulbs & Accessories > Plant & Flower Bulbs > Bulb Assortments",
         {"mains_lv": False, "eee": False}),
        ("Business & Industrial > Heavy Machinery > Excavators > Mini Excavators", {"toy": False,
                                                                                    "children_12_under": False}),
        ("Sporting Goods > Fitness & General Exercise Equipment > Exercise Equipment Mats > Treadmill Mats",
         {"mains_lv": False, "eee": False}),
        ("Home & Garden > Kitchen & Dining > Kitchen Appliances > Ice Crushers & Shavers > Snow Cone Machines",
         {"mains_lv": True, "battery": False}),
        ("Home & Garden > Decor > World Globes > Desktop Globes", {"radio": False, "mains_lv": False}),
        ("Hardware > Tool Accessories > Soldering Iron Accessories > Soldering Iron Tips > Fine Point Tips",
         {"eee": False}),
        # controls: read right with or without the table
        ("Electronics > Audio > Audio Components > Headphones & Headsets > Headphones > Open-Back Headphones",
         {"eee": True}),
        ("Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls", {"toy": True, "mains_lv": False}),
    ],
)
def test_shopify_paths_read_as_their_branch(shipped, path, expect):
    result = _read(shipped, path)
    assert {name: result.classes[name] for name in expect} == expect, result.basis
