"""Stop 68's Kaufland and Walmart audits (kf69, wm69; issue 9): words that named another product's line or shelf."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Bluetooth in Ear Headset Belkin Bolt", "earbuds"),
    ("Invicta Mens Watch Bolt 12677", "watch"),
    ("Regel Digitus PDU Schwarz", "power_strip"),
    ("Activity-Armband Xiaomi BHR8340GL", "fitness_tracker"),
    ("MP3-Player und FM Funksender fürs Auto Savio SAVTR-10", "fm_transmitter"),
    ("Bürsten für Elektromotoren Grafitos Marjal 9297 5 x 11 x 15,5 mm", "electrical_part"),
    ("hon bravo articulating keyboard mouse platform glide track", "phone_holder"),
    ("franklin electronic publishers spelling ace thesaurus puzzle solver", "electronic_translator"),
    ("3m laptop lcd privacy computer filter pf14 0w", "screen_protector"),
    ("toshiba ph3100u 1e3s 1tb usb 3 0 desktop hard drive", "desktop_external_drive"),
])
def test_the_kind_the_title_names(classify, title, kind):
    assert classify(title).product_type == kind, classify(title).basis["product_type"]


@pytest.mark.parametrize("title", ["Bolts M8 stainless steel 50 pcs", "Nuts and bolts assortment"])
def test_bolts_stay_hardware(classify, title):
    assert classify(title).product_type == "hardware"


@pytest.mark.parametrize("title", ["paperpro desktop ecostapler 20 sheet capacity",
                                   "solo 15 4 rolling laptop portfolio black",
                                   "western digital av gp 320gb sata desktop internal hard drive"])
def test_a_desktop_stapler_or_a_laptop_portfolio_is_no_computer(classify, title):
    result = classify(title)
    assert result.classes["radio"] is not True, result.basis["radio"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["HP Pavilion desktop computer 590", "HP - Pavilion Slimline Desktop - 4GB Memory"])
def test_a_desktop_computer_stays_a_computer(classify, title):
    result = classify(title)
    assert result.product_type == "desktop_computer", result.basis["product_type"]


@pytest.mark.parametrize("title", ["incipio smart feather for apple ipad 2 lime", "Sitzschutz Dog Gone Smart Schwarz"])
def test_smart_on_a_title_nothing_typed_is_no_circuit(classify, title):
    assert classify(title).classes["eee"] is not True


def test_a_typed_smart_device_stays_electrical(classify):
    """A guard: skipping untyped titles must not take the circuitry of a device the title types (its "smart" is also
    read by smart_word, so this does not isolate smart_circuitry)."""
    assert classify("Smart LED bulb E27").classes["eee"] is True


def test_labels_on_the_printers_shelf_are_no_printer(classify):
    result = classify("avery matte white cd dvd labels for inkjet printers", category="printers")
    assert result.product_type != "printer", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True


def test_a_printer_on_the_printers_shelf_stays_a_printer(classify):
    assert classify("hp officejet pro 8600 printer", category="printers").classes["mains_lv"] is True


def test_a_rack_power_jumper_is_no_sweater(classify):
    assert classify("middle atlantic 12 master slave jumper for mpr series modules").classes["textile"] is not True


def test_a_jumper_stays_a_sweater(classify):
    assert classify("Womens knitted jumper navy").classes["textile"] is True


@pytest.mark.parametrize("title", ["seagate expansion desktop hard drive 1 0tb 7200rpm black",
                                   "WD My Book Desktop Hard Drive 8TB USB 3.0"])
def test_an_external_desktop_drive_plugs_in(classify, title):
    result = classify(title)
    assert result.product_type == "desktop_external_drive", result.basis["product_type"]
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize(("title", "mains"), [("Apple Watch Charger with USB C Wall Adapter 20W", True),
                                              ("Genuine Apple Watch charger!", False)])
def test_a_watch_charger_with_and_without_its_wall_adapter(classify, title, mains):
    assert (classify(title).classes["mains_lv"] is True) is mains


def test_a_watch_charger_stand_is_a_stand(classify):
    assert classify("Apple Watch Charger Stand Bamboo").classes["eee"] is not True


@pytest.mark.parametrize("title", ["Sudoku Puzzle Solver Handbook", "PDU mounting kit"])
def test_a_handbook_or_a_mounting_kit_is_no_device(classify, title):
    assert classify(title).classes["eee"] is not True


@pytest.mark.parametrize("title", ["Antari HZ-500 Hazer DMX", "Machine à bulles DJ"])
def test_stage_hazers_and_bubble_machines_plug_in(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
    assert result.classes["toy"] is not True


def test_a_condenser_dryers_spare_part_is_no_dryer(classify):
    assert classify("Kondensator Trockner Ersatzteil Bosch 00754866").classes["mains_lv"] is not True


@pytest.mark.parametrize("title", ["Couvercle pour robot Thermomix TM31", "Lame pour robot Magimix",
                                   "SEVERIN - Hachoir à viande pour robot ZT 9751"])
def test_a_kitchen_robots_part_is_no_robot_toy(classify, title):
    assert classify(title).classes["toy"] is not True


def test_accu_chek_strips_have_no_battery(classify):
    assert classify("Bandelettes Accu-Chek Guide x50").classes["battery"] is not True
