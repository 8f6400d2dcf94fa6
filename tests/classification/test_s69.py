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
    ("Aurora 12-inch Cuddly Panda Plush Soft Toy", "Home & Kitchen > Bedding > Cushions"),
])
def test_a_plaything_a_textile_shelf_holds_is_the_plaything(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["toy"] is True, result.basis["product_type"]
    assert result.classes["textile"] is not True

