"""Chinese category paths and titles, the long tail (zh37, issue 9).

Shopify's zh-CN electronics tree (el-) and its kitchen-appliance shelf (hg-11-7), read whole beside the English by
id, name kinds the Chinese words did not: a battery named by its device (平板电脑电池 read the tablet), a carrying
case or protective cover (耳机便携包 read the headphones, 掌机保护罩 the console), amateur and marine radios, a
charging dock, a PC case, knife sharpeners (read as an appliance on the kitchen-appliance shelf). Each word is a
general one a seller writes in a title too; the longer words that hold a short one keep their own kind (包邮 is
"free shipping": 手机包邮 is no phone pouch; a SIM ejector pin is no SIM card; a PC power cord is no power supply;
焖烧锅 is a passive pot, 电焖烧锅 a cooker; a door seal is a part, not the freezer it fits).
"""

from __future__ import annotations

import pytest

# Shopify-style zh-CN category paths and keyword-run titles written for these tests, not copied from a catalog.


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("电子产品 > 电子配件 > 供电设备 > 蓄电池 > 平板电脑电池", "battery_pack"),
        ("电子产品 > 电子配件 > 供电设备 > 蓄电池 > 笔记本电脑电池", "battery_pack"),
        ("电子产品 > 音频 > 音频配件 > 头戴式耳机配件 > 耳机便携包", "device_case"),
        ("电子产品 > 电子游戏机配件 > 掌机配件 > 掌机保护罩", "device_case"),
        ("电子产品 > 通讯 > 通讯无线电设备 > 业余无线电设备", "radio_transceiver"),
        ("电子产品 > 通讯 > 电话 > 卫星电话", "radio_transceiver"),
        ("电子产品 > 通讯 > 电话 > 手机和智能手机配件 > 手机预付卡/SIM卡 > SIM 卡", "gift_card"),
        ("电子产品 > 通讯 > 电话 > 手机和智能手机配件 > 手机更换部件", "phone_spare_part"),
        ("家居与园艺 > 厨房/餐厅 > 厨房电器 > 磨刀器 > 磨刀石", "hand_tool"),
        ("家居与园艺 > 厨房/餐厅 > 厨房电器 > 食物烹调用具 > 焖烧锅", "cookware"),
        ("家居与园艺 > 厨房/餐厅 > 厨房电器 > 冷柜", "refrigerator"),
        ("家居与园艺 > 厨房/餐厅 > 厨房电器 > 食物处理机", "blender"),
    ],
)
def test_a_chinese_shopify_leaf_reads_its_kind(classify, category, expected):
    assert classify("", category=category).product_type == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("华为 笔记本电脑电池 原装", "battery_pack"),
        ("索尼 摄像机电池 NP-FV70", "battery_pack"),
        ("蓝牙耳机 便携包 收纳", "device_case"),
        ("PS5 游戏机 保护罩 防尘", "device_case"),
        ("业余无线电 手台 双段", "radio_transceiver"),
        ("车载 调频发射器 蓝牙", "fm_transmitter"),
        ("先科 DVD录像机 硬盘", "disc_player"),
        ("索尼 cd播放器 复古", "disc_player"),
        ("熊猫 收录放音机 老式 磁带", "boombox"),
        ("Switch 充电底座", "charging_station"),
        ("三合一 无线充电座 苹果", "wireless_charger"),
        ("投影屏 100寸 抗光", "projector_screen"),
        ("爱普生 打印机色带 LQ630K", "ink_cartridge"),
        ("罗德 麦克风架 落地", "stand"),
        ("长城 台式机电源 500W", "pc_power_supply"),
        ("索尼 耳机罩 替换", "spare_part"),
        ("美的 饭煲 3L", "cooker"),
        ("电焖烧锅 家用 4L", "cooker"),
        ("海尔 冷柜 家用 小型", "refrigerator"),
        ("儿童 棉花糖机 家用", "toaster"),
        ("食品加工机 多功能", "blender"),
        ("汽油 除雪机 家用", "garden_power_tool"),
        ("吹吸叶机 无线", "garden_power_tool"),
        ("微型 耕耘机 松土机", "garden_power_tool"),
        ("LED 地埋灯 户外 防水", "light_fixture"),
        ("泳池灯 12V", "light_fixture"),
        ("皮带轮 铝合金", "spare_part"),
    ],
)
def test_a_chinese_title_reads_its_kind(classify, title, expected):
    assert classify(title).product_type == expected


