"""Chinese seller titles of a real Taobao/Tmall catalog, stop 55 (zh55, issue 9).

Word faults an audit of 698 Taobao listings found (titles written here, not copied): 学生 (student) read a child, a
suitability phrase (孕妇婴儿) read a baby's product, 电视 inside longer words read a TV set, a bare 坐便器 (toilet) read
a child's potty, a mini washing machine read the socks it washes, a memory module read the laptop it fits, toy
storage read a toy, 平板 (flat) on a microwave read a tablet, and Taobao's words for trouser cuts, shoe styles and
smartwatches. Each case has a look-alike that must keep its reading.
"""

import pytest


# --- 学生 is any student; 小学生 (primary pupils), the child words and a school supply still make a child's product ---
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("联想笔记本电脑 轻薄便携 商务办公 学生本 14英寸", "laptop"),
        ("吹风机家用大功率 宿舍学生 小功率冷热风", "hair_dryer"),
        ("阔腿牛仔裤女 宽松韩版 学生显瘦 高腰直筒", "trousers"),
        ("棉被芯 冬被加厚 学生宿舍 单人被子", "bedding"),
        ("千元智能手机 大电池 学生机 老年机 全网通", "smartphone"),
    ],
)
def test_a_student_is_not_a_child(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert not result.classes["children_12_under"]


@pytest.mark.parametrize(
    "title",
    [
        "小学生书包 男女孩 三到六年级 减负双肩包",
        "儿童电话手表 中小学生 4G全网通 定位防水",
        "小学生 文具盒 卡通 铅笔盒",
        # a school supply sold to students is sold to schoolchildren (student_school_supply)
        "学生文具套装 开学礼盒",
        "学生铅笔盒 大容量 简约",
    ],
)
def test_a_pupil_is_a_child(classify, title):
    assert classify(title).classes["children_12_under"]


# --- 孕妇婴儿 (safe for pregnant women and babies) is a suitability claim -------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "加湿器家用静音卧室 孕妇婴儿 大雾量 香薰",
        "无雾加湿器 智能恒湿 孕妇婴儿可用 卧室",
        "格力加湿器 上加水 孕妇婴儿 小型家用",
    ],
)
def test_safe_for_babies_is_not_for_babies(classify, title):
    result = classify(title)
    assert result.product_type == "humidifier"
    assert result.classes["mains_lv"]
    assert not result.classes["children_12_under"]


@pytest.mark.parametrize("title", ["婴儿加湿器 宝宝房专用 卡通小象", "婴儿纸尿裤 手口专用 80片"])
def test_a_baby_product_stays_a_childs(classify, title):
    assert classify(title).classes["children_12_under"]


def test_a_babys_wipes_are_a_cosmetic(classify):
    """Stop 94: a baby's wipes are a cosmetic, which the CPSA's consumer products exclude (test_s94)."""
    result = classify("婴儿湿巾 手口专用 80抽")
    assert result.product_type == "baby_toiletries" and result.classes["children_12_under"] is False


# --- 电视 inside a longer word names no TV set ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("手机支架 桌面懒人支架 追剧看电视 可折叠", "phone_holder"),
        ("可以穿的毯子 加厚连帽 冬天看电视盖毯 午睡毯", "bedding"),
        ("乔晶晶电视剧同款 小熊毛衣女 宽松针织衫", "sweater"),
        ("岩板茶几电视机柜组合 现代简约客厅", "furniture"),
    ],
)
def test_tv_inside_a_longer_word_is_no_television(classify, title, kind):
    result = classify(title)
    assert result.product_type != "television"
    assert not result.classes["radio"]
    if kind is not None:
        assert result.product_type == kind


@pytest.mark.parametrize("title", ["海信液晶电视 65英寸 4K智能电视机", "小米电视 55英寸 全面屏 智能网络电视"])
def test_a_television_stays_a_television(classify, title):
    result = classify(title)
    assert result.product_type == "television"
    assert result.classes["radio"]


