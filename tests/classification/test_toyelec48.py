"""The electrical classes of products on toy shelves (toyelec48, stop 48, issue 9).

Feature words, toy lines and games that are electronic by what they are (a named sound chip, "sonic blasting",
Furby's generations, the rest of WowWee's robot family and of Nerf's motorised blasters, the RSPB's and Audubon's
singing plush birds, games built around an electronic timer), a railway's imitation coal on a Locomotives shelf,
and words that made toys, die-cast models and food read a mains appliance ("Post Office Telephones", a railway
turntable, a "Mobile Workshop", "Rev-Ups", "Oven Roasted", a foam body washer, a Sportster "Iron 883").
"""

from __future__ import annotations

import pytest

LOCOMOTIVES = "Hobbies > Model Trains & Railway Sets > Rail Vehicles > Locomotives"


def _powered(result) -> bool:
    return bool(result.classes["eee"] and result.classes["battery"])


# --- a named sound chip, a figure's sonic blasts --------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Worms Super Sheep Plush Toy with Soundchip",
    "Talking Parrot Soft Toy with Voice Chip",
    "Plush Lion Cub with Sound Chip 25cm",
    "Marvel Iron Man 3 Sonic Blasting Iron Man 33cm Figure",
    "Iron Man Sonic Blasting",
    "会说话 毛绒 鹦鹉 玩具 带 sound chip",
])
def test_a_toy_that_names_its_sound_chip_or_sonic_blasts_has_a_battery(classify, title):
    result = classify(title)
    assert _powered(result), result.basis["eee"]


@pytest.mark.parametrize("title", [
    "Sonic the Hedgehog 3-inch Figure Super Pack",
    "Sonic The Hedgehog Collectible 3D Chess Set",
    "Chrome plated lotus exige car 1.43 scale diecast model",
])
def test_sonic_the_hedgehog_and_a_sonic_brand_stay_passive(classify, title):
    assert not classify(title, brand="Sonic").classes["eee"]


# --- Furby's generations, WowWee's robots, Nerf's motorised blasters ------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Furby Boom Waves Plush (Purple)", None),
    ("Furby Boom Waves Plush (Purple)", "Characters & Brands > Hasbro"),
    ("Furby Connect Blue", None),
    ("Furby Boom Crystal Series Rainbow Edition", "Characters & Brands > Hasbro"),
])
def test_furby_generations_are_electronic_whatever_noun_follows(classify, title, category):
    result = classify(title, category=category, brand="Hasbro")
    assert _powered(result), result.basis["eee"]


def test_a_furby_keychain_is_no_furby(classify):
    assert not classify("Furby Boom Keychain").classes["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("Spidersapien", None),
    ("Spidersapien", "Characters & Brands > Action Man > Toys"),
    ("WowWee Femisapien Robot", None),
    ("WowWee MiP Robot White", None),
    ("Roboreptile Interactive Robot Lizard", None),
])
def test_wowwee_robots_walk_on_batteries(classify, title, category):
    result = classify(title, category=category)
    assert _powered(result), result.basis["eee"]


def test_mip_as_mint_in_package_is_no_robot(classify):
    result = classify("harley quinn figure mip from batman animated series - very rare")
    assert result.product_type != "robot_toy" and not result.classes["eee"]


@pytest.mark.parametrize(("title", "category"), [
    ("Nerf Vortex Diatron A1173E310 Disc Blaster", None),
    ("Nerf Vortex Diatron A1173E310 Disc Blaster", "Sports Toys & Outdoor > Beach Toys > Water Pistols"),
    ("Nerf Zombie Strike RevReaper Blaster", None),
    ("Nerf N-Strike Elite Rhino-Fire Blaster", None),
    ("Nerf Elite 2.0 Motoblitz CS-10 Blaster", None),
])
def test_motorised_nerf_blasters_run_on_batteries(classify, title, category):
    result = classify(title, category=category, brand="Nerf")
    assert _powered(result), result.basis["eee"]


