"""Battery-powered and electric toys on toy shelves (batt49, stop 49, issue 9).

A title naming a plaything whose kind carries a cell (an electronic toy, a robot, an RC model) refines a shelf whose
plaything kind has none (a toy pianos, slot-car or educational-toys shelf); an electronic money box and an electronic
helmet run on cells; a toy that neighs, barks, purrs or moos has a sound chip; "go/works without battery" says it has
none; a British locomotive class names a model locomotive where nothing else names the kind.
"""

from __future__ import annotations

import pytest

TOY_PIANOS = "Musical Toy Instruments > Pianos & Keyboards"
SLOT_CARS = "Hobbies > Slot Cars, Race Tracks & Accessories > Slot Cars"
LEARNING_TOYS = ("Toys & School Supplies >> Learning & Educational Toys >> Tabu Learning & Educational Toys >> "
                 "Tabu 22 Activities English Learner Laptop Toy (B...")
ROCKING_HORSES = "Baby & Toddler Toys > Rocking Horses"
HARRY_POTTER = "Characters & Brands > Harry Potter > Toys"
STAR_WARS = "Characters & Brands > Star Wars > Toys"


def _powered(result) -> bool:
    return bool(result.classes["eee"] and result.classes["battery"])


# --- a plaything kind with a cell refines a plaything shelf without one -------------------------------------------

@pytest.mark.parametrize(("title", "category", "product_type"), [
    ("Benross Group Toys Giant Keyboard Play Mat", TOY_PIANOS, "electronic_toy"),
    ("Hexbug Tagamoto Enforcer Road Set", SLOT_CARS, "electronic_toy"),
    ("Tabu 22 Activities English Learner Laptop Toy", LEARNING_TOYS, "electronic_toy"),
    ("Piano Playmat for Kids with 8 Animal Sounds", TOY_PIANOS, "electronic_toy"),
    ("Remote Control Car 1:24 Scale Lamborghini", SLOT_CARS, "rc_vehicle"),
])
def test_a_battery_plaything_in_the_title_refines_a_plaything_shelf_without_one(classify, title, category,
                                                                                 product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert _powered(result), result.basis["battery"]


@pytest.mark.parametrize(("title", "category", "product_type"), [
    ("Wooden Toy Piano 18 Keys", TOY_PIANOS, "toy_instrument"),
    ("Scalextric C3660 1:32 Scale Lamborghini Aventador Slot Car", SLOT_CARS, "slot_car"),
    ("Childrens Wooden Xylophone", TOY_PIANOS, "toy_instrument"),
])
def test_a_passive_plaything_keeps_its_shelf_and_no_battery(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert not result.classes["battery"], result.basis["battery"]


# --- an electronic money box, an electronic helmet -----------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Harry Potter Dobby Electronic Interactive Money Bank", HARRY_POTTER),
    ("Harry Potter Dobby Electronic Interactive Money Bank", None),
    ("Digital Coin Counting Piggy Bank with LCD Display", None),
    ("Talking Money Box for Kids", None),
])
def test_an_electronic_money_box_runs_on_batteries(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "money_box", result.basis["product_type"]
    assert _powered(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Ceramic Piggy Bank", "Peppa Pig Money Box", "Wooden Money Box with Lock"])
def test_a_plain_money_box_has_no_battery(classify, title):
    assert not classify(title).classes["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("Star Wars Electronic General Grievous Helmet", STAR_WARS),
    ("Star Wars Electronic General Grievous Helmet", None),
    ("Stormtrooper Voice Changer Helmet", None),
])
def test_an_electronic_helmet_runs_on_batteries(classify, title, category):
    result = classify(title, category=category)
    assert _powered(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Kids Bike Helmet", "Bike Helmet Smart Design Kids", "Ski Helmet Adult Black"])
def test_a_plain_helmet_has_no_battery(classify, title):
    result = classify(title)
    assert result.product_type == "helmet", result.basis["product_type"]
    assert not result.classes["battery"], result.basis["battery"]


# --- a toy that makes an animal's sound ----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Rocky Deluxe Neighing Rocking Horse", ROCKING_HORSES),
    ("Rocky Deluxe Neighing Rocking Horse", None),
    ("Barking Puppy Plush Toy", None),
    ("Purring Kitten Soft Toy", None),
    ("Mooing Cow Toy for Toddlers", None),
    ("会叫的小狗毛绒玩具", None),
])
def test_a_toy_that_neighs_barks_purrs_or_moos_has_a_sound_chip_on_batteries(classify, title, category):
    result = classify(title, category=category)
    assert _powered(result), result.basis["eee"]


