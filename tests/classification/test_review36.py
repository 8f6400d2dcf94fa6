"""Review of radio36 (review36, issue 9): the words of the new radio kinds ("car key fob", "garage door opener",
"boombox", "avalanche transceiver", "car alarm") and the RC-part modifiers ("transmitter", "receiver" on a spare part)
also sit in the titles of things that are not radio: a key fob's case, shell or battery, an opener's spring, a toy
boombox, a beacon's harness, an oil-pressure sender. Each case is a look-alike that read radio on main 66adbb0 and
beside it the real device, which must stay radio."""

import pytest


@pytest.mark.parametrize(
    "title",
    [
        "Car Key Fob Case Silicone for Ford",
        "Remote Key Fob Shell Replacement Case 3 Button",
        "Keyless Entry Remote Shell Case No Chip",
        "Car Key Fob Battery CR2032 Replacement 5 pack",
        "Garage Door Remote Battery CR2032 2 Pack",
        "Car Key Fob Faraday Pouch Signal Blocker",
        "Blank Key Blade Uncut for Honda Flip Key Remote",
        "Remote Car Starter Installation Harness",
        "Remote Starter Switch 12V Engine Cranking",
        "Car Alarm Remote Case Shell",
        "Garage Door Opener Spring Torsion 2 pack",
        "Garage Door Opener Gear and Sprocket Kit 41A2817",
        "Gate Opener Battery 12V 7Ah",
        "Kids Toy Boombox with Lights and Sounds, Pretend Play",
        "Boombox Inflatable Party Prop 24 inch",
        "Avalanche Transceiver Chest Harness",
        "Amateur Radio License Exam Study Guide",
        "Fake Car Alarm LED Blinking Light Solar",
        "Telephone Receiver Handset Replacement Cord",
        "DVB T2 Receiver Remote Control Replacement",
        "Oil Pressure Transmitter Replacement",
        "A/C Receiver Drier Replacement",
        "Samsung Smart TV Remote BN59-01315A Replacement",
        "Freeview Remote Control for Humax HDR",
    ],
)
def test_look_alikes_of_the_new_radio_kinds_read_no_radio(classify, title):
    result = classify(title)
    assert not result.classes["radio"], (result.product_type, result.basis["radio"])
    assert not result.classes["transmitter"], (result.product_type, result.basis["transmitter"])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Car Key Fob Battery CR2032 Replacement 5 pack", "button_cell_battery"),
        ("Car Key Fob Case Silicone for Ford", "keychain"),
        ("Blank Key Blade Uncut for Honda Flip Key Remote", "hardware"),
    ],
)
def test_a_key_fobs_battery_case_and_blank_are_what_they_are(classify, title, expected):
    assert classify(title).product_type == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Toyota Keyless Entry Remote 4 Button Fob HYQ12BDM", "radio_remote"),
        ("Replacement Car Key Fob 3 Button Keyless Entry Remote", "radio_remote"),
        ("Viper 2-Way Remote Car Starter", "radio_remote"),
        ("LiftMaster 8500W Wall Mount Garage Door Opener", "garage_door_opener"),
        ("Viper 3106V 1-Way Car Alarm System", "car_alarm"),
        ("Mammut Barryvox Avalanche Transceiver", "radio_transceiver"),
    ],
)
def test_the_real_devices_stay_radio_transmitters(classify, title, expected):
    result = classify(title)
    assert result.product_type == expected
    assert result.classes["radio"] and result.classes["transmitter"], result.basis["transmitter"]


def test_a_boombox_with_a_tuner_stays_radio(classify):
    assert classify("Sony ZS-RS60BT CD Boombox with Bluetooth and FM Radio").classes["radio"]


def test_a_smart_tv_remote_with_bluetooth_still_transmits(classify):
    result = classify("Samsung Smart TV Remote with Voice, Bluetooth")
    assert result.classes["radio"] and result.classes["transmitter"]


@pytest.mark.parametrize(
    "path",
    [
        "Home & Garden > Household Appliances > Garage Door Keypads & Remotes",
        "Electronics > Electronics Accessories > Computer Components > Input Devices > Game Controllers > Game Remotes",
    ],
)
def test_a_remote_leaf_that_reads_radio_also_transmits(classify, path):
    result = classify("", category=path)
    assert result.classes["radio"], result.basis["radio"]
    assert result.classes["transmitter"], result.basis["transmitter"]
