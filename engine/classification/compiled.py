"""Which of the classifier's modules run as compiled extensions, and never a stale one.

setup.py compiles the hot modules (normaliser, matcher, classifier) with Cython, unchanged, when Cython is
there (the normaliser and the matcher typed by the ``.pxd`` beside them), and after the build records each
extension it made, with its own hash and the hash of the source (``.py`` and ``.pxd``) it was compiled from, in
``_compiled.py`` (a build's output, not in git). An extension only stands for the source it was built from and only
if it is the very file that build made: a module whose ``.py`` or ``.pxd`` was edited after the build (an editable
install, a checkout of another branch), or whose extension is a leftover of another build (a wheel built in the
same checkout, another Python), is loaded from its ``.py`` instead, so what runs is always what the source says
(slower until the next ``pip install``). :func:`prefer_current_sources` runs in
the package's ``__init__`` before any of them is imported.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

MODULES = ("normalise", "matcher", "classifier")  # in the order they import each other
_HERE = Path(__file__).resolve().parent


def recorded_builds() -> dict[str, dict[str, str]]:
    """Module name (``normalise``...) -> what the build recorded of its extension (``source_sha256``,
    ``extension``: the file's name, ``extension_sha256``); empty when nothing was built."""
    try:
        from ._compiled import BUILT  # type: ignore[import-not-found]
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
    """The compiled extension of module `name` in `directory`, if one was built."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = directory / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def stale_modules(directory: Path, names: Iterable[str], recorded: Mapping[str, Mapping[str, str]]) -> list[str]:
    """The modules with an extension that is not the one the recorded build made from their ``.py`` (and ``.pxd``)
    as they are now."""
    stale = []
    for name in names:
        source, extension = directory / f"{name}.py", extension_of(directory, name)
        if extension is None or not source.is_file():
            continue  # nothing compiled (the pure-Python case), or no source to compare with (an extension alone)
        build = recorded.get(name, {})
        if (build.get("extension") != extension.name or build.get("extension_sha256") != source_hash(extension)
                or build.get("source_sha256") != build_source_hash(source)):
            stale.append(name)
    return stale


def load_sources(package: str, directory: Path, names: Iterable[str]) -> None:
    """Import each module of `names` from its ``.py``, ahead of the import system's choice of the extension."""
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


def prefer_current_sources(package: str) -> None:
    """Load from its ``.py`` each of :data:`MODULES` whose extension is stale (see the module's docstring), or
    every one with ``CROSSGUARD_PURE_PYTHON`` set (to profile them, or to time them against the compiled ones)."""
    recorded = {} if os.environ.get("CROSSGUARD_PURE_PYTHON") else recorded_builds()
    stale = stale_modules(_HERE, MODULES, recorded)
    if stale:
        load_sources(package, _HERE, stale)


def compiled_modules() -> list[str]:
    """The modules of :data:`MODULES` that run compiled in this process (benchmarks print it; tests check it)."""
    package = __name__.rpartition(".")[0]
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [name for name in MODULES
            if getattr(sys.modules.get(f"{package}.{name}"), "__file__", "").endswith(suffixes)]
