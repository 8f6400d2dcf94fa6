"""uvicorn's HTTP/1.1 protocol with a deadline for the request head, and the server options it runs with.

uvicorn closes idle keep-alive connections, but a connection that sends half a request head (the
"slowloris" attack) is kept open for ever: each one costs a socket, and enough of them exhaust the
process's file descriptors. :class:`HeadDeadlineProtocol` gives every connection
``api.header_timeout_seconds`` to send a complete request head, from when it opens and again after
each response; past it the connection gets a 408 and is closed. The body has its own deadline
(``service.limits``). The timeout reaches the protocol through the app's lifespan state, which
uvicorn hands to every protocol instance; ``serve --workers N`` names the class by import path.

The parser is httptools (llhttp, in C) and the event loop uvloop where it installs (not on Windows):
with h11, a pure-Python parser, on asyncio's own loop, the server's share of a request was about
two thirds of the CPU of a one-listing check (docs/performance.md, "HTTP").
"""

from __future__ import annotations

import asyncio
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from crossguard.settings import ApiConfig

#: The lifespan state key the app sets (``service.app``) and the protocol reads.
HEAD_TIMEOUT_KEY = "crossguard_header_timeout_s"
DEFAULT_HEAD_TIMEOUT_S = 10.0
_TIMEOUT_RESPONSE = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                     b"connection: close\r\ncontent-length: 32\r\n\r\nrequest head not sent in time.\r\n")


class HeadDeadlineProtocol(HttpToolsProtocol):
    """HttpToolsProtocol that closes a connection whose next request head does not arrive in time."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        state = kwargs.get("app_state") or {}
        self.head_timeout_s = float(state.get(HEAD_TIMEOUT_KEY, DEFAULT_HEAD_TIMEOUT_S))
        self._head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self._head_timer = self.loop.call_later(self.head_timeout_s, self._expired, self.cycle)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _expired(self, cycle_when_armed: Any) -> None:
        """No new request began since the timer was armed (a new request replaces ``self.cycle``)."""
        self._head_timer = None
        if self.cycle is cycle_when_armed and not self.transport.is_closing():
            self.transport.write(_TIMEOUT_RESPONSE)
            self.transport.close()


def server_options(api: ApiConfig) -> dict[str, Any]:
    """uvicorn.run / uvicorn.Config keyword arguments for the configured timeouts (loop "auto": uvloop
    where it is installed, asyncio's own loop otherwise)."""
    return {"http": f"{HeadDeadlineProtocol.__module__}:{HeadDeadlineProtocol.__name__}", "loop": "auto",
            "timeout_keep_alive": api.keep_alive_seconds}
