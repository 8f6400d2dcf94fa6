"""Battery and radio of a Google shelf's typical product, read for the whole tree (tree38, issue 9).

A Google Shopping feed files each product under a path of Google's tree, often with a short title. Shelves whose
typical product carries a battery (baby monitors, on-camera lights and monitors, voice recorders, smart glasses,
emergency and floating lights, tuners, stopwatches, camping lanterns...) or a radio (home and medical alarm kits, alarm
sensors, GPS bike computers) now read it by the path alone; shelves that read a battery or a radio their product does
not have (cell and car-battery testers, jukeboxes, tape decks, darkroom timers, microscope and parking cameras, line
multiplexers, car equalizers) no longer do, and the look-alikes beside each keep their own reading.
"""

from __future__ import annotations

import pytest

CAM_PARTS = "Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories"
PLAYERS = "Electronics > Audio > Audio Players & Recorders"
SECURITY = "Home & Garden > Business & Home Security"
CAR_ELEC = "Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Electronics"
CAR_TOOLS = ("Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > "
             "Vehicle Repair & Specialty Tools")
OUTDOOR = "Sporting Goods > Outdoor Recreation"
LIGHTING = "Home & Garden > Lighting"


def _on(result, *names: str) -> bool:
    return all(result.classes[name] for name in names)


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- shelves whose typical product carries a battery --------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "Baby & Toddler > Baby Safety > Baby Monitors",
        f"{CAM_PARTS} > Video Camera Lights",
        f"{CAM_PARTS} > On-Camera Monitors",
        f"{PLAYERS} > Voice Recorders",
        "Electronics > Computers > Smart Glasses",
        "Office Supplies > Office Equipment > Electronic Dictionaries & Translators",
        f"{LIGHTING} > Emergency Lighting",
        f"{LIGHTING} > Floating & Submersible Lights",
        "Office Supplies > Book Accessories > Book Lights",
        "Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories > "
        "Electronic Tuners",
        f"{CAR_ELEC} > Motor Vehicle Speakerphones",
        f"{OUTDOOR} > Camping & Hiking > Camping Lights & Lanterns",
        "Sporting Goods > Exercise & Fitness > Stopwatches",
        f"{OUTDOOR} > Boating & Water Sports > Diving & Snorkeling > Dive Computers",
        f"{OUTDOOR} > Fishing > Bite Alarms",
        f"{OUTDOOR} > Hunting & Shooting > Hunting > Hearing Enhancers",
        "Business & Industrial > Medical > Medical Equipment > Otoscopes & Ophthalmoscopes",
    ],
)
def test_a_battery_shelf_reads_its_battery_by_the_path_alone(classify, path):
    result = classify("", category=path)
    assert _on(result, "eee", "battery"), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("VTech DM221 Audio Baby Monitor", "Baby & Toddler > Baby Safety > Baby Monitors"),
        ("Neewer 660 LED Video Light", f"{CAM_PARTS} > Video Camera Lights"),
        ("Olympus WS-852 Digital Voice Recorder", f"{PLAYERS} > Voice Recorders"),
    ],
)
def test_a_short_title_on_a_battery_shelf_keeps_the_battery(classify, title, path):
    result = classify(title, category=path)
    assert _on(result, "battery"), result.basis


def test_a_camping_lantern_shelf_reads_a_battery_light(classify):
    result = classify("", category=f"{OUTDOOR} > Camping & Hiking > Camping Lights & Lanterns")
    assert result.product_type == "flashlight", result.basis


# --- shelves whose typical product has a radio --------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{SECURITY} > Home Alarm Systems",
        f"{SECURITY} > Security System Sensors",
        "Health & Beauty > Health Care > Medical Alarm Systems",
        f"{OUTDOOR} > Cycling > Bicycle Accessories > Bicycle Computers",
        "Office Supplies > Presentation Supplies > Wireless Presenters",
    ],
)
def test_a_radio_shelf_reads_its_radio_by_the_path_alone(classify, path):
    result = classify("", category=path)
    assert _on(result, "radio"), result.basis


# --- shelves that read a battery or radio their product does not have ---------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{CAR_TOOLS} > Vehicle Battery Testers",
        "Electronics > Electronics Accessories > Power > Battery Accessories > General Purpose Battery Testers",
        f"{PLAYERS} > Jukeboxes",
        f"{PLAYERS} > Reel-to-Reel Tape Players & Recorders",
        "Cameras & Optics > Photography > Darkroom > Enlarging Equipment > Darkroom Timers",
        "Business & Industrial > Science & Laboratory > Laboratory Equipment > Microscope Accessories > "
        "Microscope Cameras",
        f"{CAR_ELEC} > Motor Vehicle Parking Cameras",
        "Media > Product Manuals > Camera & Optics Manuals",
    ],
)
def test_a_shelf_without_a_battery_reads_none(classify, path):
    result = classify("", category=path)
    assert _off(result, "battery"), result.basis


