"""Battery recall by kind and by the words a listing uses (battery53, stop 53, issue 9).

Kinds whose every product runs on cells, which the vocabulary read with the supply open or closed: an electronic
tabletop or handheld game, an electric toothbrush in the words that break "electric toothbrush", an electric pet
toy, a stopwatch, a clip-on book light, a camping or tent light, a digital tyre gauge, a heated eyelash curler and
an electric foot file. And the other ways a listing says a product runs on cells ("operates on batteries", the toy
trade's "B/O"), a product that sings or roars. Each has its look-alikes: a video game from Electronic Arts, a manual
toothbrush and its holder, a mechanical stopwatch, a USB book light, a dial tyre gauge, a Tibetan singing bowl.
"""

from __future__ import annotations

import pytest

STOPWATCHES = "Sporting Goods > Exercise & Fitness > Stopwatches"


def _battery(result) -> bool:
    return bool(result.classes["battery"])


# --- an electronic tabletop or handheld game runs on cells ----------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Hasbro Electronic Battleship Game",
    "Monopoly Electronic Banking Edition",
    "Trivial Pursuit Electronic Board Game",
    "Kids Electronic Card Game",
    "Electronic Dice Game",
    "Yahtzee Electronic Hand Held Game",
    "Electronic Chess Computer",
    "Tetris LCD Handheld Game",
    "Retro Electronic Handheld Game with 3 Games",
    "电子 象棋",
])
def test_an_electronic_game_has_cells(classify, title):
    result = classify(title)
    assert result.classes["eee"], result.basis["eee"]
    assert _battery(result), result.basis["battery"]


@pytest.mark.parametrize("title", [
    "Monopoly Classic Board Game",
    "Wooden Chess Set with Folding Board",
    "Electronic Arts FIFA 15 Game",
    "Handheld Water Game Ring Toss",
    "Uno Card Game",
])
def test_a_game_with_no_circuit_has_no_cells(classify, title):
    result = classify(title)
    assert not _battery(result), result.basis["battery"]


# --- an electric toothbrush in other words -----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Kids Electronic Toothbrush with 2 Heads",
    "Oscillating Toothbrush for Kids",
    "Rotating Toothbrush for Kids",
    "Spin Toothbrush for Children",
    "电子牙刷 儿童",
])
def test_a_motorised_toothbrush_has_a_cell(classify, title):
    result = classify(title)
    assert result.classes["eee"], result.basis["eee"]
    assert _battery(result), result.basis["battery"]


def test_a_sonic_toothbrush_in_chinese_is_an_electric_toothbrush(classify):
    result = classify("声波牙刷")
    assert result.product_type == "electric_toothbrush", result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Manual Toothbrush Soft Bristles Pack of 4",
    "Stainless Steel Toothbrush Holder",
    "Replacement Heads for Electronic Toothbrush",
])
def test_a_manual_toothbrush_or_its_holder_has_none(classify, title):
    result = classify(title)
    assert not _battery(result), result.basis["battery"]


def test_an_oscillating_toothbrush_does_not_gain_a_mains_charger(classify):
    result = classify("Oral Care Kids Musical Oscillating Toothbrush")
    assert _battery(result) and not result.classes["mains_lv"], result.basis["mains_lv"]


# --- an electric pet toy -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Electric Cat Toy Mouse", "Electronic Interactive Cat Toy Feather",
                                   "Motorised Dog Toy Ball"])
def test_an_electric_pet_toy_has_cells(classify, title):
    result = classify(title)
    assert result.product_type == "pet_toy", result.basis["product_type"]
    assert _battery(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Cat Toy Mouse with Catnip", "Rope Dog Toy", "Cat Toy Electric Blue Feather Wand"])
def test_a_plain_pet_toy_has_none(classify, title):
    result = classify(title)
    assert not _battery(result), result.basis["battery"]


# --- stopwatches, book lights, camping lights, digital tyre gauges --------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Digital Stopwatch with Lanyard", None),
    ("Stopwatch", STOPWATCHES),
    ("Sports Stop Watch Timer", None),
    ("电子秒表 运动", None),
])
def test_a_stopwatch_has_a_button_cell(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "stopwatch", result.basis["product_type"]
    assert _battery(result) and result.classes["eee"], result.basis["battery"]


@pytest.mark.parametrize("title", ["Mechanical Stopwatch Vintage", "Casio Digital Sports Watch with Stopwatch"])
def test_a_mechanical_stopwatch_or_a_watch_is_no_stopwatch(classify, title):
    assert classify(title).product_type != "stopwatch"


@pytest.mark.parametrize("title", ["LEGO Classic Led Book Light, Blue, White and Red",
                                   "Clip on Book Light Rechargeable", "夹书灯 LED"])
def test_a_book_light_has_cells(classify, title):
    result = classify(title)
    assert result.product_type == "book_light", result.basis["product_type"]
    assert _battery(result) and not result.classes["mains_lv"], result.basis["battery"]


@pytest.mark.parametrize("title", ["USB Book Light Flexible Gooseneck", "USB LED Laptop Light"])
def test_a_usb_light_has_none(classify, title):
    result = classify(title)
    assert result.product_type == "usb_light", result.basis["product_type"]
    assert not _battery(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Tent Light Hanging LED", "Camping Lamp Rechargeable", "Camping Lights Pack of 2",
                                   "帐篷灯 露营"])
