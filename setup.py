"""Packaging: install the top-level folders under the one import name ``crossguard``.

The folders stay where the architecture puts them (engine/, register/, watchers/, accounts/, notifiers/,
service/, rules/); setuptools' ``package_dir`` maps each to ``crossguard.<folder>``. Sub-packages are
found here rather than listed by hand, so a new sub-package cannot be left out of the wheel.
Metadata lives in pyproject.toml.

The classifier's hot modules (:data:`COMPILED`) are also compiled with Cython, unchanged, as optional
extension modules: the same source run as C takes about a fifth off a cold classification (issue 9;
docs/performance.md). They are optional twice over: without Cython, or with ``CROSSGUARD_PURE_PYTHON=1``,
none is built, and a failed compile leaves the pure-Python module in place. Each build records the hash of
the source it compiled (``engine/classification/_compiled.py``, see ``compiled.py`` there), so a module edited
after the build is imported from its source, never from a stale extension.
"""

import hashlib
import os
from pathlib import Path

from setuptools import find_packages, setup

LAYER_FOLDERS = ("engine", "register", "watchers", "accounts", "notifiers", "service", "rules")
HERE = Path(__file__).resolve().parent
# module (under crossguard.) -> source file: compiled as they are (no .pyx, no type declarations)
COMPILED = {
    "crossguard.engine.classification.normalise": "engine/classification/normalise.py",
    "crossguard.engine.classification.matcher": "engine/classification/matcher.py",
    "crossguard.engine.classification.classifier": "engine/classification/classifier.py",
}
HASHES = HERE / "engine" / "classification" / "_compiled.py"

package_dir = {"crossguard": "crossguard"}
packages = ["crossguard", *(f"crossguard.{name}" for name in find_packages("crossguard"))]
for folder in LAYER_FOLDERS:
    package_dir[f"crossguard.{folder}"] = folder
    packages += [f"crossguard.{folder}", *(f"crossguard.{folder}.{name}" for name in find_packages(folder))]


def compiled_extensions() -> list:
    """The Cython extensions of :data:`COMPILED`, or none (no Cython, or pure Python asked for)."""
    if os.environ.get("CROSSGUARD_PURE_PYTHON"):
        HASHES.unlink(missing_ok=True)
        return []
    try:
        from Cython.Build import cythonize
        from setuptools import Extension
    except ImportError:
        HASHES.unlink(missing_ok=True)
        return []
    hashes = {name: hashlib.sha256((HERE / source).read_bytes()).hexdigest() for name, source in COMPILED.items()}
    HASHES.write_text(
        '"""Written by setup.py: the source hash of each module built as a Cython extension (see compiled.py)."""\n\n'
        f"SOURCE_SHA256 = {hashes!r}\n",
        encoding="utf-8",
    )
    extensions = [Extension(name, [source], optional=True) for name, source in COMPILED.items()]
    # annotation_typing off: the type hints stay hints (Python semantics exactly, ints unbounded)
    return cythonize(extensions, compiler_directives={"language_level": 3, "annotation_typing": False}, quiet=True)


setup(package_dir=package_dir, packages=packages, ext_modules=compiled_extensions())
