"""A feed server on 127.0.0.1: the demo's fixture feeds and the tests' scripted misbehaviour.

Each path serves a ``Resource``: bytes with a content type, optional ETag / Last-Modified (and
304 answers to matching conditional requests, so a demo exercises the same conditional-GET path
as production), a status code, a delay before answering, a dripping body, a dropped connection,
gzip encoding or extra headers. ``FeedServer.serving(folder)`` serves a folder's files (what
``crossguard watch --serve-fixtures`` uses); only registered paths are served, so nothing outside
the folder can be reached. Requests are logged with their headers so tests can check what the
watcher sent.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Resource:
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    etag: bool = True
    last_modified: float | None = field(default_factory=lambda: time.time() - 3600)
    delay: float = 0.0
    drip: float | None = None  # seconds between single bytes
    drop: bool = False
    gzip: bool = False
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def etag_value(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:20] + '"'


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


CONTENT_TYPES = {".xml": "application/xml; charset=utf-8", ".rss": "application/rss+xml; charset=utf-8",
                 ".atom": "application/atom+xml; charset=utf-8", ".json": "application/json"}


class FeedServer:
    """``with FeedServer() as srv: srv.set("feed.xml", body); srv.url("feed.xml")``"""

    def __init__(self) -> None:
        self.resources: dict[str, Resource] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"server_state": self})
        self._httpd = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    @classmethod
    def serving(cls, folder: Path) -> FeedServer:
        """A server for every file in ``folder`` (ETag from the content, Last-Modified from the file)."""
        server = cls()
        for file in sorted(p for p in folder.rglob("*") if p.is_file()):
            content_type = CONTENT_TYPES.get(file.suffix.lower(), "application/octet-stream")
            server.set(file.relative_to(folder).as_posix(), file.read_bytes(), content_type=content_type,
                       last_modified=file.stat().st_mtime)
        return server

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/"

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def set(self, path: str, body: bytes | str = b"", **kwargs: Any) -> Resource:
        res = Resource(body=body.encode() if isinstance(body, str) else body, **kwargs)
        self.resources["/" + path.lstrip("/")] = res
        return res

    def hits(self, path: str) -> list[dict[str, str]]:
        with self._lock:
            return [h for p, h in self.requests if p == "/" + path.lstrip("/")]


class _Handler(BaseHTTPRequestHandler):
    server_state: FeedServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        state = self.server_state
        path = urlsplit(self.path).path
        with state._lock:
            state.requests.append((path, dict(self.headers.items())))
        res = state.resources.get(path)
        if res is None:
            self.send_error(404)
            return
        if res.delay:
            time.sleep(res.delay)
        if res.drop:
            self.close_connection = True
            return
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        fresh = False
        if res.etag and inm is not None:
            fresh = inm == res.etag_value
        elif res.last_modified is not None and ims:
            try:
                fresh = parsedate_to_datetime(ims).timestamp() >= int(res.last_modified)
            except (TypeError, ValueError):
                fresh = False
        if fresh and res.status == 200:
            self.send_response(304)
            if res.etag:
                self.send_header("ETag", res.etag_value)
            self.end_headers()
            return
        body = gzip.compress(res.body) if res.gzip else res.body
        self.send_response(res.status)
        self.send_header("Content-Type", res.content_type)
        self.send_header("Content-Length", str(len(body)))
        if res.gzip:
            self.send_header("Content-Encoding", "gzip")
        if res.etag and res.status == 200:
            self.send_header("ETag", res.etag_value)
        if res.last_modified is not None and res.status == 200:
            self.send_header("Last-Modified", formatdate(res.last_modified, usegmt=True))
        for k, v in res.headers.items():
            self.send_header(k, v)
        self.end_headers()
        try:
            if res.drip:
                for i in range(len(body)):
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                    time.sleep(res.drip)
            else:
                self.wfile.write(body)
        except OSError:
            pass
