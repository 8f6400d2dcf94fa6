"""A scan worker that dies mid-task (killed for memory, a crash in durable-rules' C core) ends the scan at once
with a clear error and exit 1, the register as it was: the pool used to replace the worker and wait for its
task for ever, with the scan's transaction open (a SQLite register locked).

Real processes: ``crossguard scan --workers 2`` runs in a child Python whose hook, applied before the workers
fork, makes the worker given a chosen SKU kill itself with SIGKILL, in pass 1 (checking JSON Lines rows) or
pass 2 (evaluating).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine, text

from crossguard.engine.catalog import load_catalog
from crossguard.store.db import make_engine
from crossguard.usecases.scan import ORPHAN_POLL_S, scan_catalog

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "examples" / "catalog.yaml"
AT = date(2026, 11, 25)
TABLES = ("findings", "rule_texts", "evidence_texts", "finding_events", "scan_runs", "scan_entries")
HANG = 180  # seconds: far beyond a dying scan's few, so only a scan that waits for ever reaches it

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="the hook reaches the workers only through fork"
)

#: The child: the hook kills a worker (never this process) when it meets the SKU, then the CLI runs.
DRIVER = """
import json, os, signal, sys
from crossguard.cli import app
from crossguard.engine.evaluator import Evaluator
import crossguard.usecases.scan as scan

where, sku, args = sys.argv[1], sys.argv[2], sys.argv[3:]
parent = os.getpid()

def die_if(hit):
    if hit and os.getpid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)

if where == "check":
    real_check = scan.check_jsonl_line
    def check_jsonl_line(file, number, line, *token):
        die_if(json.loads(line).get("sku") == sku)
        return real_check(file, number, line, *token)
    scan.check_jsonl_line = check_jsonl_line
elif where == "orphan":  # a worker notes its pid, and the one given the SKU kills the scan's process
    real_decide = Evaluator.decide_entry
    def decide_entry(self, entry, at):
        with open(os.environ["WORKER_PIDS"], "a") as pids:
            print(os.getpid(), file=pids)
        if entry.product.sku == sku and os.getpid() != parent:
            os.kill(parent, signal.SIGKILL)
        return real_decide(self, entry, at)
    Evaluator.decide_entry = decide_entry
else:
    real_decide = Evaluator.decide_entry
    def decide_entry(self, entry, at):
        die_if(entry.product.sku == sku)
        return real_decide(self, entry, at)
    Evaluator.decide_entry = decide_entry
