"""Stop 90 (issue 9): a device's colour named after it ("Swan Retro 1.5L Kettle Cream", "Mini Fridge in Cream"), which
head-final reading took for a second product, skincare. Tested both ways on titles shaped like the catalogs'."""

from __future__ import annotations

import pytest

from crossguard.engine.classification.classifier import Classifier
from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary_from_sources


@pytest.mark.parametrize(("title", "kind"), [
    ("Swan Retro 1.5L Kettle Cream", "kettle"),
    ("smeg tsf01cruk 2 slice toaster cream", "toaster"),
    ("7.5 cu. ft. Mini Fridge in Cream with Rounded Corners and Top Freezer", "refrigerator"),
    ("swan digital microwave 800w cream", "microwave"),
    ("smeg 50 s retro style df6fabcr 13 place freestanding dishwasher cream", "dishwasher"),
    ("hotpoint wmaql721a 1200rpm washing machine 7kg load classic cream", "washing_machine"),
])
def test_a_colour_after_a_device_names_its_colour(classify, title, kind):
    """161 fridges, microwaves, dishwashers and washing machines of the thirteen earlier catalogs read skincare with no
    mains by title alone; a litre or a kilo is the appliance's, not a cream's amount."""
    result = classify(title)
    assert result.product_type == kind, result.basis
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", [
    "Nivea Soft Moisturising Cream 200ml",                 # no device before it
    "Glatt Professional Hair Straightener Cream - 109gm",  # a cream weighed out: the straightener names its use
    "Woly Smooth Leather Shoe Cream",                      # a shoe is no device
    "Face Wash and Anti-marks Cream",
])
def test_a_cream_stays_a_cream(classify, title):
    result = classify(title)
    assert result.product_type == "skincare", result.basis
    assert result.classes["mains_lv"] is not True


def test_without_the_colour_word_the_kettle_reads_skincare(edited_types):
    """The reading comes from `reading.colour_words`, not from elsewhere: without it the colour wins again."""
    path = edited_types(("  colour_words: [cream]\n", ""))
    result = Classifier(load_vocabulary_from_sources(path)).shared_result("Swan Retro 1.5L Kettle Cream", None)
    assert result.product_type == "skincare"


def test_a_colour_word_no_type_names_is_refused(edited_types):
    with pytest.raises(VocabularyError, match="'ecru' is no type's synonym"):
        load_vocabulary_from_sources(edited_types(("  colour_words: [cream]\n", "  colour_words: [cream, ecru]\n")))


# --- JD.com (stop 90): a bookshop's subjects, Chinese words of the catalog's kinds ----------------------------------


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("高清彩电数字板维修(续)", "图书 > 电子与通信 > 电视", "book"),
    ("iPhone Programming Guide", "Books > Computers & Technology > Mobile Phones", "book"),
    ("Kids Picture Book", "Books > Children's Books", "childrens_book"),  # a kind of book still refines it
])
def test_a_bookshops_subject_is_no_product(classify, title, category, kind):
    """A bookshop files its works by subject: JD's "图书 > 电子与通信 > 电视" held television repair manuals, read as
    televisions with a tuner and mains; the subject's power words ("电子") no longer make the book EEE."""
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis
    assert result.classes["eee"] is not True
    assert result.classes["radio"] is not True


def test_a_bookshops_age_level_still_names_its_readers(classify):
    """Only the subject's power words go: an age level's audience words still make a children's book."""
    result = classify("Le Roi Carnaval", category="LIBRAIRIE > LIVRE ENFANT - JEUNESSE > 3-6 ANS")
    assert result.classes["children_12_under"] is True


