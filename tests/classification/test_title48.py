"""Toys and children's products known by title and brand alone, third round (title48, stop 48, issue 9).

With no category, some toys still named no kind or a grown-up one: a wooden farm tractor (elec46's negative
contexts took the farm vehicle away and left nothing), a train table (furniture), rainbow blocks, hand-held ball
mazes and children's hand bells (nothing, or the DVD packed with them); a model car kit read as a hands-free car kit
and a die-cast bike kit as a bicycle; a toy-only maker's vehicle, jewellery or console software read as the grown-up
kind; Tobar's and KSG's products named no kind. "The Lord of the Rings" read jewellery. Both sides of each.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- toy nouns the vocabulary lacked ----------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Traditional Painted Wooden Farm Tractor 22cm X 12cm - Red", "toy_vehicle"),
    ("Toy Farm Tractor with Trailer and Hay Bales", "toy_vehicle"),
    ("木制拖拉机 儿童玩具", "toy_vehicle"),
    ("Holztraktor mit Anhänger", "toy_vehicle"),
    ("All Aboard Wooden Train Table", "train_set"),
    ("Kidkraft Waterfall Mountain Train Table and Set", "train_set"),
    ("火车轨道桌", "train_set"),
    ("Rainbow blocks", "building_set"),
    ("Wooden Rainbow Stacker 12 Pieces", "building_set"),
    ("Funtime Racing Maze", "puzzle"),
    ("Peers Hardy Maze Racer", "puzzle"),
    ("走珠迷宫 儿童益智", "puzzle"),
    ("Kugellabyrinth aus Holz", "puzzle"),
    ("HAND BELLS for CHILDREN: Set 8 tuned hand bells + 2 beaters + 1 wooden stand + 8 nursery rhymes + 1 DVD",
     "toy_instrument"),
    ("Rainbow Hand Bells Set of 8 Notes", "toy_instrument"),
])
def test_toy_nouns_name_a_toy(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "kind"), [
    ("Farm Tractor", "off_road_vehicle"),
    ("Dremel 2615.023.132 Plastic Friction Work Bench Cabinet", "furniture"),
    ("A-maze ampolka-001pink Umbrella", "umbrella"),
    ("Magic The Gathering Dragon's Maze Fat Pack", "trading_cards"),
])
def test_lookalikes_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


# --- model kits and die-cast kits -------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Revell 1:24 Porsche 911 Model Car Kit", "Revell"),
    ("Tamiya 1/24 Nissan Skyline GT-R Plastic Model Car Kit", "Tamiya"),
    ("Tobar 1:24 Scale \"Special Edition Ford Mustang Boss 302\" Model Car Kit", "Tobar"),
])
def test_a_model_car_kit_is_a_model_kit(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "model_kit"
    assert result.classes["toy"] is False


@pytest.mark.parametrize(("title", "brand", "toy"), [
    ("PORSCHE 911 GT2 DIE-CAST METAL MODEL CAR KIT 1:32 SCALE", "Bburago", True),
    ("Tobar 1:12 Scale \"Ktm 690 Duke 3\" Diecast Model Bike Kit", "Tobar", True),
    ("Honda RC212V (Dani Pedrosa MotoGP 2008) in Repsol Livery (1:12 scale) Diecast Model Motorbike", "Minichamps",
     False),
])
def test_a_diecast_kit_or_model_bike_is_a_scale_model(classify, title, brand, toy):
    result = classify(title, brand=brand)
    assert result.product_type == "scale_model"
    assert result.classes["toy"] is toy


def test_a_hands_free_car_kit_is_no_model(classify):
    assert classify("Hands Free Bluetooth Car Kit").product_type not in ("model_kit", "scale_model")


# --- makers of toys only ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Bburago 1:32 Street Tuners VW Van Samba (Colors may vary)", "Bburago"),
    ("Galt Toys Girl Club Charm Jewellery", "Galt Toys"),
    ("Djeco Kirigami - Paper Chains", "Djeco"),
    ("VTech Storio Software: Hello Kitty - Hello Kitty's Surprise!", "VTech"),
    ("Vtech Electronics V.Smile Motion Software Cars 2 (Multi-Coloured)", "VTech"),
])
def test_a_toy_makers_vehicle_jewellery_or_cartridge_is_a_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


@pytest.mark.parametrize(("title", "brand"), [
    ("Lego Super heroes Flash keyring - 853454", "LEGO"),
    ("LEGO Classic Led Book Light, Blue, White and Red", "LEGO"),
    ("Microsoft Office Home and Student Software", "Microsoft"),
    ("Pandora Charm Jewellery Bracelet", "Pandora"),
    ("Volkswagen Camper Van Money Box", "Volkswagen"),
])
def test_other_makers_or_kinds_stay_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


@pytest.mark.parametrize("title", [
    "Tobar Flashing Rotoflyer",
    "Human Body Cube: Systems and Statistics",
    "Tobar Micro Pick-n-Mix",
])
def test_tobars_unnamed_products_are_its_toys(classify, title):
    result = classify(title, brand="Tobar")
    assert result.product_type == "toy"
    assert result.classes["toy"] is True


def test_tobar_names_nothing_over_a_named_kind(classify):
    assert classify("Tobar Chalk Mug", brand="Tobar").product_type == "mug"


def test_ksg_makes_craft_kits(classify):
    result = classify("KSG Pin-It Motorcross", brand="KSG")
    assert result.product_type == "craft_kit"
    assert _audience(result) == (True, True)


# --- The Lord of the Rings is no jewellery ------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Trivial Pursuit The lord of the Rings", "Hasbro", "trivia_game"),
    ("Lord of the Rings - Merry, Pippin and Moria Orc Action Figure Set", "toybiz", "action_figure"),
])
def test_the_lord_of_the_rings_is_no_jewellery(classify, title, brand, kind):
    assert classify(title, brand=brand).product_type == kind


@pytest.mark.parametrize("title", [
    "NAVY WOOL MIX Adult Cloak - Legoslas/Frodo/Lord Of The Rings/LOTR/Pirate",
    "Lord of the Rings LCG: The Wastes of Eriador Adventure Pack",
    "Ringwraith Bust from Lord Of The Rings",
])
def test_the_film_title_alone_names_no_jewellery(classify, title):
    assert classify(title).product_type != "jewellery"


def test_trivial_pursuit_lotr_is_no_childrens_product(classify):
    assert _audience(classify("Trivial Pursuit The lord of the Rings", brand="Hasbro")) == (True, False)


@pytest.mark.parametrize("title", ["Lord of the Rings One Ring Necklace", "The Lord of the Rings Ring Sterling Silver"])
def test_a_ring_named_after_the_title_is_still_jewellery(classify, title):
    assert classify(title).product_type == "jewellery"


# --- Star Wars figure ranges --------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Star Wars Power of the Force \"Dengar\"",
    "Star Wars Movie Heroes Yoda",
    "Star Wars The Black Series 6-Inch Kylo Ren",
    "Star Wars Original Trilogy Collection #05 Luke Skywalker as X-Wing Pilot",
    "Star Wars The Legacy Collection #9 - Obi-Wan Kenobi",
    "Star Wars - POTJ - incl. Jedi Force File - Sabe (Queen's Decoy) - with Pistol",
    "STAR WARS EPISODE I- BOSS NASS with GUNGAN STAFF and COMMTECH CHIP",
])
def test_a_star_wars_figure_range_names_a_figure(classify, title):
    result = classify(title, brand="Star Wars")
    assert result.product_type == "action_figure"
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "kind"), [
    ("Star Wars The Black Series Kylo Ren T-Shirt", "t_shirt"),
    ("Star Wars Vintage Collection Poster", "wall_art"),
])
def test_a_star_wars_range_on_another_kind_keeps_it(classify, title, kind):
    assert classify(title).product_type == kind


@pytest.mark.parametrize("title", ["Star Wars The Force Awakens 12-inch Chewbacca", "Star Wars Clone Wars Season One"])
def test_the_franchise_or_show_alone_still_names_no_kind(classify, title):
    assert classify(title, brand="Star Wars").product_type is None


# --- a maker of toy RC aircraft -----------------------------------------------------------------------------------

def test_a_syma_quadcopter_is_a_toy_drone(classify):
    result = classify("Syma X11 R/C Quadcopter - Red", brand="Syma")
    assert result.product_type == "drone"
    assert _audience(result) == (True, True)
    assert result.classes["radio"] is True


@pytest.mark.parametrize(("title", "brand"), [
    ("Syma X8 Pro GPS Drone Quadcopter", "Syma"),
    ("Syma X5C Main Blades Propellers (X4)", "Syma"),
    ("DJI Mavic Mini Drone", "DJI"),
    ("Syma X11 R/C Quadcopter - Red", None),
])
def test_hobby_drones_parts_and_other_makers_stay_no_toy(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False
