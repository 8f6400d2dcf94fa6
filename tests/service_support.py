"""Running the real service for tests: uvicorn on 127.0.0.1 at a free port, in a thread, on a real register,
with the protocol and timeouts `crossguard serve` gives it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
import yaml
from fastapi import FastAPI

from crossguard.service.app import create_app
from crossguard.service.options import ServiceOptions
from crossguard.service.protocol import server_options


def write_config(folder: Path, **sections: object) -> Path:
    """A configuration file with ``sections`` (laid over the packaged defaults) and no scheduled scan."""
    path = folder / "config.yaml"
    sections.setdefault("scheduler", {"catalog": []})
    path.write_text(yaml.safe_dump(sections), encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(options: ServiceOptions) -> Iterator[str]:
    """The service for ``options`` at http://127.0.0.1:PORT until the block ends."""
    with serving_app(create_app(options)) as url:
        yield url


@contextmanager
def serving_app(app: FastAPI) -> Iterator[str]:
    """``app`` (from ``create_app``) at http://127.0.0.1:PORT until the block ends."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           **server_options(app.state.cg.settings.api)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
