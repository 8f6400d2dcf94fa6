"""The classifier's vocabulary read head-noun first, and the relations matching adds (parent, lumped)."""

from __future__ import annotations

import pytest

from crossguard.engine.classify import Classifier
from crossguard.watchers.matching import VocabularyTypes, analyse
from crossguard.watchers.matching import text as tx


@pytest.fixture(scope="module")
def types() -> VocabularyTypes:
    return VocabularyTypes(Classifier.default().types)


def sig_of(title: str, types: VocabularyTypes, names: tuple[str, ...] = ()):  # noqa: ANN201
    return analyse(tx.segments(title)[0], types, names=names)


def test_types_are_the_classifiers(types: VocabularyTypes) -> None:
    assert ("power_bank", "portable power banks") in types.find("INIU Portable Power Banks and Wireless Stands")
    assert set(types.info) == set(Classifier.default().types.vocab.types)


def test_overlapping_mentions_resolve_head_final(types: VocabularyTypes) -> None:
    assert sig_of("Kids Bike Helmets", types).types == ("helmet",)  # not the kids' bike
    assert sig_of("Hair Growth Serum Bottles", types).types == ("haircare",)  # the bottle holds the product


def test_head_noun_decides_the_type(types: VocabularyTypes) -> None:
    assert sig_of("KTEBO 10 inch Drawing Tablet Toy for Toddlers", types).types == ("lcd_writing_tablet",)
    bracket = sig_of("Lightform Projector Ceiling Mount Bracket", types)
    assert bracket.accessory and bracket.types == ("stand",)
    assert not sig_of("Lightform LED Projector", types).accessory


def test_qualifier_before_the_head(types: VocabularyTypes) -> None:
    stick = sig_of("Magnetic Stick Figure Sets", types)
    assert stick.head == tx.stem("figure") and stick.modifier == "stick"
    assert sig_of("Portable Electrical Fans", types).modifier is None  # descriptive, not a kind
    assert sig_of("Children's Eating Utensils", types).modifier is None


def test_noun_after_the_mention_is_the_real_head(types: VocabularyTypes) -> None:
    balloon_lights = sig_of("LED Balloon Lights", types)
    assert balloon_lights.types == ("balloon",) and balloon_lights.noun == tx.stem("lights")
    assert sig_of("Latex Balloons", types).noun == tx.stem("balloon")


def test_unknown_kind_falls_back_to_the_head_noun(types: VocabularyTypes) -> None:
    handles = sig_of("Elektron Power Handles", types, names=("elektron",))
    assert handles.types == () and handles.head == tx.stem("handles")


def test_generic_words(types: VocabularyTypes) -> None:
    assert sig_of("Children's Toys", types).generic
    assert sig_of("Toy Trumpets", types).toyish


def test_parent_and_lumped_come_from_the_vocabulary(types: VocabularyTypes) -> None:
    assert types.ancestors("wireless_charger") == ("wireless_charger", "mains_charger")
    assert types.ancestors("board_game") == ("board_game", "game", "toy")
    assert types.info["furniture"].lumped and not types.info["power_bank"].lumped
    assert sig_of("Eating Utensils", types).general  # names every kind of tableware
    assert not sig_of("Spoons", types).general
