"""HTTP check under load: `crossguard serve --workers 2` on 127.0.0.1, driven by ApacheBench.

Run: `.venv/bin/python bench/http_bench.py [--requests N] [--workers 2]` (needs `ab`: Debian's
apache2-utils; CI does not run this). The load generator is ApacheBench, a C program, so it does
not compete with the server for a Python interpreter. Traffic goes to 127.0.0.1 only, each run is
bounded by a request count and a time limit, and the server is stopped at the end.

For 1 and 32 concurrent clients it prints p50, p99 and requests/s of `POST /v1/check` (one
product with one listing, a token of scope `check`, as a listing pipeline calls it) beside
`GET /health` on the same server in the same run, so the check's cost is read against the
service's own floor on this machine at this moment. On a shared machine one run can land in a burst
of someone else's load, so each figure is the median of ``--rounds`` runs, /health and the check
taking turns (the spread is printed beside it).

Beside each figure, the CPU it cost, so the load generator's share is visible: the server's
processes (milliseconds of CPU per request, from /proc) and ApacheBench's own (from its rusage),
and how the server's CPU split over its worker processes (an uneven split makes a long tail).
ApacheBench is one thread of C, but on this 2-core machine each of its CPU milliseconds is taken
from the server. Each request opens a connection of its own: ApacheBench speaks HTTP/1.0, and
uvicorn keeps no HTTP/1.0 connection alive (``ab -k`` changes nothing), so every request also pays
for a TCP connection, as a client without keep-alive would.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PRODUCT = {
    "product": {"sku": "BENCH-1", "title": "Bluetooth speaker", "brand": "Example", "radio": ["bluetooth"],
                "battery": {"chemistry": "lithium-ion", "capacity_wh": 18.5},
                "certificates": [{"scheme": "CE", "directives": ["RED", "ROHS"], "issued": "2025-01-01"}]},
    "listings": [{"marketplace": "amazon", "market": "DE", "manufacturer_name": "Example Co.",
                  "manufacturer_address": "1 Example Rd", "manufacturer_country": "CN", "has_image": True}],
}  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, server: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped (exit {server.returncode})")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("the server did not become healthy in time")


TICK_S = 1 / os.sysconf("SC_CLK_TCK")


def cpu_by_process(root: int) -> dict[int, float]:
    """CPU seconds (user + system) of ``root`` and each process under it, from /proc."""
    parents: dict[int, int] = {}
    seconds: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        parents[int(entry.name)] = int(fields[1])
        seconds[int(entry.name)] = (int(fields[11]) + int(fields[12])) * TICK_S
    tree, grew = {root}, True
    while grew:
        below = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= below
        grew = bool(below)
    return {pid: seconds[pid] for pid in tree if pid in seconds}


def wait_all_started(log: Path, workers: int, timeout_s: float = 180) -> None:
    """Every worker serving (one answering /health is not enough: on a busy machine the second starts
    seconds later, and the first runs would measure one worker)."""
    deadline = time.monotonic() + timeout_s
    while log.read_text(errors="replace").count("Application startup complete") < workers:
        if time.monotonic() > deadline:
            raise SystemExit(f"not all {workers} workers started in time")
        time.sleep(0.3)


def ab(url: str, clients: int, requests: int, folder: Path, body: Path | None, token: str | None,
       server: int) -> dict[str, float]:
    """One ApacheBench run: p50/p99 (ms, from its percentile file), requests/s, and CPU per request of
    the server and of ApacheBench (ms), and the busiest worker's share of the server's CPU."""
    percentiles = folder / f"pct-{clients}-{'post' if body else 'get'}.csv"
    # -t before -n: ab reads -t as "at most 50,000 requests" and a later -n sets the count
    command = ["ab", "-q", "-t", "120", "-n", str(requests), "-c", str(clients), "-e", str(percentiles)]
    if body is not None:
        command += ["-p", str(body), "-T", "application/json"]
    if token:
        command += ["-H", f"Authorization: Bearer {token}"]
    server_before, ab_before = cpu_by_process(server), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([*command, url], capture_output=True, text=True, check=False)
    server_after, ab_after = cpu_by_process(server), resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"ab failed: {done.stderr or done.stdout}")
    failed = re.search(r"Failed requests:\s+(\d+)", done.stdout)
    non_2xx = re.search(r"Non-2xx responses:\s+(\d+)", done.stdout)
    failures = max(int(failed.group(1)) if failed else 0, int(non_2xx.group(1)) if non_2xx else 0)
    rate = float(re.search(r"Requests per second:\s+([\d.]+)", done.stdout).group(1))  # type: ignore[union-attr]
    done_requests = int(re.search(r"Complete requests:\s+(\d+)", done.stdout).group(1))  # type: ignore[union-attr]
    with open(percentiles, newline="") as handle:
        rows = {int(float(row[0])): float(row[1]) for row in list(csv.reader(handle))[1:]}
    spent = {pid: server_after[pid] - server_before.get(pid, 0.0) for pid in server_after}
    ab_s = (ab_after.ru_utime + ab_after.ru_stime) - (ab_before.ru_utime + ab_before.ru_stime)
    return {"p50": rows[50], "p99": rows[99], "rate": rate, "failed": failures,
            "server_ms": 1000 * sum(spent.values()) / done_requests, "ab_ms": 1000 * ab_s / done_requests,
            "busiest": max(spent.values()) / (sum(spent.values()) or 1)}


def server_errors(folder: Path) -> str:
    """What the server logged besides its 200s: the reason for a failed request."""
    log = folder / "server.log"
    lines = log.read_text(errors="replace").splitlines() if log.exists() else []
    return "\n".join([line for line in lines if '" 200' not in line][-40:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=3000, help="per run (each run also stops after 120 s)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per figure, /health and the check in turns")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", default="1,32")
    parser.add_argument("--no-access-log", action="store_true", help="serve without its line per request")
    parser.add_argument("--crossguard", type=Path, default=BIN / "crossguard",
                        help="the crossguard command to serve with (another checkout's, to compare)")
    args = parser.parse_args()
    crossguard = str(args.crossguard)
    if shutil.which("ab") is None:
        raise SystemExit("ApacheBench (ab) is missing: apt-get install apache2-utils")
    with tempfile.TemporaryDirectory(prefix="crossguard-http-") as tmp:
        folder = Path(tmp)
        db = f"sqlite:///{folder / 'register.db'}"
        (folder / "config.yaml").write_text("{}\n")  # the packaged defaults, whatever ./config.yaml says
        env = {**os.environ, "CROSSGUARD_DB": db, "CROSSGUARD_CONFIG": str(folder / "config.yaml")}
        token = subprocess.run([crossguard, "tokens", "create", "--name", "bench", "--scope", "check",
                                "--db", db], capture_output=True, text=True, check=True, env=env).stdout.strip()
        body = folder / "check.json"
        body.write_text(json.dumps(PRODUCT))
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([crossguard, "serve", "--host", "127.0.0.1", "--port", str(port),
                                   "--db", db, "--workers", str(args.workers),
                                   *(["--no-access-log"] if args.no_access_log else [])], env=env,
                                  stdout=subprocess.DEVNULL, stderr=open(folder / "server.log", "wb"))  # fmt: skip
        try:
            wait_healthy(url, server)
            wait_all_started(folder / "server.log", args.workers)
            check_url = f"{url}/v1/check?at=2026-11-25"
            targets = {"GET /health": (url + "/health", None, None), "POST /v1/check": (check_url, body, token)}
            for target, posted, bearer in targets.values():  # warm-up: both workers' caches and connections
                ab(target, 1, 200, folder, posted, bearer, server.pid)
            print(f"{crossguard} serve --workers {args.workers} on 127.0.0.1; ApacheBench, {args.requests:,} requests "
                  f"per run, median of {args.rounds} runs"
                  f"{', no access log' if args.no_access_log else ''}; "
                  f"load average {os.getloadavg()[0]:.2f} (2-core machine)")
            print(f"\n{'clients':>8}  {'endpoint':<16}{'p50 ms':>9}{'p99 ms':>9}{'req/s':>9}{'(range)':>16}"
                  f"{'of /health':>12}{'failed':>8}{'server CPU':>12}{'ab CPU':>8}{'busiest':>9}")
            failures = 0
            for clients in map(int, args.clients.split(",")):
                runs: dict[str, list[dict[str, float]]] = {name: [] for name in targets}
                for _ in range(args.rounds):
                    for name, (target, posted, bearer) in targets.items():
                        runs[name].append(ab(target, clients, args.requests, folder, posted, bearer, server.pid))
                keys = ("p50", "p99", "rate", "server_ms", "ab_ms", "busiest")
                medians = {name: {key: statistics.median(r[key] for r in figures) for key in keys}
                           for name, figures in runs.items()}
                for name, figures in medians.items():
                    rates = [r["rate"] for r in runs[name]]
                    spread = f"{min(rates):,.0f}-{max(rates):,.0f}"
                    share = f"{figures['rate'] / medians['GET /health']['rate']:.0%}"
                    failed = sum(int(r["failed"]) for r in runs[name])
                    failures += failed
                    print(f"{clients:>8}  {name:<16}{figures['p50']:>9.2f}{figures['p99']:>9.2f}"
                          f"{figures['rate']:>9,.0f}{spread:>16}{share:>12}{failed:>8}"
                          f"{figures['server_ms']:>9.3f} ms{figures['ab_ms']:>6.3f} ms{figures['busiest']:>8.0%}")
            print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
            restarts = sum("died" in line for line in (folder / "server.log").read_text(errors="replace").splitlines())
            if restarts:  # its CPU counts in the server's, and meanwhile one worker fewer served
                print(f"workers restarted by the supervisor since the server started: {restarts}")
            if failures:
                raise SystemExit(f"{failures} requests failed or were not 2xx; the server said:\n"
                                 + server_errors(folder))
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
