"""Mercari's shelves against its titles (mr66; issue 9): a machine named on a nursery's, a home-fragrance or a
collectibles shelf is the machine, a baby monitor on a "Monitors" shelf is no computer screen, a bouncers shelf holds
no jumpers, and the names sellers give slow cookers, pressure cookers and handhelds."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind", "cls"), [
    ("Cool mist humidifier", "Kids/Nursery/Other", "humidifier", "mains_lv"),
    ("Essential oil diffuser", "Home/Home Décor/Home Fragrance", "humidifier", "mains_lv"),
    ("Record player", "Vintage & Collectibles/Electronics/Other", "turntable", "mains_lv"),
    ("Watermelon Shisha hookah pen", "Vintage & Collectibles/Toy/Electronic", "e_cigarette", "battery"),
    ("Levana Oma Baby Monitor", "Kids/Safety/Monitors", "baby_monitor", "radio"),
])
def test_a_machine_named_on_a_shelf_of_goods_is_the_machine(classify, title, category, kind, cls):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is True, result.basis[cls]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Reed diffuser sticks lavender", "Home/Home Décor/Home Fragrance", "home_fragrance"),
    ("Pack n play sheet", "Kids/Nursery/Other", None),
    ("Funko Pop Batman", "Vintage & Collectibles/Toy/Action Figure", None),
])
def test_the_shelfs_own_goods_stay_unpowered(classify, title, category, kind):
    result = classify(title, category=category)
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Fisher price cradle n swing", "Mamaroo"])
def test_a_bouncers_shelf_holds_no_jumpers(classify, title):
    result = classify(title, category="Kids/Gear/Swings, Jumpers & Bouncers")
    assert result.product_type == "baby_gear", result.basis["product_type"]
    assert result.classes["textile"] is not True


def test_a_jumper_is_still_a_sweater(classify):
    result = classify("Green wool jumper", category="Women/Sweaters/Crewneck")
    assert result.product_type == "sweater", result.basis["product_type"]
    assert result.classes["textile"] is True


@pytest.mark.parametrize(("title", "category", "kind", "cls"), [
    ("Crock pot", None, "cooker", "mains_lv"),
    ("Instant pot", "Home/Kitchen & Dining/Small Appliances", "cooker", "mains_lv"),
    ("Psp go", "Electronics/Video Games & Consoles/Games", "handheld_console", "radio"),
])
def test_names_sellers_give_cookers_and_handhelds(classify, title, category, kind, cls):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is True, result.basis[cls]


def test_a_handhelds_bare_platform_ending_a_games_title_is_the_game(classify):
    result = classify("Monster Hunter Freedom PSP")
    assert result.product_type == "video_game", result.basis["product_type"]
    assert result.classes["radio"] is not True


@pytest.mark.parametrize(("title", "category"), [
    ("Funko pop Vincent vega", "Kids/Toys/Action Figures & Statues"),
    ("Funko Pop VAULTED Claire Randall", "Kids/Toys/Action Figures & Statues"),
    ("4x abbot magic the gathering", "Kids/Toys/Hobbies"),
    ("Funko Pop! Television: The Boys - Homelander", "Kids/Toys/Action Figures & Statues"),  # a show's "Boys"
])
def test_a_collector_line_on_a_kids_toy_shelf_stays_a_collectors(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is False, result.basis["toy"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "category"), [
    ("Funko Pop Kids Elsa Toddler Figure", None),  # the title's own child word still wins
    ("Pokemon cards booster", "Kids/Toys/Hobbies"),  # no collector line named: the shelf's child's toy
])
def test_a_childs_word_or_no_collector_line_keeps_the_childs_toy(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Knee High Volleyball Socks", "Sports & Outdoors/Team Sports/Volleyball", "socks"),
    ("Wonder winks scrubs pants", "Other/Daily & Travel items/Health Care", "trousers"),
    ("Waist Trainer/Xsmall/ships Today", "Sports & Outdoors/Exercise/Fitness accessories", "underwear"),
    ("SOCCER SHOES JOMA SIZE 11", "Sports & Outdoors/Team Sports/Soccer", "shoes"),
])
def test_a_garment_on_a_trades_shelf_is_the_garment(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is True, result.basis["textile"]


@pytest.mark.parametrize(("title", "category"), [
    ("Wilson volleyball", "Sports & Outdoors/Team Sports/Volleyball"),
    ("Ultrasport Trampoline de Jardin Jumper 430 cm",
     "SPORT (NEW) > FITNESS - MUSCULATION - GYMNASTIQUE > TRAMPOLINE"),  # a trampoline's name, no sweater
    ("Bouteille de rechange gilets Lalizas", "SPORT (NEW) > BATEAU - KAYAK - DERIVEUR > PIECE DETACHEE DE BATEAU"),
])
def test_the_trades_own_goods_stay_no_textile(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["textile"] is not True, result.basis["textile"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Baby K'tan active baby carrier", "Kids/Gear/Backpacks & Carriers", "baby_gear"),
    ("Jansport backpack", "Kids/Gear/Backpacks & Carriers", "backpack"),
    ("Graco Pack n Play Portable Napper Changer", "Kids/Gear/Playards", "baby_gear"),
    ("AMW PRECISION BENCH SCALE", "Other/Office supplies/Shipping Supplies", "health_monitor"),
])
def test_baby_gear_and_scales_by_their_names(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]


def test_a_water_purifiers_bulb_cartridge_is_no_light_bulb(classify):
    result = classify("Bulb Cartridge 6000 Litre, Hollow Fiber Membrane")  # amzin67: a water purifier's
    assert result.product_type != "light_bulb", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True
