"""Stop 89 (issue 9): device lines a title names alone (a phone, camera, tablet or watch by its maker and line),
which fill the gap only when no other word and no shelf names a kind; and what a general marketplace's department
pages file where (phone-gaming triggers on "Gaming Consoles", refill ink on "Printers", a hi-vis vest on "Cycling").
Each tested both ways on titles shaped like the catalogs'."""

from __future__ import annotations

import pytest

from crossguard.engine.classification.classifier import Classifier
from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary_from_sources


def _on(result, *classes: str) -> bool:
    return all(result.classes[name] is True for name in classes)


def _off(result, *classes: str) -> bool:
    return all(result.classes[name] is not True for name in classes)


# --- device lines named alone ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("huawei p20 pro dual sim blau", "smartphone"),
    ("google pixel 2 just black 128gb", "smartphone"),
    ("xiaomi mi a2 lite 64gb black", "smartphone"),
    ("htc desire 620", "smartphone"),
    ("oneplus 7t", "smartphone"),
    ("doro phoneeasy 612", "feature_phone"),
    ("canon eos 2000d body only", "digital_camera"),
    ("nikon d3500", "digital_camera"),
    ("panasonic lumix dmc tz80 silver", "digital_camera"),
    ("fujifilm x-t3 with xf18-55mm lens", "digital_camera"),
    ("Huawei MediaPad M5", "tablet"),
    ("Kobo Clara HD", "e_reader"),
    ("Steam Deck 512GB", "game_console"),
    ("Insta360 X3", "action_camera"),
    ("DJI Mini 3 Pro", "drone"),
])
def test_a_device_line_named_alone_names_its_kind(classify, title, kind):
    """7,394 of PriceRunner's 35,311 listings named no type by title alone, most of them phones and cameras titled by
    maker, line and model; each such line now names its kind (with its classes) when nothing else does."""
    result = classify(title)
    assert result.product_type == kind, result.basis
    assert _on(result, "eee")


@pytest.mark.parametrize(("title", "kind"), [
    ("Oral-B iO Series 9 Replacement Brush Heads", "spare_part"),
    ("Dyson V8 Battery", "battery_cell"),
    ("Garmin Forerunner 265 Charging Cable", "charging_cable"),
    ("OnePlus 7T case", "case_generic"),
    ("Google Pixel 7 Screen Protector", "screen_protector"),
    ("DJI Mini 3 Propellers", "rc_airframe_part"),
    ("Power connector for Canon PowerShot ELPH 110", None),
    ("LeapFrog LeapStart Book", "book"),
    ("Sony A1 55 inch 4K OLED", None),          # Sony's A1 is also a Bravia TV
    ("OnePlus Nord Buds 2", None),              # OnePlus by its numbered phones only
    # s97: Honor's Magic is a phone line now, and its Magic Pad a tablet line's longer name (no phone)
    ("Honor Magic Pad 13", "tablet"),
])
def test_an_accessory_named_after_a_line_keeps_its_own_kind(classify, title, kind):
    """A line is a gap filler: the accessory's own noun, or the device named as what it is for, still decides."""
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", ["Nikon D750 Battery Grip", "Lumix Akku DMW-BLG10", "Sony RX100 Grip",
                                   "Olympus Tough TG-6 Underwater Housing", "Ecran complet Huawei P20 Lite",
                                   "Huawei P20 Lite Akku", "Kobo Clara 2E SleepCover", "Insta360 X3 Akku",
                                   "Garmin Fenix 7 Strap QuickFit 22mm", "Huawei Band 8 Strap"])
def test_a_part_named_after_a_line_is_not_the_device(classify, title):
    """review89: a part whose own word names no type ("Akku", "Grip", "Housing", "Strap") read the device with its
    mains, battery and radio; beside such a word (`line_part_word`, the lines' `line_unless`) the line names nothing."""
    result = classify(title)
    assert result.product_type is None and _off(result, "radio", "mains_lv"), result.basis