app(args, prog_name="crossguard")
"""


@pytest.fixture
def engine(db_url: str) -> Engine:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in TABLES}


def as_jsonl(target: Path) -> Path:
    data = yaml.safe_load(CATALOG.read_text())
    products = data["products"] if isinstance(data, dict) else data
    target.write_text("".join(json.dumps(product, default=str) + "\n" for product in products))
    return target


def scan_killing(where: str, sku: str, catalog: Path, db_url: str, tmp_path: Path) -> subprocess.CompletedProcess:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    args = ["scan", "-c", str(catalog), "--db", db_url, "--at", str(AT), "-q", "-w", "2", "--full"]
    return subprocess.run([sys.executable, str(driver), where, sku, *args], capture_output=True, text=True,
                          timeout=HANG, cwd=tmp_path)


@pytest.mark.parametrize("where", ["check", "evaluate"])
def test_a_killed_worker_ends_the_scan_with_a_clear_error_and_the_register_as_it_was(
    where: str, engine: Engine, db_url: str, tmp_path: Path
) -> None:
    catalog = as_jsonl(tmp_path / "catalog.jsonl")
    scan_catalog(engine, [catalog], at=AT, workers=1)
    before = snapshot(engine)
    assert before["findings"]  # a register with something to lose
    sku = load_catalog([CATALOG]).entries[-3].product.sku

    done = scan_killing(where, sku, catalog, db_url, tmp_path)

    doing = "checking" if where == "check" else "evaluating"
    assert done.returncode == 1, done.stderr
    assert f"a scan worker died (signal 9, SIGKILL) while {doing} the catalog" in done.stderr
    assert "nothing was written" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert snapshot(engine) == before
    again = scan_catalog(engine, [catalog], at=AT, workers=1, reuse=False)  # the register is not left locked
    assert (again.new, again.resolved) == (0, 0)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_hook_kills_nothing_without_its_sku(engine: Engine, db_url: str, tmp_path: Path) -> None:
    """The driver itself scans normally: the failures above are the killed worker's, not the driver's. (SQLite only:
    the hook is the same whatever the register, and each run is a whole scan in a child process.)"""
    catalog = as_jsonl(tmp_path / "catalog.jsonl")
    done = scan_killing("evaluate", "NO-SUCH-SKU", catalog, db_url, tmp_path)
    assert done.returncode == 0, done.stderr
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM findings")).scalar() > 50


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_workers_end_when_the_scan_process_is_killed(engine: Engine, db_url: str, tmp_path: Path) -> None:
    """A scan killed with SIGKILL cannot stop its pool: its workers must notice and end on their own (they used to
    stay alive, idle, until signalled). SQLite only: the workers watch the scan's pid, not the register, and the
    register a killed scan leaves is tests/test_register_atomic.py's, on both backends."""
    catalog = as_jsonl(tmp_path / "catalog.jsonl")
    pids = tmp_path / "worker-pids"
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    sku = load_catalog([CATALOG]).entries[-3].product.sku
    args = ["scan", "-c", str(catalog), "--db", db_url, "--at", str(AT), "-q", "-w", "2", "--full"]
    child = subprocess.Popen([sys.executable, str(driver), "orphan", sku, *args], cwd=tmp_path,
                             env={**os.environ, "WORKER_PIDS": str(pids)},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    assert child.wait(HANG) == -signal.SIGKILL
    workers = {int(pid) for pid in pids.read_text().split()}
    assert workers and child.pid not in workers
    deadline = time.monotonic() + 20 * ORPHAN_POLL_S
    while (alive := {pid for pid in workers if running(pid)}) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in alive:  # do not leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not alive, "scan workers outlived their killed scan"


def running(pid: int) -> bool:
    """Whether a process runs (a zombie nobody has reaped yet has ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def test_stopping_the_pool_with_half_a_result_in_its_pipe_does_not_hang() -> None:
    """A worker terminated while writing a result leaves half a message in the result pipe; the executor's manager
    thread then waited for the rest for ever, and the scan with it (seen once in a test run: a line that turns bad
    made the scan stop its workers mid-task). The pool must still stop, and promptly."""
    import os
    import struct
    import threading

    from crossguard.usecases.scan import WorkerPool

    pool = WorkerPool(2, None, date(2026, 11, 28))
    executor = pool._executor()
    assert executor.submit(os.getpid).result(timeout=60) > 0  # the workers and the manager thread run
    writer = executor._result_queue._writer
    os.write(writer.fileno(), struct.pack("!i", 1000) + b"half")  # a message's header and a little of its body

    def stop() -> None:
        pool.__exit__(RuntimeError, RuntimeError("a line turned bad"), None)

    stopper = threading.Thread(target=stop, daemon=True)
    stopper.start()
    stopper.join(timeout=60)
    assert not stopper.is_alive(), "the pool did not stop: its manager thread waits for the rest of a message"


def _worker_of_a_gone_scan(parent: int, started: Path) -> None:
    from crossguard.usecases.scan import _init_worker

    _init_worker(None, None, AT, parent)
    started.write_text("started")
    time.sleep(HANG)  # a worker waits for tasks: only its orphan watch can end it


def test_a_worker_whose_scan_died_while_it_started_still_ends(tmp_path: Path) -> None:
    """The worker watches the pid the scan gave it, not its parent as it is once its engine is built: a scan killed
    in that window left a worker watching init for ever (seen in a test run)."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    started = tmp_path / "started"
    worker = multiprocessing.get_context("fork").Process(target=_worker_of_a_gone_scan, args=(gone.pid, started))
    worker.start()
    worker.join(60 + 5 * ORPHAN_POLL_S)
    alive = worker.is_alive()
    if alive:
        worker.kill()
    assert started.exists() and not alive and worker.exitcode == 1
