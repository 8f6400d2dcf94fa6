"""Shopify's apparel (aa-) and furniture (fr-) leaves, read by the path alone in English and zh-CN (shopaa42, issue 9).

Athletic training pants are trousers (they read a toddler's potty-training pants), capes under coats are outerwear
(a toddler's read a toy costume), adult onesies are sleepwear (no children's product), shoe grips and insoles are shoe
parts (no textile), tie clips and costume accessories are no garment; toy chests and activity tables are children's
furniture, a nursery glider is the parent's chair; a kotatsu, an adjustable bed base, a lighted vanity and an electric
massage chair take the mains; dining furniture is furniture, not tableware. In Chinese: bare 连体衣 is any one-piece
(a baby's says 婴儿/宝宝), bare 摇椅 a rocking chair (a baby rocker says 婴儿摇椅), 尿布兜 a nappy's fabric
cover, 领带夹 a clasp, 家具套件 a furniture set. The neighbours of each (a baby romper, a potty-training nappy, a
superhero cape, football cleats, a necktie, a toy glider, a slipcover) keep their reading.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

CLOTHING = "Apparel & Accessories > Clothing"
SHOE_ACC = "Apparel & Accessories > Shoe Accessories"
ZH_CLOTHING = "服饰与配饰 > 服装"
CHAIRS = "Furniture > Chairs"
TABLES = "Furniture > Tables"
STORAGE = "Furniture > Cabinets & Storage"
BEDS = "Furniture > Beds & Accessories"
ZH_CHAIRS = "家具 > 椅子"
ZH_OUTDOOR = "家具 > 户外家具 > 室外座椅"
CRIB_BUMPERS = "Furniture > Baby & Toddler Furniture > Crib & Toddler Bed Accessories > Crib Bumpers & Liners"
ZH_CRIB_BUMPERS = "家具 > 婴幼儿家具 > 婴儿床/儿童床配件 > 婴儿床保险杆/衬垫"


# --- apparel ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("category", [f"{CLOTHING} > Activewear > Activewear Pants > Training Pants",
                                      f"{ZH_CLOTHING} > 运动服装 > 运动服裤装 > 训练裤"])
def test_athletic_training_pants_are_trousers(classify, category):
    result = classify("", category=category)
    assert result.product_type == "trousers", result.basis
    assert classes_of(result, "textile", "children_12_under") == (True, False), result.basis


def test_toddler_training_pants_are_childrens_underwear(classify):
    result = classify("", category=f"{CLOTHING} > Baby & Toddler Clothing > Toddler Underwear > Training Pants")
    assert classes_of(result, "textile", "children_12_under") == (True, True), result.basis


def test_disposable_training_pants_by_title_stay_a_nappy(classify):
    result = classify("Huggies Pull-Ups Training Pants Size 4")
    assert result.product_type == "baby_care", result.basis
    assert not any(classes_of(result, "textile")), result.basis


@pytest.mark.parametrize("category", [
    f"{CLOTHING} > Baby & Toddler Clothing > Baby & Toddler Outerwear > Baby & Toddler Coats & Jackets > Capes",
    f"{CLOTHING} > Outerwear > Coats & Jackets > Capes"])
@pytest.mark.parametrize("title", ["", "Rain Cape", "Wool Cape Coat"])
def test_a_cape_under_coats_is_outerwear_not_a_toy(classify, category, title):
    result = classify(title, category=category)
    assert result.product_type == "jacket", result.basis
    assert classes_of(result, "textile", "toy") == (True, False), result.basis


def test_a_superhero_cape_stays_a_dress_up_costume(classify):
    result = classify("Superhero Cape for Kids")
    assert result.product_type == "costume", result.basis
    assert all(classes_of(result, "toy", "children_12_under")), result.basis


@pytest.mark.parametrize("title", ["", "Adult Unicorn Onesie Pajamas"])
def test_adult_onesies_under_sleepwear_are_no_childrens_product(classify, title):
    result = classify(title, category=f"{CLOTHING} > Sleepwear & Loungewear > Onesies")
    assert classes_of(result, "textile", "children_12_under") == (True, False), result.basis


def test_a_baby_onesie_stays_a_childrens_garment(classify):
    category = f"{CLOTHING} > Baby & Toddler Clothing > Baby One-Pieces"
    result = classify("Carter's Baby Onesies 5-Pack", category=category)
    assert classes_of(result, "textile", "children_12_under") == (True, True), result.basis


@pytest.mark.parametrize("category", [f"{SHOE_ACC} > Shoe Grips", f"{SHOE_ACC} > Shoe Inserts",
                                      f"{SHOE_ACC} > Shoe Inserts > Arch Supports",
                                      f"{SHOE_ACC} > Shoe Inserts > Gel Pads"])
def test_shoe_grips_and_inserts_are_no_textile_footwear(classify, category):
    result = classify("", category=category)
    assert result.product_type == "footwear_accessory", result.basis
    assert not any(classes_of(result, "textile")), result.basis


def test_ice_cleats_titled_on_the_grips_shelf_are_no_shoes(classify):
    result = classify("Yaktrax Ice Cleats Traction Grips", category=f"{SHOE_ACC} > Shoe Grips")
    assert result.product_type == "footwear_accessory", result.basis
    assert not any(classes_of(result, "textile")), result.basis


def test_football_cleats_stay_footwear(classify):
    result = classify("Nike Football Cleats Men's Size 10", category="Apparel & Accessories > Shoes > Athletic Shoes")
    assert all(classes_of(result, "textile")), result.basis


@pytest.mark.parametrize("category", ["服饰与配饰 > 服装配饰 > 领带夹", "服饰与配饰 > 演出服与配饰 > 演出服配饰",
                                      "服饰与配饰 > 鞋类配饰 > 靴子衬里"])
def test_zh_tie_clips_costume_accessories_and_boot_liners_are_no_garment(classify, category):
    result = classify("", category=category)
    assert not any(classes_of(result, "textile")), result.basis


def test_a_zh_tie_clip_title_is_a_clasp_and_a_tie_stays_a_tie(classify):
    clip = classify("男士领带夹 商务")
    tie = classify("男士真丝领带")
    assert clip.product_type == "clothing_accessory" and not any(classes_of(clip, "textile")), clip.basis
    assert tie.product_type == "necktie" and all(classes_of(tie, "textile")), tie.basis


@pytest.mark.parametrize("category", [f"{ZH_CLOTHING} > 服装上衣 > 连体衣", f"{ZH_CLOTHING} > 孕妇装 > 孕妇连体衣",
                                      f"{ZH_CLOTHING} > 女式内衣 > 塑身内衣 > 连体衣",
                                      f"{ZH_CLOTHING} > 连衣裙与连体衣"])
def test_zh_adult_one_pieces_are_no_childrens_product(classify, category):
    result = classify("", category=category)
    assert classes_of(result, "textile", "children_12_under") == (True, False), result.basis


@pytest.mark.parametrize("title", ["婴儿连体衣 纯棉", "宝宝连体衣 秋冬", "新生儿连体衣 哈衣"])
def test_zh_baby_rompers_stay_childrens_garments(classify, title):
    result = classify(title)
    assert classes_of(result, "textile", "children_12_under") == (True, True), result.basis


def test_zh_baby_one_piece_on_the_baby_shelf_stays_childrens(classify):
    result = classify("", category=f"{ZH_CLOTHING} > 婴幼儿服装 > 婴幼儿上衣 > 连体衣")
    assert classes_of(result, "textile", "children_12_under") == (True, True), result.basis


def test_zh_diaper_covers_are_textile_and_a_disposable_nappy_is_not(classify):
    cover = classify("", category=f"{ZH_CLOTHING} > 婴幼儿服装 > 婴幼儿尿布兜")
    nappy = classify("纸尿裤 L码 100片")
    assert classes_of(cover, "textile", "children_12_under") == (True, True), cover.basis
    assert not any(classes_of(nappy, "textile")), nappy.basis


# --- furniture ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("category", [f"{STORAGE} > Storage Chests > Toy Chests", "家具 > 柜子/储物 > 储物箱 > 玩具柜",
                                      f"{TABLES} > Activity Tables", "家具 > 桌子 > 游戏活动桌"])
@pytest.mark.parametrize("title", ["", "Solid Wood Storage Chest with Lid"])
def test_toy_chests_and_activity_tables_are_childrens_furniture(classify, category, title):
    result = classify(title, category=category)
    assert classes_of(result, "children_12_under", "toy") == (True, False), result.basis


def test_a_hope_chest_beside_the_toy_chests_is_no_childrens_product(classify):
    result = classify("", category=f"{STORAGE} > Storage Chests > Hope Chests")
    assert not any(classes_of(result, "children_12_under")), result.basis


@pytest.mark.parametrize("title", ["", "Glider Rocker with Ottoman"])
def test_a_nursery_rocking_chair_is_the_parents_seat(classify, title):
    result = classify(title, category=f"{CHAIRS} > Rocking Chairs > Nursery Rocking Chairs")
    assert result.product_type == "furniture", result.basis
    assert not any(classes_of(result, "children_12_under", "toy")), result.basis


def test_kids_rocking_chairs_stay_childrens(classify):
    kids = classify("", category=f"{CHAIRS} > Rocking Chairs > Kids' Rocking Chairs")
    assert all(classes_of(kids, "children_12_under")), kids.basis
    assert all(classes_of(classify("", category=f"{ZH_CHAIRS} > 摇椅 > 儿童摇椅"), "children_12_under"))


def test_a_balsa_glider_stays_a_toy(classify):
    result = classify("Balsa Wood Glider Plane")
    assert result.product_type == "flying_toy", result.basis


@pytest.mark.parametrize("category", [f"{ZH_CHAIRS} > 摇椅", f"{ZH_CHAIRS} > 摇椅 > 经典摇椅",
                                      f"{ZH_OUTDOOR} > 户外座椅 > 摇椅",
                                      f"{ZH_OUTDOOR} > 户外长椅 > 秋千长椅", f"{ZH_OUTDOOR} > 户外座椅 > 秋千椅",
                                      "家具 > 可移动置物架 > 小推车"])
def test_zh_rocking_chairs_swing_benches_and_carts_are_no_baby_goods(classify, category):
    result = classify("", category=category)
    assert result.product_type == "furniture", result.basis
    assert not any(classes_of(result, "children_12_under", "toy")), result.basis


@pytest.mark.parametrize("title", ["婴儿摇椅 安抚", "宝宝摇椅"])
def test_zh_baby_rockers_stay_baby_gear(classify, title):
    result = classify(title)
    assert result.product_type == "baby_gear", result.basis
    assert all(classes_of(result, "children_12_under")), result.basis


def test_a_zh_rocking_chair_title_is_furniture(classify):
    result = classify("藤编摇椅 阳台 懒人躺椅")
    assert result.product_type == "furniture", result.basis
    assert not any(classes_of(result, "children_12_under")), result.basis


@pytest.mark.parametrize("category", [f"{CRIB_BUMPERS} > Teething Rail Covers", f"{CRIB_BUMPERS} > Crib Skirts",
                                      f"{ZH_CRIB_BUMPERS} > 婴儿床衬垫", f"{ZH_CRIB_BUMPERS} > 婴儿床栏杆罩"])
def test_crib_bumper_leaves_are_childrens_textiles(classify, category):
    result = classify("", category=category)
    assert result.product_type == "baby_bedding", result.basis
    assert all(classes_of(result, "children_12_under", "textile")), result.basis


def test_zh_bathroom_furniture_sets_are_no_slipcover(classify):
    sets = classify("", category="家具 > 家具套装 > 浴室家具套件")
    cover = classify("沙发套 四季通用")
    assert not any(classes_of(sets, "textile")), sets.basis
    assert all(classes_of(cover, "textile")), cover.basis


@pytest.mark.parametrize("category", [f"{TABLES} > Kotatsu", "家具 > 桌子 > 暖桌",
                                      f"{BEDS} > Mattress Foundations > Adjustable Bases",
                                      "家具 > 床具与配件 > 床垫架/排骨架 > 可调底座",
                                      f"{CHAIRS} > Electric Massaging Chairs", f"{ZH_CHAIRS} > 电动按摩椅",
                                      f"{STORAGE} > Vanities > Bedroom Vanities > Lighted Vanities"])
def test_heated_lit_and_motorised_furniture_takes_the_mains(classify, category):
    result = classify("", category=category)
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize(("title", "category"), [("Kotatsu Table 80cm Walnut", f"{TABLES} > Kotatsu"),
                                                 ("Zero Gravity Full Body Massage Chair",
                                                  f"{CHAIRS} > Electric Massaging Chairs")])
def test_a_titled_kotatsu_or_massage_chair_keeps_the_mains(classify, title, category):
    result = classify(title, category=category)
    assert all(classes_of(result, "mains_lv", "eee")), result.basis


def test_a_kotatsu_futon_on_its_shelf_is_a_textile_without_mains(classify):
    result = classify("Kotatsu Futon Blanket", category=f"{TABLES} > Kotatsu")
    assert classes_of(result, "textile", "mains_lv") == (True, False), result.basis


@pytest.mark.parametrize("category", [f"{BEDS} > Mattress Foundations > Box Springs",
                                      f"{STORAGE} > Vanities > Bedroom Vanities > Makeup Vanities",
                                      f"{TABLES} > Nightstands"])
def test_plain_neighbours_stay_unpowered(classify, category):
    result = classify("", category=category)
    assert not any(classes_of(result, "mains_lv", "eee")), result.basis


@pytest.mark.parametrize("category", [f"{CHAIRS} > Kitchen & Dining Room Chairs",
                                      f"{TABLES} > Kitchen & Dining Room Tables",
                                      "Furniture > Benches > Kitchen & Dining Benches > Banquettes",
                                      "Furniture > Futon Frames",
                                      "Furniture > Futons > Futon Frames", f"{BEDS} > Beds & Bed Frames > Four Posters",
                                      "Furniture > Furniture Sets > Kitchen & Dining Furniture Sets"])
def test_dining_furniture_and_frames_read_furniture(classify, category):
    result = classify("", category=category)
    assert result.product_type == "furniture", result.basis


# --- titles on the Watches and Vests shelves ------------------------------------------------------------


WATCHES = "Apparel & Accessories > Jewelry > Watches"
VESTS = f"{CLOTHING} > Outerwear > Vests"


@pytest.mark.parametrize(("title", "category"), [("Apple Watch Series 9 GPS 45mm", WATCHES),
                                                 ("Kids GPS Watch Phone with SOS", WATCHES),
                                                 ("儿童电话手表 定位", "服饰与配饰 > 珠宝首饰 > 手表")])
def test_a_smartwatch_filed_under_watches_keeps_its_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "smartwatch", result.basis
    assert all(classes_of(result, "radio", "eee", "battery")), result.basis


@pytest.mark.parametrize("title", ["", "Casio Men's Quartz Watch"])
def test_a_plain_watch_under_watches_stays_a_watch_without_radio(classify, title):
    result = classify(title, category=WATCHES)
    assert result.product_type == "watch", result.basis
    assert not any(classes_of(result, "radio")), result.basis


@pytest.mark.parametrize(("title", "category"), [("Heated Vest Women USB Rechargeable", VESTS),
                                                 ("加热马甲 充电", f"{ZH_CLOTHING} > 外衣 > 背心")])
def test_a_heated_vest_under_outerwear_vests_reads_its_battery(classify, title, category):
    result = classify(title, category=category)
    assert all(classes_of(result, "eee", "battery", "textile")), result.basis


@pytest.mark.parametrize("title", ["", "Men's Fleece Vest"])
def test_an_outerwear_vest_is_a_passive_gilet(classify, title):
    result = classify(title, category=VESTS)
    assert result.product_type == "jacket", result.basis
    assert classes_of(result, "textile", "eee") == (True, False), result.basis
