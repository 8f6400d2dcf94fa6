"""Toy product lines named in the title name their kind (lines43, stop 43, issue 9).

Read by title and brand alone, a toy titled by its line and its name ("Match Attax 2021/22 Limited Edition Mohamed
Salah", "Tomica No.23 Toyota Supra") named no type and went to review as unknown. A line whose whole range is one kind
now says so (`names_type` on a title modifier, `Classifier._line_candidate`): it fills only when no attribute, HS code,
shelf, title or description word names a type. A franchise or character names no kind (it sells clothes, mugs, DVDs
and games too), a title naming its own kind keeps it, and a line named only as a target ("for Nerf Elite") is no
product of the line.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Yu-Gi-Oh! Legendary Duelists Season 2", "trading_cards"),
    ("Match Attax 2021/22 Limited Edition Mohamed Salah", "trading_cards"),
    ("Top Trumps Cats", "kids_card_game"),
    ("Hot Wheels Nissan Skyline GT-R (R34) Blue", "toy_vehicle"),
    ("Matchbox Ford Bronco Rescue", "toy_vehicle"),
    ("Tomica No.23 Toyota Supra", "toy_vehicle"),
    ("Nerf Elite 2.0 Commander RD-6", "toy_weapon"),
    ("Nerf Super Soaker Hydro Frenzy", "water_toy"),
    ("Super Soaker Soakzooka", "water_toy"),
    ("Beyblade Burst Surge Speedstorm Spryzen S7", "fidget_toy"),
    ("Tangle Jr. Metallic", "fidget_toy"),
    ("Cabbage Patch Kids Sweet Cheeks Blonde Girl", "doll"),
    ("Monchhichi Boy Classic Brown", "plush"),
    ("Transformers Generations War for Cybertron Siege Ironhide", "robot_figure"),
    ("KRE-O Transformers Optimus Prime", "building_set"),
    ("Bakugan Battle Planet Dragonoid Ultra", "toy"),
])
def test_a_toy_line_in_the_title_names_its_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.established and result.classes["toy"], result.basis.get("toy")
    assert f"a {kind} line" in result.basis["product_type"]


def test_an_electric_line_keeps_its_classes(classify):
    # the line's own modifiers still decide the classes of the kind it names
    result = classify("Thomas & Friends TrackMaster Percy's Mail Delivery")
    assert result.product_type == "train_set", result.basis["product_type"]
    assert result.classes["eee"] and result.classes["battery"] and result.classes["children_12_under"]
    result = classify("Zhu Zhu Pets Pipsqueak")
    assert result.product_type == "electronic_toy", result.basis["product_type"]
    assert result.classes["eee"] and result.classes["battery"]


def test_a_hobby_card_line_is_cards_but_no_toy(classify):
    result = classify("Magic the Gathering Innistrad Midnight Hunt Commander Deck")
    assert result.product_type == "trading_cards", result.basis["product_type"]
    assert not result.classes["toy"] and not result.classes["children_12_under"]


def test_a_slot_car_maker_in_the_brand_field_names_its_kind(classify):
    # the brand field blanks "Scalextric" out of the title, so the maker names the kind there
    result = classify("Scalextric Porsche 911 GT3 Cup", brand="Scalextric")
    assert result.product_type == "slot_car", result.basis["product_type"]
    assert result.classes["eee"] and result.classes["toy"]
    result = classify("Carrera Sunglasses 5001", brand="Carrera")  # Carrera is also an eyewear brand
    assert result.product_type == "eyewear", result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Star Wars The Mandalorian Grogu",
    # kidtoy52b: a Pokémon title naming no kind is a trading-card product (pokemon_card_line); kidtoy53: so is Ben 10
    # a toy (child_toy_franchise, its own test); Peppa Pig stays (its picture books name no kind either)
    "Peppa Pig Muddy Puddles",
    "Transformers Bumblebee",
    "Barbie Dreamtopia Princess",
    "Paw Patrol Chase",
])
def test_a_franchise_names_no_kind(classify, title):
    result = classify(title)
    assert result.product_type is None, result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Hot Wheels Boys T-Shirt", "t_shirt"),
    ("Beyblade Burst Duvet Cover Set", "bedding"),
    ("Super Soaker Water Gun", "water_toy"),
])
def test_a_title_naming_its_own_kind_keeps_it(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert "line" not in result.basis["product_type"]


@pytest.mark.parametrize("title", [
    "Made for Match Attax Collectors",     # a line named only as a target names nothing
    "Upgrade Kit for Nerf Elite",
    "Wooden Track Expansion for TrackMaster",
    "Nerf Bars for Toyota Tacoma 2016",    # a truck's side steps
    "Nerf Dog Squeak Bone",                # Nerf Dog's pet toys
    "Tomica Limited Vintage Neo Datsun Bluebird",  # Tomytec's collector range
    "Matchbox Twenty Exile on Mainstream",  # the band
])
def test_a_target_or_a_look_alike_names_no_line_kind(classify, title):
    result = classify(title)
    assert "line" not in result.basis["product_type"], result.basis["product_type"]
    assert result.product_type not in {"trading_cards", "toy_weapon", "train_set", "toy_vehicle"}
