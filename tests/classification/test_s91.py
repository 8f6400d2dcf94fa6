"""Stop 91 (issue 9): keyword-string titles as cross-border sellers write them: a phone titled as its spec sheet, a
battery's rating in ampere-hours, a machine leading a "+" bundle of its supplies, words such titles share with another
kind (a processor's threads, a cell's flat top), a bathroom shelf's textiles, recordable discs. Tested both ways on
titles shaped like the catalogs'."""

from __future__ import annotations

import pytest

from crossguard.engine.classification import classifier as classifier_module
from crossguard.engine.classification.classifier import Classifier
from crossguard.engine.classification.vocabulary import load_vocabulary_from_sources

# --- a phone's spec sheet: the device named before its camera or battery --------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Xiaomi Redmi Note 8 4GB RAM 64GB ROM Smartphone Octa Core 48MP Quad Camera 4000mAh Battery", "smartphone"),
    ("Blackview A60 Smartphone Android 8.1 3G Mobile Phone 5.5 inch 4080mAh Battery", "smartphone"),
    ("UMIDIGI A3 Smartphone 2GB 16GB Dual Camera", "smartphone"),
    ("sony xperia xz3 sim free unlocked uk smartphone 6 dual sim oled screen 64gb internal memory 4gb ram android 9",
     "smartphone"),
    ("vkworld z3310 feature phone 2.4 inch 3d screen 1450mah battery", "feature_phone"),
])
def test_a_phone_titled_as_its_spec_sheet_is_the_phone(classify, title, kind):
    """80 Pricerunner phones read a camera, a battery pack or a memory card by title alone, most with no radio or
    internet class; the later nouns are the phone's specification."""
    result = classify(title)
    assert result.product_type == kind, result.basis
    assert result.classes["radio"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("Samsung Galaxy S10 128GB 8GB RAM Case", "case_generic"),                      # an accessory stays the product
    ("Lapguard Acer Aspire 4741G-5464G50Mn Replacement 6 Cell Laptop Battery", "battery_pack"),  # a part for it
    ("BN46 Battery for Xiaomi Redmi Note 8 Smartphone 4000mAh", "battery_cell"),    # the phone only after "for"
    ("Smartphone Camera Lens 4 in 1", "camera_lens"),
    ("iPhone 11 Camera", "camera"),                                                 # no spec sheet: an amount or two
    # the second read: a spare part named right after the device and its model
    ("iPhone 13 Battery 3227mAh Battery High Capacity with Repair Tool Kit", "battery_pack"),
    ("Samsung Galaxy S20 FE Battery 4500mAh Battery EB-BG781ABY", "battery_pack"),
    ("iPhone 12 Pro Rear Camera 12MP Triple Camera Original Pulled", "camera"),
    ("Replacement Battery, 5000mAh, 4GB, 64GB, Samsung Galaxy A12 Phone", "battery_pack"),
    # an accessory, a wallet or a keyboard named after the device and its storage
    ("Galaxy S24 Ultra 12GB 256GB Leather Wallet Case Card Holder", "wallet"),
    ("Galaxy Tab S8 8GB 128GB Keyboard Case with Trackpad", "tablet_keyboard"),
    ("SanDisk 128GB, 256GB iXpand Flash Drive Go, iPhone, iPad", "usb_flash_drive"),
])
def test_no_spec_sheet_no_phone(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_machine_named_before_the_phone_keeps_the_title(classify):
    """The second read: "Baby Monitor Phone App 2K Dual Camera" is a monitor the phone's app works with (it reads
    its camera, as before the stop), not the phone."""
    assert classify("Baby Monitor Phone App 2K Dual Camera Pan Tilt Night Vision").product_type != "smartphone"


# --- a battery's rating in ampere-hours ----------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "USB Lithium Multi-Head Screwdriver Kit with 2 Ah Battery, Charging Cable",
    "M18 FUEL 18V 7-Tool Combo Kit with Two 5.0 Ah Batteries and PACKOUT Tool Boxes",
    "Outdoor Adventure 18-Volt LXT Inflator Kit (1.5 Ah)",
    "Screwdriver with Batteries",
])
def test_an_ampere_hour_rating_says_a_battery(classify, title):
    """Home Depot's cordless kits named a hand tool or no kind, with no battery (dev87-1)."""
    result = classify(title)
    assert result.classes["battery"] is True, result.basis
    assert result.classes["eee"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("M18 18V Lithium-Ion REDLITHIUM FORGE 8.0 Ah Battery (2-Pack) with M18 18V Dual Bay Simultaneous Super Charger",
     "battery_cell"),                                   # the amount is no phrase that hides the battery's own word
    ("Precision Screwdriver Set 32 Pieces", "hand_tool"),
])
def test_the_rating_hides_no_word(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    if kind == "hand_tool":
        assert result.classes["battery"] is not True


def test_without_the_ratings_the_kit_has_no_battery(edited_types):
    """The reading comes from the new amounts: without them (in both modifiers) the screwdriver has no battery."""
    path = edited_types(("  - id: battery_powered\n", "  - id: battery_powered\n"))
    text = path.read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.startswith("           1 ah, 1.0 ah, "))
    assert text.count(first) == 2
    path.write_text(text.replace(first + "\n", ""), encoding="utf-8")
    vocab = load_vocabulary_from_sources(path)
    result = Classifier(vocab).shared_result("Multi-Head Screwdriver Kit with 2 Ah Battery", None)
    assert result.classes["battery"] is not True


