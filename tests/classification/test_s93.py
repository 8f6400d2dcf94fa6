"""Stop 93 (issue 9): what two catalogs nobody here had read showed (Amazon India's products, Jumia Egypt;
dev93-1, dev93-2): a store's vehicle department read as a toy shelf, a department's other goods (microphones on
"Musical Instruments", pills called tablets, hair dryers on "Personal Care Appliances", hoodies on sports shelves) read
as the department's kind, exercise machines read with the mains of treadmills. Tested both ways on titles and paths
shaped like the catalogs' and on the second read's (review93)."""

from __future__ import annotations

import pytest

# --- a vehicle department is no toy shelf -----------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "category"), [
    ("Silencer guard for Apache 4v", "Motorcycle"),                     # Daraz's first level
    ("30x140cm Light Silica Aerogel Insulation Mat", "Motorcycle"),
    ("Lenker Protektor universal", "Car & Motorbike"),                 # Amazon's department
    ("Windshield Deflector for Honda Goldwing", "Auto & Motorbike > Motorcycle"),
    ("Deep Groove Rubber Sealed Ball Bearing 6000 2RS", "Cars & Motorcycles"),
])
def test_a_vehicle_department_makes_no_toy(classify, title, category):
    """Daraz files motorcycle parts, stickers and helmets under a first level "Motorcycle": 11 products read as toys
    for children; a bare vehicle word reads a plaything in a title, but a level naming only vehicles is where real
    vehicles' goods are sold."""
    result = classify(title, category=category)
    assert result.product_type != "vehicle_miniature"
    assert result.classes["toy"] is not True
    assert result.classes["children_12_under"] is not True


@pytest.mark.parametrize(("title", "category"), [
    ("Hotwheels Chrysler Pacifica", "Remote Control & Vehicles"),       # Daraz's toy department: a plaything's word
    ("Hotwheels Datsun 620", "Toys > Motorcycles"),                     # a plaything's level above
    ("Hotwheels Datsun 620", "Toys & Games > Play Vehicles > Cars"),
])
def test_a_vehicle_level_under_a_toy_shelf_still_holds_toys(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is True
    assert result.classes["children_12_under"] is True


def test_a_bare_vehicle_word_in_a_title_still_reads_a_plaything(classify):
    """The department rule is the category's: the title's "Tractor" alone is still the generic toy vehicle."""
    result = classify("Wooden Tractor with Trailer Red")
    assert result.product_type == "vehicle_miniature"
    assert result.classes["toy"] is True


# --- a department's other goods: audio gear on a musical instruments shelf, headsets on a video games one -------------


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Hollyland LARK C1 DUO 2-Person Wireless Microphone USB-C Version", "Musical Instruments", "microphone"),
    ("Celebrat A29 Magnetic Neckband Wireless Earphone", "Musical Instruments", "earbuds"),
    ("Baseus AeQur V2 Wireless Speaker", "Musical Instruments", "portable_speaker"),
    ("Sony PULSE Explore Wireless PS5 Earbuds", "Video Games", "earbuds"),
])
def test_a_department_s_audio_gear_is_read_by_its_title(classify, title, category, kind):
    """Jumia's "Musical Instruments" department holds wireless microphones, earphones and speakers: read as
    instruments, their radio and battery were lost (dev93-2)."""
    result = classify(title, category=category)
    assert result.product_type == kind
    assert result.classes["radio"] is True
    assert result.classes["battery"] is True


@pytest.mark.parametrize(("title", "category"), [
    ("Yamaha Guitar Strings Light Gauge", "Musical Instruments"),
    ("Guitar Strap for Headphones Hook", "Musical Instruments"),   # the headphones a target, not the product
    ("Mario Kart 8 Deluxe Nintendo Switch", "Video Games"),
])
def test_the_department_s_own_goods_stay_its_kind(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type in {"musical_instrument", "video_game"}
    assert result.classes["radio"] is not True


@pytest.mark.parametrize(("title", "kind"), [
    ("Câble de microphone XLR-M/Jack 6,3 mm mono", "cable"),
    ("SAMSON DMC100 SUPPORT DE MICROPHONE A CLIPPER", "stand"),
    ("Pied de microphone perche noir", "stand"),
    ("USB C Wired Headphones Deep Bass Noise Isolation Mic Control", "headphones"),
])
def test_a_microphone_s_accessory_or_an_earphone_s_remote_is_no_microphone(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["radio"] is not True


@pytest.mark.parametrize("title", ["Micro sans fil UHF double", "Micro à condensateur USB", "Shure SM58 Microphone"])
def test_a_microphone_named_alone_is_still_one(classify, title):
    assert classify(title).product_type == "microphone"


# --- pills called tablets ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "PETCARE PetJoint Supplement Tablets for Dogs",
    "Nutrilite Amway Milk Thistle Plus (60 Veg Tablets)",
    "Vitamin C Chewable Tablets Orange",
    "Medfly Healthcare Defender Plus Deworming Tablets for Dogs",
])
def test_pills_are_no_tablet_computer(classify, title):
    """Amazon India's supplements read as tablet computers, with radio, mains and battery (dev93-1: 34 products by
    title alone)."""
    result = classify(title)
    assert result.product_type != "tablet"
    assert result.classes["radio"] is not True
    assert result.classes["battery"] is not True


