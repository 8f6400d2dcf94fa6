"""Stop 95 (issue 9): what Home Depot's, Target's and Amazon India's shelves and titles showed. A battery line's band
saw or jobsite table saw runs on its pack, where the bench kind's default is the mains; a store's "Electrical > Wire
Cable" or "Home Improvement" shelf holds what a search found (cordless screwdrivers, head torches, power strips, smart
plugs, vanity lights) and yields to the title's kind; the lighting trade's "3 - Light Vanity" and "Semi-Flush Mount"
are wired fixtures; a patio umbrella named head-first is no car's sun shade. Both ways each time: the corded bench saw,
the house wire, the screws on a hardware leaf, a make-up mirror's light kit and a car's sun shade keep theirs."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category"), [
    ("M18 FUEL 18V Lithium-Ion Brushless Cordless Compact Bandsaw (Tool-Only)", "Home > Tools > Saws > Band Saws"),
    ("20V MAX XR Cordless Brushless Deep Cut Band Saw (Tool Only)", "Home > Tools > Saws > Band Saws"),
    ("FLEXVOLT 60V MAX Cordless Brushless 8-1/4 in. Table Saw Kit", "Home > Tools > Saws > Table Saws"),
    ("Cordless Table Saw 18V Brushless", ""),
    ("Akku-Bandsäge 18V ohne Akku", ""),
])
def test_a_cordless_bench_machine_runs_on_its_pack(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "bench_power_tool"
    assert result.classes["battery"] is True
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize(("title", "category"), [
    ("10 in. 2 HP 120V Hybrid Table Saw w/ T-Shaped Fence", "Home > Tools > Saws > Table Saws"),
    ("9 in. Band Saw 2.5 Amp", "Home > Tools > Saws > Band Saws"),
    ("Benchtop Drill Press 5-Speed", ""),
])
def test_a_corded_bench_machine_keeps_the_mains(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "bench_power_tool"
    assert result.classes["mains_lv"] is True
    assert result.classes["battery"] is False


@pytest.mark.parametrize(("title", "kind", "battery"), [
    ("USB Lithium Screwdriver Kit with 2.0 Ah USB Lithium Battery and Charging Cable", "hand_tool", True),
    ("M12 12V Lithium-Ion Cordless 600 MCM Cable Cutter Kit with One 3.0Ah Battery, Charger and Hard Case",
     "hand_tool", True),
    ("USB Lithium Cordless Pivoting 625 Lumens Rechargeable Head Flashlight Kit with 2.0 Ah Battery", "flashlight",
     True),
    ("5-Tier Steel Wire Shelving Unit in Black (36 in. W x 72 in. H x 16 in. D)", "storage_organisation", False),
])
def test_an_electrical_shelf_yields_to_the_title_s_kind(classify, title, kind, battery):
    result = classify(title, category="Home > Electrical > Wire Cable")
    assert result.product_type == kind
    assert result.classes["mains_lv"] is False
    assert result.classes["battery"] is battery


@pytest.mark.parametrize("title", ["Romex 14/2 Wire 250 ft", "15 Amp Duplex Outlet, White"])
def test_the_electrical_shelf_s_own_goods_keep_the_mains(classify, title):
    result = classify(title, category="Home > Electrical > Wire Cable")
    assert result.product_type == "electrical_fitting"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", ["Klein Tools Cable Cutter, High-Leverage", "Heavy Duty Cable Cutters 24 in."])
def test_a_cable_cutter_is_a_hand_tool_not_a_cable(classify, title):
    result = classify(title)
    assert result.product_type == "hand_tool"
    assert result.classes["eee"] is False


@pytest.mark.parametrize(("title", "category"), [
    ("Kichler Lighting Hex 3 - Light Vanity in Black", "Home > Home Improvement > Home Renovation"),
    ("Quoizel Lighting Tenley 4 - Light Vanity in Aged Brass", ""),
    ("3-Light Vanity Light in Brushed Nickel", ""),
    ("Quoizel Lighting 3 - Light Semi-Flush Mount in Matte Black",
     "Home > Home Decor > Lamps & Lighting > Ceiling Lights"),
    ("Semi Flush Mount Ceiling Light 2-Light Farmhouse", ""),
])
def test_a_fixture_named_by_its_bulbs_is_a_wired_light(classify, title, category):
    """The lighting trade names a vanity light or a semi-flush mount by its number of bulbs ("3 - Light Vanity"):
    a wired fixture, on a home-improvement shelf too (Target's first read: mains recall 0.59 on 32 positives)."""
    result = classify(title, category=category or None)
    assert result.product_type == "light_fixture"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("HOLD UP Led Vanity Lights for Mirror, Hollywood Style LED Vanity Mirror Lights Kit 10 Dimmable", "mirror"),
    ("Flush Mount TV Wall Bracket for 32-65 inch", "tv_mount"),
    ("Bathroom Vanity with Sink 36 in.", "plumbing_fixture"),
])
def test_a_vanity_s_other_goods_and_a_bare_flush_mount_are_no_light_fixture(classify, title, kind):
    """A make-up mirror's stick-on light kit, a TV's flush bracket and a bathroom's vanity unit keep their kinds."""
    assert classify(title).product_type == kind


