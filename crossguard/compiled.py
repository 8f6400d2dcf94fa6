"""Which modules run as compiled extensions, and never a stale one: the one list of them, and the import hook.

setup.py compiles the hot modules of :data:`COMPILED` with Cython, unchanged (annotation_typing off: the hints stay
hints), when Cython is there; a ``.pxd`` beside a module gives it C types. After the build it records each extension
it made, with its own hash and the hash of the source (``.py`` and ``.pxd``) it was compiled from, in
``_compiled.py`` beside this file (a build's output, not in git). An extension only stands for the source it was
built from and only if it is the very file that build made: a module whose ``.py`` or ``.pxd`` was edited after the
build (an editable install, a checkout of another branch), or whose extension is a leftover of another build (a
wheel built in the same checkout, another Python), is loaded from its ``.py`` instead, so what runs is always what
the source says (slower until the next ``pip install``). With ``CROSSGUARD_PURE_PYTHON=1`` (not 0, false, no
or off), every one is loaded from its ``.py`` (to profile them, or to time them against the compiled ones).

The choice is made by an import hook (:class:`SourceWhenStale`) that ``crossguard/__init__.py`` installs, so it
is in place before any module of any layer is imported, and each module is checked only when it is first imported.
setup.py loads this file alone (the package is not installed yet): the list it compiles and the hashes it records
are the ones checked here.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType

#: import name -> source file (relative to the project's root) of each module setup.py compiles
COMPILED: dict[str, str] = {
    # the classifier (branch classify20; normalise and matcher typed by their .pxd, classify21)
    "crossguard.engine.classification.normalise": "engine/classification/normalise.py",
    "crossguard.engine.classification.matcher": "engine/classification/matcher.py",
    # the classifier split in modules of one job each (branch split36): a signal's candidate, category paths, facts
    "crossguard.engine.classification.signals": "engine/classification/signals.py",
    "crossguard.engine.classification.category_reading": "engine/classification/category_reading.py",
    "crossguard.engine.classification.facts": "engine/classification/facts.py",
    "crossguard.engine.classification.classifier": "engine/classification/classifier.py",
    # the check's path: a listing's facts, the memo and its parts, finding plans and findings (branch cyeng)
    "crossguard.engine.engine_json": "engine/engine_json.py",
    "crossguard.engine.operators": "engine/operators.py",
    "crossguard.engine.conditions": "engine/conditions.py",
    "crossguard.engine.listing_facts": "engine/listing_facts.py",
    "crossguard.engine.finding_builder": "engine/finding_builder.py",
    "crossguard.engine.plan_cache": "engine/plan_cache.py",
    "crossguard.engine.match_memo": "engine/match_memo.py",
    "crossguard.engine.match_parts": "engine/match_parts.py",
    "crossguard.engine.durable_host": "engine/durable_host.py",
    "crossguard.engine.evaluator": "engine/evaluator.py",
    # a scan worker's rows (fingerprints, hashes and contents of an entry's findings)
    "crossguard.register.scan.rows": "register/scan/rows.py",
}
#: (s93) module -> the modules of :data:`COMPILED` (in its own package) whose extension types its ``.pxd`` cimports.
#: Compiled, such a module checks those types when it is imported, and fails to import where one of them runs from its
#: source (a stale extension: :class:`SourceWhenStale`); so it runs compiled only where each of them does, else from
#: its own source too. tests/test_compiled.py holds this map to the ``.pxd`` files' cimports.
CIMPORTS: dict[str, tuple[str, ...]] = {
    "crossguard.engine.classification.signals": ("crossguard.engine.classification.matcher",),
    "crossguard.engine.classification.category_reading": (
        "crossguard.engine.classification.matcher", "crossguard.engine.classification.signals"),
    "crossguard.engine.classification.classifier": (
        "crossguard.engine.classification.matcher", "crossguard.engine.classification.signals",
        "crossguard.engine.classification.facts", "crossguard.engine.classification.category_reading"),
}
PURE_PYTHON = "CROSSGUARD_PURE_PYTHON"
_OFF = frozenset({"", "0", "false", "no", "off"})


def pure_python_requested() -> bool:
    """Whether ``CROSSGUARD_PURE_PYTHON`` asks for the sources (any value but empty, 0, false, no or off: `=0` read
    as "set" ran every module from source, silently slower). setup.py asks it too (none is built)."""
    return os.environ.get(PURE_PYTHON, "").strip().lower() not in _OFF


def recorded_builds() -> dict[str, dict[str, str]]:
    """Module import name -> what the build recorded of its extension (``source_sha256``, ``extension``: the file's
    name, ``extension_sha256``); empty when nothing was built."""
    try:
        from crossguard._compiled import BUILT  # type: ignore[import-not-found]
    except ImportError:
        return {}
    return dict(BUILT)


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_source_hash(source: Path) -> str:
    """What a build of the module `source` (a ``.py``) was made from: the ``.py`` and, when there is one, the
    ``.pxd`` beside it that gives its C types, so an edit to either makes the extension stale. (Without a ``.pxd``,
    the ``.py``'s own hash.) setup.py records it with this very function."""
    pxd = source.with_suffix(".pxd")
    if not pxd.is_file():
        return source_hash(source)
    return hashlib.sha256(source.read_bytes() + b"\0" + pxd.read_bytes()).hexdigest()


def extension_of(directory: Path, name: str) -> Path | None:
    """The compiled extension of module `name` (its last part) in `directory`, if one was built."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = directory / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def is_stale(source: Path, extension: Path, build: Mapping[str, str]) -> bool:
    """Whether `extension` is not the one the recorded `build` made from `source` (and its ``.pxd``) as they are now."""
    return (build.get("extension") != extension.name or build.get("extension_sha256") != source_hash(extension)
            or build.get("source_sha256") != build_source_hash(source))


class SourceWhenStale(importlib.abc.MetaPathFinder):
    """Import hook: a module of :data:`COMPILED` whose extension is stale (or every one, `pure`), or one of whose
    cimported modules (:data:`CIMPORTS`) runs from its source, is found as its ``.py``; any other import is left to
    the import system, which prefers an extension to a source."""

    def __init__(self, recorded: Mapping[str, Mapping[str, str]], *, pure: bool) -> None:
        self.recorded, self.pure = recorded, pure
        self._decided: dict[Path, bool] = {}  # a module's source file -> `_runs_source` (each extension hashed once)

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in COMPILED or not path:
            return None
        name = fullname.rpartition(".")[2]
        for folder in path:
            directory = Path(folder)
            source = directory / f"{name}.py"
            if not source.is_file():
                continue
            if extension_of(directory, name) is None or not self._runs_source(fullname, directory):
                return None  # nothing compiled here (the pure-Python install), or the extension is current
            return importlib.util.spec_from_file_location(fullname, source)
        return None

    def _runs_source(self, fullname: str, directory: Path) -> bool:
        """Whether module `fullname` of `directory` runs from its ``.py``: it has no extension there, or that is stale
        (or pure Python is asked for), or a module it cimports (:data:`CIMPORTS`, in the same folder) runs so."""
        source = directory / f"{fullname.rpartition('.')[2]}.py"
        if source not in self._decided:
            extension = extension_of(directory, source.stem)
            self._decided[source] = (
                extension is None or self.pure or is_stale(source, extension, self.recorded.get(fullname, {}))
                or any(self._runs_source(other, directory) for other in CIMPORTS.get(fullname, ())))
        return self._decided[source]


def install() -> None:
    """Put the hook first on ``sys.meta_path`` (once); ``crossguard/__init__.py`` calls it."""
    if not any(isinstance(finder, SourceWhenStale) for finder in sys.meta_path):
        pure = pure_python_requested()
        sys.meta_path.insert(0, SourceWhenStale({} if pure else recorded_builds(), pure=pure))


def load_sources(package: str, directory: Path, names: Iterable[str]) -> None:
    """Import each module of `names` (last parts) from its ``.py`` in `directory` as a submodule of `package`,
    whatever is compiled (tests run a module's source beside its extension under another package name)."""
    for name in names:
        full = f"{package}.{name}"
        spec = importlib.util.spec_from_file_location(full, directory / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[full]
            raise
        setattr(sys.modules[package], name, module)  # as the import system does for a submodule


def compiled_modules() -> list[str]:
    """The modules of :data:`COMPILED` that run compiled in this process, each imported first (benchmarks print
    it; tests check it)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    running = []
    for name in COMPILED:
        module = importlib.import_module(name)
        if getattr(module, "__file__", "").endswith(suffixes):
            running.append(name)
    return running
