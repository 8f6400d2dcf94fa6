"""Mains and EEE on unseen products, read from a second audit of the whole catalogs (mains50, issue 9).

An audit of 260 catalog products in no label set (120 whose shelf gives EEE or mains and whose title alone does not,
80 on Flipkart's appliance branches read neither, 60 read mains) found these kinds, each with the cases that change
and the look-alikes that must not:
- Flipkart's "Wall Decor & Clocks" branch also shelves stickers, posters and fridge magnets: the branch is no clock;
- a paper sky lantern on a "Lanterns" shelf is no battery lamp (a kind of lantern, so the title refines the shelf);
- a lamp or light at a model scale (H0, 1:100) runs from the layout's low-voltage supply, not the mains; a layout's
  model street or garden lamps are its working electrics;
- "DCC Ready", "DCC Fitted", "DCC Sound" name a motorised model locomotive when nothing else names the kind;
- an Indian seller's "Guard Glass" is a screen protector, not glassware and not the tablet it fits."""

import pytest

WALL_DECOR = "Home Decor & Festive Needs >> Wall Decor & Clocks"
LANTERNS = "Home Decor & Festive Needs >> Decorative Lighting & Lamps >> Lanterns >> SHOPOJ Lanterns"
MODEL_LAMPS = "Hobbies > Model Trains & Railway Sets > Lighting & Signal Engineering > Lamps & Lighting"
LOCOS = "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Locomotives"


# --- 1. "Wall Decor & Clocks" is a branch, not a clock --------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("LittleThings Coconut Fridge Magnet",
     WALL_DECOR + " >> Fridge Magnets >> LittleThings Fridge Magnets >> LittleThings Coconut Fridge Magnet (Pack of 1"),
    ("Shadowfax STRAWBERRY_MAGNET Fridge Magnet", WALL_DECOR + " >> Fridge Magnets >> Shadowfax Fridge Magnets"),
    ("Archies Funny Quote Refrigerator Magnet", WALL_DECOR + " >> Fridge Magnets"),
])
def test_a_fridge_magnet_on_the_wall_decor_branch_is_no_clock(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "clock", result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["battery"], result.basis["eee"]


@pytest.mark.parametrize(("title", "category"), [
    ("Regent Analog 30 cm Dia Wall Clock", WALL_DECOR + " >> Wall Clocks >> Regent Wall Clocks"),
    ("Blacksmith Analog 28 cm Dia", WALL_DECOR + " >> Wall Clocks >> Blacksmith Wall Clocks"),
    ("Seiko QXA001 Analogue Clock", "Home & Garden > Decor > Clocks > Wall Clocks"),
])
def test_a_clock_on_a_clocks_leaf_stays_a_clock(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "clock", result.basis["product_type"]
    assert result.classes["eee"]


# --- 2. a sky lantern is a kind of lantern that burns, not a battery lamp -------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("SHOPOJ 15 Sky Lanterns Yellow Paper Sky Lantern", LANTERNS),
    ("SHOPOJ 50 Sky Lanterns Yellow Paper Sky Lantern", LANTERNS),
    ("SHOPOJ 15 Sky Lanterns Yellow Paper Sky Lantern", None),
    ("10 Pack Chinese Wish Lanterns Biodegradable", None),
    ("Flying Lanterns for Diwali Pack of 20", None),
    ("孔明灯 10个装 许愿灯", None),
])
def test_a_sky_lantern_is_no_electrical_product(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "sky_lantern", result.basis["product_type"]
    assert not result.classes["eee"] and not result.classes["mains_lv"], result.basis["eee"]
    assert not result.classes["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("Coleman LED Camping Lantern", "Sports & Outdoors > Camping > Lanterns"),
    ("Rechargeable LED Lantern 1000 Lumens", None),
    ("Solar Lantern for Garden", None),
])
def test_a_battery_lantern_stays_electric(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type in ("lantern", "solar_light"), result.basis["product_type"]
    assert result.classes["eee"]


def test_a_green_lantern_figure_is_no_sky_lantern(classify):
    assert classify("Green Lantern Action Figure").product_type == "action_figure"


# --- 3. lights at a model scale: the layout's low-voltage electrics -------------------------------------------------

@pytest.mark.parametrize("title", [
    "20pcs Model Garden Light Double Heads Lamppost Scale 1:100",
    "20Pcs Single-Head Model Garden Lights Lamppost Lamp Layout Scale: 1/100--Black",
    "Viessmann 64706 H0 6pc set Park lamps",
    "10pcs Scale 1/500 3V Single-Head Model Street Lights Lamppost for Scenary Lighting",
    "20pcs Model Street Lights Lamppost w/ Single Head Scale 1/75",
    "20pcs Scale 1/200 Model Single Head Street Lights Lamppost",
    "Faller 180110 H0 Street Lamp",
])
def test_a_model_scale_lamp_is_eee_but_not_mains(classify, title):
    for category in (None, MODEL_LAMPS):
        result = classify(title, category=category)
        assert result.classes["eee"], (category, result.basis["eee"])
        assert not result.classes["mains_lv"], (category, result.basis["mains_lv"])


@pytest.mark.parametrize("title", [
    "Philips 10W LED Garden Light",
    "Syska LED Table Lamp 5W",
    "Philips Ceiling Light 24W",
    # a full-size street light is a wired fixture (read no kind before mains50)
    "Wipro Garnet 20W LED Street Light",
    "Havells Endura LED Street Lamp 30 W",
])
def test_a_full_size_lamp_stays_mains(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"], result.basis["mains_lv"]


def test_a_plastic_kit_at_a_model_scale_stays_passive(classify):
    result = classify("Ratio 426 Lamp Huts OO Gauge Plastic Kit")
    assert not result.classes["eee"], result.basis["eee"]


# --- 4. DCC names a motorised locomotive ----------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Walthers Proto 920-40695 EMD F7A RI No.676 (DCC-Sound)",
    "Hornby R2987 Brighton Belle 1934 00 Gauge DCC Ready 2 Car Pack",
    "Bachmann 32-286 Class 08 Shunter DCC Fitted",
    "Heljan 2671 Clayton Class 17 DCC Sound",
])
def test_dcc_ready_or_sound_names_a_model_locomotive(classify, title):
    result = classify(title)
    assert result.product_type == "model_locomotive", result.basis["product_type"]
    assert result.classes["eee"], result.basis["eee"]
    assert not result.classes["mains_lv"] and not result.classes["toy"]


