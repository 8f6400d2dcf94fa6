"""Read-through of stop 59's rounds (rev59, issue 9): the products ger59 and mr59 turned wrong, by their causes.

Mercari's path read by its three levels (mr59) made a leaf such as "Cell Phones & Smartphones", "School Supplies",
"Desktops & All-In-Ones" or "Cookware" a specific shelf, where the whole path had been a bucket any title refined: the
leaf then outranked a title naming another kind (a digital scale, an Apple Watch, an iPod, a fidget spinner on the
phones' leaf; a calculator, a monitor, an electric skillet, a flat iron on theirs). And "Consoles" gave a PS2 or a
Game Boy Advance SP a modern console's radio. Both sides of each: the lookalike that must keep the shelf.
"""

from __future__ import annotations

import pytest

PHONES = "Electronics/Cell Phones & Accessories/Cell Phones & Smartphones"
CONSOLES = "Electronics/Video Games & Consoles/Consoles"


def _on(result) -> set[str]:
    return {name for name in ("radio", "mains_lv", "eee", "battery", "toy", "children_12_under", "textile")
            if result.classes[name]}


# --- a shelf named by a hint yields to a title naming another device ------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Digital Pocket Scale 500g Precision", PHONES, "health_monitor"),
    ("Apple Watch Series 2 42mm", PHONES, "smartwatch"),
    ("iPod classic 80GB black", PHONES, "media_player"),
    ("Fidget spinner blue metal", PHONES, "fidget_toy"),
    ("TI-83 graphing calculator", "Other/Office supplies/School Supplies", "calculator"),
    ("Dell 24 inch LCD monitor", "Electronics/Computers & Tablets/Desktops & All-In-Ones", "monitor"),
    ("Presto electric skillet 16 inch", "Home/Kitchen & Dining/Cookware", "cooker"),
    ("Chi flat iron ceramic", "Beauty/Hair Care/Styling Tools", "hair_styler"),
    # a tool's shelf (whose tools are the part on a machine's shelf, `machine_part`) yields as any shelf
    ("Digital kitchen scale 5kg", "Home/Kitchen & Dining/Kitchen Utensils & Gadgets", "health_monitor"),
])
def test_a_hint_shelf_yields_to_a_title_naming_another_device(classify, title, category, kind):
    assert classify(title, category=category).product_type == kind


@pytest.mark.parametrize(("title", "category", "kind"), [
    # the title names the phone itself, or nothing: the leaf stands
    ("Samsung Galaxy S6 32GB unlocked", PHONES, "smartphone"),
    ("Like new, barely used", PHONES, "smartphone"),
    # an accessory's shelf: the title names the device it fits
    ("Otterbox Defender iPhone 7", "Electronics/Cell Phones & Accessories/Cases, Covers & Skins", "device_case"),
    # a book's title may name any kind
    ("La lampe du mineur", "LIBRAIRIE > AUTRES LIVRES > AUTRES LIVRES", "book"),
    # a watch's strap words name no device: the watch shelf stands
    ("Montre Femme Bracelet Acier Argent", "BIJOUX - LUNETTES - MONTRES > MONTRES > MONTRE BRACELET", "watch"),
    # a plaything's word on a shelf that is no device's (a print's, a motif's): the shelf stands
    ("Sweet bear lip stain duo", "Beauty/Makeup/Lips", None),
])
def test_the_shelf_stands(classify, title, category, kind):
    result = classify(title, category=category)
    if kind is None:
        assert not result.classes["toy"]
    else:
        assert result.product_type == kind


def test_a_scale_on_the_phones_shelf_has_no_radio(classify):
    result = classify("Digital Pocket Scale 500g Precision", category=PHONES)
    assert not result.classes["radio"] and not result.classes["mains_lv"]


def test_a_fidget_spinner_on_the_phones_shelf_is_a_toy(classify):
    assert _on(classify("Fidget spinner blue metal", category=PHONES)) == {"toy", "children_12_under"}


# --- consoles from before Wi-Fi -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("PS2 slim black with cords", "retro_console"),
    ("N64 console grey", "retro_console"),
    ("SNES Classic Edition mini", "retro_console"),
    ("Gameboy Advance SP pink", "retro_handheld"),
    ("Game Boy Color console purple", "retro_handheld"),
])
def test_a_retro_console_has_no_radio(classify, title, kind):
    result = classify(title, category=CONSOLES)
    assert result.product_type == kind
    assert not result.classes["radio"]
    assert result.classes["eee"]


@pytest.mark.parametrize(("title", "radio"), [
    ("Xbox One S 500GB", True),
    ("Nintendo DS Lite white", True),
    ("PS2 slim black with cords", False),
])
def test_modern_consoles_keep_their_radio(classify, title, radio):
    assert classify(title, category=CONSOLES).classes["radio"] is radio


@pytest.mark.parametrize("title", [
    "Resident Evil 4 - Nintendo GameCube",
    "Kingdom Hearts PS2",
    "Madden NFL 2005 - PlayStation 2",
])
def test_a_game_for_a_retro_console_stays_a_game(classify, title):
    assert classify(title).product_type == "video_game"