@pytest.mark.parametrize(
    "path",
    [
        "Electronics > Networking > Concentrators & Multiplexers",
        f"{CAR_ELEC} > Motor Vehicle Equalizers & Crossovers",
        "Media > DVDs & Videos > Film & Television Digital Downloads",
    ],
)
def test_a_wired_or_passive_shelf_reads_no_radio(classify, path):
    result = classify("", category=path)
    assert _off(result, "radio"), result.basis


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{PLAYERS} > Jukeboxes", "media_player"),
        (f"{PLAYERS} > Reel-to-Reel Tape Players & Recorders", "media_player"),
    ],
)
def test_a_cabinet_player_reads_mains(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind, result.basis
    assert _on(result, "mains_lv"), result.basis


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("Health & Beauty > Personal Care > Ear Care > Ear Dryers", "hair_dryer"),
        ("Media > Product Manuals > Camera & Optics Manuals", "book"),
        ("Media > DVDs & Videos > Film & Television Digital Downloads", "movie_media"),
        (f"{CAR_ELEC} > Motor Vehicle Equalizers & Crossovers", "amplifier"),
    ],
)
def test_a_shelf_reads_its_own_kind(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind, result.basis


def test_a_car_equalizer_runs_on_the_vehicle_supply(classify):
    result = classify("", category=f"{CAR_ELEC} > Motor Vehicle Equalizers & Crossovers")
    assert _off(result, "mains_lv"), result.basis


# --- look-alikes under the same branches keep their own reading ---------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "Baby & Toddler > Baby Safety > Baby Monitors",
        f"{SECURITY} > Home Alarm Systems",
        f"{SECURITY} > Security System Sensors",
    ],
)
def test_a_radio_shelf_keeps_its_battery_and_mains_reading(classify, path):
    """The radio or battery a shelf gains leaves the rest as it was (a monitor's mains, an alarm's cells)."""
    result = classify("", category=path)
    assert _on(result, "eee"), result.basis


@pytest.mark.parametrize(
    "path",
    [
        f"{PLAYERS} > MP3 Players",
        f"{PLAYERS} > Multitrack Recorders",
        f"{SECURITY} > Motion Sensors",
        f"{CAM_PARTS} > Camera Flashes",
        "Cameras & Optics > Photography > Darkroom > Enlarging Equipment > Photographic Analyzers",
        f"{CAR_TOOLS} > Vehicle Jump Starters",
    ],
)
def test_a_battery_neighbour_keeps_its_battery(classify, path):
    result = classify("", category=path)
    assert _on(result, "battery"), result.basis


@pytest.mark.parametrize(
    "path",
    [
        "Home & Garden > Lighting > Lamps",
        "Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures",
        f"{CAR_ELEC} > Motor Vehicle Amplifiers",
        f"{CAR_ELEC} > Motor Vehicle Speakers",
        "Baby & Toddler > Baby Safety > Baby Safety Locks & Guards",
        "Sporting Goods > Outdoor Recreation > Camping & Hiking > Navigational Compasses",
        "Media > Product Manuals > Electronics Manuals",
    ],
)
def test_a_mains_or_passive_neighbour_reads_no_battery(classify, path):
    result = classify("", category=path)
    assert _off(result, "battery"), result.basis


@pytest.mark.parametrize(
    "path",
    [
        "Electronics > Networking > Hubs & Switches",
        "Electronics > Networking > Modems",
        f"{CAR_ELEC} > Motor Vehicle Amplifiers",
        f"{SECURITY} > Dummy Surveillance Cameras",
        "Home & Garden > Flood, Fire & Gas Safety > Smoke & Carbon Monoxide Detectors > Smoke Detectors",
        "Health & Beauty > Health Care > Biometric Monitors > Blood Pressure Monitors",
    ],
)
def test_a_wired_neighbour_reads_no_radio(classify, path):
    result = classify("", category=path)
    assert _off(result, "radio"), result.basis


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("Electronics > Networking > Bridges & Routers > Wireless Routers", "router"),
        (f"{CAR_ELEC} > Motor Vehicle A/V Players & In-Dash Systems", "car_stereo"),
    ],
)
def test_a_radio_neighbour_keeps_its_radio(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind, result.basis
    assert _on(result, "radio"), result.basis
