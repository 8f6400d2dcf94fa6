"""A part or accessory on a powered machine's shelf is the part, not the machine (machine39, issue 9).

Sellers file a machine's bags, covers, stands and brackets, blades and bits, filters, jars and cleaning products on the
machine's own shelf (Google's "Vacuums", "Satellite Receivers", "Gun Lights", a shop's "Kitchen Appliances > Coffee
Machines"). A shelf whose type is a powered machine or device yields to a title naming a `machine_part` type
(rules/product_types.yaml): the part's reading closes mains, radio and battery; a spare part, which no word tells
apart from a motor or a control board, keeps EEE alone. A title naming the machine, a powered accessory, only a brand
or model, the part only after "for" or "with", or a word of the shelf's own leaf keeps the machine's reading. Each
rule with cases that change and look-alikes that must not.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary
from tests.classification.test_vehicle37 import TYPES, _write  # the vocabulary loader's minimal file

VACUUMS = "Home & Garden > Household Appliances > Vacuums"
SAT_RECEIVERS = "Electronics > Video > Satellite & Cable TV > Satellite Receivers"
GUN_LIGHTS = "Mature > Weapons > Gun Care & Accessories > Gun Lights"
TREADMILLS = "Sporting Goods > Exercise & Fitness > Cardio > Cardio Machines > Treadmills"
PRINTERS = "Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines"
MITER_SAWS = "Hardware > Tools > Saws > Miter Saws"
BLENDERS = "Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders"
COFFEE = "Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines"
HAIR_DRYERS = "Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Dryers"
TELEVISIONS = "Electronics > Video > Televisions"
TOOTHBRUSHES = "Health & Beauty > Personal Care > Oral Care > Electric Toothbrushes"
SKIN_BRUSHES = ("Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Skin Care Tools > "
                "Skin Cleansing Brushes & Systems")
SHOP_VACUUMS = "Appliances > Vacuums"  # a shop's own shelves: no table entry, the leaf's word names the machine
SHOP_COFFEE = "Kitchen Appliances > Coffee Machines"
SHOP_DRILLS = "Tools > Power Tools > Drills"
SUPPLY = ("mains_lv", "radio", "battery")


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- 1. a passive part on a machine's shelf reads as itself ---------------------------------------------------------

@pytest.mark.parametrize(("title", "category", "kind"), [
    ("LNB Bracket Holder", SAT_RECEIVERS, "stand"),
    ("Picatinny Mount for Weapon Light", GUN_LIGHTS, "stand"),
    ("Treadmill Cover Dustproof Waterproof", TREADMILLS, "case_generic"),
    ("Vacuum Cleaner Bags for Miele Type GN 10 pack", VACUUMS, "bag"),
    ("Printer Dust Cover Nylon", PRINTERS, "case_generic"),
    ("Printer Stand with Storage Shelf", PRINTERS, "stand"),
    ("Miter Saw Stand Folding", MITER_SAWS, "stand"),
    ("Stand Mixer Cover Quilted", BLENDERS, "case_generic"),
    ("Espresso Machine Cleaning Brush Kit", COFFEE, "cleaning_supplies"),
    ("Hair Dryer Holder Wall Mounted", HAIR_DRYERS, "stand"),
    ("TV Screen Cover Dust Protector", TELEVISIONS, "case_generic"),
    ("Electric Toothbrush Travel Case", TOOTHBRUSHES, "case_generic"),
    ("Vacuum Bags 5 Pack Microfibre", SHOP_VACUUMS, "bag"),
    ("Descaling Solution Cleaning Kit 2 x 500ml", SHOP_COFFEE, "cleaning_supplies"),
    ("Drill Bit Set Titanium 21pc", SHOP_DRILLS, "hand_tool"),
])
def test_a_passive_part_on_a_machine_shelf_reads_as_itself(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert _off(result, "eee", *SUPPLY), result.basis["eee"]


@pytest.mark.parametrize(("title", "category"), [
    ("Blender Replacement Jar 64oz", BLENDERS),
    ("Hair Dryer Diffuser Attachment Universal", HAIR_DRYERS),
    ("Vacuum Cleaner Replacement Motor 1200W", VACUUMS),
])
def test_a_spare_part_on_a_machine_shelf_keeps_eee_alone(classify, title, category):
    """A spare part's type leaves EEE open: a jar and a motor read alike, EEE (RoHS covers the spare parts of EEE)
    without the machine's mains."""
    result = classify(title, category=category)
    # parts46: a replacement motor is an `electrical_part`, a kind of spare part (EEE by its type, no supply)
    assert result.product_type in ("spare_part", "electrical_part"), result.basis["product_type"]
    assert result.classes["eee"] and _off(result, *SUPPLY), result.basis["mains_lv"]


