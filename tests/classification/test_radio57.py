"""Radio in German, French and Chinese titles (radio57): the radio kinds each language names its own way, and the
look-alikes that must stay no radio.

German inflects its adjectives ("Drahtlose Kopfhörer", "Kabelloses Telefon") and names a radio device by the prefix
"Funk-" ("Funkrauchmelder", "Funk-Türklingel"); French and Chinese sellers write "sans fil" and "无线" on every jug
kettle and iron that lifts off its base; a watch that says Bluetooth has a radio in it. The titles below are written
for the tests.
"""

from __future__ import annotations

import pytest

# --- German inflections of "kabellos", "drahtlos" and "schnurlos" ---------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Drahtlose Kopfhörer Over-Ear Schwarz mit Mikrofon", "headphones"),
    ("Kabellose Kopfhörer mit Ladebox Weiß", "headphones"),
    ("Drahtloser Lautsprecher Outdoor 10 W Blau", "speaker"),
    ("Kabellose Maus 1600 dpi Grau", "computer_mouse"),
    ("Kabelloses Telefon Duo mit Anrufbeantworter", "cordless_phone"),
    ("Schnurloses Telefon mit zwei Mobilteilen", "cordless_phone"),
])
def test_an_inflected_german_wireless_word_is_a_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Kopfhörer mit Mikrofon 3,5 mm Klinke Schwarz", "headphones"),
    ("Kabelgebundene Maus USB 1000 dpi", "computer_mouse"),
])
def test_a_german_device_without_a_wireless_word_is_no_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert not result.classes["radio"]


def test_a_cordless_german_vacuum_is_battery_powered_not_radio(classify):
    result = classify("Kabelloser Staubsauger mit Wandhalterung 25 V")
    assert result.product_type == "vacuum_cleaner"
    assert result.classes["battery"] and not result.classes["radio"]


# --- "Funk-" compounds ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Funkrauchmelder 3er Set mit 10-Jahres-Batterie", "smoke_alarm"),
    ("Funk-Türklingel Set mit Empfänger Weiß", "doorbell"),
    ("Funkklingel mit 2 Empfängern 36 Melodien", "doorbell"),
    ("Funkkopfhörer für TV mit Ladestation", "headphones"),
    ("Funkmaus ergonomisch Schwarz 2,4 GHz", "computer_mouse"),
    ("Funkmikrofon Set UHF 2 Handmikrofone", "microphone"),
    ("Funksteckdosen Set 3 Stück Innenbereich", "electrical_fitting"),
    ("Funk-Wetterstation mit Außensensor und Farbdisplay", "weather_station"),
    ("Handsender 868 MHz für Garagentor 4 Kanäle", "radio_remote"),
])
def test_a_funk_compound_is_a_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["radio"]


@pytest.mark.parametrize("title", [
    "Funktionsuhr Herren Digital Stoppuhr Schwarz",  # "Funktion": a function, no radio
    "Funk Soul Brother T-Shirt Herren Schwarz",  # the music style
    "Fledermaus Kostüm Kinder Halloween",  # "maus" is no compound head
    "Fahrradklingel Messing Retro",  # nor "klingel"
])
def test_funk_and_its_neighbours_read_no_radio(classify, title):
    assert not classify(title).classes["radio"]


def test_a_funkuhr_keeps_its_kind_when_words_follow(classify):
    result = classify("Funkuhr digital mit Datum und Temperatur")
    assert result.product_type == "radio_clock"
    assert result.classes["radio"]


def test_a_funk_music_clock_is_no_radio_clock(classify):
    assert not classify("Funk Music Vinyl Record Wall Clock").classes["radio"]


# --- German and French kinds that read another product --------------------------------------------------------------


def test_a_german_digital_photo_frame_is_the_wifi_frame(classify):
    result = classify("Digitaler Bilderrahmen 10 Zoll Wi-Fi Touchscreen")
    assert result.product_type == "digital_photo_frame"
    assert result.classes["radio"] and result.classes["eee"]


