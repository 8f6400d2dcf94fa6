"""Chinese product words for the Chinese paths still untyped after zhtree40 (zhwords40, issue 9).

Shopify's zh-CN paths that read no type, or another type than the English path of the same id, for want of a Chinese
noun: luggage (lb-), baby goods, personal care, diving and winter sports, disc players, game remotes. Each word is one
a seller also writes in a title; each look-alike holds the word (or a shorter one) and must keep its own reading.
"""

import pytest

LUGGAGE = "箱包"
BABY = "婴幼儿用品"
CARE = "保健/美容/卫生/护理"
HOME = "家居与园艺"
SPORT = "体育用品 > 户外休闲"
DIVING = f"{SPORT} > 划船/水上运动 > 潜水用品"
EL = "电子产品"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{LUGGAGE} > 旅行箱/包 > 随身手提箱", "luggage"),
        (f"{LUGGAGE} > 手提旅行包/运动桶包 > 健身行李袋", "luggage"),
        (f"{LUGGAGE} > 化妆箱", "luggage"),
        (f"{LUGGAGE} > 邮差包", "backpack"),
        (f"{LUGGAGE} > 购物袋", "handbag"),
        (f"{CARE} > 卫生保健 > 无障碍与移动辅助用品 > 无障碍设备 > 轮椅", "health_care"),
        (f"{CARE} > 卫生保健 > 急救 > 热疗法与冷疗法 > 冰袋", "health_care"),
        (f"{CARE} > 个人护理 > 头发护理 > 头发造型工具 > 发梳/发刷", "grooming_tool"),
        (f"{CARE} > 个人护理 > 美容镊子", "grooming_tool"),
        (f"{CARE} > 个人护理 > 剃须/美容 > 剃须刷", "manual_razor"),
        (f"{CARE} > 个人护理 > 剃须/美容 > 脱毛 > 脱毛膏", "skincare"),
        (f"{CARE} > 个人护理 > 按摩/放松 > 按摩油", "skincare"),
        (f"{HOME} > 家居用品 > 洗衣用品 > 粘毛滚", "cleaning_supplies"),
        (f"{DIVING} > 潜水/浮潜面镜", "sports_equipment"),
        (f"{DIVING} > 潜水刀/铰剪 > 潜水刀", "sports_equipment"),
        (f"{DIVING} > 浮力调整器", "sports_equipment"),
        (f"{DIVING} > 呼吸调节器", "sports_equipment"),
        (f"{SPORT} > 划船/水上运动 > 游泳用品 > 游泳手蹼/训练手蹼", "sports_equipment"),
        ("艺术与娱乐 > 聚会/庆典 > 聚会用品", "party_decoration"),
    ],
)
def test_passive_kinds_by_their_chinese_noun(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind
    assert not result.classes.get("eee")


@pytest.mark.parametrize(
    ("path", "kind", "textile"),
    [
        (f"{CARE} > 个人护理 > 按摩/放松 > 眼枕", "pillow", True),
        (f"{CARE} > 个人护理 > 助眠用品 > 旅行枕", "pillow", True),
        (f"{BABY} > 哺乳与喂养 > 哺乳枕", "baby_bedding", True),
        (f"{BABY} > 如厕训练器 > 如厕训练器套装", "baby_gear", False),
        (f"{BABY} > 婴儿出行用品 > 婴幼儿汽车座椅 > 可调式汽车座椅", "baby_gear", False),
        (f"{SPORT} > 划船/水上运动 > 游泳用品 > 儿童游泳辅助用品 > 游泳板", "swim_aid", False),
    ],
)
def test_childrens_and_textile_kinds(classify, path, kind, textile):
    result = classify("", category=path)
    assert result.product_type == kind
    assert bool(result.classes.get("textile")) is textile
    if path.startswith(BABY) or "儿童" in path:
        assert result.classes.get("children_12_under")


@pytest.mark.parametrize(
    ("path", "kind", "battery"),
    [
        (f"{CARE} > 卫生保健 > 光疗灯", "lamp", False),
        (f"{HOME} > 照明设备 > 应急照明", "emergency_light", True),
        (f"{HOME} > 泳池/水疗 > 桑拿用品 > 桑拿炉", "home_appliance_misc", False),
        (f"{CARE} > 个人护理 > 剃须/美容 > 脱毛 > 脱毛蜡加热器", "home_appliance_misc", False),
        (f"{HOME} > 装饰 > 居家香氛用品 > 香味扩散器 > 超声波扩散器", "humidifier", False),
        (f"{EL} > 视频 > 视频播放与录制设备 > DVD 和蓝光播放器", "disc_player", False),
        (f"{EL} > 电子配件 > 供电设备 > 电源站", "power_station", True),
    ],
)
def test_mains_kinds(classify, path, kind, battery):
    result = classify("", category=path)
    assert result.product_type == kind
    assert result.classes.get("mains_lv") and result.classes.get("eee")
    assert bool(result.classes.get("battery")) is battery


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{SPORT} > 冬季运动与活动 > 雪崩安全用品 > 雪崩探测仪", "radio_transceiver"),
        (f"{EL} > 航海电子设备 > 航海用无线电", "radio_transceiver"),
        (f"{EL} > 电子配件 > 计算机组件 > 输入设备 > 游戏手柄 > 游戏遥控器", "game_controller"),
    ],
)
def test_radio_kinds(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind
    assert result.classes.get("radio")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("旅行箱 20寸 万向轮 登机", "luggage"),
        ("儿童汽车座椅 isofix 0-12岁", "baby_gear"),
        ("潜水面镜 防雾 钢化", "sports_equipment"),
        ("粘毛器 可撕式 滚筒", "cleaning_supplies"),
        ("八音盒 天空之城 木质 手摇", "home_decor"),
        ("雪崩搜救仪 数字 457khz", "radio_transceiver"),
        ("蓝光播放器 4k 家用", "disc_player"),
    ],
)
def test_titles_read_the_same_words(classify, title, kind):
    assert classify(title).product_type == kind


