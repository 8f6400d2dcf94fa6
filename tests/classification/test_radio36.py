"""Radio equipment named by its kind (radio36, issue 9): a leaf or a title that names the kind of device ("Cordless
Phones", "Audio & Video Receivers", "Vehicle Remote Keyless Systems", "Amateur Radios") rather than a word such as
"wireless" or "Bluetooth" is radio equipment in the RED sense (it emits or receives radio; receive-only counts), and
its look-alikes (a TV remote, a key-fob cover, a hitch receiver, a GPS mount) are not."""

import pytest

GOOGLE_RADIO_LEAVES = [
    ("Electronics > Audio > Audio Components > Audio & Video Receivers", "av_receiver", False),
    ("Electronics > Audio > Audio Components > Audio Transmitters", "audio_transmitter", True),
    ("Electronics > Audio > Audio Players & Recorders > Boomboxes", "boombox", False),
    ("Electronics > Communications > Telephony > Cordless Phones", "cordless_phone", True),
    ("Electronics > Marine Electronics > Marine Radios", "radio_transceiver", True),
    ("Electronics > Video > Video Accessories > Television Parts & Accessories > TV Converter Boxes", "tv_receiver",
     False),
    ("Health & Beauty > Health Care > Biometric Monitors > Activity Monitors", "fitness_tracker", True),
    ("Home & Garden > Household Appliances > Garage Door Openers", "garage_door_opener", True),
    ("Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Safety & Security > Vehicle Alarms & Locks > "
     "Vehicle Remote Keyless Systems", "radio_remote", True),
    ("Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Safety & Security > Vehicle Alarms & Locks > "
     "Automotive Alarm Systems", "car_alarm", True),
    ("Electronics > Electronics Accessories > Computer Components > Input Devices > Game Controllers > Game Remotes",
     "game_controller", True),
]


@pytest.mark.parametrize(("path", "expected", "transmits"), GOOGLE_RADIO_LEAVES)
def test_a_leaf_naming_a_radio_kind_reads_radio(classify, path, expected, transmits):
    result = classify("", category=path)
    assert result.product_type == expected
    assert result.classes["radio"], result.basis["radio"]
    if transmits:
        assert result.classes["transmitter"], result.basis["transmitter"]


def test_shopify_amateur_radios_transmit(classify):
    result = classify("", category="Electronics > Communications > Communication Radios > Amateur Radios")
    assert result.product_type == "radio_transceiver"
    assert result.classes["radio"] and result.classes["transmitter"]


@pytest.mark.parametrize(
    ("title", "expected", "transmits"),
    [
        ("Panasonic KX-TGE433B Cordless Phone with Answering Machine, 3 Handsets", "cordless_phone", True),
        ("Yamaha RX-V6A 7.2-Channel AV Receiver with 8K HDMI", "av_receiver", False),
        ("Sony STR-DH190 2-ch Home Stereo Receiver with Phono Input", "av_receiver", False),
        ("Onkyo TX-8220 2 ch Stereo Receiver", "av_receiver", False),
        ("Uniden BC125AT Handheld Police Scanner", "radio_receiver", False),
        ("Standard Horizon GX1400 Fixed Mount Marine VHF Radio", "radio_transceiver", True),
        ("Icom IC-7300 HF Transceiver 100W", "radio_transceiver", True),
        ("Mammut Barryvox Avalanche Transceiver", "radio_transceiver", True),
        ("ACR ResQLink View Personal Locator Beacon", "radio_transceiver", True),
        ("Avantree Bluetooth Audio Transmitter for TV", "audio_transmitter", True),
        ("Sony CFD-S70 CD Radio Cassette Boombox", "boombox", False),
        ("Humax Freeview HD Recorder 500GB", "tv_receiver", False),
        ("Chamberlain B4545 Garage Door Opener with Wi-Fi", "garage_door_opener", True),
        ("Garage Door Opener Remote Control 433MHz", "radio_remote", True),
        ("Replacement Car Key Fob 3 Button Keyless Entry Remote", "radio_remote", True),
        ("Viper 2-Way Remote Car Starter", "radio_remote", True),
        ("Car Alarm System with 2 Remotes and Shock Sensor", "car_alarm", True),
        ("Radio Alarm Clock with Dual Alarm and FM", "clock_radio", False),  # kf67: its own kind, on the mains
        ("无绳电话 子母机 家用", "cordless_phone", True),
        ("卫星接收器 高清", "tv_receiver", False),
        ("汽车遥控钥匙 三键", "radio_remote", True),
    ],
)
def test_a_title_naming_a_radio_kind_reads_radio(classify, title, expected, transmits):
    result = classify(title)
    assert result.product_type == expected
    assert result.classes["radio"], result.basis["radio"]
    if transmits:
        assert result.classes["transmitter"], result.basis["transmitter"]
    else:
        assert not result.classes["transmitter"], result.basis["transmitter"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("对讲机 户外 大功率 一对", "walkie_talkie"),
        ("婴儿监视器 无线 夜视", "baby_monitor"),
        ("GPS定位器 汽车 防盗", "gps_tracker"),
        ("收音机 老人 便携式", "radio_receiver"),
    ],
)
def test_chinese_radio_kinds_stay_radio(classify, title, expected):
    result = classify(title)
    assert result.product_type == expected
    assert result.classes["radio"], result.basis["radio"]


def test_a_key_remote_and_a_garage_remote_run_on_a_coin_cell(classify):
    result = classify("Replacement Car Key Fob 3 Button")
    assert result.classes["battery"] and result.classes["button_cell"]
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize(
    "title",
    [
        "Samsung TV Replacement Remote Control BN59",
        "Silicone Car Key Fob Cover for Toyota",
        "Hitch Receiver Lock 2 inch",
        "GPS Mount for Car Dashboard",
        "Baby Monitor Stand Universal",
        "Radio Flyer Classic Red Wagon",
        "Landline Telephone Corded Big Button",
        "Wall Clock Silent Non-Ticking 12 inch",
    ],
)
def test_look_alikes_of_radio_kinds_read_no_radio(classify, title):
    result = classify(title)
    assert not result.classes["radio"], (result.product_type, result.basis["radio"])


@pytest.mark.parametrize(
    ("title", "transmits"),
    [
        ("Spektrum DX6 6-Channel DSMX Transmitter Only Mode 2", True),
        ("Graupner HoTT GR-12 12-Channel Receiver", False),
        # left37: a FrSky receiver sends telemetry to the handset (`rc_receiver`, `rc_system`): it transmits
        ("FrSky Receiver Replacement Part", True),
        ("Transmitter Replacement for WLtoys A959", True),
    ],
)
def test_a_radio_control_transmitter_or_receiver_part_is_radio(classify, title, transmits):
    result = classify(title, category="Toys & Games > Toys > Remote Control Toy Accessories")
    assert result.classes["radio"], (result.product_type, result.basis["radio"])
    assert result.classes["transmitter"] == transmits


@pytest.mark.parametrize(
    "title",
    [
        "Transmitter Neck Strap for RC Radio",
        "Receiver Antenna Tube 10 pcs",
        "RC Car Body Shell 1:10 Clear",
    ],
)
def test_passive_radio_control_parts_stay_passive(classify, title):
    result = classify(title, category="Toys & Games > Toys > Remote Control Toy Accessories")
    assert not result.classes["radio"], (result.product_type, result.basis["radio"])


def test_a_corded_phone_and_a_plain_amplifier_have_no_radio(classify):
    assert not classify("Panasonic KX-TS500 Corded Telephone").classes["radio"]
    assert not classify("Yamaha A-S301 Integrated Amplifier").classes["radio"]
