"""Chinese product words beyond electronics, and Chinese shop words in titles (zh39, issue 9).

Shopify's zh-CN tree read for pet supplies (ap-), apparel (aa-), vehicle parts (vp-1), sporting goods (sg-2..4) and
musical-instrument accessories (ae-2-7), beside the English reading of the same ids: the Chinese words a seller also
writes in a title, the look-alikes that hid them (皮带 a waist belt in 正时皮带, 大衣 a coat in 大衣箱, 键盘 a computer
keyboard in 电子琴键盘, 手柄 a gamepad in 泡沫轴手柄), and the shop words (包邮, 新款, 正品...) that end a noun phrase.
"""

import pytest

from crossguard.engine.classification.normalise import normalise

PETS = "动物/宠物用品 > 宠物用品"
VEHICLES = "交通工具/汽车/飞机/船舶 > 交通工具零配件"
PARTS = f"{VEHICLES} > 机动车零部件"
SPORT = "体育用品"
MUSIC = "艺术与娱乐 > 爱好/艺术创作 > 乐器与管弦乐队配件"


# --- shop words in titles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("手机包邮 全网通 6.7寸", "smartphone"),  # 包邮 made a phone pouch (手机包) and hid the phone
        ("小米手机包邮 正品", "smartphone"),  # zh37 listed it as reading no kind
        ("平板电脑包邮 10寸 安卓", "tablet"),  # ... and a laptop bag (电脑包)
        ("童装新款 女童 春秋", "kids_clothing"),  # 童装 names the product only at the end of its phrase
        ("童装批发 男童 夏装", "kids_clothing"),
        ("2024新款女装连衣裙 碎花", "dress"),
        ("充电宝正品 20000毫安", "power_bank"),
        ("蓝牙耳机热卖 入耳式", "headphones"),
    ],
)
def test_shop_words_leave_the_noun_its_kind(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("电脑包包邮 15.6寸 双肩", "backpack"),  # a bag sold post-free stays a bag
        ("手机包 斜挎 女", "device_case"),  # no shop word: the phone pouch
        ("新款手机壳 硅胶 防摔", "device_case"),
    ],
)
def test_bags_stay_bags(classify, title, kind):
    assert classify(title).product_type == kind


def test_shop_words_normalise_to_a_phrase_break():
    assert normalise("手机包邮") == "手机"
    assert normalise("电脑包包邮") == "电脑包"
    assert normalise("2024新款女装连衣裙") == "2024 , 女装连衣裙"
    assert normalise("Dress New Arrival 2024") == "dress new arrival 2024"  # Latin text is untouched


# --- pet supplies -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{PETS} > 猫用品 > 猫砂 > 猫砂盆衬垫", "pet_supplies"),  # no type before: 宠物用品 is the shelf's hint
        (f"{PETS} > 鱼类和水族用品 > 水族箱/鱼缸", "pet_supplies"),
        (f"{PETS} > 宠物颈圈/胸背带 > GPS 项圈", "gps_tracker"),
        (f"{PETS} > 宠物限制工具 > 电子隐形围栏", "pet_electronics"),
        (f"{PETS} > 鱼类和水族用品 > 水族箱照明", "pet_electronics"),
    ],
)
def test_pet_paths(classify, path, kind):
    assert classify("", category=path).product_type == kind


@pytest.mark.parametrize(
    "path",
    [
        f"{PETS} > 鸟类用品 > 鸟用玩具 > 咀嚼玩具",  # read a children's toy
        f"{PETS} > 狗狗用品 > 狗尿布垫/衬垫",  # read a baby's nappy
        f"{PETS} > 宠物床 > 宠物婴儿床",  # read a baby cot
    ],
)
def test_pet_goods_are_not_childrens_goods(classify, path):
    result = classify("", category=path)
    assert result.classes.get("toy") is not True
    assert result.classes.get("children_12_under") is not True


@pytest.mark.parametrize(
    ("title", "kind", "children"),
    [
        ("鹦鹉玩具 啃咬 磨嘴", "pet_toy", False),
        ("狗尿布 公狗 生理裤", "pet_supplies", False),
        ("gps项圈 宠物 防丢", "gps_tracker", False),
        ("儿童 小鸟玩具", "toy", True),  # a toy bird for a child stays a child's toy
        ("婴儿尿布 新生儿", "baby_care", True),
    ],
)
def test_pet_titles(classify, title, kind, children):
    result = classify(title)
    assert result.product_type == kind
    assert bool(result.classes.get("children_12_under")) is children


