"""The leftovers stop 36 named (left37, issue 9): fish finders (sonar is acoustic, not radio; a GPS combo receives
GNSS), radio-controlled clocks (a receive-only time-signal radio, not an RC model), SFP optical transceivers (a
network module, not a router), RC receivers named by their system (radio, with telemetry), intercoms (radio only when
wireless) and three mixed shelves (Hair Styling Tools, Candle & Oil Warmers, Fountains & Waterfalls) where the title
decides. Each rule with a case that changes and a look-alike that must not."""

import pytest

MARINE = "Electronics > Marine Electronics"
FISH_FINDERS = "Electronics > Marine Electronics > Fish Finders"
WALL_CLOCKS = "Home & Garden > Decor > Clocks > Wall Clocks"
NETWORKING = "Electronics > Networking"
HAIR_TOOLS = "Health & Beauty > Personal Care > Hair Care > Hair Styling Tools"
WARMERS = "Home & Garden > Decor > Home Fragrance Accessories > Candle & Oil Warmers"
FOUNTAINS = "Home & Garden > Decor > Fountains & Ponds > Fountains & Waterfalls"


# --- 1. fish finders ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Garmin Striker 4 Fish Finder", FISH_FINDERS),
    ("", FISH_FINDERS),
    ("Portable Fish Finder Handheld Sonar Depth Finder", None),
])
def test_a_sonar_fish_finder_is_not_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "fish_finder"
    assert result.classes["eee"]
    assert not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize(("title", "category"), [
    ("Garmin Striker Vivid 4cv Fish Finder with GPS", FISH_FINDERS),
    ("Humminbird Helix 5 Chirp GPS G3 Fish Finder", None),
    ("Lowrance HOOK Reveal 5 Fishfinder Chartplotter", MARINE),
])
def test_a_fish_finder_with_gps_or_chartplotter_receives_gnss(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "fish_finder"
    assert result.classes["radio"], result.basis["radio"]
    assert not result.classes["transmitter"]


def test_marine_radios_and_chartplotters_keep_radio(classify):
    assert classify("", category=f"{MARINE} > Marine Chartplotters & GPS").classes["radio"]
    radio = classify("", category=f"{MARINE} > Marine Radios")
    assert radio.classes["radio"] and radio.classes["transmitter"]


def test_a_fish_finder_mount_is_not_the_finder(classify):
    result = classify("Fish Finder Mount Bracket")
    assert result.product_type != "fish_finder"
    assert not result.classes["eee"]


# --- 2. radio-controlled clocks -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Radio Controlled Wall Clock Silent Quartz", WALL_CLOCKS),
    ("Radio Controlled Alarm Clock DCF77", None),
    ("La Crosse Technology Atomic Wall Clock 12 Inch", None),
    ("Marathon Atomic Digital Wall Clock with Indoor Temperature", None),
    ("Funkuhr Wanduhr 30 cm", None),
    ("Funk-Wanduhr Digital", None),
])
def test_a_radio_controlled_clock_receives_and_does_not_transmit(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type in {"clock", "radio_clock"}
    assert result.classes["radio"], result.basis["radio"]
    assert not result.classes["transmitter"], result.basis["transmitter"]
    assert result.classes["battery"] and not result.classes["toy"]


def test_a_quartz_clock_has_no_radio(classify):
    result = classify("Quartz Wall Clock Silent Non Ticking", category=WALL_CLOCKS)
    assert result.product_type == "clock"
    assert not result.classes["radio"]


def test_a_radio_controlled_car_still_transmits(classify):
    result = classify("RC Car 1:16 Radio Controlled Off Road Truck")
    assert result.classes["radio"] and result.classes["transmitter"] and result.classes["toy"]


def test_atomic_skis_are_no_clock(classify):
    assert not classify("Atomic Redster Skis").classes["radio"]


# --- 3. SFP optical transceivers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("10Gtek SFP+ SR Multimode Transceiver Module 10GBASE-SR", NETWORKING),
    ("Cisco GLC-SX-MMD 1000BASE-SX SFP Transceiver Module", None),
    ("FS SFP-10GSR-85 10GBASE-SR SFP+ Optical Transceiver", NETWORKING),
])
def test_an_sfp_module_is_a_network_module_without_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "network_module"
    assert result.classes["eee"]
    assert not result.classes["radio"] and not result.classes["mains_lv"]


def test_a_router_on_the_networking_shelf_keeps_its_radio(classify):
    result = classify("TP-Link Archer AX55 Wi-Fi 6 Router", category=NETWORKING)
    assert result.product_type == "router" and result.classes["radio"]


def test_a_radio_transceiver_module_is_not_an_sfp(classify):
    result = classify("nRF24L01 Wireless Transceiver Module 2.4GHz")
    assert result.product_type != "network_module"
    assert result.classes["radio"]


def test_a_switch_with_sfp_slots_is_the_switch(classify):
    assert classify("Managed Switch 24 Port with 4 SFP Slots").product_type == "network_switch"


# --- 4. RC receivers ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Radiomaster RP1 ExpressLRS Receiver",
    "FrSky Receiver for Taranis",
    "RC Receiver 6 Channel",
])
def test_an_rc_receiver_named_by_its_system_is_the_type(classify, title):
    result = classify(title)
    assert result.product_type == "rc_receiver"
    assert result.classes["radio"] and result.classes["transmitter"] and result.classes["eee"]
    assert not result.classes["toy"] and not result.classes["battery"]


