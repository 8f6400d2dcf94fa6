"""HTTP GET for feeds with a hard deadline, a size cap and conditional requests.

We fetch ourselves and hand bytes to the parser instead of letting feedparser fetch, because
feedparser's own fetching has no timeout: one hanging server would stall every feed. urllib's
``timeout`` bounds each socket operation, so a server dripping a byte per second could still hold
us forever; reading in chunks against a monotonic deadline bounds the whole fetch. Redirects are
followed to http(s) URLs only: urllib's default handler would follow one to ftp:// (and our
timeout, size cap and conditional GET would not apply there).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass, field
from http.client import HTTPException

CHUNK = 64 * 1024
WEB_SCHEMES = ("http", "https")


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another http(s) URL; anything else is the feed's error."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201 - urllib's signature
        scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl)).scheme.lower()
        if scheme not in WEB_SCHEMES:
            raise urllib.error.HTTPError(req.full_url, code, f"redirect to a {scheme or 'relative'}: URL refused "
                                         f"(only http and https are followed)", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_WebRedirects)


@dataclass
class FetchResult:
    """Outcome of one GET. ``error`` set means the feed failed this time (and backs off)."""

    status: int | None = None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    modified: str | None = None
    error: str | None = None
    elapsed: float = 0.0

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Deadline(Exception):
    pass


def _read_limited(resp, deadline: float, max_bytes: int) -> bytes:
    chunks, total = [], 0
    while True:
        if time.monotonic() > deadline:
            raise _Deadline()
        chunk = resp.read1(CHUNK) if hasattr(resp, "read1") else resp.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > max_bytes:
            raise ValueError(f"body larger than {max_bytes} bytes")
        chunks.append(chunk)


def _decode(body: bytes, encoding: str | None, max_bytes: int) -> bytes:
    """Undo Content-Encoding with the size cap applied to the output (no decompression bombs)."""
    enc = (encoding or "").lower()
    if enc in ("gzip", "x-gzip"):
        wbits_options = [16 + zlib.MAX_WBITS]
    elif enc == "deflate":
        wbits_options = [zlib.MAX_WBITS, -zlib.MAX_WBITS]  # zlib-wrapped, or raw as some servers send
    else:
        return body
    last: Exception | None = None
    for wbits in wbits_options:
        try:
            out = zlib.decompressobj(wbits).decompress(body, max_bytes + 1)
        except zlib.error as exc:
            last = exc
            continue
        if len(out) > max_bytes:
            raise ValueError(f"decompressed body larger than {max_bytes} bytes")
        return out
    raise ValueError(f"bad {enc} body: {last}")


def fetch(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    etag: str | None = None,
    modified: str | None = None,
    user_agent: str = "crossguard-watch",
) -> FetchResult:
    """GET ``url``; never raises for network or HTTP trouble (it is returned as ``error``)."""
    headers = {"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate",
               "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    started = time.monotonic()
    deadline = started + timeout
    result = FetchResult()
    try:
        req = urllib.request.Request(url, headers=headers, method="GET")
        with _OPENER.open(req, timeout=timeout) as resp:  # http(s) only: FeedConfig checks, _WebRedirects too
            result.status = resp.status
            result.headers = {k.lower(): v for k, v in resp.headers.items()}
            raw = _read_limited(resp, deadline, max_bytes)
        result.body = _decode(raw, result.headers.get("content-encoding"), max_bytes)
        result.etag = result.headers.get("etag")
        result.modified = result.headers.get("last-modified")
    except urllib.error.HTTPError as exc:
        result.status = exc.code
        result.headers = {k.lower(): v for k, v in (exc.headers or {}).items()}
        if exc.code == 304:
            result.etag = result.headers.get("etag") or etag
            result.modified = result.headers.get("last-modified") or modified
        else:
            result.error = f"HTTP {exc.code} {exc.reason}"
    except _Deadline:
        result.error = f"timeout: no complete response within {timeout:g}s"
    except TimeoutError:
        result.error = f"timeout after {timeout:g}s"
    except urllib.error.URLError as exc:
        result.error = f"unreachable: {exc.reason}"
    except (HTTPException, OSError, ValueError, EOFError, zlib.error) as exc:
        result.error = f"{type(exc).__name__}: {exc}"[:500]
    result.elapsed = time.monotonic() - started
    return result
