"""Chinese category trees and the generic shelves (zh35, issue 9).

Chinese marketplaces file goods under shelves that name no kind: JD's "家用电器 > 生活电器", "厨房小电",
"个护健康", Tmall's "童装/婴儿装/亲子装" and "女装/女士精品". A product on such a shelf whose leaf is new
established no type. The shelf says what it can: an appliance shelf says electrical (mains or battery, it does not
say which: the shelf-only type `appliance`), a large-appliance shelf says mains, a children's-wear shelf children's
clothing. Category hints only count in category paths, so 小家电 in a title names nothing; and each added word is
checked against the longer words that hold it (电器 in 电器配件 or 电器收纳 is no appliance; 酒 in 酒红色 no wine).
"""

from __future__ import annotations

import pytest

# Taobao/JD-style category paths and keyword-run titles written for these tests, not copied from a catalog.


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("家用电器 > 小家电 > 新奇特小家电", "appliance"),
        ("家用电器 > 生活电器 > 其它生活电器", "appliance"),
        ("家用电器 > 厨房小电 > 其它厨房电器", "appliance"),
        ("家用电器 > 个护健康 > 其它个护", "appliance"),
        ("家电 > 清洁电器 > 新品", "appliance"),
        ("生活电器 > 环境电器 > 其它", "appliance"),
        ("家用电器/小家电 > 季节电器", "appliance"),
        ("家用电器 > 厨卫大电 > 其它厨卫", "home_appliance_misc"),
        ("大家电 > 新品推荐", "home_appliance_misc"),
        ("家装建材 > 灯饰照明 > 其它", "lamp"),
        ("家装主材 > 电工电料 > 其它", "electrical_fitting"),
        ("宠物生活 > 宠物电器 > 其它", "pet_electronics"),
        ("电脑办公 > 办公设备 > 其它", "office_electronics"),
        ("健康 > 健康监测 > 其它", "health_monitor"),
        ("玩具乐器 > 新品上市", "toy"),
        ("玩具 > 儿童乐器 > 其它", "toy_instrument"),
        ("玩具 > 毛绒布艺 > 其它", "plush"),
        ("男装 > 新品", "clothing"),
        ("女装/女士精品 > 其它", "clothing"),
        ("母婴 > 婴童服饰 > 其它", "kids_clothing"),
    ],
)
def test_a_chinese_shelf_names_what_it_can(classify, category, expected):
    assert classify("", category=category).product_type == expected


def test_an_appliance_shelf_says_electrical_and_leaves_the_power_source_open(classify):
    shelf = classify("", category="家用电器 > 生活电器 > 其它生活电器")
    assert shelf.classes["eee"] and not shelf.classes["textile"] and not shelf.classes["toy"]
    assert "mains" not in shelf.basis["mains_lv"] or not shelf.classes["mains_lv"]
    large = classify("", category="家用电器 > 厨卫大电 > 其它厨卫")
    assert large.classes["mains_lv"] and large.classes["eee"]


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("家用电器 > 个护健康 > 剃须刀", "shaver"),
        ("家用电器 > 生活电器 > 电风扇", "fan"),
        ("家用电器 > 厨房小电 > 电饭煲", "cooker"),
        ("家用电器 > 厨卫大电 > 燃气灶", "fuel_heater_stove"),  # a gas hob is no mains appliance
        ("家用电器 > 冰箱 > 酒柜", "refrigerator"),  # 酒 (wine) inside 酒柜 names no food
        ("家装建材 > 灯饰照明 > 吸顶灯", "light_fixture"),
        ("玩具乐器 > 儿童乐器 > 其它", "toy_instrument"),
    ],
)
def test_a_leaf_naming_a_kind_refines_the_shelf(classify, category, expected):
    assert classify("", category=category).product_type == expected


def test_a_title_naming_a_kind_refines_an_appliance_shelf(classify):
    kettle = classify("养生壶 全自动 加厚玻璃 多功能", category="家用电器 > 厨房小电 > 其它厨房电器")
    assert kettle.product_type == "kettle" and kettle.classes["mains_lv"]


@pytest.mark.parametrize(
    ("category", "not_kind"),
    [
        ("家电配件 > 其它", "appliance"),
        ("小家电 > 电器配件", "appliance"),
        ("家居日用 > 收纳整理 > 电器收纳盒", "appliance"),
        ("家居清洁 > 家电清洗剂", "appliance"),
        ("家装主材 > 电器插座", "appliance"),
        ("家居日用 > 防尘罩 > 家电防尘罩", "appliance"),
        ("居家 > 小家电收纳", "appliance"),
        ("生活服务 > 家电维修", "appliance"),
        ("玩具乐器 > 其它", "musical_instrument"),
        ("乐器玩具 > 其它", "musical_instrument"),
        ("乐器 > 管弦乐器配件 > 管弦乐器弓盒", "musical_instrument"),  # a bow case: no bare 乐器 hint
    ],
)
def test_longer_shelf_words_keep_their_own_kind(classify, category, not_kind):
    assert classify("", category=category).product_type != not_kind


def test_appliance_words_inside_other_shelves_make_nothing_electrical(classify):
    assert not classify("", category="家居日用 > 收纳整理 > 电器收纳盒").classes["eee"]
    assert not classify("", category="家居 > 电器收纳").classes["eee"]
    assert not classify("", category="家居清洁 > 家电清洗剂").classes["eee"]


