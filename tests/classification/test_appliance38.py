"""English category paths of standard trees read as patterns (appliance38, issue 9).

A Google Shopping feed or a Shopify store files each product under a path of Google's or Shopify's tree, often with a
short title. Shelves whose typical product is a powered machine or an electronic part read no mains, EEE or battery by
the path alone (cardio machines, air hockey tables, ping pong robots, signal processors, pickups, karaoke accessories,
camera lenses...); each is read for its whole branch, and the look-alikes beside it (jump ropes, machine parts, MIDI
controllers on USB, pads of an electronic kit, passive crossovers, pucks, chains) keep their own reading.
"""

from __future__ import annotations

import pytest

CARDIO = "Sporting Goods > Exercise & Fitness > Cardio"
SHOP_CARDIO = "Sporting Goods > Fitness & General Exercise Equipment > Cardio"
MUSIC_ACC = "Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories"
INSTRUMENTS = "Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments"
SIGNAL = "Electronics > Audio > Audio Components > Signal Processors"
LENSES = "Cameras & Optics > Camera & Optic Accessories > Camera & Video Camera Lenses"
TYRE_TOOLS = ("Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Repair & "
              "Specialty Tools > Vehicle Tire Repair & Tire Changing Tools")


def _on(result, *names: str) -> bool:
    return all(result.classes[name] for name in names)


def _off(result, *names: str) -> bool:
    return not any(result.classes[name] for name in names)


# --- shelves that now read their powered product ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kind", "on"),
    [
        (CARDIO, "fitness_machine", ("mains_lv", "eee")),
        (f"{CARDIO} > Cardio Machines", "fitness_machine", ("mains_lv", "eee")),
        (SHOP_CARDIO, "fitness_machine", ("mains_lv", "eee")),
        ("Sporting Goods > Exercise & Fitness > Vibration Exercise Machines", "fitness_machine", ("mains_lv", "eee")),
        ("Sporting Goods > Indoor Games > Air Hockey > Air Hockey Tables", "air_hockey_table", ("mains_lv", "eee")),
        ("Sporting Goods > Indoor Games > Ping Pong > Ping Pong Robots", "sports_equipment", ("mains_lv", "eee")),
        ("Sporting Goods > Athletics > Baseball & Softball > Pitching Machines", "sports_equipment", ("eee",)),
        ("Sporting Goods > Athletics > Tennis > Tennis Ball Machines", "sports_equipment", ("eee",)),
        ("Sporting Goods > Indoor Games > Billiards > Billiard Table Lights", "light_fixture", ("mains_lv", "eee")),
        (f"{MUSIC_ACC} > Musical Instrument Amplifier Accessories > Musical Instrument Amplifier Cabinets", "speaker",
         ("eee",)),
        (f"{MUSIC_ACC} > String Instrument Accessories > Guitar Accessories > Acoustic Guitar Pickups", "spare_part",
         ("eee",)),
        (f"{MUSIC_ACC} > String Instrument Accessories > Orchestral String Instrument Accessories > "
         "Orchestral String Instrument Pickups", "spare_part", ("eee",)),
        (f"{MUSIC_ACC} > String Instrument Accessories > Guitar Accessories > Guitar Pedals", "spare_part", ("eee",)),
        (f"{MUSIC_ACC} > Percussion Accessories > Electronic Drum Modules", "musical_instrument", ("mains_lv", "eee")),
        (f"{INSTRUMENTS} > Electronic Musical Instruments", "musical_instrument", ("mains_lv", "eee")),
        (f"{INSTRUMENTS} > Electronic Musical Instruments > Sound Synthesizers", "musical_instrument",
         ("mains_lv", "eee")),
        ("Electronics > Audio > Audio Accessories > Karaoke System Accessories > Karaoke Chips", "spare_part",
         ("eee",)),
        (SIGNAL, "amplifier", ("mains_lv", "eee")),
        (f"{SIGNAL} > Equalizers", "amplifier", ("mains_lv", "eee")),
        (f"{SIGNAL} > Phono Preamps", "amplifier", ("mains_lv", "eee")),
        ("Hardware > Tools > Measuring Tools & Sensors > Transducers", "hardware", ("eee",)),
        (f"{LENSES} > Camera Lenses", "camera_lens", ("eee",)),
        ("Cameras & Optics > Photography > Darkroom > Enlarging Equipment > Photographic Enlargers", "lamp",
         ("mains_lv", "eee")),
        ("Electronics > Electronics Accessories > Computer Components > Tablet Computer Parts > "
         "Tablet Computer Screens & Screen Digitizers", "phone_spare_part", ("eee",)),
        ("Electronics > Electronics Accessories > Antenna Accessories > Satellite LNBs", "tv_antenna",
         ("radio", "eee")),
        ("Office Supplies > Office Equipment > Transcribers & Dictation Systems", "office_electronics", ("eee",)),
        ("Mature > Weapons > Gun Care & Accessories > Gun Lights", "flashlight", ("eee", "battery")),
        ("Business & Industrial > Food Service > Hot Dog Rollers", "home_appliance_misc", ("mains_lv", "eee")),
        ("Office Supplies > Impulse Sealers", "home_appliance_misc", ("mains_lv", "eee")),
        ("Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Styling Tool Sets", "hair_styler",
         ("mains_lv", "eee")),
        (f"{TYRE_TOOLS} > Tire Changing Tools > Tire Changer Machines", "power_tool", ("mains_lv", "eee")),
    ],
)
def test_a_powered_shelf_reads_its_machine_by_the_path_alone(classify, path, kind, on):
    result = classify("", category=path)
    assert result.product_type == kind, result.basis
    assert _on(result, *on), result.basis