def test_a_camping_or_tent_light_has_cells(classify, title):
    result = classify(title)
    assert result.product_type == "lantern", result.basis["product_type"]
    assert _battery(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Camping Light Weight Folding Chair", "4 Person Dome Tent", "Paper Lantern Set"])
def test_a_tent_or_a_paper_lantern_has_none(classify, title):
    result = classify(title)
    assert not _battery(result), result.basis["battery"]


def test_a_digital_tyre_gauge_has_a_cell(classify):
    result = classify("Digital Tyre Pressure Gauge for Car and Bike")
    assert _battery(result), result.basis["battery"]


def test_a_dial_tyre_gauge_has_none(classify):
    result = classify("Tyre Pressure Gauge Dial Type")
    assert not _battery(result), result.basis["battery"]


# --- handheld beauty tools on cells -----------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Scholl Velvet Smooth Electronic Foot File", "Electric Callus Remover for Feet",
                                   "Heated Eyelash Curler USB Rechargeable", "电动磨脚器"])
def test_a_handheld_beauty_tool_has_cells(classify, title):
    result = classify(title)
    assert result.product_type == "handheld_beauty_tool", result.basis["product_type"]
    assert _battery(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Eyelash Curler Stainless Steel", "Foot File Pumice Stone", "Glass Nail File"])
def test_a_manual_beauty_tool_has_none(classify, title):
    result = classify(title)
    assert not _battery(result), result.basis["battery"]


# --- the other ways a listing says it runs on cells -----------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "B/O Dancing Dinosaur",
    "Dinosaur Toy, operates on batteries",
    "Snow Globe, operates on batteries",
    "Toy Garbage Truck, runs off batteries",
    "Fire Engine Toy (uses batteries)",
])
def test_a_listing_that_says_it_runs_on_cells(classify, title):
    result = classify(title)
    assert _battery(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Body B/O Deodorant Spray 150ml", "Dinosaur Toy Figure Set", "Hornby Train Set"])
def test_a_listing_that_does_not(classify, title):
    result = classify(title)
    assert not _battery(result), result.basis["battery"]


# --- a product that sings or roars -------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Singing Hamster", "Singing Fish Wall Plaque", "Walking Dinosaur with Roar",
                                   "T-Rex Roars and Stomps", "Dinosaur Figure Roars"])
def test_a_product_that_sings_or_roars_has_cells(classify, title):
    result = classify(title)
    assert _battery(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Tibetan Singing Bowl Set", "Jigsaw Puzzle - Singing and Ringing",
                                   "Lion Roar T-Shirt", "Katy Perry Roar CD", "Singing in the Rain Mug"])
def test_a_bowl_a_puzzle_or_a_print_does_not(classify, title):
    result = classify(title)
    assert not _battery(result), result.basis["battery"]
    if "Bowl" in title:
        assert not result.classes["eee"], result.basis["eee"]


def test_a_karaoke_maker_named_singing_keeps_its_eee_and_gains_no_cell(classify):
    result = classify("The Singing Machine SML385 Karaoke")
    assert result.classes["eee"] and not _battery(result), result.basis["battery"]


# --- a title that names no kind and lights up ----------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Jake and The Never Land Pirates Light Up Tic-Toc-Croc",
    "Roadbot 1:32 Scale Toyota Supra with Light Effect",
    "White 3D Stormtrooper 16cm Star Wars Mood Light",
    "Light Up Sword",
    "闪光 宝剑",
    "Musical Leprechaun",
])
def test_an_untyped_light_up_title_has_cells(classify, title):
    result = classify(title)
    assert result.product_type is None, result.basis["product_type"]
    assert _battery(result) and result.classes["eee"], result.basis["battery"]


@pytest.mark.parametrize("title", [
    "Light Up Keyboard USB Wired",
    "Gaming Mouse Light Up RGB",
    "Light Up Letters Marquee Mains Powered",
    "Plug In Light Up Star",
    "Flashing Beacon 12V Magnetic",
    "Amber Flashing Warning Light Magnetic",
    "Les Miserables The Musical Programme",
    "Wind Up Musical Carousel",
    "Musical Theatre Songbook",
])
def test_a_typed_mains_vehicle_or_stage_light_or_tune_gains_no_cell(classify, title):
    result = classify(title)
    assert not _battery(result), result.basis["battery"]