def test_a_plain_german_picture_frame_is_no_device(classify):
    result = classify("Bilderrahmen Holz Eiche 30 x 40 cm")
    assert not result.classes["radio"] and not result.classes["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Bildschirmschutz Tablet 10,4 Zoll Panzerglas", "screen_protector"),
    ("Bildschirmschutz fürs Handy iPhone 15 Pro 2 Stück", "screen_protector"),
    ("Laptop-Akku 4400 mAh Schwarz für HP", "battery_pack"),
    ("Laptop-Kühlunterlage mit 5 Lüftern RGB", "portable_fan"),
    ("TV-Antenne DVB-T2 Zimmerantenne passiv", "tv_antenna"),
])
def test_a_german_accessory_is_not_the_radio_device_it_names(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert not result.classes["radio"]


def test_a_french_clock_radio_is_a_radio(classify):
    result = classify("Radio réveil FM double alarme écran LED")
    assert result.product_type == "clock_radio"  # kf67: a kind of radio_receiver, on the mains
    assert result.classes["radio"]


def test_a_french_alarm_clock_is_no_radio(classify):
    assert not classify("Réveil matin analogique silencieux").classes["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Station météo sans fil avec capteur extérieur", "weather_station"),
    ("Télécommande portail 433 MHz 4 boutons", "radio_remote"),
    ("Sonnette sans fil étanche portée 300 m", "doorbell"),
])
def test_a_french_radio_kind_is_a_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Prise connectée compatible Alexa 16 A", "smart_plug"),
    ("Ampoule connectée E27 blanc chaud", "light_bulb"),
    ("Thermostat connecté pour chaudière", "thermostat"),
    ("Détecteur de fumée connecté avec application", "smoke_alarm"),
    ("Voiture radiocommandée 1/18 tout terrain", "rc_vehicle"),
    ("WLAN Steckdose mit Verbrauchsmessung", "smart_plug"),
])
def test_a_connected_french_or_german_device_is_a_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["radio"]


@pytest.mark.parametrize("title", [
    "T-shirt Toujours connecté coton bio",  # a slogan on a garment
    "Ampoule LED E27 blanc chaud 806 lm",  # a plain bulb
])
def test_a_french_product_without_a_connected_word_is_no_radio(classify, title):
    assert not classify(title).classes["radio"]


def test_a_french_tv_remote_stays_infrared(classify):
    result = classify("Télécommande universelle pour TV Samsung")
    assert result.product_type == "remote_control"
    assert not result.classes["radio"]


# --- a cordless kettle or iron lifts off its base --------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [
    ("Bouilloire sans fil 1,7 L inox 2200 W", "kettle"),
    ("Fer à repasser sans fil vapeur 2400 W", "iron"),
    ("无线电水壶家用304不锈钢烧水壶1.7L", "kettle"),
    ("Kabelloser Wasserkocher 1,7 L Edelstahl", "kettle"),
])
def test_a_cordless_kettle_or_iron_is_mains_not_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind
    assert result.classes["mains_lv"]
    assert not result.classes["radio"] and not result.classes["battery"]


def test_a_smart_kettle_keeps_its_bluetooth(classify):
    result = classify("Bluetooth Smart Kettle with App Temperature Control 1.7L")
    assert result.product_type == "kettle"
    assert result.classes["radio"]


# --- a watch with a radio in it --------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Herrenuhr Bluetooth Solar Analog-Digital Schwarz",
    "登山蓝牙男士腕手表太阳能",
    "Montre homme Bluetooth analogique acier",
    "Herrenuhr funkgesteuert Solar Titan",
    "Radio Controlled Atomic Watch Men's Solar",
])
def test_a_watch_that_says_bluetooth_is_a_radio(classify, title):
    result = classify(title)
    assert result.product_type == "watch"
    assert result.classes["radio"]


def test_a_quartz_watch_stays_no_radio(classify):
    result = classify("Herrenuhr Quarz Edelstahl Blau 42 mm")
    assert result.product_type == "watch"
    assert not result.classes["radio"]


# --- Cdiscount shelves: a Bluetooth selfie stick among phone mounts, a home-automation remote ------------------------

MOUNTS = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > FIXATION - SUPPORT TELEPHONE"
DOMOTICS = "BRICOLAGE - OUTILLAGE - QUINCAILLERIE > ELECTRICITE  DOMOTIQUE > TELECOMMANDE DOMOTIQUE"
TV_REMOTES = "ACCESSOIRES TV - VIDEO - SON > TELECOMMANDE TV - VIDEO - SON"


@pytest.mark.parametrize(("title", "category", "kind", "radio"), [
    ("Perche selfie Bluetooth 1 m pour Galaxy S5", MOUNTS, "selfie_stick", True),
    ("Perche selfie 90 cm Bleu pour Galaxy S5", MOUNTS, "selfie_stick", False),  # the branch's "GPS" is no receiver
    ("Support voiture universel pour smartphone", MOUNTS, "phone_holder", False),
    ("Télécommande 4 canaux pour volet roulant", DOMOTICS, "radio_remote", True),
    ("Télécommande de remplacement pour téléviseur", TV_REMOTES, "remote_control", False),
])
def test_a_cdiscount_shelf_and_its_title_decide_the_radio(classify, title, category, kind, radio):
    result = classify(title, category=category)
    assert result.product_type == kind
    assert result.classes["radio"] == radio


def test_a_french_nitro_rc_car_is_hobby_grade(classify):
    result = classify("VOITURE RC THERMIQUE 1/10 - BMW M3 - COURSE")
    assert result.product_type == "rc_vehicle"
    assert result.classes["radio"] and not result.classes["toy"]


def test_an_electric_french_rc_car_is_a_toy(classify):
    result = classify("Voiture radiocommandée électrique 1/18 pour enfant")
    assert result.product_type == "rc_vehicle"
    assert result.classes["radio"] and result.classes["toy"]
