"""A fake Slack Web API and incoming-webhook server on 127.0.0.1, behaving like the real one.

Follows ../shared/material/slack-sdk-mock-server/FAKE_SLACK_CONTRACT.md: JSON ``ok``/``error``
bodies with HTTP 200 for platform errors, HTTP 429 + ``Retry-After`` for rate limits, 5xx with
Slack's HTML error page, dropped connections, bearer-token auth and the slack-sdk User-Agent
check; webhooks answer ``ok`` in text/plain and plain-text error codes otherwise.

Unlike slack-sdk's own mock, it keeps **channel contents** (what a reader sees), so tests can
count every message per idempotency key, and it implements ``conversations.history`` (with
``oldest``, cursor paging and ``include_all_metadata``) and ``conversations.list``, which the
outbox uses to look for a message whose response was lost.

Faults are scripted per method (``add_fault``) or server-wide (``outage``); ``pause()`` closes
the listening socket (connection refused) and ``resume()`` reopens the same port.

Messages are held to Slack's documented limits (``message_errors``), as strictly as Slack: at most
50 blocks; header text plain, 1-150 characters; section text 1-3000, at most 10 fields of 1-2000;
context 1-10 elements; actions 1-25 elements; a button's text 1-75 and its ``url`` an http(s) URL
of at most 3000 characters; ``text`` at most 40,000 characters. A violation is answered as Slack
answers it: ``invalid_blocks`` (webhooks: HTTP 400 ``invalid_blocks``) or ``invalid_arguments``,
with ``[ERROR] ... [json-pointer:/blocks/...]`` messages, and nothing is posted. ``mentions()``
lists what would notify people (``<!channel>``, ``<!here>``, ``<@U...>``) in a channel's messages.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

SLACK_ERROR_PAGE = (b"<!DOCTYPE html><html><head><title>Server Error | Slack</title></head>"
                    b"<body><h1>Slack is having trouble</h1></body></html>")


MAX_BLOCKS, MAX_TEXT, MAX_SECTION_TEXT, MAX_FIELD, MAX_FIELDS = 50, 40_000, 3000, 2000, 10
MAX_HEADER, MAX_URL, MAX_BUTTON_TEXT, MAX_CONTEXT, MAX_ACTIONS = 150, 3000, 75, 10, 25
MENTION = re.compile(r"<(!channel|!here|!everyone|!subteam\^[^>]*|@[UW][A-Z0-9]+)(\|[^>]*)?>")


def _text_object(obj: Any, where: str, limit: int, kinds: tuple[str, ...] = ("plain_text", "mrkdwn")) -> list[str]:
    if not isinstance(obj, dict) or obj.get("type") not in kinds:
        return [f"must be a text object of type {' or '.join(kinds)} [json-pointer:{where}]"]
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        return [f"must be more than 0 characters [json-pointer:{where}/text]"]
    if len(text) > limit:
        return [f"must be less than {limit + 1} characters [json-pointer:{where}/text]"]
    return []


def _button(element: dict[str, Any], where: str) -> list[str]:
    errors = _text_object(element.get("text"), f"{where}/text", MAX_BUTTON_TEXT, ("plain_text",))
    url = element.get("url")
    if url is not None:
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
            errors.append(f"invalid url [json-pointer:{where}/url]")
        elif len(url) > MAX_URL:
            errors.append(f"must be less than {MAX_URL + 1} characters [json-pointer:{where}/url]")
    return errors


def _elements(block: dict[str, Any], where: str, limit: int, check: Any) -> list[str]:
    elements = block.get("elements")
    if not isinstance(elements, list) or not 1 <= len(elements) <= limit:
        return [f"must have between 1 and {limit} elements [json-pointer:{where}/elements]"]
    return [e for i, element in enumerate(elements) for e in check(element, f"{where}/elements/{i}")]


def _section(block: dict[str, Any], where: str) -> list[str]:
    errors: list[str] = []
    if "text" not in block and "fields" not in block:
        errors.append(f"must provide text or fields [json-pointer:{where}]")
    if "text" in block:
        errors += _text_object(block["text"], f"{where}/text", MAX_SECTION_TEXT)
    fields = block.get("fields", [])
    if not isinstance(fields, list) or len(fields) > MAX_FIELDS:
        errors.append(f"must have at most {MAX_FIELDS} items [json-pointer:{where}/fields]")
    else:
        errors += [e for i, f in enumerate(fields) for e in _text_object(f, f"{where}/fields/{i}", MAX_FIELD)]
    return errors


def _action_element(element: Any, where: str) -> list[str]:
    if not isinstance(element, dict) or element.get("type") != "button":
        return [f"unsupported element type [json-pointer:{where}]"]
    return _button(element, where)


BLOCK_CHECKS = {
    "header": lambda b, w: _text_object(b.get("text"), f"{w}/text", MAX_HEADER, ("plain_text",)),
    "section": _section,
    "context": lambda b, w: _elements(b, w, MAX_CONTEXT, lambda e, ew: _text_object(e, ew, MAX_SECTION_TEXT)),
    "actions": lambda b, w: _elements(b, w, MAX_ACTIONS, _action_element),
    "divider": lambda b, w: [],
}


def message_errors(params: dict[str, Any]) -> tuple[str, list[str]] | None:
    """Slack's answer to a message it refuses: (error code, [ERROR] messages), or None when it is fine."""
    text = params.get("text")
    if isinstance(text, str) and len(text) > MAX_TEXT:
        return "invalid_arguments", [f"must be less than {MAX_TEXT + 1} characters [json-pointer:/text]"]
    blocks = params.get("blocks")
    if isinstance(blocks, str):
        try:
            blocks = json.loads(blocks)
        except ValueError:
            return "invalid_blocks_format", ["blocks must be a JSON array"]
    if blocks is None:
        return None
    if not isinstance(blocks, list):
        return "invalid_blocks_format", ["blocks must be a JSON array"]
    if len(blocks) > MAX_BLOCKS:
        return "invalid_blocks", [f"must have at most {MAX_BLOCKS} items [json-pointer:/blocks]"]
    errors: list[str] = []
    for index, block in enumerate(blocks):
        where = f"/blocks/{index}"
        check = BLOCK_CHECKS.get(block.get("type")) if isinstance(block, dict) else None
        errors += check(block, where) if check else [f"unsupported block type [json-pointer:{where}]"]
    return ("invalid_blocks", errors) if errors else None


