"""Textile kinds in Chinese category paths and titles (zhtextile41, issue 9).

textile41 gave the English textile kinds (yarn, thread, ribbon and trims, patches, interfacing, needlework canvas,
veils, tapestries, bra accessories, maternity bands, baby transport liners, weighted vests...) their words; Shopify's
zh-CN tree names the same shelves in Chinese, which read no textile. Each shelf or title that must now read its textile
kind has a look-alike that must not (a yarn tool, a tapestry needle, a curtain rod, paper tissues, ankle weights...).
"""

import pytest

CRAFT = "艺术与娱乐 > 爱好/艺术创作 > 手工艺品"
MATERIALS = f"{CRAFT} > 手工艺材料"
LINENS = "家居与园艺 > 床上用品"
DECOR = "家居与园艺 > 装饰"
ACCESSORIES = "服饰与配饰 > 服装配饰"


# --- Shopify zh-CN shelves whose English twin reads textile ----------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{MATERIALS} > 手工艺纤维 > 纱线", "craft_textile"),
        (f"{MATERIALS} > 手工艺纤维 > 缝衣线/编织线", "craft_textile"),
        (f"{MATERIALS} > 手工艺纤维 > 缝衣线/编织线 > 缝纫线", "craft_textile"),
        (f"{MATERIALS} > 手工艺纤维 > 缝衣线/编织线 > 十字绣线", "craft_textile"),
        (f"{MATERIALS} > 手工艺纤维 > 无纺纤维 > 粗纱纤维", "craft_textile"),
        (f"{MATERIALS} > 装饰品与辅料 > 丝带/饰带", "craft_textile"),
        (f"{MATERIALS} > 装饰品与辅料 > 丝带/饰带 > 罗缎丝带", "craft_textile"),
        (f"{MATERIALS} > 装饰品与辅料 > 丝带/饰带 > 蕾丝装饰", "craft_textile"),
        (f"{MATERIALS} > 装饰品与辅料 > 丝带/饰带 > 流苏装饰", "craft_textile"),
        (f"{MATERIALS} > 装饰品与辅料 > 贴花/贴片 > 刺绣贴片", "craft_textile"),
        (f"{MATERIALS} > 装饰品与辅料 > 贴花/贴片 > 熨烫贴花", "craft_textile"),
        (f"{MATERIALS} > 装饰品与辅料 > 蝴蝶结/花结", "craft_textile"),
        (f"{MATERIALS} > 纺织品 > 衬料", "fabric"),
        (f"{MATERIALS} > 纺织品 > 衬料 > 易熔衬料", "fabric"),
        (f"{MATERIALS} > 纺织品 > 手工艺画布 > 刺绣/十字绣布 > 阿依达布", "fabric"),
        (f"{MATERIALS} > 纺织品 > 手工艺画布 > 刺绣/十字绣布 > 匀织布", "fabric"),
        (f"{LINENS} > 床品 > 床幔", "bedding"),
        (f"{LINENS} > 床品 > 床裙/床罩", "bedding"),
        (f"{LINENS} > 床品 > 床笠 > 床垫防护套/罩", "mattress_protector"),
        (f"{LINENS} > 餐桌用布", "table_linen"),
        (f"{LINENS} > 餐桌用布 > 台布", "table_linen"),
        (f"{LINENS} > 餐桌用布 > 台裙", "table_linen"),
        (f"{LINENS} > 餐桌用布 > 花边桌垫", "table_linen"),
        (f"{DECOR} > 艺术品 > 装饰挂毯", "tapestry"),
        (f"{DECOR} > 脚凳软垫", "pillow"),
        ("家居与园艺 > 浴室配件 > 浴枕", "pillow"),
        (f"{DECOR} > 家具套", "furnishing_cover"),
        (f"{DECOR} > 窗饰 > 百叶窗/遮光帘 > 遮光帘", "curtain"),
        ("服饰与配饰 > 服装 > 女式内衣 > 文胸配件", "underwear"),
        ("服饰与配饰 > 服装 > 女式内衣 > 文胸配件 > 胸垫", "underwear"),
        (f"{ACCESSORIES} > 孕妇托腹带/支撑带", "underwear"),
        (f"{ACCESSORIES} > 手臂套", "gloves"),
        (f"{ACCESSORIES} > 暖手筒", "gloves"),
        (f"{ACCESSORIES} > 巴拉克拉瓦盔式帽", "headwear"),
        (f"{ACCESSORIES} > 耳罩/耳包", "headwear"),
        (f"{ACCESSORIES} > 手帕", "scarf"),
        (f"{ACCESSORIES} > 脖套", "scarf"),
        (f"{ACCESSORIES} > 腿套", "socks"),
        (f"{ACCESSORIES} > 传统服装配饰", "ethnic_wear"),
        ("婴幼儿用品 > 婴幼儿出行用品配件 > 婴幼儿出行垫和护腿袋", "baby_bedding"),
        ("婴幼儿用品 > 婴幼儿出行用品配件 > 婴儿推车配件 > 婴儿推车脚套", "baby_bedding"),
        ("家具 > 婴幼儿家具 > 婴儿床/儿童床配件 > 婴儿床保险杆/衬垫 > 网状婴儿床保险杆", "baby_bedding"),
        ("体育用品 > 健身与一般运动器材 > 负重衣", "weighted_vest"),
    ],
)
def test_chinese_textile_shelves(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind
    assert result.classes["textile"]


# --- look-alikes on the same shelves: tools, fittings and hard goods stay non-textile ---------------------------------
@pytest.mark.parametrize(
    "path",
    [
        f"{CRAFT} > 手工艺工具 > 线/纱线工具",
        f"{CRAFT} > 手工艺工具 > 线/纱线工具 > 绕线机 > 手持式绕线机",
        f"{CRAFT} > 手工艺工具 > 编织用定型铁丝/线 > 花边定型铁丝/线",
        f"{CRAFT} > 手工艺工具配件 > 纺车配件 > 纱线框",
        f"{CRAFT} > 手工艺工具 > 针/钩 > 手工缝纫针 > 挂毯针",
        f"{CRAFT} > 手工艺工具 > 纺织机 > 手工织布机 > 挂毯手工织布机",
        f"{MATERIALS} > 纺织品 > 手工艺画布 > 塑料绣布",
        "家具 > 婴幼儿家具 > 婴幼儿家具套装",
        "艺术与娱乐 > 聚会/庆典 > 奖杯/奖牌 > 奖章/奖牌 > 丝带奖牌",
        "家居与园艺 > 浴室配件 > 浴帘环",
        f"{DECOR} > 窗饰配件 > 窗帘杆",
        f"{DECOR} > 餐巾环",
        f"{DECOR} > 窗饰 > 纱窗",
        "体育用品 > 健身与一般运动器材 > 负重衣 > 脚踝重量器械",
        "服饰与配饰 > 服装 > 女式内衣 > 文胸配件 > 胸贴/胸部遮瑕膏",
    ],
)
def test_lookalike_shelves_stay_non_textile(classify, path):
    assert not classify("", category=path).classes["textile"]


def test_a_headband_stays_a_hair_accessory(classify):
    assert classify("", category=f"{ACCESSORIES} > 发饰 > 头饰带").product_type == "hair_accessory"


def test_curtain_fittings_are_hardware(classify):
    for path in (f"{DECOR} > 窗饰配件 > 窗帘杆", "家居与园艺 > 浴室配件 > 浴帘环"):
        assert classify("", category=path).product_type == "hardware"


# --- the same words in Chinese titles -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("纯羊毛毛线 手工编织 围巾线 粗毛线团", "craft_textile"),
        ("缝纫线 涤纶 402 家用 手缝线 10卷", "craft_textile"),
        ("缎带 礼品包装 2.5cm 丝带 50码", "craft_textile"),
        ("ins风挂毯 卧室墙面装饰 北欧背景布", "tapestry"),
        ("孕妇托腹带 孕中期 晚期 护腰", "underwear"),
        ("文胸胸垫 加厚 聚拢 插片", "underwear"),
        ("负重背心 跑步 隐形 沙衣", "weighted_vest"),
        ("新娘头纱 长款 拖尾 婚纱配饰", "veil"),
        ("纯棉手帕 男士 复古 格子 随身", "scarf"),
        ("台布 北欧 长方形 餐桌布 防水", "table_linen"),
    ],
)
def test_chinese_textile_titles(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["textile"]


@pytest.mark.parametrize(
    "title",
    [
        "手帕纸 便携装 小包 纸巾 36包",
        "挂毯针 大号 十字绣针 5支",
        "窗帘杆 伸缩 免打孔 罗马杆",
        "浴帘环 不锈钢 挂钩 12个",
        "餐巾环 金属 婚宴 餐巾扣",
        "绑腿沙袋 跑步 负重 沙袋绑腿",
        "纱线收纳 编织篮 毛线收纳盒",
        "人体工学电脑椅 带腰靠 家用",
    ],
)
def test_chinese_lookalike_titles_stay_non_textile(classify, title):
    assert not classify(title).classes["textile"]
