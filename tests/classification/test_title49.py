"""Toys known by title and brand alone, learnt from the whole catalogs (title49, stop 49, issue 9).

An audit of 200 catalog products the shelf reads as toys or children's and the title alone does not, and of the
Flipkart products the title alone reads as toys, found kinds true of the world: Indian sellers' "showpiece" names an
ornament whatever doll, puppet or animal it depicts; their "Rubber Toy For Dog" is a pet toy and their "Squirt Gun 1 L
Hand Held Sprayer" a garden sprayer; blow pens, 3D puzzle vases, hopscotch, Playmates' Half-Shell Heroes and the small
garden play pools named by their kind (ring, spray, snapset, sun-shade, activity pools) named no toy.
Both sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- a showpiece is an ornament ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Ona'S Rajasthani Puppet Showpiece  -  56 cm", "Ona'S"),
    ("MSC Shuangmin Japanese Dolls Showpiece  -  12 cm", "MSC Shuangmin"),
    ("Marwar Handmade Iron Bicycle Toy Showpiece  -  20 cm", "Marwar"),
    ("Monil Cow With Calf Showpiece  -  10.2 cm", "Monil"),
    ("Lal Haveli Beautifully crafted and painted Horse with bells Showpiece  -  33 cm", "Lal Haveli"),
    ("Ray-Pro Lady Figure Showpiece  -  33 cm", "Ray-Pro"),
    ("Handcrafted Elephant Showpieces Set of 3", None),
])
def test_a_showpiece_is_no_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand"), [
    ("Rajasthani Wooden Puppet for Kids", None),
    ("Japanese Doll for Girls", None),
    ("Papo 39225 Farm Girl Figurine", "Papo"),
    ("Bullyland Chief Figurine", "Bullyland"),
])
def test_a_toy_doll_puppet_or_figurine_stays_a_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is True


def test_a_showpiece_on_a_toy_shelf_is_still_no_toy(classify):
    result = classify("Furncoms Doll Showpiece  -  24 cm",
                      category="Home Decor & Festive Needs >> Showpieces >> Human Figurines", brand="Furncoms")
    assert _audience(result) == (False, False)


# --- pet toys and garden sprayers -------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Pawzone Rubber Rubber Toy For Dog",
    "Kennel Rubber Dumbell With Bell - Small Rubber Rubber Toy For Dog",
    "Squeaky Plush Toy for Dogs",
    "Feather Teaser Toy For Cats",
    "Wooden Swing Toy for Parrots",
])
def test_a_toy_for_a_pet_is_a_pet_toy(classify, title):
    result = classify(title)
    assert result.product_type == "pet_toy"
    assert _audience(result) == (False, False)


@pytest.mark.parametrize("title", [
    "Toy for Kids Dog Figure Pull Along",
    "Soft Toy Dog for Children",
])
def test_a_childs_toy_dog_stays_a_toy(classify, title):
    assert classify(title).classes["toy"] is True


@pytest.mark.parametrize(("title", "brand"), [
    ("SMS Elegant Squirt Gun 1 L Hand Held Sprayer", "SMS"),
    ("eSms Squirt-Water-Gun01 1 L Hand Held Sprayer", "eSms"),
    ("Garden Handheld Sprayer 2 Litre", None),
])
def test_a_hand_held_sprayer_is_a_garden_sprayer(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "garden_supplies"
    assert result.classes["toy"] is False


@pytest.mark.parametrize("title", ["Super Soaker Squirt Gun", "Squirt Gun Water Pistol Pack of 2"])
def test_a_squirt_gun_stays_a_water_toy(classify, title):
    result = classify(title)
    assert result.product_type == "water_toy"
    assert result.classes["toy"] is True


# --- toy kinds the vocabulary lacked ----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("John Adams Disney Frozen My Blopens Set", "Disney Frozen", "colouring_set"),
    ("BLO pens Activity Set Fantasy", "BLO pens", "colouring_set"),
    ("Washable Blow Pens Air Spray Markers Kids Coloured Blow Pens Non Toxic Set New", None, "colouring_set"),
    ("吹画笔 12色", None, "colouring_set"),
    ("Paul Lamond Dragon 3D Puzzle Vase (160 Pieces)", "Paul Lamond", "puzzle"),
    ("Scribble Garden Jumbo Hopscotch", "Scribble", "kids_game"),
    ("Hopscotch Play Mat", None, "kids_game"),
    ("儿童跳房子 游戏", None, "kids_game"),
    ("Turtles Shredder and Foot Soldier Half-Shell Heroes (Pack of 2)", "Turtles", "action_figure"),
    ("Teenage Mutant Ninja Turtles Half-Shell Heroes Snakeweed & Spider Bytez", "TMNT", "action_figure"),
    ("ELC PLAY MONEY 99 PIECES SET FOR AGES 3-8 YEARS", "Peterkin", "playset"),
])
def test_toy_kinds_name_a_childs_toy(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "kind"), [
    ("Parker Jotter Ball Pen Blue", "pen"),
    ("Glass Flower Vase 25cm", "vase_flowers"),
    ("Peppa Pig Hopscotch Handbag", "handbag"),
    ("Leather Half Shell Phone Case for iPhone 6", "device_case"),
])
def test_lookalikes_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


# --- small garden play pools named by their kind ----------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Whale Spray Pool", "Intex"),
    ("Colour Wave Three-Ring Pool (59419)", "Intex"),
    ("Intex 3-Ring Pool 147cm", "Intex"),
    ("John Adams 62 x 62-Inch Sun Shade Pool", "Intex"),
    ("O'Blue Activity Pool", "Peterkin"),
    ("Intex Beach Days Snapset Pool", "Intex"),
])
def test_a_small_play_pool_is_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "paddling_pool"
    assert result.classes["toy"] is True


@pytest.mark.parametrize("title", [
    "Intex 12ft x 30in Metal Frame Swimming Pool",
    "Bestway Ocean Life Pool 122cm X 25cm",
    "Above Ground Pool Ladder",
])
def test_other_pools_read_as_before(classify, title):
    assert classify(title).classes["toy"] is False


# --- footballers named by a theme are no ball -------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Winning Moves - Top Trumps World Football Stars", "Winning Moves", "kids_card_game"),
    ("Mini Top Trumps - England Football Stars", "Top Trumps", "kids_card_game"),
    ("Poket Monster Doll Japan National Football Team with Pikachu Flag", "Takara Tomy", "doll"),
])
def test_football_stars_and_teams_name_no_ball(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind
    assert result.classes["toy"] is True


@pytest.mark.parametrize("title", ["Mitre Impel Training Football Size 5", "Football Team Training Ball Size 4",
                                   "Adidas Champions League Match Football"])
def test_a_football_is_still_a_ball(classify, title):
    assert classify(title).product_type == "sports_ball"