# --- a machine leads a "+" bundle of its supplies -------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Hot Melt Glue gun 100W + 2 Pcs Glue Sticks", "power_tool"),
    ("Electric Drill + 2 Pcs Drill Bits", "power_tool"),
    ("安稳免调码套装血糖仪1台+血糖试纸50条", "glucose_meter"),
])
def test_a_machine_leads_its_bundle(classify, title, kind):
    """Read head-final, "Hot Melt Glue gun 100W + 2 Pcs Glue Strick" (Daraz) was the glue and allowed."""
    result = classify(title)
    assert result.product_type == kind, result.basis
    assert result.classes["eee"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("Accessory Set Electric Drill + 10 Drill Bits", "hand_tool"),  # an accessory set for the drill
    ("Glue Sticks + Glue Gun", "power_tool"),                      # the machine named last is still read
])
def test_only_a_leading_machine_leads(classify, title, kind):
    assert classify(title).product_type == kind


def test_an_accessorys_bundle_is_led_by_a_device_alone(classify):
    """Read of the whole change: a horn named before a bike light's "+" had led the bundle, and the shelf then read a
    bicycle with no EEE; an accessory's bundle is led by a phone or a console only, as before the stop."""
    result = classify("KLAXON SONNETTE 4 TONALITES + GYROPHARE POUR VELO",
                      category="SPORT (NEW) > CYCLES > SONNETTE - KLAXON DE CYCLE")
    assert result.product_type == "bike_light"
    assert result.classes["eee"] is True


def test_the_rules_type_ids_are_the_vocabularys(classifier):
    """The spec-sheet rule's kinds are type ids in code (as `_PHONE_SPECS` was): a renamed type would switch it off
    without a word, so each must be a type of the shipped vocabulary."""
    known = set(classifier.vocab.types)
    for name in ("_SPEC_SHEET_DEVICES", "_SPEC_PARTS", "_PHONE_SPECS"):
        assert set(getattr(classifier_module, name)) <= known, name


# --- a bathroom shelf's textiles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Echo Paisley Shower Curtain Jaipur LNC", "Home/Bath/Bathroom Accessories", "curtain"),
    ("Shamrock Cotton Medium Bath Mat Popcorn Brown",
     "Kitchen & Dining >> Housekeeping & Laundry >> Bathroom Accessories >> Mats", "towel"),
])
def test_a_bathroom_shelf_yields_to_its_textiles(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind
    assert result.classes["textile"] is True


def test_a_tap_on_the_bathroom_shelf_stays_a_fixture(classify):
    result = classify("Slickblue 2-Handle 8-Inch Widespread Bathroom Sink Faucet",
                      category="Bath, Bathroom Accessories")
    assert result.product_type == "plumbing_fixture"
    assert result.classes["textile"] is not True


# --- a processor's threads, a bath mat of stone, a curtain's motor --------------------------------------------------


@pytest.mark.parametrize(("title", "textile"), [
    ("Cotton Bath Mat 50x80cm", True),
    ("Diatomite Bath Mat Stone Quick Drying", False),
    ("PVC Bath Mat Anti Slip Shower Mat with Drain Holes", False),
])
def test_a_bath_mat_of_stone_or_pvc_is_no_textile(classify, title, textile):
    """The second read: the bathroom shelf's yield to towels gave stone and PVC mats textile on the shelf."""
    result = classify(title, category="Home/Bath/Bathroom Accessories")
    assert (result.classes["textile"] is True) is textile


def test_a_curtain_motor_is_the_motor(classify):
    result = classify("Smart Curtain Motor Works with Alexa Google Home Zigbee")
    assert result.product_type == "shutter_motor"
    assert result.classes["radio"] is True
    assert result.classes["textile"] is not True


# --- what a smart device works with; a wired plug -------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Smart Light Bulb WiFi RGBCW E27 Dimmable Works with Alexa Google Home Tuya App",
    "Smart Plug WiFi Socket 16A EU Power Monitor Timer Tuya Smart Life Alexa Google Home",
])
def test_the_assistants_a_device_works_with_are_not_the_product(classify, title):
    result = classify(title)
    assert result.product_type != "smart_speaker"
    assert result.classes["radio"] is True


