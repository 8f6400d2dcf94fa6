"""Reader rules that let a title refine the type its shelf names (issue 9, the reader shapes behind the toy misses).

A textile shelf (fancy dress, clothing, linen) holds playthings sold as dress-up props or gifts: a title that names a
plaything is what the product is, so the shelf's "a costume is clothing" no longer makes it a textile. A title naming
a garment, a mask or a non-plaything on the same shelf keeps the shelf's reading.
"""

from __future__ import annotations

import pytest

COSTUMES = "Toys & Games > Fancy Dress > Costumes"
CAPES = "Toys & Games > Fancy Dress > Accessories > Capes & Wings"
TOPS = "Clothing > Women > Tops & T-Shirts"
CUSHIONS = "Home & Kitchen > Bedding > Cushions"


@pytest.mark.parametrize(
    ("title", "category", "product_type"),
    [
        ("Papo Tyrannosaurus Rex Jungle Playset", COSTUMES, "playset"),
        ("Super Mario Bros Set of 6 Mini Figures 2 inch", COSTUMES, "action_figure"),
        ("Ty Beanie Boos 6-inch Owl Plush (Purple)", CAPES, "plush"),
        ("Aurora 12-inch Cuddly Panda Plush Soft Toy", CUSHIONS, "plush"),
    ],
)
def test_a_plaything_on_a_textile_shelf_is_not_clothing(classify, title, category, product_type):
    result = classify(title, category=category)
    assert result.product_type == product_type, result.basis["product_type"]
    assert result.classes["textile"] is False, result.basis["textile"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        # garments and dress-up pieces on the same shelves stay clothing
        ("Childrens Pirate Captain Costume Age 7-9", COSTUMES),
        ("Red Satin Devil Cape with Hood", CAPES),
        ("Ladies Striped Cotton T-Shirt Size 12", TOPS),
        ("Velvet Square Cushion 45 x 45 cm Grey", CUSHIONS),
    ],
)
def test_a_garment_on_a_textile_shelf_stays_textile(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["textile"] is True, (result.product_type, result.basis["textile"])
