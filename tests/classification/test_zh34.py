"""Chinese words for the long tail of product kinds (zh34, issue 9).

Chinese titles and category trees name kinds the `zh:` lists did not hold
(冷风扇, 洗地机, 电锤, 草坪灯, 学步车...), so the path or title established no type.
Han text has no spaces, so every added word is also checked against the longer
words that contain it or that it sits in: 散热风扇 is a computer part, not a fan;
交流发电机 an alternator, not a generator; 手机包 a bag, not a phone;
儿童平衡车 a balance bike, not a self-balancing scooter.
"""

from __future__ import annotations

import pytest

# Marketplace-style titles (keyword runs) and category paths written for these tests, not copied from a catalog.


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("浴霸 卫生间 led照明 取暖 换气一体 集成吊顶", "heater"),
        ("壁扇 挂墙式 家用 静音 大风力 餐厅 工业", "fan"),
        ("循环扇 空气循环扇 家用 台式 涡轮 对流", "fan"),
        ("家用除湿器 小型 卧室 吸湿 静音", "dehumidifier"),
        ("无线洗地机 吸拖洗一体 家用 自清洁", "vacuum_cleaner"),
        ("电饼铛 家用 双面加热 加深加大 煎烤机", "cooker"),
        ("冰淇淋机 家用 小型 全自动 自制 雪糕机", "cooker"),
        ("养生壶 全自动 加厚玻璃 多功能 办公室", "kettle"),
        ("软水机 全屋 中央 家用 除水垢", "water_purifier"),
        ("筋膜枪 肌肉放松 按摩仪 迷你 便携 健身", "massage_gun"),  # battery44: a kind of massager
        ("洗脸仪 硅胶 电动 洁面 毛孔清洁 充电式", "beauty_device"),
        ("风速计 手持 数字 风速仪 测风仪 高精度", "multimeter"),
        ("烟雾探测器 家用 消防 独立式 火灾 感烟 报警", "smoke_alarm"),  # lumped42: a kind of alarm
        ("灭蝇灯 餐厅 商用 饭店 灭蚊 粘捕式 壁挂", "pest_control"),
        ("led灯管 t8 一体化 日光灯 超亮 节能", "light_bulb"),
        ("太阳能路灯 户外 庭院灯 新农村 超亮 家用", "light_fixture"),
        ("植物生长灯 全光谱 led 多肉 补光 室内", "lamp"),
        ("雷达探测器 测速 一体机 行车", "gps_device"),
        ("监控摄像机 室外 防水 4g 夜视 全彩", "security_camera"),
        ("扩音器 小蜜蜂 教师专用 讲课 无线 腰挂", "amplifier"),
        ("复印机 a3 激光 黑白 商用 办公 大型", "printer"),
        ("扫码枪 有线 无线 超市 收银 二维码 扫描器", "barcode_scanner"),  # kf65: the USB-powered kind
        ("赛车方向盘 游戏方向盘 电脑 模拟驾驶", "game_controller"),
        ("链锯 伐木锯 汽油 油锯 大功率", "garden_power_tool"),
        ("钢琴 立式 家用 初学 考级 专业", "musical_instrument"),
        ("遥控坦克 儿童 玩具 可发射 水弹 男孩", "rc_vehicle"),
        ("泡泡枪 儿童 电动 全自动 加特林 网红", "electronic_toy"),
        ("滑步车 儿童平衡车 无脚踏 2-6岁 宝宝", "ride_on"),
        ("婴儿学步车 防o型腿 多功能 防侧翻 可折叠", "infant_walker"),
        ("温奶器 恒温 婴儿 奶瓶保温器 便携 热奶", "baby_appliance"),
        ("婴儿床围 防撞 纯棉 透气 宝宝 软包", "baby_bedding"),
        ("围兜 婴儿 防水 硅胶 吃饭 饭兜", "baby_garment"),
        ("托腹带 孕妇 专用 孕中期 晚期 护腰", "underwear"),  # zhtextile41: as English textile41 (maternity band)
        ("冲锋衣 男女 三合一 可拆卸 防风 防水 户外", "jacket"),
        ("隐形眼镜 日抛 近视 30片 透明", "health_care"),
        ("雪橇 儿童 滑雪板 加厚 草地 沙地", "sports_equipment"),
        ("帆布袋 女 单肩 大容量 学生", "handbag"),
    ],
)
def test_new_chinese_kinds(classify, title, expected):
    assert classify(title).product_type == expected


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        ("家用电器 > 生活电器 > 冷风扇", "air_conditioner"),  # 冷风扇 holds 风扇: the longer word wins
        ("个护健康 > 美容仪器 > 洗脸仪", "beauty_device"),
        ("母婴 > 婴童用品 > 学步车", "infant_walker"),  # a baby walker, not a ride-on toy
        ("照明灯饰 > 户外照明 > 草坪灯", "light_fixture"),
        ("汽车用品 > 车载电器 > 倒车摄像头", "dash_cam"),
        ("乐器 > 电子乐器 > 电子鼓", "musical_instrument"),
        ("家装建材 > 电工电料 > 插座", "electrical_fitting"),
        ("厨房电器 > 电饼铛", "cooker"),
        ("个人护理 > 宠物美容 > 理毛器", "shaver"),
        ("母婴 > 喂养用品 > 温奶器", "baby_appliance"),
        ("服饰内衣 > 孕妇装 > 托腹带", "underwear"),  # zhtextile41: as English textile41
        ("医疗保健 > 隐形眼镜 > 美瞳", "health_care"),
        ("家居与园艺 > 照明设备 > 灯具", "lamp"),
        ("电子产品 > 雷达探测器", "gps_device"),
    ],
)
def test_new_chinese_kinds_in_category_paths(classify, category, expected):
    assert classify("", category=category).product_type == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("手机包 斜挎 女 迷你 零钱", "device_case"),  # holds 手机: a bag for a phone
        ("电脑散热风扇 12cm 静音 机箱风扇 rgb", "computer_component"),  # holds 风扇
        ("汽车散热器风扇 电子扇 总成 适用于大众", "vehicle_part"),
        ("交流发电机 汽车 12v 总成 改装", "vehicle_part"),  # holds 发电机
        ("空调过滤网 通用 防尘网 可裁剪", "spare_part"),  # holds 空调 and 滤网 (a kitchen strainer)
        ("吸尘器 集尘袋 通用 一次性", "spare_part"),
        ("游戏机卡带 sfc 卡带 中文版", "video_game"),  # holds 游戏机
        ("蓝牙耳机线 替换 维修", "av_cable"),  # holds 耳机
        ("地板抛光机 商用 家用 打蜡机", "home_appliance_misc"),  # holds 抛光机 (a power tool)
        ("信号放大器 wifi 家用 穿墙", "wifi_extender"),  # holds 放大器 (an amplifier)
        ("鱼缸过滤器 三合一 静音 内置", "garden_pump"),  # holds 过滤器 (a part)
        ("电动平衡车 儿童 成人 两轮 体感车", "e_scooter"),  # 儿童平衡车 is a balance bike, this is not
        ("儿童钢琴 木质 8键 宝宝", "toy_instrument"),  # holds 钢琴
        ("电视柜 钢琴烤漆 白色 简约 客厅", "furniture"),
        ("手电钻 锂电 家用 充电式", "power_tool"),  # holds 手电
    ],
)
def test_longer_words_keep_their_own_kind(classify, title, expected):
    assert classify(title).product_type == expected


