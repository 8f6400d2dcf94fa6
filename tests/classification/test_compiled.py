"""The compiled classifier modules (setup.py builds them with Cython from the unchanged sources).

What runs must be what the source says: an extension built from another version of its ``.py`` is never
imported (``compiled.py``), and the compiled modules classify exactly as the same source run by the
interpreter. Whether this environment runs them compiled at all depends on its install (Cython, a C compiler);
tests/test_packaging.py checks that a built wheel does.
"""

from __future__ import annotations

import importlib.machinery
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from bench import material
from crossguard.engine.classification import Classifier, ProductText, compiled

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
HERE = Path(compiled.__file__).resolve().parent


def test_a_module_runs_compiled_only_when_built_from_its_source_as_it_is() -> None:
    recorded = compiled.recorded_builds()
    for name in compiled.compiled_modules():
        assert recorded[name]["source_sha256"] == compiled.build_source_hash(HERE / f"{name}.py"), name
        extension = compiled.extension_of(HERE, name)
        assert extension is not None and recorded[name]["extension_sha256"] == compiled.source_hash(extension), name


def _build(directory: Path, name: str) -> dict[str, str]:
    """What setup.py records of a build of `name` in `directory` (tests fake the extension's bytes)."""
    extension = directory / f"{name}{SUFFIX}"
    return {"source_sha256": compiled.build_source_hash(directory / f"{name}.py"), "extension": extension.name,
            "extension_sha256": compiled.source_hash(extension)}


def test_an_extension_of_another_source_is_stale(tmp_path: Path) -> None:
    (tmp_path / "matcher.py").write_text("X = 1\n")
    (tmp_path / f"matcher{SUFFIX}").write_bytes(b"built from X = 1")  # only its bytes are looked at
    (tmp_path / "normalise.py").write_text("Y = 1\n")  # no extension: nothing to prefer
    built = {"matcher": _build(tmp_path, "matcher")}
    assert compiled.stale_modules(tmp_path, ["matcher", "normalise"], built) == []
    (tmp_path / "matcher.py").write_text("X = 2\n")  # edited after the build
    assert compiled.stale_modules(tmp_path, ["matcher", "normalise"], built) == ["matcher"]
    assert compiled.stale_modules(tmp_path, ["matcher"], {}) == ["matcher"]  # a build that recorded nothing


def test_an_extension_is_stale_when_the_pxd_that_typed_it_changed(tmp_path: Path) -> None:
    """A module's ``.pxd`` (its C types) is part of what the extension was built from: an edit to it alone, or a
    ``.pxd`` added or removed, makes the extension stale too."""
    (tmp_path / "matcher.py").write_text("X = 1\n")
    (tmp_path / "matcher.pxd").write_text("cdef int X\n")
    (tmp_path / f"matcher{SUFFIX}").write_bytes(b"built from X = 1, typed")
    built = {"matcher": _build(tmp_path, "matcher")}
    assert built["matcher"]["source_sha256"] != compiled.source_hash(tmp_path / "matcher.py")
    assert compiled.stale_modules(tmp_path, ["matcher"], built) == []
    (tmp_path / "matcher.pxd").write_text("cdef long X\n")
    assert compiled.stale_modules(tmp_path, ["matcher"], built) == ["matcher"]
    (tmp_path / "matcher.pxd").unlink()
    assert compiled.stale_modules(tmp_path, ["matcher"], built) == ["matcher"]


def test_an_extension_another_build_left_behind_is_stale(tmp_path: Path) -> None:
    """The review's case: a source edited, then another build (a wheel in the same checkout) recorded the new
    source; the extension in the tree is still the old one, so it must not be taken for the new source."""
    (tmp_path / "matcher.py").write_text("X = 1\n")
    (tmp_path / f"matcher{SUFFIX}").write_bytes(b"built from X = 1")
    (tmp_path / "matcher.py").write_text("X = 2\n")
    elsewhere = tmp_path / "wheel-build"
    elsewhere.mkdir()
    (elsewhere / "matcher.py").write_text("X = 2\n")
    (elsewhere / f"matcher{SUFFIX}").write_bytes(b"built from X = 2")
    recorded = {"matcher": _build(elsewhere, "matcher")}  # the other build's record, source hash now current
    assert compiled.stale_modules(elsewhere, ["matcher"], recorded) == []
    assert compiled.stale_modules(tmp_path, ["matcher"], recorded) == ["matcher"]
    (tmp_path / f"matcher{SUFFIX}").write_bytes(b"built from X = 2")  # the same bytes under another Python's name
    recorded["matcher"]["extension"] = "matcher.cpython-312-x86_64-linux-gnu.so"
    assert compiled.stale_modules(tmp_path, ["matcher"], recorded) == ["matcher"]


def test_a_stale_module_is_loaded_from_its_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "stalepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "matcher.py").write_text("from .helper import VALUE\nX = VALUE + 1\n")
    (package / "helper.py").write_text("VALUE = 41\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("stalepkg", "stalepkg.matcher", "stalepkg.helper"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    import stalepkg  # noqa: PLC0415

    compiled.load_sources("stalepkg", package, ["matcher"])
    assert sys.modules["stalepkg.matcher"].X == 42 and stalepkg.matcher.X == 42
    assert sys.modules["stalepkg.matcher"].__file__ == str(package / "matcher.py")


@pytest.mark.skipif(not compiled.compiled_modules(), reason="nothing runs compiled in this environment")
def test_pure_python_on_request() -> None:
    code = "from crossguard.engine.classification import compiled; print(compiled.compiled_modules())"
    for pure, expected in (("1", "[]"), ("", str(compiled.compiled_modules()))):
        env = {**os.environ, "CROSSGUARD_PURE_PYTHON": pure}
        ran = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert ran.stdout.strip() == expected


HEAP_TYPE = 1 << 9  # Py_TPFLAGS_HEAPTYPE: set on a class a class statement made; an extension type has it clear


def typed_by_pxd() -> dict[str, bool]:
    """For each typed module, whether it runs with the C types of its ``.pxd`` (the build found the ``.pxd``): the
    matcher's Matcher is then an extension type, the normaliser's character loop in use."""
    from crossguard.engine.classification import matcher  # noqa: PLC0415

    normaliser = sys.modules["crossguard.engine.classification.normalise"]
    return {"matcher": not matcher.Matcher.__flags__ & HEAP_TYPE, "normalise": normaliser.COMPILED}


@pytest.mark.skipif(not compiled.compiled_modules(), reason="nothing runs compiled in this environment")
def test_the_compiled_modules_have_the_c_types_of_their_pxd() -> None:
    running = compiled.compiled_modules()
    assert typed_by_pxd() == {"matcher": "matcher" in running, "normalise": "normalise" in running}


def test_run_from_source_the_modules_have_no_c_types() -> None:
    package = _interpreted_package()
    assert not sys.modules[f"{package}.normalise"].COMPILED
    assert sys.modules[f"{package}.matcher"].Matcher.__flags__ & HEAP_TYPE


def _interpreted_package() -> str:
    name = "crossguard_classification_interpreted"
    if name not in sys.modules:
        package = types.ModuleType(name)
        package.__path__ = [str(HERE)]
        sys.modules[name] = package
        compiled.load_sources(name, HERE, compiled.MODULES)
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


@pytest.mark.skipif(not compiled.compiled_modules(), reason="nothing runs compiled in this environment")
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
    return tuple(getattr(result, name) for name in result.__dataclass_fields__)  # type: ignore[attr-defined]
