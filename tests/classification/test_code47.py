"""Branch code47 (issue 9): known faults of the reader fixed as patterns, and one piece of code made data.

1. The console accessories' words before a platform (`platform_title`) are a `console_accessory` flag on the modifier
   groups, not ids in code: the loader refuses a flag where the platform is not read, and the classifier a vocabulary
   without the platform's group.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import classifier, platform_title
from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary


def test_the_console_accessories_are_flagged_in_the_vocabulary() -> None:
    vocab = load_vocabulary(classifier.DEFAULT_TYPES)
    flagged = {mod.id for mod in vocab.modifiers.values() if mod.console_accessory}
    assert {"console_accessory_word", "radio_link", "wireless_link", "battery_powered", "charger_in_box",
            "collector_line"} <= flagged
    assert platform_title.PLATFORM_MODIFIER not in flagged
    assert all("title" in vocab.modifiers[mod_id].read_in for mod_id in flagged)


@pytest.mark.parametrize(("title", "kind"), [("Bluetooth Controller PS4", None), ("Charger - Nintendo DS", None),
                                             ("Thumb Grips - PlayStation 4", None),
                                             ("Watch Dogs - PlayStation 4", "video_game"),
                                             ("Sony - PlayStation 4 (500GB)", "game_console")])
def test_an_accessory_word_before_the_platform_reads_no_game(classify, title, kind):
    result = classify(title)
    if kind is None:
        assert result.product_type not in ("video_game", "game_console"), result.basis["product_type"]
    else:
        assert result.product_type == kind, result.basis["product_type"]


def _without(tmp_path, text: str, old: str, new: str):
    path = tmp_path / "product_types.yaml"
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_loader_refuses_a_console_accessory_not_read_in_the_title(tmp_path) -> None:
    text = classifier.DEFAULT_TYPES.read_text(encoding="utf-8")
    old = "    read_in: [title]\n    console_accessory: true"
    path = _without(tmp_path, text, old, "    read_in: [category]\n    console_accessory: true")
    with pytest.raises(VocabularyError, match="console_accessory"):
        load_vocabulary(path)


def test_a_vocabulary_without_the_platform_group_is_refused(tmp_path) -> None:
    text = classifier.DEFAULT_TYPES.read_text(encoding="utf-8")
    path = _without(tmp_path, text, "  - id: video_game_platform\n", "  - id: video_game_platform_renamed\n")
    with pytest.raises(VocabularyError, match="video_game_platform"):
        classifier.Classifier(load_vocabulary(path))


# 2. 智能 ("smart") alone is no radio: Chinese sellers say it of anything with a chip. It names the app model only of
#    kinds sold both plain and connected; the kinds that are radio are radio by their type.
@pytest.mark.parametrize(("title", "kind"), [
    ("智能电饭煲 家用 4L 预约", "cooker"),
    ("智能台灯 护眼 LED 学生", "lamp"),
    ("智能充电器 18650 锂电池 通用", "mains_charger"),
    ("智能电热水壶 保温 1.7L", "kettle"),
    ("智能空气净化器 家用 除甲醛", "air_purifier"),
    ("智能感应垃圾桶 自动 家用", "sensor_bin"),
    ("智能电动牙刷 声波 成人", "electric_toothbrush"),
    ("智能血压计 家用 语音播报", "blood_pressure_monitor"),
    ("智能门锁 指纹 密码 家用", "smart_lock"),
    ("智能鼠标 语音输入 打字", "computer_mouse"),
])
def test_smart_alone_is_no_radio_in_chinese(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["radio"], result.basis["radio"]
    assert result.classes["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("智能手表 运动 心率 防水", "smartwatch"),
    ("智能手环 心率 血氧", "fitness_tracker"),
    ("智能音箱 语音助手", "smart_speaker"),
    ("智能插座 定时 家用", "smart_plug"),
    ("智能体脂秤 家用 精准", "bathroom_scale"),
    ("智能猫砂盆 全自动 除臭", "automatic_litter_box"),
    ("智能投影仪 家用 1080P", "projector"),
    ("暖气片智能温控阀 家用 定时", "radiator_thermostat"),
    ("小米 智能家居设备 套装", "smart_home_device"),
])
def test_the_smart_kinds_and_smart_models_stay_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", ["智能台灯 APP控制 护眼", "智能空气净化器 WiFi 家用", "智能电饭煲 手机远程控制"])
def test_a_smart_product_that_names_its_link_is_radio(classify, title):
    result = classify(title)
    assert result.classes["radio"], result.basis["radio"]


@pytest.mark.parametrize("title", ["Smart Plug WiFi Outlet", "Smart Light Bulb E27 Alexa"])
def test_english_smart_is_unchanged(classify, title):
    assert classify(title).classes["radio"]


@pytest.mark.parametrize("title", ["智能马桶盖 即热式 家用", "智能马桶 一体式 自动冲水", "智能坐便器 即热式"])
def test_a_smart_toilet_seat_is_a_mains_appliance(classify, title):
    result = classify(title)
    assert result.product_type == "home_appliance_misc", result.basis["product_type"]
    assert result.classes["mains_lv"] and result.classes["eee"] and not result.classes["radio"]


@pytest.mark.parametrize("title", ["马桶盖 加厚 通用 U型", "马桶盖板 缓降 家用"])
def test_a_plain_toilet_seat_stays_passive(classify, title):
    result = classify(title)
    assert result.product_type == "plumbing_fixture", result.basis["product_type"]
    assert not result.classes["eee"]


# 3. A part word right after a mains machine's name is the part (`reading.parts_after_machine`); a lead-acid battery's
#    rating in ampere-hours is a specification; a heat sink is a passive part, not a kitchen sink.
@pytest.mark.parametrize(("title", "kind"), [
    ("Dishwasher Wheels", "spare_part"),
    ("Dishwasher Wheels 8 Pack", "spare_part"),
    ("Fridge Door Seal Universal", "spare_part"),
    ("Refrigerator Castors Set of 4", "spare_part"),
    ("Blender Nozzle Replacement", "spare_part"),
    ("Washing Machine Agitator", "spare_part"),
    ("Hair Dryer Nozzle Concentrator", "spare_part"),
    ("TV Legs for 32-65 inch", "spare_part"),
    ("洗碗机轮子 替换 通用", "spare_part"),
    ("冰箱门封 密封条 通用", "spare_part"),
    ("Washing Machine Motor", "electrical_part"),
    ("Fridge Sensor NTC", "electrical_part"),
    ("Kettle Element 3kW", "electrical_part"),
    ("Fan Motor 220V", "electrical_part"),
    ("洗衣机电机 通用 滚筒", "electrical_part"),
    ("冰箱加热管 除霜", "electrical_part"),
])
def test_a_part_word_after_a_machine_is_the_part(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert not result.classes["mains_lv"] and not result.classes["radio"], result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Dishwasher 60cm Freestanding 12 Place Settings", "dishwasher"),
    ("Kettle 1.7L Cordless Stainless Steel", "kettle"),
    ("Vacuum Cleaner Bagless 2L", "vacuum_cleaner"),
    ("Electric Toothbrush Handle Rechargeable", "electric_toothbrush"),
    ("Hair Dryer Brush One Step Volumiser", "hair_dryer"),
    ("Light Switch 1 Gang 2 Way", "electrical_fitting"),
    ("洗衣机 全自动 10公斤 滚筒", "washing_machine"),
    ("过热保护器 电机 自动复位", "thermostat_switch"),
])
def test_the_machine_stays_where_no_part_word_follows(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Hot Wheels Monster Trucks 1:64", "Iron Man Action Figure 6 inch"])
def test_the_part_words_alone_name_nothing(classify, title):
    result = classify(title)
    assert result.product_type not in ("spare_part", "electrical_part"), result.basis["product_type"]


@pytest.mark.parametrize("title", ["UPS Battery 12V 7Ah", "12V 7Ah UPS Battery", "Battery 12V 100Ah",
                                   "Inverter Battery 150Ah", "MAK Battery - MK BT-Note", "Wireless Mouse Battery"])
def test_a_battery_with_its_rating_is_a_battery_not_eee(classify, title):
    result = classify(title)
    assert result.product_type in ("battery_cell", "battery_pack", "vehicle_battery"), result.basis["product_type"]
    assert result.classes["battery"] and not result.classes["eee"], result.basis["eee"]
    assert not result.classes["mains_lv"] and not result.classes["radio"]


@pytest.mark.parametrize("title", ["APC Back-UPS 600VA Battery Backup", "UPS 650VA 12V 7Ah Battery Backup"])
def test_a_ups_stays_a_ups(classify, title):
    result = classify(title)
    assert result.product_type == "ups" and result.classes["mains_lv"], result.basis["product_type"]


@pytest.mark.parametrize(("title", "category"), [
    ("Aluminum Heat Sink M03", None),
    ("Aluminum Heat Sink M03", "Hobbies > Remote Controlled Devices > Parts & Accessories"),
    ("CPU Heat Sink Aluminium 40mm", None),
    ("Raspberry Pi 4 Heatsink Set Copper", None),
])
def test_a_heat_sink_is_a_passive_part(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "spare_part", result.basis["product_type"]
    assert not any(result.classes[name] for name in ("eee", "mains_lv", "radio", "battery"))


def test_a_kitchen_sink_stays_a_sink(classify):
    assert classify("Kitchen Sink Stainless Steel Undermount").product_type == "plumbing_fixture"


@pytest.mark.parametrize(("old", "new", "problem"), [
    ("    spare_part:\n      en: [wheel,", "    spare_part:\n      en: [filter, wheel,", "type's synonym"),
    ("    spare_part:\n      en: [wheel,", "    spare_part:\n      en: [door seal, wheel,", "not one word"),
    ("  parts_after_machine:\n    spare_part:",
     "  parts_after_machine:\n    kettle:\n      en: [spout]\n    spare_part:", "no machine_part type"),
])
def test_the_loader_checks_the_part_words(tmp_path, old, new, problem) -> None:
    text = classifier.DEFAULT_TYPES.read_text(encoding="utf-8")
    with pytest.raises(VocabularyError, match=problem):
        load_vocabulary(_without(tmp_path, text, old, new))
