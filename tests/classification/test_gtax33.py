"""The Google product category table (gtax33, issue 9): `rules/google_product_categories.yaml`, each rule both ways.

1. A `category` or `product_type` that is a Google path is read through the table: the longest listed prefix, matched
   on whole normalised segments from the start (any case), names the type; a path outside every prefix, or a catalog's
   own path, reads as before.
2. A bare Google id that an entry names reads as that entry; an id no entry names reads as nothing.
3. Domain check: a leaf below an entry that reads as a type outside the branch's domain is vetoed (the entry's type
   stands); a leaf that reads as a kind of the branch refines.
4. `classes` override and lock; `default_classes` only fill; the basis names the table.
5. The loader names the file, the entry and the field of each error (unknown type, class, domain; duplicate prefix;
   malformed id); `yaml.safe_load` only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import Classifier, ProductText, VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_GOOGLE, DEFAULT_HS, DEFAULT_TYPES

SAWS = "Hardware > Tools > Saws"
CLIMATE = "Home & Garden > Household Appliances > Climate Control Appliances"
HEADPHONE_ACCESSORIES = "Electronics > Audio > Audio Accessories > Headphone & Headset Accessories"
SOURCE = "rules/google_product_categories.yaml"

TABLE = """version: t
domains:
  cutting: [tool, hardware]
categories:
  - {path: "Hardware > Tools", type: tool, domain: [cutting], why: "tools"}
  - {path: "Hardware > Tools > Saws", id: 1235, type: power_tool, why: "saws are mostly powered"}
  - {path: "Home & Garden > Household Appliances", type: home_appliance_misc, domain: [heater, fan],
     why: "appliances"}
  - {path: "Toys & Games > Puzzles", classes: {toy: [false, "test override"]},
     default_classes: {battery: [true, "test fill"]}, why: "test classes"}
  - {path: "Electronics > Zzyzx Gizmos", default_classes: {battery: [true, "test fill"]}, why: "test fill"}
"""

REG = ("radio", "mains_lv", "eee", "battery", "toy", "children_12_under", "textile")


def _table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "google.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Classifier:
    """A classifier with a four-entry table: the rules, independent of the real table's choices."""
    path = _table(tmp_path_factory.mktemp("google"), TABLE)
    return Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, path))


@pytest.fixture(scope="module")
def bare() -> Classifier:
    """The same vocabulary with no Google table: what every path read before."""
    return Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS))


def _read(classifier: Classifier, category: str | None = None, title: str = "", **fields: str):
    return classifier.classify(ProductText(title, category=category, **fields))


# -- 1. prefixes: whole segments from the start --------------------------------------------------------------------


def test_a_path_under_a_mapped_prefix_takes_its_type_and_names_the_table(small):
    result = _read(small, SAWS)
    assert result.product_type == "power_tool" and result.classes["eee"]
    assert f"Google product category '{SAWS}'" in result.basis["product_type"]
    assert "(rules/google_product_categories.yaml)" in result.basis["product_type"]


def test_a_sibling_that_only_begins_with_the_prefix_text_is_not_under_it(small):
    # "Saw Horses" begins with "Saw" but is not the segment "Saws": the longest whole-segment prefix is "Tools"
    result = _read(small, "Hardware > Tools > Saw Horses")
    assert "'Hardware > Tools'" in result.basis["product_type"]
    assert f"'{SAWS}'" not in result.basis["product_type"]


def test_matching_is_case_insensitive_and_normalised(small):
    result = _read(small, "hardware >TOOLS>  saws")
    assert result.product_type == "power_tool"


def test_a_path_that_does_not_start_at_a_listed_prefix_reads_as_before(small, bare):
    for path in ("Tools > Saws", "Electronics > Headphones", "Toys & Games > Dolls & Accessories > Dolls",
                 "Home Furnishing > Bed Linen > Bedsheets", "Audio > Headphones > Wireless Headphones"):
        got, before = _read(small, path), _read(bare, path)
        assert (got.product_type, got.classes) == (before.product_type, before.classes), path
        assert "Google" not in got.basis["product_type"]


def test_the_product_type_field_is_read_through_the_table_too(small, bare):
    assert _read(small, product_type=SAWS).product_type == "power_tool"
    assert _read(bare, product_type=SAWS).product_type != "power_tool"