# --- vehicle parts ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("leaf", "kind"),
    [
        ("汽车发动机部件 > 正时皮带", "vehicle_part"),  # read a waist belt
        ("机动车车架和车身零部件 > 大衣箱/储物箱", "vehicle_part"),  # read a coat
        ("机动车电源和电气系统 > 保险丝", "vehicle_part"),  # read a mains power supply
        ("机动车冷却系统 > 散热器", "vehicle_part"),  # read a CPU cooler
        ("汽车环境调节设备 > 空调压缩机", "spare_part"),  # read a mains air conditioner
        ("汽车车轮系统 > 汽车轮辋/车轮 > 越野车/全地形车轮辋/轮圈", "vehicle_part"),  # read an ATV
        ("汽车照明系统 > 雾灯", "vehicle_lighting"),  # unchanged
    ],
)
def test_vehicle_part_paths(classify, leaf, kind):
    result = classify("", category=f"{PARTS} > {leaf}")
    assert result.product_type == kind
    assert result.classes.get("mains_lv") is not True
    assert result.classes.get("textile") is not True


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{VEHICLES} > 电动汽车 (EV) 零件和配件 > 转换套件 > 电动卡车转换套件", "spare_part"),
        (f"{VEHICLES} > 交通工具护理 > 汽车清洁 > 汽车清洗刷", "car_accessory"),
    ],
)
def test_vehicle_shelves(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind
    assert result.classes.get("toy") is not True
    assert result.product_type != "tool"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("正时皮带 套装 发动机", "vehicle_part"),
        ("汽车散热器 水箱 铝", "vehicle_part"),
        ("空调压缩机 变频 原装", "spare_part"),
        ("cpu散热器 风冷 四热管", "computer_component"),
        ("男士皮带 真皮 自动扣", "clothing_accessory"),  # a waist belt stays a belt
        ("大衣 女 冬 羊毛", "jacket"),  # a coat stays a coat
        ("空调 挂机 1.5匹 变频", "air_conditioner"),
    ],
)
def test_vehicle_and_machine_titles(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_bare_radiator_is_no_cpu_cooler(classify):
    assert classify("散热器").product_type != "computer_component"
    assert classify("暖气片散热器 家用").product_type != "computer_component"


# --- sporting goods ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{SPORT} > 室内游戏 > 台球用品 > 台球", "sports_equipment"),  # read a game (游戏) with `toy`
        (f"{SPORT} > 户外休闲 > 划船/水上运动 > 风筝冲浪 > 风筝冲浪用风筝", "sports_kite"),  # read a child's kite
        (f"{SPORT} > 户外休闲 > 划船/水上运动 > 赛艇用品 > 单人皮划艇 > 充气单人皮划艇", "sports_equipment"),
        (f"{SPORT} > 健身与一般运动器材 > 平衡训练设备 > 平衡板", "fitness_equipment"),
        (f"{SPORT} > 健身与一般运动器材 > 悬挂训练设备 > 悬挂手柄/绑带 > 悬挂手柄", "fitness_equipment"),
    ],
)
def test_sport_paths_are_no_toys(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind
    assert result.classes.get("toy") is not True


@pytest.mark.parametrize(
    "path",
    [
        "玩具/游戏 > 玩具 > 运动玩具 > 篮球玩具",
        "玩具/游戏 > 玩具 > 运动玩具 > 保龄球玩具",
        "玩具/游戏 > 玩具 > 运动玩具 > 健身玩具 > 呼拉圈",  # 健身 alone is no fitness hint
    ],
)
def test_sport_toys_stay_toys(classify, path):
    assert classify("", category=path).classes.get("toy") is True


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("甩脂机 家用 抖抖机", "fitness_machine"),
        ("台球杆 九球 小头", "sports_equipment"),
        ("游泳水袖 儿童 浮力", "swim_aid"),
        ("儿童风筝 卡通 微风好飞", "kite"),  # a child's kite stays a kite
        ("游戏手柄 蓝牙 安卓", "game_controller"),
    ],
)
def test_sport_titles(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_fitness_handle_is_no_gamepad(classify):
    assert classify("泡沫轴手柄 健身").product_type != "game_controller"


def test_mains_on_a_vibration_plate(classify):
    assert classify("甩脂机 家用 抖抖机").classes.get("mains_lv") is True


# --- musical instruments and cleaners --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("电子琴键盘 61键 初学", "musical_instrument"),  # read a computer keyboard over the 电子琴
        ("midi键盘 49键 编曲", "musical_instrument"),
        ("机械键盘 游戏 青轴", "computer_keyboard"),
        ("厨房重油污清洁剂 500ml", "cleaning_supplies"),
    ],
)
def test_instrument_and_cleaner_titles(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_face_cleanser_is_no_household_cleaner(classify):
    assert classify("眼部清洁剂 温和").product_type != "cleaning_supplies"


@pytest.mark.parametrize(
    ("leaf", "not_kind"),
    [
        ("乐器键盘配件 > 乐器键盘包/盒 > 乐器键盘硬盒", "computer_keyboard"),
        ("乐器键盘配件 > 键盘乐器架 > X 型乐器架", "computer_keyboard"),
        ("打击乐器配件 > 架子鼓/爵士鼓硬件 > 鼓踏板 > 皮带传动", "clothing_accessory"),
    ],
)
def test_instrument_paths(classify, leaf, not_kind):
    result = classify("", category=f"{MUSIC} > {leaf}")
    assert result.product_type != not_kind
    assert result.classes.get("eee") is not True


def test_model_trains_are_no_toy_trains(classify):
    result = classify("", category="艺术与娱乐 > 爱好/艺术创作 > 模型制作 > 模型火车与火车套装 > 蒸汽机车")
    # zh42: a model shop's steam locomotive reads the railway's locomotive kind, as English 'Steam Locomotives'
    assert result.product_type in ("model_railway", "model_locomotive")
    assert result.classes.get("toy") is not True
