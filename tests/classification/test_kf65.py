"""Kaufland rows for children the German words missed (kf65; issue 9): a club's replica shirt in a child's size, a
toddler's tutu sized in months past two, school words, a school satchel; German side tables; a title naming no kind
but hundreds of watts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "kind"), [
    ("Kurzarm Fußballshirt für Kinder Puma BVB Home Jersey Replica Jr (116 cm)", "shirt"),
    ("Ballettröckchen Inca Bailarina Unicornio Bunt Einhorn 24-36 Monate (3 Stücke)", "skirt"),
    ("Schultasche Sevilla Fútbol Club Rot (38 x 28 x 6 cm)", "school_bag"),
    ("Tempera La Pajarita L-19 6 Stücke Grau Schulisch Satin", "art_supply"),
])
def test_a_german_childs_size_or_school_word_makes_a_childrens_product(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


@pytest.mark.parametrize("title", [
    "Star Wars Lightsaber Prop Replica",
    "Fahrschule Lehrbuch Klasse B",
    "Tüllrock Damen schwarz",
])
def test_a_collectors_replica_or_a_grown_ups_word_stays_no_childrens_product(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


@pytest.mark.parametrize("title", ["Beistelltisch Confortime 40 x 30 x 68 cm (2 Stück)", "Campingtisch klappbar"])
def test_a_german_side_or_camping_table_is_furniture(classify, title):
    assert classify(title).product_type == "furniture"


def test_an_adjective_ending_in_tisch_is_no_table(classify):
    result = classify("Basketball Spalding Commander Camo grün Olive 7 Synthetisch (Größe 7)")
    assert result.product_type == "sports_ball", result.basis["product_type"]


@pytest.mark.parametrize(("title", "eee"), [
    ("Mixer BOSCH MFQ3010 300W Weiß 300 W 0,5 L", True),
    ("Appareil Bruxellois - Inox/Noir - 700W", True),  # (s77: "Gaufrier" now names the waffle maker)
    # (s84: "Pompe a eau multicellulaire automatique 750 W" now names the pump: test_s84's round 3)
    ("Benzin Motorhacke 1400 W", False),
    ("Boite aux lettres BURGWACHTER 871W", False),
])
def test_a_title_naming_no_kind_but_hundreds_of_watts_draws_current(classify, title, eee):
    result = classify(title)
    assert result.product_type is None, result.basis["product_type"]
    assert result.classes["eee"] is eee, result.basis["eee"]


@pytest.mark.parametrize(("title", "kind", "classes"), [
    ("Tech Alkoholmeter Oromed X12 Pro Silver", "health_monitor", {"eee": True, "battery": True}),
    ("Schuhtrockner Media Tech MT6532", "home_appliance_misc", {"eee": True, "mains_lv": True}),
    ("Ausgabegerät mit Sensor Mx Onda DH2433 1 L", "touchless_dispenser", {"eee": True}),
    ("Wachstifte bunt Crayola 2.0784 Waschbar (24 pcs)", "colouring_set", {"children_12_under": True}),
    ("Hose für Erwachsene Champion 220787-VS517", "trousers", {"textile": True}),
    # s75: Kaufland's "Allzwecktasche" (the Spanish "portatodo") is a school pencil case
    ("Allzwecktasche SuperKitties Rosa türkis 21 x 8 x 7 cm", "pencil_box", {"children_12_under": True}),
    ("Thermo-Vesperbox LOL Surprise! Divas Blau 21.5 x 12 x 6.5 cm", "tableware", {"toy": False}),
    ("Gaming Headset mit Mikrofon Logitech G733 Lightspeed Headset", "headphones", {"radio": True}),
    ("LED-Lampe Philips Hue Bridge Weiß 3 W", "smart_home_hub", {"radio": True}),
    ("Kombinationsschloss Stahlex Stahl Kabel", "hardware", {"eee": False}),
])
def test_a_german_noun_names_its_kind(classify, title, kind, classes):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    for name, value in classes.items():
        assert bool(result.classes[name]) is value, result.basis[name]


@pytest.mark.parametrize(("title", "mains"), [
    ("Wiederaufladbare Leselampe für den Hals Neddrer InnovaGoods", False),
    ("Akku Tischlampe", False),
    ("Rechargeable Table Lamp with UK plug", True),
    ("Table Lamp", True),
])
def test_a_rechargeable_lamp_has_no_mains_unless_a_plug_is_named(classify, title, mains):
    result = classify(title)
    assert result.product_type == "lamp", result.basis["product_type"]
    assert bool(result.classes["mains_lv"]) is mains, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind", "mains"), [
    ("Strichcode Leser approx! 1D-2D-QR", "barcode_scanner", False),
    ("Wireless Barcode Scanner Bluetooth", "barcode_scanner", False),
    ("HP Flatbed Scanner A4", "scanner", True),
])
def test_a_barcode_reader_runs_from_usb_a_flatbed_from_the_mains(classify, title, kind, mains):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert bool(result.classes["mains_lv"]) is mains, result.basis["mains_lv"]


@pytest.mark.parametrize(("title", "kind", "classes"), [
    ("Umhängetasche My Little Pony Wild & free Blau Rosa 16 x 18 x 4 cm", "handbag", {"children_12_under": True}),
    ("Umhängetasche Rainbow High Shine Bunt 16 x 18 x 4 cm", "handbag", {"children_12_under": True}),
    ("Trockenfutter Animonda GranCarno Junior Vögel 1 kg", "pet_supplies", {"children_12_under": False}),
    ("Unisex-Hut Pokémon Trainer 58 cm Schwarz Rot Einheitsgröße", "headwear", {"textile": True, "toy": False}),
    ("Neon-Drahtstreifen OCC Motorsport 3 m Faseroptik", "led_strip", {"eee": True}),
    ("LED-Lampe KSIX 1000 mAh", "lamp", {"mains_lv": False, "battery": True}),
])
def test_more_german_nouns_and_audiences(classify, title, kind, classes):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    for name, value in classes.items():
        assert bool(result.classes[name]) is value, result.basis[name]


@pytest.mark.parametrize("title", ["Sitzschutz Dog Gone Smart Schwarz 137 x 55 cm",
                                   "Germany - Culture Smart! - Barry Tomalin"])
def test_smart_in_a_title_naming_no_kind_is_no_radio(classify, title):
    result = classify(title)
    assert result.product_type is None, result.basis["product_type"]
    assert result.classes["radio"] is not True, result.basis["radio"]


def test_smart_on_a_typed_device_keeps_its_radio(classify):
    assert classify("Smart Plug Socket Works with Alexa").classes["radio"] is True


@pytest.mark.parametrize(("title", "not_kind"), [
    ("SDS-Plus Futter mit Adapter", "pet_supplies"),
    ("Nachttisch Lampe Holz E27", "furniture"),
    ("Bluetooth Headphones Neck Strap", "camera_accessory"),
    ("Tabouret de batterie pour batteur", "battery_pack"),
])
def test_a_word_in_its_other_sense_names_no_kind_of_this_stop(classify, title, not_kind):
    assert classify(title).product_type != not_kind


@pytest.mark.parametrize(("title", "name", "value"), [
    ("Ordner A4 für Schule und Büro", "children_12_under", False),
    ("Power Rangers Lightspeed Rescue Figure", "radio", False),
    ("Wiederaufladbare Tischlampe mit Netzstecker", "mains_lv", True),
])
def test_a_german_context_decides_the_class(classify, title, name, value):
    result = classify(title)
    assert bool(result.classes[name]) is value, result.basis[name]
