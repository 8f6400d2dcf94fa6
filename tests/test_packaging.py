"""A non-editable install works from anywhere, ships its packs, and owns no top-level names.

Builds a wheel from the files git tracks or would track (as a clean clone has them), installs it into a fresh
virtual environment whose dependencies come from the test environment's site-packages (a path
entry, so that environment's editable crossguard is not visible), then runs the installed
``crossguard`` from another folder. Takes about 20 s: the hot modules' extensions (crossguard/compiled.py) come from
setup.py's build cache, where the install that made this checkout's extensions left them (see ``_build_wheel``).

The wheel is built once per test run, whichever xdist workers run these tests: the first builds it under a lock in
the run's shared temporary folder, the others wait and reuse it. (``xdist_group`` used to keep them on one worker,
but pytest 9.2 with pytest-xdist 3.8 ignores the group, pytest-xdist issue #1386, and every worker built its own
wheel: two Cython builds at once on a two-core machine.) Each worker installs it into its own venv, because one
test here installs a foreign package into that venv.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOREIGN = ("engine", "register", "service", "watchers", "accounts", "notifiers", "rules", "store")


def run(*args: str | Path, cwd: Path, check: bool = True, timeout: int = 240,
        extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CROSSGUARD_", "PYTHON"))} | (extra_env or {})
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


#: Run in the installed venv's Python: each command of argv[1] (a JSON list of argument lists) through the installed
#: CLI in this one process, as `crossguard ARGS` runs it (Typer's test runner, the way the in-process tests run the
#: CLI), printing a JSON list of [exit code, stdout, stderr]. One interpreter and one load of the packs and the
#: vocabulary for several commands; the console script itself is run as a real process by the tests below.
COMMANDS_IN_ONE_PROCESS = """
import json, sys
from typer.testing import CliRunner
from crossguard.cli import app
runner = CliRunner()
done = []
for args in json.loads(sys.argv[1]):
    result = runner.invoke(app, args, prog_name="crossguard")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    done.append([result.exit_code, result.stdout, result.stderr])
print(json.dumps(done))
"""


def run_commands(python: Path, commands: list[list[str | Path]], cwd: Path) -> list[tuple[int, str, str]]:
    """Each command's (exit code, stdout, stderr), all run by the installed CLI in one process of ``python``."""
    listed = json.dumps([[str(a) for a in args] for args in commands])
    ran = run(python, "-c", COMMANDS_IN_ONE_PROCESS, listed, cwd=cwd).stdout
    return [tuple(item) for item in json.loads(ran.splitlines()[-1])]


def _build_wheel(work: Path) -> Path:
    """The wheel of the files a clean clone has, built in ``work``."""
    source = work / "source"
    tracked = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).stdout.split("\0")
    if not any(tracked):
        pytest.skip("not a git checkout")
    for name in filter(None, tracked):
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, target)
    wheels = work / "wheels"
    # The build compiles the hot modules with Cython, as a user's does (Python's own flags). Each extension whose
    # inputs (source, .pxd, Cython, compiler and flags) the install that built this checkout also had comes from
    # setup.py's build cache, translated and compiled by that install, so under `make test` (`make install` just
    # ran) the wheel is built in seconds; with a cold cache (sources edited since the install) the changed modules
    # are compiled at full optimisation here, once. The cache's folder is passed on when it was set.
    cache = {name: os.environ[name] for name in ("CROSSGUARD_BUILD_CACHE",) if name in os.environ}
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, source, cwd=work, timeout=900,
        extra_env=cache)
    return next(wheels.glob("crossguard-*.whl"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory, worker_id: str, testrun_uid: str) -> Path:
    """One wheel per test run: under xdist the workers share the run's temporary root (the parent of each worker's
    own), and the first to take the lock builds; a build that failed leaves no wheel, so the next worker tries."""
    if worker_id == "master":
        return _build_wheel(tmp_path_factory.mktemp("packaging"))
    shared = tmp_path_factory.getbasetemp().parent / f"packaging-{testrun_uid}"
    shared.mkdir(exist_ok=True)
    with open(shared / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        built = sorted((shared / "wheels").glob("crossguard-*.whl"))
        return built[0] if built else _build_wheel(shared)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv of this worker's own with the wheel installed (no dependencies: they are a path entry)."""
    work = tmp_path_factory.mktemp("packaging-venv")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(env_dir), "platbase": str(env_dir)}))
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    run(sys.executable, "-m", "pip", "--python", env_dir / "bin" / "python", "install", "--quiet", "--no-deps",
        wheel, cwd=work)
    return env_dir