def test_a_stun_gun_shelf_reads_a_battery_device(classify):
    result = classify("", category="Mature > Weapons > Stun Guns & Tasers")
    assert _on(result, "eee", "battery"), result.basis


@pytest.mark.parametrize(
    ("title", "path"),
    [
        ("NordicTrack T 6.5 S Treadmill", f"{CARDIO} > Cardio Machines"),
        ("Roland JUNO-DS61 Synthesizer", f"{INSTRUMENTS} > Electronic Musical Instruments"),
        ("Behringer Ultracurve Pro DEQ2496", SIGNAL),
    ],
)
def test_a_short_title_on_the_shelf_keeps_the_mains(classify, title, path):
    result = classify(title, category=path)
    assert _on(result, "mains_lv", "eee"), result.basis


def test_a_rower_on_the_cardio_shelf_is_driven_by_its_user(classify):
    """s93: a magnetic rower's LCD monitor runs on cells (the labels of dev90-2 and dev93-1 say no mains); the rower
    refines the cardio machines' shelf, which alone still reads the treadmills' mains."""
    result = classify("Magnetic Rowing Machine with LCD Monitor", category=SHOP_CARDIO)
    assert result.product_type == "exercise_machine", result.basis
    assert result.classes["mains_lv"] is False
    assert _on(result, "eee"), result.basis


# --- look-alikes under the same branches keep their own reading ---------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{CARDIO} > Jump Ropes",
        f"{SHOP_CARDIO} > Jump Ropes",
        f"{CARDIO} > Cardio Machine Accessories",
        f"{CARDIO} > Cardio Machine Accessories > Exercise Bike Accessories",
        f"{SHOP_CARDIO} > Cardio Machine Accessories & Parts > Treadmill Accessories & Parts > Treadmill Belts",
        "Sporting Goods > Indoor Games > Air Hockey > Air Hockey Equipment",
        "Sporting Goods > Indoor Games > Ping Pong > Ping Pong Paddles & Sets",
        "Sporting Goods > Exercise & Fitness > Weight Lifting > Weight Lifting Machines & Racks",
        f"{INSTRUMENTS} > Electronic Musical Instruments > MIDI Controllers",
        f"{INSTRUMENTS} > Percussion > Electronic Drums > Electronic Cymbals",
        f"{SIGNAL} > Crossovers",
        f"{MUSIC_ACC} > Musical Instrument Amplifier Accessories > Musical Instrument Amplifier Cabinets",
        f"{TYRE_TOOLS} > Tire Changing Tools",
        "Home & Garden > Lawn & Garden > Outdoor Power Equipment Accessories > Chainsaw Accessories > Chainsaw Bars",
    ],
)
def test_a_part_pad_or_passive_neighbour_reads_no_mains(classify, path):
    result = classify("", category=path)
    assert _off(result, "mains_lv"), result.basis


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (f"{CARDIO} > Jump Ropes", "sports_equipment"),
        (f"{CARDIO} > Cardio Machine Accessories > Exercise Bike Accessories", "spare_part"),
        ("Home & Garden > Lawn & Garden > Outdoor Power Equipment Accessories > Chainsaw Accessories > Chainsaw Chains",
         "spare_part"),
        ("Home & Garden > Lawn & Garden > Outdoor Power Equipment Accessories > Chainsaw Accessories > Chainsaw Bars",
         "spare_part"),
    ],
)
def test_a_neighbour_keeps_its_own_kind(classify, path, kind):
    result = classify("", category=path)
    assert result.product_type == kind, result.basis
    assert _off(result, "mains_lv", "battery"), result.basis


@pytest.mark.parametrize(
    "path",
    [
        "Home & Garden > Lawn & Garden > Outdoor Power Equipment Accessories > Chainsaw Accessories > Chainsaw Bars",
        "Sporting Goods > Indoor Games > Air Hockey > Air Hockey Equipment",
        f"{LENSES} > Surveillance Camera Lenses",
        "Mature > Weapons > Mace & Pepper Spray",
    ],
)
def test_a_passive_neighbour_reads_no_eee(classify, path):
    result = classify("", category=path)
    assert _off(result, "eee"), result.basis


def test_a_jump_rope_titled_on_the_cardio_shelf_is_no_machine(classify):
    result = classify("Speed Jump Rope with Ball Bearings", category=CARDIO)
    assert result.product_type != "fitness_machine", result.basis
    assert _off(result, "mains_lv", "eee"), result.basis


def test_a_midi_controller_is_bus_powered(classify):
    result = classify("", category=f"{INSTRUMENTS} > Electronic Musical Instruments > MIDI Controllers")
    assert _on(result, "eee") and _off(result, "mains_lv"), result.basis


def test_a_manual_lens_title_still_reads_a_lens(classify):
    result = classify("Samyang 35mm F1.4 Manual Focus Lens", category=f"{LENSES} > Camera Lenses")
    assert result.product_type == "camera_lens", result.basis
    assert _off(result, "mains_lv", "battery"), result.basis
