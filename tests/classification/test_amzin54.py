"""An unseen catalog's category paths and kinds: Amazon India electronics, appliances and home (amzin54, issue 9).

Amazon India's export writes its category paths with "|" between segments and no spaces at all
("Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|Kettles&HotWaterDispensers|ElectricKettles"): such a
path was read as one segment of run-together words. Now "|" separates segments when the path has no ">", and a path
of several segments written without spaces has its camel-case words split. The shelves that then read wrong were
fixed as kinds: "Rice & Pasta Cookers", batteries beside their chargers, "Graphic Tablets", "Uninterrupted Power
Supplies", "Repeaters & Extenders", silicone covers on "Remote Controls". Each with its look-alikes.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.category_reading import category_parts

KETTLES = "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|Kettles&HotWaterDispensers|ElectricKettles"
TVS = "Electronics|HomeTheater,TV&Video|Televisions|SmartTelevisions"
PHONES = "Electronics|Mobiles&Accessories|Smartphones&BasicMobiles|Smartphones"
RICE = "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|Rice&PastaCookers"
BATTERIES = "Electronics|GeneralPurposeBatteries&BatteryChargers"
DISPOSABLE = BATTERIES + "|DisposableBatteries"
REMOTES = "Electronics|HomeTheater,TV&Video|Accessories|RemoteControls"
GRAPHIC = "Computers&Accessories|Accessories&Peripherals|Keyboards,Mice&InputDevices|GraphicTablets"
UPS = "Computers&Accessories|Accessories&Peripherals|UninterruptedPowerSupplies"
EXTENDERS = "Computers&Accessories|NetworkingDevices|Repeaters&Extenders"
CARTRIDGES = "Home&Kitchen|Kitchen&HomeAppliances|WaterPurifiers&Accessories|WaterCartridges"
HDMI = "Electronics|HomeTheater,TV&Video|Accessories|Cables|HDMICables"
USB_CABLES = "Computers&Accessories|Accessories&Peripherals|Cables&Accessories|Cables|USBCables"


# --- the path's shape ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "read"), [
    (KETTLES, "Home&Kitchen>Kitchen&Home Appliances>Small Kitchen Appliances>Kettles&Hot Water Dispensers>"
              "Electric Kettles"),
    (TVS, "Electronics>Home Theater,TV&Video>Televisions>Smart Televisions"),
    ("Computers&Accessories|NetworkingDevices|NetworkAdapters|WirelessUSBAdapters",
     "Computers&Accessories>Networking Devices>Network Adapters>Wireless USB Adapters"),
    ("Heating,Cooling&AirQuality|AirPurifiers|HEPAAirPurifiers",
     "Heating,Cooling&Air Quality>Air Purifiers>HEPA Air Purifiers"),
    ("Electronics|Mobiles&Accessories|MobileAccessories|iPhoneCases",
     "Electronics>Mobiles&Accessories>Mobile Accessories>iPhone Cases"),
    ("Electronics|Lighting|LEDs", "Electronics>Lighting>LEDs"),
    ("Accessories&Peripherals|Webcams&VoIPEquipment", "Accessories&Peripherals>Webcams&VoIP Equipment"),
    ("Home & Kitchen|Kitchen & Home Appliances", "Home & Kitchen>Kitchen & Home Appliances"),
])
def test_a_path_without_spaces_is_split_into_segments_and_words(path, read):
    assert category_parts(path)[0] == read


@pytest.mark.parametrize("path", [
    "Sports & Fitness >> Team Sports >> BasketBalls",  # spaces elsewhere: the seller's own spelling stays
    "Computers > MacBooks",
    "MacBooks",  # one segment: no path to split
    "Toys > LeapFrog > Learning",
    "Books | Fiction > Thrillers",  # a ">" path keeps its "|"
])
def test_other_paths_keep_their_words(path):
    assert category_parts(path)[0] == path.strip()


# --- shelves read in this tree's words --------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "path", "kind"), [
    ("Redmi 108 cm (43 inches) 4K Ultra HD Android Smart LED TV X43 | L43R7-7AIN (Black)", TVS, "television"),
    ("iQOO Z6 Lite 5G by vivo (Stellar Green, 6GB RAM, 128GB Storage)", PHONES, "smartphone"),
    ("Prestige Delight PRWO Electric Rice Cooker (1 L, White)", RICE, "cooker"),
    ("Panasonic SR-WA22H (E) Automatic Rice Cooker, Apple Green, 2.2 Liters", RICE, "cooker"),
    ("APC Back-UPS BX600C-IN 600VA / 360W, 230V, UPS System", UPS, "ups"),
    ("TP-Link TL-WA850RE Single_Band 300Mbps RJ45 Wireless Range Extender", EXTENDERS, "wifi_extender"),
    ("Wacom One by CTL-472/K0-CX Digital Drawing Graphics Pen Tablet (Red & Black) Small", GRAPHIC, "graphics_tablet"),
    ("Portronics Ruffpad 8.5M Multicolor LCD Writing Pad with Screen 21.5cm (8.5-inch)", GRAPHIC,
     "lcd_writing_tablet"),
    ("Zebronics Zeb-JUKEBAR 3900, 80W Multimedia soundbar with subwoofer",
     "Electronics|HomeAudio|Speakers|SoundbarSpeakers", "soundbar"),
    ("Seagate Expansion 1TB External HDD - USB 3.0 for Windows and Mac",
     "Computers&Accessories|ExternalDevices&DataStorage|ExternalHardDisks", "external_drive"),
])
def test_a_shelf_of_this_tree_reads_its_kind(classify, title, path, kind):
    assert classify(title, category=path).product_type == kind


def test_a_smart_tv_on_its_shelf_is_mains_and_radio_without_a_battery(classify):
    result = classify("Redmi 126 cm (50 inches) 4K Ultra HD Android Smart LED TV X50 | L50M6-RA (Black)", category=TVS)
    assert result.classes["mains_lv"] and result.classes["radio"]
    assert not result.classes["battery"], result.basis["battery"]


def test_a_phone_named_by_its_line_on_the_phones_shelf_has_its_charger_and_battery(classify):
    result = classify("iQOO vivo Z6 5G (Chromatic Blue, 6GB RAM, 128GB Storage) | Snapdragon 695-6nm Processor",
                      category=PHONES)
    assert result.classes["mains_lv"] and result.classes["battery"] and result.classes["radio"]


def test_a_kettle_named_by_its_model_reads_the_kettles_shelf(classify):
    result = classify("Pigeon by Stovekraft Amaze Plus (14313) 1.8 litre", category=KETTLES)
    assert result.product_type == "kettle"
    assert result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "India Gate Basmati Rice Classic 1kg",
    "Daawat Rozana Super Basmati Rice 5 kg",
])
def test_rice_on_a_grocery_shelf_is_still_food(classify, title):
    result = classify(title, category="Grocery&GourmetFoods|Rice,Flour&Pulses|Rice|BasmatiRice")
    assert not result.classes["mains_lv"]
    assert not result.classes["eee"]


# --- batteries beside their chargers --------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "path"), [
    ("Duracell Ultra Alkaline AA Battery, 8 Pcs", DISPOSABLE),
    ("Eveready 1015 Carbon Zinc AA Battery - 10 Pieces", DISPOSABLE),
    ("Duracell Plus AAA Rechargeable Batteries (750 mAh) Pack of 4", BATTERIES + "|RechargeableBatteries"),
    ("Duracell CR2025 3V Lithium Coin Battery, 5 pcs, 2025 Coin Button Cell Battery", BATTERIES),
])
def test_batteries_beside_chargers_are_batteries(classify, title, path):
    result = classify(title, category=path)
    assert result.classes["battery"], result.basis["battery"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "path", "kind"), [
    ("Bachmann Trains Thomas And Friends - Thomas The Tank Engine With Moving Eyes",
     "Toys & Games > Play Vehicles > Play Trains & Railway Sets > Train Cars", "train_set"),
    ("Fashion18 Solid Babydoll", "Women's Clothing >> Lingerie, Sleep & Swimwear >> Babydolls", "underwear"),
])
def test_a_kind_generic_leaf_of_another_word_still_defers_to_the_bucket(classify, title, path, kind):
    assert classify(title, category=path).product_type == kind


def test_a_charger_beside_batteries_is_still_a_mains_charger(classify):
    result = classify("Panasonic Eneloop BQ-CC55N Advanced Quick Charger for AA & AAA Rechargeable Batteries",
                      category=BATTERIES)
    assert result.classes["mains_lv"]
    assert not result.classes["battery"]


# --- covers on a remote's shelf, cables named after a power bank ------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Cotbolt Silicone Case Cover Compatible for Samsung BN59-01312A QLED 8K 4K Smart TV Remote Shockproof",
    "LUNAGARIYA, Protective Case Compatible with JIO Settop Box Remote Control, PU Leather Cover Holder",
    "Dealfreez Case Compatible with Fire TV Stick 3rd Gen 2021 Full Wrap Silicone Remote Cover Anti-Lost with Loop",
    "Shopoflux Silicone Remote Cover for Mi Smart TV and Mi TV Stick (Black)",
])
def test_a_remote_cover_on_the_remotes_shelf_is_the_cover(classify, title):
    result = classify(title, category=REMOTES)
    assert not result.classes["battery"], result.basis["battery"]
    assert not result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize("title", [
    "7SEVEN Compatible LG TV Remote Suitable for LG Non Magic Smart tv Remote Control MR20GA",
    "7SEVEN Compatible for Sony Bravia 4K Ultra HD TV remote control with NETFLIX Hotkeys. Universal Replacement for "
    "Original Sony Smart Android tv Remote Control",
    "Tata Sky Universal Remote Compatible for SD/HD",
])
def test_a_remote_on_the_remotes_shelf_stays_a_remote(classify, title):
    result = classify(title, category=REMOTES)
    assert result.product_type == "remote_control"
    assert result.classes["battery"]


def test_a_remote_cover_is_the_cover_by_its_title_alone(classify):
    result = classify("Shopoflux Silicone Remote Cover for Mi Smart TV and Mi TV Stick (Black)")
    assert not result.classes["battery"], result.basis["battery"]


def test_a_power_bank_cable_is_a_cable(classify):
    result = classify("Wayona Nylon Braided USB Data Sync and Fast Charging 3A Short Power Bank Cable For iPhones")
    assert not result.classes["battery"], result.basis["battery"]
    assert result.classes["eee"]


def test_a_power_bank_is_still_a_power_bank(classify):
    result = classify("Mi 10000mAH Li-Polymer, Micro-USB and Type C Input Port, Power Bank 3i with 18W Fast Charging")
    assert result.classes["battery"]


# --- writing pads, pen tablets, tablet computers --------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Wembley LCD Writing Pad/Tab | Writing, Drawing, Reusable, Portable Pad with Colorful Letters | 9 Inch",
    "Portronics Ruffpad 8.5M Multicolor LCD Writing Pad with Screen 21.5cm (8.5-inch)",
])
def test_an_lcd_writing_pad_has_a_cell_and_no_radio(classify, title):
    for path in (None, GRAPHIC):
        result = classify(title, category=path)
        assert result.product_type == "lcd_writing_tablet"
        assert result.classes["battery"], result.basis["battery"]
        assert not result.classes["radio"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Classmate Pulse 1 Subject Notebook - 240mm x 180mm, Soft Cover, 180 Pages, Single Line",
    "Navneet Youva Writing Pad A4 Ruled 100 Sheets",
])
def test_a_paper_pad_is_no_lcd_writing_pad(classify, title):
    result = classify(title)
    assert not result.classes["eee"]
    assert not result.classes["battery"]


def test_a_graphics_drawing_tablet_is_no_lcd_pad(classify):
    result = classify("Wacom Intuos Small Graphics Drawing Tablet",
                      category="Computers & Accessories > Graphics Tablets")
    assert result.product_type == "graphics_tablet"
    assert not result.classes["battery"], result.basis["battery"]


def test_a_tablet_computer_is_still_radio(classify):
    result = classify("Samsung Galaxy Tab A8 26.69 cm (10.5 inch) Display, RAM 4 GB, ROM 64 GB Wi-Fi Tablet",
                      category="Computers&Accessories|Tablets")
    assert result.product_type == "tablet"
    assert result.classes["radio"]


# --- a water purifier's cartridge, a frother's wand -------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Prestige Clean Home Water Purifier Cartridge",
    "Macmillan Aquafresh 5 Micron PS-05 10 inch PP Spun Filter Candle Set for RO",
])
def test_a_purifier_cartridge_is_no_purifier(classify, title):
    for path in (None, CARTRIDGES):
        result = classify(title, category=path)
        assert not result.classes["mains_lv"], result.basis["mains_lv"]


def test_a_water_purifier_still_plugs_in(classify):
    result = classify("Aquasure From Aquaguard Amaze RO+UV+MTDS, 7L storage water purifier, suitable for borewell")
    assert result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "WIDEWINGS Electric Handheld Milk Wand Mixer Frother for Latte Coffee Hot Milk",
    "Zuvexa USB Rechargeable Electric Foam Maker - Handheld Milk Wand Mixer Frother for Hot Milk",
])
def test_a_milk_wand_is_a_handheld_frother(classify, title):
    result = classify(title)
    assert result.product_type == "handheld_frother"
    assert result.classes["battery"]
    assert not result.classes["mains_lv"]


def test_a_handheld_frother_refines_a_hand_blenders_shelf(classify):
    result = classify("FIGMENT Handheld Milk Frother Rechargeable, 3-Speed Electric Frother for Coffee",
                      category="Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|HandBlenders")
    assert result.product_type == "handheld_frother"
    assert not result.classes["mains_lv"]


def test_a_hand_blender_on_its_shelf_is_still_mains(classify):
    result = classify("KENT 16044 Hand Blender Stainless Steel 400 W | Variable Speed Control",
                      category="Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|HandBlenders")
    assert result.classes["mains_lv"]


# --- a bag clip beside heat sealers --------------------------------------------------------------------------

SEALERS = "Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|VacuumSealers"


@pytest.mark.parametrize("title", [
    "Ikea 903.391.72 Polypropylene Plastic Solid Bevara Sealing Clip (Multicolour) - 30 Pack",
    "Kitchenwell 18Pc Plastic Food Snack Bag Pouch Clip Sealer for Keeping Food Fresh",
])
def test_a_bag_clip_beside_sealers_is_no_sealer(classify, title):
    result = classify(title, category=SEALERS)
    assert not result.classes["mains_lv"], result.basis["mains_lv"]
    assert not result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize("path", [SEALERS, None])
def test_a_bag_sealing_machine_is_a_sealer(classify, path):
    result = classify("ENEM Sealing Machine | 12 Inch (300 mm) | Plastic Bag Sealing Machine", category=path)
    assert result.product_type == "vacuum_sealer"
    assert result.classes["mains_lv"]


def test_an_electric_chopper_on_a_choppers_shelf_keeps_its_motor(classify):
    result = classify("Brayden Chopro, Electric Vegetable Chopper for Kitchen with 500 ML Capacity, 400 Watts Motor",
                      category="Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|MiniFoodProcessors&Choppers")
    assert result.classes["eee"]



def test_a_frothing_jug_is_still_mains(classify):
    result = classify("Nespresso Aeroccino 3 Milk Frother, Black")
    assert result.classes["mains_lv"]


# --- cables on their shelves ------------------------------------------------------------------------------------------

def test_an_hdmi_cable_on_its_shelf_is_a_cable(classify):
    result = classify("Rts High Speed 3D Full HD 1080p Support (10 Meters) HDMI Male to HDMI Male Cable TV",
                      category=HDMI)
    assert not result.classes["mains_lv"] and not result.classes["radio"]
    assert result.classes["eee"]


def test_a_usb_extension_cable_on_its_shelf_is_no_power_strip(classify):
    result = classify("AmazonBasics USB 2.0 Extension Cable for Personal Computer, Printer, 2-Pack - A-Male",
                      category=USB_CABLES)
    assert not result.classes["mains_lv"], result.basis["mains_lv"]