def test_the_wheel_has_one_top_level_package(installed: Path, tmp_path: Path) -> None:
    python = installed / "bin" / "python"
    for name in FOREIGN:
        result = run(python, "-c", f"import {name}", cwd=tmp_path, check=False)
        assert result.returncode != 0 and "ModuleNotFoundError" in result.stderr, name
    where = run(python, "-c", "import crossguard.engine.packs as p; print(p.__file__)", cwd=tmp_path).stdout
    assert str(installed) in where  # the installed copy, not the source tree
    assets = ("import crossguard.service.state as s; "
              "print(all(p.is_file() for p in (s.TEMPLATES_DIR / 'finding.html', s.STATIC_DIR / 'app.css', "
              "s.STATIC_DIR / 'swagger' / 'swagger-ui-bundle.js')), s.TEMPLATES_DIR)")
    shipped = run(python, "-c", assets, cwd=tmp_path).stdout
    assert shipped.startswith("True") and str(installed) in shipped  # templates and vendored assets are package data


@pytest.mark.skipif(shutil.which("cc") is None or not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file(),
                    reason="no C compiler or no Python headers: the wheel is pure Python")
def test_the_wheel_runs_the_hot_modules_compiled(installed: Path, tmp_path: Path) -> None:
    """setup.py compiles the hot modules (the classifier's, the check's, a scan worker's rows; Cython, from the
    unchanged sources): a cold classification and a check's first listing cost about a fifth less
    (docs/performance.md); a wheel built without them still works."""
    python = installed / "bin" / "python"
    where = run(python, "-c", "from crossguard import compiled as c; print(c.compiled_modules() == list(c.COMPILED), "
                "len(c.COMPILED), c.compiled_modules()[-1])", cwd=tmp_path).stdout
    assert where.split() == ["True", "17", "crossguard.register.scan.rows"]
    # and with the C types of the .pxd beside each (tests/classification/test_compiled.py: the build found them)
    typed = run(python, "-c", "import sys; from crossguard.engine.classification.matcher import Matcher; print("
                "not Matcher.__flags__ & 512, sys.modules['crossguard.engine.classification.normalise'].COMPILED)",
                cwd=tmp_path).stdout
    assert typed.split() == ["True", "True"]


def test_installed_commands_work_from_another_folder(installed: Path, tmp_path: Path) -> None:
    crossguard = installed / "bin" / "crossguard"
    checked = run(crossguard, "check", ROOT / "examples" / "catalog.yaml", "--at", "2026-11-25", cwd=tmp_path,
                  check=False)  # the console script, a real process
    assert checked.returncode == 1 and "blocked" in checked.stdout  # blocked listings: exit 1 as documented
    assert "Traceback" not in checked.stderr
    db = f"sqlite:///{tmp_path / 'register.db'}"
    validated, tested, scanned, listed = run_commands(installed / "bin" / "python", [
        ["validate"],  # the packaged packs
        ["test", "-q"],  # and their tests
        ["scan", "-c", ROOT / "examples" / "catalog.yaml", "--db", db, "--at", "2026-11-25", "-q"],  # the migrations
        ["register", "list", "--db", db, "--limit", "5"],
    ], cwd=tmp_path)
    assert validated[0] == 0 and "ok: " in validated[1]
    assert tested[0] == 0 and "0 failed, 0 error(s)" in tested[1]
    assert scanned[0] == 0, scanned
    assert listed[0] == 0 and "showing 5 of" in listed[1]


def test_a_foreign_notifiers_package_breaks_nothing(installed: Path, tmp_path: Path) -> None:
    """PyPI's `notifiers` once overwrote ours; now it is just another top-level package."""
    python = installed / "bin" / "python"
    result = run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
                 "notifiers==2.0.0", cwd=tmp_path, check=False)
    if result.returncode != 0:
        pytest.skip(f"PyPI's notifiers could not be fetched: {result.stderr.strip()[-200:]}")
    db = f"sqlite:///{tmp_path / 'alerts.db'}"
    upgraded, listed = run_commands(python, [["db", "upgrade", "--db", db],  # alerts list creates none
                                             ["alerts", "list", "--db", db]], cwd=tmp_path)
    assert upgraded[0] == 0, upgraded
    assert listed[0] == 0 and "no deliveries" in listed[1]
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path).stdout
    site = Path(purelib.strip())
    assert (site / "notifiers" / "__init__.py").is_file()  # theirs sits beside ours, untouched
    ours = run(python, "-c", "import crossguard.notifiers as n; print(n.__file__)", cwd=tmp_path).stdout
    assert "crossguard/notifiers" in ours
