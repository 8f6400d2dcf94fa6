"""Stop 69 (issue 9): on a garment's or a linen's shelf, a title naming the shelf's kind beside a plaything word is the
garment (the plaything word is its print, style or fabric); a title naming only the plaything is the plaything."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Tapis enfant Teddy I par Nattiot", "DECO - LINGE - LUMINAIRE > DECORATION DU SOL > TAPIS - DESSO", "rug"),
    ("Mens T Shirt Castle Rock Se XL", "VETEMENTS - LINGERIE > T-SHIRT - DEBARDEUR > T-SHIRT", "t_shirt"),
    ("Wincraft Washington Nationals Ultra Plush 50\" x 60\" Throw Blanket", "Bed & Bath, Blankets & Throws", "bedding"),
    ("Robe de chambre à capuche peluche - Rose",
     "VETEMENTS - LINGERIE > SOUS-VETEMENTS > PYJAMA - CHEMISE DE NUIT", "sleepwear"),
])
def test_a_plaything_word_on_a_garment_or_linen_shelf_is_its_print(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["textile"] is True
    assert result.classes["toy"] is not True, result.basis["toy"]


@pytest.mark.parametrize(("title", "category"), [
    ("Dinosaur Playset with 12 Figures", "Costumes & Accessories"),
    ("Pirate Costume Toy Sword", "Costumes & Accessories"),
    ("Aurora 12-inch Cuddly Panda Plush Soft Toy", "Home & Kitchen > Bedding > Cushions"),
    ("Teddy Bear in Pyjamas Plush 30cm", "Clothing > Sleepwear > Pyjamas"),
    ("Lovey Blanket Stuffed Animal Bunny", "Baby > Nursery > Blankets"),
])
def test_a_plaything_a_textile_shelf_holds_is_the_plaything(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is True, result.basis["product_type"]
    assert result.classes["textile"] is not True



# --- a listing's description (stop 69's probe of the Amazon US 2020 listings outside the blind set) -------------------

def test_a_title_line_names_the_kind_before_a_descriptions_first_noun(classify):
    result = classify("Funko Pop Games: Fortnite - Tomatohead",
                      description="Stylized collectable stands 3 ¾ inches tall, perfect for any Fortnite fan!")
    assert result.product_type == "collectible_figure", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True


def test_a_descriptions_noun_still_names_the_kind_when_the_title_names_none(classify):
    result = classify("Breez 2-in-1", description="A bedroom fan with white noise, on a beige stand")
    assert result.product_type == "fan", result.basis["product_type"]


def test_a_descriptions_interactive_is_no_circuit(classify):
    result = classify("Folkmanis Raven Hand Puppet",
                      description="Interactive hand puppet with a movable beak | Soft plush for storytelling")
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_a_titles_interactive_toy_has_a_circuit(classify):
    result = classify("Interactive Plush Puppy")
    assert result.classes["eee"] is True, result.basis["eee"]


def test_a_descriptions_battery_statement_still_counts(classify):
    result = classify("Folkmanis Raven Hand Puppet", description="Beak lights up | Requires 2 AA batteries (included)")
    assert result.classes["battery"] is True, result.basis["battery"]


# --- wm72: Walmart rows read electrical but not mains -----------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("startech com dvidsmf6 6ft dvi d monitor extension cable", "av_cable"),
    ("clarion 3 5mm stereo mini jack to rca extension cable 40", "av_cable"),
    ("cleaning cards for canon cr series check scanners", "cleaning_kit_electronics"),
    ("iluv ipod nano 6g clear type protective film", "screen_protector"),
    ("sonnet carapace silicone keyboard cover", "screen_protector"),
])
def test_a_signal_lead_a_cleaning_card_or_a_film_has_no_mains(classify, title, kind):
    result = classify(title, category="electronics general")
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["Masterplug 4 Way Extension Cable 2m", "Anchor Heavy Duty Extension Cable 10 m, 6A",
                                   "UK 3 Pin Plug Male to Female Extension Cable 5m 13A"])
def test_a_mains_extension_cable_is_still_a_power_strip(classify, title):
    assert classify(title).classes["mains_lv"] is True


def test_a_back_to_school_drive_bundle_is_no_childrens_product(classify):
    result = classify("back to school hard drive value bundle 3tb 4tb", category="computers")
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


def test_an_amplifiers_wiring_kit_is_no_stereo(classify):
    result = classify("dp audio 1000 watt amplifier installation kit", category="car stereos")
    assert result.classes["radio"] is not True, result.basis["radio"]


# --- mr72: Mercari rows read electrical with no supply -------------------------------------------------------

@pytest.mark.parametrize("title", ["42 Twist Flex Rods", "Perm Rods 12 pcs"])
def test_perm_and_flex_rods_are_unheated_grooming_tools(classify, title):
    result = classify(title, category="Beauty/Tools & Accessories/Hair Styling Tools")
    assert result.product_type == "grooming_tool", result.basis["product_type"]
    assert result.classes["eee"] is not True


def test_a_lace_hem_extender_is_worn_not_an_adapter(classify):
    result = classify("Small Lace Hem Extender", category="Women/Sweaters/Hooded")
    assert result.classes["eee"] is not True and result.classes["textile"] is True
