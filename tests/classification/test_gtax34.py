"""The Google table's second pass (gtax34, issue 9): a title word's sense on its shelf, powered-tool shelves, new
branches.

1. A title word that the table knows in a shelf's sense (an entry's own leaf, read outside its branch: "Jigsaws" under
   Saws) reads in that sense on that shelf and its listed ancestors ("Makita Jigsaw" filed at Saws is a saw); a title
   saying another word, or the same word on a shelf that has no such leaf, reads as before; review33's protections
   (a phone under vehicle electronics, a building set under Indoor Games, a power bank under laptop parts) hold.
2. Powered-tool shelves fill mains (the labels count a corded tool and a cordless kit with its charger as mains);
   what the type or the title says wins.
3. Leaves of the new branches read in the branch's sense (feed rows through the shipped table).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import Classifier, ProductText, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_HS, DEFAULT_TYPES

# a six-entry table written by the tests: the rule, independent of the shipped table's choices
TABLE = """version: t
domains:
  workshop: [tool, hardware]
categories:
  - {path: "Hardware > Tools", type: tool, domain: [workshop], why: "tools"}
  - {path: "Hardware > Tools > Saws", type: power_tool, why: "saws"}
  - {path: "Hardware > Tools > Saws > Jigsaws", type: power_tool, why: "a jigsaw is a saw here"}
  - {path: "Hardware > Power & Electrical Supplies > Phone & Data Jacks", type: electrical_fitting, why: "jacks"}
  - {path: "Sporting Goods > Indoor Games", type: sports_equipment, why: "games shelf: a generic word"}
  - {path: "Home & Garden > Household Appliances", type: home_appliance_misc, domain: [heater, fan], why: "appl"}
