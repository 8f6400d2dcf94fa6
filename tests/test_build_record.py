"""setup.py's build record (``crossguard/_compiled.py``) names only the extensions the build it records made.

The import hook (crossguard/compiled.py) trusts the record: an extension it names with the current source's hash
is imported. A compile that fails (the extensions are optional: no C compiler, a compiler killed for memory) left
the extension of an earlier build where the recorder looked (the source tree of an editable install, a wheel's
``build/lib``), and the recorder named that leftover as built from the new source: the stale extension ran.
"""

from __future__ import annotations

import os
import shutil
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import setuptools
from setuptools import Distribution, Extension

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler: nothing is compiled")


def _setup_module(monkeypatch: pytest.MonkeyPatch, here: Path) -> dict[str, Any]:
    """setup.py's namespace, run without building (setup() stubbed, no Cython run), its tree moved to `here`."""
    monkeypatch.setenv("CROSSGUARD_PURE_PYTHON", "1")
    monkeypatch.setattr(setuptools, "setup", lambda **_: None)
    namespace: dict[str, Any] = {"__name__": "crossguard_setup_under_test", "__file__": str(ROOT / "setup.py")}
    exec(compile((ROOT / "setup.py").read_text(encoding="utf-8"), str(ROOT / "setup.py"), "exec"), namespace)
    namespace["HERE"] = here
    return namespace


def _build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, inplace: bool,
           cached: dict[str, bytes] | None = None) -> tuple[dict[str, Any], Path]:
    """An earlier build's extension of ``pkg.fast`` in place; this build's compile of it fails (not C), that of
    ``pkg.ok`` (a minimal C module) succeeds. With `cached`, the build cache is ``tmp_path/cache``, holding the
    extension of each module named there (its bytes)."""
    setup = _setup_module(monkeypatch, tmp_path)
    if cached is not None:
        monkeypatch.setenv("CROSSGUARD_BUILD_CACHE", str(tmp_path / "cache"))
        setup["CACHE_KEYS"].update({"pkg.fast": "key-of-fast", "pkg.ok": "key-of-ok"})
        for name, content in cached.items():
            path = setup["_cached_file"](tmp_path / "cache", setup["CACHE_KEYS"][name])
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            setup["CACHED"].add(name)
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "fast.py").write_text("X = 2\n")
    (tmp_path / "fast.c").write_text("this is not C\n")
    (tmp_path / "ok.c").write_text(OK_C)
    (tmp_path / "crossguard").mkdir()
    lib = tmp_path / "build-lib"
    (lib / "crossguard").mkdir(parents=True)
    setup["SOURCE_SHA256"].update({"pkg.fast": "hash of fast.py as it is now", "pkg.ok": "hash of ok.py"})
    dist = Distribution({"name": "pkg", "packages": ["pkg"], "package_dir": {"pkg": str(package)},
                         "ext_modules": [Extension(f"pkg.{name}", [str(tmp_path / f"{name}.c")], optional=True)
                                         for name in ("fast", "ok")]})
    command = setup["RecordingBuildExt"](dist)
    command.build_lib, command.build_temp, command.inplace = str(lib), str(tmp_path / "build-temp"), inplace
    command.ensure_finalized()
    name = command.get_ext_filename("pkg.fast")
    leftover = (package / Path(name).name) if inplace else lib / name
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"an earlier build's extension, made from X = 1")
    if cached is not None:  # an earlier build's: older (setuptools copies into the tree only a file newer by 1 s)
        os.utime(leftover, (leftover.stat().st_atime - 3600, leftover.stat().st_mtime - 3600))
    command.run()
    record = (tmp_path if inplace else lib) / "crossguard" / "_compiled.py"
    return setup, record


OK_C = """#include <Python.h>
static struct PyModuleDef ok = {PyModuleDef_HEAD_INIT, "ok", NULL, -1, NULL};
PyMODINIT_FUNC PyInit_ok(void) { return PyModule_Create(&ok); }
"""


def _recorded(record: Path) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(record.read_text(encoding="utf-8"), namespace)
    return namespace["BUILT"]


@pytest.mark.skipif(not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file(), reason="no Python headers")
@pytest.mark.parametrize("inplace", [True, False], ids=["editable (the tree)", "wheel (build/lib)"])
def test_an_extension_whose_compile_failed_is_not_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           inplace: bool) -> None:
    setup, record = _build(tmp_path, monkeypatch, inplace=inplace)
    recorded = _recorded(record)
    assert list(recorded) == ["pkg.ok"]  # the leftover fast.* is not this build's: the hook imports pkg/fast.py
    ok = (tmp_path / "pkg" if inplace else tmp_path / "build-lib" / "pkg") / recorded["pkg.ok"]["extension"]
    assert recorded["pkg.ok"]["extension_sha256"] == setup["HASHING"].source_hash(ok)  # the file imported