@pytest.mark.parametrize(("title", "category", "kind", "on", "off"), [
    ("首页>电子书>励志与成功>心灵鸡汤>再苦也要笑一笑", None, "book", (), ("eee",)),
    ("汉王 电子书 阅读器 N618", None, "e_reader", ("eee", "battery"), ()),
    ("迪士尼Disney米奇Mickey电子表儿童手表LED手表 55007R2红色小号", None, "watch", ("battery",), ("radio",)),
    ("小天才儿童电话手表 Z6", None, "smartwatch", ("radio",), ()),
    ("CASIO卡西欧指针系列经典简洁时尚皮带黑色男表MTP-1094Q-1A", "钟表 > 日本品牌 > 卡西欧 CASIO", "watch",
     ("battery",), ()),
    ("欧式挂钟", "钟表 > 闹钟挂钟 > 挂钟", "clock", ("battery",), ()),
    ("得力(deli)9012 台式温度计/温湿度计 小号", None, "thermometer", (), ("radio",)),
    ("凯仕乐 KSR-S93 多功能按摩椅 优雅红", "家用电器 > 个护健康 > 按摩椅", "massage_chair", ("mains_lv",), ()),
    ("LIN GT SPORTS女士球拍运动袜 羽毛球袜 网球袜", None, "socks", ("textile",), ()),
    ("法恩莎（FAENZA）F1566TC 双孔面盆龙头（亮银）", "家用电器 > 五金家装 > 龙头", "plumbing_fixture", (), ("eee",)),
    ("品萱 软抽面巾纸餐巾纸", "家居家装 > 清洁用品 > 纸品湿巾", "cleaning_supplies", (), ("children_12_under",)),
    ("北京联通沃3G手机卡（推荐选择A套餐）", "手机 > 运营商 > 选号入网", "gift_card", (), ("radio",)),
    ("恒本 新款笑脸卡通防蚊贴 驱蚊手环 10包60片装", None, "pest_control_manual", (), ("radio",)),
    ("夏普(SHARP)AR-1808S复合机(A3打印复印扫描)", "电脑、办公 > 办公打印 > 复合机", "printer", ("mains_lv",), ()),
    ("唐梦 瓷砖背景墙 雕刻 电视背景墙瓷砖", None, None, (), ("radio", "mains_lv")),
    ("储藏大师 厨房置物架 微波炉架烤箱架", None, "storage_organisation", (), ("mains_lv",)),
    ("恒林电脑椅子 H-9688FB 主管椅 老板椅 黑色", "家具 > 书房家具 > 电脑桌/托盘/椅", "furniture", (), ()),
    ("上岛翡翠王自动麻将机 电动麻将桌 咖啡金 42", None, "mahjong_machine", ("mains_lv",), ()),
    ("李宁羽毛球鞋", "服饰内衣 > 运动 > 乒羽鞋", "shoes", ("textile",), ()),
    ("夏季婴儿宝宝分脚式分腿睡袋 空调防踢被 蓝睡熊", "服饰鞋帽 > 童装 > 宝宝服饰", "sleeping_bag", ("textile",),
     ("mains_lv",)),
    ("科鲁迪（cloodi）1857全铜镀铬马桶刷", "家装建材 > 厨房卫浴 > 厨卫五金/挂件", "cleaning_supplies", (), ()),
])
def test_jd_kinds_in_chinese(classify, title, category, kind, on, off):
    """dev90-1 and JD's whole catalog read by category page (no blind row listed): e-books, children's quartz watches,
    thermo-hygrometers, massage chairs, sports socks, taps, tissues, SIM cards, repellent bands, copiers, TV-wall
    tiles, microwave racks, office chairs, mahjong machines and JD's departments named as a lump of kinds."""
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis
    assert all(result.classes[name] is True for name in on), result.basis
    assert all(result.classes[name] is not True for name in off), result.basis


