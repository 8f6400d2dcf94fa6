"""The title reader knows the product kinds the Google taxonomy names (leaf46, issue 9).

A Google leaf ("Hand Dryers", "Egg Incubators", "Deli Slicers") is the kind noun a seller writes in a title. Where
the Google table read the path and the title reader did not know the noun, a catalog without Google paths read the
same product untyped or as another kind ("Pastry Blender" a blender, "Conference Phone" a smartphone). Each kind is
tested with the lookalikes that must keep their own reading.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText


def read(classifier: Classifier, title: str, category: str = ""):
    result = classifier.classify(ProductText(title=title, category=category))
    return result.product_type if result.established else None, result.classes


# -- mains appliances the table knew by their Google leaf ------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Dyson Airblade V Hand Dryer HU02 Sprayed Nickel", "home_appliance_misc"),
    ("Automatic Electric Hand Dryer Wall Mounted 1800W Stainless Steel", "home_appliance_misc"),
    ("PEET Original 2-Shoe Electric Shoe Dryer and Boot Dryer", "home_appliance_misc"),
    ("Brinsea Mini II Advance Egg Incubator 7 Eggs Automatic Turning", "home_appliance_misc"),
    ("Commercial Hot Dog Roller 7 Rollers Stainless Steel 1400W", "home_appliance_misc"),
    ("Chefman Electric Meat Slicer 200W Deli Slicer Adjustable Thickness", "home_appliance_misc"),
    ("Ninja Slushi Frozen Drink Maker 5 Presets", "home_appliance_misc"),
    ("Magnasonic Ultrasonic Jewelry Cleaner 600ml Digital Timer", "home_appliance_misc"),
    ("Impulse Sealer 12 inch Heat Seal Machine", "home_appliance_misc"),
    ("Harvest Right Home Freeze Dryer Medium", "home_appliance_misc"),
    ("Salt Water Chlorinator 25000 Gallon for Above Ground Pools", "home_appliance_misc"),
    ("Sunshine Commercial Tanning Bed 220V", "home_appliance_misc"),
    ("Panasonic SD-YR2550 Breadmaker Stainless Steel", "cooker"),
    ("Electric Pizzelle Maker Non-Stick", "toaster"),
    ("Triton T80 Easi-Fit Electric Shower 8.5kW White", "heater"),
    ("Megahome Countertop Water Distiller Stainless Steel", "water_purifier"),
    ("Philips Steam Press Ironing Press 1500W", "iron"),
    ("Mini Milling Machine Benchtop 600W Variable Speed", "bench_power_tool"),
    ("Kotatsu Table with Heater 75cm Japanese Style", "powered_furniture"),
])
def test_a_mains_appliance_named_by_its_google_leaf(classifier, title, kind):
    product_type, classes = read(classifier, title)
    assert product_type == kind
    assert classes["mains_lv"] and classes["eee"]


@pytest.mark.parametrize("title", [
    "Hand Dryer Wall Bracket",            # the bracket for one
    "Tanning Bed Lotion 250ml",           # the lotion used on one
    "Centrifuge Tubes 50ml Sterile 25 pack",
    "Sauna Suit Men Heavy Duty",
    "Snoopy Sno Cone Machine Hand Crank",  # a crank toy: 'ice shaver' alone stays unread
    "Melissa & Doug Wooden Cash Register",
])
def test_the_appliances_lookalikes_are_no_mains_appliance(classifier, title):
    product_type, classes = read(classifier, title)
    assert not classes["mains_lv"], product_type


# -- electronics the table knew -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind", "classes_set"), [
    ("Pyle 25W Megaphone Portable Bullhorn with Siren", "megaphone", ("eee", "battery")),  # amzusel55: a kind
    ("Behringer FBQ800 9-Band Graphic Equalizer", "amplifier", ("eee", "mains_lv")),
    ("Fluance PA10 Phono Preamp for Turntables", "amplifier", ("eee", "mains_lv")),
    ("Jensen Portable Cassette Player Recorder with Speaker", "media_player", ("eee",)),
    ("Pioneer Car Cassette Player KEH-P2030", "car_stereo", ("radio", "eee")),
    ("VTech Digital Answering Machine 14 Minutes", "landline_phone", ("eee", "mains_lv")),
    ("Polycom SoundStation 2 Conference Phone", "landline_phone", ("eee", "mains_lv")),
    ("Restaurant Pager System 10 Coaster Pagers Wireless", "walkie_talkie", ("radio", "eee")),
    ("100pcs Ceramic Capacitor Assortment 10pF-100nF", "electronics_kit", ("eee",)),
    ("1/4W Metal Film Resistor Kit 600 pcs", "electronics_kit", ("eee",)),
    ("Teyleten Floppy Drive USB External 1.44MB", "internal_drive", ("eee",)),
    ("Logitech Numeric Keypad Wireless", "computer_keyboard", ("eee",)),
    ("Topaz SignatureGem Signature Pad USB", "graphics_tablet", ("eee",)),
    ("Dell PowerEdge R720 Rack Server 2x Xeon", "server", ("eee", "mains_lv")),  # s74: a kind of its own, cabled
    ("Electronic Cash Register with Thermal Printer 40 Departments", "office_electronics", ("eee",)),
])
def test_an_electronic_kind_named_by_its_google_leaf(classifier, title, kind, classes_set):
    product_type, classes = read(classifier, title)
    assert product_type == kind
    assert all(classes[name] for name in classes_set)


@pytest.mark.parametrize(("title", "kind"), [
    ("Panasonic Cordless Phone with Answering Machine", "cordless_phone"),  # the phone, with a machine built in
    ("Samson C01U Capacitor Microphone USB", "microphone"),                  # a microphone named by its capsule
    ("Server Rack 42U Network Cabinet", None),                              # furniture, no server
])
def test_the_electronic_kinds_lookalikes_keep_their_reading(classifier, title, kind):
    product_type, _ = read(classifier, title)
    if kind is None:
        assert product_type != "desktop_computer"
    else:
        assert product_type == kind


# -- battery instruments and health devices ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Handheld Anemometer Wind Speed Meter with Backlight", "multimeter"),
    ("Decibel Meter 30-130dB Digital Noise Meter", "multimeter"),
    ("Geiger Counter Nuclear Radiation Detector Dosimeter", "multimeter"),
    ("Temtop Air Quality Monitor PM2.5 CO2 Formaldehyde", "multimeter"),
    ("BACtrack S80 Breathalyzer Professional Alcohol Tester", "health_monitor"),
    ("Clearblue Fertility Monitor Touch Screen", "health_monitor"),
    ("Dual Channel Muscle Stimulator Electrical Pulse", "massager"),
    ("Teslong Borescope with Light 5.5mm", "camera"),
    ("Eheim Automatic Fish Feeder Everyday", "pet_electronics"),
    ("Streamlight TLR-1 Gun Light 300 Lumen", "flashlight"),
])
def test_a_battery_instrument_named_by_its_google_leaf(classifier, title, kind):
    product_type, classes = read(classifier, title)
    assert product_type == kind
    assert classes["eee"] and not classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Waterpik Cordless Power Flosser WP-462", "electric_toothbrush"),  # charged on a mains base
    ("Greenworks Lawn Dethatcher 10 Amp", "garden_power_tool"),  # corded, cordless or petrol
])
def test_a_kind_that_leaves_mains_to_its_words(classifier, title, kind):
    product_type, classes = read(classifier, title)
    assert product_type == kind and classes["eee"]


def test_a_pagers_battery_is_no_pager(classifier):
    product_type, classes = read(classifier, "Pager Battery 1.5V AAA")
    assert product_type != "walkie_talkie" and not classes["radio"]


def test_a_monitor_of_air_or_fertility_is_no_display(classifier):
    for title in ("Air Quality Monitor", "Fertility Monitor"):
        product_type, classes = read(classifier, title)
        assert product_type != "monitor" and not classes["mains_lv"], title


@pytest.mark.parametrize("title", [
    "Cheerleading Megaphone 12 inch Plastic",         # a cone, no loudspeaker
    "Skin Cleansing Brush Heads Replacement 4 pack",  # the heads of the device
])
def test_the_unpowered_lookalikes_are_no_eee(classifier, title):
    product_type, classes = read(classifier, title)
    assert not classes["eee"], product_type


def test_a_floating_fish_feeder_ring_is_no_appliance(classifier):
    product_type, _ = read(classifier, "Floating Fish Feeder Ring")
    assert product_type != "pet_electronics"


# -- textiles -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Traditional Bavarian Dirndl Dress with Apron", "ethnic_wear"),
    ("Men's Cotton Yukata Japanese Traditional", "ethnic_wear"),
    ("Women's Activewear Seamless", "clothing"),
    ("Jock Strap Men's Athletic Supporter", "underwear"),
    ("Wedding Garter Blue Satin", "underwear"),
    ("Feather Fascinator Clip Wedding Ascot", "headwear"),
    ("Bedskirt Queen 14 inch Drop Microfiber", "bedding"),
    ("Crochet Doily Round 12 inch Cotton", "table_linen"),
    ("Kayak Drysuit Breathable Unisex", "swimwear"),
    ("Nursing Cover for Breastfeeding Muslin", "clothing"),
])
def test_a_textile_named_by_its_google_leaf(classifier, title, kind):
    product_type, classes = read(classifier, title)
    assert product_type == kind
    assert classes["textile"]


@pytest.mark.parametrize("title", [
    "Paper Doilies 100 pack Lace Pattern",   # paper, not lace
    "Paper Napkins 100 pack 3 Ply",
    "Robe Hook Chrome Bathroom",
    "Pipe Cap 22mm Copper",
    "Cleaning Glove Latex Large",
])
def test_the_textiles_lookalikes_are_no_textile(classifier, title):
    product_type, classes = read(classifier, title)
    assert not classes["textile"], product_type


# -- leaves that read another kind through one of their words --------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Pastry Blender Stainless Steel Dough Cutter", "kitchen_tool"),             # no blender
    ("Washing Machine Cleaner Tablets 12 Pack", "cleaning_supplies"),           # no washing machine
    ("Dishwasher Cleaner 250ml", "cleaning_supplies"),
    ("Refrigerator Magnet Set Fruit 6 pcs", "fridge_magnet"),                  # no refrigerator (batt50: its own kind)
    ("Light Bulb Changer with Extension Pole", "hand_tool"),                    # no bulb
    ("Squirrel Feeder Metal Hanging", "garden_supplies"),                       # no toy animal
    ("Printer Ribbon for Epson ERC-38 Black Red", "ink_cartridge"),             # no printer
    ("Sewing Machine Presser Foot Set 32 pcs", "sewing_supplies"),              # no sewing machine
    ("Lawn Mower Blade 16 inch", "spare_part"),                     # no mower
    ("Soldering Iron Tips 10 pcs", "spare_part"),
    ("Daffodil Bulbs 25 pack Spring Flowering", "garden_supplies"),             # no light bulb
    ("Grappling Dummy BJJ Wrestling 70 lbs", "sports_equipment"),               # no pacifier
    ("Intex Row Boat Inflatable 2 Person", "sports_equipment"),                 # no toy boat
    ("Carpet Shampooer Upright 800W", "steam_cleaner"),                         # no rug
    ("Touchpad Protector for MacBook Pro 14", "screen_protector"),              # no laptop, no touchpad
])
def test_a_leaf_read_through_another_kinds_word_reads_its_own_kind(classifier, title, kind):
    product_type, _ = read(classifier, title)
    assert product_type == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Ninja Professional Blender 1000W", "blender"),
    ("Bosch Serie 4 Washing Machine 8kg", "washing_machine"),
    ("Samsung Fridge Freezer 385L", "refrigerator"),
    ("Epson ET-2810 EcoTank Printer", "printer"),
    ("Brother Sewing Machine XM2701", "sewing_machine"),
    ("Flymo Easi Glide 300 Lawn Mower", "garden_power_tool"),
])
def test_the_words_own_kind_still_reads(classifier, title, kind):
    product_type, _ = read(classifier, title)
    assert product_type == kind


def test_a_google_path_still_wins_over_the_leaf_word(classifier):
    # the path alone reads the same kind as the leaf now read as a title
    for path in ("Home & Garden > Bathroom Accessories > Hand Dryers",
                 "Electronics > Audio > Bullhorns"):
        product_type, classes = read(classifier, "", path)
        assert product_type is not None and classes["eee"], path


# -- the same kinds in Chinese titles -------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("烘鞋器 家用 速干 除臭", "home_appliance_misc"),
    ("孵化机 全自动 家用小型 鸡蛋", "home_appliance_misc"),
    ("热狗机 商用 不锈钢", "home_appliance_misc"),
    ("酒精测试仪 吹气式 便携", "health_monitor"),
    ("蒸馏水机 家用 不锈钢", "water_purifier"),
    ("喊话器 手持 可录音 大功率", "megaphone"),  # amzusel55: speaker's kind of its own
    ("软驱 USB 外置 1.44MB", "internal_drive"),
])
def test_a_chinese_title_names_the_same_kind(classifier, title, kind):
    product_type, classes = read(classifier, title)
    assert product_type == kind and classes["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("滚筒烘干机 10公斤", "washing_machine"),  # the tumble dryer stays a laundry appliance
    ("酒精棉片 100片", None),                   # alcohol swabs are no tester
])
def test_the_chinese_lookalikes_keep_their_reading(classifier, title, kind):
    product_type, _ = read(classifier, title)
    assert product_type == kind if kind else product_type != "health_monitor"