@pytest.mark.parametrize(
    "title",
    ["小家电 防尘罩 布艺 盖巾", "家用电器收纳盒 防尘 大号", "厨房小电 收纳架 置物架"],
)
def test_shelf_words_in_a_title_name_no_appliance(classify, title):
    result = classify(title)
    assert result.product_type != "appliance" and not result.classes["eee"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("冲牙机 家用 便携式 正畸专用", "electric_toothbrush"),
        ("热风刷 卷直两用 吹风梳", "hair_styler"),
        ("宠物剪毛器 狗狗 剃毛", "shaver"),
        ("塑封机 a4 家用 小型 过塑", "laminator"),  # wm62: a kind of office_electronics
        ("考勤机 指纹 人脸识别 打卡机", "office_electronics"),
        ("电子词典 英汉 学生", "electronic_translator"),  # battery44: a kind of office_electronics
        ("翻页笔 ppt 激光 无线 演示器", "wireless_presenter"),  # battery44: a kind of its own
        ("电动订书机 自动 办公", "office_electronics"),
        ("电动削笔刀 自动 学生", "office_electronics"),
        ("热封机 手压式 塑料袋 封口", "vacuum_sealer"),
        ("夹书灯 充电 护眼 阅读", "book_light"),
        ("竖笛 8孔 高音 初学", "musical_instrument"),
        ("陶笛 12孔 中音c调", "musical_instrument"),
        ("葫芦丝 c调 降b调 初学", "musical_instrument"),
        ("口风琴 37键 吹管", "musical_instrument"),
        ("激光灯 舞台 ktv 酒吧 声控", "neon_sign"),
        ("烟雾机 舞台 婚庆 900w", "home_appliance_misc"),
        ("婴儿看护器 宝宝 哭声提醒 双向对讲", "baby_monitor"),
        ("宝宝监控器 高清 夜视", "baby_monitor"),
        ("插座保护塞 儿童 防触电 安全", "baby_gear"),
        ("婴儿湿巾加热器 恒温 保湿", "baby_appliance"),
        ("喂鱼器 鱼缸 自动 定时", "pet_electronics"),
        ("止吠项圈 大型犬 自动", "pet_electronics"),
        ("水族灯 鱼缸 led 照明", "pet_electronics"),
        ("定位项圈 狗狗 gps 防丢", "gps_tracker"),
        ("继电器 12v 5脚", "electrical_fitting"),
        ("稳压器 家用 220v 全自动", "voltage_converter"),
        ("报警系统 家用 防盗 无线", "alarm"),
        ("亲子装 一家三口 夏装", "clothing"),
        ("电炖锅 陶瓷 全自动", "cooker"),
        ("面条机 家用 全自动 压面机", "cooker"),
        ("足疗机 按摩 脚底", "foot_spa"),  # s70e: the massager's child on the mains
        ("油烟机 侧吸式 家用", "home_appliance_misc"),
        ("集成灶 蒸烤一体", "home_appliance_misc"),
        ("取暖电器 家用 节能", "heater"),
        ("燃气灶 嵌入式 家用 天然气 双灶", "fuel_heater_stove"),
        ("婴儿装 新生儿 纯棉", "baby_garment"),
    ],
)
def test_new_chinese_kinds(classify, title, expected):
    assert classify(title).product_type == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("继电器模块 5v 单片机", "electronics_kit"),  # holds 继电器 (a relay)
        ("订书机 办公 重型", "office_supplies"),  # 电动订书机 is the electric one
        ("宠物 项圈 牛皮", "pet_supplies"),  # 定位项圈 / 止吠项圈 are electronic
        ("连衣裙 酒红色 显瘦", "dress"),  # 酒 (wine) inside 酒红 (wine red)
        ("毛衣 女 酒红", "sweater"),
        ("红酒 干红 750ml", "food"),
    ],
)
def test_longer_words_keep_their_own_kind(classify, title, expected):
    assert classify(title).product_type == expected


@pytest.mark.parametrize(
    ("title", "machine"),
    [
        ("空调防尘罩 挂机 防水", "air_conditioner"),
        ("洗衣机防尘罩 滚筒 防晒", "washing_machine"),
        ("电脑键盘防尘罩 硅胶", "computer_keyboard"),
    ],
)
def test_a_dust_cover_is_not_the_machine_it_covers(classify, title, machine):
    cover = classify(title)
    assert cover.product_type == "case_generic" and cover.product_type != machine and not cover.classes["eee"]


def test_near_misses_keep_their_classes(classify):
    assert classify("连衣裙 酒红色 显瘦").classes["textile"]
    socket_plug = classify("插座保护塞 儿童 防触电 安全")
    assert not socket_plug.classes["mains_lv"] and not socket_plug.classes["eee"]
    assert classify("定位项圈 狗狗 gps 防丢").classes["radio"]
    assert classify("宝宝监控器 高清 夜视").classes["children_12_under"] is False
    assert classify("", category="酒柜 > 其它").product_type != "food"
    assert classify("", category="酒店用品 > 其它").product_type != "food"


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("童装/婴儿装/亲子装", "童装 , 婴儿装 , 亲子装"),
        ("女装 / 女士精品", "女装 , 女士精品"),
        ("1/18 合金车模", "1∶18 合金车模"),
        ("蓝牙/wifi", "蓝牙 / wifi"),
    ],
)
def test_a_slash_between_chinese_words_lists_alternatives(text, normalised):
    from crossguard.engine.classification.normalise import normalise

    assert normalise(text) == normalised


def test_a_chinese_alternative_before_a_slash_ends_its_phrase(classify):
    # 童装 is both a type and an audience word: it names the product only at the end of its phrase
    assert classify("", category="童装/婴童 > 其它").product_type == "kids_clothing"
    tmall = classify("", category="童装/婴儿装/亲子装 > 其它")  # Tmall's top category: children's and baby wear
    assert tmall.classes["children_12_under"] and tmall.classes["textile"]
    assert classify("", category="Kids Toys/Baby > New").product_type == "toy"  # English unchanged
