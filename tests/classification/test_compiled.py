"""The compiled classifier modules (setup.py builds them with Cython from the unchanged sources, typed by the
``.pxd`` beside normalise, matcher, classifier, facts and category_reading).

The compiled modules classify exactly as the same source run by the interpreter, and run with their ``.pxd``'s
C types. Whether this environment runs them compiled at all depends on its install (Cython, a C compiler);
tests/test_packaging.py checks that a built wheel does. That a stale extension is never imported, for these and
every other compiled module: tests/test_compiled.py.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from bench import material
from crossguard import compiled
from crossguard.engine.classification import Classifier, ProductText, classifier
from crossguard.engine.classification.facts import RESULT_FIELDS

HERE = Path(classifier.__file__).resolve().parent
PACKAGE = "crossguard.engine.classification"
MODULES = ("normalise", "matcher", "signals", "category_reading", "facts", "classifier")  # in import order


def running() -> list[str]:
    """The classifier's modules that run compiled here (last parts of their names)."""
    return [name.rpartition(".")[2] for name in compiled.compiled_modules() if name.startswith(f"{PACKAGE}.")]


HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: set on a class a class statement made; an extension type has it clear


def typed_by_pxd() -> dict[str, bool]:
    """For each typed module, whether it runs with the C types of its ``.pxd`` (the build found the ``.pxd``): its
    classes are then extension types (Matcher; Classifier, FactBuilder and CategoryReader, speed44; Hit, Candidate and
    Core, speed48), the normaliser's character loop in use."""
    from crossguard.engine.classification import category_reading, facts, matcher, signals  # noqa: PLC0415

    normaliser = sys.modules["crossguard.engine.classification.normalise"]
    return {"matcher": not matcher.Matcher.__flags__ & HEAP_TYPE and not matcher.Hit.__flags__ & HEAP_TYPE,
            "normalise": normaliser.COMPILED, "signals": not signals.Candidate.__flags__ & HEAP_TYPE,
            "classifier": not classifier.Classifier.__flags__ & HEAP_TYPE,
            "facts": not facts.FactBuilder.__flags__ & HEAP_TYPE and not facts.Core.__flags__ & HEAP_TYPE,
            "category_reading": not category_reading.CategoryReader.__flags__ & HEAP_TYPE}


@pytest.mark.skipif(not running(), reason="nothing runs compiled in this environment")
def test_the_compiled_modules_have_the_c_types_of_their_pxd() -> None:
    built = running()
    assert typed_by_pxd() == {name: name in built for name in ("matcher", "normalise", "signals", "classifier", "facts",
                                                                "category_reading")}


def test_run_from_source_the_modules_have_no_c_types() -> None:
    package = _interpreted_package()
    assert not sys.modules[f"{package}.normalise"].COMPILED
    assert sys.modules[f"{package}.matcher"].Matcher.__flags__ & HEAP_TYPE
    assert sys.modules[f"{package}.classifier"].Classifier.__flags__ & HEAP_TYPE


def _interpreted_package() -> str:
    name = "crossguard_classification_interpreted"
    if name not in sys.modules:
        package = types.ModuleType(name)
        package.__path__ = [str(HERE)]
        sys.modules[name] = package
        compiled.load_sources(name, HERE, MODULES)
    return name


def _interpreted() -> type[Classifier]:
    """The classifier package's hot modules loaded from their sources under another package name."""
    return sys.modules[f"{_interpreted_package()}.classifier"].Classifier


TEXTS = [
    ("HP - Pavilion 17.3\" Laptop - AMD A8 - 4GB Memory", None, None),
    ("Phone case compatible with iPhone 15, iPhone 15 Pro", "Mobile Accessories > Cases", "Generic"),
    ("USB charger for Dodge Charger", None, None),
    ("Inflatable pool with hand pump", "Toys & Games > Outdoor Toys", None),
    ("Bburago 1:18 Ferrari SF90 Stradale die-cast model", "Die-Cast Vehicles > Cars", "Bburago"),
    ("Childrenâ€™s Halloween Costume Kids Dinosaur Inflatable", "Costumes", None),
    ("蓝牙音箱 Bluetooth speaker stand", None, None),
    ("儿童玩具车 遥控汽车 适用于3岁以上", "玩具 > 遥控车", None),
    ("Kinder-Fahrrad 16 Zoll für Mädchen, mit Stützrädern", "Spielzeug > Fahrzeuge", "Puky"),
    ("Lampe de chevet LED pour enfants (USB-C, 5V)", None, None),
    ("Funko POP! Marvel: Spider-Man #593 Vinyl Figure", "Toys > Action Figures > Accessories", "Funko"),
    ("Remote control levitation ball", None, None),
    ("10000mAh Power Bank, iPhone15 compatible", "Cables, Chargers & Adapters", "Anker"),
    ("", "Home > Kitchen > Kettles", None),
]


@pytest.mark.skipif(not running(), reason="nothing runs compiled in this environment")
def test_the_compiled_modules_classify_as_their_sources_do() -> None:
    products = [ProductText(title, category=category, brand=brand) for title, category, brand in TEXTS]
    if (material.MATERIAL / "labels").is_dir():
        products += [ProductText(p["title"], category=p.get("category"), brand=p.get("brand"))
                     for p in material.real_catalogs()[::15]]  # about 2,000 real products
    fast, slow = Classifier.from_files(), _interpreted().from_files()
    assert type(fast).__module__ != type(slow).__module__
    for product in products:  # (the two modules' result classes differ: compared by their fields)
        assert _fields(fast.classify(product)) == _fields(slow.classify(product)), product
    for title, _, _ in TEXTS:
        assert list(map(_fields, fast.find_types(title))) == list(map(_fields, slow.find_types(title))), title


def _fields(result: object) -> tuple:
    """A result's (a `TypeResult`, no dataclass since s92) or a dataclass's (a `Mention`) fields, by name."""
    names = getattr(result, "__dataclass_fields__", None) or RESULT_FIELDS
    return tuple(getattr(result, name) for name in names)