@pytest.mark.parametrize(("title", "category"), [
    ("Barking Mad Board Game", None),
    ("Takaratomy Pokemon X and Y XYN-14 Male Meowstic 9\" Plush", None),
    ("Jurassic World - Growler Ceratosaurus", None),
    ("Large Pink Rocking Horse - Princess", ROCKING_HORSES),
])
def test_animal_names_and_plain_toys_stay_passive(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["battery"], result.basis["battery"]


# --- says it needs no battery --------------------------------------------------------------------------------------

def test_a_toy_that_goes_without_battery_has_none(classify):
    result = classify("UFREE Riding Rocking Horse with Golden Armor, Action Toy, Iron Structure Cute Look, Go Without "
                      "Battery, Height 35'', 3 to 5 Years Old", category=ROCKING_HORSES)
    assert not result.classes["battery"], result.basis["battery"]
    assert classify("Solar Robot Kit Works Without Batteries").classes["battery"] is False


def test_a_toy_sold_without_its_batteries_still_runs_on_them(classify):
    result = classify("RC Racing Car (without batteries)")
    assert result.classes["battery"], result.basis["battery"]


# --- a locomotive class names a model locomotive --------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Bachmann Class A2 60534 'Irish Elegance' BR Lined Green Early Emblem",
    "Class 47 47365 'Diamond Jubilee' BR Railfreight Distribution",
    "Dapol 2D-020-002 London Midland Class 153 371",
    "Class A1 60163 Tornado BR Lined Brunswick Green",
])
def test_a_locomotive_class_names_a_model_locomotive_by_title_alone(classify, title):
    result = classify(title)
    assert result.product_type == "model_locomotive", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["battery"], result.basis["eee"]


@pytest.mark.parametrize(("title", "product_type"), [
    ("Class 12 Physics Guide", None),
    ("SanDisk 32GB Class 10 microSD Card", "memory_card"),
    ("Ratio 610 GWR 4 wheel 3rd class 5 compartment coach", "vehicle_miniature"),
])
def test_school_years_card_speeds_and_coach_classes_name_no_locomotive(classify, title, product_type):
    result = classify(title)
    assert result.product_type != "model_locomotive", result.basis["product_type"]
    if product_type is not None:
        assert result.product_type == product_type, result.basis["product_type"]


# --- electronic toy lines and kinds, and words that made craft and textile goods electrical ------------------------

@pytest.mark.parametrize("title", [
    "Nerf Lazer Tag Phoenix LTX",
    "Texas Instruments Speak & Maths",
    "Lego Technic Power Functions Crawler",
    "Playskool Glo Worm",
    "Cloud b Sleep Sheep",
    "Cloud b Twilight Turtle Constellation Night Light",
])
def test_electronic_toy_lines_run_on_batteries(classify, title):
    result = classify(title)
    assert _powered(result), result.basis["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("3 meters of 3mm Twisted Leather Cord - Black & White",
     "Arts & Crafts > Children's Craft Kits > Bead Art & Jewellery-Making"),
    ("PERSONALISED GIANT SANTA SACK 3d Applique Embroidered with Name in GOLD or WHITE thread", None),
    ("Upside Down Sleeveless Applique Baby Girl's, Baby Boy's Jacket", None),
    ("K'nex Roller Coaster Building Set", None),
])
def test_craft_cords_appliques_and_roller_coasters_are_not_electrical(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize(("title", "product_type"), [
    ("Applique Wall Light Chrome", "light_fixture"),
    ("USB Charging Cord 1m", None),
    ("Set of 6 Cork Coasters", "tableware"),
])
def test_a_wall_light_a_charging_cord_and_drinks_coasters_keep_their_kind(classify, title, product_type):
    result = classify(title)
    if product_type is not None:
        assert result.product_type == product_type, result.basis["product_type"]
    if title.startswith(("Applique", "USB")):
        assert result.classes["eee"], result.basis["eee"]