# --- 2. the machine, a powered accessory, a brand or model, a part after "with" keep the machine's reading ----------

@pytest.mark.parametrize(("title", "category", "kind", "on"), [
    ("Miele Complete C3 Cat & Dog Canister Vacuum", VACUUMS, "vacuum_cleaner", "mains_lv"),
    ("Shark Navigator Lift-Away NV352", VACUUMS, "vacuum_cleaner", "mains_lv"),
    ("Dyson V11 Cordless Vacuum with Wall Mount", VACUUMS, "vacuum_cleaner", "battery"),
    ("Humax Foxsat HDR Satellite Receiver", SAT_RECEIVERS, "tv_receiver", "radio"),
    ("Streamlight TLR-1 HL Weapon Light", GUN_LIGHTS, "flashlight", "battery"),
    ("NordicTrack Commercial 1750 Treadmill", TREADMILLS, "fitness_machine", "mains_lv"),
    ("HP LaserJet Pro M404n", PRINTERS, "printer", "mains_lv"),
    ("Dyson Supersonic Hair Dryer with Stand", HAIR_DRYERS, "hair_dryer", "mains_lv"),
    ("Replacement Remote Control for Samsung TV", TELEVISIONS, "remote_control", "battery"),
    ("Samsung 55 inch QLED 4K Smart TV", TELEVISIONS, "television", "radio"),
    ("Shark Stratos Upright Vacuum AZ3002", SHOP_VACUUMS, "vacuum_cleaner", "mains_lv"),
    ("De'Longhi Magnifica Evo Bean to Cup", SHOP_COFFEE, "coffee_maker", "mains_lv"),
    ("Bosch Professional GSR 18V-55 Drill Driver", SHOP_DRILLS, "power_tool", "battery"),
])
def test_the_machine_itself_keeps_its_reading(classify, title, category, kind, on):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[on], result.basis[on]


def test_a_word_of_the_shelfs_own_leaf_names_the_shelfs_product(classify):
    """"Skin" (a case's word: a phone skin) in "Skin Cleansing Brush" is the leaf's own word: the brush stays."""
    result = classify("Skin Cleansing Brush Sonic Waterproof", category=SKIN_BRUSHES)
    assert result.product_type == "beauty_device" and result.classes["battery"], result.basis["product_type"]


@pytest.mark.parametrize(("title", "category"), [
    ("Storage Bag", "Luggage & Bags > Duffel Bags"),  # not a machine's shelf: nothing to yield
    ("Vacuum Cleaner Bags", "Home & Garden > Household Appliance Accessories > Vacuum Accessories"),
])
def test_off_a_machine_shelf_nothing_changes(classify, title, category):
    result = classify(title, category=category)
    assert _off(result, *SUPPLY), result.basis["mains_lv"]


# --- 3. the loader: a machine part closes the supply ---------------------------------------------------------------

def test_a_machine_part_that_leaves_its_supply_open_is_an_error(tmp_path):
    text = TYPES + "  - {id: holder, machine_part: true, synonyms: {en: [holder]}}\n"
    with pytest.raises(VocabularyError, match="machine_part needs classes mains_lv, radio and battery false"):
        load_vocabulary(_write(tmp_path.joinpath(), text))


def test_a_machine_part_that_closes_its_supply_loads(tmp_path):
    text = TYPES.replace('classes: {eee: "e"}', 'classes: {mains_lv: "m", radio: "r", battery: "b"}') + (
        "  - id: holder\n    machine_part: true\n    synonyms: {en: [holder]}\n"
        "    classes: {mains_lv: [false, m], radio: [false, r], battery: [false, b]}\n")
    assert load_vocabulary(_write(tmp_path, text)).types["holder"].machine_part