def test_classes_follow_the_kind_not_the_device_it_fits(classify):
    battery = classify("ipad 平板电脑电池 更换")
    assert battery.classes["battery"] and not battery.classes["radio"]
    pouch = classify("蓝牙耳机 便携包 收纳")
    assert not pouch.classes["radio"] and not pouch.classes["eee"]
    radio = classify("船用无线电 甚高频")
    assert radio.classes["radio"]
    sharpener = classify("", category="家居与园艺 > 厨房/餐厅 > 厨房电器 > 磨刀器 > 手动磨刀器")
    assert not sharpener.classes["eee"]
    electric = classify("", category="家居与园艺 > 厨房/餐厅 > 厨房电器 > 磨刀器 > 电动磨刀器")
    assert electric.classes["eee"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a device that names the battery it has is the device
        ("平板电脑 10寸 大电池 长续航", "tablet"),
        ("笔记本电脑 电池续航12小时", "laptop"),
        # 包邮 (free shipping) after 便携, 收纳 or 手机 names no pouch
        ("迷你风扇 便携包邮", "fan"),
        ("任天堂 游戏机包邮", "game_console"),
        # a phone title that says it takes SIM cards is the phone; the tray and the ejector pin are parts
        ("手机 双卡双待 sim卡", "smartphone"),
        ("5G 手机 支持双sim卡", "smartphone"),
        ("iPhone 15 sim卡托 卡槽", "phone_spare_part"),
        ("华为手机 卡托 sim卡针", "phone_spare_part"),
        # a PC power cord or a laptop's adapter is not the PSU
        ("电脑电源线 品字尾", "power_cord"),
        ("联想 笔记本电脑电源适配器 65W", "power_adapter"),
        # a bare 录像机 is also a CCTV recorder or a dash cam
        ("行车记录仪 录像机", "dash_cam"),
        # a bare 色带 sits in 彩色带 (a colour light strip)
        ("七彩色带灯 led灯带", "led_strip"),
        # a mattress protector keeps its own kind; a toy cotton-candy set is a toy
        ("床垫保护罩 防水", "mattress_protector"),
        ("棉花糖机玩具 过家家", "playset"),
        # a door seal or seal ring is a part, not the appliance it fits
        ("冷柜门封条", "spare_part"),
        ("电饭煲密封圈", "spare_part"),
        # 落地灯 and 营地灯 hold 地灯; a waist belt is still a belt
        ("落地灯 客厅 北欧", "lamp"),
        ("营地灯 露营 充电", "lantern"),
        ("真皮 皮带 男士", "clothing_accessory"),
    ],
)
def test_a_chinese_look_alike_keeps_its_own_kind(classify, title, expected):
    assert classify(title).product_type == expected


@pytest.mark.parametrize(
    "title",
    [
        "移动联通 sim卡 流量卡",  # a SIM card is a shelf word only, not a title word
        "宠物 修剪机 电动",  # a bare 修剪机 is also a pet or hair clipper: no garden word
    ],
)
def test_a_chinese_title_with_no_kind_establishes_none(classify, title):
    assert not classify(title).established


def test_a_sim_card_shelf_is_no_ejector_pin(classify):
    pin = classify("", category="电子产品 > 通讯 > 电话 > 手机和智能手机配件 > SIM 卡弹出工具")
    assert pin.product_type != "gift_card"
