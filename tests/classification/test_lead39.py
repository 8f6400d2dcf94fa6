"""A dolls' house on a toy shelf is a toy (lead, stop 39, issue 9).

toys39 made `toy_word` skip dolls' house miniatures, because in their titles "toy" names what a 1:12 piece depicts
("Toy Pram"). The same skip dropped the shelf's "Toys" too, so a real dolls' house filed on "Toys & Games > Dolls'
Houses" (the shelf reads `dolls_house_miniature`) lost its toy class: a child's toy with no toy-safety rule. A shelf's
"Toys" names the market again (`toy_shelf_dolls_house`), unless the title gives a collector's scale (1:12).
"""

import pytest

TOY_SHELF = "Toys & Games > Dolls' Houses"
CATALOG_SHELF = "Dolls & Accessories > Dolls' House Dolls & Accessories > Dolls' House Accessories"


@pytest.mark.parametrize("title", ["Barbie Dreamhouse Dollhouse", "KidKraft Wooden Dollhouse with Furniture",
                                   "Wooden Dolls House with Lift and 15 Accessories"])
def test_a_dolls_house_on_a_toy_shelf_is_a_toy(classify, title):
    result = classify(title, category=TOY_SHELF)
    assert result.classes["toy"], result.basis["toy"]
    assert result.classes["children_12_under"], result.basis["children_12_under"]


@pytest.mark.parametrize(("title", "category"), [
    ("Dolls House Miniature Nursery White Wooden Cot 1:12 Scale", TOY_SHELF),  # a collector's scale
    ("Dolls House Miniature 1:12th Scale Dolls Toy Pram", CATALOG_SHELF),  # no "Toys" on the shelf
])
def test_a_collectors_miniature_stays_no_toy(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "dolls_house_miniature", result.basis["product_type"]
    assert not result.classes["toy"], result.basis["toy"]
