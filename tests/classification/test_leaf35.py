"""What a category path's leaf says below a listed entry or a typed segment (leaf35, issue 9).

1. A leaf that names no type, below a segment that does, says with its power words what the product filed there is
   ("GPS Collars" under pet collars, "Wireless Presenters" under presentation supplies): a link or a supply word
   (radio, mains, battery) speaks although the shelf's type says "no current". A leaf naming a type of its own
   ("Wireless Bras", "Wireless Charger Stands") qualifies its own noun, as before; a leaf that begins with the title
   (Flipkart) is read as the title; "digital" and "electrical" alone name a format or a trade, not a supply.
2. A Google entry may name Shopify's id of the same path (`shopify:`): a gid below it reads through it. Curated
   entries for the branches whose leaves carry a class (children's clothing, RC toys, alarms, meters...).
3. Drones under real aircraft are drones (the vehicles domain holds them), Bluetooth adapters under audio accessories
   are adapters (device accessories hold them).
4. Rule (4) keeps the veto: one segment below an entry that names no type, a leaf reading outside the branch is still
   vetoed, as on the entry itself.
The paths and ids are written here in the taxonomies' style; none is taken from a labelled sample.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import Classifier, ProductText, VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_HS, DEFAULT_TYPES

GID = "gid://shopify/TaxonomyCategory/"
COTS = "Sporting Goods > Outdoor Recreation > Camping & Hiking > Camp Furniture > Cots"


@pytest.fixture(scope="module")
def shipped(classifier: Classifier) -> Classifier:
    return classifier


def _read(classifier: Classifier, category: str, title: str = "", brand: str | None = None):
    return classifier.classify(ProductText(title, category=category, brand=brand))


# -- 1. a typeless leaf's power words ------------------------------------------------------------------------------


@pytest.mark.parametrize("path, kind, words", [
    # ("Wireless Presenters" now names a kind of its own: battery44's wireless_presenter)
    # (Google's "GPS Collars" names the pet tracker since s77's "gps collar": test_s77.py)
    ("Animals & Pet Supplies > Pet Supplies > Pet Collars & Harnesses > Bluetooth Collars", "pet_supplies",
     "bluetooth"),
])
def test_a_typeless_leaf_says_radio_below_a_passive_shelf(shipped, path, kind, words):
    result = _read(shipped, path)
    assert result.product_type == kind  # the shelf's type stands
    assert result.classes["radio"] and result.classes["eee"], result.basis
    assert f"category leaf word '{words}'" in result.basis["radio"]


def test_a_leaf_battery_word_below_a_typed_segment(shipped):
    result = _read(shipped, "Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > "
                            "Camera Grips > Battery Grips")
    assert result.classes["battery"] and result.classes["eee"]


@pytest.mark.parametrize("path", [
    "Apparel & Accessories > Clothing > Underwear & Socks > Bras > Wireless Bras",  # the leaf names its own type
    "Electronics > Communications > Telephony > Mobile Phone Accessories > Wireless Charger Stands",  # an accessory
])
def test_a_leaf_naming_its_own_type_keeps_its_types_reading(shipped, path):
    assert not _read(shipped, path).classes["radio"]


@pytest.mark.parametrize("path", [
    "Software > Digital Goods & Currency > Digital Artwork",
    "Hardware > Power & Electrical Supplies > Conduit & Housings > Electrical Conduit",
    "Hardware > Fuel > Home Heating Oil",
])
def test_digital_electrical_and_heating_on_a_leaf_name_no_supply(shipped, path):
    assert not _read(shipped, path).classes["eee"]


@pytest.mark.parametrize("title, leaf", [
    ("LUCINA rC-S-33-A-33", "LUCINA rC-S-33-A-33 (Multicolor)"),  # a model code, not a radio control
    ("Boreal Manicure travel kit", "Boreal Manicure travel kit (4 g, Set of 4)"),  # a weight, not 4G
])
def test_a_leaf_that_begins_with_the_title_is_read_as_the_title(shipped, title, leaf):
    path = f"Kitchen & Dining >> Dinnerware & Crockery >> Cups & Saucers >> {leaf}"
    result = _read(shipped, path, title=title, brand=title.split()[0])
    assert not result.classes["radio"], result.basis["radio"]


def test_a_listed_entrys_own_words_stay_its_curators(shipped):
    # "Heating" in an entry's own path: the entry says what the branch is (a hardware shelf, not a heater)
    result = _read(shipped, "Hardware > Heating, Ventilation & Air Conditioning")
    assert result.product_type == "hardware" and not result.classes["eee"]


# -- 2. Shopify ids through Google entries, curated branches --------------------------------------------------------


@pytest.mark.parametrize("gid, kind, classes", [
    ("ha-15-14-3", "power_tool", ("eee",)),  # Hardware > Tools > Drills > Handheld Power Drills
    ("ha-15-36-11", "alarm", ("eee", "battery")),  # ... > Measuring Tools & Sensors > Gas Detectors
    ("aa-1-2-7", "kids_clothing", ("children_12_under", "textile")),  # Baby & Toddler Clothing > one below
    ("aa-1-3-2", "kids_clothing", ("children_12_under", "textile")),  # Boys' Underwear > Boys' Underpants
    ("tg-5-18-3", "rc_vehicle", ("radio", "toy")),  # Remote Control Toys > one below
    ("hg-7-7", "smoke_alarm", ("eee", "battery")),  # Smoke & Carbon Monoxide Detectors
])
def test_a_gid_reads_through_the_entry_of_its_path(shipped, gid, kind, classes):
    result = _read(shipped, GID + gid)
    assert result.product_type == kind
    assert all(result.classes[name] for name in classes), result.classes


def test_a_bare_shopify_id_reads_as_its_gid(shipped):
    assert _read(shipped, "aa-1-2-7").product_type == _read(shipped, GID + "aa-1-2-7").product_type == "kids_clothing"


def test_a_gid_and_the_google_id_of_one_entry_read_alike(shipped):
    by_gid, by_id = _read(shipped, GID + "hg-7-7"), _read(shipped, "499673")
    assert (by_gid.product_type, by_gid.classes) == (by_id.product_type, by_id.classes)


def test_an_unlisted_gid_still_reads_nothing(shipped):
    assert _read(shipped, GID + "vp-2-3-3").product_type is None  # Sailboats: no typed entry above


GOOGLE = """version: g
categories:
  - {path: "Toys & Games > Puzzles", id: 3867, shopify: tg-4, type: puzzle, why: "puzzles"}
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_google_entry_names_the_shopify_id_of_its_path(tmp_path):
    classifier = Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, _write(tmp_path, "g.yaml", GOOGLE), None))
    assert _read(classifier, GID + "tg-4-2").product_type == "puzzle"
    assert _read(classifier, "tg-4-2").product_type == "puzzle"


