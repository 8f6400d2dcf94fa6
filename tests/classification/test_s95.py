"""Stop 95 (issue 9): a bench machine's cordless kind and a broad "Electrical" shelf. A battery line's band saw or
jobsite table saw ("M18 FUEL ... Compact Band Saw", "20V MAX XR Cordless ... Band Saw (Tool Only)") runs on its pack,
where the bench kind's default is the mains; a store's "Electrical > Wire Cable" shelf that holds what a search for
"wire" found (cordless screwdrivers, cable cutters, head torches, wire shelving) is no fitting's shelf for them. Both
ways: the corded bench saw and the house wire on that shelf keep their mains."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category"), [
    ("M18 FUEL 18V Lithium-Ion Brushless Cordless Compact Bandsaw (Tool-Only)", "Home > Tools > Saws > Band Saws"),
    ("20V MAX XR Cordless Brushless Deep Cut Band Saw (Tool Only)", "Home > Tools > Saws > Band Saws"),
    ("FLEXVOLT 60V MAX Cordless Brushless 8-1/4 in. Table Saw Kit", "Home > Tools > Saws > Table Saws"),
    ("Cordless Table Saw 18V Brushless", ""),
    ("Akku-Bandsäge 18V ohne Akku", ""),
])
def test_a_cordless_bench_machine_runs_on_its_pack(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "bench_power_tool"
    assert result.classes["battery"] is True
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize(("title", "category"), [
    ("10 in. 2 HP 120V Hybrid Table Saw w/ T-Shaped Fence", "Home > Tools > Saws > Table Saws"),
    ("9 in. Band Saw 2.5 Amp", "Home > Tools > Saws > Band Saws"),
    ("Benchtop Drill Press 5-Speed", ""),
])
def test_a_corded_bench_machine_keeps_the_mains(classify, title, category):
    result = classify(title, category=category or None)
    assert result.product_type == "bench_power_tool"
    assert result.classes["mains_lv"] is True
    assert result.classes["battery"] is False


@pytest.mark.parametrize(("title", "kind", "battery"), [
    ("USB Lithium Screwdriver Kit with 2.0 Ah USB Lithium Battery and Charging Cable", "hand_tool", True),
    ("M12 12V Lithium-Ion Cordless 600 MCM Cable Cutter Kit with One 3.0Ah Battery, Charger and Hard Case",
     "hand_tool", True),
    ("USB Lithium Cordless Pivoting 625 Lumens Rechargeable Head Flashlight Kit with 2.0 Ah Battery", "flashlight",
     True),
    ("5-Tier Steel Wire Shelving Unit in Black (36 in. W x 72 in. H x 16 in. D)", "storage_organisation", False),
])
def test_an_electrical_shelf_yields_to_the_title_s_kind(classify, title, kind, battery):
    result = classify(title, category="Home > Electrical > Wire Cable")
    assert result.product_type == kind
    assert result.classes["mains_lv"] is False
    assert result.classes["battery"] is battery


@pytest.mark.parametrize("title", ["Romex 14/2 Wire 250 ft", "15 Amp Duplex Outlet, White"])
def test_the_electrical_shelf_s_own_goods_keep_the_mains(classify, title):
    result = classify(title, category="Home > Electrical > Wire Cable")
    assert result.product_type == "electrical_fitting"
    assert result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", ["Klein Tools Cable Cutter, High-Leverage", "Heavy Duty Cable Cutters 24 in."])
def test_a_cable_cutter_is_a_hand_tool_not_a_cable(classify, title):
    result = classify(title)
    assert result.product_type == "hand_tool"
    assert result.classes["eee"] is False
