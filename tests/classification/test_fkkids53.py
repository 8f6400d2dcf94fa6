"""Children's products on Flipkart by title and brand alone (fkkids53, stop 53, issue 9).

The fresh audit's pools were empty (every Flipkart product read children's or toy with the category but not by title
is in an earlier audit or a label set), so the kinds come from the earlier audits' still-open title-telling misses:
a brand named for children ("CHINMAY KIDS", "Love Baby") whose copy in the title is blanked with the brand; a pupil
written as one word ("Schoolboys"); "Jr" on junior-size sports shoes; India's "musical gun"; a baby's shower cap.
Both sides of each.
The read-through narrowed two: "Jr" on socks and shorts, and a signature shoe's "Jr", name a person; "gun with light(s)
and sound(s)" names thermometer, massage and radar guns as often as toys, so it was dropped.
"""

from __future__ import annotations

import pytest


def _children(result) -> bool:
    return result.classes["children_12_under"] is True


# --- a brand named for children ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("CHINMAY KIDS Printed Cotton Padded Mosquito Net", "CHINMAY KIDS"),
    ("Love Baby Cartoon Set of Towels", "Love Baby"),
    ("Kids Village Cotton Bath Towel", "Kids Village"),
    ("Cotton On Kids Cotton Bedsheet", "Cotton On Kids"),
    ("Yo Baby Cotton Bath Towel", "Yo Baby"),
])
def test_a_brand_named_for_children_makes_a_childrens_product(classify, title, brand):
    assert _children(classify(title, brand=brand))


@pytest.mark.parametrize(("title", "brand"), [
    # a colour in Flipkart's brand field, a women's line, a baby shower's party goods, goat leather
    ("Ploomz Fashion Women's Full Coverage Bra", "Baby Pink"),
    ("Cotton Bath Towel", "Baby Pink"),
    ("O Baby Women's Printed White, Dark Green Top & Shorts Set", "O Baby"),
    ("Umbrellaphants Pink Invitations with Envelopes", "Baby Shower Host"),
    ("Leather Wallet", "Kid Leather"),
    # "girl" and "boy" brands are mostly adults'; "little" names anything
    ("Urban Girl Foundation Brush (Pack of 12)", "Urban Girl"),
    ("Little Frog Men Sandals", "Little Frog"),
    ("Cotton Bath Towel", "Golden Girl"),
])
def test_other_brands_with_person_words_say_nothing(classify, title, brand):
    assert not _children(classify(title, brand=brand))


def test_the_same_words_in_the_title_alone_still_read(classify):
    # the brand modifier adds the brand field; the title's own child word was read before and still is
    assert _children(classify("Kids Printed Cotton Padded Mosquito Net"))
    assert not _children(classify("Printed Cotton Padded Mosquito Net", brand="Chinmay"))


# --- a pupil written as one word ------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Xpert Schoolboys Blk Lace Up Shoes", "Schoolboy Black Leather Shoes",
                                   "Schoolkids Steel Lunch Box"])
def test_a_schoolboys_shoe_is_a_childs(classify, title):
    assert _children(classify(title))


def test_a_schoolgirl_costume_for_adults_stays_adult(classify):
    assert not _children(classify("Schoolgirl St Trinians Fancy Dress 5 Piece Outfit Size 10-12."))


def test_a_schoolboy_costume_for_adults_stays_adult(classify):
    assert not _children(classify("Naughty Schoolboy Adult Fancy Dress Costume"))


# --- "Jr" on junior-size sports footwear -----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Puma Adreno FG Jr Sports Shoes", "shoes"),
    ("Nike Mercurial Vapor Jr Football Boots", "shoes"),
])
def test_jr_on_sports_footwear_is_a_junior_size(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert _children(result)


@pytest.mark.parametrize("title", [
    "Puma Adreno FG Sports Shoes",
    "Martin Luther King Jr T-Shirt",
    "NY Giants McFarlane NFL Series 37 Figure: Odell Beckham Jr.",
    "JR PROPO Servo Mounting Screws",
    "Nike Air Griffey Max 1 Ken Griffey Jr Shoes",
    "Dale Earnhardt Jr Crew Socks",
    "Adidas Tango Jr Football Shorts",
])
def test_jr_elsewhere_is_a_name(classify, title):
    assert not _children(classify(title))


def test_a_junior_game_still_reads_jr(classify):
    result = classify("Uno Jr Card Game")
    assert (result.classes["toy"], _children(result)) == (True, True)


# --- India's musical gun ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Musical Gun for Kids", "Musical Guns Set of 2"])
def test_a_musical_gun_is_a_toy(classify, title):
    result = classify(title)
    assert result.product_type == "toy_weapon"
    assert (result.classes["toy"], _children(result)) == (True, True)


@pytest.mark.parametrize("title", ["Hot Melt Glue Gun with Light Indicator", "Massage Gun with LED Display",
                                   "Heat Gun with 2 Temperature Settings",
                                   "Infrared Thermometer Gun with Light and Sound Alarm",
                                   "Fascia Massage Gun with Light and Sound Display",
                                   "Radar Speed Gun with Flashing Lights"])
def test_other_guns_are_no_toys(classify, title):
    result = classify(title)
    assert result.product_type != "toy_weapon"
    assert result.classes["toy"] is not True


# --- a baby's shower cap ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["3kFactory Baby Shower Cap- Purple", "Adjustable Baby Bath Cap",
                                   "Soft Shampoo Shield for Toddlers"])
def test_a_babys_shower_cap_is_baby_care(classify, title):
    result = classify(title)
    assert result.product_type == "baby_care"
    assert _children(result)


@pytest.mark.parametrize("title", ["Baby Shower Decorations Banner", "Baby Shower Party Supplies Balloons",
                                   "Waterproof Shower Cap for Women"])
def test_baby_shower_party_goods_and_adult_shower_caps_are_not(classify, title):
    result = classify(title)
    assert result.product_type != "baby_care"
    assert not _children(result)


# --- rings to dive for and inflatable water games ---------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Intex Star Rings Inflatable Water Games",
                                   "Intex Summer Fun Swimming Pool Dive Rings - 55501",
                                   "Diving Rings and Sticks Set 8 Pcs"])
def test_dive_rings_and_water_games_are_water_toys(classify, title):
    result = classify(title)
    assert result.product_type == "water_toy"
    assert (result.classes["toy"], _children(result)) == (True, True)


@pytest.mark.parametrize("title", ["Sterling Silver Star Ring", "Diamond Ring", "Star Rings Silver Earrings"])
def test_finger_rings_stay_jewellery(classify, title):
    result = classify(title)
    assert result.product_type == "jewellery"
    assert result.classes["toy"] is not True
