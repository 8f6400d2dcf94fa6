"""One made-up case per matching rule, from both sides: what must match, how strongly, and what must not."""

from __future__ import annotations

from collections.abc import Callable

from crossguard.engine.overrides import ClassificationOverride
from crossguard.watchers.matching import SCHEMA, Matcher, to_json
from tests.matching.conftest import product, recall, strengths

MatcherFactory = Callable[..., Matcher]
POWER_BANK_RECALL = recall(
    "Voltra Recalls Power Banks Due to Fire and Burn Hazards; Sold on Amazon",
    "This recall involves Voltra 10,000mAh portable power banks, model VT-PB41. The model number is printed on "
    "the back.",
)


def test_model_number_is_exact_and_other_models_are_not_strong(make_matcher: MatcherFactory) -> None:
    m = make_matcher([
        product("A", "Voltra Slim Power Bank VT-PB41, Blue", brand="Voltra"),
        product("B", "Voltra Power Bank 20000mAh, Model VT-PB62", brand="Voltra"),
        product("C", "Voltra Power Bank 10000mAh, Black", brand="Voltra"),
        product("D", "Voltra USB-C Cable 2 m", brand="Voltra"),
        product("E", "Ankora Power Bank 10000mAh", brand="Ankora"),
    ])
    r = m.match(POWER_BANK_RECALL)
    s = strengths(r)
    assert s["A"] == "exact" and r.matches[0].sku == "A" and "model number VT-PB41" in r.matches[0].basis[0]
    assert s["B"] == "possible"  # same brand, another model
    assert s["C"] == "strong"  # brand + type, no model on the listing: the seller must check it
    assert "D" not in s  # a brand alone never matches
    assert s["E"] == "possible"  # same type and hazard, another brand
    assert [x.sku for x in r.matches] == ["A", "C", "B", "E"]  # strongest first


def test_model_number_in_the_product_field(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("A", "Slim Power Bank", brand="Voltra", model="VT-PB41"),
                      product("B", "Slim Power Bank", brand="Voltra", model="VT-PB99")])
    assert strengths(m.match(POWER_BANK_RECALL)) == {"A": "exact", "B": "possible"}


def test_short_code_needs_brand_or_type(make_matcher: MatcherFactory) -> None:
    m = make_matcher([
        product("A", "Toolco P113 18V Battery Charger", brand="Toolco"),
        product("B", "P113 Replacement Garden Hose Nozzle", brand="Hosey"),
    ])
    s = strengths(m.match(recall("Toolco Recalls Battery Chargers Due to Fire Hazard",
                                 "This recall involves model P113 chargers.")))
    assert s == {"A": "exact"}


def test_gtin_is_exact(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("G", "Some Lamp", brand="Lumo", gtin="036000291452"),
                      product("H", "Other Lamp", gtin="4006381333931")])
    r = m.match(recall("Lumo Recalls Lamps Due to Fire Hazard", "UPC 036000291452 is printed on the box."))
    assert strengths(r)["G"] == "exact" and r.matches[0].score == 1.0
    assert strengths(r).get("H") != "exact"


def test_brand_alone_never_matches(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("A", "Stevo Stainless Steel Water Bottle", brand="Stevo")])
    assert m.match(recall("Stevo Recalls Electric Kettles Due to Burn Hazard")).matches == []


def test_ordinary_word_brands_need_a_naming_place_and_the_type(make_matcher: MatcherFactory) -> None:
    m = make_matcher([
        product("BRA", "ShowTime Women's T-Shirt Bra", brand="White"),
        product("STOOL", "White Bar Stool, Wood", brand="White"),
        product("CARDS", "Bicycle Standard Playing Cards", brand="Bicycle"),
        product("KINDLE", "Kindle Paperwhite E-Reader", brand="Amazon"),
        product("HL", "Hobby Lobby Wooden Stool", brand="Hobby Lobby"),
    ])
    s = strengths(m.match(recall("Hobby Lobby Recalls White Wood Stools Due to Fall and Injury Hazards")))
    assert s.get("HL") == "strong"
    assert "BRA" not in s and "CARDS" not in s and "KINDLE" not in s and s.get("STOOL") != "strong"
    s = strengths(m.match(recall("Kids Bicycle Helmets Recalled Due to Head Injury; Sold Exclusively on Amazon.com")))
    assert not {"CARDS", "KINDLE"} & set(s)


