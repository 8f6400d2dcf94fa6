"""Chinese category paths and titles, stop 41 (zh41, issue 9).

Three word faults of Chinese titles (a count of antennas read a TV antenna, 负离子 on a hair brush read an ioniser,
an e-scooter's parts read the scooter), words read from Shopify's zh-CN arts-and-entertainment branch (ae-), and
the nine table entries that now carry their zh-CN path. Each case has a look-alike that must keep its reading.
"""

import pytest

AE = "艺术与娱乐 > 爱好/艺术创作"
CRAFT = f"{AE} > 手工艺品"
PARTY = "艺术与娱乐 > 聚会/庆典"


# --- a count of antennas is a feature of the product the title names ---------------------------------------------
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("TP-LINK 千兆无线路由器 三天线 家用穿墙王", "router"),
        ("小米路由器4A 千兆版 双频 三天线 WiFi", "router"),
        ("华为路由器 AX3 四天线 wifi6", "router"),
        ("TP-LINK 双频千兆路由器 六天线 穿墙", "router"),
        ("对讲机 双天线 大功率 户外", "walkie_talkie"),
    ],
)
def test_antenna_count_is_a_feature(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["radio"]


@pytest.mark.parametrize("title", ["电视天线 室外 高清数字天线", "室内电视天线 高清 接收"])
def test_an_antenna_sold_alone_stays_an_antenna(classify, title):
    assert classify(title).product_type == "tv_antenna"


# --- 负离子 (negative ions) is a feature; the ioniser names its device noun -----------------------------------------
@pytest.mark.parametrize(
    "title",
    ["气垫梳 负离子 按摩头皮", "气囊梳 大板梳 负离子", "负离子梳子 气囊按摩梳 防静电 女士长发", "负离子发梳 顺发梳"],
)
def test_ionic_hair_brush_is_a_passive_brush(classify, title):
    result = classify(title)
    assert result.product_type == "grooming_tool"
    assert not result.classes["eee"]
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize(
    "title",
    ["负离子发生器 家用 除烟", "负离子净化器 卧室", "便携负离子机 挂脖", "负离子空气净化器 家用 除甲醛"],
)
def test_the_ioniser_itself_stays_an_air_purifier(classify, title):
    result = classify(title)
    assert result.product_type == "air_purifier"
    assert result.classes["eee"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("负离子吹风机 家用大功率", "hair_dryer"), ("电动负离子梳 直发梳 充电款", "hair_styler")],
)
def test_electric_ionic_hair_tools_keep_their_eee(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["eee"]


# --- an e-scooter's parts read the part, not the scooter ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("电动滑板车部件", "vehicle_part"),
        ("电动滑板车刹车线 小米M365", "vehicle_part"),
        ("电动滑板车内胎 8.5寸", "bike_accessory"),
        ("山地车刹车线 套装", "vehicle_part"),
    ],
)
def test_scooter_parts_read_the_part(classify, text, kind):
    result = classify(text)
    assert result.product_type == kind
    assert not result.classes["battery"]
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize("path", ["电动滑板车部件", "运动户外 > 电动滑板车部件"])
def test_scooter_parts_shelf_reads_parts(classify, path):
    result = classify("", category=path)
    assert result.product_type == "vehicle_part"
    assert not result.classes["battery"]


@pytest.mark.parametrize("title", ["电动滑板车 成人 折叠 代步", "电动滑板车 10寸 长续航"])
def test_the_scooter_itself_keeps_its_battery(classify, title):
    result = classify(title)
    assert result.product_type == "e_scooter"
    assert result.classes["battery"]


def test_vehicle_parts_shelves_stay_vehicle_parts(classify):
    # a bare 部件 would have turned Shopify's engine- and suspension-parts shelves into spare parts
    path = "交通工具/汽车/飞机/船舶 > 交通工具零配件 > 机动车零部件 > 汽车发动机部件 > 曲轴"
    assert classify("", category=path).product_type == "vehicle_part"


# --- words read from the arts-and-entertainment branch --------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{CRAFT} > 手工艺工具 > 纺织机 > 机械织布机 > 台式机械织布机", "tool"),
        (f"{CRAFT} > 手工艺工具 > 针/钩 > 缝纫机针", "sewing_supplies"),
        (f"{CRAFT} > 手工艺工具配件 > 缝纫机压脚", "spare_part"),
        (f"{CRAFT} > 手工艺工具配件 > 缝纫机盒/罩", "spare_part"),
        (f"{CRAFT} > 手工艺材料 > 装饰品与辅料 > 亮片/闪光片 > 闪粉", "home_decor"),
        (f"{PARTY} > 礼品赠送 > 礼品包装 > 礼品标签", "invitation"),
    ],
)
def test_passive_craft_and_gift_leaves(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind
    assert not result.classes["eee"]
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("台式机 i5 办公电脑 主机", "desktop_computer"), ("家用缝纫机 多功能 电动", "sewing_machine")],
)
def test_the_machines_themselves_keep_their_reading(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["mains_lv"]


@pytest.mark.parametrize(
    "text",
    [
        f"{PARTY} > 舞台视觉设备 > 迪斯科球灯",
        f"{PARTY} > 舞台视觉设备 > 舞台照明灯/舞台效果灯架",
        "舞台照明灯 LED 帕灯 婚庆",
        "LED 灯箱 广告 发光字",
    ],
)
def test_stage_lights_and_light_boxes(classify, text):
    result = classify("", category=text) if " > " in text else classify(text)
    assert result.product_type == "neon_sign"
    assert result.classes["eee"]


@pytest.mark.parametrize("title", ["灯箱布 户外 广告 喷绘", "手工 亮片 闪光片 DIY 材料"])
def test_materials_are_not_lights(classify, title):
    result = classify(title)
    assert result.product_type != "neon_sign"
    assert not result.classes["eee"]


def test_flashing_still_powers_a_party_novelty(classify):
    result = classify("LED 闪光 发箍 派对")
    assert result.classes["eee"]
    assert result.classes["battery"]


def test_magic_props_are_a_toy(classify):
    result = classify("", category=f"{AE} > 魔术道具")
    assert result.product_type == "educational_toy"
    assert result.classes["toy"]


# --- the nine table entries that now carry their zh-CN path ----------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{AE} > 乐器与管弦乐队配件 > 弦乐器配件 > 吉他配件 > 吉他踏板", "spare_part"),
        ("保健/美容/卫生/护理 > 卫生保健 > 生物体征监测器 > 生育和排卵期检测工具 > 排卵试纸", "health_care"),
        ("保健/美容/卫生/护理 > 个人护理 > 头发护理 > 头发造型工具配件 > 鸭嘴夹/卷发用抓夹发夹", "hair_accessory"),
        ("家居与园艺 > 装饰 > 鸟类/野生动物喂食器配件 > 防松鼠罩", "garden_supplies"),
        ("家居与园艺 > 植物 > 种子、球茎及配件 > 球根植物/花卉 > 植物球茎", "garden_supplies"),
        ("媒体 > 播客/直播 > 广播节目", "music_media"),
        ("办公用品 > 一般办公用品 > 纸制品 > 打印/复印纸", "office_supplies"),
    ],
)
def test_table_entries_read_their_chinese_path(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind
    assert not result.classes["radio"]
    assert "rules/" in result.basis["product_type"]
