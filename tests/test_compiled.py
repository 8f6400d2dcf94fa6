"""The compiled hot modules (setup.py builds those `crossguard/compiled.py` lists with Cython, from the unchanged
sources): what runs must be what the source says, and the compiled check gives the outputs its source gives.

An extension built from another version of its ``.py`` (or ``.pxd``) is never imported (the import hook of
``compiled.py``); ``CROSSGUARD_PURE_PYTHON=1`` runs every one from source. Whether this environment runs them
compiled at all depends on its install (Cython, a C compiler); tests/test_packaging.py checks that a built wheel
does. The classifier's own checks (its ``.pxd`` types, its outputs) are in tests/classification/test_compiled.py.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crossguard import compiled

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
ROOT = Path(__file__).resolve().parents[1]
RUNNING = compiled.compiled_modules()
needs_build = pytest.mark.skipif(not RUNNING, reason="nothing runs compiled in this environment")


def _source(name: str) -> Path:
    return Path(importlib.import_module(name).__file__).with_name(f"{name.rpartition('.')[2]}.py")


def _build(directory: Path, name: str) -> dict[str, str]:
    """What setup.py records of a build of `name` (a last part) in `directory` (tests fake the extension's bytes)."""
    extension = directory / f"{name}{SUFFIX}"
    return {"source_sha256": compiled.build_source_hash(directory / f"{name}.py"), "extension": extension.name,
            "extension_sha256": compiled.source_hash(extension)}


def test_the_list_names_each_module_by_its_source() -> None:
    """One list for setup.py and the import hook: each entry's import name is its source's place in the tree
    (``crossguard.<folder>...`` -> ``<folder>/...py``, as setup.py's package_dir maps them)."""
    for name, source in compiled.COMPILED.items():
        assert (ROOT / source).is_file(), source
        assert name == "crossguard." + source.removesuffix(".py").replace("/", "."), name


@needs_build
def test_every_module_runs_compiled_when_built() -> None:
    assert RUNNING == list(compiled.COMPILED)


@needs_build
def test_every_compiled_module_is_recorded_with_its_source_and_extension() -> None:
    recorded = compiled.recorded_builds()
    for name in RUNNING:
        source = _source(name)
        extension = compiled.extension_of(source.parent, source.stem)
        assert extension is not None and recorded[name]["extension"] == extension.name, name
        assert recorded[name]["source_sha256"] == compiled.build_source_hash(source), name
        assert recorded[name]["extension_sha256"] == compiled.source_hash(extension), name


@needs_build
def test_every_compiled_module_is_stale_once_its_source_changes(tmp_path: Path) -> None:
    """Each module's real source and extension, copied: current as built; stale after a one-character edit."""
    recorded = compiled.recorded_builds()
    for name in RUNNING:
        source = _source(name)
        extension = compiled.extension_of(source.parent, source.stem)
        assert extension is not None
        folder = tmp_path / name
        folder.mkdir()
        for path in (source, extension, source.with_suffix(".pxd")):
            if path.is_file():
                shutil.copyfile(path, folder / path.name)
        copy, built = folder / source.name, folder / extension.name
        assert not compiled.is_stale(copy, built, recorded[name]), name
        copy.write_bytes(copy.read_bytes() + b"\n")
        assert compiled.is_stale(copy, built, recorded[name]), name


def test_an_extension_of_another_source_is_stale(tmp_path: Path) -> None:
    (tmp_path / "matcher.py").write_text("X = 1\n")
    (tmp_path / f"matcher{SUFFIX}").write_bytes(b"built from X = 1")  # only its bytes are looked at
    built = _build(tmp_path, "matcher")
    extension = tmp_path / f"matcher{SUFFIX}"
    assert not compiled.is_stale(tmp_path / "matcher.py", extension, built)
    (tmp_path / "matcher.py").write_text("X = 2\n")  # edited after the build
    assert compiled.is_stale(tmp_path / "matcher.py", extension, built)
    assert compiled.is_stale(tmp_path / "matcher.py", extension, {})  # a build that recorded nothing


def test_an_extension_is_stale_when_the_pxd_that_typed_it_changed(tmp_path: Path) -> None:
    """A module's ``.pxd`` (its C types) is part of what the extension was built from: an edit to it alone, or a
    ``.pxd`` added or removed, makes the extension stale too."""
    source, extension = tmp_path / "matcher.py", tmp_path / f"matcher{SUFFIX}"
    source.write_text("X = 1\n")
    (tmp_path / "matcher.pxd").write_text("cdef int X\n")
    extension.write_bytes(b"built from X = 1, typed")
    built = _build(tmp_path, "matcher")
    assert built["source_sha256"] != compiled.source_hash(source)
    assert not compiled.is_stale(source, extension, built)
    (tmp_path / "matcher.pxd").write_text("cdef long X\n")
    assert compiled.is_stale(source, extension, built)
    (tmp_path / "matcher.pxd").unlink()
    assert compiled.is_stale(source, extension, built)


def test_an_extension_another_build_left_behind_is_stale(tmp_path: Path) -> None:
    """A source edited, then another build (a wheel in the same checkout) recorded the new source; the extension in
    the tree is still the old one, so it must not be taken for the new source."""
    source, extension = tmp_path / "matcher.py", tmp_path / f"matcher{SUFFIX}"
    source.write_text("X = 1\n")
    extension.write_bytes(b"built from X = 1")
    source.write_text("X = 2\n")
    elsewhere = tmp_path / "wheel-build"
    elsewhere.mkdir()
    (elsewhere / "matcher.py").write_text("X = 2\n")
    (elsewhere / f"matcher{SUFFIX}").write_bytes(b"built from X = 2")
    recorded = _build(elsewhere, "matcher")  # the other build's record, source hash now current
    assert not compiled.is_stale(elsewhere / "matcher.py", elsewhere / f"matcher{SUFFIX}", recorded)
    assert compiled.is_stale(source, extension, recorded)
    extension.write_bytes(b"built from X = 2")  # the same bytes under another Python's name
    recorded["extension"] = "matcher.cpython-312-x86_64-linux-gnu.so"
    assert compiled.is_stale(source, extension, recorded)


@pytest.fixture
def stale_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package whose listed module has an "extension" that is not one (garbage bytes): importing the
    extension fails, so a module that imports was found as its source by the hook."""
    package = tmp_path / "stalepkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "matcher.py").write_text("from .helper import VALUE\nX = VALUE + 1\n")
    (package / f"matcher{SUFFIX}").write_bytes(b"not an extension")
    (package / "helper.py").write_text("VALUE = 41\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(compiled.COMPILED, "stalepkg.matcher", "stalepkg/matcher.py")
    for name in ("stalepkg", "stalepkg.matcher", "stalepkg.helper"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    return package


def test_the_hook_imports_a_stale_module_from_its_source(stale_package: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "meta_path", [compiled.SourceWhenStale({}, pure=False), *sys.meta_path])
    import stalepkg.matcher  # noqa: PLC0415

    assert stalepkg.matcher.X == 42 and stalepkg.matcher.__file__ == str(stale_package / "matcher.py")


def test_the_hook_leaves_a_current_extension_to_the_import_system(stale_package: Path) -> None:
    recorded = {"stalepkg.matcher": _build(stale_package, "matcher")}
    assert compiled.SourceWhenStale(recorded, pure=False).find_spec("stalepkg.matcher", [str(stale_package)]) is None
    spec = compiled.SourceWhenStale(recorded, pure=True).find_spec("stalepkg.matcher", [str(stale_package)])
    assert spec is not None and spec.origin == str(stale_package / "matcher.py")  # pure Python asked for
    assert compiled.SourceWhenStale({}, pure=True).find_spec("stalepkg.helper", [str(stale_package)]) is None


def test_a_module_runs_from_its_source_where_a_module_it_cimports_does(stale_package: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """s93: compiled, a module whose ``.pxd`` cimports another's extension types checks them when it is imported, so it
    cannot run beside that module's source: a current extension whose cimported module is stale, or has no
    extension, is found as its ``.py`` too."""
    (stale_package / "reader.py").write_text("X = 1\n")
    (stale_package / f"reader{SUFFIX}").write_bytes(b"built from X = 1")
    monkeypatch.setitem(compiled.COMPILED, "stalepkg.reader", "stalepkg/reader.py")
    monkeypatch.setitem(compiled.CIMPORTS, "stalepkg.reader", ("stalepkg.matcher",))
    reader = {"stalepkg.reader": _build(stale_package, "reader")}
    current = {**reader, "stalepkg.matcher": _build(stale_package, "matcher")}
    assert compiled.SourceWhenStale(current, pure=False).find_spec("stalepkg.reader", [str(stale_package)]) is None
    spec = compiled.SourceWhenStale(reader, pure=False).find_spec("stalepkg.reader", [str(stale_package)])
    assert spec is not None and spec.origin == str(stale_package / "reader.py")  # the matcher is stale
    (stale_package / f"matcher{SUFFIX}").unlink()
    spec = compiled.SourceWhenStale(current, pure=False).find_spec("stalepkg.reader", [str(stale_package)])
    assert spec is not None and spec.origin == str(stale_package / "reader.py")  # the matcher is not compiled


def test_the_cimports_are_the_pxd_files_own() -> None:
    """:data:`compiled.CIMPORTS` names, for each module, the modules its ``.pxd`` cimports, all in its own package."""
    found = {}
    for name, source in compiled.COMPILED.items():
        pxd = (ROOT / source).with_suffix(".pxd")
        text = pxd.read_text(encoding="utf-8") if pxd.is_file() else ""
        cimported = set(re.findall(r"^from (\S+) cimport", text, re.MULTILINE))
        if cimported:
            found[name] = cimported
            assert all(other.rpartition(".")[0] == name.rpartition(".")[0] for other in cimported), name
    assert found == {name: set(others) for name, others in compiled.CIMPORTS.items()}


def test_the_hook_is_installed_once_and_first() -> None:
    compiled.install()
    hooks = [finder for finder in sys.meta_path if isinstance(finder, compiled.SourceWhenStale)]
    assert len(hooks) == 1 and sys.meta_path.index(hooks[0]) < len(sys.meta_path) - 1


@needs_build
def test_pure_python_on_request() -> None:
    code = "from crossguard import compiled; print(compiled.compiled_modules())"
    for pure, expected in (("1", "[]"), ("", str(RUNNING)), ("0", str(RUNNING))):  # =0 is not "set"
        env = {**os.environ, "CROSSGUARD_PURE_PYTHON": pure}
        ran = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert ran.stdout.strip() == expected


#: every check, decision, evaluation and scan row of the examples and a synthetic catalog, listing by listing and
#: whole entries, at two dates, with the memo and without: one sha256 (printed with the modules that ran compiled).
#: The synthetic catalog's 64 products are each of its 8 kinds 8 times over, in 5 markets, with certificates, EPR
#: numbers and representatives drawn at random (150 products were 2.3 times the synthetic work; both fire the same
#: 40 rules)
OUTPUTS = """
import hashlib, sys
from datetime import date
from pathlib import Path
sys.path.insert(0, {root!r})
from bench.check_bench import singles
from bench.synthetic import synthetic_catalog
from crossguard import compiled
from crossguard.engine.catalog import load_catalog
from crossguard.engine.evaluator import Evaluator
from crossguard.register.scan.rows import entry_rows
examples = [e for n in ("catalog.yaml", "catalog.csv", "toys.yaml")
            for e in load_catalog([Path({root!r}) / "examples" / n]).entries]
digest = hashlib.sha256()
for entries in (examples, synthetic_catalog(64)):
    for memo in (4096, 0):
        for at in (date(2025, 3, 1), date(2026, 11, 25)):
            evaluator = Evaluator.from_paths(None)
            evaluator.memo.size = memo
            for entry in singles(entries, cold=False):
                for verdict in evaluator.check_entry(entry, at):
                    digest.update(verdict.model_dump_json().encode())
            for entry in entries:
                for verdict in evaluator.check_entry(entry, at):
                    digest.update(verdict.model_dump_json().encode())
                for decided in evaluator.decide_entry(entry, at):
                    digest.update(f"{{decided.subject}}{{decided.decision}}{{[o.rule.id for o in decided.matched]}}"
                                  .encode())
                for finding in evaluator.evaluate_entry(entry, at):
                    digest.update(finding.model_dump_json().encode())
                digest.update(repr(entry_rows(evaluator.decide_entry(entry, at))).encode())
print(len(compiled.compiled_modules()), digest.hexdigest())
"""


@needs_build
def test_the_compiled_modules_check_as_their_sources_do() -> None:
    outputs = []
    for pure in ("", "1"):
        env = {**os.environ, "CROSSGUARD_PURE_PYTHON": pure, "PYTHONHASHSEED": "0"}
        ran = subprocess.run([sys.executable, "-c", OUTPUTS.format(root=str(ROOT))], env=env, capture_output=True,
                             text=True, check=True, timeout=600)
        outputs.append(ran.stdout.split())
    (compiled_count, compiled_digest), (pure_count, pure_digest) = outputs
    assert (int(compiled_count), int(pure_count)) == (len(RUNNING), 0)
    assert compiled_digest == pure_digest


@pytest.mark.parametrize(("value", "pure"), [("1", True), ("yes", True), ("", False), ("0", False),
                                             ("false", False), ("Off", False), (" no ", False)])
def test_pure_python_is_asked_by_a_value_that_says_so(monkeypatch: pytest.MonkeyPatch, value: str,
                                                      pure: bool) -> None:
    """`CROSSGUARD_PURE_PYTHON=0` ran every module from source (any value counted as set)."""
    monkeypatch.setenv(compiled.PURE_PYTHON, value)
    assert compiled.pure_python_requested() is pure
