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

Each extension a build makes is also kept in a build cache (``$CROSSGUARD_BUILD_CACHE``, else
``$XDG_CACHE_HOME/crossguard-build``, else ``~/.cache/crossguard-build``; ``off``, 0, false or no for none) under a
hash of everything it was made from: its ``.py``, every ``.pxd``, this file and ``crossguard/compiled.py``, Cython's
version, the Python it is for and the C compiler, its version and its flags (``CC``, ``CFLAGS`` and the rest, from
the environment and from Python's build). A later build of the very same inputs (the packaging test's wheel, right
after ``make install`` built the editable install; a reinstall after editing one module) copies the extension from
the cache instead of translating and compiling it again; a module whose inputs changed in any way is built. Only the
most recently used files are kept.
"""

import contextlib
import hashlib
import importlib.util
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext

LAYER_FOLDERS = ("engine", "register", "watchers", "accounts", "notifiers", "service", "rules")
HERE = Path(__file__).resolve().parent
RECORD = Path("crossguard") / "_compiled.py"  # relative to the tree (editable install) or the build's lib dir (wheel)
SOURCE_SHA256: dict[str, str] = {}  # module -> hash of the source cythonize compiled (this run)
BUILD_CACHE = "CROSSGUARD_BUILD_CACHE"
CACHE_KEEP = 120  # extensions kept in the build cache, the most recently used (17 a full build, 5 MB in all)
DIRECTIVES = {"language_level": 3, "annotation_typing": False}  # Cython's, for every module
CACHE_KEYS: dict[str, str] = {}  # module -> its extension's key in the build cache (this run)
CACHED: set[str] = set()  # modules whose extension this run copies from the build cache (not translated, not compiled)

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
    """The Cython extensions of :data:`COMPILED`, or none (no Cython, or pure Python asked for).

    Each is still its ``.py`` here: Cython translates it when ``build_ext`` runs (:meth:`RecordingBuildExt.run`),
    not each time pip runs this file (it does for the build's requirements and its metadata too, and every run
    translated all 17 modules again), and not at all when the build cache holds its extension (:func:`cache_key`).
    The largest modules come first: the compiles run side by side (``build_ext`` in parallel), and the longest
    one started last would leave one core idle until it ends (the classifier's C takes gcc about 33 s of CPU).
    """
    if HASHING.pure_python_requested():
        return []
    try:
        import Cython
        from setuptools import Extension
    except ImportError:
        return []
    SOURCE_SHA256.update({name: HASHING.build_source_hash(HERE / source) for name, source in COMPILED.items()})
    # -g0: no debug information in the extensions (Python's own CFLAGS ask for -g). It changes nothing that runs and
    # takes about a third off each compile (gcc on the classifier's 1.7 MB of C: 27 s -> 17 s of CPU)
    flags = ["-g0"] if os.name == "posix" else []
    order = sorted(COMPILED, key=lambda name: -(HERE / COMPILED[name]).stat().st_size)
    cache = build_cache()
    if cache is not None:
        common = _common_inputs(Cython.__version__, DIRECTIVES, flags)
        CACHE_KEYS.update({name: cache_key(common, SOURCE_SHA256[name]) for name in order})
        CACHED.update(name for name in order if _is_file(_cached_file(cache, CACHE_KEYS[name])))
    return [Extension(name, [COMPILED[name]], optional=True, extra_compile_args=flags) for name in order]


def translate(extensions: list) -> list:
    """The extensions with their C, translated by Cython from their sources (and the ``.pxd`` beside each)."""
    from Cython.Build import cythonize

    with tempfile.TemporaryDirectory() as include:
        # annotation_typing off: the type hints stay hints (Python semantics exactly, ints unbounded); force: the C
        # is always made from the source as it is now, never taken from an older run by its timestamp
        return cythonize(extensions, compiler_directives=DIRECTIVES, quiet=True, force=True,
                         include_path=[_pxd_tree(Path(include))], nthreads=os.cpu_count() or 1)


def build_cache() -> Path | None:
    """The build cache's folder (see the module's doc), or None when it is turned off."""
    value = os.environ.get(BUILD_CACHE, "").strip()
    if value.lower() in ("off", "0", "false", "no"):
        return None
    if value:
        return Path(value)
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "crossguard-build"
    except RuntimeError:  # no home folder to be found: no cache
        return None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a cache folder this user may not read: a miss
        return False


def _compiler_version(command: str) -> str:
    try:
        ran = subprocess.run([*shlex.split(command)[:1], "--version"], capture_output=True, text=True, timeout=60)
    except (OSError, ValueError, subprocess.SubprocessError):
        return "unknown"
    return ran.stdout


def _common_inputs(cython_version: str, directives: dict, flags: list[str]) -> str:
    """What every extension of this build is made from, besides its own source: the build's code (this file and
    compiled.py), every ``.pxd``, Cython, the Python the extension is for, and the compiler with all its flags."""
    config = ("CC", "CXX", "CFLAGS", "CCSHARED", "LDSHARED", "LDFLAGS", "CPPFLAGS", "OPT", "BASECFLAGS",
              "EXT_SUFFIX", "SOABI", "INCLUDEPY")
    environment = ("CC", "CPP", "CFLAGS", "CPPFLAGS", "LDFLAGS", "LDSHARED", "ARFLAGS", "CROSSGUARD_PURE_PYTHON")
    pxds = sorted((HERE / source).with_suffix(".pxd") for source in COMPILED.values())
    inputs = {
        "build": [HASHING.source_hash(HERE / "setup.py"), HASHING.source_hash(HERE / "crossguard/compiled.py")],
        "pxd": {str(path.relative_to(HERE)): HASHING.source_hash(path) for path in pxds if path.is_file()},
        "cython": cython_version, "directives": directives, "flags": flags,
        "python": [sys.version, sys.implementation.cache_tag, platform.machine(), platform.system()],
        "config": {name: sysconfig.get_config_var(name) for name in config},
        "environment": {name: os.environ.get(name) for name in environment},
        "compiler": _compiler_version(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"),
    }
    return json.dumps(inputs, sort_keys=True, default=str)


def cache_key(common: str, source_sha256: str) -> str:
    """An extension's key in the build cache: its source (``.py`` and ``.pxd``) and the build's common inputs."""
    return hashlib.sha256(f"{source_sha256}\0{common}".encode()).hexdigest()


def _cached_file(cache: Path, key: str) -> Path:
    return cache / f"{key}{sysconfig.get_config_var('EXT_SUFFIX') or '.so'}"


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

    def build_extension(self, ext) -> None:
        """Copy the extension from the build cache when it holds it; else build it and keep it there."""
        cache = build_cache()
        key = CACHE_KEYS.get(ext.name)
        target = Path(self.get_ext_fullpath(ext.name))
        if cache is not None and key is not None and ext.name in CACHED:
            cached = _cached_file(cache, key)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(cached, target)
            except OSError:  # gone since (another build pruned it), or unreadable: translate and compile after all
                target.unlink(missing_ok=True)
                ext.sources = translate([ext])[0].sources
            else:
                with contextlib.suppress(OSError):
                    os.utime(cached)  # recently used: kept
                return
        super().build_extension(ext)
        if cache is not None and key is not None and target.is_file():
            try:
                cache.mkdir(parents=True, exist_ok=True)
                partial = cache / f".{key}.{os.getpid()}.part"
                shutil.copyfile(target, partial)
                os.replace(partial, _cached_file(cache, key))  # whole or not at all, whoever builds beside
            except OSError as error:  # a cache that cannot be written is no cache: the build stands
                print(f"crossguard: build cache not written ({error})", file=sys.stderr)

    def _prune_cache(self) -> None:
        cache = build_cache()
        if cache is None or not cache.is_dir():
            return
        kept = sorted(cache.glob(f"*{sysconfig.get_config_var('EXT_SUFFIX') or '.so'}"),
                      key=lambda path: path.stat().st_mtime, reverse=True)
        for old in kept[CACHE_KEEP:]:
            old.unlink(missing_ok=True)

    def run(self) -> None:
        # Cython first, for the modules the build cache does not hold (in parallel, one process per CPU)
        to_translate = [ext for ext in self.extensions if ext.name in SOURCE_SHA256 and ext.name not in CACHED
                        and all(source.endswith(".py") for source in ext.sources)]
        if to_translate:
            try:
                translated = {ext.name: ext.sources for ext in translate(to_translate)}
            except Exception as error:  # noqa: BLE001 - Cython refusing a source or .pxd: install as Python
                # `optional=True` covers only the C compiler; a Cython error would otherwise fail the whole install
                print(f"crossguard: the hot modules stay Python (Cython: {error})", file=sys.stderr)
                self.extensions = [ext for ext in self.extensions if ext.name not in SOURCE_SHA256]
            else:
                for ext in to_translate:
                    ext.sources = translated[ext.name]
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
        self._prune_cache()


setup(package_dir=package_dir, packages=packages, ext_modules=compiled_extensions(),
      cmdclass={"build_ext": RecordingBuildExt})
