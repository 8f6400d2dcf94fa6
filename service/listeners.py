"""``serve --workers N`` with a listening socket per worker process (SO_REUSEPORT), so the kernel spreads
new connections evenly over the workers.

Why: with uvicorn's one shared socket, whichever worker's event loop wakes first accepts every
connection then waiting (libuv accepts until the queue is empty). Under 32 clients one process took
68-85% of the requests while the other was half idle, and the queue behind the busy one was the
check's long tail (docs/performance.md, "HTTP"). With a socket each, Linux hashes each new
connection to one of them. Only on Linux: elsewhere SO_REUSEPORT does not balance (on macOS the
newest socket takes everything), so there the shared socket stays.

How: the supervisor binds a :class:`WorkerSocket` to claim the address (a taken port fails here,
once) and never listens on it; uvicorn's supervisor hands its sockets to each worker by pickling,
and a ``WorkerSocket`` unpickles as a new socket bound to the same address, so every worker,
restarted ones too, listens on its own.
"""

from __future__ import annotations

import logging
import socket
import sys
from typing import Any

log = logging.getLogger("uvicorn.error")
#: uvicorn's exit status when a server cannot start (the same for a port already taken)
STARTUP_FAILURE = 3


def balanced() -> bool:
    """Whether this system's kernel spreads connections over sockets sharing a port."""
    return sys.platform == "linux" and hasattr(socket, "SO_REUSEPORT")


class WorkerSocket(socket.socket):
    """A TCP socket with SO_REUSEPORT that a worker process receives as a new socket of its own."""

    def __reduce__(self) -> tuple[Any, ...]:
        return worker_socket, (self.family, self.getsockname()[:2])


def worker_socket(family: int, address: tuple[str, int]) -> WorkerSocket:
    sock = WorkerSocket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock


def claim(host: str, port: int) -> WorkerSocket:
    """The supervisor's socket. The address is first bound without SO_REUSEPORT, so a port that another
    server holds (with SO_REUSEPORT or not) is refused, as uvicorn's own bind refuses it: with
    SO_REUSEPORT alone, a second ``crossguard serve`` on the same port would quietly share the traffic."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))
        port = probe.getsockname()[1]  # port 0: the one the system chose, for every worker
    return worker_socket(family, (host, port))


def run_workers(app: str, **options: Any) -> None:
    """``uvicorn.run(app, **options)`` for ``options["workers"] > 1``, each worker on its own socket."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    host, port = options.pop("host"), options.pop("port")
    config = uvicorn.Config(app, host=host, port=port, **options)
    try:
        claimed = claim(host, port)
    except OSError as error:
        log.error("cannot listen on %s port %s: %s", host, port, error)
        sys.exit(STARTUP_FAILURE)
    try:
        Multiprocess(config, sockets=[claimed]).run()
    except KeyboardInterrupt:
        pass
    finally:
        claimed.close()