@pytest.mark.parametrize(("part", "device", "brand", "kind"), [
    ("Bip U Pro Strap 20mm Silicone", "Bip U Pro", "Amazfit", "smartwatch"),
    ("Vision 5 Sleepcover Schwarz", "Vision 5", "Tolino", "e_reader"),
])
def test_a_part_of_a_line_named_in_the_brand_field_is_not_the_device(classify, part, device, brand, kind):
    """review89b: a line in the brand field ("Amazfit", "Tolino") heeds the title's part words too."""
    assert classify(part, brand=brand).product_type is None
    assert classify(device, brand=brand).product_type == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Olympus Tough TG-6 + PT-059 Underwater Housing", "digital_camera"),
    ("Osmo Pocket 3 Creator Combo with Battery Handle", "action_camera"),
    ("Sony RX100 VII inkl. Akku", "digital_camera"),
    ("Canon EOS 2000D including Grip", "digital_camera"),   # any of the vocabulary's list splitters
    ("Huawei P20 Pro w/ Akku", "smartphone"),
])
def test_a_part_the_device_comes_with_leaves_it_the_device(classify, title, kind):
    """review89b: a part word after what the title bundles ("+", or a list splitter: "with", "inkl.", "including",
    "w/") is the bundle's: the matcher's with-part (`Hit.sub`), not a list of marks of the line's own."""
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", ["Lot 2 + 1 Huawei P20 Lite Akku", "Garmin Fenix 7, Strap QuickFit 22mm"])
def test_a_promotions_plus_or_a_comma_is_no_bundle(classify, title):
    """review89c: "2 + 1" counts a promotion and a comma lists a part's fits: the part word still stops the line."""
    assert classify(title).product_type is None


def test_without_line_unless_the_part_reads_the_device(edited_types):
    """The data decides: the same grip read with the camera line's `line_unless` removed is the camera."""
    text = "    line_unless: [line_part_word]\n    names_type: digital_camera\n"
    path = edited_types((text, "    names_type: digital_camera\n"))
    result = Classifier(load_vocabulary_from_sources(path)).shared_result("Sony RX100 Grip", None)
    assert result.product_type == "digital_camera"


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("    line_unless: [line_part_word]\n    names_type: digital_camera\n",
     "    line_unless: [line_part_words]\n    names_type: digital_camera\n",
     "modifier 'camera_body_line': line_unless names unknown modifier 'line_part_words'"),
    ("    sets: {}\n    read_in: [title]\n  - id: phone_line\n",
     "    sets: {}\n    read_in: [title]\n    line_unless: [phone_line]\n  - id: phone_line\n",
     "modifier 'line_part_word': line_unless: the modifier names no type"),
])
def test_a_line_unless_naming_nothing_or_on_no_line_is_refused(edited_types, old, new, problem):
    with pytest.raises(VocabularyError, match=problem):
        load_vocabulary_from_sources(edited_types((old, new)))


def test_a_line_does_not_outvote_the_shelf(classify):
    """With a category naming a kind, the shelf decides, as before: the line only fills a title-only reading."""
    result = classify("canon eos 2000d battery charger", category="Camera Batteries & Chargers")
    assert result.product_type != "digital_camera"


@pytest.mark.parametrize(("title", "kind"), [
    ("Huawei Watch GT 3", "smartwatch"),
    ("Google Pixel Watch 2", "smartwatch"),
    ("Garmin Vivoactive 4S", "smartwatch"),
    ("Huawei Band 7", "fitness_tracker"),
])
def test_a_smartwatch_line_is_no_quartz_watch(classify, title, kind):
    """"Huawei Watch GT 3" read a quartz watch with a button cell and no radio."""
    result = classify(title)
    assert result.product_type == kind and _on(result, "radio", "battery") and _off(result, "button_cell")


def test_a_quartz_watch_stays_a_watch(classify):
    result = classify("Casio Men's Watch MTP-1302")
    assert result.product_type == "watch" and _off(result, "radio")


def test_the_old_galaxy_fit_phone_is_not_the_band(classify):
    """"Galaxy Fit" was also a 2011 phone (S5670); only the band's "Galaxy Fit2"/"Fit e" name the band."""
    assert classify("Samsung Galaxy Fit 2").product_type == "fitness_tracker"
    assert classify("samsung Galaxy Fit S5670 batterie").product_type != "fitness_tracker"


@pytest.mark.parametrize("title", ["Tonies Toniebox Starter Set Blue", "Yoto Player (3rd Gen)"])
def test_a_childrens_audio_player_is_a_connected_electronic_toy(classify, title):
    result = classify(title)
    assert result.product_type == "electronic_toy"
    assert _on(result, "radio", "connected", "toy", "children_12_under")


def test_a_plain_electronic_toy_gets_no_radio_from_that(classify):
    assert _off(classify("VTech KidiZoom Camera Pix"), "radio", "connected")