def _mrkdwn_texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if node.get("type") == "mrkdwn" and isinstance(node.get("text"), str) else []
        return own + [t for value in node.values() for t in _mrkdwn_texts(value)]
    if isinstance(node, list):
        return [t for item in node for t in _mrkdwn_texts(item)]
    return []


def refusal(code: str, errors: list[str]) -> dict[str, Any]:
    return {"ok": False, "error": code, "errors": errors,
            "response_metadata": {"messages": [f"[ERROR] {e}" for e in errors]}}


@dataclass
class Channel:
    id: str
    name: str
    archived: bool = False
    member: bool = True
    messages: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Fault:
    """What to do to the next ``times`` matching requests.

    action: ``http:<code>`` (error before posting), ``http_after_post:<code>`` (posts, then answers
    the error), ``ratelimit:<seconds>`` (429), ``drop`` (close without answer, not posted),
    ``drop_after_post`` (posted, then the connection closes without an answer),
    ``delay_after_post:<seconds>`` (posted, answer late: client timeout), ``hold_after_post``
    (posted, answer only after ``release()``), ``hold_then_drop`` (not posted; waits for
    ``release()`` then closes without answer), ``error:<code>`` (200 ok:false), ``none`` (normal;
    use it to let requests through before a later fault).
    """

    method: str
    action: str
    times: int = 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:  # clients hang up on purpose
        pass


