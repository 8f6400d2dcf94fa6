"""Toys, children's products and textiles of the unseen Amazon US catalog, second audit (amzuskid55, issue 9).

A fresh hand audit of all 699 products of the Amazon US 2020 sample outside its blind set
(`/work/scratch/s55/amzuskid55/labels.csv`) found a toy store's leaves that name a grown-up kind beating the title's
plaything: a vet play kit on "Novelty & Gag Toys > Money Banks", bracelet and bead kits on "Craft Kits > Jewelry",
Play-Doh sets on "Clay & Dough", a bubble mower on "Gardening Tools"; and Amazon US's "Gaming Tops" leaf (Beyblade)
read a shirt. Both sides of each: a collector's shelf, party supplies, a hobby branch and a grown-up title keep the
shelf.
"""

from __future__ import annotations

import pytest

US_TOYS = "Toys & Games > "


def _kids(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- a toy tree's grown-up leaf yields to the title's plaything -------------------------------------------------------

@pytest.mark.parametrize(("title", "leaf", "kind"), [
    ("Pretend Pet Doctor Veterinarian Kit with Carry Case", "Novelty & Gag Toys > Money Banks", "playset"),
    ("Sparkle Charms Bracelet Kit for Girls, Makes 6 Bracelets", "Arts & Crafts > Craft Kits > Jewelry", "craft_kit"),
    ("Rainbow Pony Bead Craft Kit with 800 Beads", "Arts & Crafts > Craft Kits > Jewelry", "craft_kit"),
    ("Play-Doh Sparkle Collection with 6 Cans", "Arts & Crafts > Clay & Dough", "craft_kit"),
    ("Paint Your Own Plaster Craft Kit, Unicorns", "Arts & Crafts > Craft Kits > Paint with Water Kits", "craft_kit"),
])
def test_a_plaything_title_beats_a_toy_trees_grown_up_leaf(classify, title, leaf, kind):
    result = classify(title, category=US_TOYS + leaf)
    assert result.product_type == kind
    assert _kids(result) == (True, True)


@pytest.mark.parametrize(("title", "category", "kind"), [
    # the title names no plaything: the leaf stands
    ("Ceramic Piggy Bank with Rubber Stopper, Pink", US_TOYS + "Novelty & Gag Toys > Money Banks", "money_box"),
    ("Air Dry Clay, 2 lb Block, White", US_TOYS + "Arts & Crafts > Clay & Dough", "art_supply"),
    # no toy tree: a clay set or a bracelet kit on a grown-up craft shelf keeps the shelf's reading
    ("Modelling Clay Set, 24 Colours", "Arts, Crafts & Sewing > Sculpting > Clay & Dough", "art_supply"),
    ("Sterling Silver Charm Bracelet Kit", "Arts, Crafts & Sewing > Beading & Jewelry Making > Jewelry", "jewellery"),
    # a collector's shelf keeps a figure, a scaled-models shelf a model with its rider
    ("Limited Edition Vinyl Action Figure by Guest Artist",
     US_TOYS + "Collectible Toys > Statues, Bobbleheads & Busts > Statues", "collectible_figure"),
    ("Vintage Racer Motorbike and Figure 1:18 Scale Hand Painted",
     "Toys & Games > Toy Vehicles & Accessories > Scaled Models > Vehicles", "scale_model"),
])
def test_a_toy_trees_leaf_stands_without_a_plaything_title(classify, title, category, kind):
    assert classify(title, category=category).product_type == kind


def test_party_supplies_keep_a_favour(classify):
    """Party favours on a party-supplies shelf are a labelling call (party decoration, `general_use`): kept."""
    result = classify("Bubble Wand Party Favors, 12 Pack", category=US_TOYS + "Party Supplies > Party Favors")
    assert result.product_type == "party_decoration"
    assert not result.classes["toy"]


def test_a_hobby_branch_keeps_its_shelf(classify):
    """A path with a hobby word is no toy tree (`toy_version_shelf` excludes `hobby_shelf`)."""
    result = classify("Snap Together Racing Car Kit", category=US_TOYS + "Hobbies > Models & Model Kits > Model Kits")
    assert not result.classes["toy"]


# --- Amazon US's "Gaming Tops" leaf --------------------------------------------------------------------------------

def test_gaming_tops_are_spinning_tops_not_shirts(classify):
    result = classify("Burst Battle Spinner Starter Pack", category=US_TOYS + "Games & Accessories > Gaming Tops")
    assert result.product_type == "fidget_toy"
    assert result.classes["toy"]
    assert not result.classes["textile"]


def test_a_tops_shelf_still_reads_a_shirt(classify):
    result = classify("Women's Cotton Sleeveless Tank", category="Clothing, Shoes & Jewelry > Women > Clothing > Tops")
    assert result.classes["textile"]


# --- collector makers named in the title (a catalog with no brand field) ---------------------------------------------

@pytest.mark.parametrize("title", [
    "Banpresto Sword Saga Hero Prize Figure, 7 Inch",
    "Square Enix Kingdom Hero Sora Action Figure",
    "Good Smile Company Nendoroid Cat Girl Figure",
    "Union Creative Neon Goddess PVC Figure",
    "Chara-Ani Magic Knight Premium Figure",
])
def test_a_collector_maker_in_the_title_makes_a_collectors_figure(classify, title):
    assert _kids(classify(title)) == (False, False)


@pytest.mark.parametrize("title", [
    "Marvel Legends Series Spider-Man 6-Inch Action Figure",
    "Hot Toys for Girls: Unicorn Fashion Doll",
])
def test_a_toy_figure_without_a_collector_maker_stays_a_toy(classify, title):
    assert classify(title).classes["toy"]


def test_a_collector_makers_video_game_is_untouched(classify):
    """Only the figure and model types: Square Enix's games are software."""
    assert classify("Square Enix Dragon Quest XI Nintendo Switch Game").product_type != "action_figure"


def test_plush_figures_are_plush(classify):
    result = classify("Chocobo Yellow Bird Plush, 8 Inch",
                      category=US_TOYS + "Stuffed Animals & Plush Toys > Plush Figures")
    assert result.product_type == "plush"
    assert _kids(result) == (True, True)


# --- a toy maker named in the title before a grown-up noun (no brand field) ------------------------------------------

@pytest.mark.parametrize("title", [
    "Fisher-Price Retro Snap Shot Camera with Picture Reels",
    "VTech Baby Sing-Along TV Remote, Blue",
    "Little Tikes Bubble Pop Microphone",
])
def test_a_toy_makers_grown_up_noun_is_its_toy_version(classify, title):
    result = classify(title)
    assert _kids(result) == (True, True)
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize("title", [
    "Canon PowerShot Compact Digital Camera, 20 MP",
    "Universal TV Remote Control for Samsung Smart TV",
])
def test_a_grown_up_noun_without_a_toy_maker_stays_grown_up(classify, title):
    assert not classify(title).classes["toy"]


# --- pretend shops and restaurants ------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Wooden Play Restaurant with Menu Cards, 30 Pieces",
    "Pretend Grocery Checkout with Scanner and Basket",
])
def test_a_pretend_shop_or_restaurant_is_a_playset(classify, title):
    result = classify(title)
    assert result.product_type == "playset"
    assert _kids(result) == (True, True)


def test_the_play_store_is_no_playset(classify):
    assert classify("Google Play Store Gift Card, 25 Dollars").product_type != "playset"
