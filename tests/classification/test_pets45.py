"""pets45: the pet versions of baby gear (strollers, playpens, car seats, gates, nappies, training pads) are pet
supplies, not children's products, and a finger cot is first aid, not a baby's cot. Tree45 found them as Google
shelves (Pet Strollers, Pet Playpens, Dog Diapers, Finger Cots) whose typical titles read as the baby article."""

from __future__ import annotations

import pytest

from crossguard.engine.classify import Classifier
from crossguard.engine.models import Product


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.default()


def reading(classifier: Classifier, title: str, category: str | None = None) -> dict:
    return classifier.classify(Product(sku="t", title=title, category=category)).values


@pytest.mark.parametrize("title", [
    "Pet Stroller for Small Dogs and Cats, Foldable 4 Wheels",
    "Dog Stroller with Storage Basket",
    "Cat Stroller Zipperless Entry",
    "Dog Playpen 8 Panels Exercise Pen 24 Inch",
    "Exercise Pen for Puppies, Metal",
    "Pet Car Seat for Small Dogs, Washable",
    "Pet Safety Gate for Stairs, Extra Wide",
    "Dog Diapers Female Washable, 3 Pack",
    "Puppy Pads 100 Pack Leak-Proof",
    "Puppy Training Pads Extra Large",
    "宠物推车 小型犬 可折叠",
    "宠物围栏 8片 室内",
    "Hundebuggy faltbar für kleine Hunde",
    "Poussette pour chien pliable",
])
def test_pet_gear_is_pet_supplies_not_a_childrens_product(classifier: Classifier, title: str) -> None:
    values = reading(classifier, title)
    assert values["product_type"] == "pet_supplies", title
    assert not values["children_12_under"] and not values["toy"], title


@pytest.mark.parametrize("title", [
    "Stroller for Dogs and Cats, Lightweight",
    "Washable Diapers for Dogs, 3 Pack",
    "Car Seat for Dogs Small Breeds",
])
def test_baby_gear_for_a_pet_named_after_the_noun_is_no_childrens_product(classifier: Classifier, title: str) -> None:
    assert not reading(classifier, title)["children_12_under"], title


@pytest.mark.parametrize("title", ["Finger Cots Latex 100 pcs", "Fingertip Protectors Gel, 20 Pack"])
def test_a_finger_cot_is_first_aid(classifier: Classifier, title: str) -> None:
    values = reading(classifier, title)
    assert values["product_type"] == "health_care" and not values["children_12_under"], title


@pytest.mark.parametrize(("title", "kind"), [
    ("Baby Stroller Lightweight Travel System", "baby_gear"),
    ("Baby Playpen with Mat, Foldable", "baby_gear"),
    ("Baby Gate for Stairs, Pressure Fit", "baby_gear"),
    ("Travel Cot with Mattress", "baby_gear"),
    ("Baby Diapers Size 3, 120 Count", "baby_care"),
    ("婴儿车 轻便 可折叠", "baby_gear"),
])
def test_baby_gear_stays_a_childrens_product(classifier: Classifier, title: str, kind: str) -> None:
    values = reading(classifier, title)
    assert values["product_type"] == kind and values["children_12_under"], title


@pytest.mark.parametrize("title", ["Ballpoint Pen Blue Ink, 10 Pack", "Paw Patrol Puppy Pups Figure Pack"])
def test_lookalikes_keep_their_reading(classifier: Classifier, title: str) -> None:
    assert reading(classifier, title)["product_type"] != "pet_supplies", title
