"""Shopify's zh-CN paths of the branches read in English at stops 41-42, read through the same entries (zh42, issue 9).

Table entries that name a Shopify id now carry its zh-CN path, and Google entries whose path Shopify holds word for
word name that id and path too, so a Chinese path reads as its English twin: a glue gun, a ping-pong robot, a vending
machine, a sprinkler controller and a cash register take the mains, an electronic tuner its cell, a medical alarm
system its base station. Chinese product words: 全站仪, 测距器, 测光表 and 曝光表 are battery instruments, 收银机 a
cash register and 实物投影仪 a document camera (office electronics, not a projector), 电力机车 and 内燃机车 a model
shop's locomotives, 手工玩具 a DIY toy kit, 医疗报警系统 a medical alarm; 编织分线器 is a knitter's yarn splitter
(no USB hub) and 高尔夫推车 a golf trolley (no stroller). Each has a neighbour that keeps its reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

CRAFT_TOOLS = "艺术与娱乐 > 爱好/艺术创作 > 手工艺品 > 手工艺工具"
INSTRUMENT_ACC = "艺术与娱乐 > 爱好/艺术创作 > 乐器与管弦乐队配件"
PING_PONG = "体育用品 > 室内游戏 > 乒乓球用品"
FOOD_SERVICE = "商业/工业 > 餐饮服务"
SPRINKLERS = "家居与园艺 > 草坪与花园 > 灌溉设备"
TILLS = "商业/工业 > 零售业 > 货币处理 > 收银机与POS终端"
TRAINS = "艺术与娱乐 > 爱好/艺术创作 > 模型制作 > 模型火车与火车套装"


# --- Chinese paths through the table entries -----------------------------------------------------------------


@pytest.mark.parametrize("category", [f"{CRAFT_TOOLS} > 喷胶枪", f"{CRAFT_TOOLS} > 手工艺测量/制作工具 > 木烙画工具",
                                      f"{CRAFT_TOOLS} > 手工艺切割/雕刻工具 > 热雕工具"])
def test_chinese_craft_heat_tools_take_the_mains(classify, category):
    result = classify("", category=category)
    assert result.product_type == "power_tool", result.basis
    assert classes_of(result, "mains_lv", "eee") == (True, True), result.basis


def test_chinese_crochet_hooks_stay_hand_tools(classify):
    result = classify("", category=f"{CRAFT_TOOLS} > 针/钩 > 钩针")
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize("category", [f"{PING_PONG} > 乒乓球发球机", f"{FOOD_SERVICE} > 自动售货机 > 饮料自动售货机",
                                      f"{FOOD_SERVICE} > 热狗机/烤肠机", f"{SPRINKLERS} > 洒水装置配件 > 洒水装置控件",
                                      f"{TILLS} > 收银机"])
def test_chinese_machines_on_their_entries_take_the_mains(classify, category):
    result = classify("", category=category)
    assert classes_of(result, "mains_lv", "eee") == (True, True), result.basis


@pytest.mark.parametrize("category", [f"{PING_PONG} > 乒乓球拍", f"{FOOD_SERVICE} > 一次性餐具 > 一次性杯子",
                                      f"{SPRINKLERS} > 洒水装置/洒水装置喷头 > 洒水装置喷头"])
def test_chinese_passive_neighbours_stay_passive(classify, category):
    result = classify("", category=category)
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis


def test_chinese_electronic_tuner_has_its_cell(classify):
    result = classify("", category=f"{INSTRUMENT_ACC} > 电子调音器")
    assert result.product_type == "electronic_tuner", result.basis
    assert classes_of(result, "eee", "battery") == (True, True), result.basis


def test_chinese_metronome_shelf_keeps_no_cell(classify):
    result = classify("", category=f"{INSTRUMENT_ACC} > 节拍器")
    assert not any(classes_of(result, "battery")), result.basis


def test_chinese_medical_alarm_system_has_its_base_station(classify):
    result = classify("", category="保健/美容/卫生/护理 > 卫生保健 > 医疗报警系统")
    assert result.product_type == "medical_alarm", result.basis
    assert classes_of(result, "radio", "mains_lv", "battery") == (True, True, True), result.basis


# --- Chinese product words ----------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["全站仪 免棱镜 测量仪器", "激光测距器 100米", "数码测光表 摄影", "胶片相机 曝光表"])
def test_chinese_battery_instruments(classify, title):
    result = classify(title)
    assert result.product_type == "multimeter", result.basis
    assert classes_of(result, "eee", "battery") == (True, True), result.basis


def test_chinese_rangefinder_case_is_no_instrument(classify):
    result = classify("测距仪包 收纳")
    assert result.product_type != "multimeter", result.basis


def test_chinese_cash_register_is_office_electronics(classify):
    result = classify("超市收银机 一体机")
    assert result.product_type == "office_electronics", result.basis
    assert classes_of(result, "eee", "toy") == (True, False), result.basis


@pytest.mark.parametrize("title", ["儿童收银机 过家家", "玩具收银机 仿真扫码"])
def test_chinese_childrens_till_stays_a_toy(classify, title):
    result = classify(title)
    assert classes_of(result, "toy", "children_12_under") == (True, True), result.basis


def test_chinese_document_camera_is_no_mains_projector(classify):
    result = classify("实物投影仪 高拍仪 教学")
    assert result.product_type == "office_electronics", result.basis
    assert not any(classes_of(result, "mains_lv")), result.basis


def test_chinese_projector_stays_a_mains_projector(classify):
    result = classify("家用投影仪 1080P")
    assert result.product_type == "projector", result.basis
    assert classes_of(result, "mains_lv") == (True,), result.basis


@pytest.mark.parametrize("leaf", ["电力机车", "内燃机车", "蒸汽机车"])
def test_chinese_model_locomotives_have_their_motor(classify, leaf):
    result = classify("", category=f"{TRAINS} > {leaf}")
    assert result.product_type == "model_locomotive", result.basis
    assert classes_of(result, "eee") == (True,), result.basis


def test_chinese_model_train_shelf_stays_the_railway(classify):
    result = classify("", category=TRAINS)
    assert result.product_type == "model_railway", result.basis


def test_chinese_diy_toy_kit_is_a_craft_kit(classify):
    result = classify("", category="艺术与娱乐 > 爱好/艺术创作 > 手工艺品 > 手工艺品套装 > 手工玩具套装")
    assert result.product_type == "craft_kit", result.basis
    assert classes_of(result, "toy", "children_12_under") == (True, True), result.basis


def test_chinese_craft_supplies_are_no_toy(classify):
    result = classify("", category="艺术与娱乐 > 爱好/艺术创作 > 手工艺品 > 手工艺材料 > 纺织品")
    assert not any(classes_of(result, "toy")), result.basis


def test_chinese_medical_alarm_title(classify):
    result = classify("老人医疗报警器 一键呼叫")
    assert result.product_type == "medical_alarm", result.basis


def test_chinese_gas_alarm_is_no_medical_alarm(classify):
    result = classify("燃气报警器 家用")
    assert result.product_type != "medical_alarm", result.basis


def test_chinese_yarn_splitter_is_no_usb_hub(classify):
    result = classify("", category=f"{CRAFT_TOOLS} > 线/纱线工具 > 编织分线器/导纱器/带线器")
    assert result.product_type == "sewing_supplies", result.basis
    assert not any(classes_of(result, "eee")), result.basis


def test_chinese_usb_splitter_stays_a_usb_hub(classify):
    result = classify("USB分线器 一拖四 高速")
    assert result.product_type == "usb_hub", result.basis


@pytest.mark.parametrize("title,category", [("高尔夫推车 折叠 三轮", ""),
                                            ("", "体育用品 > 户外休闲 > 高尔夫用品 > 高尔夫球包配件 > 高尔夫球包推车")])
def test_chinese_golf_trolley_is_no_stroller(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "baby_gear", result.basis
    assert not any(classes_of(result, "children_12_under")), result.basis


def test_chinese_baby_stroller_stays_baby_gear(classify):
    result = classify("婴儿推车 轻便折叠")
    assert result.product_type == "baby_gear", result.basis
    assert classes_of(result, "children_12_under") == (True,), result.basis