@pytest.mark.parametrize("title", ["Samsung Galaxy Tab A8 10.5 Tablet", "Pack of 2 Tablets 10 inch Android",
                                   "Lenovo Tab M10 Tablet with Case",
                                   # review93: a pack's count or an OS version is no pill's
                                   "Android 10 Tablets 64GB", "Fire HD 10 Tablets 2-Pack Kids Edition"])
def test_a_tablet_computer_is_still_one(classify, title):
    result = classify(title)
    assert result.product_type == "tablet"
    assert result.classes["radio"] is True


# --- shelves a title refines ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind", "battery"), [
    ("Philips 1000 Watts HP8143/00 Hair Dryer (Pink)", "hair_dryer", False),
    ("VEGA VHCS-01 Hair Curler with Ceramic Barrel", "hair_styler", False),
    ("Philips Series 3000 Beard Trimmer", "shaver", True),
])
def test_a_personal_care_appliances_shelf_is_no_shaver_shelf(classify, title, kind, battery):
    """Amazon India's "beauty & health > Personal Care Appliances" holds dryers, stylers and trimmers: its hint read
    84 products as shavers, with a battery."""
    result = classify(title, category="beauty & health > Personal Care Appliances")
    assert result.product_type == kind
    assert result.classes["mains_lv"] is True
    assert (result.classes["battery"] is True) is battery


def test_the_shelf_alone_still_says_electrical(classify):
    result = classify("Ikonic Me Pro Black", category="beauty & health > Personal Care Appliances")
    assert result.product_type == "appliance"
    assert result.classes["eee"] is True


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Hopscotch Boy's Cotton Hooded Hoodie", "sports & fitness > Yoga", "sweater"),
    ("Puma Men's Jacket", "sports & fitness > Yoga", "jacket"),
    ("Allen Solly Men Cotton Hooded Neck Sweatshirt", "sports & fitness > Cricket", "sweater"),
])
def test_a_garment_on_a_sports_shelf_is_the_garment(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind
    assert result.classes["textile"] is True


def test_a_sports_shelf_s_own_goods_stay_equipment(classify):
    result = classify("SG Cricket Bat English Willow", category="sports & fitness > Cricket")
    assert result.classes["textile"] is not True


@pytest.mark.parametrize(("title", "kind"), [
    ("KARCHER K 2.050 HIGH Pressure CAR Washer", "pressure_washer"),
    ("AGARO Car Vacuum Cleaner, 5 kPa Suction", "car_vacuum"),
])
def test_a_car_and_bike_care_shelf_holds_no_bicycle(classify, title, kind):
    result = classify(title, category="car & motorbike > Car & Bike Care")
    assert result.product_type == kind


def test_a_bikes_shelf_still_holds_bicycles(classify):
    assert classify("Hero Sprint 26T Cycle", category="Bikes").product_type == "bicycle"


def test_a_soundbar_refines_a_speakers_shelf(classify):
    result = classify("JBL Cinema SB271, Dolby Digital Soundbar with Wireless Subwoofer",
                      category="tv, audio & cameras > Speakers")
    assert result.product_type == "soundbar"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("Nourish 4 Pack Anti-Vibration Washer Pads for Washing Machine", None),
    ("XtremeFast Washer Turbo Rotating Brass Nozzle 3600PSI", None),
    ("Samsung 7kg Front Load Washer", "washing_machine"),
])
def test_a_washer_s_pads_or_a_nozzle_are_no_washing_machine(classify, title, kind):
    result = classify(title)
    if kind is None:
        assert result.product_type != "washing_machine"
        assert result.classes["mains_lv"] is not True
    else:
        assert result.product_type == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("Teddy Bear Musical Bed Mobile", "musical_mobile"),
    ("Veentus Professional Hair Curler Iron Rod Brush Styler", "hair_styler"),
    ("Nova NHS 901 Temperature Control Hair Straightner", "hair_styler"),
    ("Awestuffs Portable Travel Electronic Organizer Mesh Pouch", "bag"),
    ("Casio Electronic Organizer SF-4300", "office_electronics"),
    ("戈尔牧 帐篷套餐 睡袋套餐 野营帐篷 户外套餐", "sports_equipment"),
    ("户外外套 男 冲锋衣", "jacket"),
])
def test_stop_93_s_words(classify, title, kind):
    assert classify(title).product_type == kind


# --- a pet shop's and a nutrition shelf's tablets, pet feeders, moving pet toys, controller docks ---------------------


