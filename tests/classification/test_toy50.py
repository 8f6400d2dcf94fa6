"""Toys known by title and brand alone, learnt from the whole catalogs (toy50, stop 50, issue 9).

An audit of 200 catalog products the shelf reads as toys or children's and the title alone does not, and of the
Flipkart products the title alone reads as toys, found kinds true of the world: what a doll or a teddy wears ("Teddy
Bear Wearing a Red Beret", "Rag Doll dressed in ... dress") named the garment; "motor cycles", Hot Wheels' "Speed
Cycles" and Star Wars' speeder bike read a bicycle; water bazookas, water cannons, water-bomb catapults, water play
sets, Intex's play centres, sand-art bottles, animal face masks and charades named no toy or the wrong kind; garden
and hand tool sets for children read the grown-up tool; and a pencil box or notebook named last after "with" read
as the plaything its design shows ("Karta P Bear With Game Art Plastic Pencil Box"). Both sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- what a doll or a teddy wears is no product of its own ------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Veteran Teddy Bear Wearing a Red Beret - the Great British Teddy Bear Co", None, "plush"),
    ("DF, A Beautiful Rag Doll dressed in purple floral smock dress with apron, 40 cm h", "DF Soft Toys", "doll"),
    ("Me to You 7-inch Tall Tatty Teddy Bear Dressed as A Boxer (Grey)", "Me To You", "plush"),
])
def test_what_a_doll_or_teddy_wears_is_not_the_product(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind
    assert _audience(result) == (True, True)
    assert result.classes["textile"] is False


@pytest.mark.parametrize(("title", "kind"), [
    ("Women's Red Beret Hat", "headwear"),
    ("Girls Floral Smock Dress with Apron", "dress"),
    ("Men's Cotton Boxer Shorts Pack of 3", "underwear"),
])
def test_the_garment_itself_stays_the_garment(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["toy"] is False


# --- motorcycles and speeder bikes are no bicycles ----------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Hot Wheels - Motor Cycles - 1:64th Scale Motorcycle - Air Slayer", "Mattel"),
    ("Hot Wheels Speed Cycles 1:64 Scale DESERT FORCE", "Hot Wheels"),
    ("Playskool Heroes Star Wars Jedi Force - Speeder Bike with Luke Skywalker Figure", "Star Wars"),
])
def test_a_toy_motorcycle_or_speeder_bike_is_a_toy_vehicle(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type != "bicycle"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", [
    "Hero Sprint 26T Mountain Bike",
    "Kids Bike 16 inch with Stabilisers",
    "Raleigh Cycle 700c Road Bike",
])
def test_a_bicycle_stays_a_bicycle(classify, title):
    assert classify(title).product_type == "bicycle"


# --- water play, play centres, sand-art bottles -------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Funtime Water Bazooka, Multi-Colour", "Funtime", "water_toy"),
    ('2 x Large 18" Super Pump Action Water Cannon Soaker 492008', "Wet 'n' Wild", "water_toy"),
    ("Wild Sling Solo Water Bomb Catapult", None, "water_toy"),
    ("Big Waterplay Niagara", "BIG", "water_toy"),
    ("Big Toys Container Port Water Play Set", "BIG Toys", "water_toy"),
    ("Intex Windmill Play Center", "Intex", "paddling_pool"),
    ("Rainbow Ring Play Centre", "Intex", "paddling_pool"),
    ("John Adams 99-Inch Gator Play Centre", "Intex", "paddling_pool"),
    ("Melissa & Doug Sand Art Bottles", "Melissa & Doug", "craft_kit"),
    ("Rocket Sand Art Bottles for Children for Decoration - Pack of 4", "Baker Ross", "craft_kit"),
])
def test_water_play_play_centres_and_sand_art_are_toys(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind
    assert result.classes["toy"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("Stainless Steel Water Bottle 750ml", "drink_bottle"),
    ("Glass Milk Bottles Set of 6", "drink_bottle"),
    ("Diamond Engagement Ring Sterling Silver", "jewellery"),
])
def test_their_lookalikes_stay_what_they_are(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["toy"] is False


# --- animal face masks are dress-up; charades is a party game -----------------------------------------------------

@pytest.mark.parametrize("title", [
    "Lion Animal Face Mask",
    "4 Plastic Jungle/Safari Animal Face Masks - Giraffe, Chimp, Lion and Tiger - Fancy Dress",
])
def test_an_animal_face_mask_is_a_costume_accessory(classify, title):
    assert classify(title).product_type == "costume_accessory"


def test_a_childrens_animal_face_mask_is_a_toy(classify):
    result = classify("Pack of 6 Zebra Foam Children's Animal Face Masks - Jungle Safari Masks", brand="Blue Frog Toys")
    assert result.product_type == "costume_accessory"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize("title", ["N95 Face Mask Pack of 20", "Disposable Surgical Face Masks 50 pcs"])
def test_a_face_mask_stays_health_care(classify, title):
    result = classify(title)
    assert result.product_type == "health_care"
    assert result.classes["toy"] is False


@pytest.mark.parametrize(("title", "brand"), [("Disney Charades Cards", "Disney"),
                                              ("Ridley's Games Room Classic Charades", "Ridley's")])
def test_charades_is_a_game(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "trivia_game"
    assert result.classes["toy"] is True


# --- garden and hand tools made for children ----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Childrens Gardening Set with carry bag & tools", "Vectis"),
    ("Little Pals Children Garden Tool Kit", "Little Pals"),
    ("Kids Gardening Tool Set - Blue", None),
    ("Twigz Childrens Gardening Tools 0832 My First Gardening Tools (Blue Bucket)", "Twigz"),
])
def test_a_childrens_tool_set_is_a_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


@pytest.mark.parametrize(("title", "brand"), [
    ("Garden Tool Set 3 Piece Stainless Steel", None),
    ("Stanley Junior Hacksaw 6 inch", "Stanley"),
    ("Kids Gardening Gloves Pack of 2", None),
    ("Bike Tool Kit for Kids Bikes", None),
    ("Garden Tool Set for Adults and Kids", None),
])
def test_a_grown_up_tool_or_childrens_gloves_are_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


# --- a pencil box or a notebook with a design named before "with" -------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Karta P Bear With Game Art Plastic Pencil Box", "pencil_box"),
    ("Karta B Bear With Sharpner and game Art Plastic Pencil Box", "pencil_box"),
    ("Karta Car With Calculator & Dual Sharpner Art Plastic Pencil Box", "pencil_box"),
    ("AMY 3D Ninja Turtles Fighters with There Weapons A5 Notebook Spiral Bound", "notebook"),
])
def test_a_pencil_box_or_notebook_named_last_after_with_is_the_product(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["toy"] is False


@pytest.mark.parametrize(("title", "kind"), [
    ("Teddy Bear with Notebook and Pen", "plush"),
    ("FurReal Friends Puppy Dog with Bottle", "toy_animal"),
    ("Large Rag Doll with Pink Floral Dress & Apron", "doll"),
    ("Playmobil 5409 - Knight with Weapons and Stand", "playset"),
])
def test_a_toy_with_its_things_stays_the_toy(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["toy"] is True


# --- loom-band refills and looms; Rainbow Loom's refills ----------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Loom Bands Refill Pack 400 Rainbow Colour Rubber Bands 24 S-Clips Hooking Tool", "Loop & Loom"),
    ("ETHAHE 600pcs Gray Latex-free Loom Refill Rubber Bands Pack Bracelets with 24 S-Clips & 1 Hook", "ETHAHE"),
    ("600 x Striped Friendship Looms & 24 x S Clips & 2 x Knotting Tools", "Toyland"),
    ("Fun Loom Pocket Loom", "Funloom"),
    ("Official Rainbow Loom Brand Persian Collection Rubber Bands 600 count and 24 C-Clips (PURPLE)", "Rainbow Loom"),
    ("Rainbow Loom Sweets/Bonbons (Cotton candy)", "Rainbow Loom"),
])
def test_loom_band_refills_and_looms_are_a_childrens_craft(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


def test_a_loom_band_kit_keeps_its_kind(classify):
    result = classify("Loom Bands 300 or 600, Rainbow, Glitter, Metallic, Candy Stripe", brand="Indigo")
    assert result.product_type == "craft_kit"


@pytest.mark.parametrize(("title", "brand"), [
    ("Rubber Bands Assorted Sizes 500g", None),
    ("Fresh From Loom Polyester Multicolor Solid Eyelet Door Curtain", "Fresh From Loom"),
    ("Wooden Knitting Loom Set", None),
    ("Silver Charm Bracelet with Heart Charms", None),
    ("C Clips Circlip Assortment 300 pcs", None),
])
def test_rubber_bands_curtains_and_weaving_looms_are_no_toys(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


# --- inflatable guitars; a toy maker's accessory pack -------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "1 x Fancy Dress Rock N Roll Party Inflatable Neon Coloured Guitar Green",
    "LARGE FUN INFLATABLE LARGE GUITAR BLOW UP FANCY DRESS PARTY MUSICAL INSTRUMENT (Gold)",
])
def test_an_inflatable_guitar_is_a_plaything_for_all_ages(classify, title):
    result = classify(title)
    assert _audience(result) == (True, False)
    assert result.classes["eee"] is False


def test_a_kids_inflatable_guitar_is_a_childrens_toy(classify):
    assert _audience(classify("Kids Inflatable Guitar Pack of 2")) == (True, True)


@pytest.mark.parametrize("title", [
    "Amscan Pride, Passion, Party! Union Jack Inflatable Foil Guitar 994894",
    "Yamaha F310 Acoustic Guitar",
    "Fender Stratocaster Electric Guitar",
])
def test_a_foil_balloon_or_a_real_guitar_is_no_toy(classify, title):
    assert classify(title).classes["toy"] is False


@pytest.mark.parametrize(("title", "brand"), [
    ("Hot Wheels P2843 Car Launcher Track Accessory Pack", "Hot Wheels"),
    ("Schleich Battle Arena with Accessories", "Schleich"),
])
def test_a_toy_makers_accessory_pack_is_a_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


@pytest.mark.parametrize(("title", "brand"), [
    ("Universal Spare Parts Accessory Kit for Vacuum Cleaner", None),
    ("Dishwasher Spare Parts Accessory Pack", "Bosch"),
])
def test_another_makers_accessory_pack_is_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False
