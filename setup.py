"""Packaging: install the top-level folders under the one import name ``crossguard``.

The folders stay where the architecture puts them (engine/, register/, watchers/, accounts/, notifiers/,
service/, rules/); setuptools' ``package_dir`` maps each to ``crossguard.<folder>``. Sub-packages are
found here rather than listed by hand, so a new sub-package cannot be left out of the wheel.
Metadata lives in pyproject.toml.

The hot modules listed in ``crossguard/compiled.py`` (``COMPILED``: the classifier's, the check's path, a scan
worker's rows) are also compiled with Cython, unchanged, as optional extension modules: the same source run as C
takes about a fifth off a cold classification (issue 9) and off a check's first listing (issue 14;
docs/performance.md), and a ``.pxd`` beside a module (Cython's "augmenting" ``.pxd``) gives its hot loops C types
without changing the ``.py``. They are optional twice over: without Cython, or with ``CROSSGUARD_PURE_PYTHON=1``,
none is built, and a failed compile leaves the pure-Python modules in place. The extensions compile in parallel
(one job per CPU). After the build, each extension is recorded with the hash of the source it was compiled from
and its own hash (``crossguard/_compiled.py``, see ``compiled.py`` there): a module edited after the build, or an
extension another build left behind (a wheel built in the same checkout, another Python), is imported from its
source, never as a stale extension.
"""

import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext

LAYER_FOLDERS = ("engine", "register", "watchers", "accounts", "notifiers", "service", "rules")
HERE = Path(__file__).resolve().parent
RECORD = Path("crossguard") / "_compiled.py"  # relative to the tree (editable install) or the build's lib dir (wheel)
SOURCE_SHA256: dict[str, str] = {}  # module -> hash of the source cythonize compiled (this run)

package_dir = {"crossguard": "crossguard"}
packages = ["crossguard", *(f"crossguard.{name}" for name in find_packages("crossguard"))]
for folder in LAYER_FOLDERS:
    package_dir[f"crossguard.{folder}"] = folder
    packages += [f"crossguard.{folder}", *(f"crossguard.{folder}.{name}" for name in find_packages(folder))]


def _load_hashing():
    """``crossguard/compiled.py``, loaded alone (the package is not installed yet): the modules to compile are its
    list, and the hashes a build records are made by the very functions that check them at import."""
    spec = importlib.util.spec_from_file_location("_crossguard_compiled", HERE / "crossguard/compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HASHING = _load_hashing()
# import name (under crossguard.) -> source file: compiled as they are (no .pyx; C types only in a .pxd beside one)
COMPILED: dict[str, str] = HASHING.COMPILED


def compiled_extensions() -> list:
    """The Cython extensions of :data:`COMPILED`, or none (no Cython, or pure Python asked for)."""
    if HASHING.pure_python_requested():
        return []
    try:
        from Cython.Build import cythonize
        from setuptools import Extension
    except ImportError:
        return []
    SOURCE_SHA256.update({name: HASHING.build_source_hash(HERE / source) for name, source in COMPILED.items()})
    # -g0: no debug information in the extensions (Python's own CFLAGS ask for -g). It changes nothing that runs and
    # takes about a third off each compile (gcc on the classifier's 1.7 MB of C: 27 s -> 17 s of CPU)
    flags = ["-g0"] if os.name == "posix" else []
    extensions = [Extension(name, [source], optional=True, extra_compile_args=flags)
                  for name, source in COMPILED.items()]
    with tempfile.TemporaryDirectory() as include:
        # annotation_typing off: the type hints stay hints (Python semantics exactly, ints unbounded); force: the C
        # is always made from the source as it is now, never taken from an older run by its timestamp
        try:
            return cythonize(extensions, compiler_directives={"language_level": 3, "annotation_typing": False},
                             quiet=True, force=True, include_path=[_pxd_tree(Path(include))],
                             nthreads=os.cpu_count() or 1)
        except Exception as error:  # noqa: BLE001 - Cython refusing a source or .pxd: install as Python
            # `optional=True` covers only the C compiler; a Cython error would otherwise fail the whole install
            print(f"crossguard: the hot modules stay Python (Cython: {error})", file=sys.stderr)
            return []


def _pxd_tree(root: Path) -> str:
    """A folder where Cython finds each module's augmenting ``.pxd`` (its C types) under the module's import name.

    Cython looks a module's ``.pxd`` up by its full name (``crossguard/engine/...``), but the sources sit in the
    tree as ``engine/...`` (see ``package_dir``): the ``.pxd`` beside each source is copied to where the name
    points.
    """
    for name, source in COMPILED.items():
        pxd = (HERE / source).with_suffix(".pxd")
        if pxd.is_file():
            target = root.joinpath(*name.split(".")).with_suffix(".pxd")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pxd, target)
    return str(root)


class RecordingBuildExt(build_ext):
    """build_ext that records, after building, each extension it made: its file, its hash and its source's hash.

    The record goes where the extensions go: the source tree for an editable install (setuptools copies the
    extensions there), the build's package folder for a wheel. An extension that failed to build (they are
    optional) is left out, so a leftover from an earlier build is never taken for it: each extension is looked for
    where this build writes it (the build's lib folder, emptied of it first), never in the tree, which keeps the
    last editable install's extension when a compile fails (and a wheel's ``build/lib`` keeps the last wheel's).
    """

    def finalize_options(self) -> None:
        super().finalize_options()
        if not self.parallel:  # the extensions are independent: compile them side by side
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        # where this build writes each extension (setuptools copies it into the tree from there when in place)
        outputs = {ext.name: Path(self.build_lib) / self.get_ext_filename(self.get_ext_fullname(ext.name))
                   for ext in self.extensions}
        for path in outputs.values():
            path.unlink(missing_ok=True)  # an earlier build's: a compile that fails now must leave nothing here
        super().run()
        built = {}
        for ext in self.extensions:
            path = outputs[ext.name]
            if ext.name in SOURCE_SHA256 and path.is_file():
                built[ext.name] = {"source_sha256": SOURCE_SHA256[ext.name], "extension": path.name,
                                   "extension_sha256": HASHING.source_hash(path)}
        text = ('"""Written by setup.py after a build: each module built as a Cython extension (see compiled.py)."""'
                f"\n\nBUILT = {built!r}\n")
        targets = [Path(self.build_lib) / RECORD]
        if self.inplace or getattr(self, "editable_mode", False):
            targets.append(HERE / RECORD)
        for target in targets:
            if target.parent.is_dir():
                target.write_text(text, encoding="utf-8")


setup(package_dir=package_dir, packages=packages, ext_modules=compiled_extensions(),
      cmdclass={"build_ext": RecordingBuildExt})