class FakeSlack:
    def __init__(
        self,
        *,
        tokens: tuple[str, ...] = ("xoxb-test-token",),
        revoked: tuple[str, ...] = (),
        channels: list[Channel] | None = None,
        require_user_agent: bool = True,
        rate_per_channel: float | None = None,
        burst: int = 3,
        history_scope: bool = True,
    ) -> None:
        self.tokens = set(tokens)
        self.revoked = set(revoked)
        self.channels: dict[str, Channel] = {c.id: c for c in (channels or [
            Channel("C0ALERTS01", "alerts"),
            Channel("C0DIGEST01", "digest"),
            Channel("C0OLDARC01", "old-alerts", archived=True),
            Channel("C0PRIVATE1", "private", member=False),
        ])}
        self.require_user_agent = require_user_agent
        self.rate_per_channel = rate_per_channel
        self.burst = burst
        self.history_scope = history_scope
        self.faults: list[Fault] = []
        self.outage_mode: str | None = None
        self.webhooks: dict[str, str] = {}
        self.calls: list[tuple[str, int | str]] = []  # (method, status or 'drop')
        self.timeline: list[tuple[float, str, int | str]] = []  # (monotonic time, method, status)
        self.release_event = threading.Event()
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._port = 0
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    def start(self) -> FakeSlack:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._httpd = _Server(("127.0.0.1", self._port), handler)
        self._port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release_event.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)

    pause = stop  # connection refused until resume()

    def resume(self) -> None:
        self.release_event.clear()
        for _ in range(50):  # the port was ours a moment ago; SO_REUSEADDR makes this quick
            try:
                self.start()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("could not rebind the fake Slack port")

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/api/"

    def webhook_url(self, channel_id: str, secret: str = "XXXXsecretXXXX") -> str:
        path = f"/services/T0000TEST/B{len(self.webhooks):08d}/{secret}"
        self.webhooks[path] = channel_id
        return f"http://127.0.0.1:{self._port}{path}"

    # -- scripting -------------------------------------------------------------------------------

    def add_fault(self, method: str, action: str, times: int = 1) -> None:
        with self._lock:
            self.faults.append(Fault(method, action, times))

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def outage(self, mode: str | None) -> None:
        """``http503``, ``drop`` or None (healthy)."""
        self.outage_mode = mode

    def release(self) -> None:
        self.release_event.set()

    # -- what a reader sees ----------------------------------------------------------------------

    def messages(self, channel_id: str) -> list[dict[str, Any]]:
        with self._lock:
            return list(self.channels[channel_id].messages)

    def keys(self, channel_id: str) -> list[str]:
        """Idempotency keys of the messages in a channel, one per message (duplicates repeat)."""
        return [(m.get("metadata") or {}).get("event_payload", {}).get("idempotency_key", "")
                for m in self.messages(channel_id)]

    def mentions(self, channel_id: str) -> list[str]:
        """Mentions that would notify people: in a message's ``text`` or any mrkdwn text object
        (Slack shows plain_text as it is, so ``<!channel>`` in a header notifies nobody)."""
        found: list[str] = []
        for message in self.messages(channel_id):
            texts = [message.get("text") or "", *_mrkdwn_texts(message.get("blocks"))]
            found += [m.group(0) for text in texts for m in MENTION.finditer(text)]
        return found

    def refused(self) -> list[tuple[str, int | str]]:
        """Calls Slack refused for the message itself (bad blocks or arguments)."""
        with self._lock:
            return [(m, s) for m, s in self.calls
                    if s in ("invalid_blocks", "invalid_blocks_format", "invalid_arguments", 400)]

    def count(self, method: str, status: int | str | None = None) -> int:
        with self._lock:
            return sum(1 for m, s in self.calls if m == method and (status is None or s == status))

    # -- internals used by the handler -----------------------------------------------------------

    def take_fault(self, method: str) -> str | None:
        with self._lock:
            for fault in self.faults:
                if fault.method in (method, "*") and fault.times > 0:
                    fault.times -= 1
                    return fault.action
        return None

    def record(self, method: str, status: int | str) -> None:
        with self._lock:
            self.calls.append((method, status))
            self.timeline.append((time.monotonic(), method, status))

    def rate_check(self, channel_id: str) -> float | None:
        """Token bucket per channel; returns Retry-After seconds when over the limit."""
        if not self.rate_per_channel:
            return None
        with self._lock:
            now = time.monotonic()
            tokens, last = self._buckets.get(channel_id, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate_per_channel)
            if tokens < 1.0:
                self._buckets[channel_id] = (tokens, now)
                return max(1.0, math.ceil((1.0 - tokens) / self.rate_per_channel))
            self._buckets[channel_id] = (tokens - 1.0, now)
            return None

    def resolve(self, ref: str) -> Channel | None:
        ref = ref.lstrip("#")
        if ref in self.channels:
            return self.channels[ref]
        return next((c for c in self.channels.values() if c.name == ref), None)

    def post(self, channel: Channel, payload: dict[str, Any], via: str) -> dict[str, Any]:
        with self._lock:
            ts = f"{int(time.time())}.{next(self._ts):06d}"
            metadata = payload.get("metadata")
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = None
            blocks = payload.get("blocks")
            if isinstance(blocks, str):
                try:
                    blocks = json.loads(blocks)
                except ValueError:
                    blocks = None
            message = {"type": "message", "ts": ts, "text": payload.get("text") or "", "blocks": blocks,
                       "metadata": metadata, "bot_id": "B0FAKEBOT", "via": via}
            channel.messages.append(message)
            return message


def _truthy(value: Any) -> bool:
    return str(value).lower() in ("1", "true", "yes")


