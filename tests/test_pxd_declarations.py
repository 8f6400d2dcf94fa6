"""Every attribute a compiled extension type sets on `self` is declared in its augmenting ``.pxd`` (checks44).

setup.py compiles a module with a ``.pxd`` beside it with Cython, and a ``cdef class`` the ``.pxd`` declares becomes an
extension type: its attributes are C fields, and it has no instance dict. An attribute the ``.py`` sets on `self`
that the ``.pxd`` does not declare then raises AttributeError, in the compiled build only: the interpreter, which
runs the same ``.py`` as an ordinary class, never shows it (stop 43's fault). This test reads the sources with `ast`
(no compiler needed), so it fails wherever it runs.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_SKIP = {"build", "dist", "node_modules", "__pycache__"}
_CDEF_CLASS = re.compile(r"^cdef\s+class\s+(\w+)")
_FIELD = re.compile(r"^\s+cdef\s+(?:(?:public|readonly)\s+)?(.+?)\s*(?:#.*)?$")


def pxd_files() -> list[Path]:
    """The ``.pxd`` files beside a ``.py`` in the source tree (not in hidden or build folders)."""
    found = []
    for pxd in sorted(ROOT.rglob("*.pxd")):
        parts = pxd.relative_to(ROOT).parts[:-1]
        if any(part.startswith(".") or part in _SKIP for part in parts):
            continue
        if pxd.with_suffix(".py").is_file():
            found.append(pxd)
    return found


def declared_fields(pxd_text: str) -> dict[str, set[str]]:
    """Each ``cdef class`` of a ``.pxd`` -> the names of its declared fields (``cdef [public|readonly] TYPE a, b``).
    Methods (``cpdef``/``cdef`` with a parameter list) and decorators are not fields."""
    classes: dict[str, set[str]] = {}
    current: str | None = None
    for line in pxd_text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        head = _CDEF_CLASS.match(line)
        if head:
            current = head.group(1)
            classes[current] = set()
            continue
        if not line[0].isspace():
            current = None
            continue
        field = _FIELD.match(line)
        if current is None or field is None or "(" in field.group(1):
            continue
        first, *rest = (part.strip() for part in field.group(1).split(","))
        names = [first.split()[-1], *rest]  # the type precedes the first name only
        classes[current].update(name for name in names if name.isidentifier())
    return classes


def self_attributes(cls: ast.ClassDef) -> set[str]:
    """The attributes a class's methods assign on `self` (plain, annotated, augmented and unpacking assignments)."""
    found: set[str] = set()

    def collect(target: ast.expr) -> None:
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "self":
            found.add(target.attr)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                collect(element)
        elif isinstance(target, ast.Starred):
            collect(target.value)

    for node in ast.walk(cls):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                collect(target)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            collect(node.target)
        elif isinstance(node, (ast.For, ast.With)):
            targets = [node.target] if isinstance(node, ast.For) else [i.optional_vars for i in node.items]
            for target in targets:
                if target is not None:
                    collect(target)
    return found


def undeclared(py_path: Path, pxd_path: Path) -> list[tuple[str, str]]:
    """(class, attribute) for each attribute a ``cdef class`` of the ``.pxd`` sets on `self` in the ``.py`` that the
    ``.pxd`` does not declare."""
    fields = declared_fields(pxd_path.read_text(encoding="utf-8"))
    tree = ast.parse(py_path.read_text(encoding="utf-8"), filename=str(py_path))
    missing = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name in fields:
            for name in sorted(self_attributes(node) - fields[node.name]):
                missing.append((node.name, name))
    return missing


def test_the_source_tree_has_typed_modules() -> None:
    """The check below reads something: the classifier's modules are typed by a ``.pxd`` (speed44 added three)."""
    names = {path.relative_to(ROOT).as_posix() for path in pxd_files()}
    assert {f"engine/classification/{name}.pxd" for name in ("matcher", "normalise", "classifier", "facts",
                                                             "category_reading")} <= names