@pytest.mark.parametrize("title", ["Nespresso Vertuo Pods Variety Pack", "K-Cup Pods", "Capsules de café x50"])
def test_coffee_pods_are_food_not_a_mug(classify, title):
    """"K-Cup Pods" read a mug; the pods named by the machine's line named nothing."""
    result = classify(title)
    assert result.product_type == "food" and _off(result, "eee", "mains_lv")


def test_a_toy_sold_in_capsules_is_still_the_toy(classify):
    """review89: not a bare "capsules" (L.O.L. Surprise capsules, dishwasher and gelatin capsules)."""
    assert _on(classify("L.O.L. Surprise Capsules Series 4"), "toy")


def test_a_line_word_inside_an_ordinary_word_names_nothing(classify):
    """"Pixel" alone (pixel art), "Mate" alone, "Honor" alone name no phone."""
    for title in ("Pixel Art Kit for Kids", "Yerba Mate Tea 500g", "Medal of Honor Airborne"):
        assert classify(title).product_type not in {"smartphone", "digital_camera"}, title


# --- a general marketplace's department pages ------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["PUBG Gaming Trigger L1/R1",
                                   "Pair Of High Quality K21 PUBG Trigger for any Smartphone",
                                   "2 Pcs PUBG Finger Sleeves - Black Colour"])
def test_phone_gaming_triggers_on_a_consoles_page_are_no_console(classify, title):
    result = classify(title, category="Gaming Consoles")
    assert result.product_type == "mobile_game_accessory"
    assert _off(result, "radio", "mains_lv", "eee", "battery")


def test_a_consoles_page_yields_to_a_car_lamp_filed_there(classify):
    result = classify("Auto Hub 9LED 16W Anti-Fog Spot Light Auxiliary Headlight", category="Gaming Consoles")
    assert result.product_type == "vehicle_lighting" and _off(result, "radio", "mains_lv")


@pytest.mark.parametrize("title", ["Sony PlayStation 4 Slim 500GB", "PS4 Pro 1TB + Gaming Headset"])
def test_a_console_on_the_consoles_page_is_still_the_console(classify, title):
    """review89: not even beside the headset its bundle names (the page does not yield to headsets)."""
    result = classify(title, category="Gaming Consoles")
    assert result.product_type == "game_console" and _on(result, "radio")


def test_a_pc_game_on_disc_is_no_vice(classify):
    assert classify("Bangla Vice City Full Game Disk 6 In 1").product_type == "video_game"


@pytest.mark.parametrize("title", ["900 sup game box retro portable mini handheld game player",
                                   "SUP 400 in 1 Retro Handheld Game Console"])
def test_a_retro_clone_handheld_has_no_radio(classify, title):
    result = classify(title)
    assert result.product_type == "retro_handheld" and _on(result, "eee", "battery") and _off(result, "radio")


@pytest.mark.parametrize("title", ["PSP Go handheld console", "Nintendo Switch Lite Handheld Game Player"])
def test_a_modern_handheld_keeps_its_radio(classify, title):
    """review89: "handheld game player" stays the Wi-Fi handheld's word (a Switch Lite is titled so too)."""
    assert _on(classify(title), "radio")


@pytest.mark.parametrize("title", ["Epson T673 Ink color one pice or one set",
                                   "RealColor universal ink four (4) colors set"])
def test_refill_ink_on_a_printers_page_is_ink_not_a_printer(classify, title):
    result = classify(title, category="Printers")
    assert result.product_type == "ink_cartridge" and _off(result, "mains_lv", "eee")


def test_a_printer_on_the_printers_page_is_still_a_printer(classify):
    assert classify("Epson L3110 EcoTank all in one printer", category="Printers").product_type == "printer"


def test_a_usb_extension_lead_is_no_mains_extension(classify):
    assert _off(classify("5M USB 2.0 Printer Extension Cable"), "mains_lv")
    assert _on(classify("Extension Cable 5m 3 way"), "mains_lv")


@pytest.mark.parametrize("title", ["Tummy Trimmer", "Pull Reducer, Waist Reducer Body Shaper Trimmer, ABS 4 Tube",
                                   "Personal Pull Reducer Body Trimmer For Fitness Exercise", "Wrist Forearm Blaster"])
def test_an_exerciser_called_a_trimmer_or_blaster_is_fitness_equipment(classify, title):
    result = classify(title)
    assert result.product_type == "fitness_equipment" and _off(result, "eee", "mains_lv", "toy")


def test_a_body_trimmer_for_grooming_is_still_a_shaver(classify):
    assert _on(classify("Philips Body Trimmer BG3010"), "eee")


