"""Request bodies within bounds of size and time, before any route sees them (pure ASGI middleware).

Why here and not per route: FastAPI reads a whole body before validating it, so a 50 MB body was
accepted and parsed before anything could refuse it, and a client trickling a body one byte a second
held a worker thread as long as it liked. This middleware reads the body first:

* a ``Content-Length`` over ``api.max_body_bytes`` is answered 413 at once, nothing read (a client
  sending ``Expect: 100-continue`` never sends the body);
* a body without a length (chunked) is counted as it arrives and answered 413 past the limit;
* a body not complete within ``api.body_timeout_seconds`` of the request's start is answered 408;

and then hands the app a ``receive`` that replays what it read (one message) and passes on later
messages (a disconnect while a response streams). A refusal closes the connection: the rest of the
body is not read. The request head is bounded by the HTTP protocol (``service.protocol``).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]


class BodyRefused(Exception):
    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


class RequestLimits:
    """ASGI middleware: the body read whole, within ``max_body_bytes`` and ``body_timeout_s``."""

    def __init__(self, app: Any, max_body_bytes: int, body_timeout_s: float) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout_s = body_timeout_s

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            self._check_declared(scope)
            body = await self._read(receive)
        except BodyRefused as refused:
            await _refuse(send, refused)
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self) -> BodyRefused:
        return BodyRefused(413, f"request body over {self.max_body_bytes:,} bytes (api.max_body_bytes); "
                                "send fewer products per request")

    def _check_declared(self, scope: Scope) -> None:
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    raise BodyRefused(400, "Content-Length is not a number") from None
                if declared > self.max_body_bytes:
                    raise self._too_large()

    async def _read(self, receive: Any) -> bytes:
        """One deadline for the whole body (one timer per request, not a task per chunk)."""
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.body_timeout_s):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return b"".join(chunks)  # the app sees a short body, then the disconnect
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.max_body_bytes:
                        raise self._too_large()
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        return b"".join(chunks)
        except TimeoutError:
            raise BodyRefused(408, f"the request body did not arrive within {self.body_timeout_s:g} s "
                                   "(api.body_timeout_seconds)") from None


async def _refuse(send: Any, refused: BodyRefused) -> None:
    body = json.dumps({"detail": refused.detail}).encode()
    await send({"type": "http.response.start", "status": refused.status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
