"""Taobao's run-on titles (tb62, read from the Taobao rows; issue 9).

A child word names what a machine is used for ("婴儿辅食料理机", a blender for baby food), "X神器" is a gadget for X,
"非机械表" is a quartz watch, "射频" on a beauty device is skin heating, a memory size list is no 4G modem, and
filter cartridges, period products, car chargers' leads and home KTV machines have names of their own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("破壁机豆浆机家用小型多功能加热免过滤养生婴儿辅食料理机", "消费电子 > 破壁机", "blender"),
    ("折叠洗衣机便携式迷你懒人洗袜子婴儿内衣裤专用神器宿舍小型", "大家电 > 洗衣机", "washing_machine"),
])
def test_a_machine_for_a_babys_food_or_clothes_is_no_childs_product(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_childs_toy_still_says_so(classify):
    result = classify("儿童话筒唱歌音响一体麦克风宝宝唱歌音乐玩具小女孩")
    assert result.classes["toy"] is True, result.basis["toy"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


def test_a_gadget_for_socks_is_no_pair_of_socks(classify):
    result = classify("索爱折叠洗衣机便携式可脱水迷你家用小型宿舍内衣袜子神器")
    assert result.product_type == "washing_machine", result.basis["product_type"]
    assert result.classes["textile"] is False, result.basis["textile"]


def test_a_watch_that_is_not_mechanical_is_quartz(classify):
    result = classify("2022新款男士手表运动石英防水时尚非机械表")
    assert result.classes["battery"] is True, result.basis["battery"]
    assert classify("瑞士自动机械表男士手表").classes["battery"] is False


def test_rf_skin_heating_is_no_radio_and_an_rf_remote_is(classify):
    beauty = classify("家用美容仪器脸部提拉紧致法令纹射频", category="消费电子 > 美容仪")
    assert beauty.classes["radio"] is False, beauty.basis["radio"]
    remote = classify("射频遥控器 433 无线遥控开关")
    assert remote.classes["radio"] is True, remote.basis["radio"]


def test_a_list_of_memory_sizes_is_no_modem(classify):
    result = classify("三星 DDR3 4G8G16G32G 1333 1600 服务器内存条", category="消费电子 > 内存")
    assert result.classes["radio"] is False, result.basis["radio"]
    phone = classify("华为 畅享 4G 全网通 智能手机")
    assert phone.classes["radio"] is True, phone.basis["radio"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("家用反渗透净水器RO膜滤芯1812-75g通用芯", "消费电子 > 净水器", "filter_cartridge"),
    ("苏菲安心裤型卫生巾夜用纯棉超薄夜安裤拉拉裤姨妈巾", "美妆洗护 > 裤型卫生巾", "feminine_hygiene"),
    ("高洁丝夜安裤内裤型卫生巾L码3条", None, "feminine_hygiene"),
])
def test_consumables_with_no_circuit_and_no_audience(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]
    assert result.classes["textile"] is False, result.basis["textile"]


def test_a_car_chargers_lead_is_no_mains_charger(classify):
    result = classify("适用飞利浦剃须刀S2302车载USB充电器线", category="消费电子 > 剃须刀")
    assert result.product_type == "vehicle_charger", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_home_ktv_machine_plugs_in(classify):
    result = classify("家庭ktv点唱机一体设备触摸屏")
    assert result.product_type == "karaoke_machine", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
