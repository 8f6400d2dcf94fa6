"""Kinds sold with a mains charger or adapter in the box read mains on their Google shelves (gmains43, issue 9).

The labels count a product as mains when it, or a PSU or charger supplied with it, connects to the mains
(labels/README.md). Camcorders and digital cameras ship with an AC adapter or a battery charger, electric paint
sprayers are corded or sold with their charger, robotic pool cleaners run from a mains power supply or charge from
one, electric nail drills run from a supplied adapter, and a fire alarm control panel is fed from the building's
mains: each now reads mains by its path alone (and camcorders and paint sprayers by the title alone). The look-alikes
beside each keep their reading: action, instant, trail and film cameras, bare or cordless tool-line sprayers, pool
skimmers, nail drill bits, battery fire alarms.
"""

from __future__ import annotations

import pytest

from tests.classification.shelves import classes_of

CAMERAS = "Cameras & Optics > Cameras"
POOL_PARTS = "Home & Garden > Pool & Spa > Pool & Spa Accessories"
NAIL_TOOLS = "Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Nail Tools"
FIRE = "Home & Garden > Flood, Fire & Gas Safety"


@pytest.mark.parametrize(
    "path",
    [
        f"{CAMERAS} > Digital Cameras",
        f"{CAMERAS} > Video Cameras",
        "Hardware > Tools > Paint Tools > Paint Sprayers",
        f"{POOL_PARTS} > Pool Sweeps & Vacuums",
        f"{NAIL_TOOLS} > Nail Drills",
        f"{FIRE} > Fire Alarm Control Panels",
    ],
)
def test_a_shelf_of_kinds_sold_with_a_mains_charger_reads_mains(classify, path):
    result = classify("", category=path)
    assert classes_of(result, "mains_lv", "eee") == (True, True), result.basis


@pytest.mark.parametrize(
    ("title", "path", "kind"),
    [
        ("Sony Handycam HDR-CX405 Full HD Camcorder", "", "camcorder"),
        ("Panasonic HC-V180K Full HD Camcorder", "", "camcorder"),
        ("Canon PowerShot SX740 HS Digital Camera", f"{CAMERAS} > Digital Cameras", "digital_camera"),
        ("Wagner Flexio 2000 HVLP Paint Sprayer", "", "paint_sprayer"),
        ("Graco Magnum X5 Airless Paint Sprayer", "", "paint_sprayer"),
        ("Ryobi 18V ONE+ Paint Sprayer Kit with Battery and Charger", "", "paint_sprayer"),
        ("Dolphin Nautilus CC Plus Robotic Pool Cleaner", f"{POOL_PARTS} > Pool Sweeps & Vacuums", "pool_robot"),
    ],
)
def test_a_title_of_a_kind_sold_with_its_charger_reads_mains(classify, title, path, kind):
    result = classify(title, category=path)
    assert result.product_type == kind
    assert classes_of(result, "mains_lv") == (True,), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("GoPro HERO11 Black Action Camera", ""),
        ("Fujifilm Instax Mini 12 Instant Camera", ""),
        ("", f"{CAMERAS} > Trail Cameras"),
        ("", f"{CAMERAS} > Film Cameras"),
        ("Nextbase 322GW Dash Cam", ""),
        ("Ryobi 18V ONE+ Cordless Paint Sprayer", ""),
        ("Dewalt 20V MAX Paint Sprayer Tool Only", ""),
        ("", f"{POOL_PARTS} > Pool Skimmers"),
        ("Telescopic Pool Skimmer Net", f"{POOL_PARTS} > Pool Skimmers"),
        ("", f"{NAIL_TOOLS} > Nail Drill Accessories"),
        ("", f"{NAIL_TOOLS} > Nail Files & Emery Boards"),
        ("", f"{FIRE} > Fire Alarms"),
        ("", f"{FIRE} > Smoke & Carbon Monoxide Detectors > Smoke Detectors"),
        ("", "Electronics > Audio > Audio Players & Recorders > MP3 Players"),
    ],
)
def test_a_look_alike_without_a_mains_charger_reads_no_mains(classify, title, path):
    result = classify(title, category=path)
    assert classes_of(result, "mains_lv") == (False,), result.basis


def test_a_pool_sweep_shelf_is_no_pool(classify):
    """The shelf once read its leaf word "pool" as a paddling pool (inert; a toy beside a robot cleaner's title)."""
    result = classify("Dolphin Nautilus CC Plus Robotic Pool Cleaner", category=f"{POOL_PARTS} > Pool Sweeps & Vacuums")
    assert classes_of(result, "toy", "children_12_under") == (False, False), result.basis