@pytest.mark.parametrize("title", [
    "FrSky X8R 8 Channel Receiver",
    "BETAFPV ELRS Nano Receiver 2.4GHz ExpressLRS",
])
def test_a_receiver_named_by_its_system_reads_radio(classify, title):
    result = classify(title)
    assert result.classes["radio"] and result.classes["transmitter"] and result.classes["eee"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Yamaha RX-V385 AV Receiver", "av_receiver"),
    ("Trailer Hitch Receiver 2 Inch", None),
])
def test_other_receivers_do_not_read_rc(classify, title, expected):
    result = classify(title)
    assert result.product_type == expected
    assert not result.classes["transmitter"]


# --- 6. intercoms ---------------------------------------------------------------------------------------------------

def test_a_wireless_intercom_is_radio(classify):
    result = classify("Wireless Intercom System for Home 1 Mile Range")
    assert result.product_type == "intercom"
    assert result.classes["radio"] and result.classes["transmitter"]


def test_a_wired_intercom_is_not_radio(classify):
    result = classify("Wired Intercom Door Station")
    assert result.product_type == "intercom"
    assert result.classes["eee"] and not result.classes["radio"]


def test_the_intercoms_leaf_is_a_mains_intercom(classify):
    result = classify("", category="Electronics > Communications > Intercoms")
    assert result.product_type == "intercom"
    assert result.classes["mains_lv"] and not result.classes["battery"]


def test_a_video_intercom_doorbell_stays_a_doorbell(classify):
    assert classify("Video Intercom Doorbell System").product_type == "doorbell"


# --- 7. mixed shelves: the title decides ----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "expected"), [
    ("Remington Ceramic Hair Straightener", HAIR_TOOLS, "hair_styler"),
    ("Hair Dryer 2000W Ionic", HAIR_TOOLS, "hair_dryer"),
    ("Candle Warmer Lamp with Timer", WARMERS, "home_appliance_misc"),
    ("Wax Melt Warmer Electric", WARMERS, "home_appliance_misc"),
    ("Solar Fountain Pump for Bird Bath", FOUNTAINS, "garden_pump"),
])
def test_a_powered_title_on_a_mixed_shelf_is_powered(classify, title, category, expected):
    result = classify(title, category=category)
    assert result.product_type == expected
    assert result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize(("title", "category"), [
    ("Wide Tooth Comb", HAIR_TOOLS),
    ("Hair Clips Claw Clips 6 Pack", HAIR_TOOLS),
    ("Velcro Hair Rollers Set", HAIR_TOOLS),
    ("Ceramic Tealight Oil Burner", WARMERS),
    ("Stone Bird Bath Fountain Basin", FOUNTAINS),
])
def test_a_passive_title_on_a_mixed_shelf_stays_passive(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["eee"], result.basis["eee"]
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize("path", [
    f"{HAIR_TOOLS} > Hair Dryers",
    f"{HAIR_TOOLS} > Curling Irons",
    f"{HAIR_TOOLS} > Hair Straighteners",
])
def test_powered_leaves_of_hair_styling_tools_read_with_their_leaf_as_title(classify, path):
    result = classify(path.split(" > ")[-1], category=path)
    assert result.classes["mains_lv"] and result.classes["eee"]


def test_combs_and_brushes_leaf_stays_passive(classify):
    path = f"{HAIR_TOOLS} > Combs & Brushes"
    result = classify("Combs & Brushes", category=path)
    assert not result.classes["eee"]


def test_hair_styling_products_stay_haircare(classify):
    result = classify("", category="Health & Beauty > Personal Care > Hair Care > Hair Styling Products")
    assert result.product_type == "haircare"


@pytest.mark.parametrize(("title", "mains"), [
    ("Importwala Indoor Water Fountain", True),
    ("Tabletop Water Fountain with LED Light", True),
    ("Solar Water Fountain for Garden", False),
])
def test_a_decorative_water_fountain_has_a_pump(classify, title, mains):
    result = classify(title)
    assert result.product_type == "water_fountain"
    assert result.classes["eee"]
    assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]


def test_a_solar_fountain_pump_has_no_mains(classify):
    result = classify("Solar Fountain Pump for Bird Bath", category=FOUNTAINS)
    assert result.product_type == "garden_pump"
    assert result.classes["eee"] and not result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Platignum Studio Fountain Pen", "pen"),
    ("Pond Pump 2000L/H", "garden_pump"),
])
def test_fountain_look_alikes_keep_their_kind(classify, title, expected):
    assert classify(title).product_type == expected


@pytest.mark.parametrize("path", [WARMERS, FOUNTAINS])
def test_a_mixed_shelf_alone_names_no_type(classify, path):
    result = classify("", category=path)
    assert not result.established


def test_a_hair_styling_tools_shelf_alone_reads_the_hot_tool(classify):
    """s73 (review73) reversed left37's call for this one shelf: a title that names another kind still wins on it (the
    comb, clips and rollers above), and a product the title does not name is most often the hot tool its seller titled
    by brand alone (Mercari's "Hair Styling Tools": "Ghd gold professional", "CHI Duo", "Instyler")."""
    result = classify("", category=HAIR_TOOLS)
    assert result.product_type == "hair_styler", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "expected", "radio"), [
    ("便携式探鱼器 声纳 钓鱼", "fish_finder", False),
    ("电波钟", "radio_clock", True),
    ("电波挂钟 静音 客厅", "clock", True),
    ("万兆光模块 SFP+ 多模", "network_module", False),
])
def test_chinese_titles_read_the_same_kinds(classify, title, expected, radio):
    result = classify(title)
    assert result.product_type == expected
    assert result.classes["radio"] is radio
    assert not result.classes["transmitter"]


def test_shopify_hair_styling_tools_leave_the_title_to_decide(classify):
    result = classify("Hair Straightener", category="Health & Beauty > Personal Care > Hair Care > Hair Styling Tools")
    assert result.classes["mains_lv"]
    assert classify("Paddle Hair Brush", category="hb-3-10-12").classes["eee"] is False
