"""Full-size vehicles and self-propelled machines, read from the category path (vehicle37, issue 9).

The class records what the product contains; the rule packs decide what applies. A new car carries eCall, TPMS,
keyless entry and a broadcast receiver, a battery and control units; a powered aircraft an airband radio and a
transponder; a self-propelled combine a cab radio, GNSS and telematics. Motorcycles, motorhomes, boats and
construction machines have a starter battery but no radio mandate: radio stays open. These types have no words of
their own (`table_only`): a bare "car", "tractor" or "jet" in a title stays a miniature, and only Google's and
Shopify's vehicle and heavy-machinery paths name them. Parts shelves, die-cast models and car chargers do not move.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import VocabularyError, load_vocabulary

GID = "gid://shopify/TaxonomyCategory/"
CARS = "Vehicles & Parts > Vehicles > Motor Vehicles > Cars, Trucks & Vans"
SERVICE = "Vehicles & Parts > Vehicles > Motor Vehicles > Service & Utility Vehicles"
AIRCRAFT = "Vehicles & Parts > Vehicles > Aircraft"
MACHINERY = "Business & Industrial > Heavy Machinery"


def _on(result, *names: str) -> bool:
    return all(result.classes[name] for name in names)


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. vehicles with a radio by law or near-universal fit --------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "kind"),
    [
        (CARS, "road_vehicle"),
        (CARS + " > Electric Vehicles (EV) > Electric Cars", "road_vehicle"),
        (CARS + " > Hybrid Vehicles > Hybrid Cars", "road_vehicle"),
        (SERVICE, "road_vehicle"),
        (SERVICE + " > Emergency Vehicles > Police Vehicles > Police Vans", "road_vehicle"),
        (SERVICE + " > Emergency Vehicles > Police Vehicles > Police Trucks", "road_vehicle"),
        (GID + "vp-2-2-8-2", "road_vehicle"),  # Military Vehicles, by id alone
        ("Vehicles & Parts > Vehicles > Motor Vehicles > Commercial Vehicles > Buses", "road_vehicle"),
        (AIRCRAFT, "aircraft"),
        (AIRCRAFT + " > Heavier-Than-Air Aircraft > Super Mid-Size Jets", "aircraft"),
        (AIRCRAFT + " > Heavier-Than-Air Aircraft > Helicopters", "aircraft"),
    ],
)
def test_a_vehicle_path_reads_radio_transmitter_battery_and_eee(classify, category, kind):
    result = classify("", category=category)
    assert result.product_type == kind, result.basis
    assert _on(result, "radio", "transmitter", "eee", "battery", "electronic"), result.basis
    assert _off(result, "mains_lv", "toy", "children_12_under", "textile", "apparel"), result.basis


@pytest.mark.parametrize("category", [GID + "bi-11-7-1", MACHINERY + " > Harvesters > Cotton Harvesters"])
def test_a_self_propelled_harvester_reads_radio_but_leaves_transmitter_open(classify, category):
    result = classify("", category=category)
    assert result.product_type == "harvester"
    assert _on(result, "radio", "eee", "battery") and _off(result, "transmitter", "mains_lv", "toy")


def test_a_real_car_named_by_its_model_on_the_car_shelf_is_the_car(classify):
    result = classify("Ford Transit Custom Van 2.0 EcoBlue", category=CARS)
    assert result.product_type == "road_vehicle" and _on(result, "radio", "battery") and _off(result, "toy")


# --- 2. engines with a battery, no radio mandate ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "kind"),
    [
        ("Vehicles & Parts > Vehicles > Motor Vehicles > Motorcycles & Scooters", "powered_vehicle"),
        ("Vehicles & Parts > Vehicles > Motor Vehicles > Motorcycles & Scooters > Non-Electric Motorcycles & Scooters",
         "powered_vehicle"),
        ("Vehicles & Parts > Vehicles > Motor Vehicles > Recreational Vehicles", "powered_vehicle"),
        (CARS + " > Vintage & Classic Vehicles > Vintage & Classic Cars", "powered_vehicle"),
        ("Vehicles & Parts > Vehicles > Watercraft > Motor Boats", "powered_vehicle"),
        ("Vehicles & Parts > Vehicles > Watercraft > Yachts", "powered_vehicle"),
        (MACHINERY + " > Excavators > Compact Excavators", "powered_vehicle"),
        (MACHINERY + " > Tractors > Utility Tractors", "off_road_vehicle"),
    ],
)
def test_an_engine_with_a_starter_battery_and_no_radio_mandate_leaves_radio_open(classify, category, kind):
    result = classify("", category=category)
    assert result.product_type == kind, result.basis
    assert _on(result, "eee", "battery") and _off(result, "radio", "mains_lv", "toy"), result.basis


def test_non_electric_means_not_electrically_driven_not_unpowered(classify):
    result = classify("", category=CARS + " > Non-Electric Vehicles > Trucks")
    assert result.product_type == "road_vehicle" and _on(result, "radio", "eee", "battery"), result.basis


def test_a_motorcycle_shelf_is_no_kick_scooter(classify):
    result = classify("", category="Vehicles & Parts > Vehicles > Motor Vehicles > Motorcycles & Scooters")
    assert result.product_type != "kick_scooter"


@pytest.mark.parametrize(
    "leaf", ["Lighter-Than-Air Aircraft > Hot Air Balloons", "Heavier-Than-Air Aircraft > Gliders"]
)
def test_balloons_and_gliders_are_aircraft_with_their_electrics_open(classify, leaf):
    result = classify("", category=f"{AIRCRAFT} > {leaf}")
    assert result.product_type == "recreational_aircraft"
    assert _off(result, "radio", "eee", "battery", "toy", "children_12_under")


# --- 3. look-alikes that must not change ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Pull Back Racing Car for Kids", "John Deere Tractor", "Gulfstream G280 Business Jet", "Police Van",
     "Combine Harvester"],
)
def test_a_vehicle_word_in_a_title_alone_stays_a_miniature(classify, title):
    result = classify(title)
    assert result.product_type in {"vehicle_miniature", "toy_vehicle"}, result.product_type
    assert _off(result, "radio", "battery") and result.classes["toy"]


@pytest.mark.parametrize("category", [None, CARS])
def test_a_die_cast_model_stays_a_model_even_on_the_car_shelf(classify, category):
    result = classify("Bburago 1:24 Ferrari F8 Tributo Die-cast Model Car", category=category)
    assert result.product_type == "scale_model" and _off(result, "radio", "battery", "eee")


def test_a_toy_car_on_the_car_shelf_stays_a_toy(classify):
    result = classify("Toy Car Pull Back Racing Car for Kids", category=CARS)
    assert result.product_type == "toy_vehicle" and _off(result, "radio") and result.classes["toy"]


@pytest.mark.parametrize("category", [None, CARS, "Vehicles & Parts > Vehicle Parts & Accessories"])
def test_a_12v_car_charger_stays_a_car_charger(classify, category):
    result = classify("Car Charger 12V Dual USB Fast Charging", category=category)
    assert result.product_type == "vehicle_charger" and _off(result, "radio", "mains_lv", "battery")


@pytest.mark.parametrize(
    ("title", "category", "kind"),
    [
        ("Brake Pads for Toyota Corolla", "Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts",
         "vehicle_part"),
        ("", "Vehicles & Parts > Vehicle Parts & Accessories > Watercraft Parts & Accessories > Watercraft Engine Parts"
             " > Watercraft Pistons & Parts", "spare_part"),
        ("", MACHINERY + " > Heavy Machinery Parts & Accessories", "spare_part"),
    ],
)
def test_a_part_on_a_parts_shelf_stays_a_part(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind and _off(result, "radio", "battery")


def test_a_boat_ladder_is_no_boat(classify):
    result = classify("", category="Vehicles & Parts > Vehicle Parts & Accessories > Watercraft Parts & Accessories > "
                                   "Docking & Anchoring > Boat Ladders")
    assert result.product_type not in {"powered_vehicle", "road_vehicle"} and _off(result, "radio", "battery")


@pytest.mark.parametrize(
    "category",
    ["Vehicles & Parts > Vehicles > Motor Vehicles", "Vehicles & Parts > Vehicles > Watercraft > Sailboats",
     "Vehicles & Parts > Vehicles > Motor Vehicles > Off-Road and All-Terrain Vehicles > Go Karts & Dune Buggies"],
)
def test_buckets_with_unpowered_or_batteryless_members_stay_untyped(classify, category):
    # sailing dinghies carry no electrics, most petrol go-karts are pull-started with no battery
    result = classify("", category=category)
    assert result.product_type is None and _off(result, "battery", "radio")


# --- 4. the loader: a type named only by the tables ---------------------------------------------------------------

TYPES = """
version: test
classes: {eee: "e"}
types:
  - {id: lamp, synonyms: {en: [lamp]}}
"""


def _write(folder: Path, text: str) -> Path:
    path = folder / "types.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_table_only_type_needs_no_words(tmp_path):
    vocab = load_vocabulary(_write(tmp_path, TYPES + "  - {id: car_real, table_only: true}\n"))
    assert "car_real" in vocab.types


def test_a_type_with_no_words_that_is_not_table_only_is_still_an_error(tmp_path):
    with pytest.raises(VocabularyError, match="type 'car_real': has neither synonyms nor category_hints"):
        load_vocabulary(_write(tmp_path, TYPES + "  - {id: car_real}\n"))


def test_a_table_only_type_with_words_is_an_error(tmp_path):
    with pytest.raises(VocabularyError, match="type 'car_real': table_only"):
        load_vocabulary(_write(tmp_path, TYPES + "  - {id: car_real, table_only: true, synonyms: {en: [real car]}}\n"))
