"""Toy and children's product on real catalogs, second pass (toys40, issue 9).

Each group has the case that changed on main 978b51c and a look-alike that must keep its reading:
- a brand field that names a toy line by its specific kind ("Ty Beanie Boos", "Paddington Bear", "Lite Brix") is
  kept in a title that names no other type (blanking it left the product untyped); a title that names its own type,
  a maker's name with a generic or other kind ("Keel Toys", "Micro Chargers"), a kind that begins a name ("Bear
  Grylls") and a brand in a category path stay blanked;
- on a mug, a decoration, a picture or a scent a person word ("Girl", "Baby", "Child") names what the print or
  figure shows, not the buyer; a buyer word ("for Kids", "Nursery"), a shelf's person word and the same person word
  on a garment or a bottle still read children's.
"""

import pytest

from crossguard.engine.classification import TypeResult

MUGS = "Kitchen & Dining >> Coffee Mugs >> Rockmantra Coffee Mugs"
BABY_CUPS = "Baby Care >> Feeding & Nursing >> Cups & Sippers"
SHOWPIECES = "Home Decor & Festive Needs >> Showpieces >> Ethnic"


def assert_childrens_toy(result: TypeResult, product_type: str) -> None:
    """The reading is a toy of this type made for children."""
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["toy"], result.basis["toy"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


# -- a brand field naming a toy line --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "brand", "product_type"),
    [
        ("Ty Beanie Boos - Jinxy the Cat Halloween", "Ty Beanie Boos", "plush"),
        ("Ty Beanie Boos Slush the Husky 15cm", "Ty Beanie Boos", "plush"),
        ("Classic Cuddly Paddington Bear by Rainbow Designs (colours vary)", "Paddington Bear", "plush"),
    ],
)
def test_a_brand_naming_the_toy_line_is_the_titles_noun(classify, title, brand, product_type):
    assert_childrens_toy(classify(title, brand=brand), product_type)


def test_a_title_naming_its_own_type_still_has_the_line_blanked(classify):
    result = classify("Beanie Boos Phone Case for iPhone 6", brand="Beanie Boos")
    assert result.product_type == "device_case", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize(
    ("title", "brand"),
    [
        ("Micro Chargers Jump Track", "Micro Chargers"),  # a charger is no toy line
        ("Keel Toys 30cm Dalmatian", "Keel Toys"),  # a generic kind in a maker's name
        ("Jet Creations AN-KAN4 48in.L Inflatable Kangaroo", "Jet Creations"),
        ("Bear Grylls Ultimate Pro Fixed Blade", "Bear Grylls"),  # a kind's word that begins a person's name
        ("Teddy Hermann 29cm Wolf Sitting", "Teddy Hermann"),
    ],
)
def test_a_makers_name_with_a_generic_or_other_kind_stays_blanked(classify, title, brand):
    """No title word names the type (a toy maker's brand may: the weakest signal, stop 42's `names_type`)."""
    result = classify(title, brand=brand)
    assert result.product_type is None or result.signal == "brand", result.basis["product_type"]
    assert "title word" not in result.basis["product_type"]


def test_a_brand_in_a_category_path_stays_blanked(classify):
    # (Flipkart's paths for some sellers are the title cut short)
    result = classify("Threads & Pals Full Sleeve Printed, Solid Men's Sweatshirt",
                      category="Threads & Pals Full Sleeve Printed, Solid Men's Swe...", brand="Threads & Pals")
    assert result.product_type == "sweater", result.basis["product_type"]


# -- a person word on pictured goods --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Rockmantra Cute Baby Smile Ceramic Mug", MUGS),
        ("Rockmantra Cool Girl Face Ceramic Mug", MUGS),
        ("Lal Haveli Wooden Table Decor Mother & Baby Elephant Painted Showpiece", SHOWPIECES),
        ("Furncoms Man With Child Showpiece - 32 cm", SHOWPIECES),
        ("Mother Mary & Baby Jesus Paper Print Poster", None),
        ("Hey You Cute Girl And Nice to wear Deo Combo Set", None),
    ],
)
def test_a_person_word_on_pictured_goods_names_the_subject(classify, title, category):
    result = classify(title, category=category)
    assert not result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Returnfavors Cartoon shaped Coffee For Kids Ceramic Mug", MUGS),  # the buyer, after "for"
        ("Kids Room Wall Decor Showpiece", None),
        ("Nursery Prints Set of 3 Poster", None),
        ("Munchkin Mighty Grip Trainer Cup", BABY_CUPS),  # the shelf's person word
        ("Stainless Steel Cup", BABY_CUPS),
    ],
)
def test_a_buyer_word_or_a_childrens_shelf_still_reads_childrens(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(
    "title",
    [
        "Girls Cotton Printed Dress",  # a garment's person word is its wearer
        "Baby Boy Cotton Romper",
    ],
)
def test_a_person_word_on_other_kinds_still_reads_childrens(classify, title):
    result = classify(title)
    assert result.classes["children_12_under"], result.basis["children_12_under"]