@pytest.mark.parametrize(("title", "category"), [
    ("Bravecto Pet Tablet (10-20 Kg)", "Pet Supplies"),
    ("PETCARE PetJoint Supplement Tablets 5 Strips of 12 Tablets", "pet supplies > Dog supplies"),
    ("Drontal Cat 8 Tablets", "Pet Supplies"),
    ("Baidyanath Nagpur Arogyawardhini Bati - 80 Tablets", "beauty & health > Diet & Nutrition"),
    ("Herbalife Pack of Cell-U- Loss Tablet", "beauty & health > Diet & Nutrition"),
])
def test_a_tablet_on_a_pet_or_nutrition_shelf_is_a_pill(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "tablet"
    assert result.classes["radio"] is not True
    assert result.classes["mains_lv"] is not True


def test_a_tablet_computer_on_a_computing_shelf_is_still_one(classify):
    assert classify("Lenovo Tab M10 Tablet 64GB", category="Computing").product_type == "tablet"


@pytest.mark.parametrize(("title", "radio"), [
    ("SHEIN WiFi Version ROJECO Automatic Dog & Cat Food Dispenser - 2 Liter", True),
    ("Automatic Cat Food Dispenser 4L Timer", None),
])
def test_an_automatic_food_dispenser_is_a_pet_feeder(classify, title, radio):
    result = classify(title, category="Pet Supplies")
    assert result.product_type == "pet_feeder"
    assert result.classes["eee"] is True
    assert (result.classes["radio"] is True) is bool(radio)


def test_a_poultry_feeder_is_no_electric_feeder(classify):
    assert classify("Automatic Feeder for Chickens 5kg").classes["eee"] is not True


@pytest.mark.parametrize(("title", "eee"), [
    ("Interactive Ball Toy for Cats and Dogs, Automatic Moving Balls", True),
    ("Cat Toy, Electric Interactive Cat Toy, USB Rechargeable", True),
    ("Naomi Pink Pig Plush Cat Toy", False),
    ("AHA cat scratching post", False),
])
def test_a_pet_toy_on_a_pet_shop_s_one_level_shelf(classify, title, eee):
    result = classify(title, category="Pet Supplies")
    assert result.product_type == "pet_toy"
    assert (result.classes["eee"] is True) is eee
    assert result.classes["toy"] is not True


@pytest.mark.parametrize("title", ["Dobe Dual Charging Dock for PS5 Controllers - RGB",
                                   "Oivo Dual Charging Station For PS5-IV-P5234",
                                   "Dobe Dobe TP4-002 Dual Charging Dock for PS4 Controller"])
def test_a_controller_dock_takes_no_mains(classify, title):
    """A game controller's dock charges from the console's USB port (35 on Jumia's "Video Games" read mains)."""
    result = classify(title, category="Video Games")
    assert result.product_type == "charging_station"
    assert result.classes["eee"] is True
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize("title", ["Anker 6-Port USB Charging Station", "Xbox Charging Station with AC Adapter"])
def test_a_charging_station_with_a_plug_keeps_its_mains(classify, title):
    assert classify(title).classes["mains_lv"] is True


@pytest.mark.parametrize("title", ["Sony DualSense Wireless Controller for PlayStation 5",
                                   "Microsoft - Wireless Controller for Xbox One"])
def test_a_wireless_controller_is_still_radio(classify, title):
    assert classify(title).classes["radio"] is True


# --- exercise machines the user drives ------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "category"), [
    ("PowerMax Fitness Steel B-S2 Exercise Spin Bike with Flywheel", "sports & fitness > Cardio Equipment"),
    ("Dolphy Mini Stepper Hydraulic", "sports & fitness > Cardio Equipment"),
    ("Rovera Virgola Vélo d'appartement Noir/Orange", ""),
    ("必艾奇BH G239豪华家用椭圆机", ""),
])
def test_a_bike_rower_elliptical_or_stepper_takes_no_mains(classify, title, category):
    """The labels (dev93-1, dev90-2, gtax-3) say no mains for a spin bike, a stepper, a magnetic rower: driven by its
    user, a console on cells; 78 of them read mains with the treadmills."""
    result = classify(title, category=category or None)
    assert result.product_type == "exercise_machine"
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize(("title", "category"), [
    ("Lifelong Motorised Treadmill 2HP", "sports & fitness > Cardio Equipment"),
    ("Sunny Health Walking Pad Under Desk Treadmill", ""),
])
def test_a_motorised_treadmill_keeps_its_mains(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "fitness_machine"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize(("title", "brand"), [
    ("Peloton Bike+ Indoor Exercise Bike", None),
    ("Original Series Bike+ Exercise Bikes", "Peloton"),
    ("NordicTrack Commercial 14.9 Elliptical", None),
    ("Exercise Bike with 22 inch HD Touchscreen", None),
])
def test_a_connected_exercise_machine_plugs_in(classify, title, brand):
    """review of the recalls (recalls-2): a Peloton Bike+ is mains-powered for its screen and resistance."""
    result = classify(title, brand=brand)
    assert result.product_type == "exercise_machine"
    assert result.classes["mains_lv"] is True
