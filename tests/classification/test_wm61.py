"""An office and electronics store's shelves (wm61, read from Walmart's catalog; issue 9).

A store files its machines beside the goods of the same room or trade (shredders and calculators on "Stationery &
Office Machinery", security cameras on "Garden", an electric skillet on "Cookware"), sells projection screens by
their kind and format ("Electric Screen ... HDTV Format"), printer consumables on the printers' shelf and speakers and
dash kits on the car stereos' shelf. Each case is a title written for the tests, with the lookalike that must not move.
"""

from __future__ import annotations

import pytest

OFFICE = "Stationery & Office Machinery"

# --- a machine named on the shelf of a room's or trade's goods ----------------------------------------------------


@pytest.mark.parametrize(("title", "category"), [
    ("Fellowes 12-Sheet Cross-Cut Paper Shredder", OFFICE),
    ("Sharp Desktop Printing Calculator 12 Digit", OFFICE),
    ("X-Acto Electric Pencil Sharpener Blue", OFFICE),
    ("Outdoor Bullet Security Camera Night Vision", "Garden"),
    ("4 Channel DVR Kit with 500GB Hard Drive", "Garden"),
    ("Ceramic Flat Iron 1 inch", "Beauty/Hair Care/Styling Tools"),
    ("Portable SSD 500GB USB 3.1", "Electronics/Computers & Tablets/Drives, Storage & Media"),
])
def test_a_machine_on_a_goods_shelf_is_the_machine(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["eee"] is True, result.basis["eee"]


def test_an_electric_skillet_on_a_cookware_shelf_plugs_in(classify):
    result = classify("Electric Skillet 12 inch Nonstick", category="Home/Kitchen & Dining/Cookware")
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category"), [
    ("Heavy Duty Stapler 20 Sheet Capacity", OFFICE),
    ("Rotary Paper Trimmer 12 inch Cut", OFFICE),
    ("Straight Handle Bonded Trimmers 8 inch", OFFICE),
    ("Galvanised Garden Hose Reel", "Garden"),
    ("Stainless Steel Skillet 12 inch", "Home/Kitchen & Dining/Cookware"),
])
def test_the_goods_of_that_shelf_stay_unpowered(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("La souris et le chat", "LIBRAIRIE > AUTRES LIVRES > AUTRES LIVRES", "book"),
    ("Console demi lune chêne massif", "MEUBLE > PETIT MEUBLE COMPLEMENT > CONSOLE", "furniture"),
    ("Sticker lave vaisselle fleurs",
     "DECO - LINGE - LUMINAIRE > DECORATION MURALE - TABLEAU - CADRE PHOTO - STICKER > STICKER", "sticker"),
])
def test_a_shelf_whose_titles_name_what_they_show_keeps_its_kind(classify, title, category, kind):
    # books, furniture and stickers are no machine shelves: their titles pun on devices (a mouse, a console)
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]


# --- projection screens ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Draper Matte White Access Series E Electric Screen 100 diagonal",
    "Elite Screens Spectrum Motorized Projection Screen 100 inch",
    "Écran motorisé 16:9 200 x 113 cm",
])
def test_a_motorised_screen_plugs_in_and_has_no_radio(classify, title):
    result = classify(title, category="Electronics General")
    assert result.product_type == "motorised_projector_screen", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize("title", [
    "Da-Lite Model C Manual Screen 70 x 70 HDTV Format",
    "Fixed Frame Screen 120 diagonal HDTV Format",
    "Rear Projection Screen 58 x 104 HDTV Format",
    "Adjustable Height Television Cart 54 inch",
])
def test_a_manual_screen_or_a_tv_cart_is_no_television(classify, title):
    result = classify(title, category="Electronics General")
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize("title", ["LG 42 inch LCD HDTV 1080p", "Samsung 32 inch LED Television"])
def test_a_television_keeps_its_tuner(classify, title):
    result = classify(title, category="Electronics General")
    assert result.product_type == "television", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


# --- printer consumables on the printers' shelf --------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Dell Standard Yield Black Cartridge",
    "Samsung Imaging Drum Unit for CLP-310 Printers",
    "HP Image Transfer Kit Q3675A",
    "Tri Color Cartridge 2-Pack",
])
def test_a_consumable_on_the_printers_shelf_is_the_consumable(classify, title):
    result = classify(title, category="Printers")
    assert result.product_type == "ink_cartridge", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_printer_on_its_shelf_stays_the_printer(classify):
    result = classify("HP OfficeJet All-in-One Inkjet Printer", category="Printers")
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


