"""Kinds sold both ways: what the typical product has when no word decides (mixed40, issue 9).

A type may say `likely: {class: [value, "why, with the evidence"]}` for a class it leaves open (a computer mouse is
wired or wireless): the value is filled after every word, shelf default and filler, before the type's `when` rules,
and its basis says it is an assumption and what settles it. A word that decides ("wired", "Bluetooth"), a seller's
attribute or a kind with no `likely` keeps today's reading. The shipped vocabulary decides no kind this way yet (the
catalogs and the tuned labels give no clear majority; docs/classification.md, mixed40): the mechanism is tested on a
small vocabulary, and the shipped kinds left open are pinned below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import Classifier, ProductText
from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary

SMALL = """
version: test
classes: {eee: "electrical", radio: "radio", battery: "battery", mains_lv: "mains"}
modifiers:
  - id: radio_link
    words: {en: [bluetooth, wireless, 2.4 ghz]}
    sets: {radio: [true, "a wireless link is a radio"]}
  - id: wired_link
    words: {en: [wired, corded]}
    sets: {radio: [false, "a cable, no radio link"]}
    excludes: [radio_link]
  - id: mains_word
    words: {en: [mains powered]}
    sets: {battery: [false, "runs from the mains"]}
types:
  - id: computer_mouse
    synonyms: {en: [mouse, computer mouse]}
    category_hints: [corded mice]
    classes: {eee: [true, "electronic"], mains_lv: [false, "powered by the computer or a cell"]}
    likely: {radio: [true, "most computer mice sold now are wireless"]}
    when:
      - if: {radio: true}
        then: {battery: [true, "a wireless mouse runs on a cell"]}
  - id: headphones
    synonyms: {en: [headphones, headset]}
    classes: {eee: [true, "electronic"], mains_lv: [false, "no mains"]}
    when:
      - if: {radio: true}
        then: {battery: [true, "wireless headphones have a battery"]}
  - id: drill
    synonyms: {en: [drill]}
    classes: {eee: [true, "electrical"], radio: [false, "no radio"]}
    likely: {mains_lv: [false, "most drills sold now are cordless"]}
    when:
      - if: {battery: false}
        then: {mains_lv: [true, "a drill without a battery runs from the mains"]}
