"""Review of toys39 and zh39 (review39b, issue 9): the look-alikes their new words caught.

- "Cars 2" / "Cars 3" name the films' die-cast line, but a count of doors, seats or assorted models after "cars" is
  no sequel ("Model Cars 2 Door Coupe", "Sports Cars 2 Seater"), as toys39's pack sizes ("Cars 2 Pack") are not;
- a ring-top or steel-frame pool line ("Easy Set") is a family pool, but a title that names a child ("Kids Paddling
  Pool") keeps the children's pool;
- a dolls' house miniature's child words name its subject (toys39), but an age ("3+ Years", "Ages 3+") names its
  buyer: a dolls' house nursery playset for 3+ years stays a child's toy; a 1:12 nursery cot stays a collector's piece.
- an electric pet product (a fountain, a feeder) is a kind of pet supply: its title wins on a "宠物用品" shelf (zh39
  made that the pet shelf's hint, as English "Pet Supplies") and keeps its EEE; a lead stays unpowered.
- zh39's shop words end the noun phrase, but after 背 or 钱 the 包 of 包邮 is the bag's own ("双肩背包邮" is a
  backpack, as before zh39), while "手机包邮" stays a phone sold post-free.
"""

import pytest

SCALE_SHELF = "Toys & Games > Models > Scale Models"
DIECAST_SHELF = "Toys & Games > Toy Vehicles > Die-cast"
POOL_SHELF = "Toys & Games > Sports Toys & Outdoor > Beach Toys > Paddling Pools"
DOLLS_HOUSE = "Toys & Games > Dolls & Accessories > Dolls' House Dolls & Accessories > Dolls' House Accessories"


@pytest.mark.parametrize(
    "title",
    [
        "1:18 Diecast Model Cars 2 Door Coupe Scale Model",
        "Autoart 1:18 Sports Cars 2 Seater Model",
        "Bburago 1:43 Classic Cars 3 Assorted Scale Model",
    ],
)
def test_a_count_after_cars_is_no_sequel(classify, title):
    result = classify(title, category=SCALE_SHELF)
    assert result.product_type == "scale_model", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title",
    ["Cars 3 Lightning McQueen Die-Cast 1:55", "Cars 2 Finn McMissile 1:55 Diecast"],
)
def test_the_sequels_still_name_the_childrens_line(classify, title):
    result = classify(title, category=DIECAST_SHELF)
    assert result.classes["toy"], result.basis["toy"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title",
    ["Easy Set Kids Paddling Pool 6ft", "Intex Kids Paddling Pool 3 Ring Easy Set Mini"],
)
def test_a_kids_pool_of_a_family_line_stays_childrens(classify, title):
    result = classify(title, category=POOL_SHELF)
    assert result.classes["toy"], result.basis["toy"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


def test_a_family_line_pool_without_a_child_word_stays_a_family_pool(classify):
    result = classify("Intex Easy Set Pool 10ft x 30in", category=POOL_SHELF)
    assert not result.classes["toy"], result.basis["toy"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title",
    [
        "Dolls House Nursery Set Wooden Playset for Kids 3+ Years",
        "Dolls House Furniture Set Bedroom with Bunk Bed Ages 3+",
    ],
)
def test_an_age_on_a_dolls_house_set_names_a_child(classify, title):
    result = classify(title, category=DOLLS_HOUSE)
    assert result.product_type == "dolls_house_miniature", result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


def test_a_collectors_nursery_miniature_stays_no_toy(classify):
    result = classify("Dolls House Miniature Nursery White Wooden Cot 1:12 Scale", category=DOLLS_HOUSE)
    assert not result.classes["toy"], result.basis["toy"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("宠物饮水机 自动循环 猫咪饮水器", "宠物用品"),
        ("智能自动喂食器 猫狗定时", "宠物用品"),
        ("Cat Water Fountain Automatic 2L", "Pet Supplies"),
    ],
)
def test_an_electric_pet_product_keeps_its_kind_on_the_pet_supplies_shelf(classify, title, path):
    result = classify(title, category=path)
    # bothways41: an automatic feeder is now `pet_feeder`, a kind of pet_electronics
    assert result.product_type in ("pet_electronics", "pet_feeder"), result.basis["product_type"]
    assert result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "path"), [("狗狗牵引绳 中大型犬", "宠物用品"), ("Dog Lead Nylon 1.2m", "Pet Supplies")]
)
def test_a_plain_pet_supply_stays_unpowered(classify, title, path):
    result = classify(title, category=path)
    assert not result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("双肩背包邮 学生", "backpack"), ("真皮钱包邮 男士", "wallet"), ("背包包邮 学生", "backpack")],
)
def test_a_bag_before_a_run_on_post_free_stays_the_bag(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize(("title", "kind"), [("小米手机包邮", "smartphone"), ("平板电脑包邮", "tablet")])
def test_post_free_after_a_device_still_ends_its_phrase(classify, title, kind):
    assert classify(title).product_type == kind
