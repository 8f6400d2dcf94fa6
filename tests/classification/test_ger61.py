"""German titles, fourth round (ger61, read from a Kaufland.de seller's feed; issue 9).

A German feed names fans, bracelets and necklaces as compounds ("Bodenventilator", "Damenarmreif"), massagers,
barcode readers, vacuum sealers and umbrellas by German words no round listed, and writes "Tee" for tea. Each case is
a title written for the tests, with the lookalike that must not move.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Bodenventilator Equip 45 W Schwarz", "fan"),
    ("Tischventilator Weiß 3 Stufen", "fan"),
    ("Vakuumierer und Versiegler Classic", "vacuum_sealer"),
    ("Elektrische Wärmflasche Rot 380 W", "electric_hot_water_bottle"),
])
def test_german_mains_appliances(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Elektrostimulator Pro Weiß", "massager"),
    ("Massagevorrichtung Nacken Grau", "massager"),
    ("Strichcode Leser 1D-2D-QR USB", "barcode_scanner"),  # kf65: the USB-powered kind
])
def test_german_electrical_devices(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]


@pytest.mark.parametrize(("title", "kind", "textile"), [
    ("Damenarmreif Edelstahl Silber", "jewellery", False),
    ("Herrenarmreif Leder Schwarz", "jewellery", False),
    ("Damenhalskette Gold 45 cm", "jewellery", False),
    ("Automatikschirm Schwarz Ø 98 cm", "umbrella", False),
    ("Stirnband Sport Baumwolle Blau (2 Stücke)", "headwear", True),
    ("Sonnenhut Damen Stroh Beige", "headwear", True),
])
def test_german_goods_named_as_compounds(classify, title, kind, textile):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is False, result.basis["eee"]
    assert result.classes["textile"] is textile, result.basis["textile"]


@pytest.mark.parametrize("title", ["Wärmflasche Stern 2 L Gummi", "Bildschirm 24 Zoll Full HD"])
def test_lookalikes_keep_their_kind(classify, title):
    # a rubber hot-water bottle draws no power; "schirm" is no compound head ("Bildschirm" is a screen)
    result = classify(title)
    assert result.product_type != "umbrella", result.basis["product_type"]
    if "Wärmflasche" in title:
        assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize(("title", "textile"), [
    ("Weisser Tee Pai Mu Tan 60 g", False),
    ("Grüner Tee Sencha 100 g", False),
    ("Graphic Tee Herren Schwarz M", True),
])
def test_german_tee_is_tea(classify, title, textile):
    assert classify(title).classes["textile"] is textile
