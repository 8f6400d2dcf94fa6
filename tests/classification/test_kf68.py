"""Kaufland.de's German device nouns that named no kind (kf68; issue 9): door intercoms, PoE injectors, digital
calipers and leak detectors, capacitors, temperature sensors, pet fountains, lamp holders and timer plugs; and a car's
floor mats with children's characters are the driver's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind", "mains", "battery"), [
    ("Gegensprechanlage Golmar T510R 4+N Weiß PVC", "intercom", None, None),
    ("PoE-Injektor Axis 02208-001", "power_adapter", True, None),
    ("Digitaler Messschieber Kinzo", "multimeter", False, True),
    ("Wasserlecksuchgerät Fischer 564126", "multimeter", False, True),
    ("Zündkondensator EDM", "electronics_kit", False, None),
    ("Temperatursensor BOSCH", "electrical_part", None, None),
    ("Trinkbrunnen für Haustiere MPETS Weiß Kunststoff 3,5 L", "pet_electronics", None, None),
    ("Lampenfassung EDM 44311 Schwarz", "electrical_fitting", True, None),
    ("Stecker mit digitalem Timer NIMO 250 V 16 A 10 A Wöchentlich", "electrical_fitting", True, None),
])
def test_a_german_device_noun_names_its_kind(classify, title, kind, mains, battery):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]
    if mains is not None:
        assert result.classes["mains_lv"] is mains, result.basis["mains_lv"]
    if battery is not None:
        assert result.classes["battery"] is battery, result.basis["battery"]


@pytest.mark.parametrize("title", ["Messschieber Stahl 150 mm", "Diesel-Injektor-Reiniger 250 ml",
                                   "Klimakondensator Audi A4", "Fliegenvertreiber Vögel Reflektierend Bänder",
                                   "Trinkbrunnen für Garten Stein"])
def test_the_same_words_in_their_other_senses(classify, title):
    """A vernier caliper, an injector cleaner, a car's A/C condenser, a bird-scare tape and a garden's stone fountain
    use no current."""
    result = classify(title)
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_car_mats_with_childrens_characters_are_the_drivers(classify):
    result = classify("Auto-Fußmatten-Set Hello Kitty Schwarz Rosa (4 pcs)")
    assert result.product_type == "car_interior", result.basis["product_type"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


def test_a_childrens_character_still_makes_a_childs_product(classify):
    """The modifier in its own sense."""
    result = classify("Rucksack Hello Kitty Rosa")
    assert result.classes["children_12_under"] is True
