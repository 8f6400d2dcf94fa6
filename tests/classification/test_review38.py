"""Review of the stop-38 round (review38, issue 9): look-alikes the merged changes misread, each with its fix.

(1) A vehicle's shelf yields to the title's own kind (shelf38), but a real vehicle's title that names only its make
and model and then what comes *with* it ("Toyota Hilux Double Cab with Tonneau Cover", "... mit Regal") read the
accessory: a "with" part names the vehicle's equipment, and the shelf stands. (2) Google's Stun Guns & Tasers entry
forced EEE and a battery on a holster filed there: a fill now. (3) The Camera Lenses shelf's autofocus EEE reached a
lens cap named with its lens and a mount adapter ring. (4) zhtree38's Chinese words inside longer words or with a
second sense: a glass nail file (磨甲器), a reed diffuser (藤条扩香器), a fountain nozzle and a cold-spark fountain
(喷泉), a garden lantern (花园灯笼), a circular saw's guide rail (圆锯导轨). Each with a look-alike that must not move.
"""

from __future__ import annotations

import pytest

from tests.classification.test_shelf38 import AIRCRAFT, CARS, MOTOR_BOATS, RVS, _off  # the vehicle shelves

STUN_GUNS = "Mature > Weapons > Stun Guns & Tasers"
LENSES = "Cameras & Optics > Camera & Optic Accessories > Camera & Video Camera Lenses > Camera Lenses"


# --- 1. a vehicle sold with its equipment ---------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Toyota Hilux Double Cab with Tonneau Cover", CARS, "road_vehicle"),
    ("Nissan Leaf 40 kWh with Charging Cable", CARS, "road_vehicle"),
    ("Mercedes Vito Kastenwagen mit Regal", CARS, "road_vehicle"),
    ("Airstream Caravan with Solar and Sewer Hose", RVS, "powered_vehicle"),
    ("Hymer Motorhome with Awning and Bike Rack", RVS, "powered_vehicle"),
    ("Cessna 150 with Headset and Flight Bag", AIRCRAFT, "aircraft"),
])
def test_a_vehicle_titled_with_its_equipment_keeps_the_shelf(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind
    assert result.classes["battery"] and result.classes["eee"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Truck Bed Tonneau Cover Soft Roll Up", CARS, "case_generic"),
    ("RV Sewer Hose Kit 20 ft", RVS, "vehicle_part"),
    ("Boat Anchor 15 lb Galvanized", MOTOR_BOATS, "vehicle_part"),
    ("Pilot Flight Bag with Headset Pocket", AIRCRAFT, "bag"),
])
def test_an_accessory_named_before_with_still_reads_as_itself(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind
    assert _off(result, "battery", "radio", "eee")


# --- 2. a stun gun's holster ----------------------------------------------------------------------------------------

def test_a_holster_on_the_stun_gun_shelf_is_no_stun_gun(classify):
    result = classify("Stun Gun Holster Nylon", category=STUN_GUNS)
    assert result.product_type == "case_generic"
    assert _off(result, "eee", "battery")


def test_a_stun_gun_on_its_shelf_keeps_eee_and_battery(classify):
    result = classify("Stun Gun Rechargeable Heavy Duty", category=STUN_GUNS)
    assert result.classes["eee"] and result.classes["battery"]


# --- 3. passive lens accessories on the Camera Lenses shelf --------------------------------------------------------

@pytest.mark.parametrize("title", ["Camera Lens Cap 58mm", "M42 to Sony E Lens Adapter"])
def test_a_lens_cap_or_mount_adapter_takes_no_autofocus_eee(classify, title):
    result = classify(title, category=LENSES)
    assert result.product_type == "camera_accessory"
    assert _off(result, "eee")


def test_a_lens_on_the_lens_shelf_keeps_eee(classify):
    result = classify("Canon EF 50mm f/1.8 STM Lens", category=LENSES)
    assert result.product_type == "camera_lens"
    assert result.classes["eee"]


# --- 4. Chinese words with a second sense ---------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "not_kind"), [
    ("玻璃磨甲器 指甲锉", "beauty_device"),
    ("藤条扩香器 家用 卧室", "humidifier"),
    ("无火香薰扩香器", "humidifier"),
    ("喷泉喷头 黄铜 水景", "water_fountain"),
    ("冷焰火喷泉 婚礼舞台", "water_fountain"),
    ("花园灯笼 装饰 纸", "light_fixture"),
    ("庭院灯笼 中式 装饰", "light_fixture"),
    ("圆锯导轨 铝合金", "power_tool"),
])
def test_a_passive_look_alike_of_a_chinese_word_is_not_the_machine(classify, title, not_kind):
    result = classify(title)
    assert result.product_type != not_kind
    assert _off(result, "mains_lv", "eee", "electronic")


@pytest.mark.parametrize(("title", "kind"), [
    ("藤条扩香器 家用 卧室", "home_fragrance"),
    ("无火香薰扩香器", "home_fragrance"),
])
def test_a_reed_diffuser_is_home_fragrance(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize(("title", "kind"), [
    ("电动磨甲器 美甲", "beauty_device"),
    ("花园灯 户外 防水", "light_fixture"),
    ("电圆锯 家用 7寸", "power_tool"),
])
def test_the_powered_kind_keeps_its_word(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["eee"]


def test_a_garden_fountain_keeps_its_word(classify):
    assert classify("庭院喷泉 流水摆件").product_type == "water_fountain"
