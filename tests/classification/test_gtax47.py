"""Google taxonomy shelves of kinds sold both with and without a supply (gtax47, issue 9).

A Google path is a shelf, and some shelves hold kinds sold both ways: Vacuums holds corded uprights and cordless
sticks, Radios table and portable radios, Surveillance Cameras wired and battery cameras, Light Ropes & Strings
plug-in and battery fairy lights. Read by the path alone the supply used to be "assumed false", so a listing filed
there with a title that says nothing about it was allowed with the battery or mains rules silent. A category entry
may now name `sold_both_ways` classes as a product type can (open41): nothing else deciding them, they are open and
CLS-OPEN-001 reviews the listing. A title word ("cordless", "corded", "petrol", "passive", "Bluetooth") still decides.
Two shelves read the wrong kind: Powered Hand Fans & Misters read a mains fan (now the cell-powered hand fan), and
Probes & Finders hardware (now the battery detector Shopify's three leaves of it name: stud and circuit finders,
voltage probes), with the sellers' words for them ("wall scanner", "voltage tester pen"; a bare "stud finder", mostly
the electronic kind, where only "magnetic stud finder" stays a hand tool).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.engine.classification import Classifier, ProductText, VocabularyError, load_vocabulary
from crossguard.engine.classification.classifier import DEFAULT_HS, DEFAULT_TYPES
from tests.factories import cert, make_listing

runner = CliRunner()
AT = "2026-11-28"
FANS = "Home & Garden > Household Appliances > Climate Control Appliances > Fans"
PROBES = "Hardware > Tools > Measuring Tools & Sensors > Probes & Finders"
VACUUMS = "Home & Garden > Household Appliances > Vacuums"
SPEAKERS = "Electronics > Audio > Audio Components > Speakers"
MASSAGERS = "Health & Beauty > Personal Care > Massage & Relaxation > Massagers"
CHAINSAWS = "Home & Garden > Lawn & Garden > Outdoor Power Equipment > Chainsaws"


# -- two shelves that read the wrong kind ---------------------------------------------------------------------------

def test_the_hand_fan_shelf_reads_a_cell_powered_fan(classify):
    result = classify("", category=f"{FANS} > Powered Hand Fans & Misters")
    assert result.product_type == "handheld_fan", result.basis["product_type"]
    assert result.classes["battery"] and not result.classes["mains_lv"], result.basis["mains_lv"]


@pytest.mark.parametrize("leaf", ["Desk & Pedestal Fans", "Ceiling Fans", "Wall Mount Fans"])
def test_the_mains_fan_shelves_beside_it_keep_their_mains(classify, leaf):
    result = classify("", category=f"{FANS} > {leaf}")
    assert result.product_type == "fan" and result.classes["mains_lv"] and not result.classes["battery"]


@pytest.mark.parametrize("title", ["", "Stud Finder Wall Scanner 5 in 1 Electronic Detector",
                                   "Non-Contact Voltage Tester Pen 12-1000V"])
def test_the_probes_and_finders_shelf_reads_a_battery_detector(classify, title):
    result = classify(title, category=PROBES)
    assert result.product_type == "multimeter", result.basis["product_type"]
    assert result.classes["battery"] and result.classes["eee"] and not result.classes["mains_lv"]


@pytest.mark.parametrize("title", ["Bosch Wall Scanner D-tect 120", "Stud Scanner with LCD Display", "Stud Finder",
                                   "Voltage Tester Pen AC 90-1000V", "Voltage Detector Pen with Torch"])
def test_the_sellers_words_for_detectors_read_one_in_a_title(classify, title):
    result = classify(title)
    assert result.product_type == "multimeter" and result.classes["battery"], result.basis["product_type"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Epson WorkForce DS-530 Document Scanner", "scanner"),
    ("Parker Jotter Ballpoint Pen Blue", "pen"),
    ("Magnetic Stud Finder", "hand_tool"),  # the magnet kind has no cell
    ("CH Hanson Magnetic Stud Finder with Level", "hand_tool"),
])
def test_their_lookalikes_keep_their_reading(classify, title, kind):
    assert classify(title).product_type == kind


# -- a shelf of kinds sold both ways leaves the supply open ---------------------------------------------------------

@pytest.mark.parametrize(("path", "opened"), [
    (VACUUMS, ("battery",)),
    (f"{MASSAGERS} > Electric Massagers", ("battery",)),
    (MASSAGERS, ("mains_lv", "battery")),
    ("Home & Garden > Lighting > Light Ropes & Strings", ("mains_lv", "battery")),
    ("Home & Garden > Lighting > Night Lights & Ambient Lighting", ("mains_lv", "battery")),
    ("Home & Garden > Lighting > Flood & Spot Lights", ("battery",)),
    ("Electronics > Audio > Audio Players & Recorders > Radios", ("mains_lv", "battery")),
    ("Electronics > Communications > Communication Radios > Radio Scanners", ("mains_lv", "battery")),
    # wm66: the type decides mains (the adapter in the box), a battery or solar title takes it back
    ("Cameras & Optics > Cameras > Surveillance Cameras", ("battery",)),
    ("Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Nail Tools > Nail Dryers",
     ("mains_lv", "battery")),
    (CHAINSAWS, ("mains_lv", "battery")),
    ("Hardware > Plumbing > Water Timers", ("battery",)),
    ("Electronics > Electronics Accessories > Signal Jammers > GPS Jammers", ("mains_lv", "battery")),
    ("Office Supplies > Office Equipment > Transcribers & Dictation Systems", ("mains_lv", "battery")),
    ("Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories > Metronomes",
     ("eee", "battery")),
    ("Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Safety & Security > Vehicle Safety Equipment > "
     "Emergency Road Flares", ("eee", "battery")),
])
def test_a_shelf_sold_both_ways_leaves_its_supply_open(classify, path, opened):
    result = classify("", category=path)
    assert set(opened) <= set(result.open), (result.open, result.product_type)
    for name in opened:
        assert not result.classes[name] and "sold both ways" in result.basis[name], result.basis[name]


@pytest.mark.parametrize(("path", "closed"), [
    ("Home & Garden > Household Appliances > Climate Control Appliances > Space Heaters", "battery"),
    ("Home & Garden > Lighting > Light Bulbs > LED Light Bulbs", "battery"),
    ("Hardware > Tools > Flashlights & Headlamps", "mains_lv"),
    (f"{MASSAGERS} > Manual Massage Tools", "mains_lv"),
    ("Electronics > Electronics Accessories > Signal Jammers > Mobile Phone Jammers", "battery"),
])
def test_the_shelves_beside_them_stay_decided(classify, path, closed):
    assert closed not in classify("", category=path).open


@pytest.mark.parametrize(("title", "path", "battery", "mains"), [
    ("Cordless Stick Vacuum Cleaner 25kPa", VACUUMS, True, True),
    ("Shark Corded Upright Vacuum NV360", VACUUMS, False, True),
    ("Corded Electric Chainsaw 2000W", CHAINSAWS, False, True),
    ("Cordless Chainsaw 18V with Battery and Charger", CHAINSAWS, True, True),
    ("Pioneer 6.5 inch Coaxial Car Speakers", SPEAKERS, False, False),
    ("Passive Bookshelf Speakers Pair", SPEAKERS, False, False),
    ("JBL Flip 6 Portable Bluetooth Speaker", SPEAKERS, True, False),
])
def test_a_title_that_says_which_settles_it(classify, title, path, battery, mains):
    result = classify(title, category=path)
    assert result.classes["battery"] is battery and result.classes["mains_lv"] is mains, result.basis
    assert "battery" not in result.open and "mains_lv" not in result.open


def test_a_petrol_chainsaw_is_not_electrical_and_not_open(classify):
    result = classify("Petrol Chainsaw 52cc 20 inch Bar", category=CHAINSAWS)
    assert not result.classes["eee"] and result.open == (), result.basis["eee"]


def test_corded_settles_the_battery_of_a_vacuum_or_power_tool_without_a_shelf(classify):
    for title in ("Corded Upright Vacuum Cleaner", "Corded Hammer Drill 850W"):
        result = classify(title)
        assert result.classes["mains_lv"] and not result.classes["battery"], (title, result.basis["battery"])
        assert "corded" in result.basis["battery"]


def test_a_wireless_car_speaker_keeps_its_cell(classify):
    """'car' names a wired driver only when no radio word says otherwise: a Bluetooth car speaker has its own cell."""
    result = classify("Bluetooth Car Speaker Kit")
    assert result.classes["radio"] and result.classes["battery"], result.basis["battery"]


def test_the_sellers_attribute_closes_a_shelfs_open_class(classify):
    result = classify("Vacuum Cleaner", category=VACUUMS, attributes={"battery": False})
    assert result.open == () and result.basis["battery"].startswith("attribute")


def test_a_title_of_another_branch_does_not_take_the_shelfs_open_classes(classify):
    result = classify("Vacuum Storage Bags Jumbo 6 Pack", category=VACUUMS)
    assert "battery" not in result.open, (result.product_type, result.open)


# -- the loader -----------------------------------------------------------------------------------------------------

def _table(tmp_path: Path, entry: str) -> Path:
    path = tmp_path / "google.yaml"
    path.write_text(f"version: t\ncategories:\n  - {entry}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("entry", "message"), [
    ('{path: "A > B", type: vacuum_cleaner, sold_both_ways: {wings: "x"}, why: "w"}',
     "sold_both_ways: unknown class 'wings'"),
    ('{path: "A > B", type: vacuum_cleaner, sold_both_ways: {mains_lv: "x"}, why: "w"}',
     "sold_both_ways names 'mains_lv', which the entry's type 'vacuum_cleaner' decides"),
    ('{path: "A > B", type: vacuum_cleaner, default_classes: {battery: [true, "y"]}, '
     'sold_both_ways: {battery: "x"}, why: "w"}',
     "sold_both_ways names 'battery', which the entry's classes or default_classes decide"),
])
def test_an_entrys_sold_both_ways_naming_a_decided_or_unknown_class_is_an_error(tmp_path, entry, message):
    with pytest.raises(VocabularyError) as err:
        load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, _table(tmp_path, entry))
    assert "entry 1 'A > B'" in str(err.value) and message in str(err.value), str(err.value)


def test_an_entrys_sold_both_ways_opens_its_shelf(tmp_path):
    entry = '{path: "A > B", type: vacuum_cleaner, sold_both_ways: {battery: "corded or cordless"}, why: "w"}'
    engine = Classifier(load_vocabulary(DEFAULT_TYPES, DEFAULT_HS, _table(tmp_path, entry)))
    result = engine.classify(ProductText("", category="A > B > C"))
    assert result.open == ("battery",) and "corded or cordless" in result.basis["battery"]


# -- end to end: an open supply is reviewed -------------------------------------------------------------------------

def test_a_listing_on_a_shelf_sold_both_ways_is_reviewed(tmp_path):
    certified = {"certificates": [cert("CE", "EMC", "ROHS", "LVD")], "listings": [make_listing("DE")]}
    catalog = tmp_path / "catalog.json"
    catalog.write_text(json.dumps([
        {"sku": "VAC-1", "title": "Vacuum Cleaner 600W", "category": VACUUMS, **certified},
        {"sku": "VAC-2", "title": "Corded Vacuum Cleaner 600W", "category": VACUUMS, **certified},
    ]))
    result = runner.invoke(app, ["classify", str(catalog), "--format", "json"])
    assert result.exit_code == 0, result.output
    products = {p["sku"]: p for p in json.loads(result.output)["products"]}
    assert products["VAC-1"]["open"] == ["battery"] and products["VAC-2"]["open"] == []
    result = runner.invoke(app, ["check", str(catalog), "--format", "json", "--at", AT])
    decisions = {d["sku"]: d for d in json.loads(result.output)["decisions"]}
    assert "CLS-OPEN-001" in json.dumps(decisions["VAC-1"]), decisions["VAC-1"]
    assert "CLS-OPEN-001" not in json.dumps(decisions["VAC-2"]), decisions["VAC-2"]