@pytest.mark.parametrize(("title", "kind", "mains"), [
    ("Syska SSK-EBS-0402 ABS 4 Way Power Strip", "power_strip", True),
    ("HomeMate WiFi + BLE Smart Plug Socket 16A (Pack of 1), With Energy Monitoring", "smart_plug", True),
    ("Inalsa Vacuum Cleaner Wet and Dry Micro WD10 with 3in1 Multifunction", "vacuum_cleaner", True),
    ("Prestige Clean Home 42607 Twisting Mop (Blue)", "cleaning_supplies", False),
])
def test_a_home_improvement_department_yields_to_the_title_s_kind(classify, title, kind, mains):
    result = classify(title, category="home & kitchen > Home Improvement")
    assert result.product_type == kind
    assert result.classes["mains_lv"] is mains


def test_screws_on_a_hardware_leaf_stay_hardware_whatever_spanner_they_name(classify):
    leaf = "BRICOLAGE - OUTILLAGE - QUINCAILLERIE > QUINCAILLERIE > VIS - CACHE-VIS - TIRE-FOND - GOUJON"
    result = classify("Lot de 4 vis 12x150 - L2 26 - Cle 19", category=leaf)
    assert result.product_type == "hardware"


@pytest.mark.parametrize("title", ["Costway 10' Hanging Solar LED Umbrella Patio Sun Shade Offset Market W/Base Tan",
                                   "HYLEORY Le 10' x 6' 5\" Rectangular Market Umbrella",
                                   "9ft Offset Cantilever Umbrella"])
def test_a_patio_umbrella_named_otherwise_is_a_garden_s(classify, title):
    assert classify(title).product_type == "garden_supplies"


def test_a_car_s_sun_shade_stays_the_car_s(classify):
    assert classify("Car Sun Shade for Windshield").product_type == "car_interior"


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Magnetic Levitating Floating Globe with LED Lights, Cool Tech Gadgets Gifts",
     "Home & Garden > Home Décor > Decorative Accessories > Globes", "home_decor"),
    ("Camping Life Gift Lot Stained Glass Suncatcher, Happy Camper Kitchen Towel, MORE",
     "Home & Garden > Home Décor > Decorative Accessories > Suncatchers & Mobiles", None),
])
def test_ebay_s_home_and_garden_department_and_its_mobiles_name_no_kind(classify, title, category, kind):
    """eBay's top department "Home & Garden" is no garden shelf, and its "Suncatchers & Mobiles" no phones."""
    result = classify(title, category=category)
    assert result.product_type not in ("garden_supplies", "smartphone")
    if kind:
        assert result.product_type == kind
    assert result.classes["radio"] is False


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Bigfoot Wind Chimes Outdoor", "Home & Garden > Décor > Yard, Garden & Outdoor Living > Wind Chimes",
     "garden_supplies"),
    ("Samsung Galaxy A14 128GB", "Cell Phones & Accessories > Cell Phones & Smartphones", "smartphone"),
    ("Redmi 9A", "Electronics > Mobiles", "smartphone"),
])
def test_a_garden_level_and_a_phones_shelf_keep_their_kinds(classify, title, category, kind):
    assert classify(title, category=category).product_type == kind


@pytest.mark.parametrize("title", ["Metabo HPT 36V MultiVolt Cordless/Corded 10 in. Table Saw",
                                   "DEWALT FLEXVOLT 60V MAX Corded/Cordless Table Saw with AC Adapter",
                                   "Table Saw and Cordless Drill Combo Kit 15 Amp"])
def test_a_bench_saw_that_runs_either_way_or_beside_a_cordless_tool_keeps_the_mains(classify, title):
    """review95: a dual-power saw and a combo's "cordless drill" leave the bench machine's mains in place."""
    result = classify(title)
    assert result.product_type == "bench_power_tool"
    assert result.classes["mains_lv"] is True

