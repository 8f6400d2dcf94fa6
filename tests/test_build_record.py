"""setup.py's build record (``crossguard/_compiled.py``) names only the extensions the build it records made.

The import hook (crossguard/compiled.py) trusts the record: an extension it names with the current source's hash
is imported. A compile that fails (the extensions are optional: no C compiler, a compiler killed for memory) left
the extension of an earlier build where the recorder looked (the source tree of an editable install, a wheel's
``build/lib``), and the recorder named that leftover as built from the new source: the stale extension ran.
"""

from __future__ import annotations

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


def _build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, inplace: bool) -> tuple[dict[str, Any], Path]:
    """An earlier build's extension of ``pkg.fast`` in place; this build's compile of it fails (not C), that of
    ``pkg.ok`` (a minimal C module) succeeds."""
    setup = _setup_module(monkeypatch, tmp_path)
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

