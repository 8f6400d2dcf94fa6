"""``serve --workers N`` listens on a socket per worker (SO_REUSEPORT), so the kernel spreads connections
over the workers; a port another server holds is still refused. Real sockets on 127.0.0.1."""

from __future__ import annotations

import os
import pickle
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from crossguard.service.listeners import balanced, claim
from tests.service_support import free_port, write_config

pytestmark = pytest.mark.skipif(not balanced(), reason="SO_REUSEPORT balances connections on Linux only")
CROSSGUARD = Path(sys.executable).with_name("crossguard")
LISTEN = "0A"  # the TCP state in /proc/net/tcp
ENV = {k: v for k, v in os.environ.items() if not k.startswith("CROSSGUARD_")}


def _listeners(port: int) -> int:
    rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(1 for row in rows if row.split()[1].endswith(f":{port:04X}") and row.split()[3] == LISTEN)


def test_a_worker_receives_a_socket_of_its_own_on_the_same_address() -> None:
    claimed = claim("127.0.0.1", 0)
    with claimed, pickle.loads(pickle.dumps(claimed)) as own:  # what uvicorn's supervisor does for each worker
        assert own.fileno() != claimed.fileno() and own.getsockname() == claimed.getsockname()
        assert own.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT) == 1
        own.listen()
        with socket.create_connection(own.getsockname(), timeout=5):
            conn, _ = own.accept()
            conn.close()
        assert _listeners(own.getsockname()[1]) == 1  # the supervisor's socket never listens


@pytest.mark.parametrize("reuse_port", [False, True])
def test_a_port_another_server_holds_is_refused(reuse_port: bool) -> None:
    """Also one held with SO_REUSEPORT: a second server on the same port must not quietly share it."""
    with socket.socket() as other:
        if reuse_port:
            other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        other.bind(("127.0.0.1", 0))
        other.listen()
        with pytest.raises(OSError):
            claim("127.0.0.1", other.getsockname()[1])


def test_serve_with_two_workers_listens_on_a_socket_each(tmp_path: Path) -> None:
    port = free_port()
    db = f"sqlite:///{tmp_path / 'register.db'}"
    proc = subprocess.Popen(
        [CROSSGUARD, "serve", "--db", db, "--port", str(port), "--workers", "2", "--no-access-log",
         "--config", str(write_config(tmp_path))],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env=ENV,
    )
    try:
        deadline = time.monotonic() + 90
        while _listeners(port) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.3)
        assert _listeners(port) == 2
        assert all(httpx.get(f"http://127.0.0.1:{port}/health", timeout=5).status_code == 200 for _ in range(20))
        second = subprocess.run([CROSSGUARD, "serve", "--db", db, "--port", str(port), "--workers", "2",
                                 "--config", str(write_config(tmp_path))], capture_output=True, text=True,
                                timeout=120, env=ENV)
        assert second.returncode == 3 and "Address already in use" in second.stderr
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.communicate(timeout=30)
