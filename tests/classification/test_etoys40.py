"""Electric toys: kinds and words that mean a motor, a speaker or a cell inside a toy (etoys40, issue 9).

The eee and battery misses of the tuned toy catalogs were read by why they were missed. Most name a product whose
title says no feature ("Sonic Blasting Iron Man", "Mega Mutant Leo"): no word can fix them. The general facts that
could: a toy that dances on its own has a motor; talking pens and dancing cacti are electronic toys; a children's
"musical" or "electronic keyboard" is a kids' keyboard; a magnetic drawing board has no cell (an LCD one has); a pool
sold with an electric air pump has a mains pump in the box. Single products and product-line names the misses named
(Spidersapien, the Nerf Vortex Diatron) were left out at the merge: a name list of single products tunes to rows.
Each rule has a look-alike that must keep its reading.
"""

from __future__ import annotations

import pytest

POOLS = "Sports Toys & Outdoor > Beach Toys > Paddling Pools"


# --- a toy that dances on its own ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Disney Dancing Plush Doll Series Minnie Mouse",
        "Fun Box Dancing Duck",
        "Dancing Unicorn Soft Toy with Music",
        "会跳舞的毛绒玩具",
    ],
)
def test_a_dancing_soft_toy_has_a_motor_and_a_battery(classify, title):
    result = classify(title)
    assert result.classes["eee"], (title, result.product_type, result.basis["eee"])
    assert result.classes["battery"], (title, result.product_type, result.basis["battery"])
    assert result.classes["toy"]


@pytest.mark.parametrize(
    "title",
    [
        "Guardians of Galaxy Dancing Groot Pop! Vinyl Bobble Figure",
        "Sovam International Dancing God Shiva-natraja Brass Statue",
        "Dancing Girl Alloy Jewel Set",
        "Strictly Come Dancing Teddy Bear",
        "Ballet Dancing Shoes for Girls",
        "Dancing Queen T-Shirt",
    ],
)
def test_a_figure_or_word_posed_dancing_stays_passive(classify, title):
    result = classify(title)
    assert not result.classes["eee"], (title, result.product_type, result.basis["eee"])
    assert not result.classes["battery"]


# --- kinds electric by nature -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title, kind",
    [
        ("Kids Talking Pen with 10 Sound Books", "electronic_toy"),
        ("点读笔 幼儿英语启蒙", "electronic_toy"),
        ("Dancing Cactus Toy Repeats What You Say", "electronic_toy"),
        ("Talking Cactus Toy USB Rechargeable", "electronic_toy"),
        ("跳舞仙人掌 会说话", "electronic_toy"),
        ("Kids Musical Keyboard 37 Keys with Microphone", "kids_keyboard"),
        ("Childrens Electronic Keyboard 61 Keys", "kids_keyboard"),
    ],
)
def test_a_toy_kind_that_is_electric_by_nature(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, (title, result.product_type)
    assert result.classes["eee"] and result.classes["battery"] and result.classes["toy"]


@pytest.mark.parametrize(
    "title",
    ["Yamaha Electronic Keyboard 61 Keys", "Musical Keyboard 61 Keys Portable"],
)
def test_an_adults_keyboard_is_no_toy(classify, title):
    result = classify(title)
    assert result.product_type == "musical_instrument", (title, result.product_type)
    assert not result.classes["toy"]


def test_a_ballpoint_pen_is_no_talking_pen(classify):
    result = classify("Parker Jotter Ballpoint Pen Blue Ink")
    assert not result.classes["eee"], result.product_type


# --- drawing boards: magnetic is passive, LCD has a coin cell -------------------------------------------------------


@pytest.mark.parametrize("title", ["Magnetic Drawing Board for Kids", "Magnetic Drawing Board Doodle Toy 4 Colours"])
def test_a_magnetic_drawing_board_has_no_cell(classify, title):
    result = classify(title)
    assert not result.classes["eee"], (title, result.product_type, result.basis["eee"])
    assert not result.classes["battery"]
    assert result.classes["toy"]


@pytest.mark.parametrize("title", ["LCD Drawing Board for Kids", "LCD Writing Tablet 10 inch Doodle Board"])
def test_an_lcd_drawing_board_keeps_its_coin_cell(classify, title):
    result = classify(title)
    assert result.product_type == "lcd_writing_tablet", (title, result.product_type)
    assert result.classes["battery"]


# --- a pool sold with an electric air pump --------------------------------------------------------------------------


def test_a_pool_sold_with_an_electric_air_pump_is_mains_equipment(classify):
    title = 'Giant Rectangular Paddling Pool Family Size 79"X59"X20" + Electric 240V Air Pump'
    result = classify(title, category=POOLS)
    assert result.product_type == "paddling_pool", result.product_type
    assert result.classes["eee"] and result.classes["mains_lv"]
    assert not result.classes["battery"]


@pytest.mark.parametrize("title", ["Kids Paddling Pool with Foot Pump", "Intex Sunset Glow Baby Pool 3-Ring"])
def test_a_pool_with_a_hand_or_foot_pump_stays_passive(classify, title):
    result = classify(title, category=POOLS)
    assert not result.classes["eee"], (title, result.product_type, result.basis["eee"])
    assert not result.classes["mains_lv"]


# --- blasters shelved with water pistols stay as they are ----------------------------------------------------------

WATER_PISTOLS = "Sports Toys & Outdoor > Beach Toys > Water Pistols"


@pytest.mark.parametrize("title", ["Nerf Vortex Praxis Disc Blaster", "Nerf Super Soaker Flash Blast"])
def test_a_springer_or_pump_blaster_stays_passive(classify, title):
    result = classify(title, category=WATER_PISTOLS)
    assert not result.classes["eee"], (title, result.product_type, result.basis["eee"])