# --- a bare 坐便器 is a toilet; a child's potty says whose it is ----------------------------------------------------
def test_a_toilet_is_no_childs_potty(classify):
    result = classify("陶瓷坐便器 喷射虹吸式 连体马桶 地排水")
    assert result.product_type != "baby_gear"
    assert not result.classes["children_12_under"]


@pytest.mark.parametrize("title", ["儿童坐便器 宝宝马桶 男女小孩", "婴儿坐便器 训练 便携"])
def test_a_childs_potty_stays_baby_gear(classify, title):
    result = classify(title)
    assert result.product_type == "baby_gear"
    assert result.classes["children_12_under"]


# --- a mini washing machine is named by what it washes -------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "折叠洗衣机 迷你便携 可脱水 宿舍洗袜子神器",
        "迷你洗衣机 折叠便携 洗内衣裤专用 小型家用",
        "折叠洗衣机 洗内衣 小型宿舍",
    ],
)
def test_a_mini_washing_machine_is_no_sock(classify, title):
    result = classify(title)
    assert result.product_type == "washing_machine"
    assert result.classes["mains_lv"]
    assert not result.classes["textile"]


@pytest.mark.parametrize(
    ("title", "kind"), [("纯棉袜子男 中筒袜 5双装", "socks"), ("女士内衣裤套装 纯棉", "underwear")]
)
def test_socks_and_underwear_stay_textiles(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["textile"]


# --- a memory module named with its computer is the module ---------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    ["金士顿 DDR4 3200 8G 笔记本电脑内存条 单条", "三星 DDR4 16G 台式机内存条 原装", "服务器内存条 ECC REG 32G"],
)
def test_a_memory_module_is_a_component(classify, title):
    result = classify(title)
    assert result.product_type == "computer_component"
    assert not result.classes["mains_lv"]
    assert not result.classes["battery"]


def test_a_laptop_with_its_memory_stays_a_laptop(classify):
    result = classify("联想笔记本电脑 16G内存 512G固态 轻薄本")
    assert result.product_type == "laptop"
    assert result.classes["battery"]


# --- toy storage is no toy ------------------------------------------------------------------------------------------
def test_toy_storage_is_no_toy(classify):
    result = classify("玩具收纳箱 大号透明塑料 整理箱 衣服储物")
    assert not result.classes["toy"]


def test_a_toy_stays_a_toy(classify):
    assert classify("儿童益智玩具 积木拼装 男孩女孩").classes["toy"]


# --- 平板 (flat) on a microwave is its flat bed, not a tablet -------------------------------------------------------
def test_a_flatbed_microwave_is_no_tablet(classify):
    result = classify("家用微波炉 旋钮操作 平板加热 20L")
    assert result.product_type == "microwave"
    assert not result.classes["radio"]


def test_a_tablet_stays_a_tablet(classify):
    result = classify("华为平板电脑 10.4英寸 WiFi版")
    assert result.product_type == "tablet"
    assert result.classes["radio"]


# --- Taobao's words for trouser cuts, shoe styles and smartwatches ---------------------------------------------------
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("糖果色哈伦裤女 高腰宽松 萝卜裤", "trousers"),
        ("加绒高腰打底铅笔裤 小脚牛仔", "trousers"),
        ("垂感西裤女 直筒九分裤", "trousers"),
        ("加绒老爹鞋女 厚底增高", "shoes"),
        ("加绒豆豆鞋 一脚蹬 毛毛鞋", "shoes"),
        ("江南布衣 羊毛套头毛衫", "sweater"),
    ],
)
def test_taobao_garment_words(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["textile"]


@pytest.mark.parametrize(("title", "kind"), [("铅笔 2B 考试专用 10支", "pen"), ("糖果 水果味 喜糖 500g", "food")])
def test_the_words_inside_them_keep_their_reading(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert not result.classes["textile"]


def test_a_smart_wristwatch_is_a_smartwatch(classify):
    result = classify("智能运动手表 多功能监测 智能腕表 男女")
    assert result.product_type == "smartwatch"
    assert result.classes["radio"]
