"""Mercari US sellers' own titles and Mercari's slash path (mr59, issue 9).

A second-hand marketplace: short titles a seller writes herself ("Black booties", "Ps2 slim", "Pug Case Silicone
iPhone 6/6s", "Old navy cardigan 5T", "Free ship! ..."), and a three-level path joined by "/" with no spaces
("Women/Tops & Blouses/Blouse"), which was read as one level. The audit found the path's levels unread (a department's
bucket outvoting its leaf, a leaf's ", " cutting it), a case or protector named before the phone read as the phone,
US fashion words read in a baby's or a toy's sense (booties, romper, "free ship", Vans), US children's sizes (4T,
18 mos, YLG, 10C) unread, and a console's games read as board games.
Both sides of each: the lookalike that must keep its reading.
"""

from __future__ import annotations

import pytest


def _c(result, name: str) -> bool:
    return bool(result.classes[name])


# --- Mercari's path: three levels joined by "/" ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind"), [
    # the leaf names the kind; read as one level, the department's bucket ("video games, consoles") won
    ("Hold for Jamie", "Electronics/Video Games & Consoles/Consoles", "game_console"),
    # a leaf that picks a bucket's specific alternative by its head word: video games, not board games
    ("Bundle of three", "Electronics/Video Games & Consoles/Games", "video_game"),
    # the leaf's ", " lists alternatives within it, no levels ("Skirts/Straight, Pencil" read a pencil)
    ("Size 6 never worn", "Women/Skirts/Straight, Pencil", "skirt"),
    # Mercari's kids' leaves
    ("Carter's 3 pack", "Kids/Boys 0-24 Mos/One-Pieces", "baby_garment"),
    ("Gymboree lot size 4", "Kids/Girls 2T-5T/Bottoms", "clothing"),
    ("Lightly used, washed", "Kids/Diapering/Cloth Diapers", "baby_garment"),
])
def test_a_mercari_path_is_read_by_its_levels(classify, title, category, kind):
    assert classify(title, category=category).product_type == kind


@pytest.mark.parametrize(("title", "category"), [
    ("Carter's 3 pack", "Kids/Boys 0-24 Mos/One-Pieces"),
    ("Gymboree lot size 4", "Kids/Girls 2T-5T/Bottoms"),
    ("Bumgenius pocket diapers", "Kids/Diapering/Cloth Diapers"),
])
def test_kids_clothing_leaves_are_childrens_textiles(classify, title, category):
    result = classify(title, category=category)
    assert _c(result, "textile") and _c(result, "children_12_under")


def test_a_video_games_leaf_is_no_toy(classify):
    result = classify("Bundle of three", category="Electronics/Video Games & Consoles/Games")
    assert not _c(result, "toy") and not _c(result, "children_12_under")


def test_a_kids_toy_shelf_still_holds_games(classify):
    """"Games" under "Kids/Toys": no specific alternative above it, the generic game stands."""
    assert _c(classify("Hold for Sam", category="Kids/Toys/Games"), "toy")


def test_a_collectors_department_is_read_as_before(classify):
    """"Vintage & Collectibles/..." is a collector's department: read as one level, its figures stay collector's
    pieces (read by levels, the leaf "Action Figure" made a Funko chase a child's toy)."""
    result = classify("Snaggle Puss Chase", category="Vintage & Collectibles/Toy/Action Figure", brand="Funko")
    assert not _c(result, "toy")


@pytest.mark.parametrize("category", [
    # a slash elsewhere lists alternatives in one level (CPSC's product types), read as before
    "Coffeemakers/Coffeepots/Teapots/Kettles",
    "Electronics > Video Games & Consoles > Consoles",
])
def test_other_slash_paths_are_read_as_before(classify, category):
    kind = classify("Hold", category=category).product_type
    assert kind in {"kettle", "coffee_maker", "game_console"}


def test_body_scrubs_are_no_medical_scrubs(classify):
    result = classify("Pink sugar gift set", category="Beauty/Bath & Body/Scrubs & Body Treatments")
    assert not _c(result, "textile")