# -- 2. bare ids ---------------------------------------------------------------------------------------------------


def test_a_bare_id_an_entry_names_reads_as_that_entry(small):
    assert _read(small, "1235").product_type == "power_tool"
    assert _read(small, product_type="1235").product_type == "power_tool"


def test_a_bare_id_no_entry_names_reads_as_nothing(small):
    result = _read(small, "1236")
    assert result.product_type is None and "Google" not in result.basis["product_type"]


# -- 3. the domain check -------------------------------------------------------------------------------------------


def test_a_leaf_read_in_a_sense_outside_the_branch_is_vetoed(small, bare):
    assert _read(bare, f"{SAWS} > Jigsaws").product_type == "puzzle"  # the consumer sense, before
    result = _read(small, f"{SAWS} > Jigsaws")
    assert result.product_type == "power_tool" and not result.classes["toy"]
    assert "puzzle is not of this branch" in result.basis["product_type"]


def test_a_leaf_that_is_a_kind_of_the_branch_refines(small):
    result = _read(small, f"{SAWS} > Hand Saws")
    assert result.product_type == "hand_tool" and not result.classes["eee"]
    assert f"under Google product category '{SAWS}'" in result.basis["product_type"]


def test_a_domain_named_by_type_ids_allows_their_leaves(small):
    heater = _read(small, f"{CLIMATE} > Space Heaters")
    assert heater.product_type == "heater" and heater.classes["mains_lv"]
    rug = _read(small, "Home & Garden > Household Appliances > Floor & Steam Cleaners > Carpet Shampooers")
    assert rug.product_type == "home_appliance_misc" and not rug.classes["textile"]


def test_a_title_repeating_the_vetoed_sense_does_not_refine_but_another_title_does(small, bare):
    path = "Hardware > Tools > Industrial Vibrators"
    assert _read(bare, path).product_type == "vibrator"  # (the adult sense; ger63 split it from sexual_wellness)
    vetoed = _read(small, path, title="Industrial vibrator 1500W")
    assert vetoed.product_type == "tool" and "not of this branch" in vetoed.basis["product_type"]
    refined = _read(small, path, title="DeWalt cordless drill driver")
    assert refined.product_type == "power_tool" and refined.classes["eee"]


def test_a_title_naming_a_kind_of_the_branch_refines_the_entrys_type(small):
    hand = _read(small, SAWS, title="Stanley 20-528 hand saw")
    assert hand.product_type == "hand_tool" and not hand.classes["eee"]
    # an entry without a domain is refined only by the usual rules
    assert _read(small, "Toys & Games > Puzzles", title="Wooden jigsaw puzzle 500 pieces").product_type == "puzzle"


def test_a_title_naming_a_product_of_another_branch_is_that_product(small):
    # a filing from a fixed tree is not a reading of the title: a speaker filed under Saws is still a speaker
    speaker = _read(small, SAWS, title="JBL Flip 6 portable Bluetooth speaker")  # s74: the line is its own kind
    assert speaker.product_type == "bluetooth_speaker" and speaker.classes["radio"] and speaker.classes["battery"]
    speaker = _read(small, SAWS, title="Anker portable Bluetooth speaker")
    assert speaker.product_type == "portable_speaker" and speaker.classes["radio"] and speaker.classes["battery"]
    assert _read(small, SAWS, title="Bissell upright vacuum cleaner").product_type == "vacuum_cleaner"
    # (the leaf's vetoed sense said again by the title stays vetoed: the concrete vibrator test above)


def test_a_title_repeating_the_leaf_keeps_the_leafs_veto(small, classify):
    # the title repeats the leaf, which the classifier drops for Flipkart-style paths: the Google path is still read
    # whole, so the leaf's vetoed sense is not taken from the title instead
    jigsaw = _read(small, f"{SAWS} > Jigsaws", title="Jigsaws")
    assert jigsaw.product_type == "power_tool" and not jigsaw.classes["toy"]
    soft_top = classify("Vehicle Soft Tops", category="Vehicles & Parts > Vehicle Parts & Accessories > Vehicle "
                        "Maintenance, Care & Decor > Vehicle Covers > Vehicle Soft Tops")
    assert not soft_top.classes["textile"] and not soft_top.classes["apparel"]


