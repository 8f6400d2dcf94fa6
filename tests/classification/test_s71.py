"""Stop 71 (issue 9): the Kaufland toy and children's audit (kf73): German words that named a child's goods or a toy
too widely or not at all."""

from __future__ import annotations

import pytest

# --- s71a: a German felt marker is a pen; a children's pack says so -------------------------------------------------

@pytest.mark.parametrize("title", [
    "Filzstifte POSCA PC-5M Blau (6 Stück)",
    "Filzstifte Staedtler Pigment Line Schwarz (10 Stück)",
    "Filzstift Edding 751-54 Silberfarben (10 Stück)",
])
def test_a_german_felt_marker_is_a_pen_not_a_childs_colouring_set(classify, title):
    result = classify(title)
    assert result.product_type == "pen", result.basis["product_type"]
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


@pytest.mark.parametrize("title", ["Filzstifte für Kinder 24 Farben", "Fasermaler 12er Etui", "Buntstifte 24 Stück"])
def test_a_childrens_pack_of_felt_pens_stays_a_childs(classify, title):
    result = classify(title)
    assert result.product_type == "coloured_pencils", result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


# --- s71b: bare wipes are anybody's; a baby's pack says whose ------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Feuchttücher für Bildschirme Ewent EW5612", None),
    ("Rogé Cavaillès Intime Lingettes Fraîcheur Lot de 2",
     "HYGIENE - BEAUTE - PARFUM > HYGIENE INTIME > TOILETTE INTIME - LINGETTES"),
    ("2 Paquet de 5 lingettes antibactérienne", None),
])
def test_bare_wipes_are_no_childrens_product(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "wipes", result.basis["product_type"]
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


@pytest.mark.parametrize("title", ["Lingettes bébé à l'eau 72 pièces", "Baby Feuchttücher sensitiv 4 x 52 Stück",
                                   "Pampers Baby Wipes Sensitive 12 packs"])
def test_a_babys_wipes_stay_baby_care(classify, title):
    """Stop 94: a baby's wipes are a baby's toiletries (a kind of baby care), cosmetics that the CPSA's consumer
    products exclude, so no children's product (test_s94)."""
    result = classify(title)
    assert result.product_type == "baby_toiletries", result.basis["product_type"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


def test_a_steam_mop_sold_with_its_wipes_is_the_mop(classify):
    result = classify("Balai Vapeur Utra puissant 8 en 1 + 4 lingettes",
                      category="ELECTROMENAGER > ENTRETIEN DES SOLS - MAISON > NETTOYEUR VAPEUR")
    assert result.product_type == "steam_cleaner", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


# --- s71c: "for the beach and the pool" is no paddling pool; a folding chair is furniture ---------------------------

@pytest.mark.parametrize("title", ["Marbueno Klappstuhl Stahl Dunkelblau Strand und Pool 187X55X24 cm 10021",
                                   "Camping Klappstuhl Aktive (2 Stück)"])
def test_a_folding_chair_for_beach_and_pool_is_furniture(classify, title):
    result = classify(title)
    assert result.product_type == "furniture", result.basis["product_type"]
    assert result.classes["toy"] is not True, result.basis["toy"]


def test_a_paddling_pool_still_reads_its_kind(classify):
    result = classify("Bestway Planschbecken für Kinder 152 x 30 cm")
    assert result.product_type == "paddling_pool", result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]


# --- s71d: a child's table or chair, a bouncing ball ---------------------------------------------------------------

@pytest.mark.parametrize("title", ["Kindertisch Lifetime Creme Biegsam Picnic 82,5 x 53,5 x 90 cm",
                                   "Kinderstuhl aus Holz", "Kindersitzgruppe mit Tisch und 2 Stühlen"])
def test_a_childs_table_or_chair_is_a_childrens_product(classify, title):
    result = classify(title)
    assert result.product_type == "childrens_furniture", result.basis["product_type"]
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]
    assert result.classes["toy"] is not True, result.basis["toy"]


@pytest.mark.parametrize("title", ["Springende Kugel Peppa Pig Ø 45 cm Blau", "Hüpfball für Kinder 50 cm"])
def test_a_bouncing_ball_is_a_toy(classify, title):
    result = classify(title)
    assert result.product_type == "fidget_toy", result.basis["product_type"]
    assert result.classes["toy"] is True, result.basis["toy"]


# --- s71e: a changing bag is the parent's bag -----------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Wickeltasche Babymoov Abstract grün", None),
    ("Changing Bag Black", None),
    ("Skip hop Skiphop Diaper Bag", "Kids/Diapering/Diaper Bags"),
    ("Diaper Bag Backpack Large Capacity", None),
    ("妈咪包 大容量", None),
])
def test_a_changing_bag_is_no_childrens_product(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "changing_bag", result.basis["product_type"]
    assert result.classes["children_12_under"] is False, result.basis["children_12_under"]


@pytest.mark.parametrize("title", ["Kids Backpack Dinosaur for Toddlers", "Baby Changing Mat Waterproof"])
def test_a_childs_bag_and_a_changing_mat_stay_childrens(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]


# --- s71f: a German mains lead, not any "power cable" ---------------------------------------------------------------

@pytest.mark.parametrize("title", ["Netzkabel für Laptop 1,5m", "Kaltgerätekabel C13 2 m Schwarz"])
def test_a_german_mains_lead_is_a_power_cord(classify, title):
    result = classify(title)
    assert result.product_type == "power_cord", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_german_power_cable_may_be_a_usb_lead(classify):
    result = classify("USB Stromkabel für LED Streifen 5V")
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


# --- review71: what the second read found in stops 70 and 71 --------------------------------------------------------

def test_a_descriptions_electronic_word_leaves_an_inert_shelfs_no_battery(classify):
    result = classify("Fidget Spinner Metal", category="Kids/Toys/Games",
                      description="A screen-free alternative to electronic games")
    assert result.classes["battery"] is False, result.basis["battery"]


@pytest.mark.parametrize(("title", "kind"), [
    ("足部按摩器 木质 滚轮", "foot_spa"),
    ("Foot Spa Soak Salts Peppermint 1kg", "foot_spa"),
    ("Bassine bain de pieds pliable", "foot_spa"),
    ("HDMI Extender 1.5 ft Short", "av_extender"),
    ("Clip On Ring Light for Laptop USB powered", "selfie_light"),
    ("Teeth Whitening Device Refill Gel", "teeth_whitening_light"),
    ("Netzkabel 12V DC für Router", "power_cord"),
])
def test_a_kinds_lookalike_is_not_that_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type != kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
    assert result.classes["battery"] is not True, result.basis["battery"]