def test_distinctive_brand_matches_anywhere_with_the_type(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("A", "Zyloo Electric Kettle 1.7 L", brand="Zyloo"),
                      product("B", "Zyloo Toaster 2 Slice", brand="Zyloo")])
    r = m.match(recall("Kettles Recalled Due to Burn Hazard; Manufactured by Ningbo Foo",
                       "This recall involves Zyloo electric kettles."))
    assert strengths(r) == {"A": "strong"}


def test_brand_as_the_start_of_a_company_name(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("A", "Elektra Power Supply 12V", brand="Elektra")])
    r = m.match(recall("Power Supplies Recalled Due to Fire Hazard; Manufactured by Elektra Music Machines"))
    assert strengths(r) == {"A": "strong"}


def test_a_retailer_is_never_the_brand(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("K", "Walmart Mainstays Electric Kettle", brand="Walmart")])
    s = strengths(m.match(recall("Kettles Recalled Due to Burn Hazard; Sold Exclusively at Walmart")))
    assert s.get("K") != "strong"


def test_one_word_never_names_every_childrens_product(make_matcher: MatcherFactory) -> None:
    catalog = [product(f"T{i}", f"Kids Toy Car Set {i}", category="Toys") for i in range(30)]
    catalog += [product(f"P{i}", f"Baby Plush Bear {i}", category="Toys > Plush") for i in range(30)]
    m = make_matcher(catalog)
    assert m.match(recall("Children's Toys Recalled Due to Choking Hazard; Sold on Amazon",
                          "This recall involves children's toys.")).matches == []


def test_brandless_recall_names_the_specific_product_with_the_hazard(make_matcher: MatcherFactory) -> None:
    m = make_matcher([
        product("A", "Magnetic Stick Figures Toy Set, 10 Flexible Magnet Men"),
        product("B", "Stick Figure Family Car Decal Stickers"),
        product("C", "Refrigerator Magnets Fruit Shaped, 12 Pack"),
        product("D", "Stick Figure Action Set, 10 Flexible Men"),  # no magnets: does not fit the hazard
    ])
    r = m.match(recall("Magnetic Stick Figure Sets Recalled Due to Risk of Magnet Ingestion; Sold on Amazon",
                       "This recall involves 10 flexible stick figures. Each figure has four small magnets."))
    assert strengths(r) == {"A": "strong"} and "recall names no brand" in r.matches[0].basis[0]


def test_brandless_match_of_many_skus_is_demoted(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product(f"F{i}", f"Magnetic Stick Figure Set {i}, Flexible") for i in range(40)])
    r = m.match(recall("Magnetic Stick Figure Sets Recalled Due to Magnet Ingestion",
                       "This recall involves flexible stick figures with magnets."))
    assert r.matches and all(x.strength == "possible" for x in r.matches)
    few = make_matcher([product(f"F{i}", f"Magnetic Stick Figure Set {i}, Flexible") for i in range(3)])
    assert {x.strength for x in few.match(recall("Magnetic Stick Figure Sets Recalled Due to Magnet Ingestion",
                                                 "This recall involves flexible stick figures with magnets.")
                                          ).matches} == {"strong"}


def test_qualifier_of_the_recalled_kind(make_matcher: MatcherFactory) -> None:
    m = make_matcher([
        product("H", "32 Below Battery Heated Socks, Unisex", brand="32 Below"),
        product("C", "32 Below Women's Crew Socks, 6 Pack", brand="32 Below"),
    ])
    s = strengths(m.match(recall("32 Below Recalls Heated Socks Due to Burn Hazard")))
    assert s["H"] == "strong" and s.get("C") != "strong"


def test_named_variant_excludes_the_brands_other_variants(make_matcher: MatcherFactory) -> None:
    m = make_matcher([
        product("M", "Skyla Girls Mermaid Costume with Tail", brand="Skyla"),
        product("U", "Skyla Girls Unicorn Costume", brand="Skyla"),
    ])
    s = strengths(m.match(recall("Skyla Children's Costumes Recalled Due to Phthalates; Sold on Amazon",
                                 "This recall involves Skyla-branded mermaid costumes.")))
    assert s["M"] == "strong" and s.get("U") == "possible"


def test_accessory_is_not_the_recalled_product(make_matcher: MatcherFactory) -> None:
    m = make_matcher([
        product("P", "Lumina LED Projector Mini", brand="Lumina"),
        product("B", "Lumina Projector Ceiling Mount Bracket", brand="Lumina"),
        product("W", "Lumina Pressure Washer Surface Cleaner Attachment", brand="Lumina"),
    ])
    assert strengths(m.match(recall("Lumina Recalls LED Projectors Due to Fire Hazard"))) == {"P": "strong"}
    assert strengths(m.match(recall("Lumina Recalls Pressure Washers Due to Shock Hazard"))) == {}