def test_a_router_with_four_antennas_is_the_router(classify):
    result = classify("4C Wireless Router 2.4GHz / 300Mbps / Four Antennas")
    assert result.product_type == "router" and _on(result, "radio", "mains_lv")
    assert classify("Indoor TV Antenna").product_type == "tv_antenna"


@pytest.mark.parametrize(("title", "kind", "classes"), [
    ("Stylish Cotton Semi Long Panjabi for Men", "ethnic_wear", ("textile",)),
    ("Yonex Mavis 10 Nylon Shuttle cocks", "sports_equipment", ()),
    ("Vibro Vibration Heating Slimming Shape Massager Belt", "massager", ("eee",)),
    ("Golden Field G9B ATX Gaming Casing with power supply", "computer_component", ("eee",)),
])
def test_a_marketplace_kind_named_its_way(classify, title, kind, classes):
    result = classify(title)
    assert result.product_type == kind and _on(result, *classes)


def test_a_cycling_page_yields_to_the_riders_vest_and_helmet(classify):
    assert _on(classify("High Visibility Safety Vest With Reflective Strips", category="Cycling"), "textile")
    assert classify("Bike Helmet", category="Cycling").product_type == "helmet"
    assert classify("Mountain Bike 26 inch", category="Cycling").product_type == "bicycle"


def test_a_die_cast_car_in_lazadas_rc_department_has_no_radio(classify):
    """Lazada's and Daraz's "Remote Control & Vehicles" holds die-cast cars and toy trains too: the department's
    "remote control" gave every one a radio and a battery; a title that names its remote still does."""
    result = classify("Hotwheels Datsun 620", category="Remote Control & Vehicles")
    assert _on(result, "toy") and _off(result, "radio", "battery")
    assert _on(classify("Remote Control Car Rechargeable", category="Remote Control & Vehicles"), "radio", "battery")


@pytest.mark.parametrize(("title", "kind"), [("Metal Ball String Light - Fairy lights", "string_lights"),
                                             ("Energy Saving LED Bulb 15 Watt", "light_bulb"),
                                             ("Fanush Sky Lantern - 3 Pieces", "sky_lantern")])
def test_a_lighting_department_yields_to_the_titles_kind(classify, title, kind):
    assert classify(title, category="Lighting").product_type == kind


def test_a_lamp_in_the_lighting_department_is_still_a_lamp(classify):
    assert _on(classify("Rocklight Modern Gloss Desk Lamp", category="Lighting"), "mains_lv")


def test_a_laptop_cooler_on_the_laptops_page_is_no_laptop(classify):
    assert classify("Gaming Laptop cooler", category="Laptops").product_type == "portable_fan"
    assert classify("HP 15s Core i3 10th Gen 15.6 inch", category="Laptops").product_type == "laptop"


def test_a_pant_is_trousers_but_a_diaper_pant_is_the_babys(classify):
    assert _on(classify("Fashionable Twill Gabardine Pant For Men"), "textile", "apparel")
    assert _on(classify("Washable Cloth Diaper Pant - Sky Blue"), "children_12_under")


def test_a_car_care_page_names_no_toy_vehicle(classify):
    """Lazada's and Daraz's "Exterior Vehicle Care": the page's "vehicle" read a detailer spray as a toy car."""
    assert _off(classify("Bullsone First Class High Gloss Detailer 550 ML", category="Exterior Vehicle Care"), "toy")
    assert _on(classify("Hot Wheels Monster Truck", category="Toy Vehicles"), "toy")


@pytest.mark.parametrize(("title", "kind", "classes"), [
    ("Electric Hot Water Bag - Multicolor", "electric_hot_water_bottle", ("mains_lv",)),
    ("USB Blutooth Music Receiver Adapter", "adapter", ("radio",)),
    ("ZHIYUN SMOOTH X Gimbal Selfie Stick Phone Handheld Stabilizer", "gimbal", ("eee", "battery")),
])
def test_a_device_named_the_sellers_way(classify, title, kind, classes):
    result = classify(title)
    assert result.product_type == kind and _on(result, *classes)


def test_plastic_gloves_are_no_textile(classify):
    assert _off(classify("Disposable Powder Free Polyethylene Gloves 100pcs"), "textile")
    assert _on(classify("Winter Warm Knitted Gloves"), "textile")


def test_a_nursery_page_yields_to_bedding_but_keeps_a_stroller(classify):
    assert _on(classify("Baby Sac Swaddling Blankets", category="Nursery"), "textile")
    assert classify("Baby Stroller 3 in 1", category="Nursery").product_type == "baby_gear"
