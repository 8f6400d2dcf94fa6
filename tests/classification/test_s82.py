"""Stop 82 (issue 9): a European children's shoe size that ends a title, and the vocabulary rounds of stop 82, each
tested both ways."""

from __future__ import annotations

import pytest

from crossguard.engine.classification import classifier
from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary

TRAINERS = "CHAUSSURES - ACCESSOIRES > BASKET - SPORTSWEAR > BASKET"
SLIPPERS = "CHAUSSURES - ACCESSOIRES > CHAUSSURES DETENTE > CHAUSSON - PANTOUFLE"
SANDALS = "CHAUSSURES - ACCESSOIRES > CHAUSSURES DE VILLE > SANDALE - NU-PIEDS"
FLIP_FLOPS = "CHAUSSURES - ACCESSOIRES > CHAUSSURES DE VILLE > TONG"
ANKLE_BOOTS = "CHAUSSURES - ACCESSOIRES > BOTTES - BOTTINES > BOTTINE - BOOTS"
SPORT_SHOES = "SPORT (NEW) > CHAUSSANT > CHAUSSURE"


def _on(result, *classes: str) -> bool:
    return all(result.classes[name] is True for name in classes)


# --- a European children's shoe size that ends the title (`title_end_number`) ---------------------------------------


@pytest.mark.parametrize(("title", "category"), [
    ("Chaussures NIKE 28", TRAINERS), ("Babybotte Azele grise et ro 21", TRAINERS),
    ("Chaussons Boots 30/31", SLIPPERS), ("SANDALES BEIGE 25", SANDALS), ("Tongs Brésiliennes 33", FLIP_FLOPS),
    ("Adidas Cross'Em 2 k... 30", SPORT_SHOES), ("Sandales/Bottillons garco 23", SANDALS),
    ("Bottes Low Boots Bottines C 34", ANKLE_BOOTS), ("Baskets 28-29", TRAINERS), ("Chaussures pointure 28 bleu", ""),
])
def test_a_shoe_whose_title_ends_in_a_childs_size_is_a_childrens_product(classify, title, category):
    result = classify(title, category=category or None)
    assert result.classes["children_12_under"] is True, result.basis["children_12_under"]
    assert result.classes["toy"] is not True


@pytest.mark.parametrize(("title", "category"), [
    ("Tongs Brasil 35", FLIP_FLOPS), ("Monderer Design Boots-Bot 40", ANKLE_BOOTS), ("Chaussons 34/35", SLIPPERS),
    ("Chaussures Palladium Femme 34", TRAINERS), ("Chaussures de running Asics Gel Nimbus 23", ""),
    ("Chaussures de basket Nike LeBron 18", ""), ("Baskets 15", TRAINERS),
    ("Sac de sport 28", ""), ("Chaussures 2 28 36", ""),
])
def test_an_adult_size_a_model_number_or_no_shoe_stays_undecided(classify, title, category):
    result = classify(title, category=category or None)
    assert result.classes["children_12_under"] is not True, result.basis["children_12_under"]


def test_the_size_is_named_in_the_basis(classify):
    result = classify("Chaussons Boots 30/31", category=SLIPPERS)
    assert "'30/31'" in result.basis["children_12_under"]


def _edited(tmp_path, old: str, new: str):
    text = classifier.DEFAULT_TYPES.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "product_types.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_the_loader_refuses_a_range_upside_down(tmp_path):
    path = _edited(tmp_path, "      low: 16\n      high: 34\n", "      low: 34\n      high: 16\n")
    with pytest.raises(VocabularyError, match="low 34 is above high 16"):
        load_vocabulary(path)


def test_the_loader_refuses_an_end_number_not_read_in_the_title(tmp_path):
    old = ("    excludes: [adult_audience, adult_audience_shelf, adults_only]\n    read_in: [title]\n"
           "    only_types: [shoes, boots, sandals]\n")
    path = _edited(tmp_path, old, old.replace("read_in: [title]", "read_in: [category]"))
    with pytest.raises(VocabularyError, match="title_end_number"):
        load_vocabulary(path)
