"""Stop 54's read-through: lookalikes of the first wave's words and rules (review54, issue 9).

A reviewer ran real-looking titles and paths of other kinds through amzin54's, amzel54's and amzus54's changes and
fixed the ones that read wrong only after them: a model code after "Remote Control" that is the RC abbreviation and a
scale or band ("Monster Truck Remote Control RC 1/16"), a power bank the product only works with or has a pocket for
("USB Desk Fan Works with Power Bank"), a vet kit that is a pet first-aid kit or a vet's instruments, and Apple's
"MacBook" as a path without spaces splits it ("...|Laptops|MacBook" read a book, as a title's "Mac Book Air" did).
Both sides of each.
"""

from __future__ import annotations

import pytest


def _electrical(result) -> tuple[bool, bool, bool, bool]:
    c = result.classes
    return c["radio"], c["mains_lv"], c["eee"], c["battery"]


# --- "RC" after "Remote Control" is no model code ------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Kids Toy Car Remote Control RC 1:24",
    "Monster Truck Remote Control RC 1/16 Scale",
    "Off Road Buggy Remote Control RC 1:10",
    "Drone Remote Control RC 2.4G",
])
def test_rc_with_its_scale_after_remote_control_is_the_model(classify, title):
    result = classify(title)
    assert result.product_type != "remote_control"
    assert result.classes["radio"] and result.classes["battery"]


@pytest.mark.parametrize(("title", "kind"), [
    # (amzus54's codes still end the phrase)
    ("RYOBI ONE+ 18V 4.0 Ah Lithium-Ion Battery P108", "battery_cell"),
    ("DeWalt Battery DCB205 20V", "battery_cell"),
    ("Apple MacBook Air Battery A1466", "battery_cell"),
])
def test_a_model_code_after_the_head_still_ends_it(classify, title, kind):
    assert classify(title).product_type == kind


# --- a power bank the product works with, or has a pocket for --------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Travel Backpack with Power Bank Pocket",
    "Laptop Bag with Power Bank Compartment and USB Port",
    "USB Charging Cable Compatible with Power Bank and Laptop",
    "USB Desk Fan Works with Power Bank, Laptop, PC",
    "Phone Holder Compatible with Power Bank",
    "Can Be Used with Power Bank Mini Humidifier",
])
def test_a_power_bank_it_only_works_with_is_no_battery(classify, title):
    assert not classify(title).classes["battery"]


@pytest.mark.parametrize("title", [
    "Wireless Charging Stand with Power Bank 10000mAh",
    "Belkin BoostCharge Pro Magnetic Wireless Charging Stand with Power Bank, MMA008",
    "Portable USB Fan Cum Power Bank 4000mAh",
    "LED Torch with Power Bank Function",
])
def test_a_power_bank_inside_still_sets_battery(classify, title):
    assert classify(title).classes["battery"]


# --- vet kits: the toy's words only -----------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Vet Kit for Dogs First Aid",
    "Pet First Aid Vet Kit",
    "Vet Set Stethoscope Dual Head Veterinary",
])
def test_a_vets_kit_is_no_playset(classify, title):
    result = classify(title)
    assert result.product_type != "playset"
    assert not result.classes["toy"]


@pytest.mark.parametrize("title", [
    "Schylling Veterinarian Kit",
    "Melissa & Doug Examine and Treat Pet Vet Play Set",
    "Kids Vet Kit with Plush Dog and Carrier",
])
def test_a_toy_vet_kit_is_a_playset(classify, title):
    result = classify(title)
    assert result.product_type == "playset"
    assert result.classes["toy"]


# --- Apple's MacBook written apart (a title, or a path without spaces split at its camel case) -----------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Apple Mac Book Air M2 13-inch", None),
    ("Mac Book Pro 14 inch M3 Pro Space Black", None),
    ("Apple MacBook Air M2 13-inch", "Computers&Accessories|Laptops|MacBook"),
    ("Apple MacBook Pro 14-inch M3", "Computers&Accessories|Laptops|MacBooks"),
])
def test_mac_book_written_apart_is_the_laptop(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "laptop"
    assert _electrical(result) == (True, True, True, True)


@pytest.mark.parametrize(("title", "kind"), [
    ("Mac Book Pro Charger", "mains_charger"),
    ("Mac Book Pro Screen Protector", "screen_protector"),
    ("Mac Book Stand Aluminium", "stand"),
    ("Idea Pad for Kids Drawing Notebook", "notebook"),
])
def test_a_mac_books_accessory_and_note_pads_keep_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_chrome_book_shelf_is_no_laptop(classify):
    assert classify("Chrome Book Shelf Wire Rack 3 Tier").product_type != "laptop"


# --- littleBits, not "little bits of" ---------------------------------------------------------------------------------

def test_little_bits_of_is_no_electronic_maker(classify):
    result = classify("Little Bits of Everything Plush Toy")
    assert result.product_type == "plush"
    assert not result.classes["eee"] and not result.classes["battery"]