def test_an_entrys_classes_do_not_follow_a_title_of_another_branch(tmp_path):
    table = _table(tmp_path, """version: t
categories:
  - {path: "Vehicles & Parts > Vehicles", domain: [off_road_vehicle, bicycle], classes: {toy: [false, "real"],
     children_12_under: [false, "real"]}, why: "real vehicles"}
  - {path: "Sporting Goods > Indoor Games", type: sports_equipment, classes: {toy: [false, "sport"]}, why: "sport"}
""")
    classifier = Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, table))
    ride_on = _read(classifier, "Vehicles & Parts > Vehicles", title="Kids electric ride on car 12V")
    assert ride_on.classes["toy"] and ride_on.classes["children_12_under"]
    quad = _read(classifier, "Vehicles & Parts > Vehicles", title="Polaris Sportsman 570 ATV quad bike")
    assert not quad.classes["toy"] and "real" in quad.basis["toy"]
    # an entry with no domain holds its own type's kinds: a building set filed under it keeps its toy
    blocks = _read(classifier, "Sporting Goods > Indoor Games", title="Building blocks set 500 pieces for kids")
    assert blocks.product_type == "building_set" and blocks.classes["toy"]


def test_a_title_still_refines_a_table_shelf_the_usual_way(small):
    # an accessory named by the title on a tool shelf is the accessory, as on any shelf
    # (the saw's own reading has no mains either: eee is what tells the blade from the saw)
    result = _read(small, SAWS, title="Circular saw blade 190 mm")
    assert result.product_type != "power_tool" and not result.classes["eee"]
    assert _read(small, SAWS).classes["eee"]


# -- 4. classes ----------------------------------------------------------------------------------------------------


def test_entry_classes_override_and_default_classes_only_fill(small, bare):
    assert _read(bare, "Toys & Games > Puzzles > Jigsaw Puzzles").classes["toy"]
    result = _read(small, "Toys & Games > Puzzles > Jigsaw Puzzles")
    assert not result.classes["toy"] and "test override" in result.basis["toy"]
    assert SOURCE in result.basis["toy"]
    # the puzzle type decides battery (false) itself: a default only fills what the type left open
    assert not result.classes["battery"] and "test fill" not in result.basis["battery"]
    untyped = _read(small, "Electronics > Zzyzx Gizmos")
    assert untyped.product_type is None and untyped.established
    assert untyped.classes["battery"] and "test fill" in untyped.basis["battery"]
    assert not _read(bare, "Electronics > Zzyzx Gizmos").classes["battery"]


def test_attributes_still_override_entry_classes(small):
    result = small.classify(ProductText("", category="Toys & Games > Puzzles"), {"toy": True})
    assert result.classes["toy"]


# -- 5. the loader -------------------------------------------------------------------------------------------------


def _errors(tmp_path: Path, text: str) -> str:
    path = _table(tmp_path, text)
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, path)
    message = str(err.value)
    assert str(path) in message
    return message


def test_unknown_type_class_and_domain_name_the_entry_and_field(tmp_path):
    text = _errors(tmp_path, """version: t
domains: {cut: [tool, no_such_type]}
categories:
  - {path: "A > B", type: no_such_type, why: w}
  - {path: "A > C", classes: {no_such_class: [true, x]}, why: w}
  - {path: "A > D", domain: [no_such_domain], why: w}
""")
    assert "entry 1 'A > B': type: unknown product type 'no_such_type'" in text
    assert "entry 2 'A > C' classes: unknown class 'no_such_class'" in text
    assert "entry 3 'A > D': domain: 'no_such_domain' is neither" in text
    assert "domain 'cut': unknown product type 'no_such_type'" in text


def test_a_duplicate_prefix_is_an_error_whatever_its_case_and_spacing(tmp_path):
    text = _errors(tmp_path, """version: t
categories:
  - {path: "Hardware > Tools", type: tool, why: w}
  - {path: "hardware >tools", type: hand_tool, why: w}
""")
    assert "entry 2 'hardware >tools': path: duplicate prefix (also entry 1 'Hardware > Tools')" in text