@pytest.mark.parametrize(
    ("title", "not_kind"),
    [
        ("儿童安全套装 防撞角 防夹手 抽屉锁", "health_care"),  # 安全套装 (a safety set) holds 安全套
        ("电池盒 3节5号 diy", "battery_cell"),  # a battery box holds 电池
        ("摇篮曲 八音盒 木质 生日礼物", "baby_gear"),  # a lullaby holds 摇篮
        ("哈士奇 雪橇犬 毛绒公仔", "sports_equipment"),  # a sled dog holds 雪橇
        ("钢琴烤漆 鞋柜 玄关", "musical_instrument"),
    ],
)
def test_near_misses_do_not_name_the_short_word_kind(classify, title, not_kind):
    assert classify(title).product_type != not_kind


def test_classes_follow_the_new_kinds(classify):
    bath_heater = classify("浴霸 卫生间 取暖 换气 照明 三合一")
    assert bath_heater.classes["mains_lv"] and bath_heater.classes["eee"]
    bubble_gun = classify("泡泡枪 儿童 电动 全自动")
    assert bubble_gun.classes["toy"] and bubble_gun.classes["battery"] and bubble_gun.classes["children_12_under"]
    phone_bag = classify("手机包 斜挎 女 迷你")
    assert not phone_bag.classes["radio"] and not phone_bag.classes["eee"]
    balance_bike = classify("儿童平衡车 无脚踏 宝宝 滑步车")
    assert balance_bike.classes["toy"] and not balance_bike.classes["eee"] and not balance_bike.classes["mains_lv"]
    cpu_fan = classify("cpu风扇 静音 温控 12cm")
    assert not cpu_fan.classes["mains_lv"]


def test_a_part_for_a_new_kind_is_the_part(classify):
    # "适用于" (for) names the target; the product is the part
    assert classify("适用于戴森洗地机 过滤网 配件").product_type == "spare_part"
    assert classify("滚刷 配件 适用于 追觅洗地机").product_type == "spare_part"