# --- car audio on the car stereos' shelf ---------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "6.5 inch 3-Way Car Speakers 300W Pair",
    "10 inch Subwoofer Single Voice Coil 350W",
    "Component Car Speakers 5.25 inch",
])
def test_speakers_on_the_car_stereo_shelf_have_no_tuner(classify, title):
    result = classify(title, category="Car Stereos")
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["eee"] is True, result.basis["eee"]


def test_a_dash_kit_on_the_car_stereo_shelf_is_trim(classify):
    result = classify("Double DIN Installation Kit for Toyota", category="Car Stereos")
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["eee"] is False, result.basis["eee"]


def test_a_car_stereo_on_its_shelf_keeps_its_tuner(classify):
    result = classify("Double DIN Bluetooth Car Stereo Receiver", category="Car Stereos")
    assert result.classes["radio"] is True, result.basis["radio"]


# --- connectors, recorders, pans ----------------------------------------------------------------------------------


def test_a_phone_plug_is_an_audio_connector(classify):
    result = classify("Standard 1/4 inch Phone Plug to 3-Pin XLR Jack Set of 10", category="TV Accessories")
    assert result.classes["radio"] is False, result.basis["radio"]


def test_a_phone_keeps_its_radio(classify):
    assert classify("Unlocked Android Phone 64GB Black").classes["radio"] is True


@pytest.mark.parametrize(("title", "radio"), [
    ("8 Channel DVR Security System with 4 Indoor Outdoor Cameras", False),
    ("Digital Wireless DVR Security System with Receiver", True),
])
def test_a_surveillance_kit_plugs_in(classify, title, radio):
    result = classify(title)
    assert result.product_type == "cctv_recorder", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["radio"] is radio, result.basis["radio"]


def test_a_french_batterie_de_cuisine_is_a_set_of_pans(classify):
    result = classify("Batterie de cuisine 12 pièces inox tous feux")
    assert result.classes["battery"] is False, result.basis["battery"]


def test_a_battery_is_still_a_battery(classify):
    assert classify("Alkaline AA Batteries 24 Pack").classes["battery"] is True


# --- pack counts, cells by number, parts by name ------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Alkaline 9 Volt Batteries 6ct", "battery_cell"),
    ("Alkaline 9 Volt Batteries 4pk", "battery_cell"),
    ("Silver Oxide 357 Battery 3pk", "button_cell_battery"),
])
def test_a_pack_count_after_a_battery_is_a_spec(classify, title, kind):
    # "9 volt batteries" is a modifier phrase too (a toy's power): followed by a pack count it still ends the phrase
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize(("title", "eee"), [
    ("512MB PC2100 Non-ECC Unbuffered 184-Pin DDR DIMM", True),
    ("External DVD-ROM Drive USB Black", True),
    ("USB 2.0 Active Extension Cable 32 ft", True),
    ("Heavy Duty Electronic Utility Scale 50 lb", True),
    ("C-Fold Hand Towels 200 Sheets 12 ct", False),
    ("iPod touch Screen Care Kit 3 Pack", False),
])
def test_office_store_kinds(classify, title, eee):
    result = classify(title, category="Electronics General")
    assert result.classes["eee"] is eee, result.basis["eee"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]
    assert result.classes["textile"] is False, result.basis["textile"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize(("title", "radio"), [
    ("Wired Color Security Camera with 60 ft Cable", False),
    ("Wired and Wireless Security Camera WiFi", True),
])
def test_a_wired_security_camera_has_no_radio(classify, title, radio):
    assert classify(title).classes["radio"] is radio


def test_an_electrol_screen_is_motorised(classify):
    result = classify("Da-Lite Advantage Electrol Projection Screen 133 diagonal HDTV Format")
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["radio"] is False, result.basis["radio"]


def test_a_radar_detector_receives_radio_on_the_car_supply(classify):
    result = classify("Cobra 15 Band Digital Radar Laser Detector")
    assert result.product_type == "radar_detector", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]
    assert result.classes["transmitter"] is False, result.basis["transmitter"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "category", "mains", "eee"), [
    ("Dell Series 2 Color Ink", "Printers", False, False),
    ("Compatible Ink 8000 Page Yield Red", "Printers", False, False),
    ("Laptop Cooling Stand 1 Fan 600rpm", "Electronics General", False, True),
    ("Memory Foam Mouse Wrist Pillow", "Electronics General", False, False),
    ("Socket Power Timer 24 Hour", "Electronics General", True, True),
])
def test_more_office_store_kinds(classify, title, category, mains, eee):
    result = classify(title, category=category)
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]
    assert result.classes["eee"] is eee, result.basis["eee"]
    assert result.classes["textile"] is False, result.basis["textile"]


def test_a_pen_with_black_ink_stays_a_pen(classify):
    assert classify("Gel Pens Black Ink 12 Pack").product_type == "pen"
