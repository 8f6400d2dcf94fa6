"""Review of stop 41's second round (review41b, issue 9): bothways41, zhtextile41, mains41, shopify41, open41's shelves.

Look-alikes the new words and entries caught or missed: a 'hearing aid compatible' phone read a hearing aid
(radio open); hearing-aid batteries, domes and a blood-pressure cuff read the device; a flash trigger on the Camera
Flash Accessories shelf (passive since bothways41) read a part with no radio, and a 'hot shoe' a shoe; 毛线 alone is
yarn now, so 毛线衣 read yarn and 毛衣针 a jumper; a bare 出行垫 took a pet's travel mat for baby bedding; a sprinkler
controller read a gamepad or the sprinkler (mains41's Sprinkler Controls shelf lost to the title), a hose timer a
faucet; a bass shaker's shelf left radio open; a total station's prism pole read the instrument.
"""

from __future__ import annotations

import pytest

FLASH_ACC = "Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Flash Accessories"
SPRINKLER = "Home & Garden > Lawn & Garden > Watering & Irrigation > Sprinkler Accessories > Sprinkler Controls"
WATER_TIMERS = "Hardware > Plumbing > Water Timers"
TACTILE = "Electronics > Audio > Audio Accessories > Speaker Accessories > Tactile Transducers"
UMBRELLA_LIGHTS = ("Home & Garden > Lawn & Garden > Outdoor Living > Outdoor Umbrella & Sunshade Accessories > "
                   "Outdoor Umbrella Lights")


# -- what a title names: the type ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind"), [
    # a hearing-aid-compatible (HAC) telephone is a phone
    ("Hearing Aid Compatible Big Button Corded Phone for Seniors", None, "landline_phone"),
    ("Hearing Aid Compatible Amplified Cordless Phone with Answering Machine", None, "cordless_phone"),
    ("老人手机 助听器兼容 大字大声", None, "smartphone"),
    # a hearing aid's cells and domes, a blood-pressure cuff, an aneroid kit, a CGM overpatch
    ("助听器电池 A13 60粒", None, "button_cell_battery"),
    ("Hearing Aid Domes Open Dome 10 Pack", None, "spare_part"),
    ("Phonak Hearing Aid Wax Guards CeruShield", None, "spare_part"),
    ("血压计袖带 通用 上臂", None, "spare_part"),
    ("Aneroid Blood Pressure Cuff Kit with Stethoscope", None, "health_care"),
    ("Continuous Glucose Monitor Patches Waterproof 30 Pack", None, "health_care"),
    # a flash trigger is the flash's remote; a hot or cold shoe is its mount
    ("Godox X2T-C 2.4G Wireless Flash Trigger", FLASH_ACC, "camera_flash"),
    ("Neewer Optical Flash Trigger Hot Shoe", None, "camera_flash"),
    ("Speedlight Stand Cold Shoe Mini Base", None, "camera_accessory"),
    # 毛线 alone is yarn: a knitted jumper, socks and trousers are clothes, knitting needles a sewing tool
    ("毛线衣 男 圆领 套头", None, "sweater"),
    ("毛线袜 加厚 冬季", None, "socks"),
    ("毛线裤 高腰", None, "trousers"),
    ("毛衣针 棒针 套装 不锈钢", None, "sewing_supplies"),
    # sprinkler controllers and hose timers
    ("Rain Bird ESP-TM2 Indoor Outdoor Irrigation Controller 6 Station", None, "irrigation_controller"),
    ("Rachio 3 Smart Sprinkler Controller 8 Zone WiFi", SPRINKLER, "irrigation_controller"),
    ("Orbit Hose Faucet Timer", WATER_TIMERS, "tap_timer"),  # (s77: a tap timer is a kind of its own, on its cell)
    ("RAINPOINT Sprinkler Timer 2 Zone Programmable Hose Timer", None, "tap_timer"),
    ("Item", WATER_TIMERS, "irrigation_controller"),
    ("Umbrella Light 3 Lighting Mode Cordless", UMBRELLA_LIGHTS, "usb_light"),
    ("Patio Umbrella Light 24 LED Battery Operated", None, "usb_light"),
    ("智能插座 手机远程控制", None, "smart_plug"),
])
def test_the_look_alike_reads_what_it_is(classify, title, category, kind):
    result = classify(title, category=category) if category else classify(title)
    assert result.product_type == kind, (result.product_type, result.basis.get("product_type"))


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Bluetooth Hearing Aid Compatible with iPhone", None, "hearing_aid"),
    ("Phonak Audeo Lumity Rechargeable Hearing Aid", None, "hearing_aid"),
    ("助听器 老人专用 隐形", None, "hearing_aid"),
    ("Omron Bronze Blood Pressure Monitor Upper Arm", None, "blood_pressure_monitor"),
    ("Freestyle Libre 3 CGM Sensor 14 Day", None, "cgm_sensor"),
    ("Godox V1 Speedlight Round Head", None, "camera_flash"),
    ("Red Hot Shoes Women Heels", None, "heels"),
    ("毛线帽 女 冬季", None, "headwear"),
    ("纯羊毛毛线 手工编织 围巾线 粗毛线团", None, "craft_textile"),
    ("婴幼儿用品 > 婴幼儿出行用品配件 > 婴幼儿出行垫和护腿袋", None, "baby_bedding"),
    ("婴儿推车出行垫 凉席", None, "baby_bedding"),
    ("Lawn Sprinkler 360 Rotating", None, "garden_supplies"),
    ("Xbox Wireless Controller Carbon Black", None, "game_controller"),
    ("Leica TS07 Total Station 5 Second", None, "multimeter"),
    ("Umbrella Lighting Stand Photography Studio", None, "stand"),
    ("小米手机 5G", None, "smartphone"),
])
def test_the_kind_itself_keeps_its_reading(classify, title, category, kind):
    if title.count(" > ") >= 2:
        result = classify("Item", category=title)
    else:
        result = classify(title, category=category) if category else classify(title)
    assert result.product_type == kind, (result.product_type, result.basis.get("product_type"))