@pytest.mark.parametrize(("title", "category", "kind", "on", "off"), [
    ("七喜（HEDY）A230-E230 11.6英寸笔记本（E240 2G 320G 核显）黑", "电脑、办公 > 电脑整机 > 笔记本", "laptop",
     ("radio", "battery"), ()),
    ("华硕（ASUS）A43EI243E-SL 14.0 英寸笔记本电脑（i5-2430M 2G 320G）", "电脑、办公 > 电脑整机 > 笔记本", "laptop",
     ("radio", "mains_lv"), ()),
    ("A5 笔记本 记事本 100页", None, "notebook", (), ("eee",)),
    ("富力狮 商务电脑包 15.6寸 手提电脑包 笔记本包 3011 深蓝", None, "backpack", (), ("radio",)),
    ("凯思智品 Macbook air pro 笔记本内胆包 13.3寸 黑色", None, "device_case", (), ("radio",)),
    ("TCL FS-40-AT1630RC 遥控落地扇", None, "fan", ("mains_lv",), ("radio",)),
    ("Honeywell Quietset Whole Room Tower Fan with Remote Control", None, "fan", ("mains_lv",), ("radio",)),
    ("蓝宝石（Sapphire） HD7950 3G GDDR5 白金版 PCI-E 显卡", None, "computer_component", ("eee",), ("radio",)),
    ("铭瑄(MAXSUN) GT640 900MHz PCI-E显卡", None, "computer_component", ("eee",), ("radio",)),
    ("华为 3G 手机 G730 送手机卡", None, "smartphone", ("radio",), ()),
    ("电信3g流量充值卡 全国漫游 天翼3g上网手机卡 90天4g流量", None, "gift_card", (), ("radio",)),
    ("AFS JEEP战地吉普2014春夏新品户外男装 v领大码纯棉T桖027 黑色 L", None, None, (), ("toy",)),
    ("快枪手（Black Rapid） 相机背带 RS Joey2", "数码 > 数码配件 > 机身附件", "device_accessory", (), ("radio",)),
    ("火王（Hione）黑珍珠FT+2QJD/B油烟机燃气灶套餐 天然气12T", "家用电器 > 大 家 电 > 烟机/灶具",
     "home_appliance_misc", ("mains_lv",), ()),
    ("科勒 卡丽连体马桶 喷射虹吸式坐便器 快装式缓降马桶盖板", "家装建材 > 厨房卫浴 > 马桶/智能马桶盖",
     "plumbing_fixture", (), ("mains_lv",)),
    ("韩国dib洁身器W1500", "家装建材 > 厨房卫浴 > 马桶/智能马桶盖", "home_appliance_misc", ("mains_lv",), ()),
    ("MOPO摩普2002智能马桶 一体座便器 自动翻盖坐便器 烘干温水冲洗", "家装建材 > 厨房卫浴 > 马桶/智能马桶盖",
     "home_appliance_misc", ("mains_lv",), ()),
    ("davebella夏季新款可爱糖果系经典条纹宝宝/婴儿连体衣/爬服 DB09", "母婴 > 服饰寝居 > 婴儿外出服", "baby_garment",
     ("children_12_under", "textile"), ()),
    ("QKU童鞋正品 儿童凉鞋沙滩鞋 女童凉鞋 儿童亮灯鞋 闪灯鞋", None, "shoes", ("battery", "children_12_under"), ()),
    ("耐克Nike 男款训练鞋 SUPERFLEX LITE TR", None, "shoes", ("textile",), ()),
    ("春季新品 菩媞瑜伽服套装", None, "clothing", ("textile",), ()),
])
def test_jd_kinds_in_chinese_second_round(classify, title, category, kind, on, off):
    """dev90-2's errors and JD's category pages after the first round: laptops by screen size on a "笔记本" shelf
    (笔记本 is a notebook and, on a computer shelf, a laptop), laptop bags, infrared remotes of fans, a graphics card's
    memory size and clock, SIM cards, a clothing brand named Jeep, JD's digital-accessories department, hood-and-hob
    sets, toilets, a candy colour, light-up shoes, training shoes, yoga wear."""
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis
    assert all(result.classes[name] is True for name in on), result.basis
    assert all(result.classes[name] is not True for name in off), result.basis


@pytest.mark.parametrize(("title", "category", "kind", "on", "open_"), [
    ("UNISEC保险柜200ED 家用保险箱保险柜小型 电子密码保管箱", None, "safe_box", ("eee", "battery"), ()),
    ("富甲保险柜FDG-A1/D-65.AM65金典系列", None, "safe_box", (), ("eee",)),
    ("SentrySafe Fireproof Safe with Digital Keypad", None, "safe_box", ("eee", "battery"), ()),
    ("Coffre fort mobile monolithique serrure à clef", None, "safe_box", (), ("eee",)),
    ("FILET DE COFFRE", "AUTO - MOTO (NEW) > BAGAGERIE AUTO-MOTO > SAC DE COFFRE - FILET DE COFFRE - ORGANISEUR DE "
     "COFFRE - COFFRE FORT AUTO", "bag", (), ()),
    ("Le trésor des Moaï", None, None, (), ()),  # French "trésor" is a treasure, not the German safe
    ("意莎普散热器 钢制暖气片 苔丝四圆管系列", "家装建材 > 装饰材料 > 取暖设备", "heating_radiator", (), ()),
    ("Cooler Master CPU 散热器", None, "computer_component", ("eee",), ()),
    ("英国HI-TEC进口牛皮专业防水男户外登山徒步鞋 深麦色 44", None, "shoes", ("textile",), ()),
    ("户外登山手套 防风保暖", "运动健康 > 户外鞋服 > 户外配饰", "gloves", ("textile",), ()),  # 户外鞋服 names no shoe
    ("尤美防辐射服孕妇装 防辐射孕妇装 粉红色 均码", None, "clothing", ("textile",), ()),
])
def test_jd_kinds_in_chinese_third_round(classify, title, category, kind, on, open_):
    """JD's pages where most products read no kind: safes (a key or a keypad: EEE open until a word names the
    circuit), hydronic radiators (not a processor's 散热器 heat sink), hiking shoes, maternity smocks."""
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis
    assert all(result.classes[name] is True for name in on), result.basis
    assert all(name in result.open for name in open_), result.open


