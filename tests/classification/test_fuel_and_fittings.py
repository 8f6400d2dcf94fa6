"""Goods that look electrical by their noun but carry no current, read after the older US recalls (recalls-3): a
heater named by its fuel, an outdoor torch, an adapter that joins hoses or a seat to a stroller; and nouns with a
second sense on a shelf (a travel trunk is no swimwear, an ice shaver no razor) or a real motor vehicle named plainly
("Off-Road Motorcycles", "Compact Utility Tractors") that a toy catalog's bare "motorcycle" or "tractor" is not.
Each rule tested both ways (fires / does not fire)."""

from __future__ import annotations

import pytest

from .shelves import classes_of

ELECTRICAL = ("eee", "mains_lv")


@pytest.mark.parametrize("title", [
    "Propane Portable Heaters",
    "Mr. Heater Portable Buddy Propane Heater 9000 BTU",
    "Dyna-Glo Kerosene Convection Heater 23,000 BTU",
    "Gas Water Heaters with Emerson Control Valves",
    "燃气热水器 16升",
])
def test_a_heater_named_by_its_fuel_burns_it(classify, title: str) -> None:
    result = classify(title)
    assert result.product_type in ("heater", "fuel_burner"), result.basis
    assert classes_of(result, *ELECTRICAL) == (False, False), result.basis


@pytest.mark.parametrize("title", [
    "Oil Filled Radiator Heater 2000W",  # an oil-filled radiator is electric: oil is no fuel here
    "Ceramic Space Heater with Thermostat",
    "Electric Tankless Water Heater 240V",
    "电暖器 取暖器 家用",
])
def test_an_electric_heater_keeps_the_mains(classify, title: str) -> None:
    result = classify(title)
    assert classes_of(result, *ELECTRICAL) == (True, True), result.basis


@pytest.mark.parametrize("title", ["Tabletop Torches", "TIKI Brand Bamboo Torch", "Citronella Garden Torch 4 Pack"])
def test_an_outdoor_torch_burns_fuel(classify, title: str) -> None:
    """(On a "Torches" shelf the shelf's flashlight wins unless a description says more: the shelf outranks the
    title.)"""
    result = classify(title)
    assert result.product_type == "fuel_burner", result.basis
    assert result.classes["eee"] is False and result.classes["battery"] is False, result.basis


@pytest.mark.parametrize("title", ["LED Torch Rechargeable 1000 Lumens", "Tactical Flashlight Zoomable", "Head Torch"])
def test_an_electric_torch_stays_a_flashlight(classify, title: str) -> None:
    result = classify(title)
    assert result.product_type == "flashlight", result.basis
    assert result.classes["eee"] is True, result.basis


@pytest.mark.parametrize("title", [
    "Propane Adapter Hoses",
    "Car Seat Adaptors for Strollers",
    "Garden Hose Adapter Brass 3/4 inch",
    "Faucet Adapter for Portable Dishwasher",
])
def test_an_adapter_that_joins_fittings_carries_no_current(classify, title: str) -> None:
    result = classify(title)
    assert result.product_type == "mechanical_adapter", result.basis
    assert classes_of(result, "eee", "mains_lv", "battery") == (False, False, False), result.basis


@pytest.mark.parametrize("title", ["USB C Adapter 3 Pack", "HDMI to VGA Adapter", "Headphone Jack Adapter"])
def test_a_signal_adapter_stays_electrical(classify, title: str) -> None:
    result = classify(title)
    assert result.product_type == "adapter", result.basis
    assert result.classes["eee"] is True, result.basis


@pytest.mark.parametrize("title", ["Journey Girl Travel Trunks", "Vintage Steamer Trunk Storage", "Wooden Toy Trunk"])
def test_a_trunk_to_pack_things_in_is_not_swimwear(classify, title: str) -> None:
    result = classify(title)  # (a "Chests/Trunks" shelf alone still reads as the garment: left)
    assert result.product_type != "underwear", result.basis
    assert result.classes["textile"] is False, result.basis


def test_swim_trunks_stay_garments(classify) -> None:
    result = classify("Mens Swim Trunks Quick Dry")
    assert result.classes["textile"] is True, result.basis


def test_an_ice_shaver_shelf_is_no_razor(classify) -> None:
    result = classify("Snoopy Sno Cone Machines", category="Ice Shaver")
    assert result.product_type != "shaver", result.basis
    assert result.classes["battery"] is False, result.basis


def test_a_shaver_stays_a_shaver(classify) -> None:
    result = classify("Philips Electric Shaver Series 3000 Cordless")
    assert result.product_type == "shaver", result.basis
    assert result.classes["eee"] is True, result.basis


@pytest.mark.parametrize(("title", "category"), [
    ("Off-Road Motorcycles", None),
    ("Closed Course Competition Off Road Motorcycles", None),
    ("Compact Utility Tractors", "Tractors"),
    ("PTV and Off-Road Vehicles", None),
])
def test_a_real_motor_vehicle_named_plainly_is_no_toy(classify, title: str, category: str | None) -> None:
    result = classify(title, category=category)
    assert result.product_type == "off_road_vehicle", result.basis
    assert result.classes["toy"] is False and result.classes["battery"] is True, result.basis


@pytest.mark.parametrize("title", ["Siku Tractor 1:32", "Bburago Ducati Motorcycle 1:18", "Toy Tractor with Trailer"])
def test_a_model_or_toy_vehicle_stays_one(classify, title: str) -> None:
    result = classify(title)
    assert result.product_type != "off_road_vehicle", result.basis
