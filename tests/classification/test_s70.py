"""Stop 70 (issue 9): what a shelf's filler may still say of a product's supply once the title or the type has said
it is electrical, and what a type's "wireless, so a battery" says before an accessory shelf fills the rest."""

from __future__ import annotations

import pytest

# --- s70a: a "not electrical" filler's power "no" goes with its refuted "no EEE" -----------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("FIDGET SPINNERS CLEAR LED each", "Kids/Toys/Games"),
    ("Yahtzee Electronic Hand Held Game", "Characters & Brands > Hasbro"),
])
def test_a_title_power_word_drops_an_inert_shelfs_no_battery(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["eee"] is True, result.basis["eee"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("Fidget Spinner Metal Tri-Spinner", "Kids/Toys/Games"),
    ("Yahtzee Classic Dice Game", "Characters & Brands > Hasbro"),
])
def test_an_inert_shelf_still_fills_no_battery_for_a_product_nothing_made_electrical(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["eee"] is not True, result.basis["eee"]
    assert result.classes["battery"] is False, result.basis["battery"]


# --- s70b: a type's power rule speaks before an accessory shelf's "a part has none" --------------------------------

@pytest.mark.parametrize("title", [
    "gn netcom jabra gn9125 wireless micro boom earset",
    "Dyna Silver Heart Stereo Wireless Bluetooth Headset",
])
def test_a_wireless_headset_on_an_accessory_shelf_has_its_battery(classify, title):
    result = classify(title, category="mp3 accessories")
    assert result.classes["radio"] is True, result.basis["radio"]
    assert result.classes["battery"] is True, result.basis["battery"]


def test_a_wired_headset_on_an_accessory_shelf_keeps_no_battery(classify):
    result = classify("sony mdrex35lp colorful headphone with case", category="mp3 accessories")
    assert result.classes["radio"] is not True, result.basis["radio"]
    assert result.classes["battery"] is not True, result.basis["battery"]


# --- s70c, s70d: words a description says of something else ---------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "description"), [
    ("Giddy Buggy Bug House Toy", "Toys", "Item weight: 5 g | Pop-up bug house with carrying handle"),
    ("LAMO Vinyl Figure Dr Disrespect", "Toys",
     "3 inch vinyl figure, a card and a mobile app that connects the two, bridging the digital and the physical"),
    ("Minecraft Comic Maker Wolf Action Figure", "Toys",
     "Kids create their own adventures and turn them into digital comic books they can download"),
    ("Kinetic 80 Pro Inline Skate", "Sports", "The frame absorbs more road vibration than any other frame"),
])
def test_a_descriptions_weight_digital_app_or_absorbed_vibration_is_no_circuit(classify, title, category, description):
    result = classify(title, category=category, description=description)
    assert result.classes["eee"] is not True, result.basis["eee"]
    assert result.classes["radio"] is not True, result.basis["radio"]


@pytest.mark.parametrize(("title", "category", "description", "cls"), [
    # review71: a title's "5G" names the network (a toy's "Plastic Ball Set 5G" is grams, and a title cannot tell)
    ("Quectel RM500Q 5G Module", None, None, "radio"),
    ("Digital Kitchen Timer", None, None, "eee"),
    ("Baby Bouncer", "Baby", "Soothing vibration and music", "battery"),
    # review71: a title that names no radio kind, so only the description's "4G LTE" can say it
    ("Huawei E3372 Stick", None, "4G LTE, plug and play", "radio"),
])
def test_those_words_still_speak_where_they_name_the_product(classify, title, category, description, cls):
    result = classify(title, category=category, description=description)
    assert result.classes[cls] is True, result.basis[cls]


# --- s70e: kinds whose supply the kind decides (the Mercari audit's beauty, massage and lighting rows) ---------------

@pytest.mark.parametrize(("title", "category", "kind", "supply"), [
    ("Fußmassagegerät Medisana 88380", None, "foot_spa", "mains_lv"),
    ("Electric Foot Spa Bath with Heat and Bubbles", None, "foot_spa", "mains_lv"),
    ("Laser Hair Removal - BellaFlash by Silk'n", "Beauty/Skin Care/Body", "ipl_hair_removal", "mains_lv"),
    ("IPL Hair Removal Device for Women, 999,999 Flashes", None, "ipl_hair_removal", "mains_lv"),
    ("Pro LED UV Teeth Whitening Light NEW", "Other/Daily & Travel items/Personal Care", "teeth_whitening_light",
     "battery"),
    ("Selfie light ring", "Electronics/Cell Phones & Accessories/Cell Phone Accessories", "selfie_light", "battery"),
    ("Clip On Selfie Light for iPhone, Rechargeable", None, "selfie_light", "battery"),
])
def test_a_kind_that_decides_its_supply(classify, title, category, kind, supply):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[supply] is True, result.basis[supply]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("10 inch Selfie Ring Light with Tripod Stand", None, "ring_light"),
    ("DIGITEK Professional (31cm) Dual Temperature LED Ring Light with Tripod Stand",
     "Electronics|Mobiles&Accessories|MobileAccessories|Photo&VideoAccessories|Flashes&SelfieLights|SelfieLights",
     "ring_light"),
    ("Human touch foot massager", None, "massager"),
    ("2 Instant Teeth Whitening Pens", None, "pen"),
])
def test_its_neighbours_keep_their_kind(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] is not True, result.basis["battery"]


# --- s70f: an inert kind a word made electrical keeps no "no battery" of its own -----------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Marteau de Thor électronique", "JOUET (NEW) > JOUET GENERALISTE - LUDO-EDUCATIF > JEU ASSEMBLAGE"),
    ("Marteau de Thor électronique", "JEUX - JOUETS > DEGUISEMENT"),
])
def test_an_electronic_plaything_of_an_inert_kind_has_its_battery(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["battery"] is True, result.basis["battery"]


def test_a_word_that_names_the_supply_keeps_the_kinds_no_battery(classify):
    result = classify("Giant Rectangular Paddling Pool Family Size + Electric 240V Air Pump",
                      category="Sports Toys & Outdoor > Beach Toys > Paddling Pools")
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["battery"] is not True, result.basis["battery"]


# --- s70g: the Walmart audit's powered sets (wm72) ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind", "classes"), [
    ("StarTech VGA Video Extender over Cat5 Point to Point", "av_extender", ("mains_lv",)),
    ("HDMI Extender over Cat6 60m 1080p", "av_extender", ("mains_lv",)),
    ("RF Link 5.8GHz Audio Video Transmission System with IR Repeater", "av_sender", ("radio", "mains_lv")),
    ("Wireless HDMI Transmitter and Receiver Kit 50m", "av_sender", ("radio", "mains_lv")),
    ("iLive App Enhanced Boom Box with iPod iPhone Dock", "boombox", ("radio", "mains_lv", "battery")),
])
def test_a_powered_av_set_or_boombox_runs_from_the_mains(classify, title, kind, classes):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    for name in classes:
        assert result.classes[name] is True, result.basis[name]


@pytest.mark.parametrize("title", ["HDMI Extender Cable Male to Female 30cm", "VGA Extender Cable 10m",
                                   "4K HDMI Extender Adapter Female to Female"])
def test_a_passive_extender_lead_is_no_powered_extender(classify, title):
    result = classify(title)
    assert result.product_type != "av_extender", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
