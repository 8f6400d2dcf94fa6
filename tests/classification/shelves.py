"""Category paths (as the Amazon UK toy catalog writes them) that several classification test files put products on,
and the one reading of a result those files share."""

from __future__ import annotations

from typing import Any

BEAD_SHELF = "Arts & Crafts > Children's Craft Kits > Bead Art & Jewellery-Making"
COSTUMES_ADULTS = "Fancy Dress > Costumes > Adults"
FIGURES = "Figures & Playsets > Science Fiction & Fantasy"
CARD_GAMES = "Games > Card Games"
DICE = "Games > Dice & Dice Games"
DOMINOES = "Games > Dominoes & Tile Games"
STICKERS = "Arts & Crafts > Paper & Stickers"
RC_PARTS = "Hobbies > Remote Controlled Devices > Parts & Accessories"
RC_HELICOPTERS = "Hobbies > Remote Controlled Devices > Helicopters & Quadcopters"
FLIGHT_TOYS = "Sports Toys & Outdoor > Kites & Flight Toys"


def classes_of(result: Any, *names: str) -> tuple[bool, ...]:
    """The named classes of a classification result, in order (one assert compares several)."""
    return tuple(result.classes[name] for name in names)


SEVEN_CLASSES = ("radio", "mains_lv", "eee", "battery", "toy", "children_12_under", "textile")


def assert_reads(result: Any, product_type: str, classes: str) -> None:
    """The result is that type with exactly those of the seven scored classes (comma-separated, "" for none)."""
    wanted = set(classes.split(",")) - {""}
    got = {name for name in SEVEN_CLASSES if result.classes[name]}
    assert (result.product_type, got) == (product_type, wanted), result.basis
