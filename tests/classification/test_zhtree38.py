"""Chinese category paths and titles beyond electronics (zhtree38, issue 9).

Shopify's zh-CN tree read branch by branch (hardware tools, health & beauty, household appliances, lighting, toys,
baby, cycling): Chinese words for kinds the vocabulary has, and the look-alikes that hid them (显卡 in 数显卡尺,
手机 in 干手机, 床 in 铣床, 套装 as a 'set', 工具 in 交通工具, 橡皮 as 'rubber').
"""

import pytest

TOOLS = "五金/硬件 > 工具"
TOYS = "玩具/游戏 > 玩具"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("冲击起子 锂电 20V 无刷", "power_tool"),
        ("手持圆锯 电圆锯 1200W", "power_tool"),
        ("轨道式磨砂机 220V", "power_tool"),
        ("逆变焊接机 220V 家用", "power_tool"),
        ("数显卡尺 0-150mm 不锈钢", "multimeter"),
        ("激光水平仪 绿光 12线", "multimeter"),
        ("分贝仪 噪音计 数字", "multimeter"),
        ("立式铣床 小型", "bench_power_tool"),
        ("带锯床 木工", "bench_power_tool"),
        ("水泥搅拌机 家用 小型", "bench_power_tool"),
        ("圆锯片 7寸 合金", "hand_tool"),
        ("曲线锯锯片 10片装", "hand_tool"),
        ("电缆剪 棘轮", "hand_tool"),
        ("灯泡更换器 伸缩杆", "hand_tool"),
        ("喷砂机 小型 除锈", "air_tool"),
        ("劈柴机 电动 液压", "garden_power_tool"),
        ("干手机 自动感应 酒店", "home_appliance_misc"),
        ("指甲烘干机 美甲", "beauty_device"),
        ("激光脱毛仪 家用", "ipl_hair_removal"),  # s70e: the beauty device's child on the mains
        ("肌肉电刺激仪 低频", "massager"),
        ("冲牙器替换喷头 4支装", "spare_part"),
        ("电动牙刷替换刷头", "spare_part"),
        ("键盘锁 密码 防盗", "smart_lock"),
        ("运动传感器 人体感应", "smart_sensor"),
        ("地毯蒸汽机 手持", "steam_cleaner"),
        ("衣服除球器 充电", "lint_remover"),
        ("感温探测器 火灾", "smoke_alarm"),  # lumped42: a kind of alarm
        ("泳池加热器 热泵", "heater"),
        ("充气跳床 儿童 户外", "bouncy_castle"),
        ("橡皮鸭子 洗澡玩具", "educational_toy"),
        ("婴儿弹床 安抚", "baby_gear"),
        ("婴儿手推车 轻便 折叠", "baby_gear"),
        ("宠物喷泉 猫咪 循环", "pet_electronics"),
        ("女士套装 夏季 两件套", "clothing"),
        ("电动独轮车 成人", "e_scooter"),
    ],
)
def test_chinese_titles_read_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize(
    ("title", "not_kind"),
    [
        ("数显卡尺 0-150mm", "computer_component"),  # 显卡 (a graphics card) inside a digital caliper
        ("钢筋定位器 探测仪", "gps_tracker"),  # a rebar locator is no GPS tracker
        ("车把手柄 自行车", "game_controller"),  # 手柄 is also a handle
        ("水泥搅拌机 家用", "blender"),  # a cement mixer is no kitchen blender
        ("电线穿线器 20米", "cable"),  # a fish tape pulls wire
        ("平板拖把 免手洗", "tablet"),  # 平板 is also 'flat'
        ("平板车 手推车 折叠", "baby_gear"),  # a platform trolley is no stroller
        ("工具推车 三层", "baby_gear"),
        ("干手机 自动感应", "smartphone"),  # 手机 inside a hand dryer
        ("剃须套装 男士", "clothing"),  # 套装 is a set
        ("护肤套装 礼盒", "clothing"),
        ("闭路电视监视器 19寸", "television"),  # CCTV is no TV set
        ("仿真监控摄像头 假摄像头", "security_camera"),  # a dummy camera
        ("日光浴床 美黑", "furniture"),  # a sunbed is no bed
        ("地毯清洁剂 喷雾", "rug"),
        ("采暖散热器 暖气片", "computer_component"),  # a radiator is no CPU cooler
        ("橡皮筋 100个", "pen"),  # 橡皮 is also 'rubber'
        ("笔记本电脑支架 铝合金", "laptop"),
        ("独轮车 手推 工地", "e_scooter"),  # a wheelbarrow
        ("测距仪包 尼龙", "multimeter"),  # a rangefinder's pouch
    ],
)
def test_chinese_look_alikes_keep_off(classify, title, not_kind):
    assert classify(title).product_type != not_kind


def test_words_that_stay_their_own_kind(classify):
    """The new negatives leave the real kinds alone."""
    assert classify("平板电脑 10寸 安卓").product_type == "tablet"
    assert classify("游戏手柄 蓝牙 ps4").product_type == "game_controller"
    assert classify("监控摄像头 无线 家用").product_type == "security_camera"
    assert classify("羊毛地毯 客厅").product_type == "rug"
    assert classify("婴儿推车 轻便").product_type == "baby_gear"
    assert classify("运动套装 男").product_type == "suit"


@pytest.mark.parametrize(
    ("path", "kind", "toy"),
    [
        # 交通工具 (means of transport) holds 工具: the toy-vehicle shelf read a tool and lost `toy`
        (f"{TOYS} > 玩具交通工具 > 玩具宇宙飞船", "toy_vehicle", True),
        # 套装 (a set) read a garment and lost `toy`
        (f"{TOYS} > 玩具交通工具 > 玩具火车与火车套装", None, True),
        ("玩具/游戏 > 游戏 > 轮盘赌盘/套装", None, True),
        (f"{TOOLS} > 铣床 > 立式铣床", "bench_power_tool", False),
        (f"{TOOLS} > 锯 > 带锯床", "bench_power_tool", False),
    ],
)
def test_chinese_shelves(classify, path, kind, toy):
    result = classify("", category=path)
    if kind:
        assert result.product_type == kind
    assert result.product_type not in ("tool", "clothing", "furniture")
    assert bool(result.classes.get("toy")) is toy


def test_real_vehicle_shelves_stay_off_toys(classify):
    """玩具交通工具 names toy vehicles; the vehicle root 交通工具 alone must not turn a police van into a toy."""
    result = classify("", category="交通工具/汽车/飞机/船舶 > 机动车 > 服务及多功能车 > 警用车辆 > 警用面包车")
    assert result.classes.get("toy") is not True


def test_measuring_tools_carry_a_battery(classify):
    result = classify("", category=f"{TOOLS} > 测量工具与传感器 > 卡尺 > 数显卡尺")
    assert result.product_type == "multimeter"
    assert result.classes.get("battery") is True
    assert result.classes.get("radio") is not True
