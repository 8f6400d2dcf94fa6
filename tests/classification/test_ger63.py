"""Kaufland's German titles (ger63, read from a helper's audit of 300 Kaufland rows; issue 9).

The feed's machine-translated words for a laptop charger ("Laptopladekabel"), a stand ("Unterstützung"), a tow rope,
a pencil case, trainers, glue guns, a child's telescope and a vibrator (now a kind of its own, apart from the passive
adult products it was lumped with); a surf brand's "El Niño" is no child.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("Laptopladekabel HP 671R2AA 65 W", "power_adapter", "mains_lv", True),
    ("Einstellbare Unterstützung TM Electron Monitor 17\"-32\"", "tv_mount", "eee", False),
    ("Trailer-Seil All Ride Rot 4 m 2800 kg", "car_interior", "toy", False),
    ("Casual Damenturnschuh Converse Chuck Taylor All Star High Weiß", "shoes", "textile", True),
    ("Doppel-Federtasche Paul Frank Schwarz 12.5 x 19.5 x 4 cm (28 Stücke)", "pencil_box", "children_12_under", True),
    ("Kinderteleskop Bresser National Geographic", "educational_toy", "children_12_under", True),
    ("Kugelvibrator Svakom Elva", "vibrator", "battery", True),
    ("Leimpistole Rubi 65940 40 W", "power_tool", "eee", True),
    ("Streaming-Gerät LEOTEC", "streaming_device", "radio", True),
])
def test_kauflands_kinds(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]


def test_a_dildo_stays_passive_on_the_shelf_it_shares_with_vibrators(classify):
    shelf = "ADULTE - EROTIQUE > SEXTOYS > GODEMICHET - RABIT - VIBROMASSEUR"
    passive = classify("Gode ventouse transparent 19 cm", category=shelf)
    assert passive.product_type == "sexual_wellness", passive.basis["product_type"]
    assert passive.classes["eee"] is not True, passive.basis["eee"]
    assert classify("Vibromasseur large waterproof", category=shelf).classes["battery"] is True


@pytest.mark.parametrize(("title", "child"), [
    ("Faltbarer Regenschirm El Niño Green bali Schwarz (Ø 98 cm)", False),
    ("Gürteltasche El Niño Kook Marineblau 23 x 12 x 9 cm", False),
    ("Ersatzkopf Oral-B EB10 4 FFS FROZEN II Blau/Weiß 4 Stück", True),
    ("Regenschirm für Kinder 45 cm", True),
])
def test_the_audience(classify, title, child):
    result = classify(title)
    assert (result.classes["children_12_under"] is True) is child, result.basis["children_12_under"]


def test_a_german_wifi_repeater(classify):
    result = classify("Signalverstärker Fritz! 20002641 1,2W Weiß")
    assert result.product_type == "wifi_extender", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


# -- ger63b: a second draw of 300 Kaufland rows --------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind", "cls", "value"), [
    ("Kinderroller Mondo", "kick_scooter", "toy", True),
    ("Tretroller Erwachsene", "kick_scooter", "children_12_under", False),
    ("Fingerfarbe Giotto Braun 750 ml (6 Stück)", "craft_kit", "toy", True),
    ("elektrische Abdeckung IMETEC 16775 Grau", "electric_blanket", "mains_lv", True),
    ("Bewässerungspumpe Gardena 1764-20", "garden_pump", "mains_lv", True),
    ("Bluetooth-Kopfhörer Xiaomi Redmi Buds 5 Weiß", "wireless_earbuds", "mains_lv", False),
    ("Smartwatch Xiaomi Redmi Watch 3", "smartwatch", "radio", True),
    ("Xiaomi Redmi Note 12 128GB", "smartphone", "radio", True),
    ("Handtasche Vaiana", "handbag", "children_12_under", True),
])
def test_kauflands_second_draw(classify, title, kind, cls, value):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes[cls] is value, result.basis[cls]
