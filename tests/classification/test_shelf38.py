"""A vehicle's shelf yields to the title's own kind, a vehicle's starter battery, and review37's leftovers (shelf38,
issue 9).

Google's and Shopify's vehicle shelves name one whole thing (a car, a boat, an aircraft, a combine; a tractor on
Shopify's), and sellers file covers, seats, awnings, bags, parts and models there: a title naming a type of its own
wins, a generic cover, bag or part included (`shelf_yields_except` in rules/product_types.yaml), while a title that
names only the vehicle (its miniature's word, "Model 3") or nothing keeps the vehicle. A radio-controlled aircraft and
a vehicle's model kit on those shelves are models. A vehicle's battery is an SLI battery, not a portable one (group
`battery_category`). "Funk" the music genre is no radio clock; a fountain sold without its pump has no electrics; a
Chinese solar lawn light has no mains. Each rule with a case that changes and a look-alike that must not.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary
from crossguard.engine.classify import Classifier as FullClassifier
from crossguard.engine.models import Product
from tests.classification.test_vehicle37 import TYPES, _write  # the vocabulary loader's minimal file

CARS = "Vehicles & Parts > Vehicles > Motor Vehicles > Cars, Trucks & Vans"
MOTORCYCLES = "Vehicles & Parts > Vehicles > Motor Vehicles > Motorcycles & Scooters"
RVS = "Vehicles & Parts > Vehicles > Motor Vehicles > Recreational Vehicles"
MOTOR_BOATS = "Vehicles & Parts > Vehicles > Watercraft > Motor Boats"
JET_SKIS = "Vehicles & Parts > Vehicles > Watercraft > Personal Watercraft"
YACHTS = "Vehicles & Parts > Vehicles > Watercraft > Yachts"
AIRCRAFT = "Vehicles & Parts > Vehicles > Aircraft"
EXCAVATORS = "Business & Industrial > Heavy Machinery > Excavators"
TRACTORS = "Business & Industrial > Heavy Machinery > Tractors"
COMBINES = "gid://shopify/TaxonomyCategory/bi-11-7-1"


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. the shelf yields to the title's own kind ------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Boat Cover Trailerable 17-19ft", MOTOR_BOATS, "case_generic"),
    ("Boat Cover 600D Marine Grade", "gid://shopify/TaxonomyCategory/vp-2-3-1", "case_generic"),
    ("Jet Ski Cover Heavy Duty", JET_SKIS, "case_generic"),
    ("Motorhome Windscreen Cover Thermal", RVS, "case_generic"),
    ("Truck Bed Tonneau Cover Soft Roll Up", CARS, "case_generic"),
    ("Tractor Cover Waterproof", TRACTORS, "case_generic"),
    ("Pilot Flight Bag Leather", AIRCRAFT, "bag"),
    ("Pilot Kneeboard Flight Bag", "gid://shopify/TaxonomyCategory/vp-2-1", "bag"),
])
def test_a_cover_or_bag_on_a_vehicle_shelf_reads_as_itself(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind
    assert _off(result, "battery", "radio", "eee"), result.basis["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("Camper Awning Roll Out", RVS),
    ("Caravan Awning Porch", "gid://shopify/TaxonomyCategory/vp-2-2-5"),
    ("RV Sewer Hose Kit 20ft", RVS),
    ("Tractor Seat Universal", TRACTORS),
    ("Tractor Seat with Suspension", "gid://shopify/TaxonomyCategory/bi-11-12"),
    ("Excavator Bucket Teeth Set", EXCAVATORS),
    ("Boat Anchor 15lb Galvanized", MOTOR_BOATS),
    ("Boat Fenders 4 Pack", MOTOR_BOATS),
    ("Aircraft Wheel Chocks Pair", AIRCRAFT),
])
def test_a_part_named_with_the_vehicle_word_is_a_part(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "vehicle_part"
    assert _off(result, "battery", "radio", "eee")


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("2019 Ford Transit Custom 2.0 TDCi", CARS, "road_vehicle"),
    ("Tesla Model 3 Long Range", CARS, "road_vehicle"),
    ("Ford F-150 Pickup Truck 4x4", CARS, "road_vehicle"),
    ("Ford Focus 1.0 EcoBoost Titanium", "gid://shopify/TaxonomyCategory/vp-2-2-1", "road_vehicle"),
    ("Cessna 172 Skyhawk", AIRCRAFT, "aircraft"),
    ("Robinson R44 Helicopter 2008", AIRCRAFT, "aircraft"),
    ("Honda CB500F 2021 Motorcycle", MOTORCYCLES, "powered_vehicle"),
    ("Bayliner Element E16 Bowrider Boat", MOTOR_BOATS, "powered_vehicle"),
    ("Sunseeker Manhattan 52 Motor Yacht", YACHTS, "powered_vehicle"),
    ("Hymer B-Class Motorhome 2018", RVS, "powered_vehicle"),
    ("Kubota U17 Mini Excavator", EXCAVATORS, "powered_vehicle"),
    ("Massey Ferguson 135 Tractor", TRACTORS, "off_road_vehicle"),
    ("John Deere S780 Combine Harvester", COMBINES, "harvester"),
])
def test_a_title_naming_only_the_vehicle_keeps_the_vehicle(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind
    assert result.classes["battery"] and not result.classes["toy"]


@pytest.mark.parametrize(("title", "category"), [
    ("Waterproof Car Cover All Weather", CARS),
    ("Motorcycle Cover Waterproof", MOTORCYCLES),
    ("Yacht Captain Hat Embroidered", YACHTS),
    ("Hot Wheels Police Truck", CARS),
])
def test_titles_that_already_read_their_own_kind_are_unchanged(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type not in ("road_vehicle", "powered_vehicle", "aircraft") or result.classes["toy"]
    assert not result.classes["battery"]


def test_a_shop_shelf_of_its_own_is_no_table_entry_and_does_not_yield(classify):
    # only an entry of the Google or Shopify table names the whole vehicle; a shop's "Quad Bikes" shelf reads as before
    result = classify("Quad Bike Cover Waterproof", category="Outdoor > Quad Bikes")
    assert result.product_type != "off_road_vehicle" and not result.classes["battery"]


# --- models on a vehicle shelf -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("RC Airplane 3 Channel Glider", AIRCRAFT),
    ("RC Glider Plane 2.4GHz", "gid://shopify/TaxonomyCategory/vp-2-1"),
])
def test_a_radio_controlled_aircraft_is_a_toy_with_its_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] and result.classes["radio"] and result.classes["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("Schleicher ASK 21 Glider", AIRCRAFT),
    ("Lexus RC 300 F Sport", CARS),
])
def test_a_real_glider_or_a_car_named_rc_is_no_toy(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["toy"]


@pytest.mark.parametrize(("title", "category"), [
    ("Yacht Model Kit Wooden 1:50", YACHTS),
    ("Yacht Model Kit Wooden 1:50", "gid://shopify/TaxonomyCategory/vp-2-3-4"),
    ("Airplane Model Kit 1:72 Spitfire Plastic", AIRCRAFT),
])
def test_a_model_kit_on_a_vehicle_shelf_has_no_engine_battery_or_radio(classify, title, category):
    result = classify(title, category=category)
    assert _off(result, "battery", "radio", "eee", "transmitter")


# --- 2. a vehicle's starter battery -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def full() -> FullClassifier:
    return FullClassifier.default()


@pytest.mark.parametrize(("title", "category"), [
    ("Volkswagen Golf 1.5 eTSI Life", CARS),
    ("Honda CB500F 2021 Motorcycle", MOTORCYCLES),
    ("Claas Lexion 8900 TT", COMBINES),
    ("Cessna 172 Skyhawk", AIRCRAFT),
])
def test_a_vehicles_battery_is_sli(full, title, category):
    result = full.classify(Product(sku="T", title=title, category=category))
    assert result.values["battery_category"] == "sli", result.basis


@pytest.mark.parametrize(("title", "category"), [
    ("Toy Police Car with Lights and Sounds", CARS),
    ("Samsung Galaxy A55 5G 128GB", "Electronics > Communications > Telephony > Mobile Phones"),
    ("Bosch 18V Cordless Drill with Battery and Charger", None),
])
def test_other_batteries_stay_portable(full, title, category):
    result = full.classify(Product(sku="T", title=title, category=category))
    assert result.values["battery_category"] == "portable", result.basis


def test_the_sellers_battery_category_wins(full):
    result = full.classify(Product(sku="T", title="Volkswagen ID.3 Pro", category=CARS, battery={"category": "ev"}))
    assert result.values["battery_category"] == "ev"


# --- loader ------------------------------------------------------------------------------------------------------

def test_shelf_yields_except_is_loaded(tmp_path):
    entry = "  - {id: car_real, table_only: true, shelf_yields_except: [lamp]}\n"
    vocab = load_vocabulary(_write(tmp_path, TYPES + entry))
    assert vocab.types["car_real"].shelf_yields_except == frozenset({"lamp"})
    assert vocab.types["lamp"].shelf_yields_except is None


@pytest.mark.parametrize("field", ["shelf_yields_except", "shelf_yields_to"])
def test_a_shelf_field_naming_an_unknown_type_is_an_error(tmp_path, field):
    with pytest.raises(VocabularyError, match=f"type 'car_real'.*{field} names unknown type 'x'"):
        load_vocabulary(_write(tmp_path, TYPES + f"  - {{id: car_real, table_only: true, {field}: [x]}}\n"))


def test_shelf_yields_to_is_loaded(tmp_path):
    # fr59: the kinds a store files on a type's shelf that win over it (power banks on a charger leaf)
    vocab = load_vocabulary(_write(tmp_path, TYPES + "  - {id: car_real, table_only: true, shelf_yields_to: [lamp]}\n"))
    assert vocab.types["car_real"].shelf_yields_to == frozenset({"lamp"})
    assert vocab.types["lamp"].shelf_yields_to == frozenset()


# --- 3. review37's leftovers --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Funk Music Vinyl Record Wall Clock",
    "Soul and Funk Records Wall Clock",
])
def test_funk_the_music_genre_is_no_radio_clock(classify, title):
    result = classify(title)
    assert result.product_type == "clock" and not result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", ["Funkuhr Wanduhr Digital", "Funk Wanduhr Silent", "Funkwecker mit Projektion"])
def test_a_german_radio_clock_keeps_its_radio(classify, title):
    assert classify(title).classes["radio"]


@pytest.mark.parametrize("title", [
    "Garden Fountain Stone Basin without Pump",
    "Outdoor Water Fountain Resin, Pump Sold Separately",
])
def test_a_fountain_without_its_pump_is_not_electrical(classify, title):
    result = classify(title)
    assert result.product_type == "water_fountain"
    assert _off(result, "mains_lv", "eee")


@pytest.mark.parametrize("title", ["Indoor Tabletop Water Fountain with Pump LED", "Garden Fountain Cascading 3 Tier"])
def test_a_fountain_with_its_pump_keeps_the_mains(classify, title):
    assert classify(title).classes["mains_lv"]


@pytest.mark.parametrize("title", ["太阳能草坪灯 户外防水", "太阳能草地灯 花园", "太阳能地灯 庭院"])
def test_a_chinese_solar_lawn_light_has_no_mains(classify, title):
    result = classify(title)
    assert result.product_type == "solar_light" and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", ["草坪灯 庭院灯", "地埋灯 LED 220V"])
def test_a_chinese_lawn_light_without_solar_keeps_the_mains(classify, title):
    assert classify(title).classes["mains_lv"]
