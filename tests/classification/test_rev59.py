"""Read-through of stop 59's rounds (rev59, issue 9): consoles from before Wi-Fi.

"Consoles" (Mercari's leaf, read by its three levels since mr59) gave a PS2 or a Game Boy Advance SP a modern
console's radio. Both sides: the consoles with Wi-Fi keep it, and a game for a retro console stays a game. (rev59's
rule that a hint's leaf yields to a title naming another device was withdrawn at the merge: it turned a heater shelf's
electric blanket, a Shopify lighting kit's ring light and an aquarium light off their shelves; docs/classification.md.)
"""

from __future__ import annotations

import pytest

CONSOLES = "Electronics/Video Games & Consoles/Consoles"


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


@pytest.mark.parametrize("title", [
    "Xbox One S 500GB",
    "Nintendo DS Lite white",
    "Nintendo Switch Lite turquoise",
])
def test_modern_consoles_keep_their_radio(classify, title):
    assert classify(title, category=CONSOLES).classes["radio"] is True


@pytest.mark.parametrize("title", [
    "Resident Evil 4 - Nintendo GameCube",
    "Kingdom Hearts PS2",
    "Madden NFL 2005 - PlayStation 2",
])
def test_a_game_for_a_retro_console_stays_a_game(classify, title):
    assert classify(title).product_type == "video_game"