"""


def _write(folder: Path, text: str) -> Path:
    path = folder / "types.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Classifier:
    return Classifier(load_vocabulary(_write(tmp_path_factory.mktemp("mixed40"), SMALL)))


# --- 1. a kind that says nothing gets the likely class, with its basis, and `when` follows ---------------------------

@pytest.mark.parametrize("title", ["Logitech M185 Mouse", "Optical Computer Mouse Black", "HP X3000 Mouse"])
def test_a_title_that_says_nothing_gets_the_likely_class(small, title):
    result = small.classify(ProductText(title))
    assert result.product_type == "computer_mouse"
    assert result.classes["radio"] is True
    basis = result.basis["radio"]
    assert "likely radio true" in basis and "most computer mice sold now are wireless" in basis
    assert "assumption" in basis and "settles it" in basis


def test_the_types_when_rules_follow_from_the_likely_class(small):
    result = small.classify(ProductText("Logitech M185 Mouse"))
    assert result.classes["battery"] is True
    assert "a wireless mouse runs on a cell" in result.basis["battery"]


def test_what_follows_from_a_decided_class_outranks_the_assumption(small):
    corded = small.classify(ProductText("Bosch PSB 500 Drill mains powered"))
    assert corded.classes["mains_lv"] is True and "runs from the mains" in corded.basis["mains_lv"]
    plain = small.classify(ProductText("Bosch PSB 500 Drill"))
    assert plain.classes["mains_lv"] is False and "likely mains_lv false" in plain.basis["mains_lv"]


# --- 2. a word, a shelf word or an attribute that decides wins -------------------------------------------------------

@pytest.mark.parametrize("title", ["Logitech Wired Mouse", "Corded Optical Mouse USB", "Dell MS116 Mouse (Wired)"])
def test_a_title_saying_wired_does_not_get_the_likely_class(small, title):
    result = small.classify(ProductText(title))
    assert result.classes["radio"] is False
    assert "likely" not in result.basis["radio"] and "a cable" in result.basis["radio"]
    assert result.classes["battery"] is False  # `when` does not fire on the assumption it no longer holds


def test_a_shelf_word_that_decides_wins(small):
    result = small.classify(ProductText("Insignia USB Optical Mouse", category="Computers > Mice > Corded Mice"))
    assert result.classes["radio"] is False and "category word 'corded'" in result.basis["radio"]


def test_a_title_saying_wireless_reads_its_word_not_the_assumption(small):
    result = small.classify(ProductText("Logitech M185 Wireless Mouse"))
    assert result.classes["radio"] is True and "title word 'wireless'" in result.basis["radio"]


def test_a_description_that_decides_wins(small):
    result = small.classify(ProductText("Logitech B100 Mouse", description="A wired optical mouse, 1.8 m cable."))
    assert result.classes["radio"] is False and "likely" not in result.basis["radio"]


def test_a_sellers_attribute_wins(small):
    result = small.classify(ProductText("Logitech B100 Mouse"), {"radio": False})
    assert result.classes["radio"] is False and result.basis["radio"] == "attribute radio=False"


# --- 3. a kind with no `likely` stays assumed false -----------------------------------------------------------------

def test_a_kind_left_open_stays_assumed_false(small):
    result = small.classify(ProductText("Sony MDR-ZX110 Headphones"))
    assert result.classes["radio"] is False and result.classes["battery"] is False
    assert result.basis["radio"] == "headphones leaves radio open and no word decides it: assumed false"


@pytest.mark.parametrize(("title", "kind"), [
    ("Logitech M185 Mouse", "computer_mouse"),
    ("Sony MDR-ZX110 Over-Ear Headphones", "headphones"),
    ("Skullcandy Jib Earbud Headphones", "earbuds"),
    ("Logitech F310 Gamepad", "game_controller"),
])
def test_the_shipped_mixed_kinds_stay_open(classify, title, kind):
    """The evidence (catalog titles that say, tuned labels) gives no kind a clear majority: all stay assumed false."""
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["radio"] is False
    assert result.basis["radio"] == f"{kind} leaves radio open and no word decides it: assumed false"


# --- 4. the loader ---------------------------------------------------------------------------------------------------

def test_the_small_vocabulary_loads_its_likely_class(tmp_path):
    vocab = load_vocabulary(_write(tmp_path, SMALL))
    assert vocab.types["computer_mouse"].likely == {"radio": (True, "most computer mice sold now are wireless")}
    assert not vocab.types["headphones"].likely


def test_an_unknown_class_in_likely_is_an_error(tmp_path):
    text = SMALL.replace("likely: {radio:", "likely: {wifi:")
    with pytest.raises(VocabularyError, match=r"types\.yaml: type 'computer_mouse' likely: unknown class 'wifi'"):
        load_vocabulary(_write(tmp_path, text))


def test_a_likely_value_that_is_not_a_pair_is_an_error(tmp_path):
    text = SMALL.replace('likely: {radio: [true, "most computer mice sold now are wireless"]}',
                         "likely: {radio: true}")
    with pytest.raises(VocabularyError, match=r"types\.yaml: type 'computer_mouse': likely\.radio"):
        load_vocabulary(_write(tmp_path, text))


def test_a_likely_class_the_type_already_decides_is_an_error(tmp_path):
    text = SMALL.replace("likely: {radio:", "likely: {mains_lv:")
    with pytest.raises(VocabularyError,
                       match="type 'computer_mouse': likely names class 'mains_lv', which the type already decides"):
        load_vocabulary(_write(tmp_path, text))
