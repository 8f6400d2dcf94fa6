"""Stop 53's read-through of its four rounds (issue 9): lookalikes the new words misread, now guarded.

A reviewer ran about 150 titles of other kinds through the new words. Fixed in the data: a title that names a mains
supply keeps it over battery53's electronic-game, pet-toy and toothbrush cells; "singing" sets a battery only on the
kinds that can sing (not a book, keyring or glass ornament about singing); adults' brands named with a child word
(Baby Phat, Baby Foot, Baby Lips, Kid Cudi) are not children's; a roof's lead flashing, a car's flasher relay and a
musical score are not light-up novelties. Both sides of each.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import DEFAULT_TYPES, VocabularyError
from crossguard.engine.classification.vocabulary import load_vocabulary_from_sources


def _battery(result) -> bool:
    return bool(result.classes["battery"])


# --- a named mains supply wins over the new battery cells -------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Electronic Board Game Mains Powered 230V",
    "Electric Dog Toy Ball Launcher Plug In 240V Mains",
])
def test_a_mains_supply_in_the_title_is_kept(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] and not _battery(result), result.basis["battery"]


@pytest.mark.parametrize("title", ["Electronic Battleship Game", "Electric Cat Toy Mouse"])
def test_without_a_mains_word_the_cell_stays(classify, title):
    assert _battery(classify(title))


# --- "singing" only on what can sing ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Singing Exercises for Dummies Paperback",
    "Singing Coach Gift Keyring",
    "Singing Bird Christmas Ornament Glass",
])
def test_a_thing_about_singing_has_no_cell(classify, title):
    result = classify(title)
    assert not _battery(result) and not result.classes["eee"], result.basis["battery"]


@pytest.mark.parametrize("title", ["Singing Fish Wall Plaque", "Singing Happy Birthday Teddy Bear Plush"])
def test_a_singing_novelty_has_a_cell(classify, title):
    result = classify(title)
    assert result.classes["eee"] and _battery(result)


# --- adults' brands named with a child word ---------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Stretch Lace Bra", "Baby Phat"),
    ("Exfoliating Foot Peel Mask", "Baby Foot"),
    ("Lip Balm SPF 20", "Baby Lips"),
    ("Graphic Hoodie", "Kid Cudi"),
])
def test_an_adult_brand_with_a_child_word_is_not_children_s(classify, title, brand):
    result = classify(title, brand=brand)
    assert not result.classes["children_12_under"], result.basis["children_12_under"]
    assert not result.classes["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Printed Cotton Padded Mosquito Net", "CHINMAY KIDS"),
    ("Cartoon Set of Towels", "Love Baby"),
])
def test_a_brand_named_for_children_still_is(classify, title, brand):
    assert classify(title, brand=brand).classes["children_12_under"]


# --- flashing and musical that are no novelty -------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Lead Flashing Roll 150mm x 3m",
    "Flashing Strip Self Adhesive",
    "Hazard Flashing Relay 12V 2 Pin",
    "Disney Musical Sheet Music Piano",
])
def test_no_light_up_cell_on_building_parts_relays_or_scores(classify, title):
    assert not _battery(classify(title))


@pytest.mark.parametrize("title", ["Light Up Tic-Toc-Croc", "Musical Leprechaun"])
def test_a_light_up_or_musical_novelty_keeps_its_cell(classify, title):
    assert _battery(classify(title))


# --- `untyped` in a modifier's only_types is the product of no kind; a misspelling is still an error -----------------

def test_untyped_in_only_types_is_held_as_no_type(classifier):
    assert None in classifier.vocab.modifiers["untyped_light_cell"].only_types


def test_a_misspelt_untyped_in_only_types_is_refused(tmp_path):
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    marker = "    read_in: [title]\n    only_types: [untyped]\n"
    assert text.count(marker) == 1
    path = tmp_path / "product_types.yaml"
    path.write_text(text.replace(marker, "    read_in: [title]\n    only_types: [untypd]\n"), encoding="utf-8")
    with pytest.raises(VocabularyError, match="unknown type 'untypd'"):
        load_vocabulary_from_sources(path)
