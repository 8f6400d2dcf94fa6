"""What Flipkart's children's shelves hold that is not a children's product (kids50, stop 50, issue 9).

An audit of 150 Flipkart products read `children` and 78 read `toy` found the shelf, not the product, speaking: 194
plain wall decals and 8 photo frames filed on "Baby Care >> Baby & Kids Gifts" (a gifts shelf names who may receive a
gift), double-bed sheets and nets on "Baby Care >> Baby Bedding", a plant nursery's pots ("Nursery Plant Container"),
and pet toys on "Pet Supplies >> Toys" that call themselves a "Toy For Dog". The lookalikes keep their class: a
child's article on the gifts shelf, a single or cot sheet on the baby bedding shelf, nursery rhymes and a nursery's
changing mat, a child's toy (a diaper bag was one until stop 71 read it as the parent's bag: `changing_bag`).
"""

from __future__ import annotations

import pytest

GIFT_STICKERS = "Baby Care >> Baby & Kids Gifts >> Stickers >> Wallmantra Stickers"
GIFT_FRAMES = "Baby Care >> Baby & Kids Gifts >> Photo Frames >> MH Photo Frames"
BABY_SHEETS = "Baby Care >> Baby Bedding >> Baby Bedsheets >> SYON Baby Bedsheets"
BABY_NETS = "Baby Care >> Baby Bedding >> Baby Mosquito Nets >> Fashion Centre Baby Mosquito Nets"
PLANT_POTS = "Tools & Hardware >> Tools >> Gardening Tools >> Plant Containers & Sets >> Plant Container Sets"
PET_TOYS = "Pet Supplies >> Toys >> Comfort Toys"
SOFT_TOYS = "Toys & School Supplies >> Soft Toys >> Gungun Toys Soft Toys"


# --- a gifts shelf named for babies and kids: wall decals and photo frames ----------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Wallmantra Extra Large Vinyl Stickers Sticker", GIFT_STICKERS),
    ("WallDesign Small Vinyl Sticker", "Baby Care >> Baby & Kids Gifts >> Stickers >> WallDesign Stickers"),
    ("Elite Collection Medium Acrylic Sticker", "Baby Care >> Baby & Kids Gifts >> Stickers"),
    ("MH MDF Photo Frame", GIFT_FRAMES),
    ("Cocovey Metal Photo Frame", "Baby Care >> Baby & Kids Gifts >> Photo Frames >> Cocovey Photo Frames"),
])
def test_decor_on_a_baby_and_kids_gifts_shelf_is_not_a_childs(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["children_12_under"], result.basis.get("children_12_under")


@pytest.mark.parametrize(("title", "category"), [
    ("Carter's Baby Blanket", "Baby Care >> Baby & Kids Gifts >> Blankets"),
    ("Teddy Bear Soft Toy 30 cm", "Baby Care >> Baby & Kids Gifts >> Soft Toys"),
    ("Cocovey Metal Photo Frame", "Baby Care >> Photo Frames"),
    ("Kids Room Cartoon Wall Sticker", None),
    ("Excellent4U Cotton Baby Towel", "Baby Care >> Baby Bath & Skin >> Baby Bath Towels"),
    ("儿童房卡通墙贴", None),
])
def test_childrens_articles_and_other_baby_shelves_stay_childrens(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["children_12_under"], result.basis


# --- a double bed's sheet or net is sized for adults ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("SYON Cotton Floral Double Bedsheet", BABY_SHEETS),
    ("Ruhi's Creations Cotton Floral King sized Double Bedsheet", BABY_SHEETS),
    ("Mahadev Handicrafts Cotton Cartoon Double Bedsheet", BABY_SHEETS),
    ("Fashion Centre Double Bed Mosquito Net", BABY_NETS),
    ("纯棉印花双人床单", "母婴 >> 婴儿床品 >> 床单"),
])
def test_a_double_beds_sheet_on_a_baby_shelf_is_not_a_childs(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["children_12_under"], result.basis.get("children_12_under")


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Bela Home Cotton Cartoon Single Bedsheet", BABY_SHEETS, "bedding"),
    ("Double Layer Muslin Baby Blanket", None, None),
    ("Kids Double Layer Fleece Blanket", None, "bedding"),
    ("SYON Cotton Floral Double Bedsheet", None, "bedding"),
])
def test_single_and_double_layer_bedding_keep_their_reading(classify, title, category, kind):
    result = classify(title, category=category)
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]
    if "Double Bedsheet" not in title:
        assert result.classes["children_12_under"], result.basis


# --- a plant nursery's pots ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Easy Gardening 10 Inch Nursery Plant Container Set", PLANT_POTS),
    ("Easy Gardening 10 Inch Nursery Plant Container Set", None),
    ("Nursery Pots 10 cm Pack of 50 Black Plastic Plant Pots", None),
])
def test_a_plant_nurserys_pots_are_not_a_childs(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["children_12_under"], result.basis.get("children_12_under")


@pytest.mark.parametrize("title", [
    "Pack Of 24 Nursery Rhymes Glitter Tattoo Stencils - 12 Unique Designs",
    "Finger Puppets Nursery Children's Bedtime Educational Fairy Tale",
    "Mee Mee Multifunctional Nursery Changing Mat",
])
def test_a_childs_nursery_still_reads_childrens(classify, title):
    assert classify(title).classes["children_12_under"]


# --- a pet shop's toy ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Pawzone Rubber Rubber Toy For Dog",
    "Kennel Rubber Dumbell With Bell - Small Rubber Rubber Toy For Dog",
    "Creative Spinach Blue Lion Fish Aquarium Toy Silicone Rubber Toy For Fish",
])
def test_a_toy_on_a_pet_supplies_shelf_is_a_pets(classify, title):
    result = classify(title, category=PET_TOYS)
    assert not result.classes["toy"], result.basis.get("toy")
    assert not result.classes["children_12_under"], result.basis.get("children_12_under")


@pytest.mark.parametrize(("title", "category"), [
    ("Gungun Toys Beautiful Teddy Bear - 30 cm", SOFT_TOYS),
    ("Dog Soft Toy Plush Puppy 25 cm", SOFT_TOYS),
    ("毛绒玩具 小狗 公仔", None),
])
def test_a_childs_toy_dog_stays_a_toy(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"], result.basis
    assert result.classes["children_12_under"], result.basis
