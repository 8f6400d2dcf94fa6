"""The products US recalls name (reader21, issue 9): electrical kinds the three catalogs never had, and what a
description says about what a product runs on. Each rule on real-looking titles both ways (fires / does not fire).

1. Kinds: portable generators, off-road vehicles, riding mowers, bench power tools, pool robots, fuel burners (not
   electrical), submersible tea lights (LED), book nooks, mini fridges, stovetop tea kettles; and from a checklist
   of appliance, lighting and power-tool kinds: powered mobility and furniture, household appliances with no type of
   their own, emergency lights, wood stoves and grills (not electrical), nailers, paint sprayers, pool pumps.
2. "Model Year 2025" names a vehicle line's year, not a scale model.
3. Engines: a petrol garden machine or power tool is not mains or electrical equipment; a petrol pressure washer
   is not mains. Cordless tool lines (M18, 20V MAX, ONE+) run on batteries.
4. `description_overrides`: an override word read in the description wins ("powered by a combustion engine",
   "recessed power outlets"); other override words still only fill from the description.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import Classifier, ProductText
from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary

from .shelves import classes_of

ELECTRICAL = ("eee", "mains_lv", "battery")


# -- 1. kinds ------------------------------------------------------------------------------------------------------

# the kinds the recalls named, and the checklist's (Google's product taxonomy: appliances, lighting, tools)
RECALL_KINDS = [
    ("Generac GP3500 Portable Generators", "portable_generator", True, False, False),
    ("Champion 4500-Watt Dual Fuel Inverter Generator", "portable_generator", True, False, False),
    ("汽油发电机 3kW", "portable_generator", True, False, False),
    ("Model Year 2025 Ranger XP 1000 NorthStar Recreational Off-Road Vehicles (ROVs)", "off_road_vehicle",
     True, False, True),
    ("Youth ATVs", "off_road_vehicle", True, False, True),
    ("Spartan Zero Turn Riding Mowers", "riding_mower", True, False, True),
    ("Grizzly 15\" 3HP Heavy-Duty Planers", "bench_power_tool", True, True, False),
    ("WEN 10-Inch Table Saw with Stand", "bench_power_tool", True, True, False),
    ("Osprey 700 Robotic Pool Vacuums", "pool_robot", True, True, False),
    ("Ozark Trail Tabletop 1-Burner Butane Stove", "fuel_burner", False, False, False),
    ("Mr. Heater Portable Buddy Propane Heater", "fuel_burner", False, False, False),
    ("Kitosun Waterproof Submersible Tea Lights, Color Changing", "led_candle", True, False, True),
    ("Prismatic 3D Prints Book Nooks", "book_nook", True, False, True),
    ("Frigidaire 6-Can Minifridges", "refrigerator", True, True, False),
    ("Arch Studio Stainless Tea Kettles", "stovetop_kettle", False, False, False),
]
CHECKLIST_KINDS = [
    ("Pride Go-Go Elite Traveller Mobility Scooters", "powered_mobility", True, True, True),
    ("Electric Wheelchair Foldable Lightweight", "powered_mobility", True, True, True),
    ("Power Lift Recliner Chair for Elderly", "powered_furniture", True, True, False),
    ("Adjustable Bed Base with Massage, Queen", "powered_furniture", True, True, False),
    ("Chamberlain B550 Garage Door Opener", "garage_door_opener", True, True, False),  # radio too (radio36)
    ("Traeger Pro 575 Pellet Grill", "home_appliance_misc", True, True, False),
    ("Electric Candle Warmer Lamp", "home_appliance_misc", True, True, False),
    ("Intex PureSpa Inflatable Hot Tub", "home_appliance_misc", True, True, False),
    ("Dhhan 8 watt Rechargeable Emergency Lights", "emergency_light", True, True, True),
    ("Cast Iron Wood Burning Stove 5kW", "fuel_heater_stove", False, False, False),
    ("Metabo HPT 18-Gauge Brad Nailer", "power_tool", True, False, False),
    ("Graco Magnum X5 Airless Paint Sprayer", "paint_sprayer", True, True, False),  # corded (gmains43)
    ("Hayward 1.5 HP Pool Pump", "garden_pump", True, True, False),
    ("Vacmaster 5 Gallon Shop Vac", "vacuum_cleaner", True, True, False),  # a corded shop vac (power36)
]


@pytest.mark.parametrize(("title", "kind", "eee", "mains", "battery"), [*RECALL_KINDS, *CHECKLIST_KINDS])
def test_kinds_us_recalls_name(classify, title, kind, eee, mains, battery):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert classes_of(result, *ELECTRICAL) == (eee, mains, battery), result.basis


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Electric Tea Kettle 1.7L Stainless Steel", "kettle"),          # the electric one says so
        ("Bubble Generator Machine for Kids Party", None),              # not a power generator
        ("Solar Generator 500W Portable Power Station", "power_station"),  # a battery, not an engine
        ("ATV Pouch for LG G4", None),                                   # a maker's name before a pouch
        ("Scented Tea Lights, 50 Pack", "candle"),                       # a tea light is a candle unless it is LED
    ],
)
def test_neighbours_keep_their_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type != "portable_generator" and result.product_type != "off_road_vehicle"
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]


def test_an_rc_off_road_vehicle_part_stays_a_part(classify):
    result = classify("Vktech Pack of 2 Adjustable Aluminum Shock Absorber for 1:10 RC Off-road Vehicle Car",
                      category="Hobbies > Remote & App Controlled Vehicles & Parts > Race Tracks & Accessories > "
                               "Service & Tuning Parts")
    assert result.product_type != "off_road_vehicle", result.basis["product_type"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Oak Standing Desk Frame Manual Crank", "furniture"),         # "electric" / "motorized" names the powered one
        ("Scented Soy Candle, Lavender 200g", "candle"),                # a candle is not a candle warmer
        ("Weber Spirit Gas Grill", "garden_supplies"),                 # a gas grill stays a garden product
        ("Paddling Pool with Hand Pump", "paddling_pool"),             # the pool, not a pool pump
    ],
)
def test_checklist_neighbours_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


# -- 2. model year -------------------------------------------------------------------------------------------------

def test_model_year_is_no_scale_model(classify):
    result = classify("Model Year 2025-2026 Ranger Crew XP 1000 Recreational Off-Road Vehicles")
    assert result.product_type == "off_road_vehicle", result.basis["product_type"]
    assert classes_of(result, "toy") == (False,)
    assert classify("Bburago 1:24 Ferrari Model").product_type == "model_generic"


# -- 3. engines and cordless lines ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "fires"),
    [
        ("Husqvarna 125B Gas Leaf Blower", True),
        ("STIHL BR 800 Petrol Backpack Blower", True),
        ("2-Stroke 52cc Brush Cutter", True),
        ("Greenworks 40V Cordless Leaf Blower", False),
        ("Electric Leaf Blower 3000W", False),
        ("Lawn Mower with Gas Spring Handle", False),
    ],
)
def test_an_engine_makes_a_garden_machine_non_electrical(classify, title, fires):
    result = classify(title)
    assert result.product_type == "garden_power_tool", result.basis["product_type"]
    assert classes_of(result, "eee")[0] is (not fires), result.basis["eee"]


def test_a_petrol_pressure_washer_is_not_mains(classify):
    assert classes_of(classify("NorthStar Gas Hot Water Pressure Washer"), "mains_lv") == (False,)
    assert classes_of(classify("Karcher K2 Pressure Washer 1400W"), "mains_lv") == (True,)


@pytest.mark.parametrize(
    ("title", "battery"),
    [
        ("Milwaukee M18 FUEL Top Handle Chainsaws", True),
        ("DeWalt DCD791 20V MAX XR Drill Driver", True),
        ("Ryobi ONE+ 18V Cordless Jig Saw", True),
        ("Makita 18V LXT Angle Grinder", True),
        ("Bosch Corded Angle Grinder 900W", False),
    ],
)
def test_cordless_tool_lines_run_on_batteries(classify, title, battery):
    result = classify(title)
    assert result.product_type == "power_tool", result.basis["product_type"]
    assert classes_of(result, "battery") == (battery,), result.basis["battery"]


# -- 4. what the description says ----------------------------------------------------------------------------------

def test_a_description_saying_combustion_engine_overrides(classify):
    blower = classify("BR 800 Backpack Blowers",
                      description="the STIHL BR 800 Magnum, a backpack blower powered by a combustion engine")
    assert classes_of(blower, "eee") == (False,), blower.basis["eee"]
    assert classes_of(classify("BR 800 Backpack Blowers"), "eee") == (True,)


def test_a_description_saying_power_outlets_makes_furniture_mains(classify):
    dresser = classify("KKL Fabric 9-Drawer Dressers",
                       description="They have a metal frame, wooden top with recessed power outlets, and nine drawers")
    assert classes_of(dresser, "eee", "mains_lv") == (True, True), dresser.basis
    plain = classify("KKL Fabric 9-Drawer Dressers", description="They have a metal frame and nine fabric drawers")
    assert classes_of(plain, "eee", "mains_lv") == (False, False)


def test_without_the_flag_an_override_word_only_fills_from_the_description(tmp_path: Path):
    source = Path("rules/product_types.yaml").read_text(encoding="utf-8")
    start = source.index("  - id: outlets_in_furniture")
    flagless = source[:start] + source[start:].replace("    description_overrides: true\n", "", 1)
    path = tmp_path / "product_types.yaml"
    path.write_text(flagless, encoding="utf-8")
    classifier = Classifier.from_files(types_path=path)
    described = ProductText("KKL Fabric 9-Drawer Dressers", description="a wooden top with recessed power outlets")
    assert classes_of(classifier.classify(described), "eee", "mains_lv") == (False, False)
    titled = ProductText("Nightstand with Power Outlets and USB Ports")
    assert classes_of(classifier.classify(titled), "eee", "mains_lv") == (True, True)


def test_description_overrides_must_be_a_boolean(tmp_path: Path):
    source = Path("rules/product_types.yaml").read_text(encoding="utf-8")
    broken = source.replace("    description_overrides: true\n", "    description_overrides: sometimes\n", 1)
    path = tmp_path / "product_types.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(VocabularyError, match="description_overrides"):
        load_vocabulary(path)