@pytest.mark.parametrize("pxd", pxd_files(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_attribute_set_on_self_is_declared(pxd: Path) -> None:
    missing = undeclared(pxd.with_suffix(".py"), pxd)
    assert not missing, "; ".join(
        f"{pxd.with_suffix('.py').relative_to(ROOT)}: class {cls} sets self.{name}, which {pxd.name} does not declare "
        f"(the compiled extension type has no instance dict: AttributeError in the built wheel only)"
        for cls, name in missing)


def test_the_matcher_declares_its_fields() -> None:
    """The parser reads the real declarations: Matcher's fields, one per line or several after one type."""
    fields = declared_fields((ROOT / "engine/classification/matcher.pxd").read_text(encoding="utf-8"))
    assert {"vocab", "_device", "_automaton", "_brand_automaton", "_generic"} <= fields["Matcher"]
    assert "read" not in fields["Matcher"] and "head" not in fields["Matcher"]


def test_an_undeclared_attribute_is_named(tmp_path: Path) -> None:
    """Stop 43's fault on a copy: matcher.pxd without `_device`, which Matcher.__init__ sets."""
    source = ROOT / "engine/classification/matcher.py"
    pxd_text = (ROOT / "engine/classification/matcher.pxd").read_text(encoding="utf-8")
    without, dropped = re.subn(r",\s*_device\b|\b_device\s*,\s*", "", pxd_text, count=1)  # wherever it is listed
    assert dropped == 1
    (tmp_path / "matcher.py").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "matcher.pxd").write_text(without, encoding="utf-8")
    assert undeclared(tmp_path / "matcher.py", tmp_path / "matcher.pxd") == [("Matcher", "_device")]


def test_a_new_attribute_in_any_method_is_named(tmp_path: Path) -> None:
    """An attribute first set outside __init__ (a cache filled later, an unpacking) counts too; a module-level class
    the ``.pxd`` does not declare (a plain Python class in the compiled module) has its instance dict and is ignored."""
    (tmp_path / "m.pxd").write_text("cdef class Reader:\n    cdef public object vocab\n    cdef readonly dict _seen\n",
                                    encoding="utf-8")
    (tmp_path / "m.py").write_text(
        "class Reader:\n"
        "    def __init__(self, vocab):\n"
        "        self.vocab = vocab\n"
        "        self._seen: dict = {}\n"
        "    def warm(self):\n"
        "        self._cache, self._hits = {}, 0\n"
        "        self._hits += 1\n"
        "class Plain:\n"
        "    def __init__(self):\n"
        "        self.anything = 1\n", encoding="utf-8")
    assert undeclared(tmp_path / "m.py", tmp_path / "m.pxd") == [("Reader", "_cache"), ("Reader", "_hits")]


_CPDEF = re.compile(r"^\s+cpdef\s+(?:[\w.]+\s+)?(\w+)\s*\(", re.MULTILINE)
_CLOSURES = (ast.GeneratorExp, ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)


def closures_in_cpdef(py_path: Path, pxd_path: Path) -> list[tuple[str, int]]:
    """(method, line) of each generator expression, lambda or nested function inside a method the ``.pxd`` declares
    ``cpdef``. Cython refuses them there ("closures inside cpdef functions not yet supported"), and setup.py then
    installs every hot module as Python (its designed fallback), so nothing fails but speed: stop 55's merge hit it
    with an ``all(... for hit in types)``. List comprehensions are no closures to Cython and stay allowed."""
    methods = set(_CPDEF.findall(pxd_path.read_text(encoding="utf-8")))
    tree = ast.parse(py_path.read_text(encoding="utf-8"), filename=str(py_path))
    found = []
    for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
        for method in cls.body:
            if isinstance(method, ast.FunctionDef) and method.name in methods:
                found += [(method.name, inner.lineno) for inner in ast.walk(method)
                          if isinstance(inner, _CLOSURES) and inner is not method]
    return found


@pytest.mark.parametrize("pxd", pxd_files(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_no_cpdef_method_holds_a_closure(pxd: Path) -> None:
    found = closures_in_cpdef(pxd.with_suffix(".py"), pxd)
    assert not found, "; ".join(f"{pxd.with_suffix('.py').relative_to(ROOT)}:{line}: {name} is cpdef in {pxd.name} "
                                "and holds a closure (Cython refuses it: the build installs as Python)"
                                for name, line in found)


def test_a_generator_in_a_cpdef_method_is_named(tmp_path: Path) -> None:
    (tmp_path / "m.pxd").write_text("cdef class Reader:\n    cpdef read(self, text)\n    cdef object _scan(self)\n",
                                    encoding="utf-8")
    (tmp_path / "m.py").write_text(
        "class Reader:\n"
        "    def read(self, text):\n"
        "        words = [w for w in text.split()]\n"
        "        return all(w.isalpha() for w in words)\n"
        "    def _scan(self):\n"
        "        return any(x for x in ())\n", encoding="utf-8")
    assert closures_in_cpdef(tmp_path / "m.py", tmp_path / "m.pxd") == [("read", 4)]
