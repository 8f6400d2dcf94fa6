"""Children's products that are not toys, by title and brand alone (kids46, stop 46, issue 9).

Read with no category, school pencil boxes, reward and puffy stickers, a child's birthday badge, an Indian baby
swaddle ("Single Wrapper") and goods sized "Age 3-6", "3-4Y" or "12-18M" did not read as children's products, and a
ladybird's "Lady" read as a woman. Pencil boxes now default to children's (school supplies, as the labels mark every
one), the sticker kinds made for children say so, a birthday badge is a badge whose age and person words decide, and
the age and size marks of children's labels are read. Their grown-up lookalikes keep their reading.
"""

from __future__ import annotations

import pytest


def _children(result) -> bool:
    return bool(result.classes.get("children_12_under"))


# --- pencil boxes: school supplies sold for children ------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Outshiny Eagle Printed Art Polyester Pencil Box", None),
    ("Www.Thepaper.Asia Floral Flowers Art Canvas Pencil Box", None),
    ("Dragon Sports Car Art Metal Pencil Boxes", None),
    ("Neo Gold Leaf Disney Car New Combo Art Plastic Pencil Box", None),
    ("Anker Princess Filled Pencil Case", "Disney"),
    ("Shopat7 Lady Bugs Cartoon Art Plastic Pencil Box", None),
    ("Hot Wheels: Large Flat Zippered Pencil Case", "Hot Wheels"),
    ("大容量帆布笔袋 简约", None),
    ("双层铅笔盒 磁扣", None),
])
def test_a_pencil_box_is_a_childrens_school_supply(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "pencil_box", result.basis["product_type"]
    assert _children(result), result.basis


@pytest.mark.parametrize("title", [
    "Leather Pen Case for Men",
    "Womens Canvas Pencil Case with Zip",
    "Pencil Case for Adults - Professional Artists Pencil Roll",
])
def test_a_pencil_case_sold_to_adults_is_not(classify, title):
    result = classify(title)
    assert result.product_type == "pencil_box", result.basis["product_type"]
    assert not _children(result), result.basis


# --- stickers made for children ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Hot Wheels: Padded Puffy Stickers Sheet", "Hot Wheels"),
    ("Spiderman Padded Stickers", "Marvel"),
    ("Owl-Stars!TM superShapes Reward Stickers", "TREND ENTERPRISES INC."),
    ("Trend 100 Applause Stickers - Music Rewards", "TREND ENTERPRISES INC."),
    ("Playbox Christmas Sticker Pad (1000 Pieces)", "Playbox"),
    ("Kids Create: Reward Stickers Pad (10 Sheets)", "Kids Create"),
])
def test_puffy_reward_and_pad_stickers_are_childrens(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "sticker", result.basis["product_type"]
    assert _children(result), result.basis


@pytest.mark.parametrize(("title", "brand"), [
    ("Speedwav 1 Car Bumper Sticker", "Speedwav"),
    ("DeStudio Extra Large WALL STICKER Sticker", "DeStudio"),
    ("1 x GOLD Interlocking Wedding Rings Peel off Stickers Card Making, Crafting, 086", "Crazy Grans"),
    ("Sons Of Anarchy Moto Club Skull Sticker", "Animewild"),
    ("Laptop Stickers Pack of 50 Vinyl Decals", None),
])
def test_other_stickers_stay_open(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "sticker", result.basis["product_type"]
    assert not _children(result), result.basis


# --- a birthday badge is worn by the one whose birthday it is ---------------------------------------------------------

@pytest.mark.parametrize(("title", "children"), [
    ("small birthday badge age 7 girl size 5.5cm", True),
    ("8 years old birthday badge for girl", True),
    ("80th birthday badge for male or female", False),
    ("60TH BIRTHDAY BADGE FEMALE {NEW SIMON 15CM}", False),
])
def test_a_birthday_badge_is_a_badge_whose_words_decide_the_audience(classify, title, children):
    result = classify(title)
    assert result.product_type == "pin_badge", result.basis["product_type"]
    assert _children(result) is children, result.basis


@pytest.mark.parametrize("title", [
    "Happy 6th Birthday Giant Party Wall Banner 3 Banners Age 6 Party Decoration",
    "4th Birthday Banner Girl {new EXP}",
])
def test_birthday_banners_stay_party_decoration_for_the_hosts(classify, title):
    result = classify(title)
    assert result.product_type == "party_decoration", result.basis["product_type"]
    assert not _children(result), result.basis


# --- baby swaddle and a children's cartoon ----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Offspring Printed Single Wrapper Multicolor", "Offspring"),
    ("My NewBorn Solid Single Wrapper Assorted Muti Colors", "My NewBorn"),
    ("Embroidered Hooded Single Wrapper White", None),
])
def test_an_indian_single_wrapper_is_a_baby_swaddle(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "baby_bedding", result.basis["product_type"]
    assert _children(result), result.basis


def test_a_bale_wrapper_is_no_swaddle(classify):
    assert classify("Britains Bale Wrapper", brand="Britains").product_type != "baby_bedding"


def test_chhota_bheem_goods_are_childrens(classify):
    assert _children(classify("Chota Bheem Cotton Bath Towel", brand="Chota Bheem"))
    assert _children(classify("Chhota Bheem Printed Cotton Bath Towel"))
    assert not _children(classify("Sathiyas Cotton Bath Towel", brand="Sathiyas"))


# --- age and size marks -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "HAPPY TURTLE ARM BANDS - AGE 3-6",
    "1940's Wartime Floral Print Evacuee Dress World Book Day Fancy Dress Costume AGE 5-6",
    "Striped Cotton Tights Age 6-12",
    "Printed Cotton Dress 3-4 Y",
    "Printed Cotton Dress 3-4Y",
    "Cotton T-Shirt 9-10Y",
    "Cotton Pyjamas 12-18M",
    "Knitted Cotton Cardigan 0-3 Mths",
    "Lady Bug Toddler Costume",
])
def test_childrens_age_and_size_marks(classify, title):
    result = classify(title)
    assert _children(result), result.basis


@pytest.mark.parametrize("title", [
    "Schoolgirl St Trinians Fancy Dress 5 Piece Outfit Size 10-12",
    "Age 18/18th Birthday Diamond Clear 11\" Latex Balloons x 5",
    "Expandable Garden Hose Pipe 3-6m",
    "PIR Motion Sensor Light Detection Range 0-3 m",
    "Luscious Lady Bug Fancy Dress Costume (adult size 8-14)",
    "Ladybug Women's Shift Dress",
    "Ladies Cardigan Age 40-50 Style",
])
def test_grown_up_sizes_ranges_and_lengths_are_not(classify, title):
    result = classify(title)
    assert not _children(result), result.basis