"""
TOOLS = "Hardware > Tools"
SAWS = "Hardware > Tools > Saws"
APPLIANCES = "Home & Garden > Household Appliances"


def _classifier(tmp_path: Path, text: str) -> Classifier:
    path = tmp_path / "google.yaml"
    path.write_text(text, encoding="utf-8")
    return Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, path))


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Classifier:
    return _classifier(tmp_path_factory.mktemp("google34"), TABLE)


def _read(classifier: Classifier, category: str, title: str = "", **fields: object):
    return classifier.classify(ProductText(title, category=category), **fields)  # type: ignore[arg-type]


# -- 1. a title word's sense on its shelf -----------------------------------------------------------------------------


def test_a_title_word_the_shelf_knows_reads_in_the_shelfs_sense(small):
    # review33 made a specific title always refine a Google entry: "Jigsaw" alone was then a puzzle on the Saws shelf
    saw = _read(small, SAWS, "Makita 4329 Jigsaw")
    assert saw.product_type == "power_tool" and saw.classes["eee"] and not saw.classes["toy"]
    assert "in the shelf's sense" in saw.basis["product_type"]


def test_the_sense_holds_on_the_listed_ancestors_of_the_leaf(small):
    # filed one level up ("Hardware > Tools", a generic tool shelf): the shelf holds a Jigsaws leaf, so a saw
    saw = _read(small, TOOLS, "Makita 4329 Jigsaw")
    assert saw.product_type == "power_tool" and not saw.classes["toy"]


def test_another_word_of_the_same_type_keeps_the_titles_reading(small):
    # the sense belongs to the word, not to the type it is read as: "jigsaw puzzle" is a puzzle on any shelf
    puzzle = _read(small, SAWS, "Ravensburger 1000 piece jigsaw puzzle")
    assert puzzle.product_type == "puzzle"


def test_the_same_word_on_a_shelf_without_that_leaf_reads_as_the_title_says(small):
    assert _read(small, APPLIANCES, "Makita 4329 Jigsaw").product_type == "puzzle"
    assert _read(small, "", "Makita 4329 Jigsaw").product_type == "puzzle"


def test_the_sense_comes_from_the_table_only(tmp_path):
    # without the Jigsaws leaf the table does not know the word: review33's reading (the title refines) stands
    classifier = _classifier(tmp_path, TABLE.replace(
        '  - {path: "Hardware > Tools > Saws > Jigsaws", type: power_tool, why: "a jigsaw is a saw here"}\n', ""))
    assert _read(classifier, SAWS, "Makita 4329 Jigsaw").product_type == "puzzle"


def test_a_qualifying_word_or_a_generic_shelf_word_is_no_sense(small):
    # "Phone & Data Jacks": "phone" qualifies the jacks; "Indoor Games": "games" names the shelf, not a sense of it
    from crossguard.engine.classification.shelf_sense import sense_key  # (inside: the module is new, gtax34)

    senses = small._rules.shelf_senses
    assert sense_key("jigsaws") == "jigsaw" == sense_key("jigsaw") and sense_key("dummies") == "dummy"
    assert "jigsaw" in senses
    assert "phone" not in senses and "game" not in senses
    phone = _read(small, "Hardware > Power & Electrical Supplies > Phone & Data Jacks", "Apple iPhone 13 phone")
    assert phone.product_type == "smartphone" and phone.classes["radio"]


def test_the_rule_wants_a_title_type_outside_the_shelf_and_the_shelfs_own_branch():
    from crossguard.engine.classification.shelf_sense import shelf_sense  # (inside: the module is new, gtax34)

    branch, other = frozenset({"tool", "power_tool"}), frozenset({"heater"})
    senses = {"jigsaw": ((branch, "power_tool"),)}
    assert shelf_sense(senses, "puzzle", "jigsaws", branch) == "power_tool"
    assert shelf_sense(senses, "power_tool", "jigsaw", branch) is None  # of the branch: the title refines as before
    assert shelf_sense(senses, "puzzle", "jigsaw", other) is None  # another shelf
    assert shelf_sense(senses, "puzzle", "jigsaw puzzle", branch) is None  # another word


@pytest.mark.parametrize(
    ("title", "path", "expect_type", "expect"),
    [
        ("Makita 4329 Jigsaw", SAWS, "power_tool", {"toy": False, "eee": True, "mains_lv": True}),
        ("Ameristep Doghouse Ground Blind", "Sporting Goods > Outdoor Recreation > Hunting & Shooting",
         "sports_equipment", {"textile": False}),
        # review33's protections: a product of another branch is still that product
        ("Samsung Galaxy S21 smartphone",
         "Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Electronics", "smartphone",
         {"radio": True, "battery": True}),
        ("LEGO Classic building set", "Sporting Goods > Indoor Games", "building_set", {"toy": True}),
        ("Anker power bank 10000mAh",
         "Electronics > Electronics Accessories > Computer Components > Laptop Parts", "power_bank",
         {"battery": True, "eee": True}),
    ],
)
def test_shipped_table_word_senses_and_review33_protections(classify, title, path, expect_type, expect):
    result = classify(title, category=path)
    assert result.product_type == expect_type, result.basis["product_type"]
    for name, value in expect.items():
        assert result.classes[name] is value, (name, result.basis[name])


# -- 2. powered-tool shelves ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [
    "Hardware > Tools > Sanders", "Hardware > Tools > Grinders", "Hardware > Tools > Drills",
    "Hardware > Tools > Saws > Handheld Circular Saws", "Hardware > Tools > Routing Tools",
])
def test_a_powered_tool_shelf_fills_mains(classify, path):
    result = classify("", category=path)
    assert result.product_type == "power_tool" and result.classes["eee"] and result.classes["mains_lv"]
    assert "Google product category" in result.basis["mains_lv"]


def test_what_the_type_or_the_title_says_wins_over_the_shelfs_fill(classify):
    hand = classify("Stanley 20-528 hand saw", category=SAWS)  # a hand tool's own "no mains"
    assert hand.product_type == "hand_tool" and not hand.classes["mains_lv"]
    bare = classify("Makita XSS02Z 18V LXT circular saw, tool only", category=SAWS)  # a bare cordless tool
    assert bare.classes["battery"] and not bare.classes["mains_lv"]
    stated = classify("Bosch GKS 190 circular saw", category=SAWS, attributes={"mains_lv": False})
    assert not stated.classes["mains_lv"]


def test_handheld_drills_fill_a_battery_and_air_drills_are_not_electrical(classify):
    drill = classify("", category="Hardware > Tools > Drills > Handheld Power Drills")
    assert drill.classes["battery"] and drill.classes["mains_lv"]
    air = classify("", category="Hardware > Tools > Drills > Pneumatic Drills")
    assert not air.classes["eee"] and not air.classes["mains_lv"]


# -- 3. the new branches' leaves, through the shipped table -----------------------------------------------------------

HOBBIES = "Arts & Entertainment > Hobbies & Creative Arts"


@pytest.mark.parametrize(
    ("title", "path", "expect"),
    [
        ("Folding bamboo hand fan", "Apparel & Accessories > Clothing Accessories > Decorative Fans",
         {"mains_lv": False, "eee": False}),
        ("Rapha pro team cycling bib shorts",
         "Apparel & Accessories > Clothing > Activewear > Bicycle Activewear > Bicycle Bibs",
         {"children_12_under": False, "textile": True}),
        ("Dunlop 215 glass guitar slide", f"{HOBBIES} > Musical Instrument & Orchestra Accessories > String "
         "Instrument Accessories > Guitar Accessories > Guitar Slides", {"textile": False}),
        ('Zildjian 14" A hi-hats pair', f"{HOBBIES} > Musical Instruments > Percussion > Hi-Hats",
         {"textile": False}),
        ("Yamaha YHR-314II French horn", f"{HOBBIES} > Musical Instruments > Brass Instruments > French Horns",
         {"eee": False}),
        ("Fisher-Price baby swing", "Baby & Toddler > Baby Toys & Activity Equipment > Baby Jumpers & Swings",
         {"textile": False, "children_12_under": True}),
        ("Wooden tea set for kids",
         "Toys & Games > Toys > Pretend Play > Toy Kitchens & Play Food > Toy Tableware", {"toy": True}),
        ("Waterpik Aquarius water flosser", "Health & Beauty > Personal Care > Oral Care > Dental Water Jets",
         {"toy": False, "eee": True}),
        ("HotHands hand warmers 10 pairs",
         "Sporting Goods > Outdoor Recreation > Camping & Hiking > Chemical Hand Warmers",
         {"eee": False, "battery": False}),
        ("FoodSaver vacuum sealer bags 50 count", "Home & Garden > Kitchen & Dining > Kitchen Appliance "
         "Accessories > Vacuum Sealer Accessories > Vacuum Sealer Bags", {"mains_lv": False, "eee": False}),
        ("Sun Dolphin pedal boat",
         "Sporting Goods > Outdoor Recreation > Boating & Water Sports > Boating & Rafting > Pedal Boats",
         {"toy": False, "children_12_under": False}),
        ("Cane Creek 40 headset", "Sporting Goods > Outdoor Recreation > Cycling > Bicycle Parts > Bicycle Headsets",
         {"eee": False}),
        ("Century grappling dummy 70 lb", "Sporting Goods > Athletics > Boxing & Martial Arts > Boxing & Martial "
         "Arts Training Equipment > Grappling Dummies", {"children_12_under": False}),
    ],
)
def test_feed_rows(classify, title, path, expect):
    result = classify(title, category=path)
    for name, value in expect.items():
        assert result.classes[name] is value, (name, result.product_type, result.basis[name])