@pytest.mark.parametrize("title", [
    "Nerf Vortex Praxis Disc Blaster",
    "Nerf Super Soaker Hydro Frenzy",
])
def test_springer_and_water_blasters_stay_passive(classify, title):
    assert not classify(title, brand="Nerf").classes["eee"]


# --- singing plush birds, electronic-timer games ---------------------------------------------------------------------

@pytest.mark.parametrize("title", ["RSPB Turtle Dove", "RSPB Robin Plush Bird", "Audubon Plush Bird Blue Jay"])
def test_rspb_and_audubon_plush_birds_sing_on_cells(classify, title):
    result = classify(title, brand="Wild Republic")
    assert _powered(result), result.basis["eee"]


@pytest.mark.parametrize("title", [
    "RSPB Bird Feeder", "RSPB Handbook of British Birds", "Audubon Field Guide to Birds",
])
def test_rspb_feeders_and_books_stay_passive(classify, title):
    assert not classify(title).classes["battery"]


@pytest.mark.parametrize(("title", "category"), [
    ("Super Boggle", None),
    ("Super Boggle", "Characters & Brands > Hasbro"),
    ("Boggle Reinvention", "Characters & Brands > Hasbro"),
    ("Word Race Board Game with Electronic Timer", None),
])
def test_a_game_built_around_an_electronic_timer_has_a_battery(classify, title, category):
    result = classify(title, category=category, brand="Hasbro")
    assert result.product_type == "board_game", result.basis["product_type"]
    assert _powered(result)


@pytest.mark.parametrize("title", ["Boggle", "BOGGLE - THE 3 MINUTE WORD GAME. 1996 EDITION BY PARKER"])
def test_classic_boggle_has_a_sand_timer(classify, title):
    assert not classify(title, brand="Hasbro").classes["eee"]


# --- a Locomotives shelf's scenery ------------------------------------------------------------------------------------

def test_imitation_coal_on_a_locomotives_shelf_has_no_motor(classify):
    assert not classify("Coal Imitation 00 Gauge", category=LOCOMOTIVES).classes["eee"]


def test_a_locomotive_on_the_shelf_keeps_its_motor(classify):
    result = classify("Hornby R3064 RailRoad BR Smokey Joe 00 Gauge Steam Locomotive", category=LOCOMOTIVES)
    assert result.classes["eee"]


# --- mains look-alikes on toy shelves ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Oxford Diecast Post Office Telephones Ford Thames Van",
    "Oxford Diecast Land Rover Series II LWB Station Wagon Post Office Telephones 76LAN2006",
    "Oxford Diecast British Rail Bedford TK Mobile Workshop",
    "BRIO BRI-33361 Rail Mechanical Turntable",
    "Hornby R070 Locomotive Turntable",
    "Rev-Ups - Cars",
    "Castle MacLellan Oven Roasted Mushroom Pate with Garlic and Thyme, 113g",
    "HPI 101110 Foam Body Washer (10Pcs)",
    "2013 Harley Davidson Sportster Iron 883 [Maisto 32326], Schwarz, 1:12 Die Cast",
    "Bandai Mobile Suit Gundam Model Kit 1/144",
])
def test_toys_models_and_food_named_after_an_appliance_do_not_plug_in(classify, title):
    assert not classify(title).classes["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Audio-Technica AT-LP60 Fully Automatic Belt-Drive Stereo Turntable", "turntable"),
    # s85: not a corded phone ("BT Decor 2200 Corded Telephone" runs from the line: corded_phone)
    ("BT Premium Cordless Home Phone with Answer Machine", "cordless_phone"),
    ("Samsung Galaxy A15 Mobile Phone 128GB", "smartphone"),
    ("Bosch Serie 4 Built-in Oven HBS534BS0B", "oven"),
    ("Philips Azur Steam Iron 2400W", "iron"),
    ("Hotpoint 8kg Washing Machine", "washing_machine"),
])
def test_the_appliances_keep_their_mains(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"]