# --- a ball word before 鞋/袜/服/裤 names the sport, not the product --------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("篮球鞋 男 高帮 防滑", "shoes"),
        ("足球鞋 碎钉 儿童", "shoes"),
        ("乒乓球鞋 专业 训练", "shoes"),
        ("球鞋 白色 百搭", "shoes"),
        ("芭蕾舞鞋 女童 软底", "shoes"),
        ("篮球袜 中筒 加厚", "socks"),
        ("足球服 套装 定制", "uniform_workwear"),
        ("篮球裤 宽松 速干", "shorts"),
    ],
)
def test_sports_wear_is_textile_not_a_ball(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes.get("textile")


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("体育用品 > 田径 > 篮球用品 > 篮球鞋", "shoes"),
        ("体育用品 > 田径 > 舞蹈 > 舞鞋", "shoes"),
        ("体育用品 > 田径 > 棒球/垒球用品 > 棒球球棒", "sports_equipment"),
        ("体育用品 > 田径 > 篮球用品 > 篮球框铁环", "sports_equipment"),
    ],
)
def test_athletics_paths(classify, path, kind):
    assert classify("", category=path).product_type == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("篮球 7号 室外 耐磨", "sports_ball"),  # the ball itself stays a ball
        ("足球 5号 儿童", "sports_ball"),
        ("球鞋清洗剂 小白鞋", "cleaning_supplies"),  # a sneaker cleaner is the cleaner
        ("球鞋收纳盒 透明", "storage_organisation"),
    ],
)
def test_balls_and_shoe_care_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


# --- look-alikes: the word, or a shorter one, inside another product's name -------------------------------------


@pytest.mark.parametrize(
    ("title", "not_kind"),
    [
        ("汽车座椅套 四季通用 全包围", "baby_gear"),  # an adult car's seat cover: 汽车座椅 alone is not a child seat
        ("汽车座椅 真皮 按摩", "baby_gear"),
        ("电动轮椅 折叠 锂电池", "health_care"),  # the powered chair keeps its own kind (and its EEE)
        ("直发刷 陶瓷 卷直两用", "grooming_tool"),  # the heated styler's longer word wins over 发刷
        ("电视遥控器 万能", "game_controller"),  # a TV remote is no game remote
        ("车库门遥控器 433", "game_controller"),
        ("mp3播放器 蓝牙 学生", "disc_player"),  # a bare 播放器 is not a disc player
        ("无火香薰扩香器 藤条", "humidifier"),  # a reed diffuser stays passive
    ],
)
def test_look_alike_titles_keep_their_kind(classify, title, not_kind):
    assert classify(title).product_type != not_kind


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{BABY} > 婴幼儿出行用品配件 > 婴幼儿汽车座椅配件 > 汽车座椅套", "furnishing_cover"),
        ("玩具/游戏 > 玩具 > 音乐玩具 > 音乐盒", "toy"),
        ("艺术与娱乐 > 聚会/庆典 > 聚会用品 > 噪音发生器/聚会鼓风机", "party_favour"),
        ("动物/宠物用品 > 宠物用品 > 鱼类和水族用品 > 水族馆气泡石/空气扩散器 > 空气扩散器", "pet_supplies"),
    ],
)
def test_look_alike_paths_keep_their_kind(classify, path, kind):
    assert classify("", category=path).product_type == kind


def test_a_bare_fragrance_diffuser_shelf_stays_open(classify):
    """香味扩散器 names reed diffusers as well as electric ones: the shelf alone decides no kind."""
    assert not classify("", category=f"{HOME} > 装饰 > 居家香氛用品 > 香味扩散器").established


def test_an_electric_wheelchair_keeps_eee(classify):
    assert classify("电动轮椅 折叠 锂电池").classes.get("eee")