def test_a_smart_speaker_still_reads_one(classify):
    assert classify("Google Home Mini Smart Speaker").product_type == "smart_speaker"


@pytest.mark.parametrize(("title", "radio"), [
    ("Gaming Headset PS4 PS5 Xbox One PC Headphones with Noise Cancelling Mic RGB Light 3.5mm Jack", False),
    ("Bluetooth Headphones Wireless Over Ear with 3.5mm Jack", True),  # the radio words fill first
])
def test_a_headsets_jack_says_wired(classify, title, radio):
    assert classify(title).classes["radio"] is radio


@pytest.mark.parametrize(("title", "kind"), [
    ("Car Jump Starter 2000A Portable Battery Booster Pack 12V with LED Light", "jump_starter"),  # no trading cards
    ("18650 Battery 3.7V 3000mAh Rechargeable Li-ion Batteries Flat Top 4pcs", "battery_cell"),  # a cell's terminal
    ("Baseus 100W USB C to USB C Cable PD Fast Charging Charger Wire for MacBook Samsung", "charging_cable"),
    ("Pokemon Booster Pack", "trading_cards"),
    ("Crop Top Women", "t_shirt"),
    # a processor's threads and tray: 588 Pricerunner processors read sewing supplies and 25 a tray by title alone
    ("amd ryzen 7 1700x 8 core 16 thread am4 cpu/processor", "processor"),
    ("intel core i5 6400 2.7 ghz 4 kerne 4 threads 6 mb cache speicher lga1151 socket box cpu", "processor"),
    ("intel xeon 2640v42.40ghz lga2011325mb cache tray cpu", "processor"),
    ("Gutermann Sew-All Thread 100m", "sewing_supplies"),        # a spool of thread stays sewing supplies
    ("Serving Tray Bamboo with Handles", "tableware"),
])
def test_words_a_keyword_string_shares_with_another_kind(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize(("title", "mains"), [
    ("Wireless Security Camera Outdoor WiFi 1080P Solar Powered CCTV IP Camera Night Vision", False),
    ("Electric Mosquito Killer Lamp UV Bug Zapper USB Insect Trap Indoor", False),
    ("Mosquito Killer Lamp 20W Electric Bug Zapper", True),
    ("Mosquito Killer Lamp with USB Port", True),  # a socket to charge from, not its supply
])
def test_a_supply_the_title_names(classify, title, mains):
    assert classify(title).classes["mains_lv"] is mains


@pytest.mark.parametrize(("title", "kind", "radio"), [
    ("Kids Toy Phone Mobile Phone Toy Music Light Baby Early Education Cell Phone Toy for Toddlers", "electronic_toy",
     False),
    ("Cell Phone Toy for Toddlers", "electronic_toy", False),
    ("Mobile Phone", "smartphone", True),
])
def test_a_phone_toy_is_a_toy_phone(classify, title, kind, radio):
    result = classify(title)
    assert result.product_type == kind
    assert (result.classes["radio"] is True) is radio


@pytest.mark.parametrize(("title", "kind"), [
    ("sony handycam mini dvd rw for dvd camcorders 3 pack", "blank_media"),   # the camcorder only after "for"
    ("Imation - 25 x DVD-R - 4.7 Go 16x - spindle", "blank_media"),
    ("紫光（UNIS）CD-R 52速 700MB 中国印象可打印系列 桶装50片 刻录盘", "blank_media"),
    ("pc treasures external dvd rw drive purple", "internal_drive"),         # the drive that writes them
    ("The Matrix DVD", "movie_media"),
])
def test_recordable_discs_are_blank_media(classify, title, kind):
    """dev91-1: Walmart's mini DVD-RW for camcorders read the camcorder, with its mains and battery."""
    result = classify(title)
    assert result.product_type == kind
    if kind == "blank_media":
        assert result.classes["eee"] is not True
