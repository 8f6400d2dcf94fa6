"""More of Kaufland's German words (ger64b; issue 9): devices the audit's probes found with no kind, and the colour
"Elektrisch blau", which is no electric product."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("Musikbox Bluetooth tragbar", "portable_speaker", "radio", True),
    ("Externe Festplatte Hiksemi T100 512 GB SSD", "external_drive", "eee", True),
    ("Sportkamera für Autos Viofo A119-G V3", "dash_cam", "eee", True),
    ("Solarlicht Lumineo 1,2 V Biene", "solar_light", "battery", True),
    ("Smart-Uhr Huawei", "smartwatch", "radio", True),
    ("Induktionsladegerät für Smartphones", "wireless_charger", "radio", True),
    ("Video-Türklingel mit App", "video_doorbell", "radio", True),
    ("Elektroauto Kinder 12V", "ride_on", "battery", True),
    ("Spielzeugauto mit Fernbedienung", "rc_vehicle", "radio", True),
])
def test_german_device_words(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


@pytest.mark.parametrize("title", [
    "Schulrucksack Munich Submarine 31 x 40 x 16 cm Elektrisch blau",
    "Boucles d'oreilles Chumani Bleu électrique",
])
def test_electric_blue_is_a_colour(classify, title):
    result = classify(title)
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_an_electric_blanket_in_german_is_still_electric(classify):
    result = classify("Elektrische Decke 40 W")
    assert result.classes["eee"] is True, result.basis["eee"]


def test_sunlight_is_no_solar_light(classify):
    # review64: "Sonnenlicht" is the German for sunlight ("Tageslichtlampe wie Sonnenlicht" is a mains lamp)
    assert classify("Tageslichtlampe wie Sonnenlicht").product_type != "solar_light"