@pytest.mark.parametrize("bad_id", ["'12a'", "0", "-4", "1.5", "'1235'"])
def test_a_malformed_id_is_an_error_naming_the_entry(tmp_path, bad_id):
    text = _errors(tmp_path, f"""version: t
categories:
  - {{path: "Hardware > Tools", id: {bad_id}, type: tool, why: w}}
""")
    assert "entry 1 'Hardware > Tools': id" in text


def test_a_duplicate_id_an_empty_segment_and_an_empty_entry_are_errors(tmp_path):
    text = _errors(tmp_path, """version: t
categories:
  - {path: "A > B", id: 7, type: tool, why: w}
  - {path: "A > C", id: 7, type: tool, why: w}
  - {path: "A >  > C", type: tool, why: w}
  - {path: "A > E", why: w}
""")
    assert "entry 2 'A > C': id: duplicate id 7" in text
    assert "entry 3 'A >  > C': path" in text
    assert "entry 4 'A > E': names neither a type, classes nor a domain" in text


def test_a_domain_name_may_not_be_a_type_id(tmp_path):
    text = _errors(tmp_path, "version: t\ndomains: {tool: [hand_tool]}\ncategories: []\n")
    assert "domain 'tool': is also a product type's id" in text


def test_only_safe_yaml_is_read(tmp_path):
    text = _errors(tmp_path, "version: t\ncategories: !!python/object/apply:os.system ['true']\n")
    assert "not valid YAML" in text


def test_the_shipped_table_loads_and_its_paths_are_google_paths():
    vocab = load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, DEFAULT_GOOGLE)
    assert len(vocab.categories) >= 100 and vocab.category_ids  # (the Google table alone is loaded)
    for info in vocab.categories.values():
        assert len(info.segments) >= 2, info.path  # never a top level alone: other catalogs use those names too
        assert info.why


# -- real-looking feed rows (title + Google path), through the shipped table ----------------------------------------


@pytest.mark.parametrize(
    ("title", "path", "expect"),
    [
        ("Bosch PST 700 E Jigsaw 500W", f"{SAWS} > Jigsaws", {"eee": True, "toy": False}),
        ("Makita DHS680Z 18V Circular Saw", f"{SAWS} > Handheld Circular Saws", {"eee": True, "toy": False}),
        ("Stanley 20-528 Hand Saw", f"{SAWS} > Hand Saws", {"eee": False}),
        ("Replacement ear pads for Sony WH-1000XM4", f"{HEADPHONE_ACCESSORIES} > Headphone Cushions & Tips",
         {"radio": False, "textile": False}),
        ("Sony WH-1000XM4 Wireless Noise Cancelling Headphones",
         "Electronics > Audio > Audio Components > Headphones & Headsets > Headphones", {"radio": True, "eee": True}),
        ("De'Longhi oil-filled radiator 2kW", f"{CLIMATE} > Space Heaters", {"mains_lv": True}),
        ("Bestop Supertop NX soft top for Jeep Wrangler",
         "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Covers > "
         "Vehicle Soft Tops", {"textile": False, "toy": False}),
        ("Tuttnauer 2540M benchtop autoclave",
         "Business & Industrial > Science & Laboratory > Laboratory Equipment > Autoclaves",
         {"toy": False, "children_12_under": False, "mains_lv": True}),
        ("AmScope halogen bulb 20W for microscopes",
         "Business & Industrial > Science & Laboratory > Laboratory Equipment > Microscope Accessories > "
         "Microscope Replacement Bulbs", {"mains_lv": False, "toy": False}),
        ("Ameristep Care Taker Kick Out ground blind",
         "Sporting Goods > Outdoor Recreation > Hunting & Shooting > Hunting > Hunting Blinds & Screens",
         {"textile": False}),
        ("Wayne WAPC250 submersible pump", "Hardware > Hardware Pumps > Home Appliance Pumps",
         {"mains_lv": True, "eee": True}),
        ("Govee water leak detector with alarm",
         "Home & Garden > Flood, Fire & Gas Safety > Water & Flood Detectors", {"eee": True}),
    ],
)
def test_feed_rows(classify, title, path, expect):
    result = classify(title, category=path)
    for name, value in expect.items():
        assert result.classes[name] is value, (name, result.product_type, result.basis[name])