# -- the build cache (setup.py): an extension made of the very same inputs is copied, never built again -------------

@pytest.mark.skipif(not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file(), reason="no Python headers")
@pytest.mark.parametrize("inplace", [True, False], ids=["editable (the tree)", "wheel (build/lib)"])
def test_an_extension_the_cache_holds_is_copied_not_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            inplace: bool) -> None:
    setup, record = _build(tmp_path, monkeypatch, inplace=inplace, cached={"pkg.fast": b"the cached fast"})
    recorded = _recorded(record)
    assert list(recorded) == ["pkg.fast", "pkg.ok"]  # fast's C does not compile: it came from the cache
    fast = (tmp_path / "pkg" if inplace else tmp_path / "build-lib" / "pkg") / recorded["pkg.fast"]["extension"]
    assert fast.read_bytes() == b"the cached fast"
    assert recorded["pkg.fast"]["extension_sha256"] == setup["HASHING"].source_hash(fast)
    assert recorded["pkg.fast"]["source_sha256"] == "hash of fast.py as it is now"


@pytest.mark.skipif(not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file(), reason="no Python headers")
def test_a_compiled_extension_is_kept_in_the_cache_and_a_failed_one_is_not(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    setup, record = _build(tmp_path, monkeypatch, inplace=False, cached={})
    recorded = _recorded(record)
    ok = tmp_path / "build-lib" / "pkg" / recorded["pkg.ok"]["extension"]
    kept = sorted(path.name for path in (tmp_path / "cache").iterdir())
    assert kept == [setup["_cached_file"](tmp_path / "cache", "key-of-ok").name]  # nothing of fast, nor a part file
    assert (tmp_path / "cache" / kept[0]).read_bytes() == ok.read_bytes()


def _tree(root: Path, pxd: str) -> Path:
    """setup.py and compiled.py as they are, and the classifier's .pxd as `pxd`, in `root`."""
    (root / "crossguard").mkdir(parents=True)
    shutil.copyfile(ROOT / "setup.py", root / "setup.py")
    shutil.copyfile(ROOT / "crossguard" / "compiled.py", root / "crossguard" / "compiled.py")
    (root / "engine" / "classification").mkdir(parents=True)
    (root / "engine" / "classification" / "classifier.pxd").write_text(pxd)
    return root


def test_the_cache_key_changes_with_anything_the_extension_is_made_of(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    setup = _setup_module(monkeypatch, _tree(tmp_path / "a", "cdef class Classifier:\n    pass\n"))
    monkeypatch.delenv("CFLAGS", raising=False)
    common = setup["_common_inputs"]
    directives = setup["DIRECTIVES"]
    base = common("3.3.1", directives, ["-g0"])
    assert base == common("3.3.1", directives, ["-g0"])  # the same inputs, the same key
    keys = {setup["cache_key"](base, "source a"), setup["cache_key"](base, "source b"),  # the module's .py or .pxd
            setup["cache_key"](common("3.3.2", directives, ["-g0"]), "source a"),  # Cython
            setup["cache_key"](common("3.3.1", {**directives, "boundscheck": False}, ["-g0"]), "source a"),
            setup["cache_key"](common("3.3.1", directives, []), "source a")}  # setup.py's flags
    monkeypatch.setenv("CFLAGS", "-O0")  # the compiler's flags from the environment
    keys.add(setup["cache_key"](common("3.3.1", directives, ["-g0"]), "source a"))
    monkeypatch.delenv("CFLAGS")
    other = _setup_module(monkeypatch, _tree(tmp_path / "b", "cdef class Classifier:\n    cdef object x\n"))
    keys.add(other["cache_key"](other["_common_inputs"]("3.3.1", directives, ["-g0"]), "source a"))  # another .pxd
    assert len(keys) == 7


@pytest.mark.parametrize(("value", "where"), [("off", None), ("0", None), (" No ", None), ("", "default"),
                                              ("{tmp}/mine", "{tmp}/mine")])
def test_the_cache_is_in_the_users_cache_folder_or_where_asked_or_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     value: str, where: str | None) -> None:
    setup = _setup_module(monkeypatch, tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("CROSSGUARD_BUILD_CACHE", value.format(tmp=tmp_path))
    expected = {None: None, "default": tmp_path / "xdg" / "crossguard-build"}.get(where, Path(str(where).format(
        tmp=tmp_path)))
    assert setup["build_cache"]() == expected