class _Handler(BaseHTTPRequestHandler):
    fake: FakeSlack
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    # -- responses -------------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, data: dict[str, Any], status: int = 200, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(data).encode(), "application/json; charset=utf-8", headers)

    def _html_error(self, status: int) -> None:
        self._send(status, SLACK_ERROR_PAGE, "text/html", None)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(2)
        except OSError:
            pass

    # -- request ---------------------------------------------------------------------------------

    def _params(self) -> dict[str, Any]:
        split = urlsplit(self.path)
        params: dict[str, Any] = {k: v[-1] for k, v in parse_qs(split.query).items()}
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if raw and ctype == "application/json":
            try:
                params.update(json.loads(raw))
            except ValueError:
                params["__bad_json__"] = True
        elif raw:
            params.update({k: v[-1] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()})
        return params

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        self.do_POST()

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        fake = self.fake
        path = urlsplit(self.path).path
        params = self._params()
        if path.startswith("/services/"):
            self._webhook(path, params)
            return
        if not path.startswith("/api/"):
            self._send(404, b"<html><body>Not Found</body></html>", "text/html")
            return
        method = path[len("/api/"):]
        if fake.outage_mode == "http503":
            fake.record(method, 503)
            self._html_error(503)
            return
        if fake.outage_mode == "drop":
            fake.record(method, "drop")
            self._drop()
            return
        fault = fake.take_fault(method)
        if fault and self._fault_before(method, fault):
            return
        error = self._auth_error()
        if error:
            fake.record(method, error)
            self._json({"ok": False, "error": error})
            return
        handler = {"chat.postMessage": self._post_message, "conversations.history": self._history,
                   "conversations.list": self._list, "auth.test": self._auth_test}.get(method)
        if handler is None:
            fake.record(method, "unknown_method")
            self._json({"ok": False, "error": "unknown_method"})
            return
        handler(params, fault)

    def _fault_before(self, method: str, fault: str) -> bool:
        """Apply faults that act before any processing; True when the request is finished."""
        fake = self.fake
        kind, _, arg = fault.partition(":")
        if kind == "http":
            fake.record(method, int(arg))
            self._html_error(int(arg))
            return True
        if kind == "ratelimit":
            fake.record(method, 429)
            self._json({"ok": False, "error": "ratelimited"}, 429, {"Retry-After": arg or "1"})
            return True
        if kind == "drop":
            fake.record(method, "drop")
            self._drop()
            return True
        if kind == "error":
            fake.record(method, arg)
            self._json({"ok": False, "error": arg})
            return True
        if kind == "hold_then_drop":
            fake.record(method, "held")
            fake.release_event.wait(timeout=60)
            self._drop()
            return True
        return False

    def _auth_error(self) -> str | None:
        fake = self.fake
        if fake.require_user_agent and "slackclient/" not in (self.headers.get("User-Agent") or ""):
            return "invalid_auth"
        auth = self.headers.get("Authorization") or ""
        if not auth.startswith("Bearer "):
            return "not_authed"
        token = auth[len("Bearer "):].strip()
        if token in fake.revoked:
            return "token_revoked"
        if token not in fake.tokens:
            return "invalid_auth"
        return None

    def _finish_post(self, method: str, fault: str | None, ok_body: dict[str, Any]) -> None:
        """Answer a successful post, unless a fault loses or spoils the answer."""
        fake = self.fake
        kind, _, arg = (fault or "").partition(":")
        if kind == "http_after_post":
            fake.record(method, int(arg))
            self._html_error(int(arg))
        elif kind == "drop_after_post":
            fake.record(method, "drop")
            self._drop()
        elif kind == "delay_after_post":
            fake.record(method, "late")
            time.sleep(float(arg))
            try:
                self._json(ok_body)
            except OSError:
                pass
        elif kind == "hold_after_post":
            fake.record(method, "held")
            fake.release_event.wait(timeout=60)
            try:
                self._json(ok_body)
            except OSError:
                pass
        else:
            fake.record(method, 200)
            self._json(ok_body)

    def _post_message(self, params: dict[str, Any], fault: str | None) -> None:
        fake = self.fake
        method = "chat.postMessage"
        channel = fake.resolve(str(params.get("channel") or ""))
        error = None
        if params.get("__bad_json__"):
            error = "invalid_json"
        elif channel is None:
            error = "channel_not_found"
        elif channel.archived:
            error = "is_archived"
        elif not channel.member:
            error = "not_in_channel"
        elif not (params.get("text") or params.get("blocks")):
            error = "no_text"
        if error:
            fake.record(method, error)
            self._json({"ok": False, "error": error})
            return
        refused = message_errors(params)
        if refused:
            fake.record(method, refused[0])
            self._json(refusal(*refused))
            return
        assert channel is not None
        retry_after = fake.rate_check(channel.id)
        if retry_after is not None:
            fake.record(method, 429)
            self._json({"ok": False, "error": "ratelimited"}, 429, {"Retry-After": str(int(retry_after))})
            return
        message = fake.post(channel, params, via="chat.postMessage")
        body = {"ok": True, "channel": channel.id, "ts": message["ts"],
                "message": {k: v for k, v in message.items() if k not in ("via",)}}
        self._finish_post(method, fault, body)

    def _history(self, params: dict[str, Any], fault: str | None) -> None:
        fake = self.fake
        method = "conversations.history"
        if not fake.history_scope:
            fake.record(method, "missing_scope")
            self._json({"ok": False, "error": "missing_scope", "needed": "channels:history"})
            return
        channel = fake.channels.get(str(params.get("channel") or ""))  # ids only, like Slack
        if channel is None:
            fake.record(method, "channel_not_found")
            self._json({"ok": False, "error": "channel_not_found"})
            return
        oldest = float(params.get("oldest") or 0)
        latest = float(params.get("latest") or 9e12)
        limit = max(1, min(int(params.get("limit") or 100), 999))
        offset = int(params.get("cursor") or 0) if str(params.get("cursor") or "").isdigit() else 0
        with_meta = _truthy(params.get("include_all_metadata"))
        msgs = [m for m in reversed(fake.messages(channel.id)) if oldest < float(m["ts"]) < latest]
        page = msgs[offset:offset + limit]
        out = []
        for m in page:
            m = {k: v for k, v in m.items() if k != "via"}
            if not with_meta:
                m.pop("metadata", None)
            out.append(m)
        more = offset + limit < len(msgs)
        fake.record(method, 200)
        self._json({"ok": True, "messages": out, "has_more": more,
                    "response_metadata": {"next_cursor": str(offset + limit) if more else ""}})

    def _list(self, params: dict[str, Any], fault: str | None) -> None:
        fake = self.fake
        chans = [{"id": c.id, "name": c.name, "is_archived": c.archived, "is_member": c.member}
                 for c in fake.channels.values()]
        limit = max(1, min(int(params.get("limit") or 100), 1000))
        offset = int(params.get("cursor") or 0) if str(params.get("cursor") or "").isdigit() else 0
        more = offset + limit < len(chans)
        fake.record("conversations.list", 200)
        self._json({"ok": True, "channels": chans[offset:offset + limit],
                    "response_metadata": {"next_cursor": str(offset + limit) if more else ""}})

    def _auth_test(self, params: dict[str, Any], fault: str | None) -> None:
        self.fake.record("auth.test", 200)
        self._json({"ok": True, "team": "Test", "user": "crossguard", "team_id": "T0000TEST", "bot_id": "B0FAKEBOT"})

    # -- incoming webhooks -----------------------------------------------------------------------

    def _webhook(self, path: str, params: dict[str, Any]) -> None:
        fake = self.fake
        method = "webhook"
        if fake.outage_mode == "http503":
            fake.record(method, 503)
            self._html_error(503)
            return
        if fake.outage_mode == "drop":
            fake.record(method, "drop")
            self._drop()
            return
        fault = fake.take_fault(method)
        kind, _, arg = (fault or "").partition(":")
        if kind == "http":
            fake.record(method, int(arg))
            self._html_error(int(arg))
            return
        if kind == "ratelimit":
            fake.record(method, 429)
            self._send(429, b"", "text/plain", {"Retry-After": arg or "1"})
            return
        if kind == "drop":
            fake.record(method, "drop")
            self._drop()
            return
        channel_id = fake.webhooks.get(path)
        if channel_id is None:
            fake.record(method, 403)
            self._send(403, b"invalid_token", "text/plain")
            return
        channel = fake.channels[channel_id]
        if channel.archived:
            fake.record(method, 410)
            self._send(410, b"channel_is_archived", "text/plain")
            return
        if params.get("__bad_json__") or not (params.get("text") or params.get("blocks")):
            fake.record(method, 400)
            self._send(400, b"invalid_payload", "text/plain")
            return
        refused = message_errors(params)
        if refused:
            fake.record(method, 400)
            self._send(400, refused[0].encode(), "text/plain")
            return
        fake.post(channel, params, via="webhook")
        if kind == "drop_after_post":
            fake.record(method, "drop")
            self._drop()
            return
        fake.record(method, 200)
        self._send(200, b"ok", "text/plain")
