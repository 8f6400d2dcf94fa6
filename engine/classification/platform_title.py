"""A game titled "Name - Platform" (games43, issue 9).

Best Buy, Amazon and the publishers title a video game by its name, a dash, and the console it runs on ("Infamous:
Second Son - PlayStation 4", "Titanfall - Xbox One", "Mario Kart 8 - Nintendo Wii U"), often with no word naming the
kind; a console is titled the other way round, its maker, a dash and the platform ("Sony - PlayStation 4 (500GB)",
"Nintendo - Wii U Deluxe Set with ..."). The platform names are data (the `video_game_platform` modifier); this reads
where they stand. Asked only for a title that names no type, so "Wireless Controller - PlayStation 4" stays a
controller and "Monopoly Socks" never gets here. A platform that ends the title with no dash ("Minecraft Nintendo
Switch") is read the same way when the words before it are one phrase (elec46). An accessory's word before the
platform ("Bluetooth Controller PS4", "Charger - Nintendo DS") reads neither (review46b): the modifier groups
flagged `console_accessory` in the vocabulary (code47). A reseller titles the console by the platform and its maker
alone, or with what comes with it ("Nintendo 64", "Nintendo GameCube & Controller"): that is the console too (mr63),
and so is a platform named without its maker before what comes with it ("Psp with games and case!", mr64).
"""

from __future__ import annotations

from .matcher import Reading
from .normalise import SEGMENT_BREAK

PLATFORM_MODIFIER = "video_game_platform"
VIDEO_GAME = "video_game"
GAME_CONSOLE = "game_console"

# The console makers whose name alone before the platform titles the console itself (Best Buy's "Sony -
# PlayStation 4", "Microsoft - Xbox One", "Nintendo - Wii U Deluxe Set"): they name no game.
_CONSOLE_MAKERS = frozenset({"sony", "microsoft", "nintendo", "sega"})
_MADE = "named with a console maker's name"
# What a shop writes after the platform: the edition sold as a download ("... - PlayStation 4 [Digital]"), or the
# condition of a second-hand copy (s96: Amazon's "Cooking Mama - Nintendo DS (Renewed)")
_AFTER_PLATFORM = frozenset({"digital", "digital download", "digital code", "download code", "download", "renewed",
                             "refurbished", "pre owned", "preowned", "used"})
_MASK = "_"  # the brand blanked out of the title (Classifier._mask_brand)
# What joins a console to what comes with it in a reseller's title ("Nintendo GameCube & Controller")
# (not a dash or a comma: "Nintendo Switch - Mario Kart 8 Deluxe" names a game after the platform)
_WITH_MARKS = frozenset({"&", "+", "and", "with", "w", "plus"})
# After a platform named without its maker, only what says "comes with" (review64: "PS4 Plus 12 Month Membership" is
# PlayStation Plus, "Wii and Wii U" and "PS4 & Xbox One" list platforms)
_BUNDLE_MARKS = frozenset({"with", "w", "+"})


def platform_kind(reading: Reading, brand: str, accessories: frozenset[str]) -> tuple[str, str, str] | None:
    """`video_game` for a title whose last phrase is a platform after words of the product's own ("Watch Dogs -
    PlayStation 4", "[Digital]" or "(Renewed)" may follow); `game_console` for one whose first phrase is a console
    maker (or the brand field's, blanked) and whose second begins with the platform; None otherwise. With the kind,
    the platform's words and how the title named it (for the basis).
    `reading`: the title's, with the brand blanked; `accessories`: the ids of the modifier groups flagged
    `console_accessory`, whose words before the platform make the title an accessory's."""
    text = reading.text
    for hit in reading.modifiers:
        if hit.ref != PLATFORM_MODIFIER or hit.target:
            continue
        before = text[: hit.start].split()
        if before and before[-1] == _MASK:  # "Mario Kart 8 - Nintendo Wii U" by Nintendo: "... | _ wii u"
            before.pop()
        platform = text[hit.start : hit.end].split()
        made = len(platform) > 1 and platform[0] in _CONSOLE_MAKERS  # "Nintendo 64", "Sega Genesis"
        if not before and _console_alone(made, text[hit.end :].split()):
            return GAME_CONSOLE, " ".join(platform), _MADE if made else "before what comes with it"
        if not before or _accessory_before(reading, hit.start, accessories):
            continue
        dashed = before[-1] == SEGMENT_BREAK
        if dashed:
            before.pop()
        word = text[hit.start : hit.end].strip()
        if _maker_only(before, brand):
            return GAME_CONSOLE, word, _MADE
        after = text[hit.end :].split()
        if not dashed:
            # elec46: the platform ending the title with no dash ("Cars 3 Driven to Win PS4", "Minecraft Nintendo
            # Switch"), after the game's own words in the same phrase
            if after or SEGMENT_BREAK in before:
                continue
        rest = " ".join(after[1:]) if after[:1] == [SEGMENT_BREAK] else " ".join(after)
        if (not after or rest in _AFTER_PLATFORM) and any(word.isalnum() for word in before):
            return VIDEO_GAME, word, "ending the title"
    return None


def _accessory_before(reading: Reading, start: int, accessories: frozenset[str]) -> bool:
    """Whether a console accessory's word stands before the platform ("Bluetooth Controller PS4", "Thumb Grips - PS4":
    the product is for the console, no game; review46b). The groups are the vocabulary's (`console_accessory`): the
    accessory nouns', and those that already read the supply words (bluetooth, wireless, rechargeable, charger) and
    Funko's figures, so those words are not matched twice on every title."""
    for other in reading.modifiers:
        if other.end <= start and other.ref in accessories:
            return True
    return False


def _console_alone(made: bool, after: list[str]) -> bool:
    """Whether a title that begins with a platform (`made`: named with its maker, "Nintendo 64", "Sega Genesis")
    names the console alone, or with what comes with it ("Nintendo GameCube & Controller"): a reseller's title (mr63). A
    platform without its maker names the console only with what comes with it ("Psp with games and case!", "DSi
    with Super Mario", mr64), by "with", "w" or "+" only: alone ("Wii") it is as often a game's shelf word, and
    "and", "&" or "plus" list platforms or name a service ("PS4 Plus 12 Month Membership")."""
    if after:
        return after[0] in (_WITH_MARKS if made else _BUNDLE_MARKS)
    return made


def _maker_only(words: list[str], brand: str) -> bool:
    """Whether the words before the dash are a console maker's name alone (or the blanked brand field's)."""
    if len(words) != 1:
        return False
    word = words[0]
    return word in _CONSOLE_MAKERS or (word == _MASK and brand in _CONSOLE_MAKERS)