@pytest.mark.parametrize("bad, needle", [
    ("TG-4", "shopify"), ("tg-4-1", "shopify: 'tg-4-1' names a category 3 levels deep"), ("4", "shopify"),
])
def test_a_malformed_shopify_id_on_a_google_entry_names_the_field(tmp_path, bad, needle):
    path = _write(tmp_path, "g.yaml", GOOGLE.replace("shopify: tg-4", f"shopify: {bad}"))
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, path, None)
    message = str(err.value)
    assert str(path) in message and "entry 1 'Toys & Games > Puzzles'" in message and needle in message


def test_a_shopify_id_two_tables_give_two_paths_is_an_error(tmp_path):
    google = _write(tmp_path, "g.yaml", GOOGLE)
    shopify = _write(tmp_path, "s.yaml", """version: s
categories:
  - {path: "Toys & Games > Kites", id: tg-4, type: kite, why: "the same id for another path"}
""")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, None, google, shopify)
    assert "id: tg-4 already names 'Toys & Games > Puzzles' in another table" in str(err.value)


# -- 3. kinds under a generic parent ---------------------------------------------------------------------------------


def test_drones_under_real_aircraft_are_drones(shipped):
    result = _read(shipped, "Vehicles & Parts > Vehicles > Aircraft > Heavier-Than-Air Aircraft > Drones")
    assert result.product_type == "drone" and result.classes["radio"] and not result.classes["toy"]


def test_a_real_aircraft_is_still_no_model(shipped):
    result = _read(shipped, "Vehicles & Parts > Vehicles > Aircraft > Heavier-Than-Air Aircraft > Helicopters")
    # no RC model; since vehicle37 a real aircraft reads its airband radio and transponder (it read no type before)
    assert result.product_type == "aircraft" and not result.classes["toy"] and result.classes["radio"]


def test_bluetooth_adapters_under_receiver_accessories_are_adapters(shipped):
    result = _read(shipped, "Electronics > Audio > Audio Accessories > Audio & Video Receiver Accessories > "
                            "Bluetooth Adapters")
    assert result.product_type == "wifi_adapter" and result.classes["radio"]


def test_receiver_remote_controls_stay_remote_controls(shipped):
    result = _read(shipped, "Electronics > Audio > Audio Accessories > Audio & Video Receiver Accessories > "
                            "Remote Controls")
    assert result.product_type == "remote_control" and not result.classes["radio"]


@pytest.mark.parametrize("leaf, kind, powered", [
    ("Bicycle Computers", "bike_light", True),
    # shop46: a cadence sensor is a wireless (ANT+ or Bluetooth) sensor, no longer the lumped bike_light
    ("Bicycle Computer Accessories > Bicycle Computer Cadence Sensors", "smart_sensor", True),
    ("Bicycle Computer Accessories > Bicycle Computer Mounts", "bike_accessory", False),
    ("Bicycle Computer Accessories", "bike_accessory", False),
])
def test_bicycle_computers_and_their_accessories(shipped, leaf, kind, powered):
    result = _read(shipped, f"Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories > {leaf}")
    assert result.product_type == kind and result.classes["eee"] is powered


# -- 4. rule (4) keeps the leaf's veto -------------------------------------------------------------------------------


def test_one_segment_below_an_entry_the_leaf_veto_stands(shipped):
    # "Cots" read as baby gear is vetoed on the entry; one segment below it (naming no type) it is vetoed too, so a
    # title naming the vetoed sense does not refine the camp bed
    assert _read(shipped, COTS, title="Baby Bouncer Seat").product_type == "furniture"
    assert _read(shipped, f"{COTS} > Other Items", title="Baby Bouncer Seat").product_type == "furniture"


def test_one_segment_below_an_entry_another_title_still_refines(shipped):
    result = _read(shipped, f"{COTS} > Other Items", title="LED Camping Lantern")
    assert result.product_type == "lantern" and result.classes["eee"]


def test_a_consistent_reading_above_the_entry_still_gives_way_to_the_entry(shipped):
    result = _read(shipped, "Hardware > Tools > Measuring Tools & Sensors > Geiger Counters > Handheld Geiger Counters")
    assert result.product_type == "multimeter"
