"""Mains recall and precision from a catalog audit, fifth round (mains52, stop 52, issue 9).

An audit of 120 products not read mains on the shelves where mains goods sit and 60 read mains found: ceiling
fittings rated 6 W and more on Flipkart's "Night Lamps" leaf (the shelf and the title's last words read a night
light whose supply stayed open), a passive sponge aquarium filter read the mains filter of its shelf, and a car's
mirror monitor and reversing camera read a mains monitor. The tuned label misses gave a slot-car set named by its
track length. Both sides of each.
"""

from __future__ import annotations

import pytest

NIGHT_LAMPS = "Home Decor & Festive Needs >> Decorative Lighting & Lamps >> Night Lamps >> DECOREX Night Lamps"


def _power(result) -> tuple[bool, bool]:
    return result.classes["mains_lv"], result.classes["battery"]


# --- a night lamp rated 6 W and more is a mains light ------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "DECOREX 6W LED Down Light (Light Colour : Neutral White) Night Lamp",
    "DECOREX 18W LED Surface Light (Light Colour : Cool White) Night Lamp",
    "DECOREX 12W LED Panel Light (Light Colour : Cool White) Night Lamp",
    "Syska 9W LED Night Lamp",
])
def test_a_night_lamp_of_six_watts_and_more_on_the_night_lamps_shelf_is_mains(classify, title):
    result = classify(title, category=NIGHT_LAMPS)
    assert result.classes["mains_lv"] is True
    assert result.classes["eee"] is True


@pytest.mark.parametrize("title", [
    "Syska 10W Night Lamp",
    "Generic 12 Watt Night Light for Bedroom",
])
def test_a_night_light_rated_in_watts_is_mains_by_title(classify, title):
    result = classify(title)
    assert result.product_type == "night_light"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "USB Night Light 5W Portable",
    "Rechargeable Baby Night Light 1W",
    "Cute Cat Silicone Night Light",
    "小夜灯 卧室 感应",
])
def test_a_small_or_unrated_night_light_leaves_the_supply_open(classify, title):
    result = classify(title)
    assert result.product_type == "night_light"
    assert result.classes["mains_lv"] is False


# --- a sponge aquarium filter has no electrics ------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Ocean Free Sponge Aquarium Filter", "Pet Supplies >> Habitat >> Habitat Essentials >> Aquarium Filters"),
    ("Ocean Free Sponge Aquarium Filter", None),
    ("XY-2822 Biochemical Sponge Filter for Aquarium", None),
    ("鱼缸 生化棉过滤器 水妖精过滤器", None),
    ("Hygger Bio Sponge Filter for Small Fish Tank", None),  # elec52's
])
def test_a_sponge_aquarium_filter_is_passive(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "aquarium_sponge_filter"
    assert result.classes["mains_lv"] is False
    assert result.classes["eee"] is False


def test_replacement_filter_sponges_are_passive_media(classify):
    """elec52: a filter's replacement sponges are pet supplies with no electrics, not the powered filter they fit."""
    result = classify("Replacement Filter Sponges for Fluval U2")
    assert result.product_type == "pet_supplies"
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize(("title", "category"), [
    ("Rs Electrical RS-8500 Top Filter 3 in 1 More Function Power Aquarium Filter",
     "Pet Supplies >> Habitat >> Habitat Essentials >> Aquarium Filters"),
    ("SOBO Internal Aquarium Filter 800 L/H", None),
    ("Aquarium Air Pump for Sponge Filter", None),
    ("Eheim Classic 250 External Aquarium Filter", None),  # elec52's
    ("Fish Tank Filter Internal 600L/H", None),  # elec52's
])
def test_a_powered_aquarium_filter_or_pump_stays_mains(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "garden_pump"
    assert result.classes["mains_lv"] is True


# --- a car's reversing camera and mirror monitor run from the vehicle ------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ('Ravetech 7" Mp5 Mirror monitor, car rear view camera Combo',
     "Automotive >> Car & Bike Accessories >> Automotive Combo"),
    ("Speedwav 1 Rear View Mirror Screen, 1 4.3 Screen & Camera-Chevrolet Optra SRV Combo", None),
    ("Reversing Camera Kit for Car 12V Night Vision", None),
    ("Car Backup Camera Waterproof 170 Degree", None),
    ("Universal Car Reversing Camera with Night Vision", None),  # elec52's
    ("4.3 inch Rear View Mirror Monitor for Car", None),  # elec52's
])
def test_a_reversing_camera_or_mirror_monitor_is_vehicle_electronics(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "dash_cam"
    assert result.classes["mains_lv"] is False
    assert result.classes["eee"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("Speedwav 154324 Manual Rear View Mirror", "car_interior"),
    ("Dell 24 inch LED Monitor", "monitor"),
])
def test_a_plain_mirror_and_a_desk_monitor_keep_their_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["mains_lv"] is (kind == "monitor")
    assert result.classes["eee"] is (kind == "monitor")


# --- a slot-car set named by its track length --------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Carrera GO!!! 6.3 m Lap Record! Red Bull and Ferrari F1",
     "Hobbies > Slot Cars, Race Tracks & Accessories > Slot Cars"),
    ("Carrera GO!!! 6.3 m Lap Record! Red Bull and Ferrari F1", None),
    ("Carrera GO!!! Rally Rivals 4.9m", None),
])
def test_a_slot_car_set_with_a_track_length_has_its_mains_supply(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "slot_car"
    assert _power(result) == (True, False)


@pytest.mark.parametrize("title", [
    "Carrera GO!!! Audi A5 DTM M.Ekstrom, No.3 61270",
    "Scalextric C3663 1:32 Scale Audi R8 LMS S Slot Car",
    "Carrera GO!!! Battery Operated 4.9m Race Track",
])
def test_a_single_slot_car_or_a_battery_set_is_not_mains(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is False


# --- a power tool rated in hundreds of watts is the corded model ---------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Angle Grinder 850W", "power_tool"),
    ("Bosch GWS 600 Angle Grinder 670W", "power_tool"),
    ("Heat Gun 2000W", "power_tool"),
    ("Black+Decker 710 Watt Hammer Drill", "power_tool"),
    ("Plunge Cut Circular Saw 1200W", "power_tool"),
    ("1800W Electric Lawn Mower", "garden_power_tool"),
    ("Hedge Trimmer 500 W", "garden_power_tool"),
])
def test_a_tool_rated_in_hundreds_of_watts_is_corded(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert _power(result) == (True, False)


@pytest.mark.parametrize(("title", "power"), [
    ("Makita 18V Cordless Angle Grinder 500W", (False, True)),
    ("Cordless Leaf Blower 300W Brushless", (False, True)),
    ("Rechargeable Grass Trimmer 300W", (False, True)),
    ("Petrol Lawn Mower 2200W 139cc", (False, False)),
    ("Bosch PSB 500 RE Hammer Drill", (False, False)),
])
def test_a_cordless_petrol_or_unrated_tool_keeps_its_reading(classify, title, power):
    assert _power(classify(title)) == power