# --- the second read's findings (review90) ---------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Samsung Galaxy S23 Ultra Silicone Case Cream",   # an accessory's word between: the case's colour
    "Kindle Paperwhite Cover Cream",
    "Hair Dryer Holder Wall Mounted Cream",
    "Kettle Cover Cream Quilted",                     # the colour does not end its phrase
    "Hair Straightener Heat Protection Cream",        # a use between: a cream for the device
    "Massage Gun Numbing Cream",
    "Electric Shaver Pre Shave Cream",
])
def test_a_cream_for_a_device_or_an_accessorys_colour_is_no_device(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is not True, result.basis
    assert result.classes["radio"] is not True, result.basis


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Kindle Paperwhite 8GB E-Reader", "Books > Kindle Store > Kindle E-readers", "e_reader"),
    ("TI-84 Plus CE Graphing Calculator", "Books > Education > Calculators", "calculator"),
    ("点读笔 小达人 儿童 早教 英语", "图书>少儿>玩具书", "electronic_toy"),
    ("Casio CDP-S110 Digital Piano", "Music > Instruments", "digital_piano"),   # s94: an instrument
    ("Audio-Technica AT-LP60X Turntable", "CDs & Vinyl > Accessories > Turntables", "turntable"),
])
def test_a_product_a_shop_files_beside_its_works_is_that_product(classify, title, category, kind):
    """Only a bookshop files by subject (`reading.subject_shelves`), and a kind its shelf yields to still names the
    product: an e-reader, a calculator, a reading pen on a toy-books shelf."""
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis
    assert result.classes["eee"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("龙头 拐杖 老人 手杖", None),                    # a dragon's head, not a tap: 龙头 is a shelf word only
    ("九牧 厨房龙头 冷热", "plumbing_fixture"),
    ("麻将机专用 麻将牌 44mm", "playing_cards"),      # tiles made for a machine
    ("按摩椅垫 颈部 背部 车载 家用", "massager"),     # a seat cushion, no chair
    ("空调被 夏凉被 单人 可水洗", "bedding"),
    ("空调外机罩 防雨 防晒", None),                   # an outdoor unit's cover is no air conditioner
    ("电热暖气片 壁挂 浴室 速热", "heater"),          # an electric radiator
])
def test_words_the_second_read_found(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis


@pytest.mark.parametrize(("title", "kind"), [
    ("联想 G480 笔记本 i5 4G 500G 独显", "laptop"),          # the RAM and the disk after the word
    ("惠普 HP 14-d046TU 笔记本 赛扬 2G 500G", "laptop"),
    ("Lenovo Notebook 8GB 256GB SSD", "laptop"),
    ("A5 笔记本 80g 100页", "notebook"),                     # one weight: the paper's
    ("Moleskine Notebook 240 pages 80gsm", "notebook"),
    ("Notebook 2 pack A4", "notebook"),
])
def test_a_notebook_with_a_laptops_memory_is_a_laptop(classify, title, kind):
    """`DeviceNamesake.amounts`: two memory or storage amounts after "笔记本" or "notebook" name the laptop; read as a
    paper notebook, a laptop was allowed with no finding."""
    result = classify(title)
    assert result.product_type == kind, result.basis
    assert (result.classes["radio"] is True) == (kind == "laptop")


def test_without_the_amounts_entry_a_bare_notebook_stays_paper(edited_types):
    path = edited_types((", computer_component], amounts: 2}", ", computer_component]}"))
    result = Classifier(load_vocabulary_from_sources(path)).shared_result("Lenovo Notebook 8GB 256GB SSD", None)
    assert result.product_type == "notebook"


def test_without_the_blockers_a_kettle_mat_reads_the_kettle(edited_types):
    """The accessory and use words are data (`reading.colour_blockers`): without "mat" (no type's word) the mat takes
    the kettle's mains again."""
    path = edited_types(("holder, holders, mat, mats, bag,", "holder, holders, bag,"))
    result = Classifier(load_vocabulary_from_sources(path)).shared_result("Kettle Mat Cream", None)
    assert result.product_type == "kettle"


def test_a_colour_blocker_of_two_words_is_refused(edited_types):
    with pytest.raises(VocabularyError, match="'after care' is not one word"):
        load_vocabulary_from_sources(edited_types(("  colour_blockers: [cover,",
                                                   "  colour_blockers: [after care, cover,")))
