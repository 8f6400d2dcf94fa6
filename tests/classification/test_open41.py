"""Kinds sold both ways: an open class is reviewed, not assumed false (lead, stop 41, issue 9).

A keyboard, a mouse, headphones are sold wired and wireless. When no word, shelf or attribute says which, the
classifier used to set radio false ("assumed false"), so RED and FCC stayed silent and the listing was allowed: a
silent allow on a class the vocabulary knows it cannot tell. A type's `sold_both_ways` names such classes; left
undecided they are reported open (`classify` JSON `open`, text "OPEN") and CLS-OPEN-001 reviews the listing in a
regulated market. "Wired"/"corded" (`wired_link`, input and audio kinds only) and the radio words settle it; so do
the seller's attributes and an officer's override.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.classification import VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_TYPES
from crossguard.engine.classify import Classifier
from crossguard.engine.models import Product
from tests.factories import cert, make_listing

AT = "2026-11-28"
runner = CliRunner()


@pytest.mark.parametrize(("title", "kind"), [
    ("Logitech K120 Keyboard", "computer_keyboard"),
    ("Dell MS116 Optical Mouse", "computer_mouse"),
    # s75: not the WH-CH520, a line sold only wireless (wireless_headphones)
    ("Sony On-Ear Headphones", "headphones"),
    ("JBL Tune 110 In-Ear Earphones", "earbuds"),
    ("Xbox Controller Black", "game_controller"),
    ("Kidde Smoke Alarm 10-Year Sealed Battery", "smoke_alarm"),  # lumped42: a kind of alarm; the cell closes mains
])
def test_a_kind_sold_both_ways_leaves_radio_open(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.open == ("radio",)
    assert not result.classes["radio"] and "sold both ways" in result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Logitech K120 Wired USB Keyboard",
    "Corded Optical Mouse 1600 DPI",
    "boAt BassHeads 100 Wired Headset",
    "有线耳机 入耳式 带麦",
])
def test_wired_or_corded_settles_radio_on_input_and_audio_kinds(classify, title):
    result = classify(title)
    assert result.open == () and not result.classes["radio"], result.basis["radio"]
    assert "wired" in result.basis["radio"] or "有线" in result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Logitech K380 Wireless Keyboard",
    "Wired & Wireless Gaming Headset 7.1",  # the radio word fills first
    "Bluetooth Neckband Earphones Wired Remote",
])
def test_a_radio_word_settles_it_even_beside_wired(classify, title):
    result = classify(title)
    assert result.open == () and result.classes["radio"], result.basis["radio"]


def test_wired_closes_the_whole_link_not_radio_alone(classify):
    """"Smart", later in the file, fills transmitter and connected; a wired set has neither."""
    result = classify("Karbonn Smart Ta Fone A37 Tablet Wired USB Tablet Keyboard")
    assert result.product_type == "tablet_keyboard"
    assert not any(result.classes[name] for name in ("radio", "transmitter", "connected")), result.basis


def test_wired_says_nothing_about_a_smoke_alarms_radio(classify):
    """A hard-wired smoke alarm is mains-fed and may be interlinked by radio: the word is not read there."""
    result = classify("Hard Wired Smoke Alarm with Battery Backup")
    assert result.product_type == "smoke_alarm" and result.open == ("radio",)


@pytest.mark.parametrize(("category", "kind", "radio"), [
    ("Computers & Tablets > Computer Accessories > Mice > Corded Mice", "computer_mouse", False),
    ("Electronics > Audio > Headphones > Bluetooth Headsets", "headphones", True),
])
def test_a_shelf_that_says_which_settles_it(classify, category, kind, radio):
    """The shelf's word decides, so the kind stays the mouse or headset and nothing is left open (the sibling shelf
    "... > Mice" leaves it open: `test_the_sibling_shelves_sold_both_ways_stay_open`)."""
    result = classify("Logitech M100", category=category)
    assert result.product_type == kind and result.open == (), result.basis["product_type"]
    assert result.classes["radio"] is radio and "category word" in result.basis["radio"], result.basis["radio"]


def test_a_kind_never_sold_both_ways_has_nothing_open(classify):
    for title in ("Electric Kettle 1.7 L", "Ceramic Coffee Mug", "Apple AirPods Pro (2nd Generation)"):
        assert classify(title).open == (), title


def test_the_sellers_attribute_closes_an_open_class(classify):
    result = classify("Logitech K120 Keyboard", attributes={"radio": False})
    assert result.open == () and result.basis["radio"].startswith("attribute")


def test_the_engine_reports_open_and_an_attribute_or_override_closes_it():
    engine = Classifier.default()
    found = engine.classify(Product(sku="K", title="Logitech K120 Keyboard"))
    assert found.values["open"] == ["radio"] and "sold both ways" in found.basis["open"]
    assert "open" not in engine.classify(Product(sku="K", title="Logitech K120 Keyboard", radio=[])).values


# -- the loader ---------------------------------------------------------------------------------------------------

def _load_error(tmp_path: Path, old: str, new: str) -> str:
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "product_types.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(path)
    return str(err.value)


def test_sold_both_ways_naming_an_unknown_class_is_an_error(tmp_path):
    old = '      radio: "mice are sold corded'
    message = _load_error(tmp_path, old, '      wings: "mice are sold corded')
    assert "type 'computer_mouse' sold_both_ways: unknown class 'wings'" in message


def test_sold_both_ways_naming_a_class_the_type_decides_is_an_error(tmp_path):
    old = '      radio: "mice are sold corded (USB) and wireless (Bluetooth, a 2.4 GHz receiver)"'
    message = _load_error(tmp_path, old, old + '\n      mains_lv: "never"')
    assert "type 'computer_mouse': sold_both_ways names 'mains_lv', which the type (or its profile) decides" in message


# -- end to end: classify and check ---------------------------------------------------------------------------------

def _catalog(tmp_path: Path, *products: dict) -> Path:
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(list(products)))
    return path


def test_classify_json_and_text_name_the_open_class(tmp_path):
    catalog = _catalog(tmp_path, {"sku": "KB-1", "title": "Logitech K120 Keyboard", "listings": [make_listing("DE")]},
                       {"sku": "MUG-1", "title": "Ceramic coffee mug 350 ml", "listings": [make_listing("DE")]})
    result = runner.invoke(app, ["classify", str(catalog), "--format", "json"])
    assert result.exit_code == 0, result.output
    products = {p["sku"]: p for p in json.loads(result.output)["products"]}
    assert products["KB-1"]["open"] == ["radio"] and products["MUG-1"]["open"] == []
    text = runner.invoke(app, ["classify", str(catalog)]).output
    assert "radio OPEN: computer_keyboard is sold both ways" in text and "1 with a class open" in text


def test_an_open_radio_is_reviewed_until_an_officer_settles_it(tmp_path, db_url):
    certified = {"certificates": [cert("CE", "EMC", "ROHS")], "listings": [make_listing("DE")]}
    catalog = _catalog(tmp_path, {"sku": "KB-1", "title": "Logitech K120 Keyboard", **certified},
                       {"sku": "KB-2", "title": "Logitech K120 Wired Keyboard", **certified})
    result = runner.invoke(app, ["check", str(catalog), "--format", "json", "--at", AT])
    assert result.exit_code == 1, result.output
    decisions = {d["sku"]: d for d in json.loads(result.output)["decisions"]}
    assert decisions["KB-1"]["decision"] == "review", decisions["KB-1"]
    assert decisions["KB-2"]["decision"] == "allow", decisions["KB-2"]
    assert "CLS-OPEN-001" in json.dumps(decisions["KB-1"])
    settle = runner.invoke(app, ["classify", "set", "KB-1", "--class", "radio=no", "--by", "ann",
                                 "--reason", "USB cable model", "--db", db_url])
    assert settle.exit_code == 0, settle.output
    result = runner.invoke(app, ["check", str(catalog), "--format", "json", "--at", AT, "--db", db_url])
    assert result.exit_code == 0, result.output
    decisions = {d["sku"]: d for d in json.loads(result.output)["decisions"]}
    assert decisions["KB-1"]["decision"] == "allow", decisions["KB-1"]


@pytest.mark.parametrize("title", ["Britex BT2050+BT3101 He & She Analog Watch",
                                   "Futaba S3010 High Speed Standard Servo with RC"])
def test_no_transmitter_without_radio(classify, title):
    """A type that says no radio (an analog watch, a servo) keeps no transmitter a word filled ('BT', 'RC'): the
    implication radio=false -> transmitter=false overrides the words (it only filled before: 11 catalog products)."""
    result = classify(title)
    assert not result.classes["radio"] and not result.classes["transmitter"], result.basis["transmitter"]


def test_classify_types_lists_the_classes_sold_both_ways():
    result = runner.invoke(app, ["classify", "types", "--format", "json"])
    types = {item["id"]: item for item in json.loads(result.output)}
    assert types["computer_keyboard"]["sold_both_ways"] == ["radio"] and types["kettle"]["sold_both_ways"] == []
    text = runner.invoke(app, ["classify", "types"]).output
    assert "radio=open (sold both ways)" in text


@pytest.mark.parametrize(("path", "kind"), [
    ("Cameras & Optics > Cameras > Film Cameras", "film_camera"),
    ("Electronics > Video > Projectors > Slide Projectors", "projector"),
    ("Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Electronics > Motor Vehicle Speakers", "speaker"),
    ("Electronics > Electronics Accessories > Computer Components > Laptop Parts > Laptop Replacement Keyboards",
     "computer_keyboard"),
    ("Electronics > Communications > Telephony > Corded Phones", "landline_phone"),
])
def test_a_shelf_of_a_kind_without_radio_closes_it(classify, path, kind):
    """Google shelves whose typical product has no radio fill it (default_classes), so they are not reviewed."""
    result = classify("(no title)", category=path)
    assert result.product_type == kind and result.open == () and not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("path", ["Computers & Tablets > Computer Accessories > Mice",
                                  "Cameras & Optics > Cameras > Digital Cameras",
                                  "Electronics > Video > Projectors > Multimedia Projectors",
                                  "Electronics > Audio > Audio Components > Speakers"])
def test_the_sibling_shelves_sold_both_ways_stay_open(classify, path):
    # gtax47: the Speakers shelf also leaves its supply open (powered, portable and passive speakers)
    assert classify("(no title)", category=path).open[0] == "radio"


def test_a_radio_word_on_a_closed_shelf_still_decides(classify):
    result = classify("Pioneer Bluetooth Car Speaker",
                      category="Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Electronics > "
                               "Motor Vehicle Speakers")
    assert result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize(("path", "kind"), [
    ("Electronics > Electronics Accessories > Electronics Films & Shields > Keyboard Protectors", "screen_protector"),
    ("Electronics > Electronics Accessories > Computer Accessories > Keyboard & Mouse Wrist Rests", "mouse_pad"),
])
def test_covers_and_rests_are_not_the_keyboard(classify, path, kind):
    result = classify("(no title)", category=path)
    assert result.product_type == kind and not result.classes["eee"], result.basis["product_type"]


def test_a_corded_phone_with_a_cordless_handset_is_a_dect_radio(classify):
    result = classify("Panasonic KX-TGF320 Corded Phone with Cordless Handset")
    assert result.product_type == "landline_phone" and result.classes["radio"], result.basis["radio"]
    assert not classify("Panasonic KX-TS500 Corded Phone").classes["radio"]