@pytest.mark.parametrize("title", ["宠物出行垫 车载 防水", "Total Station Prism Pole 2.5m with Bubble"])
def test_the_look_alike_is_not_the_kind(classify, title):
    result = classify(title)
    assert result.product_type not in {"baby_bedding", "multimeter"}, result.product_type
    assert not result.classes["eee"] and not result.classes["children_12_under"]


# -- what the classes say -------------------------------------------------------------------------------------------

def test_a_flash_trigger_on_the_flash_accessory_shelf_is_a_radio(classify):
    result = classify("Godox X2T-C 2.4G Wireless Flash Trigger", category=FLASH_ACC)
    assert result.classes["radio"] and result.classes["eee"] and result.classes["battery"]


def test_a_bare_trigger_leaves_radio_open_and_a_diffuser_on_the_shelf_stays_passive(classify):
    assert classify("Neewer Flash Trigger for Canon").open == ("radio",)
    diffuser = classify("Flash Diffuser for Speedlite Universal Bounce Card", category=FLASH_ACC)
    assert not diffuser.classes["eee"] and diffuser.open == ()


def test_a_bass_shaker_shelf_has_no_radio_but_a_bluetooth_one_says_so(classify):
    plain = classify("Item", category=TACTILE)
    assert plain.product_type == "speaker" and plain.open == () and not plain.classes["radio"]
    bluetooth = classify("Dayton Audio BST-1 Bluetooth Tactile Transducer", category=TACTILE)
    assert bluetooth.classes["radio"]


def test_an_irrigation_controller_is_electronic_and_sold_both_ways(classify):
    plain = classify("Hunter Pro-C Irrigation Controller")
    assert plain.classes["eee"] and plain.open == ("radio",)
    assert plain.basis["radio"].startswith("irrigation_controller is sold both ways"), plain.basis["radio"]
    smart = classify("Orbit B-hyve Smart Hose Faucet Timer Bluetooth")
    assert smart.classes["radio"] and smart.open == ()


def test_the_sprinkler_controls_shelf_keeps_mains41s_supply_and_leaves_radio_open(classify):
    result = classify("Item", category=SPRINKLER)
    assert result.product_type == "irrigation_controller" and result.classes["mains_lv"] and result.open == ("radio",)


def test_a_hac_phone_is_not_reviewed_as_a_hearing_aid(classify):
    result = classify("Hearing Aid Compatible Amplified Cordless Phone with Answering Machine")
    assert result.classes["radio"] and result.open == ()


def test_a_phone_remote_feature_is_the_app_not_a_phone(classify):
    result = classify("智能插座 手机远程控制")
    assert result.classes["connected"] and result.classes["mains_lv"]
