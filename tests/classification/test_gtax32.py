"""Category paths of the Google product taxonomy (gtax32, issue 9): each reading rule both ways.

1. "A & B Accessories" (and "A, B & C Machine Accessories"): the trailing accessory word files accessories of every
   alternative, so the shelf is a part, not the appliance; an alternative that is the accessory word alone
   ("Trading Cards & Accessories") stays a shelf of several kinds.
2. A filter or a consumable is a part of the appliance it fits; the appliance's own shelf stays the appliance.
3. The taxonomy's "Arts & Crafts" shelves of materials, tools and patterns hold artists' supplies, not children's
   craft kits; its "Toy Craft Kits" stay children's craft kits.
4. Pickleball and paddle-tennis paddles are sports equipment, not a game.
5. A phone-card shelf is airtime, not a phone; the pre-paid phones' shelf stays the phone.
6. Climbing and billiard-cue chalk are not children's colouring chalk; sidewalk chalk still is.
"""

from __future__ import annotations

import pytest

KITCHEN = "Home & Garden > Kitchen & Dining"
COFFEE_ACCESSORIES = f"{KITCHEN} > Kitchen Appliance Accessories > Coffee Maker & Espresso Machine Accessories"
PRINT = "Electronics > Print, Copy, Scan & Fax"
CRAFTS = "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts"
GAMES = "Sporting Goods > Outdoor Recreation > Outdoor Games"


def _expect(result, **classes: bool) -> None:
    for name, value in classes.items():
        assert result.classes[name] is value, result.basis[name]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Breville BES500 Milk Jug 480ml", COFFEE_ACCESSORIES),
        ("Knock Box for Espresso Grounds",
         f"{COFFEE_ACCESSORIES} > Coffee Maker & Espresso Machine Replacement Parts"),
        ("Brother Paper Tray Unit LT-5500", f"{PRINT} > Printer, Copier & Fax Machine Accessories"),
        ("Replacement Ear Pads Memory Foam",
         "Electronics > Audio > Audio Accessories > Headphone & Headset Accessories"),
        ("Brita Maxtra Pro Coffee Machine Water Filter", f"{COFFEE_ACCESSORIES} > Coffee Maker Water Filters"),
        ("Levoit Core 300 Replacement Filter, 3-in-1 HEPA",
         "Home & Garden > Household Appliance Accessories > Air Purifier Accessories > Air Purifier Filters"),
        ("Epson Maintenance Box T6716",
         f"{PRINT} > Printer, Copier & Fax Machine Accessories > Printer Consumables"),
    ],
)
def test_an_accessory_or_consumable_shelf_of_an_appliance_is_not_the_appliance(classify, title, category):
    result = classify(title, category=category)
    appliances = ("coffee_maker", "printer", "headphones", "air_purifier")
    assert result.product_type not in appliances, result.basis["product_type"]
    _expect(result, mains_lv=False)


@pytest.mark.parametrize(
    ("title", "category", "product_type"),
    [
        ("Sage Bambino Plus Espresso Machine", f"{KITCHEN} > Kitchen Appliances > Coffee Makers & Espresso Machines",
         "coffee_maker"),
        ("Brother HL-L2350DW Mono Laser Printer", f"{PRINT} > Printers, Copiers & Fax Machines", "printer"),
        ("Levoit Core 300 Air Purifier", "Home & Garden > Household Appliances > Climate Control Appliances > "
         "Air Purifiers", "air_purifier"),
    ],
)
def test_the_appliance_shelf_stays_the_appliance(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    _expect(result, mains_lv=True)


def test_an_accessory_alternative_of_its_own_keeps_the_shelf_a_bucket(classify):
    result = classify("Pokemon TCG Booster Pack", category="Toys & Games > Games > Trading Cards & Accessories")
    assert result.product_type == "trading_cards", result.basis["product_type"]
    _expect(result, toy=True)


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Winsor & Newton Colour Mixing Set", f"{CRAFTS} > Art & Crafting Tools > Color Mixing Tools"),
        ("Merino Wool Roving Top 100g", f"{CRAFTS} > Art & Crafting Materials > Crafting Fibers > Unspun Fiber"),
        ("Papier Mache Letter Shapes, Set of 26", f"{CRAFTS} > Art & Crafting Materials > Craft Shapes & Bases > "
         "Papier Mache Shapes"),
        ("Silicone Resin Moulds Geometric", f"{CRAFTS} > Crafting Patterns & Molds > Craft Molds"),
    ],
)
def test_arts_and_crafts_materials_and_tools_are_not_childrens_craft_kits(classify, title, category):
    _expect(classify(title, category=category), toy=False, children_12_under=False)


def test_toy_craft_kits_stay_childrens_craft_kits(classify):
    result = classify("Crayola Create It Yourself Mini Kit", category=f"{CRAFTS} > Art & Craft Kits > Toy Craft Kits")
    assert result.product_type == "craft_kit", result.basis["product_type"]
    _expect(result, toy=True, children_12_under=True)


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Selkirk Vanguard Power Air Paddle", f"{GAMES} > Pickleball > Pickleball Paddles"),
        ("Viking Platform Tennis Paddle", f"{GAMES} > Platform & Paddle Tennis > Platform & Paddle Tennis Paddles"),
    ],
)
def test_pickleball_and_paddle_tennis_paddles_are_sports_equipment(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "sports_equipment", result.basis["product_type"]
    _expect(result, toy=False)


def test_a_garden_game_on_the_same_shelf_stays_a_game(classify):
    result = classify("Giant Garden Tumble Tower Game", category=f"{GAMES} > Lawn Games")
    _expect(result, toy=True)


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Lebara £10 Top-Up Voucher", "Electronics > Communications > Telephony > Mobile Phone Accessories > "
         "Mobile Phone Pre-Paid Cards & SIM Cards > Mobile Phone Pre-Paid Cards"),
        ("AT&T $25 Refill", "Electronics > Communications > Telephony > Telephone Accessories > Phone Cards"),
    ],
)
def test_a_phone_card_shelf_is_airtime_not_a_phone(classify, title, category):
    _expect(classify(title, category=category), radio=False, mains_lv=False)


def test_a_pre_paid_phone_shelf_stays_a_phone(classify):
    result = classify("Tracfone Moto g Play 32GB Prepaid Smartphone",
                      category="Electronics > Communications > Telephony > Mobile Phones > Pre-paid Mobile Phones")
    _expect(result, radio=True)


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Black Diamond Mojo Chalk Bag", "Sporting Goods > Outdoor Recreation > Climbing > Climbing Chalk Bags"),
        ("Master Billiard Cue Chalk, 12 Cubes",
         "Sporting Goods > Indoor Games > Billiards > Billiard Cue Accessories > Billiard Cue Chalk"),
    ],
)
def test_climbing_and_cue_chalk_are_not_a_childrens_colouring_set(classify, title, category):
    _expect(classify(title, category=category), toy=False, children_12_under=False)


def test_sidewalk_chalk_stays_a_childrens_colouring_set(classify):
    result = classify("Crayola Washable Sidewalk Chalk, 48 Count", category="Toys & Games > Toys > Art & Drawing Toys")
    _expect(result, toy=True, children_12_under=True)
