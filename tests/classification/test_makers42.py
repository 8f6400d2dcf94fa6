"""More toy and game makers name the kind of a product nothing else names (makers42, stop 42, issue 9).

Read by title and brand alone, a toy is often titled by its name ("Chloe's Closet Singing Chloe Ragdoll" names a
doll, but "Bagpuss Beanie" or "Optical Science" name nothing). The lead's maker modifiers let the brand field name
the kind when nothing else does; makers42 lengthens their lists with children's toy makers and family-game
publishers taken from public lists of toy companies, by what each maker's range is.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "brand"), [
    ("In the Night Garden Igglepiggle", "Golden Bear"),
    ("Optical Science", "Thames & Kosmos"),
    ("Pallino Set", "Quercetti"),
    ("Thunderbirds Are Go Thunderbird S", "Vivid Imaginations"),
    ("Preschool Nesting Eggs", "Funskool"),
])
def test_a_toy_makers_unnamed_product_is_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy", result.basis["product_type"]
    assert result.classes["toy"] and result.classes["children_12_under"], result.basis["toy"]
    assert "toy maker" in result.basis["product_type"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Rush Hour Deluxe Edition", "Ravensburger"),
    ("Dingbats Pocket Edition", "Winning Moves"),  # (lines43: Top Trumps is a children's card-game line of its own)
    ("Smath", "Pressman Toy"),
    # kidtoy52: not "My Rummy Travel" any more: "rummy" names the family game (board_game) from the title
    ("Heckmeck Travel", "Schmidt Spiele"),
])
def test_a_game_makers_unnamed_product_is_a_family_game(classify, title, brand):
    """A family-game publisher names `game`: a toy, but no children's product unless a word says so."""
    result = classify(title, brand=brand)
    assert result.product_type == "game" and result.classes["toy"], result.basis["product_type"]
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Heckmeck Travel", "Schmidt"),            # Schmidt alone is a surname (knives, tools, pianos)
    ("Les Paul Standard 60s", "Gibson"),     # the guitar maker, not Gibsons the game publisher
    ("Optical Science", "Kosmos"),          # Kosmos alone also publishes books and hobby games
])
def test_a_look_alike_brand_names_nothing(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type not in ("toy", "game"), result.basis["product_type"]


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Mini Character Playset Bath Towel", "Golden Bear", "towel"),
    ("Ravensburger 3D Puzzle Medieval House, 216 Pieces", "Ravensburger", "puzzle"),
])
def test_a_title_naming_its_kind_keeps_it(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert "nothing else names" not in result.basis["product_type"]