@pytest.mark.parametrize(("title", "kind", "mains"), [
    ("Hornby R8249 DCC Sound Decoder", "model_railway_electrics", False),
    ("Hornby R1272 Digital DCC Ready Train Set", "train_set", True),
])
def test_a_title_naming_its_own_kind_keeps_it(classify, title, kind, mains):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"]
    assert result.classes["mains_lv"] == mains, result.basis["mains_lv"]


# --- 5. "Guard Glass" is a screen protector -------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Corcepts Universal Tablet HD Ultra Clear Transparency Guard Glass for 8\" Tablet spg8105 Tempered Glass for Dell "
     "Venue 8 Tablet (WiFi+3G+32GB)", "Corcepts Universal Tablet HD Ultra Clear Transpa..."),
    ("Corcepts Universal Tablet HD Ultra Clear Transparency Guard Glass for 8\" Tablet spg8105 Tempered Glass for Dell "
     "Venue 8 Tablet (WiFi+3G+32GB)", None),
    ("Mobilo Tempered Guard Glass for Redmi Note 3", None),
    ("Screen Guard Glass for Samsung Galaxy J7", "Mobiles & Accessories >> Mobile Accessories"),
])
def test_guard_glass_is_a_screen_protector(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "screen_protector", result.basis["product_type"]
    assert not result.classes["mains_lv"] and not result.classes["eee"], result.basis["mains_lv"]


@pytest.mark.parametrize("title", [
    "Borosil Vision Drinking Glass Set of 6",
    "Samsung Galaxy Tab A 8.0 Tablet",
])
def test_glasses_and_tablets_keep_their_kind(classify, title):
    assert classify(title).product_type in ("glassware", "tablet")


# --- 6. look-alike words read as mains or EEE by title alone -------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Accessoreez Headlight LED Bulb for  FORD Classic",
    "Accessoreez Headlight LED Bulb for  TATA PRIMA",
    "H4 Headlamp LED Bulb 6000K for Royal Enfield",
])
def test_a_headlight_led_bulb_is_vehicle_lighting_not_a_mains_bulb(classify, title):
    result = classify(title)
    assert result.product_type == "vehicle_lighting", result.basis["product_type"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]


def test_a_household_led_bulb_stays_mains(classify):
    result = classify("Philips 9W LED Bulb B22")
    assert result.product_type == "light_bulb"
    assert result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "1/43 LEWIS HAMILTON #2 McLAREN MERCEDES MP4-25 2010 F1 RACE CAR",
    "Oxford Diecast Mercedes Actros MP4 GSC Curtainside Eddie Stobart 76MB001",
])
def test_a_car_named_mp4_is_no_media_player(classify, title):
    result = classify(title)
    assert result.product_type != "media_player", result.basis["product_type"]
    assert not result.classes["eee"], result.basis["eee"]


def test_an_mp4_player_stays_a_media_player(classify):
    result = classify("Sony 8GB MP4 Player with FM")
    assert result.product_type == "media_player"
    assert result.classes["eee"]


@pytest.mark.parametrize("title", [
    "Cat & Mouse",
    "Gorgeous Products 2018 Boikido Wooden Push & Play Mouse Wagon",
    "Cozy Plush Premium Fully Microwavable Mouse Personal Warmer",
])
def test_a_toy_or_plush_mouse_is_no_computer_mouse(classify, title):
    result = classify(title)
    assert result.product_type != "computer_mouse", result.basis["product_type"]
    assert not result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize("title", ["Logitech B100 Optical Mouse", "Dell MS116 Wired Mouse", "Logitech M185 Mouse"])
def test_a_computer_mouse_stays_one(classify, title):
    result = classify(title)
    assert result.product_type == "computer_mouse", result.basis["product_type"]
    assert result.classes["eee"]


# --- 7. more networking-only makers name network equipment when the title names no kind -----------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Leoxsys Leo-300n-R1", "Leoxsys"),
    ("Wi-Bridge APW40-01", "Wi-Bridge"),
    ("Comfast CF-WR500N", "Comfast"),
])
def test_a_networking_makers_bare_model_is_mains_network_equipment(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "network_equipment", result.basis["product_type"]
    assert result.classes["mains_lv"] and result.classes["eee"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Comfast CF-WU720N USB WiFi Adapter", "Comfast"),
    ("Leoxsys LEO-NANO 150N Wireless USB Dongle", "Leoxsys"),
])
def test_their_usb_wifi_adapters_keep_their_kind(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type in ("wifi_adapter", "adapter"), result.basis["product_type"]
    assert not result.classes["mains_lv"], result.basis["mains_lv"]
