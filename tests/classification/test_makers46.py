"""Toy and game makers named in the brand field when the title names no kind (makers46, stop 46, issue 9).

Read with no category, a product known only by its own name ("Dominion Expansion: Base Cards", "Feed the Kitty",
"Vilac Alphabet Magnets") was untyped or read no toy: only its maker says what it is. Makers chosen from the real
catalogs (brands whose products the shelf reads as toys but the title alone does not) and judged as companies: a maker
of children's toys, toy instruments, children's craft kits or games only. Both sides: what the maker now names, and
the look-alike brands and mixed makers that must not be read so.
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- makers of toys for children name a toy when nothing else names a kind -------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Vilac Alphabet Magnets Lowercase Letters", "Vilac"),
    ("Vilac Numbers Magnets 0-9", "Vilac"),
    ("Beleduc Leafy Lacing Tree", "Beleduc"),
    ("Beleduc Orbit Stacker", "Beleduc"),
    ("Hamleys Rainbow Painter", "Hamleys"),
    ("1.Hamleys Magic Spinner", "Hamleys"),
])
def test_a_childrens_toy_makers_unnamed_product_is_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Kung Zhu Special Forces Hamster - Rocko", "Cepia"),
    ("Wahu Nipper", "Wahu"),
    ("Yookidoo Spin 'n' Sprinkle", "Yookidoo"),
    ("Sophie la girafe", "Vulli"),
    ("Playgro Jerry's Class Clip Clop", "Playgro"),
    ("Polydron Frameworks Class Set", "Polydron"),
    ("Aquadoodle Classic", "Aquadoodle"),
    ("Mookie Swingball Classic", "Mookie"),
    ("Toysmith Geodesic Dome", "Toysmith"),
    ("Tiger Tribe Magna Carry Sea Life", "Tiger Tribe"),
    ("Goula Lotto Animals", "Goula"),
])
def test_a_childrens_toy_maker_from_general_knowledge_names_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Bontempi SX4331/N Saxophone", "Bontempi"),
    ("BONTEMPI Wooden Accordion", "Bontempi"),
    ("Bontempi Wind Instruments - Trumpet TR4231", "Bontempi"),
    ("Bontempi Clarinet with 8 Coloured Keys", "Bontempi"),
])
def test_a_toy_instrument_makers_instrument_is_a_childrens_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "musical_instrument", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("4M Fun and Creative Mosaic Fun", "craft_kit"),
    ("4M Dinosaur Mould and Paint", "art_supply"),
    ("4M Glow Mosaic Magnets", "craft_kit"),
])
def test_a_childrens_craft_kit_maker_names_a_kit(classify, title, kind):
    result = classify(title, brand="4M")
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


# --- game makers name a game: a toy, a children's product only if a word says so ------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Gamewright Feed the Kitty", "Gamewright"),
    ("Gamewright Rat-a-Tat Cat", "Gamewright"),
    ("Dominion Expansion: Base Cards", "Rio Grande Games"),
    ("Dominion: Intrigue (2nd Edition)", "Rio Grande Games"),
    ("Alderac Entertainment Group Love Letter Adventure Time Boxed Edition Cards", "Alderac Entertainment Group"),
    ("Munchkin 7 Cheat With Both Hands", "Steve Jackson Games"),
    ("Sentinels of the Multiverse: The Scholar Hero Character", "Greater Than Games"),
    ("Spot the Intro 1 - Cheatwell Games", "Cheatwell Games"),
    ("Spot the Intro II", "Cheatwell"),
])
def test_a_game_makers_unnamed_product_is_a_game(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "game", result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


def test_a_party_night_for_grown_ups_is_a_game_but_no_toy(classify):
    result = classify("Host Your Own Sixties Night", brand="Cheatwell Games")
    assert result.product_type == "game", result.basis["product_type"]
    assert _audience(result) == (False, False), result.basis["toy"]


# --- the other side: look-alike brands, mixed makers and products that name their own kind ---------------------------

@pytest.mark.parametrize(("title", "brand"), [
    # collectors' limited editions beside children's soft toys: left out
    ("Steiff Mickey Mouse", "Steiff"),
    ("Teddy Hermann 29cm Wolf Sitting", "Teddy Hermann"),
    # Safari is an Indian luggage maker as well as Safari Ltd's figures; AEG the appliance maker; Rio Grande a
    # jewellery-supply house; Upper Deck sells trading cards, not games
    ("Safari Polycarbonate 55 cm Cabin Trolley", "Safari"),
    ("AEG Electrolux Vampyrino", "AEG"),
    ("Sterling Silver Round Wire 20 Gauge Dead Soft", "Rio Grande"),
    ("4moms mamaRoo4 Multi-Motion Baby Swing", "4moms"),
    # Ambi Toys is read by its full name: Ambi Pur is an air freshener
    ("Ambi Pur 3Volution Air Freshener Refill", "Ambi Pur"),
    ("Ambi Pur Car Vent", "Ambi Pur"),
])
def test_look_alikes_and_mixed_makers_name_no_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type not in {"toy", "game", "craft_kit"}, result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("1.Hamleys Wooden Chess Set", "Hamleys", "chess_set"),
    ("Vilac 2938 Kite Butterfly Design", "Vilac", "kite"),
    ("Beleduc Ladybug Hand Puppet", "Beleduc", "puppet"),
    ("Gamewright Sleeping Queens Card Game", "Gamewright", "card_game"),
    ("4M Make Your Own Wooden Spoon Puppets", "4M", "puppet"),
])
def test_a_makers_title_that_names_a_kind_keeps_it(classify, title, brand, kind):
    assert classify(title, brand=brand).product_type == kind