def test_lumped_type_needs_the_same_head_noun(make_matcher: MatcherFactory) -> None:
    m = make_matcher([
        product("SC", "Bissa Handheld Steam Cleaner", brand="Bissa"),
        product("SM", "Bissa PowerFresh Steam Mop", brand="Bissa"),  # steam_cleaner too: another kind
        product("CH", "Tabla Dining Chair, Oak", brand="Tabla"),
        product("TB", "Tabla Dining Table, Oak", brand="Tabla"),
    ])
    assert strengths(m.match(recall("Bissa Recalls Steam Cleaners Due to Burn Hazard"))) == {"SC": "strong"}
    assert strengths(m.match(recall("Tabla Recalls Dining Chairs Due to Fall Hazard"))) == {"CH": "strong"}
    everything = strengths(m.match(recall("Tabla Recalls Furniture Due to Tip-Over Hazard")))
    assert everything == {"CH": "strong", "TB": "strong"}  # "furniture" names every kind of it


def test_noun_after_the_type_word_is_the_kind(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("L", "Jiggo LED Balloon Lights, 100 Pack", brand="Jiggo"),
                      product("B", "Jiggo Latex Balloons 100 Pack", brand="Jiggo")])
    assert strengths(m.match(recall("Jiggo LED Balloon Lights Recalled Due to Battery Ingestion"))) == {"L": "strong"}


def test_general_word_of_a_parent_covers_its_kinds(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("W", "Chargo Wireless Charger Pad 15W", brand="Chargo"),
                      product("B", "Chargo AA Battery Charger", brand="Chargo"),
                      product("U", "Chargo USB Wall Charger 20W", brand="Chargo")])
    assert set(strengths(m.match(recall("Chargo Recalls Chargers Due to Fire Hazard")))) == {"W", "B", "U"}
    assert strengths(m.match(recall("Chargo Recalls Wireless Chargers Due to Fire Hazard"))) == {"W": "strong"}


def test_children_recall_does_not_touch_adult_products(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("K", "Tikka Girls Pajama Set, Long Sleeve", brand="Tikka"),
                      product("W", "Tikka Women's Pajama Set", brand="Tikka")])
    s = strengths(m.match(recall("Children's Pajamas Recalled Due to Burn Hazard; Manufactured by Tikka Fashion")))
    assert s == {"K": "strong"}


def test_markets_of_the_feed_or_the_item(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("US", "Zyloo Kettle", brand="Zyloo"),
                      product("IN", "Zyloo Kettle", brand="Zyloo", markets=("IN",)),
                      product("DE", "Zyloo Kettle", brand="Zyloo", markets=("DE",))])
    assert strengths(m.match(recall("Zyloo Recalls Kettles Due to Burn Hazard"))) == {"US": "strong"}
    assert set(strengths(m.match(recall("Zyloo Recalls Kettles Due to Burn Hazard"), markets=["EU"]))) == {"DE"}


def test_officers_override_decides_the_skus_type(make_matcher: MatcherFactory) -> None:
    catalog = [product("X", "Zyloo Jug 1.7 L", brand="Zyloo")]  # the title does not say kettle
    item = recall("Zyloo Recalls Electric Kettles Due to Burn Hazard")
    assert make_matcher(catalog).match(item).matches == []
    override = ClassificationOverride(product_type="kettle", reason="it is an electric kettle", by="dana")
    assert strengths(make_matcher(catalog, overrides={"X": override}).match(item)) == {"X": "strong"}


def test_json_is_crossguard_match_1(make_matcher: MatcherFactory) -> None:
    m = make_matcher([product("A", "Voltra Slim Power Bank VT-PB41", brand="Voltra")])
    doc = to_json([m.match(POWER_BANK_RECALL), m.match(recall("Nothing we sell", item_id="N"))])
    assert doc["schema"] == SCHEMA == "crossguard.match/1"
    assert doc["items"][0] == {"id": "T", "scope": "skus", "matches": [{
        "sku": "A", "strength": "exact", "score": 1.0,
        "basis": ["model number VT-PB41 in the text", "brand Voltra (recalling company)",
                  "product type power_bank ('power banks')"]}]}
    assert doc["items"][1] == {"id": "N", "scope": "skus", "matches": []}
