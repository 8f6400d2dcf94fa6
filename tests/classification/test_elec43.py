"""Electronics inside toys and gifts: the words that say a chip, a speaker or a cell, on the kinds that missed them
(elec43, issue 9).

Kinds x feature phrases were probed (50 kinds x 38 phrases x both word orders); the catalogs' own titles already read
their feature words. The general gaps: a greeting card that plays music, records or lights up (a sound chip on button
cells; the card type locked EEE false); a die-cast that talks; a doll or toy that says phrases or hears a voice; a
seasonal decoration that sings, dances or senses you (the decoration types read lights and music only); and a product
that lights up and makes sounds whose kind is not read (EEE but no battery). Each rule has a look-alike that must keep
its reading.
"""

from __future__ import annotations

import pytest

# --- a greeting card with a sound or light chip ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Musical Birthday Card Plays Happy Birthday",
        "Hallmark Birthday Greeting Card with Sound",
        "Light Up Christmas Card with LED Lights",
        "Recordable Greeting Card - Record Your Own Message",
        "Singing Christmas Cards Pack of 6",
    ],
)
def test_a_sound_or_light_greeting_card_runs_on_button_cells(classify, title):
    result = classify(title)
    assert result.product_type == "invitation", (title, result.product_type)
    assert result.classes["eee"], (title, result.basis["eee"])
    assert result.classes["battery"] and result.classes["button_cell"], (title, result.basis["battery"])


@pytest.mark.parametrize(
    "title",
    [
        "Musical Notes Birthday Card",
        "Music Notes Party Invitations Pack of 8",
        "Hamilton The Musical Greeting Card",
        "Happy Birthday Greeting Card for Dad",
        "Glitter Christmas Cards Pack of 10",
    ],
)
def test_a_printed_card_stays_passive(classify, title):
    result = classify(title)
    assert result.product_type == "invitation", (title, result.product_type)
    assert not result.classes["eee"], (title, result.basis["eee"])
    assert not result.classes["battery"] and not result.classes["button_cell"]


# --- a die-cast that talks ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Disney Cars Talking Lightning McQueen Die Cast",
        "Hot Wheels Talking Batmobile Die-Cast Vehicle",
        "Die Cast Fire Engine with Engine Sounds 1:43",
    ],
)
def test_a_talking_die_cast_has_a_voice_chip(classify, title):
    result = classify(title)
    assert result.product_type == "scale_model", (title, result.product_type)
    assert result.classes["eee"] and result.classes["battery"], (title, result.basis["eee"])


@pytest.mark.parametrize(
    "title",
    [
        "Disney Cars Lightning McQueen Die Cast 1:55",
        "Hot Wheels Batmobile Die-Cast Vehicle",
    ],
)
def test_a_plain_die_cast_stays_passive(classify, title):
    result = classify(title)
    assert result.product_type == "scale_model", (title, result.product_type)
    assert not result.classes["eee"] and not result.classes["battery"], (title, result.basis["eee"])


# --- a toy that says phrases or hears a voice -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Baby Annabell Doll with 20 Phrases",
        "Peppa Pig Doll Says 10 Phrases",
        "Baby Born Doll with Voice Recognition",
        "Peppa Pig Doll Plays the Theme Tune",
    ],
)
def test_a_toy_that_speaks_or_listens_has_a_chip_and_cells(classify, title):
    result = classify(title)
    assert result.classes["toy"], (title, result.product_type)
    assert result.classes["eee"], (title, result.product_type, result.basis["eee"])
    assert result.classes["battery"], (title, result.product_type, result.basis["battery"])


@pytest.mark.parametrize(
    "title",
    [
        "First 100 Words and Phrases Flash Cards",
        "Lonely Planet French Phrases Book",
        "Baby Annabell Doll Outfit Pink",
    ],
)
def test_printed_phrases_and_plain_dolls_stay_passive(classify, title):
    result = classify(title)
    assert not result.classes["eee"], (title, result.product_type, result.basis["eee"])
    assert not result.classes["battery"]


# --- a decoration that sings, dances or senses you ------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Singing Snowman Christmas Decoration",
        "Animated Singing Christmas Tree",
        "Sound Activated Halloween Decoration",
        "Dancing Santa Christmas Decoration",
    ],
)
def test_an_animated_decoration_has_a_motor_or_chip_on_cells(classify, title):
    result = classify(title)
    assert result.product_type in ("christmas_decoration", "party_decoration"), (title, result.product_type)
    assert result.classes["eee"] and result.classes["battery"], (title, result.basis["eee"])


@pytest.mark.parametrize(
    "title",
    [
        "Carol Singers Christmas Decoration",
        "Dancing Ballerina Christmas Ornament",
        "Talking Tom Party Banner",
        "Glass Bauble Christmas Decoration",
    ],
)
def test_a_decoration_that_depicts_singing_or_dancing_stays_passive(classify, title):
    result = classify(title)
    assert not result.classes["eee"] and not result.classes["battery"], (title, result.product_type,
                                                                           result.basis["eee"])


# --- lights and sounds together, kind not read ----------------------------------------------------------------------


def test_lights_and_sounds_without_a_read_kind_carry_a_battery(classify):
    result = classify("Cars 2 Lights & Sounds Holley Shiftwell")
    assert result.classes["eee"] and result.classes["battery"], (result.product_type, result.basis["battery"])


@pytest.mark.parametrize(
    "title",
    [
        "LED Stage Light Sound Activated DMX Projector Mains 230V",
        "Kids Ride On Car 12V with Lights and Sounds",
    ],
)
def test_lights_and_sounds_keep_a_stated_supply(classify, title):
    result = classify(title)
    assert result.classes["eee"], (title, result.product_type)
    assert result.classes["mains_lv"] or result.classes["battery"], (title, result.product_type)


@pytest.mark.parametrize(
    "title",
    [
        "Electric Fireplace with Lights and Sounds of Crackling Fire",
        "Arcade Machine with Lights and Sounds 240V",
        "Karaoke Machine with Lights and Sounds",
    ],
)
def test_a_mains_product_with_lights_and_sounds_keeps_no_battery(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"], (title, result.product_type, result.basis["mains_lv"])
    assert not result.classes["battery"], (title, result.product_type, result.basis["battery"])
