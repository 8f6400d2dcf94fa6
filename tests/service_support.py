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

from crossguard.accounts.models import Scope
from crossguard.accounts.tokens import create_token
from crossguard.service.app import create_app
from crossguard.service.options import ServiceOptions
from crossguard.service.protocol import server_options
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from tests.packs import rule, write_pack


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


def radio_and_image_site(folder: Path, prefix: str) -> tuple[str, str, Path]:
    """A migrated SQLite register with a check token, and an EU pack of two rules (a blocking radio rule,
    a low image rule): the smallest site on which a check blocks, warns and allows. Returns
    (database URL, token, packs folder); the caller disposes of nothing (the engine here is closed)."""
    packs = folder / "packs"
    packs.mkdir()
    write_pack(packs, prefix.lower(), [
        rule(f"{prefix}-RADIO-001", {"field": "cls.radio", "eq": True}, blocks_listing=True),
        rule(f"{prefix}-IMG-001", {"field": "listing.has_image", "exists": False}, severity="low"),
    ], jurisdiction="EU")
    db_url = f"sqlite:///{folder / 'register.db'}"
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    token = create_token(engine, "pipeline", Scope.check, "test")[1]
    engine.dispose()
    return db_url, token, packs
