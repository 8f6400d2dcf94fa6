"""Named games and platform-titled video games (games43, stop 43, issue 9).

Read by title and brand alone, a famous game titled by its own name ("Monopoly Here and Now", "Cluedo", "Guess Who?")
named no type, and a video game titled "Name - Platform" ("Infamous: Second Son - PlayStation 4") none either, or its
line's kind ("Hot Wheels Unleashed - PlayStation 5" read a die-cast car). A game's name now names its kind (`names_type`
on the `named_*_game` modifiers, only when nothing else names one), children's for the kids' ranges and family for the
rest; a title that ends in a console after a dash is a video game, and one that puts a console maker before the dash is
the console (`platform_title.platform_kind`).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Monopoly Here and Now Edition", "board_game"),
    ("Cluedo Classic Mystery", "board_game"),
    ("Scrabble Original", "board_game"),
    ("Rummikub Travel Tin", "board_game"),
    ("Jenga Classic", "board_game"),
    ("Connect 4 Shots", "board_game"),
    ("Hasbro Gaming The Game of Life", "board_game"),
    ("Uno Flip!", "card_game"),
    ("Exploding Kittens Original Edition", "card_game"),
    ("Yahtzee Classic", "dice_game"),
    ("Who Wants To Be A Millionaire? Family Edition", "trivia_game"),
])
def test_a_family_game_named_by_its_name_is_a_toy_for_everyone(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] and not result.classes["children_12_under"], result.basis["children_12_under"]
    assert f"a {kind} line" in result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Hungry Hungry Hippos",
    "Buckaroo!",
    "KerPlunk",
    "Guess Who? Original",
    "Operation Game Silly Skills",
])
def test_a_childrens_game_named_by_its_name_is_childrens(classify, title):
    result = classify(title)
    assert result.product_type == "kids_game", result.basis["product_type"]
    assert result.classes["toy"] and result.classes["children_12_under"]


def test_a_family_games_junior_edition_is_childrens(classify):
    # the game's name names the kind, child_audience's "junior" the audience
    result = classify("Monopoly Junior")
    assert result.product_type == "board_game", result.basis["product_type"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


def test_an_adult_party_game_is_no_toy(classify):
    result = classify("Cards Against Humanity UK Edition")
    assert result.product_type == "drinking_game", result.basis["product_type"]
    assert not result.classes["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Monopoly Socks Adult Size 6-11", "socks"),
    ("Scrabble Tile Mug", "mug"),
    ("Uno Card Game", "card_game"),
    ("Numero Uno Solid Men's V-neck T-Shirt", "t_shirt"),
    ("Guess Who's Back T-Shirt", "t_shirt"),
    ("Mouse Trap", "pest_control_manual"),
])
def test_merchandise_and_look_alikes_keep_their_own_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Arduino Uno R3 Board",
    "USB Hub Connect 4 Devices",
    "Twister",
])
def test_an_ordinary_word_names_no_game(classify, title):
    result = classify(title)
    assert result.product_type not in {"card_game", "kids_game", "board_game"}, result.basis.get("product_type")


@pytest.mark.parametrize(("title", "brand"), [
    ("Infamous: Second Son - PlayStation 4", "Sony"),
    ("Hot Wheels Unleashed - PlayStation 5", None),
    ("Mario Kart 8 - Nintendo Wii U", "Nintendo"),
    ("Titanfall - Xbox One", "Electronic Arts"),
    ("Watch Dogs - PlayStation 4 [Digital]", None),
    ("Monopoly Plus - Xbox One", None),
])
def test_a_title_ending_in_its_platform_is_a_video_game(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "video_game", result.basis["product_type"]
    assert not result.classes["toy"] and not result.classes["children_12_under"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Sony - PlayStation 4 (500GB)", "Sony"),
    ("Sony - PlayStation 4 (500GB)", None),
    ("Nintendo - Wii U Deluxe Set with New Super Mario Bros. U", "Nintendo"),
])
def test_a_console_makers_name_before_the_platform_is_the_console(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "game_console", result.basis["product_type"]
    assert result.classes["radio"] and result.classes["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Wireless Controller - PlayStation 4", "game_controller"),
    ("Microsoft - Xbox One Console", "game_console"),
    ("Carrying Case - Nintendo Switch", None),
])
def test_a_title_naming_its_own_kind_keeps_it(classify, title, kind):
    result = classify(title)
    assert result.product_type != "video_game", result.basis.get("product_type")
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]


def test_a_platform_title_does_not_overrule_a_specific_shelf(classify):
    # read by position, the platform refines only a generic shelf: a pull-back car filed under toy cars stays one
    shelf = "Die-Cast & Toy Vehicles > Toy Vehicles & Accessories > Toy Cars & Trucks"
    result = classify("Mario Kart - Pull Back Racer - Yoshi - Nintendo Wii", category=shelf)
    assert result.product_type == "toy_vehicle", result.basis["product_type"]
    result = classify("Mario Kart 8 - Nintendo Wii U", category="Toys")
    assert result.product_type == "video_game", result.basis["product_type"]


def test_a_platform_not_after_a_dash_names_no_game(classify):
    # a console named alone, or a platform inside the title, is no "Name - Platform" game
    for title in ("PlayStation 4 Pro 1TB Black", "Nintendo Switch Lite Coral"):
        assert classify(title).product_type != "video_game", title