def test_medical_scrubs_stay_workwear(classify):
    assert classify("Navy medical scrubs set size M").product_type == "uniform_workwear"


# --- an accessory named before the phone it fits ----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Glitter Case iPhone 7",
    "Shockproof rubber case Samsung Galaxy S7",
    "Tempered glass screen protector iPhone 8 Plus",
    "iPhone 7 Case iPhone 7 Plus",
    "Galaxy S6 OtterBox Defender",
    "iPhone 6/6s otter box",
])
def test_an_accessory_before_the_phone_is_no_phone(classify, title):
    result = classify(title)
    assert not _c(result, "radio") and not _c(result, "battery")


@pytest.mark.parametrize("title", [
    "iPhone 6s 64GB unlocked with case",
    "Rose gold iPhone 7 128gb",
    "Unlocked Samsung Galaxy S7 edge",
])
def test_the_phone_itself_stays_a_phone(classify, title):
    assert classify(title).product_type == "smartphone"


# --- US fashion words in their US sense -------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind", "children"), [
    ("Black suede booties size 7", "boots", False),
    ("Crochet booties for newborn", "baby_shoes", True),
    ("Floral strapless romper", "dress", False),
    ("Baby boy striped romper", "dress", True),
    ("Plaid flannel", "shirt", False),
])
def test_us_fashion_words(classify, title, kind, children):
    result = classify(title)
    assert result.product_type == kind
    assert _c(result, "textile")
    assert _c(result, "children_12_under") == children


def test_a_flannel_sheet_is_bedding(classify):
    assert classify("Flannel crib sheet").product_type != "shirt"


@pytest.mark.parametrize("title", [
    "Free ship bundle of two",
    "Women's checkered vans",
    "Toy Story Vans",
])
def test_free_shipping_and_vans_are_no_toy_vehicles(classify, title):
    assert not _c(classify(title), "toy")


@pytest.mark.parametrize("title", [
    "Die-cast toy ship with lights",
    "Ice cream van toy",
])
def test_a_toy_ship_or_van_is_still_a_toy(classify, title):
    assert _c(classify(title), "toy")


@pytest.mark.parametrize(("title", "textile"), [
    ("Bumgenius cloth diapers lot", True),
    ("Pampers size 3 diapers", False),
])
def test_cloth_diapers_are_textiles(classify, title, textile):
    assert _c(classify(title), "textile") == textile


# --- US children's sizes ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Old Navy cardigan 4T",
    "Striped pajama set 18 mos",
    "Nike hoodie YXL",
    "Under Armour hoodie youth large",
    "Jordan sneakers 10c",
    "Baby girl dress 6/9 months",
])
def test_us_childrens_sizes_on_clothes(classify, title):
    assert _c(classify(title), "children_12_under")


@pytest.mark.parametrize("title", [
    "Castrol 2T two stroke engine oil",
    "Leather biker jacket size M",
    "Nike running sneakers size 10",
    "Ceramic capacitor 10C",
])
def test_sizes_that_are_no_childs(classify, title):
    assert not _c(classify(title), "children_12_under")


# --- a console's games and handhelds ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Lot of 6 Wii games",
    "PS4 game bundle",
    "10 games for Nintendo DS",
])
def test_a_consoles_games_are_no_toys(classify, title):
    result = classify(title)
    assert result.product_type == "video_game"
    assert not _c(result, "toy")


def test_board_games_stay_toys(classify):
    assert _c(classify("Family board games lot"), "toy")


def test_a_ds_lite_is_a_console(classify):
    result = classify("Nintendo DS Lite pink")
    assert result.product_type == "game_console"
    assert _c(result, "radio")


def test_a_ds_game_is_no_console(classify):
    assert classify("Pokemon Black - Nintendo DS").product_type != "game_console"


# --- a makeup blender ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "mains"), [
    ("Clear silicone blender", False),
    ("Ninja countertop blender 1000W", True),
])
def test_a_makeup_blender_is_no_kitchen_blender(classify, title, mains):
    assert _c(classify(title), "mains_lv") == mains
