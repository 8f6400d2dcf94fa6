"""Chinese titles: no word boundaries, head-final noun phrases, Chinese modifiers and "适用于" targets."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("新款蓝牙音箱 大音量 户外便携", "portable_speaker"),
        ("适用苹果15手机壳 磁吸透明", "device_case"),
        ("手机壳适用于华为Mate60 防摔", "device_case"),
        ("女童连衣裙 夏季 公主裙", "dress"),
        ("充电宝 20000毫安 快充", "power_bank"),
        ("电热水壶 1.7L 不锈钢 家用", "kettle"),
        ("儿童遥控车 越野 充电", "rc_vehicle"),
        ("无线蓝牙耳机 入耳式 降噪", "headphones"),
        ("智能手表 运动 心率 防水", "smartwatch"),
        ("可爱小熊毛绒玩具 30cm", "plush"),
        ("1000片拼图 成人 风景", "puzzle"),
        ("纯棉T恤 男士 短袖", "t_shirt"),
        ("陶瓷马克杯 咖啡杯 350ml", "mug"),
    ],
)
def test_chinese_titles(classify, title, expected):
    assert classify(title).product_type == expected


def test_chinese_modifiers(classify):
    speaker = classify("蓝牙音箱")
    assert speaker.classes["radio"] and speaker.classes["battery"]
    dress = classify("女童连衣裙")
    assert dress.classes["children_12_under"] and dress.classes["textile"] and not dress.classes["toy"]
    car = classify("儿童遥控车 越野 充电")
    assert car.classes["toy"] and car.classes["radio"] and car.classes["battery"]
    puzzle = classify("1000片拼图 成人 风景")
    assert not puzzle.classes["toy"]


def test_mixed_script_title(classify):
    result = classify("Acme蓝牙speaker 5.3 户外")
    assert result.product_type in ("speaker", "portable_speaker")
    assert result.classes["radio"]


def test_chinese_target_is_not_the_product(classify):
    # the phone only names what the case fits
    result = classify("适用于iPhone 15的手机壳")
    assert result.product_type == "device_case"
    assert not result.classes["radio"]
